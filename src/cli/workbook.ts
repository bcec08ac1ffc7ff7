import * as fs from "node:fs";
import ExcelJS from "exceljs";
import {
  AUDIT_COLUMNS,
  type CellValue,
  OUTPUT_COLUMNS,
  OUTPUT_NUMBER_FORMATS,
  PRO_FORMA_COLUMNS,
  PRO_FORMA_FIRST_MONEY_COLUMN,
  type ProFormaSheet,
  type SheetLayout,
  type Status,
  type WrittenRecord,
  auditRecordCells,
  formatFilledVatRates,
  headerKey,
  isEmptyCell,
} from "../sheet";
import { columnLetter } from "./columns";
import { type RowOutcome } from "./evaluation";
import { type CellStyle, type InputSheet } from "./input";
import { type RowOptions, rowXml, storableText } from "./sheet-xml";

/**
 * Writer options, shared with the benchmark's I/O floor so that the comparison is honest. Inline strings
 * (no shared-strings table): the table would hold every distinct explanation and SKU in memory until the end.
 * Zip level 1: the checked workbook is a working copy; level 1 compresses about three times faster than zlib's
 * default 6 for a file about a quarter larger, and compression otherwise competes with the check for the cores.
 */
export const WRITER_OPTIONS = {
  useSharedStrings: false,
  useStyles: true,
  zip: { zlib: { level: 1 } },
} as const;

/**
 * Style objects are shared between cells on purpose: exceljs recognises a style object it has seen (a WeakMap)
 * and skips building its XML again, which halves the time to write a large sheet.
 */
export const PLAIN_STYLE: CellStyle = {};
const DATE_STYLE: CellStyle = { numFmt: "yyyy-mm-dd" };
const HEADER_STYLE: CellStyle = { font: { bold: true } };
const PERCENT_STYLE: CellStyle = { numFmt: "0.0%" };
const MONEY_STYLE: CellStyle = { numFmt: "0.00" };
const BOLD_MONEY_STYLE: CellStyle = { numFmt: "0.00", font: { bold: true } };
const TITLE_STYLE: CellStyle = { font: { bold: true, size: 13 } };
const LABEL_STYLE: CellStyle = { font: { bold: true }, alignment: { vertical: "top" } };
const WRAP_STYLE: CellStyle = { alignment: { vertical: "top", wrapText: true } };
const OUTPUT_STYLES: readonly CellStyle[] = OUTPUT_COLUMNS.map((column) => ({
  numFmt: OUTPUT_NUMBER_FORMATS[column],
}));

/** Status colours, as Excel's own "Good", "Neutral" and "Bad" cell styles, and white on dark red for errors. */
const STATUS_COLOURS: Readonly<Record<Status, { fill: string; font: string }>> = {
  OK: { fill: "FFC6EFCE", font: "FF006100" },
  REVIEW: { fill: "FFFFEB9C", font: "FF9C5700" },
  RISK: { fill: "FFFFC7CE", font: "FF9C0006" },
  ERROR: { fill: "FFC00000", font: "FFFFFFFF" },
};

/** Cleaned cells named in the summaries; beyond, "and N more". */
export const CLEANED_CELLS_LISTED = 10;

/** Rows written between two turns of the event loop, so the zip compresses while rows are written. */
const ROWS_PER_TURN = 2000;
/** Written XML waiting to be compressed, at most; beyond this the writer waits for the zip. */
const BACKLOG_BYTES = 32 * 1024 * 1024;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/**
 * What exceljs 4.4 keeps for a sheet being written (lib/utils/stream-buf.js): XML buffered until the zip takes
 * the entry, then written into the PassThrough stream archiver reads the entry from, whose buffers hold what the
 * zip has not compressed yet.
 */
interface StreamState {
  readonly length?: number;
}
interface SheetStreamInternals {
  readonly stream?: {
    readonly buffers?: readonly { readonly length: number }[];
    readonly pipes?: readonly {
      readonly _writableState?: StreamState;
      readonly _readableState?: StreamState;
    }[];
  };
}

function backlog(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as SheetStreamInternals).stream;
  const entry = stream?.pipes?.[0];
  let bytes = (entry?._writableState?.length ?? 0) + (entry?._readableState?.length ?? 0);
  for (const buffer of stream?.buffers ?? []) bytes += buffer.length;
  return bytes;
}

/**
 * exceljs's streaming writer hands rows to the zip without waiting for it, so rows written faster than they are
 * compressed pile up in memory (over 100 MB for a large sheet while the second core checks rows). Every few
 * thousand rows the pacer gives the zip a turn of the event loop and, while more than BACKLOG_BYTES of a sheet's
 * XML wait, lets it catch up. (If exceljs's internals change, the backlog reads 0 and only the turns remain.)
 */
