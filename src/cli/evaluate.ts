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
import { type CsvEncoding, type Separator } from "./csv";
import { WordedError } from "./errors";
import { type CheckReport, type RowOutcome, ShipmentEvaluator } from "./evaluation";

/**
 * Runs the row check in this thread for small sheets, and in a worker thread for large ones so that the second
 * core checks rows while this one writes the workbook. Either way this thread gives the rows as it reads them and
 * takes the final row results as they settle, then the report. A worker never runs more than a few chunks ahead of
 * this thread, nor this thread ahead of it: neither holds more than a few chunks of the other's rows.
 */
export interface Evaluation {
  /**
   * Rows this thread has read (values[start] …, as the check reads them): checked here, or sent to the worker, or
   * for a CSV file that the worker reads itself, only counted. Resolves when more rows may be read.
   */
  give(start: number, rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Every row has been given. */
  end(): void;
  /** The final row results that have come since the last take, in no particular order. */
  take(): RowOutcome[];
  /** Waits for more results (or the report); gives the report once it has come. */
  wait(): Promise<CheckReport | undefined>;
  /** Ends a worker whose results are no longer wanted (the check stopped on a problem). */
  stop(): Promise<void>;
}

/** What the user asked for, which every evaluation needs besides the rows: the settings as given, --json, the audit's words. */
export interface CheckRequest {
  readonly storedSettings: StoredSettings;
  readonly now: Date;
  readonly json: boolean;
  readonly source: string;
  readonly time: Date;
}

/** What the sheet's first read found, which the check needs before the first row. */
export interface CheckPlan {
  readonly layout: SheetLayout;
  readonly hints: RowHints;
  readonly shipmentEnds: ReadonlyMap<string, number>;
}

/** What the worker is started with: plain data (settings as the user gave them; the worker reads them itself). */
export interface WorkerStart {
  readonly storedSettings: StoredSettings;
  readonly now: number;
  readonly json: boolean;
  readonly source: string;
  readonly time: number;
  readonly layout: SheetLayout;
  readonly hints: RowHints;
  readonly shipmentEnds: readonly [string, number][];
  /** A CSV file the worker reads itself (the same reader gives the same rows), or rows sent by this thread. */
  readonly input: ({ readonly kind: "csv" } & CsvInput) | { readonly kind: "rows" };
}

/** A CSV file as the worker reads it. */
export interface CsvInput {
  readonly file: string;
  readonly encoding: CsvEncoding;
  readonly separator: Separator;
}
export type ToWorker =
  /**
   * A check of a CSV file begun while this thread's first read goes on (EvaluationThread.beginTentatively): the
   * layout's decimal marks as the rows read so far show them, no shipment ends. The worker checks up to
   * TENTATIVE_ROWS rows and holds every result until "start" comes: the same check with the ends, which it goes on
   * with, or another (the whole file showed other decimal marks), which it begins afresh. Nothing of a tentative
   * check reaches this thread unless "start" confirms it.
   */
  | { readonly type: "tentative"; readonly start: WorkerStart }
  /** The check to run, once the first read of the input has found the plan. */
  | { readonly type: "start"; readonly start: WorkerStart }
  | { readonly type: "rows"; readonly startIndex: number; readonly rows: readonly (readonly CellValue[])[] }
  /** How far this thread has read a CSV file: the worker stays within AHEAD_ROWS of it. */
  | { readonly type: "read"; readonly upTo: number }
  | { readonly type: "finish" };
export type FromWorker =
  | {
      readonly type: "outcomes";
      readonly outcomes: PackedOutcomes;
      /** The answer to a "rows" message. */
      readonly chunk: boolean;
      /** Rows below this index have been checked. */
      readonly checkedUpTo: number;
    }
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
  /** Per row, its --json row as text, when asked for. */
  readonly json: (string | undefined)[];
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
  const json: (string | undefined)[] = new Array(count);
  outcomes.forEach((outcome, position) => {
    json[position] = outcome.json;
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
  return { indexes, vatRates, statuses, outputs, shipments, hasLine, lineTexts, lineNumbers, json };
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
      json: packed.json[position],
    };
  }
  return outcomes;
}

/** Rows per message to a worker: large enough that messaging costs little, small enough that writing starts early. */
export const CHUNK_ROWS = 2000;
/** Chunks sent ahead of the worker's answers: keeps it busy without copying the whole sheet into its queue. */
const CHUNKS_AHEAD = 4;
/** How far a worker reading a CSV file itself and this thread may be apart, in rows. */
export const AHEAD_ROWS = 30_000;
/**
 * Rows a tentative check checks before its plan is confirmed. Their results wait in the worker (as open shipments)
 * until then: a bound of its memory. The first read of 100,000 rows ends before the worker has checked as many.
 */
export const TENTATIVE_ROWS = 20_000;
/** Below this many product rows, starting a thread (about 0.2 s to load the sheet logic again) does not pay. */
export const WORKER_MIN_ROWS = 5000;
/**
 * Inputs from this size on may hold WORKER_MIN_ROWS rows: their thread is started before the first read, so that
 * it loads the sheet logic (a few tenths of a second of the other core) while this thread reads the input.
 */
export const EARLY_WORKER_MIN_BYTES = 200_000;
const WORKER_FILE = path.join(__dirname, "evaluation-worker.js");

/** The worker runs the compiled JavaScript; from TypeScript sources (ts-jest) there is none to start. */
export function workerAvailable(): boolean {
  return fs.existsSync(WORKER_FILE);
}

/**
 * A worker thread started before its check is known (evaluateInWorker gives it the check). What befalls it before
 * then (it fails to load, it stops) is kept for the evaluation to throw.
 */
