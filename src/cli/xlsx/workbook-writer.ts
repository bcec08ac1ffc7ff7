import type { WriteStream } from "node:fs";
import ExcelJS from "exceljs";
import { type AnyLanguage } from "../../engine";
import {
  AUDIT_COLUMNS,
  AUDIT_COLUMN_FACTS,
  AUDIT_RECORD_WIDTHS,
  type CellValue,
  OUTPUT_COLUMNS,
  OUTPUT_COLUMN_FACTS,
  PRO_FORMA_COLUMN_FACTS,
  PRO_FORMA_HEADER_ROW_POINTS,
  PRO_FORMA_PAGE,
  PRO_FORMA_PRINTABLE_POINTS,
  STATUS_COLOURS,
  STATUSES,
  type ProFormaColumn,
  type StreamedProFormaSheet,
  type SheetLayout,
  type StoredCell,
  VAT_DEFERRAL_COLUMNS,
  VAT_DEFERRAL_COLUMN_FACTS,
  type VatDeferralSheet,
  type WrittenRecord,
  auditRecordCells,
  cellText,
  columnLetters,
  columnWidthPoints,
  formatFilledVatRates,
  auditHeaders,
  isAuditHeader,
  isEmptyCell,
  type MergedArea,
  mergedAreaAddress,
  proFormaPrintFit,
  storedValue,
} from "../../sheet";
import { type CellStyle, type ColumnFormat, type OriginalCell } from "./cells";
import { ZipPacer } from "./pacer";
import { type CellNotes } from "./zip-directory";
import { type RowOptions, storableText } from "./row-xml";
import { type StyleOf, XmlRows } from "./xml-rows";

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
const TITLE_STYLE: CellStyle = { font: { bold: true, size: 13 } };
const LABEL_STYLE: CellStyle = { font: { bold: true }, alignment: { vertical: "top" } };
const WRAP_STYLE: CellStyle = { alignment: { vertical: "top", wrapText: true } };
/** The audit columns' formats (the time as a date-time, amounts with thousands); the record cells after them plain. */
const AUDIT_STYLES: readonly CellStyle[] = AUDIT_COLUMNS.map((column) =>
  AUDIT_COLUMN_FACTS[column].numberFormat === "General"
    ? PLAIN_STYLE
    : { numFmt: AUDIT_COLUMN_FACTS[column].numberFormat },
);
const OUTPUT_STYLES: readonly CellStyle[] = OUTPUT_COLUMNS.map((column) => ({
  numFmt: OUTPUT_COLUMN_FACTS[column].numberFormat,
}));

/** Cleaned cells named in the summaries; beyond, "and N more". */
const CLEANED_CELLS_LISTED = 10;

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

/** How a row is written through exceljs: RowOptions, and the notes on its cells by column. */
interface WrittenRowOptions extends RowOptions {
  readonly notes?: ReadonlyMap<number, string>;
}

/** Writes one row of values (0-based columns) with a style per cell and its notes; empty cells are left out. */
export function writeRow(
  sheet: ExcelJS.Worksheet,
  rowNumber: number,
  values: readonly ExcelJS.CellValue[],
  styleOf: (column: number, value: ExcelJS.CellValue) => CellStyle,
  options: WrittenRowOptions = {},
): void {
  const row = sheet.getRow(rowNumber);
  for (let column = 0; column < values.length; column++) {
    const value = values[column];
    if (value === null || value === undefined || value === "") continue;
    const cell = row.getCell(column + 1);
    cell.value = storableValue(value, () => options.onCleaned?.(column));
    cell.style = styleOf(column, value);
  }
  for (const [column, note] of options.notes ?? [])
    row.getCell(column + 1).note = storableText(note, () => options.onCleaned?.(column));
  if (options.hidden === true) row.hidden = true;
  row.commit();
}

/** A pro forma's cells under its columns: each column's number format (text, quantity, money); totals in bold. */
const proFormaStyle = (columns: readonly ProFormaColumn[], bold: boolean): StyleOf => {
  const styles: CellStyle[] = columns.map((column) => {
    const format = PRO_FORMA_COLUMN_FACTS[column].numberFormat;
    return {
      ...(format === "General" ? {} : { numFmt: format }),
      ...(bold ? { font: { bold: true } } : {}),
    };
  });
  return (column) => styles[column] ?? PLAIN_STYLE;
};
/** The pro forma's header: bold, wrapped within the columns' widths. */
const PRO_FORMA_HEADER_STYLE: CellStyle = { font: { bold: true }, alignment: { wrapText: true } };

