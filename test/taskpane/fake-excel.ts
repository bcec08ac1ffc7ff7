/**
 * Just enough of an Excel.RequestContext for the adapter's chunked reads and writes and for the pane's first reads of
 * the sheet (the source, the used range, the selection): one worksheet of cells, the ranges asked for, one answer per
 * sync. A sync can be made to fail (`failSync`), or to answer a read without its values (`nullValues`), the way Excel
 * on the web answers oversized requests. Properties are there at once (no load bookkeeping): the load/sync rules are
 * eslint-plugin-office-addins' and the browser tests' business.
 */
import { type CellValue } from "../../src/sheet";
import { type Rect } from "../../taskpane/geometry";

/** What one sync carried: the blocks read (values or formulas) and the blocks written. */
export interface SyncRequest {
  readonly reads: Rect[];
  readonly writes: Rect[];
}

export interface FakeExcelOptions {
  readonly sheetName?: string;
  /** The selected cells (Workbook.getSelectedRange). */
  readonly selection?: Rect;
  /** An error to fail this sync with (numbered from 1), or undefined to answer it. */
  readonly failSync?: (request: SyncRequest, sync: number) => unknown;
  /** Reads answered with values null (Range.values over Excel's cell limit). */
  readonly nullValues?: (rect: Rect, sync: number) => boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export class FakeExcel {
  readonly requests: SyncRequest[] = [];
  readonly cells: CellValue[][];
  private pending: { reads: FakeRange[]; writes: { range: FakeRange; values: unknown[][] }[] } = {
    reads: [],
    writes: [],
  };

  constructor(
    cells: readonly (readonly CellValue[])[],
    readonly options: FakeExcelOptions = {},
  ) {
    this.cells = cells.map((row) => [...row]);
  }

  get sheetName(): string {
    return this.options.sheetName ?? "Shipment";
  }

  /** The used range: A1 to the last row and column with a value (none when the sheet is empty). */
  used(): Rect | undefined {
    const rowCount = this.cells.length;
    const columnCount = Math.max(0, ...this.cells.map((row) => row.length));
    return rowCount === 0 || columnCount === 0 ? undefined : { row: 0, column: 0, rowCount, columnCount };
  }

  cell(row: number, column: number): CellValue {
    return this.cells[row]?.[column] ?? "";
  }

  queueRead(range: FakeRange): void {
    if (!this.pending.reads.includes(range)) this.pending.reads.push(range);
  }

  queueWrite(range: FakeRange, values: unknown[][]): void {
    this.pending.writes.push({ range, values });
  }

  async sync(): Promise<void> {
    const { reads, writes } = this.pending;
    this.pending = { reads: [], writes: [] };
    const request = {
      reads: reads.map((range) => range.rect),
      writes: writes.map(({ range }) => range.rect),
    };
    this.requests.push(request);
    const number = this.requests.length;
    await Promise.resolve();
    const error = this.options.failSync?.(request, number);
    if (error !== undefined) throw error;
    for (const { range, values } of writes)
      values.forEach((row, i) =>
        row.forEach((value, j) => {
          const line = (this.cells[range.rect.row + i] ??= []);
          line[range.rect.column + j] = value as CellValue;
        }),
      );
    for (const range of reads) range.answer(this.options.nullValues?.(range.rect, number) ?? false);
  }

  /** The request context the pane's code sees. */
  context(): Excel.RequestContext {
    const worksheet = new FakeWorksheet(this);
    const workbook = {
      worksheets: {
        items: [{ id: "id-sheet", name: this.sheetName }],
        load: () => workbook.worksheets,
        getItem: () => worksheet,
        getActiveWorksheet: () => worksheet,
      },
      settings: { items: [], load: () => workbook.settings },
      tables: { getItem: () => undefined },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
      getSelectedRange: () => {
        const selection = this.options.selection;
        if (selection === undefined) throw new Error("the fake has no selection");
        return new FakeRange(this, worksheet, selection);
      },
    };
    return { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }
}

class FakeWorksheet {
  readonly id = "id-sheet";
  readonly tables = { items: [], load: () => this.tables };
  constructor(private readonly excel: FakeExcel) {}

  get name(): string {
    return this.excel.sheetName;
  }

  load(): this {
    return this;
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (row < 0 || column < 0 || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS)
      throw new Error(`no such range: ${row},${column} ${rowCount}×${columnCount}`);
    return new FakeRange(this.excel, this, { row, column, rowCount, columnCount });
  }

  getUsedRangeOrNullObject(): FakeRange {
    const used = this.excel.used();
    return used === undefined
      ? FakeRange.nullObject(this.excel, this)
      : new FakeRange(this.excel, this, used);
  }
}

export class FakeRange {
  isNullObject = false;
  private answered: { values: unknown; formulas: unknown; numberFormat: unknown } | undefined;
  readonly format = { font: {} as Record<string, unknown> };

  constructor(
    private readonly excel: FakeExcel,
    readonly worksheet: FakeWorksheet,
    readonly rect: Rect,
  ) {}

  static nullObject(excel: FakeExcel, worksheet: FakeWorksheet): FakeRange {
    const range = new FakeRange(excel, worksheet, { row: 0, column: 0, rowCount: 0, columnCount: 0 });
    range.isNullObject = true;
    return range;
  }

  get rowIndex(): number {
    return this.rect.row;
  }
  get columnIndex(): number {
    return this.rect.column;
  }
  get rowCount(): number {
    return this.rect.rowCount;
  }
  get columnCount(): number {
    return this.rect.columnCount;
  }

  load(properties: string): this {
    if (/values|formulas|numberFormat/.test(properties)) this.excel.queueRead(this);
    return this;
  }

  /** Fills in what the last sync read (null values for a read Excel answered without them). */
  answer(nullValues: boolean): void {
    const cells = Array.from({ length: this.rect.rowCount }, (_, i) =>
      Array.from({ length: this.rect.columnCount }, (_, j) =>
        this.excel.cell(this.rect.row + i, this.rect.column + j),
      ),
    );
    this.answered = nullValues
      ? { values: null, formulas: null, numberFormat: null }
      : { values: cells, formulas: cells, numberFormat: cells.map((row) => row.map(() => "General")) };
  }

  get values(): unknown {
    if (this.answered === undefined) throw new Error("PropertyNotLoaded: values (no sync since the load)");
    return this.answered.values;
  }
  set values(values: unknown) {
    this.excel.queueWrite(this, values as unknown[][]);
  }

  get formulas(): unknown {
    if (this.answered === undefined) throw new Error("PropertyNotLoaded: formulas (no sync since the load)");
    return this.answered.formulas;
  }

  get numberFormat(): unknown {
    return this.answered?.numberFormat;
  }
  set numberFormat(_format: unknown) {
    // Formats are not modelled.
  }
}