export class EvaluationThread {
  readonly worker = new Worker(WORKER_FILE);
  /** The first failure of the thread, until an evaluation listens. */
  failure: Error | undefined;
  private readonly early = (error: Error) => (this.failure ??= error);
  private readonly earlyExit = (code: number) =>
    (this.failure ??= new WordedError((w) => w.run.workerStopped({ code })));

  constructor() {
    this.worker.on("error", this.early);
    this.worker.on("exit", this.earlyExit);
  }

  /**
   * Begins the check of a CSV file before the first read has ended (see the "tentative" message): the other core
   * checks rows while this one reads on. `layout` has the decimal marks of the rows read so far.
   */
  beginTentatively(context: CheckRequest, layout: SheetLayout, csv: CsvInput): void {
    const start = workerStart(context, { layout, hints: {}, shipmentEnds: new Map() }, csv);
    this.worker.postMessage({ type: "tentative", start } satisfies ToWorker);
  }

  /** The thread's events are the evaluation's from now on. */
  handOver(): void {
    this.worker.off("error", this.early);
    this.worker.off("exit", this.earlyExit);
  }

  /** Ends the thread (unused, or its results no longer wanted). */
  async stop(): Promise<void> {
    this.worker.removeAllListeners("exit");
    await this.worker.terminate();
  }
}

export function evaluateInThisThread(context: CheckRequest, plan: CheckPlan): Evaluation {
  const evaluator = new ShipmentEvaluator({
    ...plan,
    settings: readSettings(context.storedSettings, context.now),
    json: context.json,
    source: context.source,
    time: context.time,
  });
  let ready: RowOutcome[] = [];
  let report: CheckReport | undefined;
  return {
    give: async (start, rows) => void ready.push(...evaluator.evaluate(rows, start)),
    end: () => {
      const finished = evaluator.finish();
      ready.push(...finished.outcomes);
      report = finished.report;
    },
    take: () => {
      const taken = ready;
      ready = [];
      return taken;
    },
    wait: async () => report,
    stop: async () => {},
  };
}

/**
 * A worker checks the rows. A CSV file it reads itself (`csv`), while this thread reads it for writing: no row is
 * copied across threads. Rows of a workbook this thread sends, a few chunks ahead of the worker's answers.
 */
export function evaluateInWorker(
  thread: EvaluationThread,
  context: CheckRequest,
  plan: CheckPlan,
  csv?: CsvInput,
): Evaluation {
  return new WorkerEvaluation(thread, workerStart(context, plan, csv));
}

function workerStart(context: CheckRequest, plan: CheckPlan, csv: CsvInput | undefined): WorkerStart {
  return {
    storedSettings: context.storedSettings,
    now: context.now.getTime(),
    json: context.json,
    source: context.source,
    time: context.time.getTime(),
    layout: plan.layout,
    hints: plan.hints,
    shipmentEnds: [...plan.shipmentEnds],
    input: csv === undefined ? { kind: "rows" } : { kind: "csv", ...csv },
  };
}

class WorkerEvaluation implements Evaluation {
  private readonly worker: Worker;
  private ready: RowOutcome[] = [];
  private report: CheckReport | undefined;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private inFlight = 0;
  private readUpTo = 0;
  private checkedUpTo = 0;

  constructor(
    private readonly thread: EvaluationThread,
    private readonly start: WorkerStart,
  ) {
    this.worker = thread.worker;
    thread.handOver();
    this.failure = thread.failure;
    this.worker.postMessage({ type: "start", start } satisfies ToWorker);
    this.worker.on("message", (message: FromWorker) => {
      if (message.type === "failed") {
        const error = new Error(message.message);
        error.stack = message.stack;
        this.failure ??= error;
      } else if (message.type === "done") this.report = message.report;
      else {
        if (message.chunk) this.inFlight--;
        this.checkedUpTo = Math.max(this.checkedUpTo, message.checkedUpTo);
        this.ready.push(...unpackOutcomes(message.outcomes));
      }
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
  }

  private notify(): void {
    const resume = this.wake;
    this.wake = undefined;
    resume?.();
  }

  /** The next message from the worker. */
  private async arrival(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure !== undefined && this.report === undefined) throw this.failure;
  }

  async give(start: number, rows: readonly (readonly CellValue[])[]): Promise<void> {
    if (this.start.input.kind === "csv") {
      this.readUpTo = start + rows.length;
      this.worker.postMessage({ type: "read", upTo: this.readUpTo } satisfies ToWorker);
      while (this.readUpTo - this.checkedUpTo > AHEAD_ROWS && this.report === undefined) await this.arrival();
      return;
    }
    for (let offset = 0; offset < rows.length; offset += CHUNK_ROWS) {
      const chunk = rows.slice(offset, offset + CHUNK_ROWS);
      this.worker.postMessage({ type: "rows", startIndex: start + offset, rows: chunk } satisfies ToWorker);
      this.inFlight++;
      while (this.inFlight >= CHUNKS_AHEAD) await this.arrival();
    }
  }

  end(): void {
    // A worker reading a CSV file finishes at its end; one given rows when told.
    if (this.start.input.kind === "rows") this.worker.postMessage({ type: "finish" } satisfies ToWorker);
    // A CSV worker waits for this thread to have read as far as it: all of it, now.
    else this.worker.postMessage({ type: "read", upTo: Number.MAX_SAFE_INTEGER } satisfies ToWorker);
  }

  take(): RowOutcome[] {
    const taken = this.ready;
    this.ready = [];
    return taken;
  }

  async wait(): Promise<CheckReport | undefined> {
    if (this.report === undefined && this.ready.length === 0) await this.arrival();
    return this.report;
  }

  async stop(): Promise<void> {
    await this.thread.stop();
  }
}
