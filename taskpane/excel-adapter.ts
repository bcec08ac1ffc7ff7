/**
 * The Excel side of the task pane: reads and writes ranges in chunks that stay under Excel on the web's request and
 * response limit, counts syncs, retries a chunk smaller when Excel says it is too large (a payload error, or a
 * GeneralException or values that come back null for a large chunk: halved once, then Excel's error or a clear one),
 * and stops between chunks when the user cancels. Knows Office.js; decides nothing about the shipment (that is
 * src/sheet and actions/).
 */
import { type CellValue, type MergedArea, mergedAreasIn } from "../src/sheet";
import { type CellBlockWrite, type CellFormat, RowTally } from "./cell-writes";
import {
  type RowSpan,
  chunkBytes,
  chunkWrites,
  fixedSpans,
  halve,
  readRowBytes,
  retryAfter,
  rowsPerRead,
  splitChunk,
  REQUEST_BUDGET_BYTES,
  REQUEST_RESERVE_BYTES,
} from "./chunks";
import { type Rect, adjacentRuns } from "./geometry";
import { type ProgressPhase, paneWords, progressLabel } from "./pane-language";

/** The user pressed Cancel; thrown between chunks, never in the middle of one. */
export class Cancelled extends Error {
  constructor() {
    super("Cancelled");
    this.name = "Cancelled";
  }
}

/** A message for the user that stops an action before it writes anything (a refusal, a missing table, ...). */
export class PaneProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PaneProblem";
  }
}

/** Excel's error as "Code: message", or its message, for a sentence. */
export function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof message === "string" && typeof code === "string") return `${code}: ${message}`;
    if (typeof message === "string") return message;
  }
  return String(error);
}

/** How a long action reports progress (its label in the pane's words) and learns about Cancel. */
export interface RunControl {
  readonly cancelled: () => boolean;
  readonly progress: (done: number, total: number, label: string) => void;
}

/** The requests an action sent to Excel (shown on the page for the browser tests and the bench). */
export interface ExcelRequestCounts {
  syncs: number;
  readChunks: number;
  writeChunks: number;
  /** Chunks Excel refused as too large (or answered without values) and that were sent again in halves. */
  retries: number;
}

/** One action's Excel.run: the request context, its counters and the user's controls. */
export class ExcelBatch {
  readonly stats: ExcelRequestCounts = { syncs: 0, readChunks: 0, writeChunks: 0, retries: 0 };

  constructor(
    readonly context: Excel.RequestContext,
    readonly control: RunControl,
    readonly budget: number = REQUEST_BUDGET_BYTES,
  ) {}

  async sync(): Promise<void> {
    this.stats.syncs += 1;
    await this.context.sync();
  }

  worksheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  throwIfCancelled(): void {
    if (this.control.cancelled()) throw new Cancelled();
  }
}

/** Runs an action in one Excel.run. */
export async function runExcelBatch<T>(
  control: RunControl,
  action: (batch: ExcelBatch) => Promise<T>,
  budget?: number,
): Promise<T> {
  return Excel.run(async (context) => action(new ExcelBatch(context, control, budget)));
}