export class ZipPacer {
  private written = 0;

  /** After each row written to the sheet. */
  async row(sheet: ExcelJS.Worksheet): Promise<void> {
    if (++this.written % ROWS_PER_TURN !== 0) return;
    await turn();
    while (backlog(sheet) > BACKLOG_BYTES) await pause();
  }
}

/**
 * A cell value as XML can hold it: exceljs drops control characters but writes U+FFFE, U+FFFF and lone
 * surrogates as they are, which makes the sheet invalid XML (Excel and LibreOffice drop the rows after them).
 * Texts of rich text, hyperlinks and formula results are cleaned the same way; `onDropped` is told.
 */
function storableValue(value: ExcelJS.CellValue, onDropped: () => void): ExcelJS.CellValue {
  if (typeof value === "string") return storableText(value, onDropped);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) {
    return {
      ...value,
      richText: value.richText.map((run) => ({ ...run, text: storableText(run.text, onDropped) })),
    };
  }
  if ("hyperlink" in value) {
    return {
      ...value,
      text: storableText(value.text, onDropped),
      hyperlink: storableText(value.hyperlink, onDropped),
      ...(value.tooltip === undefined ? {} : { tooltip: storableText(value.tooltip, onDropped) }),
    };
  }
  if ("formula" in value) {
    const result = typeof value.result === "string" ? storableText(value.result, onDropped) : value.result;
    const formula =
      typeof value.formula === "string" ? storableText(value.formula, onDropped) : value.formula;
    return { ...value, formula, result } as ExcelJS.CellValue;
  }
  return value;
}

/** Writes one row of values (0-based columns) with a style per cell; empty cells are left out. */
export function writeRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  values: readonly ExcelJS.CellValue[],
  styleOf: (column: number, value: ExcelJS.CellValue) => CellStyle,
  options: RowOptions = {},
): void {
  const row = sheet.getRow(rowNumber);
  for (let column = 0; column < values.length; column++) {
    const value = values[column];
    if (value === null || value === undefined || value === "") continue;
    const cell = row.getCell(column + 1);
    cell.value = storableValue(value, () => options.onCleaned?.(column));
    cell.style = styleOf(column, value);
  }
  if (options.hidden === true) row.hidden = true;
  row.commit();
}

/** Opens the output file first, so that a folder that does not exist or a locked file fails before any work. */
export function openOutput(path: string): fs.WriteStream {
  const fd = fs.openSync(path, "w");
  return fs.createWriteStream(path, { fd });
}

export function newWorkbook(stream: fs.WriteStream): ExcelJS.stream.xlsx.WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({
    ...WRITER_OPTIONS,
    stream,
    zip: { zlib: { ...WRITER_OPTIONS.zip.zlib } },
  });
}

/** What exceljs 4.4's streaming writer keeps beyond its typings: the style table, a sheet's XML stream and rows. */
interface WriterInternals {
  readonly styles: { addStyleModel(style: CellStyle, type: ExcelJS.ValueType): number };
}
interface SheetInternals {
  readonly stream: { write(xml: string): unknown };
  /** True once exceljs has written the columns and opened <sheetData>. */
  readonly startedData: boolean;
  /** The number of the first row exceljs has not committed yet: rows it is given must not come before it. */
  _rowZero: number;
}

/** Rows of XML handed to a sheet's stream at once: large enough to be cheap, small enough to pace. */
const XML_ROWS_PER_WRITE = 500;

function valueType(value: number | string | boolean | Date): ExcelJS.ValueType {
  if (typeof value === "number") return ExcelJS.ValueType.Number;
  if (typeof value === "string") return ExcelJS.ValueType.String;
  if (typeof value === "boolean") return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.Date;
}

type StyleOf = (column: number, value: number | string | boolean | Date) => CellStyle;

/**
 * Rows of plain cells written as XML (rowXml) straight into a sheet's stream, with the style ids exceljs gives
 * the same style objects: the same bytes as exceljs's cell objects would give, several times faster. Rows that
 * need exceljs (hyperlinks, rich text, formulas) can follow: `flush` first, then exceljs takes over after the last
 * row written here.
 */
class XmlRows {
  private readonly internals: SheetInternals;
  private readonly styles: WriterInternals["styles"];
  private xml = "";
  private pending = 0;
  private nextRowNumber = 0;

