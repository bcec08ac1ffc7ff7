import { parentPort, workerData } from "node:worker_threads";
import { type CellValue, readSettings, sheetLayout } from "../sheet";
import { csvCells, csvNumberEvidence, decodeText, detectSeparator, parseCsvFrom } from "./csv";
import { oneLine } from "./errors";
import { ShipmentEvaluator, type RowOutcome } from "./evaluation";
import { CHUNK_ROWS, type FromWorker, type ToWorker, type WorkerStart, packOutcomes } from "./evaluate";

/**
 * The evaluation thread: checks rows while the main thread writes the workbook. It reads the settings from the
 * same options as the main thread, so both agree to the last digit; a CSV file it parses itself with the same
 * parser, so both see the same cells and find the same layout. Checking is the longer half of the work (the
 * main thread writes rows as XML and waits for this thread), so it runs at the normal priority.
 */
const start = workerData as WorkerStart;
if (parentPort === null)
  throw new Error("evaluation-worker.js runs as a worker thread of the customs-check CLI");
const port = parentPort;

const send = (message: FromWorker) => port.postMessage(message);
const sendOutcomes = (outcomes: RowOutcome[], chunk: boolean) => {
  if (outcomes.length > 0 || chunk) send({ type: "outcomes", outcomes: packOutcomes(outcomes), chunk });
};
const context = {
  settings: readSettings(start.storedSettings, new Date(start.now)),
  json: start.json,
  source: start.source,
  time: new Date(start.time),
};

function fail(error: unknown): void {
  // In the command's language (the settings carry it), as the main thread prints it.
  const message = oneLine(error, context.settings.language);
  send({ type: "failed", message, stack: error instanceof Error ? (error.stack ?? "") : "" });
}

function finish(evaluator: ShipmentEvaluator): void {
  const { outcomes, report } = evaluator.finish();
  sendOutcomes(outcomes, false);
  send({ type: "done", report });
}

/** A turn of this thread's event loop, to take the main thread's messages between chunks. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function checkCsv(bytes: Uint8Array): Promise<void> {
  const text = decodeText(bytes);
  const separator = detectSeparator(text);
  // The decimal mark of "1.299" depends on the whole file: its evidence is counted before any row is checked.
  const numberEvidence = csvNumberEvidence(text, separator);
  let ends: ReadonlyMap<string, number> | undefined;
  let evaluator: ShipmentEvaluator | undefined;
  let endsKnown: () => void = () => {};
  const endsArrived = new Promise<void>((resolve) => (endsKnown = resolve));
  port.on("message", (message: ToWorker) => {
    if (message.type !== "ends") return;
    ends = new Map(message.ends);
    if (evaluator !== undefined) sendOutcomes(evaluator.knowShipmentEnds(ends), false);
    endsKnown();
  });
  let index = 0;
  for (let offset = 0; offset < text.length;) {
    const { rows: fields, next } = parseCsvFrom(text, separator, offset, CHUNK_ROWS);
    offset = next;
    const rows: readonly (readonly CellValue[])[] = csvCells(fields);
    // The header is among the first 30 rows, all in the first chunk. A layout problem stops the main thread
    // too, which reports it; this thread has nothing to add.
    evaluator ??= new ShipmentEvaluator({
      ...context,
      // The main thread's layout, in the same language: the same output headers.
      layout: sheetLayout(rows, undefined, numberEvidence, undefined, context.settings.language),
      // A CSV file has no Excel tables.
      hints: {},
      shipmentEnds: ends,
    });
    sendOutcomes(evaluator.evaluate(rows, index), false);
    index += rows.length;
    await turn();
  }
  await endsArrived;
  if (evaluator !== undefined) finish(evaluator);
}

if (start.input.kind === "csv") {
  checkCsv(start.input.bytes).catch(fail);
} else {
  const evaluator = new ShipmentEvaluator({
    ...context,
    layout: start.input.layout,
    hints: start.input.hints,
    shipmentEnds: new Map(start.input.shipmentEnds),
  });
  port.on("message", (message: ToWorker) => {
    try {
      if (message.type === "rows") {
        sendOutcomes(evaluator.evaluate(message.rows, message.startIndex), true);
      } else if (message.type === "finish") {
        finish(evaluator);
      }
    } catch (error) {
      fail(error);
    }
  });
}