/** The VAT deferral statement's cells under its columns: each column's format, Treatment and VAT numbers wrapped. */
const vatDeferralStyles = (bold: boolean): readonly CellStyle[] =>
  VAT_DEFERRAL_COLUMNS.map((column) => {
    const { numberFormat, wrap } = VAT_DEFERRAL_COLUMN_FACTS[column];
    return {
      ...(numberFormat === "General" ? {} : { numFmt: numberFormat }),
      ...(bold ? { font: { bold: true } } : {}),
      // Top-aligned, so that a line's figures stand beside the first line of its wrapped words.
      alignment: { vertical: "top", ...(wrap ? { wrapText: true } : {}) },
    };
  });

/** Excel's row height for one line of Calibri 11, in points. */
const LINE_POINTS = 15;

/**
 * How many lines a text takes when it wraps within a column `width` characters wide, words broken as Excel breaks
 * them (at spaces; a word wider than the column over several lines). Every character is counted as wide as a digit,
 * which is wider than most letters: the estimate errs towards a taller row, never a clipped one.
 */
function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(" ")) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= width) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.max(0, Math.ceil(word.length / width) - 1);
    used = word.length % width || Math.min(word.length, width);
  }
  return lines;
}

/**
 * The height a row needs for its wrapped cells to show whole, in points; undefined for one line (Excel's default).
 * exceljs's streaming writer cannot leave the height to Excel, which does not fit rows of a file to their text.
 */
function wrappedRowPoints(
  cells: readonly CellValue[],
  widths: readonly number[],
  wraps: (column: number) => boolean,
): number | undefined {
  let lines = 1;
  cells.forEach((cell, column) => {
    if (typeof cell === "string" && cell !== "" && wraps(column))
      lines = Math.max(lines, wrappedLines(cell, widths[column]));
  });
  return lines === 1 ? undefined : lines * LINE_POINTS;
}

/**
 * A4 landscape with narrow margins, at 100 % when the columns' widths fit the page, else one page wide; the header
 * row printed on every page. As the pro forma's (PRO_FORMA_PAGE).
 */
function printSetup(name: string, headerRowNumber: number, fits: boolean): Partial<ExcelJS.PageSetup> {
  // exceljs writes the print titles' sheet name in quotes without escaping; a quote in the name would break them.
  const printTitles = name.includes("'") ? {} : { printTitlesRow: `${headerRowNumber}:${headerRowNumber}` };
  const scale = fits ? { scale: 100, fitToPage: false } : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return {
    orientation: "landscape",
    paperSize: 9,
    margins: { ...PRO_FORMA_PAGE.marginsInches },
    ...scale,
    ...printTitles,
  };
}

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
      // As the cell is written: a formatted number's number, a merged cell's own value (String() of either
      // object was "[object Object]", 15 characters).
      const cell = storedValue(cells[column]);
      const length =
        cell === null || cell === undefined ? 0 : cell instanceof Date ? 10 : cellText(cell).length;
      if (length + 2 > widths[column]) widths[column] = Math.min(length + 2, 50);
    }
  }
  return widths;
}

/** A checked row as the checked sheet shows it (the CLI's RowOutcome is one). */
export interface CheckedRow {
  /** The output columns' cells, in OUTPUT_COLUMNS order. */
  readonly output: readonly StoredCell[];
  /** The VAT rate the check used, to fill an empty "VAT rate" cell. */
  readonly vatRate: number | null;
}

/** A row of the input as read: its cells, those to write back as they were, their styles. */
export interface InputRow {
  readonly cells: readonly CellValue[];
  readonly originals: ReadonlyMap<number, OriginalCell> | undefined;
  readonly styles: readonly (CellStyle | undefined)[] | undefined;
}

