import {
  type CellValue,
  type NumberEvidence,
  NumberEvidenceTally,
  findHeaderRow,
  mapColumns,
} from "../sheet";
import { WordedError, type Wording } from "./errors";

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

/**
 * UTF-16 text by its byte order mark: Excel's "Unicode Text" export is UTF-16LE with a BOM (and tab-separated);
 * big-endian files come from older Mac tools.
 */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** UTF-16 text without its BOM (a last odd byte, from a file cut short, is left out). */
function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + 2, (bytes.byteLength - 2) & ~1);
  // Node decodes little-endian only: big-endian is byte-swapped into a copy first.
  return (encoding === "utf-16le" ? body : Buffer.from(body).swap16()).toString("utf16le");
}

/**
 * UTF-16 without a BOM shows as ASCII with a NUL byte beside each character: said so instead of "not text".
 */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) & ~1;
  if (end < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = end / 2;
  return Math.max(evenZeros, oddZeros) > pairs * 0.6 && Math.min(evenZeros, oddZeros) < pairs * 0.05;
}

/**
 * The file's text. UTF-16 with a BOM is read as such; bytes that are not UTF-8 are read as Windows-1252, which
 * Excel's plain "CSV" export writes.
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== undefined) return decodeUtf16(bytes, utf16);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Text files have no NUL bytes (UTF-16 aside, known by its BOM); images, zip files and other binaries do. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Encoding(bytes) !== undefined) return false;
  const end = Math.min(bytes.length, 8192);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Fields read to find the header are cut to this length (see parseRows). */
const SNIFFED_FIELD_LENGTH = 1000;
/** Excel holds at most this many characters in a cell. */
const MAX_CELL_LENGTH = 32_767;

/**
 * CSV text that cannot be read without losing rows: a quote that never closes takes the rest of the file into
 * one cell, and a cell longer than Excel holds is almost always a quote closed far too late. `line` is the
 * file's line (1-based) where the field starts, as a text editor numbers it.
 */
export class CsvProblem extends WordedError {
  constructor(
    readonly line: number,
    wording: Wording,
  ) {
    super(wording);
    this.name = "CsvProblem";
  }
}

/** The line (1-based) of the text at `index`: CRLF, LF and a lone CR each end a line. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = 0; at < index; at++) {
    const code = text.charCodeAt(at);
    if (code === LF || (code === CR && text.charCodeAt(at + 1) !== LF)) line++;
  }
  return line;
}

function unclosedQuote(text: string, quoteAt: number): CsvProblem {
  const line = lineAt(text, quoteAt);
  // The line break that ends the file ends its last line; it opens none.
  const end = text.length - (/\r\n$/.test(text) ? 2 : /[\r\n]$/.test(text) ? 1 : 0);
  const rest = lineAt(text, end) - line;
  return new CsvProblem(line, (w) =>
    rest === 0 ? w.csv.unclosedQuoteLine({ line }) : w.csv.unclosedQuoteFile({ line, rest }),
  );
}

function misplacedQuote(text: string, quoteAt: number, closeAt: number): CsvProblem {
  const line = lineAt(text, quoteAt);
  const closes = lineAt(text, closeAt);
  return new CsvProblem(line, (w) => w.csv.misplacedQuote({ line, closes }));
}

function longCell(text: string, fieldAt: number, length: number): CsvProblem {
  const line = lineAt(text, fieldAt);
  return new CsvProblem(line, (w) => w.csv.longCell({ line, length, limit: MAX_CELL_LENGTH }));
}

/**
 * Parses CSV text into rows of fields (RFC 4180, leniently: a quote inside an unquoted field is kept as text,
 * text after a closing quote is appended). `maxRows` stops early. Throws CsvProblem for a quote never closed
 * and a cell longer than Excel holds.
 */
function parseCsv(text: string, separator: Separator, maxRows = Infinity): string[][] {
  return parseRows(text, separator, 0, maxRows, true).rows;
}

/**
 * Parses up to `maxRows` rows from `start` (the start of a row) and says where the next row starts: the text in
 * pieces gives the same rows as in one go. Throws CsvProblem as parseCsv does.
 */
export function parseCsvFrom(
  text: string,
  separator: Separator,
  start: number,
  maxRows: number,
): { rows: string[][]; next: number } {
  return parseRows(text, separator, start, maxRows, true);
}

/**
 * The parser. `whole` says the text is the whole file: false for the head that sniffs the separator, which may
 * end inside a quoted field, and whose long "fields" may come from trying the wrong separator.
 */
