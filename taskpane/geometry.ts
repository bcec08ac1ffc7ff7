/**
 * Cell geometry for the Excel adapter: 0-based rectangles (as Range.rowIndex / columnIndex report them) and the
 * A1 addresses users read. Pure (the rows' words are the pane's language's).
 */
import { columnLetters } from "../src/sheet";
import { paneWords } from "./pane-language";

/** A block of cells, 0-based like Range.rowIndex and Range.columnIndex. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function lastRow(rect: Rect): number {
  return rect.row + rect.rowCount - 1;
}

export function lastColumn(rect: Rect): number {
  return rect.column + rect.columnCount - 1;
}

/** The cells two blocks share, or undefined when they share none. */
export function intersectRects(a: Rect, b: Rect): Rect | undefined {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const last = Math.min(lastRow(a), lastRow(b));
  const right = Math.min(lastColumn(a), lastColumn(b));
  if (last < row || right < column) return undefined;
  return { row, column, rowCount: last - row + 1, columnCount: right - column + 1 };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1:F20", or "B3" for a single cell. */
export function rectAddress(rect: Rect): string {
  const first = cellAddress(rect.row, rect.column);
  return rect.rowCount === 1 && rect.columnCount === 1
    ? first
    : `${first}:${cellAddress(lastRow(rect), lastColumn(rect))}`;
}

/** Groups sorted, distinct column indexes into runs of adjacent columns: [3,4,5,9] → [[3,3 cols],[9,1 col]]. */
export function adjacentRuns(indexes: readonly number[]): { start: number; count: number }[] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const index of sorted) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.count === index) last.count += 1;
    else runs.push({ start: index, count: 1 });
  }
  return runs;
}

/** "rows 2–9", "row 4", "rows 2, 5 and 8 more": sheet row numbers for a message, in the pane's words. */
export function describeRows(rows: readonly number[], shown = 5): string {
  const words = paneWords().rows;
  if (rows.length === 0) return words.none;
  if (rows.length === 1) return words.one({ row: rows[0] });
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted[sorted.length - 1] - sorted[0] === sorted.length - 1;
  if (contiguous) return words.range({ first: sorted[0], last: sorted[sorted.length - 1] });
  return words.list({
    rows: sorted.slice(0, shown).map(String),
    more: Math.max(0, sorted.length - shown),
  });
}
