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

/**
 * A table growing over values written next to it. Desktop Excel does it for rows below a table ("the table expands
 * automatically", learn.microsoft.com/office/dev/add-ins/excel/performance; office-js #3191, #3013, #2097) and
 * applies its AutoCorrect options to API writes (office-js #2093, #6745); the option "Include new rows and columns in
 * table" (VBA AutoCorrect.AutoExpandListRange) takes in the empty row or column next to a table that is typed into.
 * Modelled for columns as that option does it: a write that gives a value to a cell of the column right of a table,
 * within the table's rows, makes the table grow over every column of the write from there. A new column's header is
 * the text in its header cell, numbered when the table has it already ("Status2"), or the first free "ColumnN", as
 * Excel names columns; a table that would overlap another one stays as it is.
 */
export function growTablesRight(
  workbook: WorkbookModel,
  sheet: SheetModel,
  written: Rect,
  valued: (row: number, column: number) => boolean,
): void {
  for (const table of workbook.tables) {
    const next = table.rect.column + table.rect.columnCount;
    const writtenEnd = written.column + written.columnCount;
    if (table.sheet !== sheet || written.column > next || writtenEnd <= next) continue;
    const touched = intersect(written, rect(table.rect.row, next, table.rect.rowCount, 1));
    if (!touched) continue;
    let hasValue = false;
    for (let row = touched.row; row < touched.row + touched.rowCount; row++) hasValue ||= valued(row, next);
    if (!hasValue) continue;
    const grown = rect(
      table.rect.row,
      table.rect.column,
      table.rect.rowCount,
      writtenEnd - table.rect.column,
    );
    if (
      workbook.tables.some(
        (other) => other !== table && other.sheet === sheet && intersect(other.rect, grown),
      )
    )
      continue;
    const taken = new Set(headerNames(table).map((name) => name.toLowerCase()));
    for (let column = next; column < writtenEnd; column++) {
      const cell = sheet.cells.ensure(table.rect.row, column);
      const text = formatText(cell.value, sheet.numberFormatOf(table.rect.row, column));
      let name = text === "" ? "Column1" : text;
      for (let n = 2; taken.has(name.toLowerCase()); n++) name = text === "" ? `Column${n}` : `${text}${n}`;
      taken.add(name.toLowerCase());
      cell.value = name;
      delete cell.formula;
      table.columnIds.push(table.nextColumnId++);
    }
    table.rect = grown;
  }
}
