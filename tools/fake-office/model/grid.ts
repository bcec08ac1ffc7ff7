import { rect, type Rect } from "./address";
import { isEmptyFormat, type CellFormat } from "./cell-format";
import { EMPTY, isEmptyValue, type CellValue } from "./cell-value";

/** One stored cell. A cell with no value, formula or format is not stored at all. */
export interface Cell {
  value: CellValue;
  formula?: string;
  format?: CellFormat;
}

/** A sparse grid: rows of columns, so reading a block of rows touches only those rows. */
export class CellGrid {
  private readonly rows = new Map<number, Map<number, Cell>>();

  get(row: number, column: number): Cell | undefined {
    return this.rows.get(row)?.get(column);
  }

  ensure(row: number, column: number): Cell {
    let cells = this.rows.get(row);
    if (!cells) {
      cells = new Map();
      this.rows.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell) {
      cell = { value: EMPTY };
      cells.set(column, cell);
    }
    return cell;
  }

  /** Drops the cell when nothing is left in it, keeping the used range honest. */
  prune(row: number, column: number): void {
    const cells = this.rows.get(row);
    const cell = cells?.get(column);
    if (!cells || !cell) return;
    if (isEmptyValue(cell.value) && cell.formula === undefined && isEmptyFormat(cell.format)) {
      cells.delete(column);
      if (cells.size === 0) this.rows.delete(row);
    }
  }

  /** Calls fn for every stored cell inside r (not for empty positions). */
  forEachIn(r: Rect, fn: (cell: Cell, row: number, column: number) => void): void {
    const rowEnd = r.row + r.rowCount;
    const columnEnd = r.column + r.columnCount;
    const visitRow = (row: number, cells: Map<number, Cell>) => {
      if (cells.size <= r.columnCount) {
        for (const [column, cell] of cells)
          if (column >= r.column && column < columnEnd) fn(cell, row, column);
      } else {
        for (let column = r.column; column < columnEnd; column++) {
          const cell = cells.get(column);
          if (cell) fn(cell, row, column);
        }
      }
    };
    if (this.rows.size <= r.rowCount) {
      for (const [row, cells] of this.rows) if (row >= r.row && row < rowEnd) visitRow(row, cells);
    } else {
      for (let row = r.row; row < rowEnd; row++) {
        const cells = this.rows.get(row);
        if (cells) visitRow(row, cells);
      }
    }
  }

  forEach(fn: (cell: Cell, row: number, column: number) => void): void {
    for (const [row, cells] of this.rows) for (const [column, cell] of cells) fn(cell, row, column);
  }

  /**
   * The bounding box of the cells in use: with values or formulas, and also formatted ones unless
   * valuesOnly (Worksheet.getUsedRange semantics). undefined for a blank sheet.
   */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.forEach((cell, row, column) => {
      const used =
        !isEmptyValue(cell.value) ||
        cell.formula !== undefined ||
        (!valuesOnly && !isEmptyFormat(cell.format));
      if (!used) return;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
    if (bottom < 0) return undefined;
    return rect(top, left, bottom - top + 1, right - left + 1);
  }

  /** Moves every cell at or below fromRow within the given columns down by `by` rows (an insert). */
  shiftDown(fromRow: number, column: number, columnCount: number, by: number): void {
    const affected = [...this.rows.keys()].filter((row) => row >= fromRow).sort((a, b) => b - a);
    for (const row of affected) {
      const cells = this.rows.get(row)!;
      for (let c = column; c < column + columnCount; c++) {
        const cell = cells.get(c);
        if (!cell) continue;
        cells.delete(c);
        if (cells.size === 0) this.rows.delete(row);
        const target = this.ensure(row + by, c);
        Object.assign(target, cell);
      }
    }
  }
}
