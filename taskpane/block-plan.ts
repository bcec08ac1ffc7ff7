/**
 * Which cells an action reads and where new columns go, decided from the source's geometry, a scan of its first
 * rows and what the add-in recorded about the sheet. Pure.
 */
import {
  type CellValue,
  type Field,
  HEADER_SCAN_ROWS,
  type MappingOverrides,
  INPUT_COLUMNS,
  cellText,
  findHeaderRow,
  headerKey,
  isOutputHeader,
} from "../src/sheet";
import { type Rect, lastColumn, lastRow } from "./geometry";
import { type SheetRecord, ownedColumn } from "./ownership";

/** Columns scanned to the right of a table or selection for the add-in's own columns. */
export const SCAN_EXTRA_COLUMNS = 16;

export interface BlockPlan {
  /** 0-based sheet row of the header row. */
  readonly headerRow: number;
  /** The columns the sheet logic sees: the source plus the add-in's columns beside it. */
  readonly left: number;
  readonly right: number;
  /** Header texts of columns left..right. */
  readonly headers: readonly string[];
}

/** The columns a scan must cover: the source and, to its right, where the add-in's columns may be. */
export function scanRect(source: Rect, record: SheetRecord | undefined, usedRight: number): Rect {
  const owned = Math.max(-1, ...(record?.columns ?? []).map((column) => column.column));
  const right = Math.min(
    Math.max(lastColumn(source), owned, Math.min(usedRight, lastColumn(source) + SCAN_EXTRA_COLUMNS)),
    16_383,
  );
  return {
    row: source.row,
    column: source.column,
    rowCount: Math.min(source.rowCount, HEADER_SCAN_ROWS),
    columnCount: right - source.column + 1,
  };
}

/**
 * Finds the header row in the source's columns, then widens the block to the right over columns the add-in writes
 * (output headers next to the data, and columns it recorded as its own). Undefined when no row looks like a header.
 */
export function planBlock(
  source: Rect,
  scan: readonly (readonly CellValue[])[],
  record: SheetRecord | undefined,
  mappedHeaders?: ReadonlyMap<string, Field>,
): BlockPlan | undefined {
  const width = source.columnCount;
  const headerIndex = findHeaderRow(
    scan.map((row) => row.slice(0, width)),
    mappedHeaders,
  );
  if (headerIndex === undefined) return undefined;
  const headerCells = scan[headerIndex] ?? [];
  const headerAt = (column: number) => cellText(headerCells[column - source.column]).trim();
  let right = lastColumn(source);
  const scanRight = source.column + Math.max(width, headerCells.length) - 1;
  while (right < scanRight) {
    const header = headerAt(right + 1);
    const owned = header === "" ? undefined : record === undefined ? undefined : ownedColumn(record, header);
    if (header === "" || !(isOutputHeader(header) || owned !== undefined)) break;
    right += 1;
  }
  for (const column of record?.columns ?? []) {
    if (
      column.column > right &&
      column.column <= scanRight &&
      headerKey(headerAt(column.column)) === headerKey(column.header)
    )
      right = column.column;
  }
  const headers: string[] = [];
  for (let column = source.column; column <= right; column++) headers.push(headerAt(column));
  return { headerRow: source.row + headerIndex, left: source.column, right, headers };
}

/** The rows to read: the source's, and those the add-in's fingerprints cover (so they can be checked). */
export function readRows(source: Rect, record: SheetRecord | undefined): { first: number; last: number } {
  const covered = (record?.columns ?? []).filter(
    (column) => column.fingerprint !== undefined || column.whole !== undefined,
  );
  return {
    first: source.row,
    last: Math.max(lastRow(source), ...covered.map((column) => column.lastRow)),
  };
}

/** The user's mapping (field → header text) as overrides for the sheet logic (field → column index in the block). */
export function mappingOverrides(
  mapping: Readonly<Record<string, string | null>> | undefined,
  headers: readonly string[],
): MappingOverrides {
  const overrides: Partial<Record<Field, number | null>> = {};
  for (const { field } of INPUT_COLUMNS) {
    const header = mapping?.[field];
    if (header === undefined) continue;
    if (header === null) {
      overrides[field] = null;
      continue;
    }
    let index = headers.indexOf(header);
    if (index < 0) index = headers.findIndex((text) => headerKey(text) === headerKey(header));
    if (index >= 0) overrides[field] = index;
  }
  return overrides;
}

/** Where new columns go: next to the block when those cells are empty, else right of everything used. */
export function appendAt(blockRight: number, usedRight: number, adjacentEmpty: boolean): number {
  return adjacentEmpty ? blockRight + 1 : Math.max(blockRight, usedRight) + 1;
}
