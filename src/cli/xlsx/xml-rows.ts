import ExcelJS from "exceljs";
import { type StoredCell } from "../../sheet";
import { type CellStyle } from "./cells";
import { type RowOptions, rowXml } from "./row-xml";

/** What exceljs 4.4's streaming writer keeps beyond its typings: the style table, a sheet's XML stream and rows. */
interface WriterInternals {
  readonly styles: { addStyleModel(style: CellStyle, type: ExcelJS.ValueType): number };
}
interface SheetInternals {
  readonly stream: { write(xml: string | Buffer): unknown };
  /** True once exceljs has written the columns and opened <sheetData>. */
  readonly startedData: boolean;
  /** The number of the first row exceljs has not committed yet: rows it is given must not come before it. */
  _rowZero: number;
}

/** Rows of XML handed to a sheet's stream at once: large enough to be cheap, small enough to pace. */
const XML_ROWS_PER_WRITE = 500;
/** Bytes of XML gathered before they go to the stream (500 rows of a wide sheet fit). */
const XML_BYTES = 1 << 20;
/** UTF-8 bytes a UTF-16 code unit can take. */
const MAX_BYTES_PER_UNIT = 3;

function valueType(value: number | string | boolean | Date): ExcelJS.ValueType {
  if (typeof value === "number") return ExcelJS.ValueType.Number;
  if (typeof value === "string") return ExcelJS.ValueType.String;
  if (typeof value === "boolean") return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.Date;
}

export type StyleOf = (column: number, value: number | string | boolean | Date) => CellStyle;

/**
 * Rows of plain cells written as XML (rowXml) straight into a sheet's stream, with the style ids exceljs gives
 * the same style objects: the same bytes as exceljs's cell objects would give, several times faster. Rows that
 * need exceljs (hyperlinks, rich text, formulas) can follow: `flush` first, then exceljs takes over after the last
 * row written here.
 */
export class XmlRows {
  private readonly internals: SheetInternals;
  private readonly styles: WriterInternals["styles"];
  /**
   * The rows' XML as UTF-8, written into a buffer as each row comes: Buffer.from of the rows' text joined costs
   * twenty times more than writing each into a buffer (measured, Node 20), and it was the writing thread's
   * largest cost. A new buffer for each hand-over: the zip holds on to the one it was given.
   */
  private bytes = Buffer.allocUnsafe(XML_BYTES);
  private used = 0;
  private pending = 0;
  private nextRowNumber = 0;

  constructor(sheet: ExcelJS.Worksheet, workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
    this.internals = sheet as unknown as SheetInternals;
    this.styles = (workbook as unknown as WriterInternals).styles;
  }

  /** Adds a row after every row written so far (the sheet's first row goes through exceljs: it opens the data). */
  add(rowNumber: number, cells: readonly StoredCell[], styleOf: StyleOf, options?: RowOptions): void {
    if (!this.internals.startedData)
      throw new Error("XmlRows: write the sheet's first row through exceljs, which opens its data");
    // exceljs knows a style object it has seen (a WeakMap), so this costs a lookup per cell.
    const xml = rowXml(
      rowNumber,
      cells,
      (column, value) => this.styles.addStyleModel(styleOf(column, value), valueType(value)),
      options,
    );
    if (xml.length * MAX_BYTES_PER_UNIT > this.bytes.length - this.used) this.handOver();
    if (xml.length * MAX_BYTES_PER_UNIT > this.bytes.length) this.internals.stream.write(Buffer.from(xml));
    else this.used += this.bytes.write(xml, this.used);
    this.nextRowNumber = rowNumber + 1;
    if (++this.pending === XML_ROWS_PER_WRITE) this.flush();
  }

  /** Hands the rows added so far to the sheet's stream; exceljs may then write the rows after them. */
  flush(): void {
    this.handOver();
    this.pending = 0;
    if (this.nextRowNumber > this.internals._rowZero) this.internals._rowZero = this.nextRowNumber;
  }

  /** The XML gathered so far, to the sheet's stream. */
  private handOver(): void {
    if (this.used === 0) return;
    this.internals.stream.write(this.bytes.subarray(0, this.used));
    this.bytes = Buffer.allocUnsafe(XML_BYTES);
    this.used = 0;
  }
}