export function rectOf(range: Excel.Range): Rect {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

/** A block read from a sheet: values and number formats of every column, formulas of some. Row 0 is `firstRow`. */
export interface CellBlockRead {
  readonly firstRow: number;
  readonly left: number;
  readonly values: CellValue[][];
  /** Range.numberFormat of the same cells: a number formatted as a percentage or in a currency says so. */
  readonly numberFormats: unknown[][];
  /** Range.formulas of the columns asked for, by 0-based sheet column. */
  readonly formulas: ReadonlyMap<number, unknown[]>;
}

/** A part of a chunked read or write still to send; `suspected` once it is a half sent again on suspicion. */
interface Pending<Part> {
  readonly part: Part;
  readonly suspected: boolean;
}

/** Excel answered a read of rows from `firstRow` (0-based) without their values, also when asked for fewer. */
export function missingValues(sheetName: string, firstRow: number, rows: number): PaneProblem {
  return new PaneProblem(
    paneWords().errors.missingValues({ sheet: sheetName, first: firstRow + 1, last: firstRow + rows }),
  );
}

/**
 * Reads rows [firstRow, lastRow] of columns [left, right], values and number formats, in chunks sized from sample
 * rows (values and formats, as read), plus the formulas of
 * `formulaColumns`. One sync per chunk; a chunk Excel refuses as too large is read again in halves; a large chunk
 * refused with a GeneralException, or any chunk whose values come back null, is read again in halves once, then
 * the read fails (with Excel's error, or a PaneProblem for the null values: never an empty sheet).
 */
export async function readCellBlock(
  batch: ExcelBatch,
  sheetName: string,
  rows: { first: number; last: number },
  columns: { left: number; right: number },
  formulaColumns: readonly number[],
  sample: readonly (readonly unknown[])[],
  phase: ProgressPhase = "readingSheet",
): Promise<CellBlockRead> {
  const width = columns.right - columns.left + 1;
  const count = rows.last - rows.first + 1;
  const formulaRuns = adjacentRuns(formulaColumns.filter((column) => column >= 0));
  const values: CellValue[][] = new Array<CellValue[]>(Math.max(0, count));
  const numberFormats: unknown[][] = new Array<unknown[]>(Math.max(0, count));
  const formulas = new Map<number, unknown[]>(
    formulaRuns.flatMap((run) =>
      Array.from({ length: run.count }, (_, i) => [run.start + i, new Array<unknown>(Math.max(0, count))]),
    ),
  );
  if (count <= 0)
    return { firstRow: rows.first, left: columns.left, values: [], numberFormats: [], formulas };

  // The number formats are read with the values: as many cells again.
  const columnCount = 2 * width + formulaRuns.reduce((total, run) => total + run.count, 0);
  const perChunk = rowsPerRead(sample, columnCount, batch.budget);
  const rowBytes = readRowBytes(sample, columnCount);
  const pending: Pending<RowSpan>[] = fixedSpans(0, count, perChunk).map((part) => ({
    part,
    suspected: false,
  }));
  const again = (halves: readonly RowSpan[], suspectedHalves: boolean) => {
    batch.stats.retries += 1;
    pending.unshift(...halves.map((part) => ({ part, suspected: suspectedHalves })));
  };
  let done = 0;
  while (pending.length > 0) {
    batch.throwIfCancelled();
    const { part: span, suspected } = pending.shift() as Pending<RowSpan>;
    const sheet = batch.worksheet(sheetName);
    const size = span.end - span.start;
    const valueRange = sheet
      .getRangeByIndexes(rows.first + span.start, columns.left, size, width)
      .load("values,numberFormat");
    const formulaRanges = formulaRuns.map((run) => ({
      run,
      range: sheet.getRangeByIndexes(rows.first + span.start, run.start, size, run.count).load("formulas"),
    }));
    try {
      await batch.sync();
    } catch (error) {
      const retry = retryAfter(error, { bytes: size * rowBytes, budget: batch.budget, suspected });
      const halves = retry === undefined ? undefined : halve(span);
      if (halves === undefined) throw error;
      again(halves, suspected || retry === "suspect");
      continue;
    }
    // Range.values over Excel's cell limit can come back null: a failed read of this chunk, never empty cells.
    const read = valueRange.values as CellValue[][] | null | undefined;
    const formats = valueRange.numberFormat as unknown;
    const complete =
      isRows(read, size) &&
      isRows(formats, size) &&
      formulaRanges.every(({ range }) => isRows(range.formulas as unknown, size));
    if (!complete) {
      const halves = suspected ? undefined : halve(span);
      if (halves === undefined) throw missingValues(sheetName, rows.first + span.start, size);
      again(halves, true);
      continue;
    }
    batch.stats.readChunks += 1;
    for (let i = 0; i < size; i++) {
      values[span.start + i] = read[i];
      numberFormats[span.start + i] = (formats as unknown[][])[i];
    }
    for (const { run, range } of formulaRanges) {
      const cells = range.formulas as unknown[][];
      for (let j = 0; j < run.count; j++) {
        const column = formulas.get(run.start + j) as unknown[];
        for (let i = 0; i < size; i++) column[span.start + i] = cells[i][j];
      }
    }
    done += size;
    batch.control.progress(done, count, progressLabel(phase, done, count));
  }
  return { firstRow: rows.first, left: columns.left, values, numberFormats, formulas };
}

/** Rows asked for the merged areas of at once; all the spans go in one sync. */
const MERGED_AREA_ROWS = 2_000;
/** "If the merged areas count in this range is more than 512, then this method will fail" (getMergedAreasOrNullObject). */
const MERGED_AREAS_PER_READ = 512;

/**
 * The merged areas of rows [first, last] of columns [left, right] (Range.getMergedAreasOrNullObject, ExcelApi 1.13),
 * in sheet rows and columns; undefined where Excel has no such API (Microsoft 365 builds before 2021). Excel answers the areas
 * whose top-left cell is in the range (office-js issue #3611), cut to the range (#1590: T4:U5 asked of row 4 is
 * T4), and fails beyond 512 of them. The rows are asked for in spans of 2,000 in one sync, each span's range
 * running as far again below it, so that an area that begins in the span is whole unless it is taller than the
 * span; the areas that begin in the span are kept. If the sync fails, each span goes in a sync of its own; a span
 * that fails, or that answers 512 areas (there may be more) or fewer areas than it counts, again in halves. A single
 * row that still fails fails the read.
 */
export async function readMergedAreas(
  batch: ExcelBatch,
  sheetName: string,
  rows: { first: number; last: number },
  columns: { left: number; right: number },
): Promise<MergedArea[] | undefined> {
  // Office is there in the pane; the actions' tests run without it. Above the manifest's ExcelApi 1.9: a feature check.
  if (globalThis.Office?.context?.requirements?.isSetSupported("ExcelApi", "1.13") === true) {
    const width = columns.right - columns.left + 1;
    const count = rows.last - rows.first + 1;
    let pending = fixedSpans(0, count, MERGED_AREA_ROWS);
    let together = true;
    const areas: MergedArea[] = [];
    while (pending.length > 0) {
      batch.throwIfCancelled();
      const sheet = batch.worksheet(sheetName);
      const asked = together ? pending : pending.slice(0, 1);
      const reads = asked.map((span) => ({
        span,
        merged: sheet
          .getRangeByIndexes(
            rows.first + span.start,
            columns.left,
            Math.min(count, 2 * span.end - span.start) - span.start,
            width,
          )
          .getMergedAreasOrNullObject()
          .load("address,areaCount"),
      }));
      try {
        await batch.sync();
      } catch (error) {
        batch.stats.retries += 1;
        if (together) {
          together = false;
          continue;
        }
        const halves = halve(pending[0]);
        if (halves === undefined) throw error;
        pending = [...halves, ...pending.slice(1)];
        continue;
      }
      pending = pending.slice(asked.length);
      for (const { span, merged } of reads) {
        if (merged.isNullObject) continue;
        const answered = mergedAreasIn(merged.address);
        const whole = merged.areaCount < MERGED_AREAS_PER_READ && answered.length === merged.areaCount;
        const halves = whole ? undefined : halve(span);
        if (halves !== undefined) pending.push(...halves);
        else
          areas.push(
            ...answered.filter(
              (area) => area.top >= rows.first + span.start && area.top < rows.first + span.end,
            ),
          );
      }
    }
    return areas;
  }
  return undefined;
}

/** True when `cells` is `rows` rows of cells, as a read of that many rows gives. */
function isRows<Cell>(cells: Cell[][] | unknown, rows: number): cells is Cell[][] {
  return Array.isArray(cells) && cells.length === rows && cells.every((row) => Array.isArray(row));
}

/** What a chunked write did: the writes that went through, whole, in order (a write cut by rows counts in parts). */
export interface WriteReport {
  readonly written: CellBlockWrite[];
  readonly complete: boolean;
  /** Rows below the header that the writes cover, and those written whole (RowTally). */
  readonly rows: { readonly done: number; readonly planned: number };
  /** Why the write stopped early: Cancelled, or Excel's error. */
  readonly stoppedBy?: unknown;
}

/**
 * Writes blocks of cells in chunks of at most the budget, one sync per chunk, calculation suspended during each. Stops
 * between chunks on Cancel or on an error, and says what was written; a chunk Excel refuses as too large goes again
 * in halves, and so does, once, a large chunk refused with a GeneralException.
 */
export async function writeCellBlocks(
  batch: ExcelBatch,
  writes: readonly CellBlockWrite[],
  phase: ProgressPhase = "writing",
): Promise<WriteReport> {
  const pending: Pending<CellBlockWrite[]>[] = chunkWrites(writes, batch.budget - REQUEST_RESERVE_BYTES).map(
    (part) => ({ part, suspected: false }),
  );
  const tally = new RowTally(writes);
  const rows = () => ({ done: tally.done, planned: tally.planned });
  const written: CellBlockWrite[] = [];
  while (pending.length > 0) {
    if (batch.control.cancelled())
      return { written, complete: false, rows: rows(), stoppedBy: new Cancelled() };
    const { part: chunk, suspected } = pending.shift() as Pending<CellBlockWrite[]>;
    batch.context.workbook.application.suspendApiCalculationUntilNextSync();
    const sheets = new Map<string, Excel.Worksheet>();
    for (const write of chunk) {
      const rowCount = write.values.length;
      const columnCount = write.values[0]?.length ?? 0;
      if (rowCount === 0 || columnCount === 0) continue;
      let sheet = sheets.get(write.sheet);
      if (sheet === undefined) {
        sheet = batch.worksheet(write.sheet);
        sheets.set(write.sheet, sheet);
      }
      const range = sheet.getRangeByIndexes(write.row, write.column, rowCount, columnCount);
      if (write.numberFormat !== undefined) setNumberFormat(range, write.numberFormat);
      range.values = write.values as unknown[][];
    }
    try {
      await batch.sync();
    } catch (error) {
      const retry = retryAfter(error, { bytes: chunkBytes(chunk), budget: batch.budget, suspected });
      const halves = retry === undefined ? undefined : splitChunk(chunk);
      if (halves !== undefined) {
        batch.stats.retries += 1;
        const halfSuspected = suspected || retry === "suspect";
        pending.unshift(...halves.map((part) => ({ part, suspected: halfSuspected })));
        continue;
      }
      return { written, complete: false, rows: rows(), stoppedBy: error };
    }
    batch.stats.writeChunks += 1;
    written.push(...chunk);
    tally.add(chunk);
    batch.control.progress(tally.done, tally.planned, progressLabel(phase, tally.done, tally.planned));
  }
  return { written, complete: true, rows: rows() };
}

/** Sets a number format on a block (one value for every cell: Excel applies a single value to the whole range). */
export function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: unknown }).numberFormat = format;
}

/**
 * Queues formats on blocks of cells, in order (they go with the next sync). `sheets` are worksheet proxies to use by
 * name (sheets added in this batch); any other sheet is looked up by name, once.
 */
export function queueFormats(
  batch: ExcelBatch,
  formats: readonly CellFormat[],
  sheets: ReadonlyMap<string, Excel.Worksheet> = new Map(),
): void {
  const known = new Map(sheets);
  for (const format of formats) {
    let sheet = known.get(format.sheet);
    if (sheet === undefined) {
      sheet = batch.worksheet(format.sheet);
      known.set(format.sheet, sheet);
    }
    const range = sheet.getRangeByIndexes(format.row, format.column, format.rowCount, format.columnCount);
    if (format.numberFormat !== undefined) setNumberFormat(range, format.numberFormat);
    if (format.bold === true) range.format.font.bold = true;
  }
}

/** Workbook settings by key, as a plain map (the values Excel keeps as JSON). */
export function settingsMap(collection: Excel.SettingCollection): Map<string, unknown> {
  return new Map(collection.items.map((item) => [item.key, item.value as unknown]));
}