  constructor(sheet: ExcelJS.Worksheet, workbook: ExcelJS.stream.xlsx.WorkbookWriter) {
    this.internals = sheet as unknown as SheetInternals;
    this.styles = (workbook as unknown as WriterInternals).styles;
  }

  /** Adds a row after every row written so far (the sheet's first row goes through exceljs: it opens the data). */
  add(rowNumber: number, cells: readonly CellValue[], styleOf: StyleOf, options?: RowOptions): void {
    if (!this.internals.startedData)
      throw new Error("XmlRows: write the sheet's first row through exceljs, which opens its data");
    // exceljs knows a style object it has seen (a WeakMap), so this costs a lookup per cell.
    this.xml += rowXml(
      rowNumber,
      cells,
      (column, value) => this.styles.addStyleModel(styleOf(column, value), valueType(value)),
      options,
    );
    this.nextRowNumber = rowNumber + 1;
    if (++this.pending === XML_ROWS_PER_WRITE) this.flush();
  }

  /** Hands the rows added so far to the sheet's stream; exceljs may then write the rows after them. */
  flush(): void {
    if (this.xml !== "") this.internals.stream.write(this.xml);
    this.xml = "";
    this.pending = 0;
    if (this.nextRowNumber > this.internals._rowZero) this.internals._rowZero = this.nextRowNumber;
  }
}

const proFormaStyle =
  (plain: CellStyle, money: CellStyle): StyleOf =>
  (column) =>
    column >= PRO_FORMA_FIRST_MONEY_COLUMN ? money : plain;
const LINE_STYLE = proFormaStyle(PLAIN_STYLE, MONEY_STYLE);
const TOTAL_STYLE = proFormaStyle(HEADER_STYLE, BOLD_MONEY_STYLE);

/** A view that keeps the rows down to the header in sight, the cursor on the first row below it. */
function frozenHeader(headerRowNumber: number): Partial<ExcelJS.WorksheetView>[] {
  const below = `A${headerRowNumber + 1}`;
  return [{ state: "frozen", xSplit: 0, ySplit: headerRowNumber, topLeftCell: below, activeCell: below }];
}

/** Column widths from a sample of the sheet: wide enough for headers and typical values, within reason. */
function measuredWidths(values: readonly (readonly CellValue[])[], from: number, width: number): number[] {
  const widths = new Array<number>(width).fill(8);
  const end = Math.min(values.length, from + 200);
  for (let index = from; index < end; index++) {
    const cells = values[index] ?? [];
    for (let column = 0; column < cells.length && column < width; column++) {
      const cell = cells[column];
      const length =
        cell === null || cell === undefined ? 0 : cell instanceof Date ? 10 : String(cell).length;
      if (length + 2 > widths[column]) widths[column] = Math.min(length + 2, 50);
    }
  }
  return widths;
}

/**
 * The checked sheet: every cell of the input sheet as it was, the output columns to the right of it (or in
 * place where an earlier run put them), empty "VAT rate" cells filled, status colours, frozen header, filter.
 */
export class CheckedSheetWriter {
  readonly sheet: ExcelJS.Worksheet;
  /** Column index (0-based) of each output column, in OUTPUT_COLUMNS order. */
  readonly outputIndexes: readonly number[];
  private readonly width: number;
  private readonly headerRowIndex: number;
  private readonly vatColumn: number | undefined;
  private readonly outputAt: Map<number, number>;
  private readonly xmlRows: XmlRows;
  private lastRowNumber = 0;
  /** The VAT rates filled in, by sheet row number: the checker's own, recorded in the Audit sheet. */
  private readonly filledVatRates = new Map<number, number>();
  /** Cells whose text held characters XML forbids (removed in the copy): the first few, and how many in all. */
  readonly cleanedCells: string[] = [];
  cleanedCount = 0;
  private writing = 0;
  private lastCleaned = "";
  private readonly noteCleaned = (column: number): void => {
    const address = `${columnLetter(column + 1)}${this.writing + 1}`;
    // A hyperlink's text and target are cleaned one after the other: one cell.
    if (address === this.lastCleaned) return;
    this.lastCleaned = address;
    if (this.cleanedCount++ < CLEANED_CELLS_LISTED) this.cleanedCells.push(address);
  };
  private readonly visibleRow: RowOptions = { onCleaned: this.noteCleaned };
  private readonly hiddenRow: RowOptions = { hidden: true, onCleaned: this.noteCleaned };

