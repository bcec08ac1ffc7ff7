import { type CellValue } from "../sheet";
import { columnLetter } from "./columns";

/**
 * SpreadsheetML rows for sheets the product itself fills with plain text and numbers (the pro forma), written the
 * way exceljs 4.4 writes them (lib/xlsx/xform/sheet/row-xform.js and cell-xform.js: inline strings as t="str",
 * XML escaping as utils.xmlEncode). Going through exceljs's cell objects costs about ten times more per cell,
 * and a 100,000-line pro forma is as large as the checked sheet itself. test/cli/sheet-xml.test.ts checks the
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

/**
 * One row: text and numbers only (empty cells are left out), each cell with the style id `styleOf` gives
 * (0 for none, as exceljs omits it).
 */
export function rowXml(
  rowNumber: number,
  cells: readonly CellValue[],
  styleOf: (column: number) => number,
): string {
  let first = 0;
  let last = 0;
  let body = "";
  for (let column = 0; column < cells.length; column++) {
    const value = cells[column];
    if (value === null || value === undefined || value === "") continue;
    if (first === 0) first = column + 1;
    last = column + 1;
    const style = styleOf(column);
    const reference = `${LETTERS[column] ?? columnLetter(column + 1)}${rowNumber}`;
    const styleAttribute = style === 0 ? "" : ` s="${style}"`;
    if (typeof value === "number") {
      body += `<c r="${reference}"${styleAttribute}><v>${value}</v></c>`;
    } else if (typeof value === "string") {
      body += `<c r="${reference}"${styleAttribute} t="str"><v>${xmlText(value)}</v></c>`;
    } else {
      throw new Error(`rowXml writes text and numbers only, not ${String(value)}`);
    }
  }
  const spans = first > 0 ? ` spans="${first}:${last}"` : "";
  return `<row r="${rowNumber}"${spans} x14ac:dyDescent="0.25">${body}</row>`;
}