/** What the checked sheet needs to know of the input before its first row. */
export interface CheckedSheetPlan {
  /** Cells in the input's longest row: the output columns go to the right of them. */
  readonly width: number;
  /** The first rows, for the columns' widths. */
  readonly headRows: readonly (readonly CellValue[])[];
  /** Column widths and hidden columns of an .xlsx input, by column index. */
  readonly columns: readonly (ColumnFormat | undefined)[];
  /** Rows hidden in the input: hidden in the checked copy. */
  readonly hiddenRows: ReadonlySet<number>;
  /** The input's merged cells (of an .xlsx sheet): merged in the checked copy too (keptMergedAreas). */
  readonly mergedAreas: readonly MergedArea[];
  /** The notes on the input's cells (of an .xlsx sheet): on the same cells of the checked copy. */
  readonly notes: CellNotes;
}

/** What exceljs 4.4's streaming sheet writes after its rows as <mergeCell ref="…"/>, one per entry's text. */
interface MergeInternals {
  readonly _merges: { toString(): string }[];
}

/**
 * The input's merged areas the checked copy merges again, so that it shows what the input shows (a shipment's
 * number merged over its lines, read in each of them, looks the same) and a re-check reads it as the first check
 * did. An area over a column the check writes in from the header row down (an output column) would hide what it
 * wrote under the area's top-left value, and is left out; so is one whose VAT rate cell, not its top-left, the
 * check fills (CheckedSheetWriter.writeRow).
 */
function keptMergedAreas(
  areas: readonly MergedArea[],
  outputIndexes: readonly number[],
  headerRowIndex: number,
): MergedArea[] {
  return areas.filter(
    (area) =>
      area.bottom < headerRowIndex ||
      !outputIndexes.some((column) => column >= area.left && column <= area.right),
  );
}

/**
 * The checked sheet: every cell of the input sheet as it was, the output columns to the right of it (or in
 * place where an earlier run put them), empty "VAT rate" cells filled, status colours, frozen header, filter.
 * Rows come in sheet order, each once. A sheet longer than `maxRows` goes on in further sheets (named by
 * `nextName`), each with the header row first.
 */
export class CheckedSheetWriter {
  /** Column index (0-based) of each output column, in OUTPUT_COLUMNS order. */
  readonly outputIndexes: readonly number[];
  /** The sheets written, the first one first. */
  readonly names: string[] = [];
  private sheet!: ExcelJS.Worksheet;
  private xmlRows!: XmlRows;
  private readonly width: number;
  private readonly widths: readonly number[];
  private readonly headerRowIndex: number;
  private readonly vatColumn: number | undefined;
  private readonly outputAt: Map<number, number>;
  /** The header row as written, to begin each further sheet with. */
  private header:
    { values: OriginalCell[]; styleOf: (column: number, value: unknown) => CellStyle } | undefined;
  /** Sheet row number of input row index 0 minus 1, on the sheet being written (further sheets start at the header). */
  private rowShift = 0;
  private lastRowNumber = 0;
  /** The VAT rates filled in, by sheet row number: the checker's own, recorded in the Audit sheet. */
  private readonly filledVatRates = new Map<number, number>();
  /** Cells whose text held characters XML forbids (removed in the copy): the first few, and how many in all. */
  readonly cleanedCells: string[] = [];
  cleanedCount = 0;
  private writing = 0;
  private lastCleaned = "";
  private readonly noteCleaned = (column: number): void => {
    const address = `${columnLetters(column)}${this.writing + 1}`;
    // A hyperlink's text and target are cleaned one after the other: one cell.
    if (address === this.lastCleaned) return;
    this.lastCleaned = address;
    if (this.cleanedCount++ < CLEANED_CELLS_LISTED) this.cleanedCells.push(address);
  };
  /** The input's merged areas to merge again (keptMergedAreas), until one hides a VAT rate filled in. */
  private readonly mergedAreas: Set<MergedArea>;
  /** The areas over the VAT rate cell of a row, where that cell is not the area's top-left, by row index. */
  private readonly mergedOverVatRate = new Map<number, MergedArea>();
  /** The input row index of the sheet's first row: 0, or on a further sheet the one after its copy of the header. */
  private firstIndex = 0;
  private readonly visibleRow: RowOptions = { onCleaned: this.noteCleaned };
  private readonly hiddenRow: RowOptions = { hidden: true, onCleaned: this.noteCleaned };

