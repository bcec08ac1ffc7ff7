import { parentPort } from "node:worker_threads";
import { type AnyLanguage } from "../engine";
import { readSettings } from "../sheet";
import { csvCells } from "./csv";
import { csvFileChunks } from "./csv-file";
import { oneLine } from "./errors";
import { ShipmentEvaluator, type RowOutcome } from "./evaluation";
import { AHEAD_ROWS, type FromWorker, type ToWorker, type WorkerStart, packOutcomes } from "./evaluate";

/**
 * The evaluation thread: checks rows while the main thread writes the workbook. It is started before the main
 * thread's first read of the input and waits for its check (the "start" message). It reads the settings from the
 * same options as the main thread, so both agree to the last digit; a CSV file it reads itself with the same
 * reader, so both see the same cells. Checking is the longer half of the work (the main thread writes rows as XML
 * and waits for this thread), so it runs at the normal priority.
 */
if (parentPort === null)
  throw new Error("evaluation-worker.js runs as a worker thread of the customs-check CLI");
const port = parentPort;

const send = (message: FromWorker) => port.postMessage(message);
/** Outcomes, and how far the check has come: sent after every chunk, with or without outcomes. */
const sendOutcomes = (outcomes: RowOutcome[], chunk: boolean, checkedUpTo: number) =>
  send({ type: "outcomes", outcomes: packOutcomes(outcomes), chunk, checkedUpTo });

function fail(error: unknown, language?: AnyLanguage): void {
  // In the command's language (the settings carry it), as the main thread prints it.
  const message = oneLine(error, language);
  send({ type: "failed", message, stack: error instanceof Error ? (error.stack ?? "") : "" });
}

/** A check: the evaluator of its rows, and what the main thread's messages after "start" do. */
function check(start: WorkerStart): (message: ToWorker) => void {
  const settings = readSettings(start.storedSettings, new Date(start.now));
  const evaluator = new ShipmentEvaluator({
    layout: start.layout,
    hints: start.hints,
    shipmentEnds: new Map(start.shipmentEnds),
    settings,
    json: start.json,
    source: start.source,
    time: new Date(start.time),
  });
  const failed = (error: unknown) => fail(error, settings.language);
  const finish = (checkedUpTo: number) => {
    const { outcomes, report } = evaluator.finish();
    sendOutcomes(outcomes, false, checkedUpTo);
    send({ type: "done", report });
  };
  let checkedUpTo = 0;
  const { input } = start;
  if (input.kind === "csv") {
    // A CSV file, read here as the main thread reads it, never more than AHEAD_ROWS rows ahead of it.
    let mainReadUpTo = 0;
    let wake: (() => void) | undefined;
    csvFileChunks(input.file, input.encoding, input.separator, async (chunk) => {
      const rows = csvCells(chunk.rows);
      checkedUpTo = chunk.start + rows.length;
      sendOutcomes(evaluator.evaluate(rows, chunk.start), false, checkedUpTo);
      while (checkedUpTo - mainReadUpTo > AHEAD_ROWS) await new Promise<void>((resolve) => (wake = resolve));
    })
      .then(() => finish(checkedUpTo))
      .catch(failed);
    return (message) => {
      if (message.type !== "read") return;
      mainReadUpTo = Math.max(mainReadUpTo, message.upTo);
      wake?.();
    };
  }
  return (message) => {
    try {
      if (message.type === "rows") {
        checkedUpTo = message.startIndex + message.rows.length;
        sendOutcomes(evaluator.evaluate(message.rows, message.startIndex), true, checkedUpTo);
      } else if (message.type === "finish") {
        finish(checkedUpTo);
      }
    } catch (error) {
      failed(error);
    }
  };
}

let handle: ((message: ToWorker) => void) | undefined;
port.on("message", (message: ToWorker) => {
  if (message.type !== "start") return handle?.(message);
  try {
    handle = check(message.start);
  } catch (error) {
    fail(error);
  }
});
