import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import {
  type CellValue,
  OUTPUT_COLUMNS,
  type ProFormaLine,
  type RowHints,
  type SheetLayout,
  type StoredSettings,
  UNIT_AMOUNTS,
  type UnitAmount,
  readSettings,
} from "../sheet";
import { WordedError } from "./errors";
import { type CheckReport, type RowOutcome, ShipmentEvaluator } from "./evaluation";

/**
 * Runs the row check in this thread for small sheets, and in a worker thread for large ones so that the second
 * core checks rows while this one writes the workbook. Either way the caller gets the final row results in
 * batches as they settle, then the report.
 */
export interface Evaluation {
  /** Final row results in batches, in no particular order; then the report. */
  results(): AsyncGenerator<RowOutcome[], CheckReport>;
  /** Ends a worker whose results are no longer wanted (the check stopped on a problem). */
  stop(): Promise<void>;
  /** The shipments' last rows, for an evaluation started before they were known (a CSV file's worker). */
  knowShipmentEnds(ends: ReadonlyMap<string, number>): void;
}

/** What the user asked for, which every evaluation needs besides the rows: the settings as given, --json, the audit's words. */
export interface CheckRequest {
  readonly storedSettings: StoredSettings;
  readonly now: Date;
  readonly json: boolean;
  readonly source: string;
  readonly time: Date;
}

/** What the worker is started with: plain data (settings as the user gave them; the worker reads them itself). */
export interface WorkerStart {
  readonly storedSettings: StoredSettings;
  readonly now: number;
  readonly json: boolean;
  readonly source: string;
  readonly time: number;
  readonly input:
    | { readonly kind: "csv"; readonly bytes: Uint8Array }
    | {
        readonly kind: "rows";
        readonly layout: SheetLayout;
        readonly hints: RowHints;
        readonly shipmentEnds: readonly [string, number][];
      };
}
export type ToWorker =
  | { readonly type: "rows"; readonly startIndex: number; readonly rows: readonly (readonly CellValue[])[] }
  | { readonly type: "ends"; readonly ends: readonly [string, number][] }
  | { readonly type: "finish" };
export type FromWorker =
  | { readonly type: "outcomes"; readonly outcomes: PackedOutcomes; readonly chunk: boolean }
  | { readonly type: "done"; readonly report: CheckReport }
  | { readonly type: "failed"; readonly message: string; readonly stack: string };

/** Row outcomes in columns: a few arrays copy across threads much faster than thousands of small objects. */
export interface PackedOutcomes {
  readonly indexes: Int32Array;
  readonly vatRates: Float64Array;
  readonly statuses: RowOutcome["status"][];
  /** Six cells per row, in OUTPUT_COLUMNS order. */
  readonly outputs: (number | string)[];
  readonly shipments: (string | null)[];
  /** Per row: whether it has a pro forma line (1) or holds errors and has none (0). */
  readonly hasLine: Uint8Array;
  /** The pro forma line's words per row: SKU, description, HS code. */
  readonly lineTexts: string[];
  /** The pro forma line's numbers per row: quantity, the unit amounts in cents (UNIT_AMOUNTS), the line total. */
  readonly lineNumbers: Float64Array;
}

const OUTPUT_WIDTH = OUTPUT_COLUMNS.length;
const LINE_TEXTS = 3;
const LINE_NUMBERS = UNIT_AMOUNTS.length + 2;