function parseRows(
  text: string,
  separator: Separator,
  start: number,
  maxRows: number,
  whole: boolean,
): { rows: string[][]; next: number } {
  const rows: string[][] = [];
  const sep = separator.charCodeAt(0);
  const length = text.length;
  let row: string[] = [];
  let index = start;
  while (index < length && rows.length < maxRows) {
    let field: string;
    const fieldAt = index;
    if (text.charCodeAt(index) === QUOTE) {
      // Quoted field: runs to the next quote that is not doubled.
      let value = "";
      let start = index + 1;
      for (;;) {
        const quote = text.indexOf('"', start);
        if (quote === -1) {
          if (whole) throw unclosedQuote(text, fieldAt);
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
      if (rest !== index && whole && /[\r\n]/.test(value)) {
        // A quote that closes in the middle of text, lines after it opened ('5" screen' on a later line), is a
        // quote left open: the lines between would silently become one cell.
        throw misplacedQuote(text, fieldAt, rest - 1);
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
    if (field.length > MAX_CELL_LENGTH && whole) throw longCell(text, fieldAt, field.length);
    // Sniffing, a quote left open makes one field of the whole head: no header is that long, and reading
    // headers from such a field costs seconds.
    if (!whole && field.length > SNIFFED_FIELD_LENGTH) field = field.slice(0, SNIFFED_FIELD_LENGTH);
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
    const rows = parseRows(head, separator, 0, 30, false).rows;
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
function csvCell(field: string): CellValue {
  if (field === "") return null;
  const first = field.charCodeAt(0);
  // Only fields that start with a digit or a minus sign can be plain numbers; skip the regex for the rest.
  if ((first >= 48 && first <= 57) || first === 45) {
    if (PLAIN_NUMBER.test(field) && digitCount(field) <= 15 && !TWO_READINGS.test(field))
      return Number(field);
  }
  return field;
}

/**
 * "1.299" is 1.299 in a file that writes "19.99" and 1299 in one that writes "19,99": it stays text, for the
 * sheet logic to read with the file's decimal mark (src/sheet/number-conventions.ts).
 */
const TWO_READINGS = /^-?[1-9]\d{0,2}\.\d{3}$/;

/** How the fields of a CSV file write their numbers: the evidence of every field, and the separator. */
export function csvNumberEvidence(text: string, separator: Separator): NumberEvidence {
  const tally = new NumberEvidenceTally();
  for (let offset = 0; offset < text.length;) {
    const { rows, next } = parseCsvFrom(text, separator, offset, 10_000);
    if (next <= offset) break;
    offset = next;
    for (const fields of rows)
      for (let column = 0; column < fields.length; column++) tally.addText(column, fields[column]);
  }
  return tally.evidence(separator);
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

/** Rows of cells from CSV text, with the separator that was detected and how the fields write numbers. */
export function readCsvCells(text: string): {
  separator: Separator;
  rows: CellValue[][];
  numberEvidence: NumberEvidence;
} {
  const separator = detectSeparator(text);
  const fields = parseCsv(text, separator);
  const tally = new NumberEvidenceTally();
  for (const line of fields)
    for (let column = 0; column < line.length; column++) tally.addText(column, line[column]);
  return { separator, rows: csvCells(fields), numberEvidence: tally.evidence(separator) };
}

/**
 * The first row below the header with a value beyond the header's last column, as a CsvProblem naming its line;
 * undefined when there is none. In a comma-separated file a price written with a decimal comma and no quotes
 * ("12,99") is two fields: every later value of the row moves one column to the right, under the wrong header,
 * and the last one lands under none. That row cannot be read right, so the file is refused, not guessed at.
 */
export function valuesBeyondHeader(
  rows: readonly (readonly CellValue[])[],
  headerRowIndex: number,
): CsvProblem | undefined {
  const header = rows[headerRowIndex] ?? [];
  let width = header.length;
  while (width > 0 && isBlankField(header[width - 1])) width--;
  for (let index = headerRowIndex + 1; index < rows.length; index++) {
    const cells = rows[index];
    if (cells.length <= width) continue;
    let last = cells.length;
    while (last > width && isBlankField(cells[last - 1])) last--;
    if (last === width) continue;
    const line = lineOfRow(rows, index);
    const at = cells.findIndex((cell, column) => column >= width && !isBlankField(cell));
    const extra = cells.slice(at, last).filter((cell) => !isBlankField(cell)).length - 1;
    const text = String(cells[at]);
    const value = text.length > 30 ? `${text.slice(0, 27)}...` : text;
    return new CsvProblem(line, (w) =>
      w.csv.valuesBeyondHeader({ line, values: last, headers: width, value, column: at + 1, more: extra }),
    );
  }
  return undefined;
}

const isBlankField = (cell: CellValue | undefined) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** The file's line (1-based) where row `index` starts: one line per row, plus the line breaks inside quoted fields. */
function lineOfRow(rows: readonly (readonly CellValue[])[], index: number): number {
  let line = index + 1;
  for (let row = 0; row < index; row++)
    for (const cell of rows[row])
      if (typeof cell === "string" && /[\r\n]/.test(cell)) line += cell.match(/\r\n|\n|\r/g)?.length ?? 0;
  return line;
}
