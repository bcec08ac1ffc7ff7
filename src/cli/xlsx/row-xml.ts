import { type StoredCell, columnLetters, isUncalculatedFormula } from "../../sheet";

/**
 * SpreadsheetML rows of plain cells (text, numbers, true/false, dates), written the way exceljs 4.4 writes them
 * (lib/xlsx/xform/sheet/row-xform.js and cell-xform.js: inline strings as t="str", booleans as t="b", dates as
 * serial numbers, XML escaping as utils.xmlEncode). Going through exceljs's cell objects costs several times
 * more per cell: on a 100,000-row sheet most of the CLI's writing time. test/cli/row-xml.test.ts checks the
 * output against exceljs's own (EXCELJS_VERSION_CHECKED, exceljs-version.ts).
 */

/*
 * Characters XML 1.0 cannot hold (a workbook with one is not valid XML: Excel and LibreOffice drop the rows
 * after it): control characters other than tab, line feed and carriage return, the non-characters U+FFFE and
 * U+FFFF, and surrogates that are not half of a pair. DEL is valid XML but exceljs drops it, and so does this.
 * The quick test matches any surrogate too (an emoji is a valid pair): the slow path tells pairs apart.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be matched
const FORBIDDEN_TEST = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/;
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- as above
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- as above
const NEEDS_ENCODING = /[<>&'"\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENCODED =
  // eslint-disable-next-line no-control-regex -- as above
  /[<>&'"]|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

/** Text as XML can hold it: characters XML forbids removed (`onDropped` is told), a pair of surrogates kept. */
export function storableText(text: string, onDropped?: () => void): string {
  if (!FORBIDDEN_TEST.test(text)) return text;
  let dropped = false;
  const kept = text.replace(FORBIDDEN, (match) => {
    if (match.length === 2) return match;
    dropped = true;
    return "";
  });
  if (dropped) onDropped?.();
  return kept;
}

/** Text escaped for XML, characters XML forbids removed (`onDropped` is told). */
function xmlText(text: string, onDropped?: () => void): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  let dropped = false;
  const encoded = text.replace(ENCODED, (match) => {
    if (match.length === 2) return match;
    const entity = ENTITIES[match];
    if (entity !== undefined) return entity;
    dropped = true;
    return "";
  });
  if (dropped) onDropped?.();
  return encoded;
}

/** What a row carries besides its cells: hidden, and who is told about a cell whose text had to be cleaned. */
export interface RowOptions {
  readonly hidden?: boolean;
  readonly onCleaned?: (column: number) => void;
}

/** Column letters of the first columns, computed once: every cell reference needs one. */
const LETTERS: readonly string[] = Array.from({ length: 64 }, (_, index) => columnLetters(index));

const MS_PER_DAY = 24 * 3600 * 1000;
/** Excel's serial number of a date (1900 date system), as exceljs's utils.dateToExcel computes it. */
const excelSerial = (date: Date) => 25569 + date.getTime() / MS_PER_DAY;

/**
 * One row of plain cells (empty cells are left out, and a row with none), each cell with the style id `styleOf`
 * gives (0 for none, as exceljs omits it). Text is written as valid XML whatever it holds (see storableText).
 */
export function rowXml(
  rowNumber: number,
  cells: readonly StoredCell[],
  styleOf: (column: number, value: number | string | boolean | Date) => number,
  options: RowOptions = {},
): string {
  const { onCleaned } = options;
  let first = 0;
  let last = 0;
  let body = "";
  for (let column = 0; column < cells.length; column++) {
    const value = cells[column];
    if (value === null || value === undefined || value === "") continue;
    // A formula without a result is written from its original by exceljs (workbook-writer.ts), never here.
    if (isUncalculatedFormula(value))
      throw new Error(`rowXml writes plain cells only, not =${value.formula}`);
    if (first === 0) first = column + 1;
    last = column + 1;
    const style = styleOf(column, value);
    const reference = `${LETTERS[column] ?? columnLetters(column)}${rowNumber}`;
    const styleAttribute = style === 0 ? "" : ` s="${style}"`;
    if (typeof value === "number") {
      body += `<c r="${reference}"${styleAttribute}><v>${value}</v></c>`;
    } else if (typeof value === "string") {
      const text = xmlText(value);
      // Rarely different (escaped or cleaned): only then is it worth asking which.
      if (text !== value && onCleaned !== undefined && storableText(value) !== value) onCleaned(column);
      body += `<c r="${reference}"${styleAttribute} t="str"><v>${text}</v></c>`;
    } else if (typeof value === "boolean") {
      body += `<c r="${reference}"${styleAttribute} t="b"><v>${value ? 1 : 0}</v></c>`;
    } else if (value instanceof Date) {
      body += `<c r="${reference}"${styleAttribute}><v>${excelSerial(value)}</v></c>`;
    } else {
      throw new Error(`rowXml writes plain cells only, not ${String(value)}`);
    }
  }
  // exceljs writes no row without a value.
  if (first === 0) return "";
  // exceljs's attribute order (row-xform.js): r, hidden, spans, x14ac:dyDescent.
  const hidden = options.hidden === true ? ' hidden="1"' : "";
  return `<row r="${rowNumber}"${hidden} spans="${first}:${last}" x14ac:dyDescent="0.25">${body}</row>`;
}
