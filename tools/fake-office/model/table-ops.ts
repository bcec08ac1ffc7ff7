import { hostErrors } from "../protocol/errors";
import { intersect, isEntireColumn, isEntireRow, rect, type Rect } from "./address";
import { formatText } from "./number-format";
import type { SheetModel } from "./sheet";
import { headerNames, isValidTableName, uniqueHeaders, type TableModel } from "./table";
import type { WorkbookModel } from "./workbook";

/**
 * TableCollection.add. With hasHeaders, the first row becomes the header (texts made unique);
 * without, Excel inserts a header row "Column1, Column2, ..." above the data, shifting it down.
 * A table always has at least one data row.
 */
export function addTable(
  workbook: WorkbookModel,
  sheet: SheetModel,
  r: Rect,
  hasHeaders: boolean,
): TableModel {
  if (isEntireColumn(r) || isEntireRow(r)) throw hostErrors.invalidArgument();
  if (workbook.tables.some((t) => t.sheet === sheet && intersect(t.rect, r))) {
    throw hostErrors.invalidOperation("A table can't overlap another table.");
  }
  let tableRect = r;
  if (!hasHeaders) {
    sheet.cells.shiftDown(r.row, r.column, r.columnCount, 1);
    tableRect = rect(r.row, r.column, r.rowCount + 1, r.columnCount);
  }
  if (tableRect.rowCount === 1) tableRect = rect(tableRect.row, tableRect.column, 2, tableRect.columnCount);
  const raw = Array.from({ length: r.columnCount }, (_, j) => {
    if (!hasHeaders) return "";
    const cell = sheet.cells.get(r.row, r.column + j);
    return cell ? formatText(cell.value, sheet.numberFormatOf(r.row, r.column + j)) : "";
  });
  uniqueHeaders(raw).forEach((name, j) => {
    const cell = sheet.cells.ensure(tableRect.row, tableRect.column + j);
    cell.value = name;
    delete cell.formula;
  });
  const table: TableModel = {
    id: workbook.newId(),
    name: nextTableName(workbook),
    sheet,
    rect: tableRect,
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showFilterButton: true,
    columnIds: Array.from({ length: r.columnCount }, (_, j) => j + 1),
    nextColumnId: r.columnCount + 1,
    deleted: false,
  };
  workbook.tables.push(table);
  return table;
}

function nextTableName(workbook: WorkbookModel): string {
  for (let n = 1; ; n++) {
    const name = `Table${n}`;
    if (!findTable(workbook, name)) return name;
  }
}

export function findTable(workbook: WorkbookModel, nameOrId: string): TableModel | undefined {
  const lower = nameOrId.toLowerCase();
  return workbook.tables.find((t) => t.id === nameOrId || t.name.toLowerCase() === lower);
}

export function renameTable(workbook: WorkbookModel, table: TableModel, name: string): void {
  if (!isValidTableName(name)) throw hostErrors.invalidArgument();
  const existing = findTable(workbook, name);
  if (existing && existing !== table) throw hostErrors.itemAlreadyExists();
  table.name = name;
}

/** Renames a column by writing its header cell, keeping header names unique. */
export function renameColumn(table: TableModel, index: number, name: string): void {
  const names = headerNames(table);
  if (names.some((n, j) => j !== index && n.toLowerCase() === name.toLowerCase()))
    throw hostErrors.itemAlreadyExists();
  const cell = table.sheet.cells.ensure(table.rect.row, table.rect.column + index);
  cell.value = name;
  delete cell.formula;
}

/** TableRowCollection.add: inserts rows (shifting the cells below within the table's columns). */
export function insertTableRows(table: TableModel, index: number | undefined, rowCount: number): Rect {
  const dataStart = table.rect.row + (table.showHeaders ? 1 : 0);
  const dataRows = table.rect.rowCount - (table.showHeaders ? 1 : 0) - (table.showTotals ? 1 : 0);
  const position = index ?? dataRows;
  if (!Number.isInteger(position) || position < 0 || position > dataRows) throw hostErrors.invalidArgument();
  const at = dataStart + position;
  table.sheet.cells.shiftDown(at, table.rect.column, table.rect.columnCount, rowCount);
  table.rect = rect(
    table.rect.row,
    table.rect.column,
    table.rect.rowCount + rowCount,
    table.rect.columnCount,
  );
  return rect(at, table.rect.column, rowCount, table.rect.columnCount);
}