export function packOutcomes(outcomes: readonly RowOutcome[]): PackedOutcomes {
  const count = outcomes.length;
  const indexes = new Int32Array(count);
  const vatRates = new Float64Array(count);
  const statuses: RowOutcome["status"][] = new Array(count);
  const outputs: (number | string)[] = new Array(count * OUTPUT_WIDTH);
  const shipments: (string | null)[] = new Array(count);
  const hasLine = new Uint8Array(count);
  const lineTexts: string[] = new Array(count * LINE_TEXTS).fill("");
  const lineNumbers = new Float64Array(count * LINE_NUMBERS);
  outcomes.forEach((outcome, position) => {
    indexes[position] = outcome.index;
    vatRates[position] = outcome.vatRate === null ? NaN : outcome.vatRate;
    statuses[position] = outcome.status;
    for (let column = 0; column < OUTPUT_WIDTH; column++)
      outputs[position * OUTPUT_WIDTH + column] = outcome.output[column];
    shipments[position] = outcome.shipment;
    const line = outcome.proForma;
    if (line === null) return;
    hasLine[position] = 1;
    const texts = position * LINE_TEXTS;
    lineTexts[texts] = line.sku;
    lineTexts[texts + 1] = line.description;
    lineTexts[texts + 2] = line.hsCode;
    const numbers = position * LINE_NUMBERS;
    lineNumbers[numbers] = line.quantity;
    UNIT_AMOUNTS.forEach((name, index) => (lineNumbers[numbers + 1 + index] = line.unitCents[name]));
    lineNumbers[numbers + LINE_NUMBERS - 1] = line.lineTotalCents;
  });
  return { indexes, vatRates, statuses, outputs, shipments, hasLine, lineTexts, lineNumbers };
}

function unpackLine(packed: PackedOutcomes, position: number): ProFormaLine | null {
  if (packed.hasLine[position] === 0) return null;
  const texts = position * LINE_TEXTS;
  const numbers = position * LINE_NUMBERS;
  const unitCents = {} as Record<UnitAmount, number>;
  UNIT_AMOUNTS.forEach((name, index) => (unitCents[name] = packed.lineNumbers[numbers + 1 + index]));
  return {
    sku: packed.lineTexts[texts],
    description: packed.lineTexts[texts + 1],
    hsCode: packed.lineTexts[texts + 2],
    quantity: packed.lineNumbers[numbers],
    unitCents,
    lineTotalCents: packed.lineNumbers[numbers + LINE_NUMBERS - 1],
  };
}

export function unpackOutcomes(packed: PackedOutcomes): RowOutcome[] {
  const outcomes: RowOutcome[] = new Array(packed.indexes.length);
  for (let position = 0; position < packed.indexes.length; position++) {
    const vatRate = packed.vatRates[position];
    outcomes[position] = {
      index: packed.indexes[position],
      vatRate: Number.isNaN(vatRate) ? null : vatRate,
      status: packed.statuses[position],
      output: packed.outputs.slice(position * OUTPUT_WIDTH, (position + 1) * OUTPUT_WIDTH),
      shipment: packed.shipments[position],
      proForma: unpackLine(packed, position),
    };
  }
  return outcomes;
}

/** Rows per batch: large enough that messaging costs little, small enough that writing starts early. */
export const CHUNK_ROWS = 2000;
/** Chunks sent ahead of the worker's answers: keeps it busy without copying the whole sheet into its queue. */
const CHUNKS_AHEAD = 4;
/** Below this many rows, starting a thread (about 0.2 s to load the sheet logic again) does not pay. */
export const WORKER_MIN_ROWS = 5000;
/** The same for a CSV file, judged by its size before it is parsed (rows of a product list: 80 bytes or more). */
export const WORKER_MIN_CSV_BYTES = 400_000;
const WORKER_FILE = path.join(__dirname, "evaluation-worker.js");

/** The worker runs the compiled JavaScript; from TypeScript sources (ts-jest) there is none to start. */
export function workerAvailable(): boolean {
  return fs.existsSync(WORKER_FILE);
}

export function evaluateInThisThread(
  context: CheckRequest,
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  hints: RowHints,
  shipmentEnds: ReadonlyMap<string, number>,
): Evaluation {
  async function* results(): AsyncGenerator<RowOutcome[], CheckReport> {
    const evaluator = new ShipmentEvaluator({
      layout,
      hints,
      settings: readSettings(context.storedSettings, context.now),
      shipmentEnds,
      json: context.json,
      source: context.source,
      time: context.time,
    });
    for (let start = 0; start < values.length; start += CHUNK_ROWS) {
      yield evaluator.evaluate(values.slice(start, start + CHUNK_ROWS), start);
    }
    const { outcomes, report } = evaluator.finish();
    yield outcomes;
    return report;
  }
  return { results, stop: async () => {}, knowShipmentEnds: () => {} };
}

