/**
 * A worksheet given as cells, read the way the task pane reads it from Excel: the same pure steps as readSheet
 * (outlineSheet, readRequest, sheetReadOf), with the cells Excel would have answered (values as a full rectangle,
 * "" where empty; Range.formulas giving a cell's formula or its value). No browser, no Office.js.
 */
import { type CellValue, type Field, REQUIRED_FIELDS, columnLetters, readSettings } from "../../src/sheet";
import {
  type SheetOutline,
  type SheetRead,
  type SheetView,
  type WriteTargets,
  auditTarget,
  isUnreadable,
  outlineSheet,
  readRequest,
  sheetReadOf,
} from "../../taskpane/actions/sheet-source";
import { type PaneInputs } from "../../taskpane/actions/action-result";
import { scanRect } from "../../taskpane/block-plan";
import { type Rect, lastColumn } from "../../taskpane/geometry";
import {
  CREATED_SHEETS_KEY,
  type CreatedSheets,
  type SheetRecord,
  recordKey,
} from "../../taskpane/ownership";

export interface Worksheet {
  readonly name?: string;
  /** Cells from A1. */
  readonly values: readonly (readonly CellValue[])[];
  /** Formulas by cell, "D5" style keys ("=0.1+0.1"). */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Number formats by cell, "D5" style keys ("0%", "#,##0.00 [$zł-415]"); "General" elsewhere. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  /** The cells to work on (default: every cell given). */
  readonly source?: Rect;
  /** What the add-in recorded about the sheet and the sheets it created (the workbook's settings). */
  readonly record?: SheetRecord;
  readonly created?: CreatedSheets;
  /** Other sheets of the workbook, by name (ids "id-<name>"). */
  readonly otherSheets?: readonly string[];
  /** The Audit sheet's first row and the row after its lines, when the workbook has one. */
  readonly audit?: { readonly name: string; readonly header: readonly CellValue[]; readonly nextRow: number };
  readonly mapping?: Readonly<Record<string, string | null>>;
}

const SHEET_ID = "id-sheet";

/** The rectangle Excel would answer: every cell, "" where the sheet has nothing. */
function cellsOf(sheet: Worksheet, rect: Rect): CellValue[][] {
  return Array.from({ length: rect.rowCount }, (_, i) =>
    Array.from({ length: rect.columnCount }, (_, j) => sheet.values[rect.row + i]?.[rect.column + j] ?? ""),
  );
}

/** Range.numberFormat of the same rectangle. */
function formatsOf(sheet: Worksheet, rect: Rect): string[][] {
  return Array.from({ length: rect.rowCount }, (_, i) =>
    Array.from(
      { length: rect.columnCount },
      (_, j) => sheet.numberFormats?.[`${columnLetters(rect.column + j)}${rect.row + i + 1}`] ?? "General",
    ),
  );
}

function sourceOf(sheet: Worksheet) {
  const used: Rect = {
    row: 0,
    column: 0,
    rowCount: sheet.values.length,
    columnCount: Math.max(...sheet.values.map((row) => row.length)),
  };
  const settings = new Map<string, unknown>();
  if (sheet.record !== undefined) settings.set(recordKey(SHEET_ID), sheet.record);
  if (sheet.created !== undefined) settings.set(CREATED_SHEETS_KEY, sheet.created);
  const name = sheet.name ?? "Shipment";
  return {
    sheetId: SHEET_ID,
    sheetName: name,
    source: sheet.source ?? used,
    used,
    sheetNames: [name, ...(sheet.otherSheets ?? [])].map((item) => ({
      id: item === name ? SHEET_ID : `id-${item}`,
      name: item,
    })),
    settings,
    tables: [],
    totalsTables: [],
  };
}

/** The outline the pane shows before any action, or the sheet logic's words for why there is none. */
export function outlineOf(sheet: Worksheet): SheetOutline | { problem: string } {
  const source = sourceOf(sheet);
  const scan = scanRect(source.source, sheet.record, lastColumn(source.used));
  const values = cellsOf(sheet, scan);
  return outlineSheet(
    source,
    { source: { kind: "sheet" }, mapping: sheet.mapping ?? {} },
    { values, numberFormats: formatsOf(sheet, scan), totalsRows: [] },
    auditTarget(source, sheet.audit),
  );
}

export function viewOf(sheet: Worksheet): SheetView {
  const outline = outlineOf(sheet);
  if (isUnreadable(outline)) throw new Error(outline.problem);
  return outline.view;
}

/** The sheet as an action that writes `targets` reads it. */
export function sheetRead(
  sheet: Worksheet,
  targets: (outline: SheetOutline) => WriteTargets,
  needs: readonly Field[] = REQUIRED_FIELDS,
): SheetRead {
  const outline = outlineOf(sheet);
  if (isUnreadable(outline)) throw new Error(outline.problem);
  const request = readRequest(outline, targets(outline));
  const { rows, columns } = request;
  const rect = {
    row: rows.first,
    column: columns.left,
    rowCount: rows.last - rows.first + 1,
    columnCount: columns.right - columns.left + 1,
  };
  const values = cellsOf(sheet, rect);
  const formulas = new Map(
    request.formulaColumns.map((column): [number, unknown[]] => [
      column,
      values.map(
        (_, i) =>
          sheet.formulas?.[`${columnLetters(column)}${rows.first + i + 1}`] ??
          sheet.values[rows.first + i]?.[column] ??
          "",
      ),
    ]),
  );
  const read = sheetReadOf(
    outline,
    request,
    { firstRow: rows.first, left: columns.left, values, numberFormats: formatsOf(sheet, rect), formulas },
    needs,
  );
  if (isUnreadable(read)) throw new Error(read.problem);
  return read;
}

/** What the pane hands an action: settings as stored (default: the declaration date 2024-06-01). */
export function inputsFor(
  stored: Parameters<typeof readSettings>[0] = {},
  mapping: Readonly<Record<string, string | null>> = {},
): PaneInputs {
  const full = { declarationDate: "2024-06-01", ...stored };
  return { source: { kind: "sheet" }, settings: readSettings(full), stored: full, mapping };
}

/** The sheet after writes: the given cells with the values written over them. */
export function afterWrites(
  sheet: Worksheet,
  writes: readonly { row: number; column: number; values: readonly (readonly CellValue[])[] }[],
): CellValue[][] {
  const values = sheet.values.map((row) => [...row]);
  for (const write of writes)
    write.values.forEach((cells, i) =>
      cells.forEach((cell, j) => {
        const row = (values[write.row + i] ??= []);
        while (row.length < write.column + j) row.push(null);
        row[write.column + j] = cell;
      }),
    );
  return values;
}
