import type { Rect } from "./address";
import { rect } from "./address";
import type { SheetModel } from "./sheet";

/** An Excel table. rect includes the header row when showHeaders is on. */
export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheet: SheetModel;
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
  /** Stable ids of the columns, left to right (TableColumn.id). */
  columnIds: number[];
  nextColumnId: number;
  deleted: boolean;
}

export function headerRect(table: TableModel): Rect | undefined {
  if (!table.showHeaders) return undefined;
  return rect(table.rect.row, table.rect.column, 1, table.rect.columnCount);
}

export function dataBodyRect(table: TableModel): Rect {
  const offset = table.showHeaders ? 1 : 0;
  const totals = table.showTotals ? 1 : 0;
  return rect(
    table.rect.row + offset,
    table.rect.column,
    table.rect.rowCount - offset - totals,
    table.rect.columnCount,
  );
}

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

/** Excel's rules for table names: an identifier that is not a cell reference, up to 255 characters. */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || !TABLE_NAME.test(name)) return false;
  return !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name) && !/^[RrCc]$/.test(name);
}

/** Header texts of a table, read from its header row (Excel keeps them as text). */
export function headerNames(table: TableModel): string[] {
  const header = headerRect(table);
  return Array.from({ length: table.rect.columnCount }, (_, j) => {
    if (!header) return `Column${j + 1}`;
    const cell = table.sheet.cells.get(header.row, header.column + j);
    return cell ? String(typeof cell.value === "object" ? cell.value.error : cell.value) : "";
  });
}

/** Excel makes header names non-empty and unique (case-insensitively) by numbering them. */
export function uniqueHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((name, j) => {
    let candidate = name === "" ? `Column${j + 1}` : name;
    let n = 2;
    while (seen.has(candidate.toLowerCase())) candidate = `${name === "" ? `Column${j + 1}` : name}${n++}`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
