import type { Json } from "../protocol/json";
import { columnLetters, formatAddress, formatRect, parseRect, rect, splitSheet } from "../model/address";
import type { CellFormat } from "../model/cell-format";
import type { ConditionalStyle } from "../model/conditional-format";
import { readFormulas, readNumberFormats, readText, readValues } from "../model/range-data";
import type { SheetModel } from "../model/sheet";
import { headerNames } from "../model/table";
import type { WorkbookModel } from "../model/workbook";
import type { RangeTarget } from "./args";

/** Read-only views of the workbook for tests (plain JSON, safe to return from page.evaluate). */

export interface ConditionalFormatSnapshot {
  id: string;
  type: string;
  priority: number;
  stopIfTrue: boolean;
  /** Where it applies, e.g. ["F2:F1001"]. */
  ranges: string[];
  rule: Json;
  format: ConditionalStyle;
}

export interface SheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
  tabColor: string;
  /** Address of the used range (values and formats), null for a blank sheet. */
  usedRange: string | null;
  /** Values from A1 to the bottom-right of the used range, so values[r][c] is row r+1, column c+1. */
  values: (number | string | boolean)[][];
  formulas: (number | string | boolean)[][];
  /** Cell formats that were set, by address ("A1": { fillColor, fontBold, numberFormat, ... }). */
  formats: Record<string, CellFormat>;
  columnFormats: Record<string, CellFormat>;
  rowFormats: Record<string, CellFormat>;
  columnWidths: Record<string, number>;
  autofittedColumns: string[];
  freezeRows: number;
  freezeColumns: number;
  autoFilter: { address: string; criteria: Record<number, Json> } | null;
  conditionalFormats: ConditionalFormatSnapshot[];
  pageLayout: {
    values: Record<string, Json>;
    printTitleRows: string | null;
    printTitleColumns: string | null;
    printArea: string[] | null;
    headerFooter: Json;
  };
}

export interface TableSnapshot {
  id: string;
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
}

export interface WorkbookSnapshot {
  name: string;
  activeSheet: string;
  selection: string;
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  settings: Record<string, Json>;
}

/** "Sheet1!A1:C3", or "A1:C3" on the active sheet. Throws for unknown sheets or bad addresses. */
export function resolveAddress(workbook: WorkbookModel, address: string): RangeTarget {
  const { sheet, reference } = splitSheet(address);
  const target = sheet === undefined ? workbook.active : workbook.findSheet(sheet);
  if (!target) throw new Error(`fake-office: no sheet "${sheet}"`);
  const r = parseRect(reference);
  if (!r) throw new Error(`fake-office: "${address}" is not an A1 address`);
  return { sheet: target, rect: r };
}

function formatsByKey(
  formats: Map<number, CellFormat>,
  key: (index: number) => string,
): Record<string, CellFormat> {
  const result: Record<string, CellFormat> = {};
  for (const [index, format] of formats) result[key(index)] = { ...format };
  return result;
}

export function snapshotConditionalFormats(sheet: SheetModel): ConditionalFormatSnapshot[] {
  return sheet.conditionalFormats.map((model, priority) => ({
    id: model.id,
    type: model.type,
    priority,
    stopIfTrue: model.stopIfTrue,
    ranges: model.areas.map(formatRect),
    rule: (model.cellValueRule ??
      model.textRule ??
      (model.customFormula !== undefined ? { formula: model.customFormula } : null)) as Json,
    format: { ...model.style },
  }));
}

export function snapshotSheet(workbook: WorkbookModel, sheet: SheetModel): SheetSnapshot {
  const used = sheet.cells.usedRect(false);
  const fromA1 = used ? rect(0, 0, used.row + used.rowCount, used.column + used.columnCount) : undefined;
  const formats: Record<string, CellFormat> = {};
  sheet.cells.forEach((cell, row, column) => {
    if (cell.format && Object.keys(cell.format).length > 0)
      formats[`${columnLetters(column)}${row + 1}`] = { ...cell.format };
  });
  const layout = sheet.pageLayout;
  return {
    name: sheet.name,
    id: sheet.id,
    position: workbook.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    usedRange: used ? formatRect(used) : null,
    values: fromA1 ? readValues(sheet, fromA1) : [],
    formulas: fromA1 ? readFormulas(sheet, fromA1) : [],
    formats,
    columnFormats: formatsByKey(sheet.columnFormats, columnLetters),
    rowFormats: formatsByKey(sheet.rowFormats, (row) => String(row + 1)),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths].map(([column, width]) => [columnLetters(column), width]),
    ),
    autofittedColumns: [...sheet.autofittedColumns].sort((a, b) => a - b).map(columnLetters),
    freezeRows: sheet.freezeRows,
    freezeColumns: sheet.freezeColumns,
    autoFilter: sheet.autoFilter
      ? { address: formatRect(sheet.autoFilter.rect), criteria: { ...sheet.autoFilter.criteria } }
      : null,
    conditionalFormats: snapshotConditionalFormats(sheet),
    pageLayout: {
      values: JSON.parse(JSON.stringify(layout.values)) as Record<string, Json>,
      printTitleRows: layout.printTitleRows ? formatRect(layout.printTitleRows) : null,
      printTitleColumns: layout.printTitleColumns ? formatRect(layout.printTitleColumns) : null,
      printArea: layout.printArea ? layout.printArea.map(formatRect) : null,
      headerFooter: JSON.parse(JSON.stringify(layout.headerFooter)) as Json,
    },
  };
}

export function snapshotWorkbook(workbook: WorkbookModel): WorkbookSnapshot {
  const selection = workbook.selection;
  return {
    name: workbook.name,
    activeSheet: workbook.active.name,
    selection: formatAddress(selection.sheet.name, selection.rect),
    sheets: workbook.sheets.map((sheet) => snapshotSheet(workbook, sheet)),
    tables: workbook.tables.map((table) => ({
      id: table.id,
      name: table.name,
      sheet: table.sheet.name,
      address: formatAddress(table.sheet.name, table.rect),
      headers: headerNames(table),
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
      style: table.style,
    })),
    settings: Object.fromEntries(
      [...workbook.settings].map(([key, text]) => [key, JSON.parse(text) as Json]),
    ),
  };
}

export const read = {
  values: readValues,
  formulas: readFormulas,
  text: readText,
  numberFormats: readNumberFormats,
};
