import { type CellValue, findHeaderRow, mapColumns } from "../sheet";

/**
 * CSV files as product lists come: comma or semicolon separated (Excel writes semicolons where the decimal
 * separator is a comma, as in Belgium), UTF-8 with or without a byte order mark, quoted fields with separators,
 * quotes and line breaks inside.
 */
export type Separator = "," | ";" | "\t";
const SEPARATORS: readonly Separator[] = [",", ";", "\t"];

/**
 * Windows-1252 differs from Latin-1 in 0x80–0x9F (€, curly quotes, dashes, Š, Ž…). Node's TextDecoder reads
 * "windows-1252" as Latin-1, so those bytes are mapped here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/** The file's text. Bytes that are not UTF-8 are read as Windows-1252, which Excel's plain "CSV" export writes. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Text files have no NUL bytes; images, zip files and other binaries do. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses CSV text into rows of fields (RFC 4180, leniently: a quote inside an unquoted field is kept as text,
 * text after a closing quote is appended). `maxRows` stops early, for sniffing the separator.
 */
export function parseCsv(text: string, separator: Separator, maxRows = Infinity): string[][] {
  return parseCsvFrom(text, separator, 0, maxRows).rows;
}

/**
 * Parses up to `maxRows` rows from `start` (the start of a row) and says where the next row starts: the text in
 * pieces gives the same rows as in one go.
 */
export function parseCsvFrom(
  text: string,
  separator: Separator,
  start: number,
  maxRows: number,
): { rows: string[][]; next: number } {
  const rows: string[][] = [];
  const sep = separator.charCodeAt(0);
  const length = text.length;
  let row: string[] = [];
  let index = start;
  while (index < length && rows.length < maxRows) {
    let field: string;
    if (text.charCodeAt(index) === QUOTE) {
      // Quoted field: runs to the next quote that is not doubled.
      let value = "";
      let start = index + 1;
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote === -1) {
          value += text.slice(start);
          index = length;
          break;
        }
        value += text.slice(start, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          start = quote + 2;
          continue;
        }
        index = quote + 1;
        break;
      }
      // Anything between the closing quote and the separator belongs to the field (lenient, as Excel does).
      const rest = index;
      while (index < length) {
        const code = text.charCodeAt(index);
        if (code === sep || code === LF || code === CR) break;
        index++;
      }
      field = rest === index ? value : value + text.slice(rest, index);
    } else {
      const start = index;
      while (index < length) {
        const code = text.charCodeAt(index);
        if (code === sep || code === LF || code === CR) break;
        index++;
      }
      field = text.slice(start, index);
    }
    row.push(field);
    if (index >= length) break;
    const code = text.charCodeAt(index);
    index++;
    if (code === sep) {
      // A separator at the very end of the text still opens one last, empty field.
      if (index >= length) row.push("");
      continue;
    }
    if (code === CR && text.charCodeAt(index) === LF) index++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0 && rows.length < maxRows) rows.push(row);
  return { rows, next: Math.min(index, length) };
}

/**
 * The separator is the one that makes a header row appear among the first lines (the header need not be the
 * first line); without any header, the one the first non-empty line uses most.
 */
export function detectSeparator(text: string): Separator {
  const head = text.slice(0, 64 * 1024);
  let best: { separator: Separator; mapped: number } | undefined;
  for (const separator of SEPARATORS) {
    const rows = parseCsv(head, separator, 30);
    const headerRowIndex = findHeaderRow(rows);
    if (headerRowIndex === undefined) continue;
    const layout = mapColumns(rows[headerRowIndex], headerRowIndex);
    const mapped = Object.keys(layout.columns).length;
    if (best === undefined || mapped > best.mapped) best = { separator, mapped };
  }
  if (best !== undefined) return best.separator;
  const firstLine = head.split(/\r\n|\n|\r/).find((line) => line.trim() !== "") ?? "";
  const count = (separator: Separator) => firstLine.split(separator).length;
  return SEPARATORS.reduce((most, separator) => (count(separator) > count(most) ? separator : most), ",");
}

/**
 * Integers up to 11 digits without a leading zero, with decimals after a point, at most 15 significant
 * digits: Excel shows these as the same number. Codes with leading zeros ("0403170701"), long identifiers
 * (EANs), decimal commas, percentages and dates stay text so nothing the user wrote is altered; the sheet's
 * cell readers read such text as numbers where a number is meant.
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,10})(?:\.\d{1,14})?$/;

function digitCount(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** A CSV field as a cell: empty → nothing, a plain number → a number (as Excel would show it), else the text. */
export function csvCell(field: string): CellValue {
  if (field === "") return null;
  const first = field.charCodeAt(0);
  // Only fields that start with a digit or a minus sign can be plain numbers; skip the regex for the rest.
  if ((first >= 48 && first <= 57) || first === 45) {
    if (PLAIN_NUMBER.test(field) && digitCount(field) <= 15) return Number(field);
  }
  return field;
}

/** Rows of fields as rows of cells. */
export function csvCells(fields: readonly (readonly string[])[]): CellValue[][] {
  const rows: CellValue[][] = new Array(fields.length);
  for (let r = 0; r < fields.length; r++) {
    const line = fields[r];
    const cells: CellValue[] = new Array(line.length);
    for (let c = 0; c < line.length; c++) cells[c] = csvCell(line[c]);
    rows[r] = cells;
  }
  return rows;
}

/** Rows of cells from CSV text, with the separator that was detected. */
export function readCsvCells(text: string): { separator: Separator; rows: CellValue[][] } {
  const separator = detectSeparator(text);
  return { separator, rows: csvCells(parseCsv(text, separator)) };
}