  constructor(
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly pacer: ZipPacer,
    name: string,
    private readonly plan: CheckedSheetPlan,
    private readonly layout: SheetLayout,
    private readonly maxRows: number,
    private readonly nextName: () => string,
  ) {
    this.headerRowIndex = layout.headerRowIndex;
    let next = plan.width;
    this.outputIndexes = OUTPUT_COLUMNS.map((column) => layout.outputColumns[column] ?? next++);
    this.width = next;
    this.outputAt = new Map(this.outputIndexes.map((column, position) => [column, position]));
    this.vatColumn = layout.columns.vatRate;
    const measured = measuredWidths(plan.headRows, this.headerRowIndex, this.width);
    this.widths = measured.map((width, column) => {
      const position = this.outputAt.get(column);
      const fixed = position === undefined ? undefined : OUTPUT_COLUMN_FACTS[OUTPUT_COLUMNS[position]].width;
      // An .xlsx input's own widths and hidden columns are kept (sheet-format.ts reads them from its <col> tags).
      return fixed ?? plan.columns[column]?.width ?? width;
    });
    this.mergedAreas = new Set(keptMergedAreas(plan.mergedAreas, this.outputIndexes, this.headerRowIndex));
    const vatColumn = this.vatColumn;
    if (vatColumn !== undefined)
      for (const area of this.mergedAreas)
        if (area.left <= vatColumn && vatColumn <= area.right)
          for (let index = Math.max(area.top, this.headerRowIndex + 1); index <= area.bottom; index++)
            if (index > area.top || vatColumn > area.left) this.mergedOverVatRate.set(index, area);
    this.open(name, this.headerRowIndex + 1);
  }

  private open(name: string, headerRowNumber: number): void {
    this.names.push(name);
    this.sheet = this.workbook.addWorksheet(name, { views: frozenHeader(headerRowNumber) });
    this.xmlRows = new XmlRows(this.sheet, this.workbook);
    for (let column = 0; column < this.width; column++) {
      const sheetColumn = this.sheet.getColumn(column + 1);
      sheetColumn.width = this.widths[column];
      if (this.plan.columns[column]?.hidden === true) sheetColumn.hidden = true;
    }
  }

