import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { type CellValue, type SheetLayout, type StoredSettings, readSettings } from "../sheet";
import { type CheckReport, type RowOutcome, ShipmentEvaluator } from "./evaluation";

/**
 * Runs the row check in this thread for small sheets, and in a worker thread for large ones so that the second
 * core checks rows while this one writes the workbook. Either way the caller gets the final row results in
 * batches as they settle, then the report.
 */
export interface EvaluationRequest {
  readonly values: readonly (readonly CellValue[])[];
  readonly layout: SheetLayout;
  readonly storedSettings: StoredSettings;
  readonly now: Date;
  readonly shipmentEnds: ReadonlyMap<string, number>;
  readonly json: boolean;
  readonly source: string;
  readonly time: Date;
}

/** What the worker is started with: plain data (settings as the user gave them; the worker reads them itself). */
export interface WorkerStart {
  readonly layout: SheetLayout;
  readonly storedSettings: StoredSettings;
  readonly now: number;
  readonly shipmentEnds: readonly [string, number][];
  readonly json: boolean;
  readonly source: string;
  readonly time: number;
}
export type ToWorker = { readonly type: "rows"; readonly startIndex: number; readonly rows: readonly (readonly CellValue[])[] } | { readonly type: "finish" };
export type FromWorker =
  | { readonly type: "outcomes"; readonly outcomes: RowOutcome[]; readonly chunk: boolean }
  | { readonly type: "done"; readonly report: CheckReport }
  | { readonly type: "failed"; readonly message: string; readonly stack: string };

/** Rows per message: large enough that messaging costs little, small enough that writing starts early. */
const CHUNK_ROWS = 2000;
/** Chunks sent ahead of the worker's answers: keeps it busy without copying the whole sheet into its queue. */
const CHUNKS_AHEAD = 4;
/** Below this many rows, starting a thread (about 0.1 s to load the sheet logic again) does not pay. */
export const WORKER_MIN_ROWS = 5000;

const WORKER_FILE = path.join(__dirname, "evaluation-worker.js");

export function evaluateRows(request: EvaluationRequest): AsyncGenerator<RowOutcome[], CheckReport> {
  const dataRows = request.values.length - request.layout.headerRowIndex - 1;
  // The worker runs the compiled JavaScript; from TypeScript sources (ts-jest) there is none to start.
  if (dataRows >= WORKER_MIN_ROWS && fs.existsSync(WORKER_FILE)) return inWorker(request);
  return inThisThread(request);
}

async function* inThisThread(request: EvaluationRequest): AsyncGenerator<RowOutcome[], CheckReport> {
  const evaluator = new ShipmentEvaluator({
    layout: request.layout,
    settings: readSettings(request.storedSettings, request.now),
    shipmentEnds: request.shipmentEnds,
    json: request.json,
    source: request.source,
    time: request.time,
  });
  for (let start = 0; start < request.values.length; start += CHUNK_ROWS) {
    yield evaluator.evaluate(request.values.slice(start, start + CHUNK_ROWS), start);
  }
  const { outcomes, report } = evaluator.finish();
  yield outcomes;
  return report;
}

async function* inWorker(request: EvaluationRequest): AsyncGenerator<RowOutcome[], CheckReport> {
  const start: WorkerStart = {
    layout: request.layout,
    storedSettings: request.storedSettings,
    now: request.now.getTime(),
    shipmentEnds: [...request.shipmentEnds],
    json: request.json,
    source: request.source,
    time: request.time.getTime(),
  };
  const worker = new Worker(WORKER_FILE, { workerData: start });
  const inbox: FromWorker[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  worker.on("message", (message: FromWorker) => {
    inbox.push(message);
    notify();
  });
  worker.on("error", (error) => {
    failure ??= error;
    notify();
  });
  worker.on("exit", (code) => {
    failure ??= new Error(`the evaluation thread stopped (exit code ${code})`);
    notify();
  });

  // Rows before the header are never checked; start sending at the header row.
  let next = request.layout.headerRowIndex;
  let inFlight = 0;
  let finishSent = false;
  const send = () => {
    while (inFlight < CHUNKS_AHEAD && next < request.values.length) {
      const rows = request.values.slice(next, next + CHUNK_ROWS);
      worker.postMessage({ type: "rows", startIndex: next, rows } satisfies ToWorker);
      next += rows.length;
      inFlight++;
    }
    if (next >= request.values.length && !finishSent) {
      worker.postMessage({ type: "finish" } satisfies ToWorker);
      finishSent = true;
    }
  };
  try {
    send();
    for (;;) {
      const message = inbox.shift();
      if (message === undefined) {
        if (failure !== undefined) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (message.type === "failed") {
        const error = new Error(message.message);
        error.stack = message.stack;
        throw error;
      }
      if (message.type === "done") return message.report;
      if (message.chunk) {
        inFlight--;
        send();
      }
      yield message.outcomes;
    }
  } finally {
    worker.removeAllListeners("exit");
    await worker.terminate();
  }
}
