import { parentPort } from "node:worker_threads";
import { type AnyLanguage } from "../engine";
import { readSettings } from "../sheet";
import { csvCells } from "./csv";
import { csvFileChunks } from "./csv-file";
import { oneLine } from "./errors";
import { ShipmentEvaluator, type RowOutcome } from "./evaluation";
import {
  AHEAD_ROWS,
  type CsvInput,
  type FromWorker,
  TENTATIVE_ROWS,
  type ToWorker,
  type WorkerStart,
  packOutcomes,
} from "./evaluate";

/**
 * The evaluation thread: checks rows while the main thread writes the workbook. It is started before the main
 * thread's first read of the input and waits for its check (the "start" message); of a CSV file it may begin a
 * tentative check first (the "tentative" message). It reads the settings from the same options as the main thread,
 * so both agree to the last digit; a CSV file it reads itself with the same reader, so both see the same cells.
 * Checking is the longer half of the work (the main thread writes rows as XML and waits for this thread), so it
 * runs at the normal priority.
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

/** A check under way: what the main thread's messages after "start" do. */
interface RunningCheck {
  handle(message: ToWorker): void;
  /** A tentative check told its plan: whether it is that check (and goes on as it). */
  confirm(start: WorkerStart): boolean;
  /** Ends a tentative check that is not the one to run: it reads no further and says nothing. */
  cancel(): void;
}

function evaluatorOf(start: WorkerStart, tentative: boolean): ShipmentEvaluator {
  return new ShipmentEvaluator({
    layout: start.layout,
    hints: start.hints,
    shipmentEnds: tentative ? undefined : new Map(start.shipmentEnds),
    settings: readSettings(start.storedSettings, new Date(start.now)),
    json: start.json,
    source: start.source,
    time: new Date(start.time),
  });
}

/** Everything of a start but the shipments' ends, which a tentative check learns with its confirmation. */
function checkKey(start: WorkerStart): string {
  return JSON.stringify({
    ...start,
    shipmentEnds: null,
    hints: [...(start.hints.tableTotalsRows ?? [])],
  });
}

/** Ends the read of a cancelled tentative check. */
class Cancelled extends Error {}

/**
 * A CSV file, read here as the main thread reads it, never more than AHEAD_ROWS rows ahead of it. A tentative
 * check reads TENTATIVE_ROWS rows at most and keeps its results, and any failure, to itself until confirmed.
 */
function csvCheck(start: WorkerStart, input: CsvInput, tentative: boolean): RunningCheck {
  const evaluator = evaluatorOf(start, tentative);
  const language = readSettings(start.storedSettings, new Date(start.now)).language;
  let held: RowOutcome[] | undefined = tentative ? [] : undefined;
  let tentativeFailure: unknown;
  let cancelled = false;
  let readAll = false;
  let mainReadUpTo = 0;
  let checkedUpTo = 0;
  let wake: (() => void) | undefined;
  const resume = () => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  const paused = () =>
    held === undefined ? checkedUpTo - mainReadUpTo > AHEAD_ROWS : checkedUpTo >= TENTATIVE_ROWS;
  const finish = () => {
    const { outcomes, report } = evaluator.finish();
    sendOutcomes(outcomes, false, checkedUpTo);
    send({ type: "done", report });
  };
  csvFileChunks(input.file, input.encoding, input.separator, async (chunk) => {
    if (cancelled) throw new Cancelled();
    const rows = csvCells(chunk.rows);
    checkedUpTo = chunk.start + rows.length;
    const outcomes = evaluator.evaluate(rows, chunk.start);
    if (held === undefined) sendOutcomes(outcomes, false, checkedUpTo);
    else for (const outcome of outcomes) held.push(outcome);
    while (paused() && !cancelled) await new Promise<void>((resolve) => (wake = resolve));
    if (cancelled) throw new Cancelled();
  })
    .then(() => {
      readAll = true;
      if (held === undefined) finish();
    })
    .catch((error: unknown) => {
      if (error instanceof Cancelled) return;
      if (held !== undefined) tentativeFailure = error;
      else fail(error, language);
    });
  return {
    handle: (message) => {
      if (message.type !== "read") return;
      mainReadUpTo = Math.max(mainReadUpTo, message.upTo);
      resume();
    },
    confirm: (final) => {
      if (held === undefined || cancelled || tentativeFailure !== undefined) return false;
      if (checkKey(final) !== checkKey(start)) return false;
      try {
        const outcomes = held;
        held = undefined;
        for (const outcome of evaluator.learnEnds(new Map(final.shipmentEnds))) outcomes.push(outcome);
        sendOutcomes(outcomes, false, checkedUpTo);
        if (readAll) finish();
        else resume();
      } catch (error) {
        fail(error, language);
      }
      return true;
    },
    cancel: () => {
      cancelled = true;
      resume();
    },
  };
}

/** Rows sent by the main thread (a workbook's), checked as they come. */
function rowsCheck(start: WorkerStart): RunningCheck {
  const evaluator = evaluatorOf(start, false);
  const language = readSettings(start.storedSettings, new Date(start.now)).language;
  let checkedUpTo = 0;
  return {
    handle: (message) => {
      try {
        if (message.type === "rows") {
          checkedUpTo = message.startIndex + message.rows.length;
          sendOutcomes(evaluator.evaluate(message.rows, message.startIndex), true, checkedUpTo);
        } else if (message.type === "finish") {
          const { outcomes, report } = evaluator.finish();
          sendOutcomes(outcomes, false, checkedUpTo);
          send({ type: "done", report });
        }
      } catch (error) {
        fail(error, language);
      }
    },
    confirm: () => false,
    cancel: () => {},
  };
}

function checkOf(start: WorkerStart, tentative: boolean): RunningCheck {
  const { input } = start;
  return input.kind === "csv" ? csvCheck(start, input, tentative) : rowsCheck(start);
}

let running: RunningCheck | undefined;
port.on("message", (message: ToWorker) => {
  if (message.type === "tentative") {
    try {
      running = checkOf(message.start, true);
    } catch {
      // The check to run is begun with "start", and says what is wrong then.
      running = undefined;
    }
  } else if (message.type === "start") {
    if (running?.confirm(message.start) === true) return;
    running?.cancel();
    try {
      running = checkOf(message.start, false);
    } catch (error) {
      fail(error);
    }
  } else running?.handle(message);
});