/**
 * A CSV file is checked by a worker started as soon as the bytes are read: it parses them itself, a chunk at a
 * time, and checks each chunk at once (the same parser gives the same cells and layout), while this thread parses
 * them for writing; no row is copied across threads. This thread sends the shipments' last rows when it has them.
 */
export function evaluateCsvInWorker(context: CheckRequest, bytes: Uint8Array): Evaluation {
  // A copy of the bytes moves to the worker (transferred, not cloned a second time).
  const copy = new Uint8Array(bytes);
  return new WorkerEvaluation(context, { kind: "csv", bytes: copy }, [copy.buffer as ArrayBuffer]);
}

/** Rows read from a workbook are sent to the worker in chunks, a few ahead of its answers. */
export function evaluateRowsInWorker(
  context: CheckRequest,
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  hints: RowHints,
  shipmentEnds: ReadonlyMap<string, number>,
): Evaluation {
  return new WorkerEvaluation(context, { kind: "rows", layout, hints, shipmentEnds: [...shipmentEnds] }, [], {
    values,
    from: layout.headerRowIndex,
  });
}

class WorkerEvaluation implements Evaluation {
  private readonly worker: Worker;
  private readonly inbox: FromWorker[] = [];
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private next: number;
  private inFlight = 0;
  private finishSent: boolean;

  constructor(
    context: CheckRequest,
    input: WorkerStart["input"],
    transferList: ArrayBuffer[],
    private readonly rows?: { readonly values: readonly (readonly CellValue[])[]; readonly from: number },
  ) {
    const start: WorkerStart = {
      storedSettings: context.storedSettings,
      now: context.now.getTime(),
      json: context.json,
      source: context.source,
      time: context.time.getTime(),
      input,
    };
    this.worker = new Worker(WORKER_FILE, {
      workerData: start,
      transferList,
    });
    this.next = rows?.from ?? 0;
    this.finishSent = rows === undefined;
    this.worker.on("message", (message: FromWorker) => {
      this.inbox.push(message);
      this.notify();
    });
    this.worker.on("error", (error) => {
      this.failure ??= error;
      this.notify();
    });
    this.worker.on("exit", (code) => {
      this.failure ??= new WordedError((w) => w.run.workerStopped({ code }));
      this.notify();
    });
    this.send();
  }

  private notify(): void {
    const resume = this.wake;
    this.wake = undefined;
    resume?.();
  }

  private send(): void {
    if (this.rows === undefined) return;
    const { values } = this.rows;
    while (this.inFlight < CHUNKS_AHEAD && this.next < values.length) {
      const rows = values.slice(this.next, this.next + CHUNK_ROWS);
      this.worker.postMessage({ type: "rows", startIndex: this.next, rows } satisfies ToWorker);
      this.next += rows.length;
      this.inFlight++;
    }
    if (this.next >= values.length && !this.finishSent) {
      this.worker.postMessage({ type: "finish" } satisfies ToWorker);
      this.finishSent = true;
    }
  }

  async *results(): AsyncGenerator<RowOutcome[], CheckReport> {
    try {
      for (;;) {
        const message = this.inbox.shift();
        if (message === undefined) {
          if (this.failure !== undefined) throw this.failure;
          await new Promise<void>((resolve) => (this.wake = resolve));
          continue;
        }
        if (message.type === "failed") {
          const error = new Error(message.message);
          error.stack = message.stack;
          throw error;
        }
        if (message.type === "done") return message.report;
        if (message.chunk) {
          this.inFlight--;
          this.send();
        }
        yield unpackOutcomes(message.outcomes);
      }
    } finally {
      await this.stop();
    }
  }

  knowShipmentEnds(ends: ReadonlyMap<string, number>): void {
    this.worker.postMessage({ type: "ends", ends: [...ends] } satisfies ToWorker);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
}