  constructor(
    workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    name: string,
    private readonly input: InputSheet,
    private readonly layout: SheetLayout,
  ) {
    this.headerRowIndex = layout.headerRowIndex;
    let used = 0;
    for (const cells of input.values) if (cells.length > used) used = cells.length;
    let next = used;
    this.outputIndexes = OUTPUT_COLUMNS.map((column) => layout.outputColumns[column] ?? next++);
    this.width = next;
    this.outputAt = new Map(this.outputIndexes.map((column, position) => [column, position]));
    this.vatColumn = layout.columns.vatRate;
    const headerRowNumber = this.headerRowIndex + 1;
    this.sheet = workbook.addWorksheet(name, {
      views: frozenHeader(headerRowNumber),
    });
    this.xmlRows = new XmlRows(this.sheet, workbook);
    const measured = measuredWidths(input.values, this.headerRowIndex, this.width);
    for (let column = 0; column < this.width; column++) {
      const position = this.outputAt.get(column);
      const fixed =
        position === undefined
          ? undefined
          : OUTPUT_COLUMNS[position] === "Explanation"
            ? 80
            : OUTPUT_COLUMNS[position] === "Flags"
              ? 28
              : 14;
      // An .xlsx input's own widths and hidden columns are kept (xlsx-reader reads them from its <col> tags).
      const format = input.columns[column];
      const sheetColumn = this.sheet.getColumn(column + 1);
      sheetColumn.width = fixed ?? format?.width ?? measured[column];
      if (format?.hidden === true) sheetColumn.hidden = true;
    }
  }

  /** Writes the sheet row at `index`, with the outcome of its check when it is a checked row. */
  writeRow(index: number, outcome: RowOutcome | undefined): void {
    const cells = this.input.values[index] ?? [];
    const originals = this.input.originals[index];
    const styles = this.input.styles[index];
    const isHeader = index === this.headerRowIndex;
    const below = index > this.headerRowIndex;
    const values: ExcelJS.CellValue[] = new Array<ExcelJS.CellValue>(
      below || isHeader ? this.width : cells.length,
    );
    for (let column = 0; column < cells.length; column++)
      values[column] = originals?.get(column) ?? cells[column];
    if (isHeader) {
      this.outputIndexes.forEach((column, position) => {
        if (this.layout.outputColumns[OUTPUT_COLUMNS[position]] === undefined)
          values[column] = this.layout.outputHeaders[OUTPUT_COLUMNS[position]];
      });
    } else if (below) {
      // Output cells of rows without a check (blank rows) are emptied: an earlier run's words would be stale.
      this.outputIndexes.forEach((column, position) => (values[column] = outcome?.output[position]));
    }
    let filled = false;
    if (
      outcome !== undefined &&
      outcome.vatRate !== null &&
      this.vatColumn !== undefined &&
      isEmptyCell(cells[this.vatColumn])
    ) {
      values[this.vatColumn] = outcome.vatRate;
      filled = true;
      this.filledVatRates.set(index + 1, outcome.vatRate);
    }
    const styleOf = (column: number, value: unknown): CellStyle => {
      const position = this.outputAt.get(column);
      if (position !== undefined && below) return OUTPUT_STYLES[position];
      const style = styles?.[column];
      if (style !== undefined) return style;
      if (isHeader) return HEADER_STYLE;
      if (filled && column === this.vatColumn) return PERCENT_STYLE;
      return value instanceof Date ? DATE_STYLE : PLAIN_STYLE;
    };
    this.writing = index;
    // Hidden rows of the input stay hidden.
    const rowOptions = this.input.hiddenRows.has(index) ? this.hiddenRow : this.visibleRow;
    if (below && originals === undefined) {
      // Without originals every cell is a plain value: a sheet cell, an output or the VAT rate filled in.
      this.xmlRows.add(index + 1, values as CellValue[], styleOf, rowOptions);
    } else {
      // The header and the rows above it, and rows with cells that are more than a value (links, rich text,
      // formulas, errors) go through exceljs.
      this.xmlRows.flush();
      writeRow(this.sheet, index + 1, values, styleOf, rowOptions);
    }
    this.lastRowNumber = index + 1;
  }

  /** What this sheet's writer wrote, for the Audit sheet: a re-check of the checked workbook reads it back. */
  record(): WrittenRecord {
    return {
      sheet: this.sheet.name,
      outputs: OUTPUT_COLUMNS.map((name, position) => ({
        header: this.layout.outputHeaders[name],
        letter: columnLetter(this.outputIndexes[position] + 1),
      })),
      ...(this.vatColumn === undefined ? {} : { vatColumn: columnLetter(this.vatColumn + 1) }),
      filledVatRates: formatFilledVatRates(this.filledVatRates),
    };
  }

