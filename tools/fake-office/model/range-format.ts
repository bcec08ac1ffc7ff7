import { MAX_ROWS, isEntireColumn, isEntireRow, rect, type Rect } from "./address";
import {
  DEFAULT_BORDER,
  applyPatch,
  type BorderSide,
  type BorderStyle,
  type CellFormat,
  type FormatKey,
  type FormatPatch,
} from "./cell-format";
import { formatText } from "./number-format";
import type { SheetModel } from "./sheet";

/**
 * Sets formats on a range. Whole columns / whole rows keep the format on the column / row (as
 * Excel does) instead of materialising a million cells; the cells already stored there get it too.
 */
export function applyFormat(sheet: SheetModel, r: Rect, patch: FormatPatch): void {
  const layer = (formats: Map<number, CellFormat>, start: number, count: number) => {
    for (let i = start; i < start + count; i++) {
      const format = formats.get(i) ?? {};
      applyPatch(format, patch);
      formats.set(i, format);
    }
    sheet.cells.forEachIn(r, (cell, row, column) => {
      cell.format ??= {};
      applyPatch(cell.format, patch);
      sheet.cells.prune(row, column);
    });
  };
  if (isEntireColumn(r)) return layer(sheet.columnFormats, r.column, r.columnCount);
  if (isEntireRow(r)) return layer(sheet.rowFormats, r.row, r.rowCount);
  for (let row = r.row; row < r.row + r.rowCount; row++) {
    for (let column = r.column; column < r.column + r.columnCount; column++) {
      const cell = sheet.cells.ensure(row, column);
      cell.format ??= {};
      applyPatch(cell.format, patch);
      sheet.cells.prune(row, column);
    }
  }
}

/** A format property of a range: the common value, or null when the cells differ (Excel's rule). */
export function readFormat<K extends FormatKey>(sheet: SheetModel, r: Rect, key: K): CellFormat[K] | null {
  return uniform(r, (row, column) => sheet.formatOf(row, column, key));
}

function uniform<T>(r: Rect, valueAt: (row: number, column: number) => T): T | null {
  const first = valueAt(r.row, r.column);
  for (let row = r.row; row < r.row + r.rowCount; row++) {
    for (let column = r.column; column < r.column + r.columnCount; column++) {
      if (!same(valueAt(row, column), first)) return null;
    }
  }
  return first;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export type BorderIndex = BorderSide | "InsideHorizontal" | "InsideVertical";

/** The cells and the side of each cell that a border index of the range stands for. */
function borderCells(r: Rect, index: BorderIndex): { area: Rect; side: BorderSide } | undefined {
  const lastRow = r.row + r.rowCount - 1;
  const lastColumn = r.column + r.columnCount - 1;
  switch (index) {
    case "EdgeTop":
      return { area: rect(r.row, r.column, 1, r.columnCount), side: "EdgeTop" };
    case "EdgeBottom":
      return { area: rect(lastRow, r.column, 1, r.columnCount), side: "EdgeBottom" };
    case "EdgeLeft":
      return { area: rect(r.row, r.column, r.rowCount, 1), side: "EdgeLeft" };
    case "EdgeRight":
      return { area: rect(r.row, lastColumn, r.rowCount, 1), side: "EdgeRight" };
    case "InsideHorizontal":
      return r.rowCount < 2
        ? undefined
        : { area: rect(r.row, r.column, r.rowCount - 1, r.columnCount), side: "EdgeBottom" };
    case "InsideVertical":
      return r.columnCount < 2
        ? undefined
        : { area: rect(r.row, r.column, r.rowCount, r.columnCount - 1), side: "EdgeRight" };
  }
}

export function setBorder(
  sheet: SheetModel,
  r: Rect,
  index: BorderIndex,
  change: Partial<BorderStyle>,
): void {
  const target = borderCells(r, index);
  if (!target) return;
  const key = `border${target.side}` as const;
  for (let row = target.area.row; row < target.area.row + target.area.rowCount; row++) {
    for (let column = target.area.column; column < target.area.column + target.area.columnCount; column++) {
      const current = sheet.formatOf(row, column, key) ?? DEFAULT_BORDER;
      applyFormat(sheet, rect(row, column, 1, 1), { [key]: { ...current, ...change } });
    }
  }
}

export function readBorder(sheet: SheetModel, r: Rect, index: BorderIndex): BorderStyle | null {
  const target = borderCells(r, index);
  if (!target) return DEFAULT_BORDER;
  const key = `border${target.side}` as const;
  return uniform(target.area, (row, column) => sheet.formatOf(row, column, key) ?? DEFAULT_BORDER);
}

/** Approximate Calibri 11 metrics: about 5.6 points per character plus cell padding. */
const POINTS_PER_CHARACTER = 5.6;
const PADDING_POINTS = 5.25;

/**
 * Range.format.autofitColumns(): widths from the longest displayed text in each column of the range, measured over
 * the whole column as Excel does, not only the range's rows (office-js #5999, #1017): a long title above a table
 * widens its column.
 */
export function autofitColumns(sheet: SheetModel, r: Rect): void {
  const longest = new Map<number, number>();
  sheet.cells.forEachIn(rect(0, r.column, MAX_ROWS, r.columnCount), (cell, row, column) => {
    const text = formatText(cell.value, sheet.numberFormatOf(row, column));
    const bold = sheet.formatOf(row, column, "fontBold") ? 1.1 : 1;
    longest.set(column, Math.max(longest.get(column) ?? 0, text.length * bold));
  });
  for (let column = r.column; column < r.column + r.columnCount; column++) {
    sheet.autofittedColumns.add(column);
    const characters = longest.get(column);
    if (characters === undefined || characters === 0) continue;
    sheet.columnWidths.set(
      column,
      Math.round((characters * POINTS_PER_CHARACTER + PADDING_POINTS) * 100) / 100,
    );
  }
}
