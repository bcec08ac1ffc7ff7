import { type CellValue } from "../sheet";
import { columnLetter } from "./columns";

/**
 * SpreadsheetML rows of plain cells (text, numbers, true/false, dates), written the way exceljs 4.4 writes them
 * (lib/xlsx/xform/sheet/row-xform.js and cell-xform.js: inline strings as t="str", booleans as t="b", dates as
 * serial numbers, XML escaping as utils.xmlEncode). Going through exceljs's cell objects costs several times
 * more per cell: on a 100,000-row sheet most of the CLI's writing time. test/cli/sheet-xml.test.ts checks the
 * output against exceljs's own.
 */

/** Characters XML cannot hold: control characters other than tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be matched
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const ENTITIES: Readonly<Record<string, string>> = {
  '"': "&quot;",
  "&": "&amp;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

export function xmlText(text: string): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  // eslint-disable-next-line no-control-regex -- as above
  return text.replace(/[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g, (character) => ENTITIES[character] ?? "");
}

/** Column letters of the first columns, computed once: every cell reference needs one. */
const LETTERS: readonly string[] = Array.from({ length: 64 }, (_, index) => columnLetter(index + 1));

const MS_PER_DAY = 24 * 3600 * 1000;
/** Excel's serial number of a date (1900 date system), as exceljs's utils.dateToExcel computes it. */
const excelSerial = (date: Date) => 25569 + date.getTime() / MS_PER_DAY;

/**
 * One row of plain cells (empty cells are left out, and a row with none), each cell with the style id `styleOf`
 * gives (0 for none, as exceljs omits it).
 */
export function rowXml(
  rowNumber: number,
  cells: readonly CellValue[],
  styleOf: (column: number, value: number | string | boolean | Date) => number,
): string {
  let first = 0;
  let last = 0;
  let body = "";
  for (let column = 0; column < cells.length; column++) {
    const value = cells[column];
    if (value === null || value === undefined || value === "") continue;
    if (first === 0) first = column + 1;
    last = column + 1;
    const style = styleOf(column, value);
    const reference = `${LETTERS[column] ?? columnLetter(column + 1)}${rowNumber}`;
    const styleAttribute = style === 0 ? "" : ` s="${style}"`;
    if (typeof value === "number") {
      body += `<c r="${reference}"${styleAttribute}><v>${value}</v></c>`;
    } else if (typeof value === "string") {
      body += `<c r="${reference}"${styleAttribute} t="str"><v>${xmlText(value)}</v></c>`;
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
  return `<row r="${rowNumber}" spans="${first}:${last}" x14ac:dyDescent="0.25">${body}</row>`;
}
