/**
 * What an action writes into the workbook, as data: blocks of cell values, and formats on blocks of cells. The
 * actions' plans are made of these (pure, unit-tested); excel-adapter.ts turns them into Office.js calls. Pure.
 */
import { type CellValue } from "../src/sheet";
import { type Rect } from "./geometry";

/** A rectangular write: values for the cells from (row, column), on a worksheet. Rows and columns are 0-based. */
export interface CellBlockWrite<Cell = CellValue> {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly Cell[])[];
  /** A number format for every cell of the block, set just before its values (in the same request). */
  readonly numberFormat?: string;
  /** False for a header's cells: progress and "n of m rows" count the rows below the header. */
  readonly counted?: false;
}

/** A format for a block of cells: one number format for every cell, bold text, or both. */
export interface CellFormat extends Rect {
  readonly sheet: string;
  readonly numberFormat?: string;
  readonly bold?: true;
}

/** Cells of one column as blocks of consecutive rows, each written from its first row: [[v], [v], ...]. */
export function columnWrites(
  sheet: string,
  column: number,
  cells: readonly { readonly row: number; readonly value: CellValue }[],
): CellBlockWrite[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const writes: { sheet: string; row: number; column: number; values: CellValue[][] }[] = [];
  for (const { row, value } of sorted) {
    const last = writes[writes.length - 1];
    if (last !== undefined && last.row + last.values.length === row) last.values.push([value]);
    else writes.push({ sheet, row, column, values: [[value]] });
  }
  return writes;
}

/** True when one of the writes covers the cell (row, column) of the sheet. */
export function writesCell(
  writes: readonly CellBlockWrite[],
  sheet: string,
  row: number,
  column: number,
): boolean {
  return writes.some(
    (write) =>
      write.sheet === sheet &&
      row >= write.row &&
      row < write.row + write.values.length &&
      column >= write.column &&
      column < write.column + (write.values[0]?.length ?? 0),
  );
}

/** Rows (0-based, of the sheet) that the writes cover. */
export function rowsWritten(writes: readonly CellBlockWrite[]): Set<number> {
  const rows = new Set<number>();
  for (const write of writes) write.values.forEach((_, i) => rows.add(write.row + i));
  return rows;
}

/**
 * Counts the rows of the planned writes (header writes left out) that have been written whole, as the written
 * blocks come in: a row whose cells go in several blocks or chunks is written when the last of them is.
 */
export class RowTally {
  private readonly pending = new Map<string, number>();
  /** Rows the planned writes cover, and rows written whole so far. */
  readonly planned: number;
  done = 0;

  constructor(planned: readonly CellBlockWrite[]) {
    for (const write of planned)
      this.visit(write, (key, cells) => this.pending.set(key, (this.pending.get(key) ?? 0) + cells));
    this.planned = this.pending.size;
  }

  /** Takes blocks that went through (pieces of the planned writes). */
  add(written: readonly CellBlockWrite[]): void {
    for (const write of written)
      this.visit(write, (key, cells) => {
        const left = (this.pending.get(key) ?? 0) - cells;
        this.pending.set(key, left);
        if (left === 0) this.done += 1;
      });
  }

  private visit(write: CellBlockWrite, each: (key: string, cells: number) => void): void {
    if (write.counted === false) return;
    const cells = write.values[0]?.length ?? 0;
    if (cells === 0) return;
    write.values.forEach((_, index) => each(`${write.sheet}\u0000${write.row + index}`, cells));
  }
}

/** The key of a cell in a set of cells left out of writes ("Shipment", 11, 21 → "11:21@Shipment"). */
export const cellSetKey = (sheet: string, row: number, column: number) => `${row}:${column}@${sheet}`;

/**
 * A write without some of its cells (`holes`, by cellSetKey): the columns without holes stay in blocks together,
 * the columns with holes are written in runs of rows around them. Cells the user chose to keep are never written.
 */
export function writeAround<Cell>(
  write: CellBlockWrite<Cell>,
  holes: ReadonlySet<string>,
): CellBlockWrite<Cell>[] {
  const width = write.values[0]?.length ?? 0;
  const holed = (row: number, column: number) =>
    holes.has(cellSetKey(write.sheet, write.row + row, write.column + column));
  const holedColumns = new Set<number>();
  for (let column = 0; column < width; column++)
    if (write.values.some((_, row) => holed(row, column))) holedColumns.add(column);
  if (holedColumns.size === 0) return [write];
  const slice = (column: number, count: number, from: number, to: number): CellBlockWrite<Cell> => ({
    ...write,
    row: write.row + from,
    column: write.column + column,
    values: write.values.slice(from, to).map((cells) => cells.slice(column, column + count)),
  });
  const parts: CellBlockWrite<Cell>[] = [];
  let column = 0;
  while (column < width) {
    if (!holedColumns.has(column)) {
      let end = column;
      while (end < width && !holedColumns.has(end)) end++;
      parts.push(slice(column, end - column, 0, write.values.length));
      column = end;
      continue;
    }
    let from = 0;
    for (let row = 0; row <= write.values.length; row++) {
      if (row < write.values.length && !holed(row, column)) continue;
      if (row > from) parts.push(slice(column, 1, from, row));
      from = row + 1;
    }
    column++;
  }
  return parts;
}

/** A one-column format without the cells in `holes`: in runs of rows around them. */
export function formatAround(format: CellFormat, holes: ReadonlySet<string>): CellFormat[] {
  if (format.columnCount !== 1) return [format];
  const parts: CellFormat[] = [];
  let from = format.row;
  for (let row = format.row; row <= format.row + format.rowCount; row++) {
    const end = row === format.row + format.rowCount;
    if (!end && !holes.has(cellSetKey(format.sheet, row, format.column))) continue;
    if (row > from) parts.push({ ...format, row: from, rowCount: row - from });
    from = row + 1;
  }
  return parts;
}