  /**
   * Writes the sheet row at `index`, with the outcome of its check when it is a checked row. Every few thousand
   * rows it waits for the zip to catch up (ZipPacer).
   */
  async writeRow(index: number, row: InputRow, outcome: CheckedRow | undefined): Promise<void> {
    const { cells, originals, styles } = row;
    const isHeader = index === this.headerRowIndex;
    const below = index > this.headerRowIndex;
    if (below && index - this.rowShift + 1 > this.maxRows) this.goOn(index);
    const values: OriginalCell[] = new Array<OriginalCell>(below || isHeader ? this.width : cells.length);
    for (let column = 0; column < cells.length; column++)
      values[column] = originals?.get(column) ?? storedValue(cells[column]);
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
    const rowNumber = index - this.rowShift + 1;
    if (
      outcome !== undefined &&
      outcome.vatRate !== null &&
      this.vatColumn !== undefined &&
      isEmptyCell(cells[this.vatColumn])
    ) {
      values[this.vatColumn] = outcome.vatRate;
      filled = true;
      const hiding = this.mergedOverVatRate.get(index);
      if (hiding !== undefined) this.mergedAreas.delete(hiding);
      // The record names rows of the first sheet: a re-check reads that one.
      if (this.rowShift === 0) this.filledVatRates.set(rowNumber, outcome.vatRate);
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
    if (isHeader) this.header = { values, styleOf };
    this.writing = rowNumber - 1;
    // Hidden rows of the input stay hidden.
    const rowOptions = this.plan.hiddenRows.has(index) ? this.hiddenRow : this.visibleRow;
    // Notes on the first sheet only: exceljs 4.4 gives every sheet's notes the same drawing ids, which Excel takes
    // for a damaged file when two sheets have notes (exceljs PR #3070). An .xlsx input fits one sheet anyway.
    const notes = this.rowShift === 0 ? this.plan.notes.get(index) : undefined;
    if (below && originals === undefined && notes === undefined) {
      // Without originals every cell is a plain value: a sheet cell, an output or the VAT rate filled in.
      this.xmlRows.add(rowNumber, values as StoredCell[], styleOf, rowOptions);
    } else {
      // The header and the rows above it, and rows with cells that are more than a value (links, rich text,
      // formulas, errors) or with notes go through exceljs.
      this.xmlRows.flush();
      writeRow(
        this.sheet,
        rowNumber,
        values,
        styleOf,
        notes === undefined ? rowOptions : { ...rowOptions, notes },
      );
    }
    this.lastRowNumber = rowNumber;
    await this.pacer.row(this.sheet);
  }

  /** Ends the sheet at Excel's limit and goes on in a new one, the header row first, row `index` after it. */
  private goOn(index: number): void {
    this.endSheet();
    this.open(this.nextName(), 1);
    const header = this.header as NonNullable<typeof this.header>;
    writeRow(this.sheet, 1, header.values, header.styleOf, this.visibleRow);
    this.rowShift = index - 1;
    this.firstIndex = index;
    this.lastRowNumber = 1;
  }

  /** What this sheet's writer wrote, for the Audit sheet: a re-check of the checked workbook reads it back. */
  record(): WrittenRecord {
    return {
      sheet: this.names[0],
      outputs: OUTPUT_COLUMNS.map((name, position) => ({
        header: this.layout.outputHeaders[name],
        letter: columnLetters(this.outputIndexes[position]),
      })),
      ...(this.vatColumn === undefined ? {} : { vatColumn: columnLetters(this.vatColumn) }),
      filledVatRates: formatFilledVatRates(this.filledVatRates),
    };
  }

  /** Status colours on the data rows, the filter over header and data, and the end of the last sheet. */
  finish(): void {
    this.endSheet();
  }

  private endSheet(): void {
    this.xmlRows.flush();
    const headerRowNumber = this.rowShift === 0 ? this.headerRowIndex + 1 : 1;
    const lastRow = Math.max(this.lastRowNumber, headerRowNumber + 1);
    const status = columnLetters(this.outputIndexes[OUTPUT_COLUMNS.indexOf("Status")]);
    this.sheet.addConditionalFormatting({
      ref: `${status}${headerRowNumber + 1}:${status}${lastRow}`,
      rules: STATUSES.map((name, priority) => ({
        type: "cellIs",
        operator: "equal",
        formulae: [`"${name}"`],
        priority: priority + 1,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${STATUS_COLOURS[name].fill}` } },
          font: { color: { argb: `FF${STATUS_COLOURS[name].font}` }, bold: STATUS_COLOURS[name].bold },
        },
      })),
    });
    this.sheet.autoFilter = `A${headerRowNumber}:${columnLetters(this.width - 1)}${lastRow}`;
    this.mergeAgain();
    this.sheet.commit();
  }

  /**
   * The kept merged areas that lie wholly in the rows of the sheet being written, at their rows there: those of a
   * further sheet one row below their place on it, after its header; an area over two sheets cannot be merged.
   */
  private mergeAgain(): void {
    const last = this.lastRowNumber + this.rowShift - 1;
    const merges = (this.sheet as unknown as MergeInternals)._merges;
    for (const area of this.mergedAreas)
      if (area.top >= this.firstIndex && area.bottom <= last)
        merges.push(
          mergedAreaAddress({ ...area, top: area.top - this.rowShift, bottom: area.bottom - this.rowShift }),
        );
  }
}

/** Rows of label and value, as on the Summary sheet. */
/** A line of the Summary sheet: label, value, the value's style (WRAP_STYLE if none), what the value means. */
export type SummaryLine = readonly [label: string, value: StoredCell, style?: CellStyle, detail?: string];

/**
 * The checked workbook, written by exceljs's streaming writer into `output` sheet by sheet: the checked sheet,
 * then the Summary, the pro forma sheets, the VAT deferral statement and the Audit sheet. `commit` ends it.
 */
export class CheckedWorkbook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  /** One pacer for the whole workbook: it counts the rows written to every sheet. */
  private readonly pacer = new ZipPacer();

  constructor(output: WriteStream) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      ...WRITER_OPTIONS,
      stream: output,
      zip: { zlib: { ...WRITER_OPTIONS.zip.zlib } },
    });
  }

  /** The checked sheet, written row by row (CheckedSheetWriter), over several sheets beyond `maxRows` rows. */
  checkedSheet(
    name: string,
    plan: CheckedSheetPlan,
    layout: SheetLayout,
    maxRows: number,
    nextName: () => string,
  ): CheckedSheetWriter {
    return new CheckedSheetWriter(this.workbook, this.pacer, name, plan, layout, maxRows, nextName);
  }

  /** The Summary sheet: a title, then a row of label, value and (where it helps) what the value means per line. */
  summarySheet(name: string, title: string, lines: readonly SummaryLine[]): void {
    const sheet = this.workbook.addWorksheet(name);
    sheet.getColumn(1).width = 36;
    sheet.getColumn(2).width = 70;
    sheet.getColumn(3).width = 80;
    writeRow(sheet, 1, [title], () => TITLE_STYLE);
    lines.forEach(([label, value, style, detail], position) => {
      writeRow(sheet, position + 3, [label, value, detail], (column) =>
        column === 0 ? LABEL_STYLE : column === 1 ? (style ?? WRAP_STYLE) : WRAP_STYLE,
      );
    });
    sheet.commit();
  }

  /**
   * A pro forma sheet: its own columns at the facts' widths, bold header and totals, money to the cent, A4
   * landscape at 100 % when the columns fit, else one page wide, the header on each page (proFormaPrintFit, as
   * the task pane). The title and header go through exceljs; the lines, often as many as the checked sheet has,
   * as XmlRows, read back as they are written (StreamedProFormaSheet). Beyond `maxRows` rows the lines go on in the
   * next of `names`, under the column headers again.
   */
  async proFormaSheet(
    names: readonly string[],
    proForma: StreamedProFormaSheet,
    maxRows: number,
  ): Promise<void> {
    const fits = proFormaPrintFit(proForma.columns) === "100 %";
    const totals = new Set(proForma.totalRowIndexes);
    const lineStyle = proFormaStyle(proForma.columns, false);
    const totalStyle = proFormaStyle(proForma.columns, true);
    const headerStyle = () => PRO_FORMA_HEADER_STYLE;
    const open = (name: string, headerRowNumber: number) => {
      const sheet = this.workbook.addWorksheet(name, {
        pageSetup: printSetup(name, headerRowNumber, fits),
        views: frozenHeader(headerRowNumber),
      });
      proForma.columns.forEach(
        (column, index) => (sheet.getColumn(index + 1).width = PRO_FORMA_COLUMN_FACTS[column].width),
      );
      // Set before writeRow commits the header row to the stream.
      sheet.getRow(headerRowNumber).height = PRO_FORMA_HEADER_ROW_POINTS;
      return sheet;
    };
    let part = 0;
    let sheet = open(names[0], proForma.headerRowIndex + 1);
    let rows: XmlRows | undefined;
    let header: readonly StoredCell[] = [];
    /** Sheet row number of row index 0, less one, on the sheet being written. */
    let shift = 0;
    let index = 0;
    for (const cells of proForma.rows()) {
      if (index - shift + 1 > maxRows) {
        rows?.flush();
        sheet.commit();
        sheet = open(names[++part], 1);
        writeRow(sheet, 1, header as OriginalCell[], headerStyle);
        rows = new XmlRows(sheet, this.workbook);
        shift = index - 1;
      }
      if (index <= proForma.headerRowIndex) {
        const style =
          index === 0
            ? TITLE_STYLE
            : index === proForma.headerRowIndex
              ? PRO_FORMA_HEADER_STYLE
              : PLAIN_STYLE;
        writeRow(sheet, index + 1, cells as OriginalCell[], () => style);
        if (index === proForma.headerRowIndex) {
          header = cells;
          rows = new XmlRows(sheet, this.workbook);
        }
      } else {
        (rows as XmlRows).add(index - shift + 1, cells, totals.has(index) ? totalStyle : lineStyle);
        await this.pacer.row(sheet);
      }
      index++;
    }
    rows?.flush();
    sheet.commit();
  }

  /**
   * The VAT deferral statement (src/sheet/vat-deferral.ts): the title bold, the header bold and wrapped, a line per
   * shipment × regime × destination × rate with money to the cent and the rate as a percentage, Treatment and VAT
   * numbers wrapped (rows as tall as their words), the totals bold, the notes below them as plain lines; the
   * columns at the facts' widths, printed as the pro forma is (A4 landscape, header on every page), header frozen.
   * A few rows per shipment: all go through exceljs.
   */
  async vatDeferralSheet(name: string, statement: VatDeferralSheet): Promise<void> {
    const headerRowNumber = statement.headerRowIndex + 1;
    const widths = VAT_DEFERRAL_COLUMNS.map((column) => VAT_DEFERRAL_COLUMN_FACTS[column].width);
    const points = widths.reduce((total, width) => total + columnWidthPoints(width), 0);
    const sheet = this.workbook.addWorksheet(name, {
      pageSetup: printSetup(name, headerRowNumber, points <= PRO_FORMA_PRINTABLE_POINTS),
      views: frozenHeader(headerRowNumber),
    });
    widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
    const lineStyles = vatDeferralStyles(false);
    const totalStyles = vatDeferralStyles(true);
    const totals = new Set(statement.totalRowIndexes);
    const lastTotal = Math.max(statement.headerRowIndex, ...statement.totalRowIndexes);
    const wrapped = (column: number) =>
      VAT_DEFERRAL_COLUMN_FACTS[VAT_DEFERRAL_COLUMNS[column]]?.wrap === true;
    for (const [index, cells] of statement.rows.entries()) {
      let styleOf: (column: number) => CellStyle;
      let height: number | undefined;
      if (index === 0) styleOf = () => TITLE_STYLE;
      else if (index === statement.headerRowIndex) {
        styleOf = () => PRO_FORMA_HEADER_STYLE;
        // Every header wraps within its column.
        height = wrappedRowPoints(cells, widths, () => true);
      } else if (index < statement.headerRowIndex || index > lastTotal) styleOf = () => PLAIN_STYLE;
      else {
        const styles = totals.has(index) ? totalStyles : lineStyles;
        styleOf = (column) => styles[column] ?? PLAIN_STYLE;
        height = wrappedRowPoints(cells, widths, wrapped);
      }
      // Set before writeRow commits the row to the stream.
      if (height !== undefined) sheet.getRow(index + 1).height = height;
      writeRow(sheet, index + 1, cells as OriginalCell[], styleOf);
      await this.pacer.row(sheet);
    }
    sheet.commit();
  }

  /**
   * The audit log: earlier rows carried over from a re-checked workbook's Audit sheet, then this check's row,
   * followed by the record of what the check wrote (`record`), which a re-check of the checked workbook reads back.
   */
  auditSheet(
    name: string,
    earlier: readonly (readonly CellValue[])[],
    auditRow: readonly CellValue[],
    record?: WrittenRecord,
    language: AnyLanguage = "en",
  ): void {
    const row = record === undefined ? auditRow : [...auditRow, ...auditRecordCells(record, language)];
    const sheet = this.workbook.addWorksheet(name);
    const widths = [
      ...AUDIT_COLUMNS.map((column) => AUDIT_COLUMN_FACTS[column].width),
      ...AUDIT_RECORD_WIDTHS,
    ];
    widths.forEach((width, column) => (sheet.getColumn(column + 1).width = width));
    writeRow(sheet, 1, auditHeaders(language), () => HEADER_STYLE);
    // The log goes on under this check's header whatever language the earlier checks wrote theirs in.
    const carried =
      earlier.length > 0 && isAuditHeader(earlier[0])
        ? earlier.slice(1).filter((cells) => cells.some((cell) => !isEmptyCell(cell)))
        : [];
    [...carried, row].forEach((cells, position) =>
      writeRow(sheet, position + 2, cells as OriginalCell[], (column) => AUDIT_STYLES[column] ?? PLAIN_STYLE),
    );
    sheet.commit();
  }

  /** Ends the workbook: the last parts are written and the zip is finished. */
  commit(): Promise<void> {
    return this.workbook.commit();
  }
}
