import { Messages, hostErrors } from "../protocol/errors";
import type { Json } from "../protocol/json";
import { isEntireColumn, isEntireRow, type Rect } from "./address";
import { GENERAL, parseCellInput, type CellInput } from "./cell-input";
import { EMPTY, apiValue, valueTypeOf, type CellValue } from "./cell-value";
import { clearArea } from "./conditional-format";
import { formatText } from "./number-format";
import type { SheetModel } from "./sheet";
import { growTablesRight } from "./table-ops";
import type { WorkbookModel } from "./workbook";

type Matrix<T> = T[][];

function matrix<T>(r: Rect, fill: (row: number, column: number) => T): Matrix<T> {
  const rows: Matrix<T> = new Array(r.rowCount);
  for (let i = 0; i < r.rowCount; i++) {
    const line: T[] = new Array(r.columnCount);
    for (let j = 0; j < r.columnCount; j++) line[j] = fill(r.row + i, r.column + j);
    rows[i] = line;
  }
  return rows;
}

function valueAt(sheet: SheetModel, row: number, column: number): CellValue {
  return sheet.cells.get(row, column)?.value ?? EMPTY;
}

export function readValues(sheet: SheetModel, r: Rect): Matrix<number | string | boolean> {
  return matrix(r, (row, column) => apiValue(valueAt(sheet, row, column)));
}

export function readFormulas(sheet: SheetModel, r: Rect): Matrix<number | string | boolean> {
  return matrix(r, (row, column) => {
    const cell = sheet.cells.get(row, column);
    if (!cell) return "";
    return cell.formula ?? apiValue(cell.value);
  });
}

export function readText(sheet: SheetModel, r: Rect): Matrix<string> {
  return matrix(r, (row, column) =>
    formatText(valueAt(sheet, row, column), sheet.numberFormatOf(row, column)),
  );
}

export function readNumberFormats(sheet: SheetModel, r: Rect): Matrix<string> {
  return matrix(r, (row, column) => sheet.numberFormatOf(row, column));
}

export function readValueTypes(sheet: SheetModel, r: Rect): Matrix<string> {
  return matrix(r, (row, column) => valueTypeOf(valueAt(sheet, row, column)));
}

/**
 * Walks the input for a range property write: a 2-D array of exactly the range's shape, or one
 * scalar that Excel applies to every cell. Anything else is InvalidArgument before any cell changes.
 */
function forEachInput(r: Rect, input: Json, fn: (raw: Json, row: number, column: number) => void): void {
  if (Array.isArray(input)) {
    const shapeOk =
      input.length === r.rowCount &&
      input.every((line) => Array.isArray(line) && line.length === r.columnCount);
    if (!shapeOk) throw hostErrors.invalidArgument(Messages.dimensionMismatch);
    for (let i = 0; i < r.rowCount; i++) {
      const line = input[i] as Json[];
      for (let j = 0; j < r.columnCount; j++) fn(line[j]!, r.row + i, r.column + j);
    }
    return;
  }
  if (input === null || typeof input === "object") throw hostErrors.invalidArgument();
  for (let row = r.row; row < r.row + r.rowCount; row++) {
    for (let column = r.column; column < r.column + r.columnCount; column++) fn(input, row, column);
  }
}

/**
 * Range.values / Range.formulas setter (both take typed input the same way). With tableAutoExpand (the host's
 * option), a table grows over the columns written right of it, as desktop Excel's AutoCorrect does (growTablesRight).
 */
export function writeCells(
  workbook: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  input: Json,
  tableAutoExpand = false,
): void {
  const parsed: { row: number; column: number; input: CellInput }[] = [];
  // Parse everything first: one bad element must leave the whole range untouched.
  forEachInput(r, input, (raw, row, column) => {
    parsed.push({ row, column, input: parseCellInput(raw, sheet.numberFormatOf(row, column)) });
  });
  for (const { row, column, input: cellInput } of parsed) applyInput(workbook, sheet, row, column, cellInput);
  if (!tableAutoExpand) return;
  // parsed is in row-major order over r, as forEachInput walks it.
  growTablesRight(workbook, sheet, r, (row, column) => {
    const cellInput = parsed[(row - r.row) * r.columnCount + (column - r.column)]?.input;
    return cellInput?.kind === "formula" || (cellInput?.kind === "constant" && cellInput.value !== EMPTY);
  });
}

function applyInput(
  workbook: WorkbookModel,
  sheet: SheetModel,
  row: number,
  column: number,
  input: CellInput,
): void {
  switch (input.kind) {
    case "unchanged":
      return;
    case "clear": {
      const cell = sheet.cells.get(row, column);
      if (!cell) return;
      cell.value = EMPTY;
      delete cell.formula;
      sheet.cells.prune(row, column);
      return;
    }
    case "constant": {
      const cell = sheet.cells.ensure(row, column);
      cell.value = input.value;
      delete cell.formula;
      if (input.numberFormat !== undefined)
        cell.format = { ...cell.format, numberFormat: input.numberFormat };
      return;
    }
    case "formula": {
      const cell = sheet.cells.ensure(row, column);
      cell.formula = input.formula;
      cell.value = workbook.formulaEvaluator?.(input.formula, { sheet: sheet.name, row, column }) ?? 0;
      return;
    }
  }
}

/** Range.numberFormat setter: null keeps a cell's format, "" resets it to General. */
export function writeNumberFormats(sheet: SheetModel, r: Rect, input: Json): void {
  const writes: { row: number; column: number; format: string }[] = [];
  forEachInput(r, input, (raw, row, column) => {
    if (raw === null) return;
    if (typeof raw !== "string") throw hostErrors.invalidArgument();
    writes.push({ row, column, format: raw === "" ? GENERAL : raw });
  });
  for (const { row, column, format } of writes) {
    const cell = sheet.cells.ensure(row, column);
    cell.format = { ...cell.format, numberFormat: format };
    sheet.cells.prune(row, column);
  }
}

export type ClearTarget =
  "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

export function clearRange(sheet: SheetModel, r: Rect, applyTo: ClearTarget): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats" || applyTo === "ResetContents";
  sheet.cells.forEachIn(r, (cell, row, column) => {
    if (contents) {
      cell.value = EMPTY;
      delete cell.formula;
    }
    if (formats) delete cell.format;
    sheet.cells.prune(row, column);
  });
  if (!formats) return;
  if (isEntireColumn(r))
    for (let c = r.column; c < r.column + r.columnCount; c++) sheet.columnFormats.delete(c);
  if (isEntireRow(r)) for (let row = r.row; row < r.row + r.rowCount; row++) sheet.rowFormats.delete(row);
  // Clearing formats also removes conditional formatting from the cleared cells.
  const emptied = clearArea(sheet.conditionalFormats, r);
  for (const format of emptied) format.deleted = true;
  sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !f.deleted);
}
