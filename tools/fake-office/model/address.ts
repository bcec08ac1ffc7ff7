/** A1 addresses: parsing and formatting the way Excel writes them ("'My Sheet'!A1:C5", "Sheet1!A:A"). */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based like Excel's rowIndex/columnIndex. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function rect(row: number, column: number, rowCount: number, columnCount: number): Rect {
  return { row, column, rowCount, columnCount };
}

export function isInsideGrid(r: Rect): boolean {
  return (
    Number.isInteger(r.row) &&
    Number.isInteger(r.column) &&
    Number.isInteger(r.rowCount) &&
    Number.isInteger(r.columnCount) &&
    r.row >= 0 &&
    r.column >= 0 &&
    r.rowCount >= 1 &&
    r.columnCount >= 1 &&
    r.row + r.rowCount <= MAX_ROWS &&
    r.column + r.columnCount <= MAX_COLUMNS
  );
}

export function isEntireColumn(r: Rect): boolean {
  return r.row === 0 && r.rowCount === MAX_ROWS;
}

export function isEntireRow(r: Rect): boolean {
  return r.column === 0 && r.columnCount === MAX_COLUMNS;
}

export function cellCount(r: Rect): number {
  return r.rowCount * r.columnCount;
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1:C5", "B2", "A:C" or "2:5" relative to its sheet (no sheet name). */
export function formatRect(r: Rect): string {
  // The whole sheet is both; Excel writes it as rows ("1:1048576").
  if (isEntireRow(r)) return `${r.row + 1}:${r.row + r.rowCount}`;
  if (isEntireColumn(r)) {
    return `${columnLetters(r.column)}:${columnLetters(r.column + r.columnCount - 1)}`;
  }
  const start = `${columnLetters(r.column)}${r.row + 1}`;
  if (r.rowCount === 1 && r.columnCount === 1) return start;
  return `${start}:${columnLetters(r.column + r.columnCount - 1)}${r.row + r.rowCount}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  row?: number;
  column?: number;
}

function parseCorner(text: string): Corner | undefined {
  const cell = CELL.exec(text);
  if (cell) return { column: columnIndex(cell[1]!), row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(text);
  if (column) return { column: columnIndex(column[1]!) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return undefined;
}

/** Parses a sheet-relative reference; undefined when it is not an A1 reference inside the grid. */
export function parseRect(reference: string): Rect | undefined {
  const parts = reference.trim().split(":");
  if (parts.length > 2) return undefined;
  const first = parseCorner(parts[0]!);
  const second = parts.length === 2 ? parseCorner(parts[1]!) : first;
  if (!first || !second) return undefined;
  const bothCells =
    first.row !== undefined &&
    first.column !== undefined &&
    second.row !== undefined &&
    second.column !== undefined;
  const bothColumns =
    first.row === undefined &&
    second.row === undefined &&
    first.column !== undefined &&
    second.column !== undefined;
  const bothRows =
    first.column === undefined &&
    second.column === undefined &&
    first.row !== undefined &&
    second.row !== undefined;
  // "A" alone or "5" alone is a name in Excel, not a range.
  if (parts.length === 1 && !bothCells) return undefined;
  let result: Rect;
  if (bothCells) {
    result = spanning(first.row!, first.column!, second.row!, second.column!);
  } else if (bothColumns) {
    result = spanning(0, first.column!, MAX_ROWS - 1, second.column!);
  } else if (bothRows) {
    result = spanning(first.row!, 0, second.row!, MAX_COLUMNS - 1);
  } else {
    return undefined;
  }
  return isInsideGrid(result) ? result : undefined;
}

function spanning(row1: number, column1: number, row2: number, column2: number): Rect {
  const row = Math.min(row1, row2);
  const column = Math.min(column1, column2);
  return rect(row, column, Math.abs(row2 - row1) + 1, Math.abs(column2 - column1) + 1);
}

/** Excel quotes sheet names that are not plain identifiers or that look like references. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name);
  const looksLikeReference = /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
  if (plain && !looksLikeReference) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, r: Rect): string {
  return `${quoteSheetName(sheetName)}!${formatRect(r)}`;
}

/** Splits "'My Sheet'!A1:B2" into its sheet name and reference; sheet is undefined when absent. */
export function splitSheet(address: string): { sheet?: string; reference: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { reference: address };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, reference: address.slice(bang + 1) };
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return undefined;
  return rect(row, column, rowEnd - row, columnEnd - column);
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  const rowEnd = Math.max(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.max(a.column + a.columnCount, b.column + b.columnCount);
  return rect(row, column, rowEnd - row, columnEnd - column);
}

/** a minus b as at most four rectangles (used when a range is cleared of conditional formats). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const pieces: Rect[] = [];
  const aRowEnd = a.row + a.rowCount;
  const cutRowEnd = cut.row + cut.rowCount;
  if (cut.row > a.row) pieces.push(rect(a.row, a.column, cut.row - a.row, a.columnCount));
  if (cutRowEnd < aRowEnd) pieces.push(rect(cutRowEnd, a.column, aRowEnd - cutRowEnd, a.columnCount));
  if (cut.column > a.column) pieces.push(rect(cut.row, a.column, cut.rowCount, cut.column - a.column));
  const aColumnEnd = a.column + a.columnCount;
  const cutColumnEnd = cut.column + cut.columnCount;
  if (cutColumnEnd < aColumnEnd)
    pieces.push(rect(cut.row, cutColumnEnd, cut.rowCount, aColumnEnd - cutColumnEnd));
  return pieces;
}