  /** Status colours on the data rows, the filter over header and data, and the end of the sheet. */
  finish(): void {
    this.xmlRows.flush();
    const headerRowNumber = this.headerRowIndex + 1;
    const lastRow = Math.max(this.lastRowNumber, headerRowNumber + 1);
    const status = columnLetter(this.outputIndexes[OUTPUT_COLUMNS.indexOf("Status")] + 1);
    this.sheet.addConditionalFormatting({
      ref: `${status}${headerRowNumber + 1}:${status}${lastRow}`,
      rules: (Object.keys(STATUS_COLOURS) as Status[]).map((name, priority) => ({
        type: "cellIs",
        operator: "equal",
        formulae: [`"${name}"`],
        priority: priority + 1,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: STATUS_COLOURS[name].fill } },
          font: { color: { argb: STATUS_COLOURS[name].font }, bold: name !== "OK" },
        },
      })),
    });
    this.sheet.autoFilter = `A${headerRowNumber}:${columnLetter(this.width)}${lastRow}`;
    this.sheet.commit();
  }
}

/** Rows of label and value, as on the Summary sheet. */
export type SummaryLine = readonly [string, CellValue, CellStyle?];

export function writeSummarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  lines: readonly SummaryLine[],
): void {
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 36;
  sheet.getColumn(2).width = 110;
  writeRow(sheet, 1, [title], () => TITLE_STYLE);
  lines.forEach(([label, value, style], position) => {
    writeRow(sheet, position + 3, [label, value], (column) =>
      column === 0 ? LABEL_STYLE : (style ?? WRAP_STYLE),
    );
  });
  sheet.commit();
}

/**
 * A pro forma sheet: bold header and totals, money to the cent, landscape pages one wide with the header on each.
 * The title and header go through exceljs; the lines, often as many as the checked sheet has, as XmlRows.
 */
export async function writeProFormaSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  proForma: ProFormaSheet,
  pacer: ZipPacer,
): Promise<void> {
  const headerRowNumber = proForma.headerRowIndex + 1;
  // exceljs writes the print titles' sheet name in quotes without escaping; a quote in the name would break them.
  const printTitles = name.includes("'") ? {} : { printTitlesRow: `${headerRowNumber}:${headerRowNumber}` };
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...printTitles,
    },
    views: frozenHeader(headerRowNumber),
  });
  const widths = [16, 36, 12, 9];
  PRO_FORMA_COLUMNS.forEach((_, column) => (sheet.getColumn(column + 1).width = widths[column] ?? 13));
  for (let index = 0; index <= proForma.headerRowIndex; index++) {
    const style = index === 0 ? TITLE_STYLE : index === proForma.headerRowIndex ? HEADER_STYLE : PLAIN_STYLE;
    writeRow(sheet, index + 1, proForma.rows[index] as ExcelJS.CellValue[], () => style);
  }

  const rows = new XmlRows(sheet, workbook);
  const totals = new Set(proForma.totalRowIndexes);
  for (let index = proForma.headerRowIndex + 1; index < proForma.rows.length; index++) {
    rows.add(index + 1, proForma.rows[index], totals.has(index) ? TOTAL_STYLE : LINE_STYLE);
    await pacer.row(sheet);
  }
  rows.flush();
  sheet.commit();
}

/**
 * The audit log: earlier rows carried over from a re-checked workbook's Audit sheet, then this check's row, followed
 * by the record of what the check wrote (`record`), which a re-check of the checked workbook reads back.
 */
export function writeAuditSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  earlier: readonly (readonly CellValue[])[],
  auditRow: readonly CellValue[],
  record?: WrittenRecord,
): void {
  const row = record === undefined ? auditRow : [...auditRow, ...auditRecordCells(record)];
  const sheet = workbook.addWorksheet(name);
  const widths = [26, 40, 12, 8, 8, 8, 8, 14, 16, 40, 100, 30, 60, 60];
  widths.forEach((width, column) => (sheet.getColumn(column + 1).width = width));
  writeRow(sheet, 1, [...AUDIT_COLUMNS], () => HEADER_STYLE);
  const sameHeader =
    earlier.length > 0 &&
    AUDIT_COLUMNS.every((column, index) => headerKey(String(earlier[0][index] ?? "")) === headerKey(column));
  const carried = sameHeader
    ? earlier.slice(1).filter((cells) => cells.some((cell) => !isEmptyCell(cell)))
    : [];
  [...carried, row].forEach((cells, position) =>
    writeRow(sheet, position + 2, cells as ExcelJS.CellValue[], () => PLAIN_STYLE),
  );
  sheet.commit();
}
