import { parentPort, workerData } from "node:worker_threads";
import { readSettings } from "../sheet";
import { csvCells } from "./csv";
import { csvFileChunks } from "./csv-file";
import { oneLine } from "./errors";
import { ShipmentEvaluator, type RowOutcome } from "./evaluation";
import { AHEAD_ROWS, type FromWorker, type ToWorker, type WorkerStart, packOutcomes } from "./evaluate";

/**
 * The evaluation thread: checks rows while the main thread writes the workbook. It reads the settings from the
 * same options as the main thread, so both agree to the last digit; a CSV file it reads itself with the same
 * reader, so both see the same cells. Checking is the longer half of the work (the main thread writes rows as XML
 * and waits for this thread), so it runs at the normal priority.
 */
const start = workerData as WorkerStart;
if (parentPort === null)
  throw new Error("evaluation-worker.js runs as a worker thread of the customs-check CLI");
const port = parentPort;

const send = (message: FromWorker) => port.postMessage(message);
/** Outcomes, and how far the check has come: sent after every chunk, with or without outcomes. */
const sendOutcomes = (outcomes: RowOutcome[], chunk: boolean, checkedUpTo: number) =>
  send({ type: "outcomes", outcomes: packOutcomes(outcomes), chunk, checkedUpTo });
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

function fail(error: unknown): void {
  // In the command's language (the settings carry it), as the main thread prints it.
  const message = oneLine(error, settings.language);
  send({ type: "failed", message, stack: error instanceof Error ? (error.stack ?? "") : "" });
}

function finish(checkedUpTo: number): void {
  const { outcomes, report } = evaluator.finish();
  sendOutcomes(outcomes, false, checkedUpTo);
  send({ type: "done", report });
}

/** A CSV file, read here as the main thread reads it, never more than AHEAD_ROWS rows ahead of it. */
async function checkCsv(input: Extract<WorkerStart["input"], { kind: "csv" }>): Promise<void> {
  let mainReadUpTo = 0;
  let wake: (() => void) | undefined;
  port.on("message", (message: ToWorker) => {
    if (message.type !== "read") return;
    mainReadUpTo = Math.max(mainReadUpTo, message.upTo);
    wake?.();
  });
  let checkedUpTo = 0;
  await csvFileChunks(input.file, input.encoding, input.separator, async (chunk) => {
    const rows = csvCells(chunk.rows);
    checkedUpTo = chunk.start + rows.length;
    sendOutcomes(evaluator.evaluate(rows, chunk.start), false, checkedUpTo);
    while (checkedUpTo - mainReadUpTo > AHEAD_ROWS) await new Promise<void>((resolve) => (wake = resolve));
  });
  finish(checkedUpTo);
}

if (start.input.kind === "csv") {
  checkCsv(start.input).catch(fail);
} else {
  let checkedUpTo = 0;
  port.on("message", (message: ToWorker) => {
    try {
      if (message.type === "rows") {
        checkedUpTo = message.startIndex + message.rows.length;
        sendOutcomes(evaluator.evaluate(message.rows, message.startIndex), true, checkedUpTo);
      } else if (message.type === "finish") {
        finish(checkedUpTo);
      }
    } catch (error) {
      fail(error);
    }
  });
}
