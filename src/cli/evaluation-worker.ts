import { parentPort, workerData } from "node:worker_threads";
import { readSettings } from "../sheet";
import { oneLine } from "./errors";
import { ShipmentEvaluator } from "./evaluation";
import { type FromWorker, type ToWorker, type WorkerStart } from "./evaluate";

/**
 * The evaluation thread: checks rows while the main thread reads and writes the workbook. It reads the settings
 * from the same options as the main thread, so both agree to the last digit.
 */
const start = workerData as WorkerStart;
const port = parentPort;
if (port === null) throw new Error("evaluation-worker.js runs as a worker thread of the customs-check CLI");

const evaluator = new ShipmentEvaluator({
  layout: start.layout,
  settings: readSettings(start.storedSettings, new Date(start.now)),
  shipmentEnds: new Map(start.shipmentEnds),
  json: start.json,
  source: start.source,
  time: new Date(start.time),
});

const send = (message: FromWorker) => port.postMessage(message);

port.on("message", (message: ToWorker) => {
  try {
    if (message.type === "rows") {
      send({ type: "outcomes", outcomes: evaluator.evaluate(message.rows, message.startIndex), chunk: true });
    } else {
      const { outcomes, report } = evaluator.finish();
      send({ type: "outcomes", outcomes, chunk: false });
      send({ type: "done", report });
    }
  } catch (error) {
    send({ type: "failed", message: oneLine(error), stack: error instanceof Error ? (error.stack ?? "") : "" });
  }
});
