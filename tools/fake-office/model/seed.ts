import type { Json } from "../protocol/json";
import { intersect, parseRect, splitSheet, type Rect } from "./address";
import { seedValue } from "./cell-value";
import type { SheetVisibility } from "./sheet";
import { addTable } from "./table-ops";
import { WorkbookModel } from "./workbook";

/** A cell as a test writes it in a seed: stored as given ("0012" stays text, "#N/A" is an error). */
export type SeedValue = number | string | boolean | null;

export interface SheetSeed {
  name: string;
  /** Rows of values from `origin` (default "A1"); null or "" is an empty cell. */
  values?: SeedValue[][];
  /** Same layout as values: a string starting with "=" makes the cell a formula; values gives its result. */
  formulas?: (string | null)[][];
  /** Same layout as values: number format codes, null for General. */
  numberFormats?: (string | null)[][];
  origin?: string;
  visibility?: SheetVisibility;
  /** Column widths in points by column letter, e.g. { "A": 120 }. */
  columnWidths?: Record<string, number>;
  /** Merged areas, e.g. ["S4:S6"]: only their top-left cells may hold a value, as in Excel. */
  merges?: string[];
}

export interface TableSeed {
  /** "Sheet1!A1:D20"; the first row holds the headers unless hasHeaders is false. */
  address: string;
  name?: string;
  hasHeaders?: boolean;
}

/** The JSON a test gives to loadWorkbook() or window.__fakeExcelInitialWorkbook. */
export interface WorkbookSeed {
  name?: string;
  sheets?: SheetSeed[];
  /** Defaults to the first sheet. */
  activeSheet?: string;
  /** "Sheet1!B2:C3"; defaults to A1 of the active sheet. */
  selection?: string;
  /** Workbook settings (Excel.SettingCollection / Office.context.document.settings), any JSON values. */
  settings?: Record<string, Json>;
  tables?: TableSeed[];
}

function fail(message: string): never {
  throw new Error(`fake-office seed: ${message}`);
}

function parseAddress(workbook: WorkbookModel, address: string): { sheetName: string; rect: Rect } {
  const { sheet, reference } = splitSheet(address);
  const r = parseRect(reference) ?? fail(`"${address}" is not an A1 address`);
  const sheetName = sheet ?? workbook.active.name;
  if (!workbook.findSheet(sheetName)) fail(`no sheet "${sheetName}" for "${address}"`);
  return { sheetName, rect: r };
}

/** Builds a workbook from a seed, checking it as it goes so a bad seed fails loudly. */
export function workbookFromSeed(seed: WorkbookSeed): WorkbookModel {
  const sheets = seed.sheets && seed.sheets.length > 0 ? seed.sheets : [{ name: "Sheet1" }];
  const workbook = new WorkbookModel(sheets[0]!.name);
  if (seed.name !== undefined) workbook.name = seed.name;
  sheets.forEach((sheetSeed, index) => {
    const sheet = index === 0 ? workbook.sheets[0]! : workbook.addSheet(sheetSeed.name);
    const origin = parseRect(sheetSeed.origin ?? "A1") ?? fail(`bad origin "${sheetSeed.origin}"`);
    sheetSeed.values?.forEach((line, i) =>
      line.forEach((raw, j) => {
        const value = seedValue(raw);
        if (value !== "") sheet.cells.ensure(origin.row + i, origin.column + j).value = value;
      }),
    );
    sheetSeed.formulas?.forEach((line, i) =>
      line.forEach((formula, j) => {
        if (formula === null || formula === undefined || formula === "") return;
        if (!formula.startsWith("=")) fail(`formula "${formula}" in ${sheetSeed.name} must start with "="`);
        const cell = sheet.cells.ensure(origin.row + i, origin.column + j);
        cell.formula = formula;
        if (cell.value === "") cell.value = 0;
      }),
    );
    sheetSeed.numberFormats?.forEach((line, i) =>
      line.forEach((format, j) => {
        if (format === null || format === undefined) return;
        const cell = sheet.cells.ensure(origin.row + i, origin.column + j);
        cell.format = { ...cell.format, numberFormat: format };
      }),
    );
    for (const [letters, width] of Object.entries(sheetSeed.columnWidths ?? {})) {
      const column = parseRect(`${letters}1`) ?? fail(`bad column "${letters}"`);
      sheet.columnWidths.set(column.column, width);
    }
    for (const merge of sheetSeed.merges ?? []) {
      const area = parseRect(merge) ?? fail(`bad merged area "${merge}"`);
      if (area.rowCount * area.columnCount < 2) fail(`merged area "${merge}" is one cell`);
      if (sheet.mergedAreas.some((other) => intersect(other, area) !== undefined))
        fail(`merged area "${merge}" overlaps another`);
      for (let row = area.row; row < area.row + area.rowCount; row++)
        for (let column = area.column; column < area.column + area.columnCount; column++) {
          const covered = row !== area.row || column !== area.column;
          if (covered && (sheet.cells.get(row, column)?.value ?? "") !== "")
            fail(`merged area "${merge}" covers a cell with a value: Excel keeps only the top-left one`);
        }
      sheet.mergedAreas.push(area);
    }
    if (sheetSeed.visibility) sheet.visibility = sheetSeed.visibility;
  });
  if (seed.activeSheet !== undefined) {
    workbook.activate(
      workbook.findSheet(seed.activeSheet) ?? fail(`no sheet "${seed.activeSheet}" to activate`),
    );
  }
  if (seed.selection !== undefined) {
    const { sheetName, rect } = parseAddress(workbook, seed.selection);
    workbook.select(workbook.getSheet(sheetName), rect);
  }
  for (const [key, value] of Object.entries(seed.settings ?? {}))
    workbook.settings.set(key, JSON.stringify(value));
  for (const tableSeed of seed.tables ?? []) {
    const { sheetName, rect } = parseAddress(workbook, tableSeed.address);
    const table = addTable(workbook, workbook.getSheet(sheetName), rect, tableSeed.hasHeaders ?? true);
    if (tableSeed.name !== undefined) table.name = tableSeed.name;
  }
  return workbook;
}
