/**
 * Reading the shipment sheet: where the data is (the active sheet's used cells, the selection or a table), its header
 * row and which column is which, then every row an action needs, in chunks. The Office.js part is thin (loadSource,
 * scanSheet, readSheet); what the cells mean is decided by the pure functions (outlineSheet, readRequest,
 * sheetReadOf), which the actions' tests feed cells of their own.
 *
 * Syncs: 1 (source, settings) + 1 (first rows, audit sheet) + the read chunks, whatever the size of the sheet.
 */
import { type AnyLanguage, LANGUAGES, PSEUDO } from "../../src/engine";
import {
  AUDIT_COLUMNS,
  type CellValue,
  type Field,
  HEADER_MIN_FIELDS,
  HEADER_SCAN_ROWS,
  INPUT_COLUMNS,
  type MappingOverrides,
  type MergedArea,
  MergedCells,
  type RowHints,
  type SheetKnowledge,
  type SheetLayout,
  SheetProblem,
  columnLetters,
  dataRows,
  headerKey,
  hyperlinkFormulaTarget,
  isAuditHeader,
  isEmptyCell,
  layoutProblems,
  linkCellValue,
  mapColumns,
  uniqueSheetName,
  withNumberFormats,
} from "../../src/sheet";
import { sheetWordsOf } from "../../src/sheet/lang";
import { paneFieldNames, paneWords } from "../pane-language";
import { ACTION_NEEDS, type ActionName } from "./action-result";
import { type BlockPlan, appendAt, mappingOverrides, planBlock, readRows, scanRect } from "../block-plan";
import { type CellBlockWrite } from "../cell-writes";
import {
  type CellBlockRead,
  type ExcelBatch,
  PaneProblem,
  describeError,
  missingValues,
  readCellBlock,
  readMergedAreas,
  rectOf,
  settingsMap,
} from "../excel-adapter";
import { type Rect, intersectRects, lastColumn, lastRow, rectAddress } from "../geometry";
import {
  CREATED_SHEETS_KEY,
  type CreatedSheets,
  type SheetRecord,
  type SourceChoice,
  isFormula,
  readCreatedSheets,
  readRecord,
  recordKey,
  recordedOutputColumns,
} from "../ownership";

/** Where the shipment data is, and the user's corrections of the mapping (field → header text, or null). */
export interface SheetChoice {
  readonly source: SourceChoice;
  readonly mapping?: Readonly<Record<string, string | null>>;
  /**
   * The workbook's language (Settings.language; English when not given): the headers of the columns and sheets
   * the add-in adds, and the sheet logic's words about the sheet.
   */
  readonly language?: AnyLanguage;
}

export interface HeaderOption {
  /** 0-based sheet column. */
  readonly column: number;
  readonly letter: string;
  readonly text: string;
}

/** What the pane shows about the sheet: where the data is and which column is which. */
export interface SheetView {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly sourceLabel: string;
  readonly headers: readonly HeaderOption[];
  /** Column detected for each field from the headers alone, and the one used (with the user's corrections). */
  readonly detected: Readonly<Partial<Record<Field, number>>>;
  readonly mapped: Readonly<Partial<Record<Field, number>>>;
  readonly problems: readonly string[];
  readonly ignoredCostColumns: readonly string[];
  readonly tables: readonly string[];
  /** The user's corrections as stored with the sheet (a colleague's, when the workbook was saved with them). */
  readonly mapping: Readonly<Record<string, string | null>>;
  readonly source: SourceChoice;
  /** Why an action cannot run on this sheet as mapped (a column it needs is missing); absent for those that can. */
  readonly unavailable: Readonly<Partial<Record<ActionName, string>>>;
}

/** The source as Excel gave it in the first sync: its worksheet and cells, and the workbook around them. */
export interface SheetSource {
  readonly sheetId: string;
  readonly sheetName: string;
  /** The cells to work on: the sheet's used cells, the selection or the table (its totals row included). */
  readonly source: Rect;
  /** The sheet's used cells (the source when Excel reports none). */
  readonly used: Rect;
  readonly sheetNames: readonly { readonly id: string; readonly name: string }[];
  /** The workbook's settings by key. */
  readonly settings: ReadonlyMap<string, unknown>;
  readonly tables: readonly string[];
  /** The sheet's tables that show a totals row. */
  readonly totalsTables: readonly string[];
}

/** What the second sync read: the first rows of the block (values, number formats) and the tables' totals rows. */
export interface FirstRows {
  readonly values: CellValue[][];
  readonly numberFormats: readonly (readonly unknown[])[];
  /** 0-based sheet rows of the totals rows of the sheet's tables. */
  readonly totalsRows: readonly number[];
}

/** The Audit sheet as found by its name: its first row, and the 0-based row after its used cells. */
export interface AuditSheetFound {
  readonly name: string;
  readonly header: readonly CellValue[];
  readonly nextRow: number;
}

/** Where the run's line goes in the Audit sheet. */
export interface AuditTarget {
  readonly name: string;
  /** 0-based row of the next audit line; undefined when the sheet must be created. */
  readonly nextRow?: number;
}

/** The sheet before its rows are read: the header row, the block of columns, the mapping and the audit sheet. */
export interface SheetOutline {
  readonly sheet: SheetSource;
  readonly record: SheetRecord;
  readonly created: CreatedSheets;
  /** The block of columns the sheet logic sees, and its header row. */
  readonly block: BlockPlan;
  readonly headerCells: readonly CellValue[];
  /** The first rows as read, each with its number formats after its values: the size of the read chunks. */
  readonly sample: readonly (readonly unknown[])[];
  readonly audit: AuditTarget;
  readonly view: SheetView;
  readonly overrides: MappingOverrides;
  /** The layout from the header row and the first rows (column indexes relative to block.left). */
  readonly firstRowsLayout: SheetLayout;
  /** The add-in's own output columns by its record, and number formats of the first rows (a "Duty" of 12 %). */
  readonly knowledge: SheetKnowledge;
  /** 0-based sheet rows of the totals rows of the sheet's tables. */
  readonly totalsRows: readonly number[];
  /** The workbook's language (SheetChoice.language). */
  readonly language: AnyLanguage;
}

/** Why the sheet cannot be worked on (no header row, a required column missing), in the sheet logic's words. */
export interface SheetUnreadable {
  readonly problem: string;
}

export function isUnreadable<T extends object>(read: T | SheetUnreadable): read is SheetUnreadable {
  return "problem" in read;
}

/** What an action will write, so that the read covers it. */
export interface WriteTargets {
  /** Columns it adds to the right of the block. */
  readonly newColumns: number;
  /** 0-based sheet columns it writes into: their formulas are read (a formula is never overwritten). */
  readonly writtenColumns: readonly number[];
}

/** The cells an action reads: rows and columns of the block, and the columns whose formulas come too. */
export interface ReadRequest {
  readonly rows: { readonly first: number; readonly last: number };
  readonly columns: { readonly left: number; readonly right: number };
  readonly formulaColumns: readonly number[];
  /** Columns right of the block where new columns would go, read because they are inside the used cells. */
  readonly appendColumns: readonly number[];
  /** Link columns, whose formulas give the link behind a =HYPERLINK(url, label). */
  readonly linkColumns: readonly number[];
}

/** The sheet as an action reads it: its outline and every row of the block. */
export interface SheetRead extends SheetOutline {
  /** Every cell read, and the formulas of the columns asked for. */
  readonly cells: CellBlockRead;
  /** Rows of the source (header included), columns block.left..block.right: what the sheet logic checks. */
  readonly values: CellValue[][];
  /** The layout of the whole block, as the sheet logic checks it (the same header row the scan found). */
  readonly layout: SheetLayout;
  readonly firstRowNumber: number;
  /** 0-based sheet rows of the data below the header: from dataStart to the last row read. */
  readonly dataStart: number;
  readonly lastDataRow: number;
  readonly lastSourceRow: number;
  /** 0-based sheet column where new columns go. */
  readonly appendStart: number;
}

// ---------------------------------------------------------------------------------------------------------------
// What the cells mean (pure)

/** The add-in's records of the sheet and of the sheets it created, from the workbook's settings. */
function recordsOf(sheet: SheetSource): { record: SheetRecord; created: CreatedSheets } {
  return {
    record: readRecord(sheet.settings.get(recordKey(sheet.sheetId)), sheet.sheetName),
    created: readCreatedSheets(sheet.settings.get(CREATED_SHEETS_KEY)),
  };
}

/** The Audit sheet's name in every language: a colleague's, in theirs, is the workbook's Audit sheet. */
const ALL_LANGUAGES: readonly AnyLanguage[] = [...LANGUAGES, PSEUDO];
const AUDIT_NAMES = new Set(
  ALL_LANGUAGES.map((language) => sheetWordsOf(language).sheetNames.audit.toLowerCase()),
);

/** The sheet the audit line goes to, if there is one: the add-in's own, or one named Audit (in any language). */
function auditCandidate(sheet: SheetSource, created: CreatedSheets): string | undefined {
  const names = sheet.sheetNames.map((item) => item.name);
  if (created.audit !== undefined && names.includes(created.audit)) return created.audit;
  return names.find((name) => AUDIT_NAMES.has(name.toLowerCase()));
}

/**
 * Where the audit line goes: after the lines of an Audit sheet with the add-in's header (in any language), or in a
 * new sheet named in the workbook's language.
 */
export function auditTarget(
  sheet: SheetSource,
  found: AuditSheetFound | undefined,
  language: AnyLanguage = "en",
): AuditTarget {
  if (found !== undefined && isAuditHeader(found.header)) return { name: found.name, nextRow: found.nextRow };
  const taken = new Set(sheet.sheetNames.map((item) => item.name.toLowerCase()));
  return { name: uniqueSheetName(sheetWordsOf(language).sheetNames.audit, taken, language) };
}

/** The header texts the user picked for fields: they make a header row as known columns do. */
function mappedHeaders(mapping: Readonly<Record<string, string | null>>): Map<string, Field> {
  const known = new Set<string>(INPUT_COLUMNS.map((column) => column.field));
  return new Map(
    Object.entries(mapping).flatMap(([field, header]) =>
      header === null || !known.has(field) ? [] : [[headerKey(header), field as Field]],
    ),
  );
}

/**
 * Each action that a missing column stops, with the words the pane shows beside the actions: one sentence for the
 * actions that miss the same columns ("Check shipment, Pro forma and VAT statement need a "Selling price" column").
 */
function unavailableActions(layout: SheetLayout): Partial<Record<ActionName, string>> {
  const words = paneWords();
  const byMissing = new Map<string, { columns: string[]; actions: ActionName[] }>();
  for (const action of Object.keys(ACTION_NEEDS) as ActionName[]) {
    const missing = ACTION_NEEDS[action].filter((field) => layout.columns[field] === undefined);
    if (missing.length === 0) continue;
    const key = missing.join(" ");
    const entry = byMissing.get(key) ?? {
      columns: missing.map((field) => paneFieldNames()[field]),
      actions: [],
    };
    entry.actions.push(action);
    byMissing.set(key, entry);
  }
  const unavailable: Partial<Record<ActionName, string>> = {};
  for (const { columns, actions } of byMissing.values()) {
    const sentence = words.source.needsColumns({
      actions: actions.map((action) => words.actions[action]),
      columns,
    });
    for (const action of actions) unavailable[action] = sentence;
  }
  return unavailable;
}

/** The header row, the block and the mapping, from the first rows; unreadable without a header row. */
export function outlineSheet(
  sheet: SheetSource,
  choice: SheetChoice,
  firstRows: FirstRows,
  audit: AuditTarget,
): SheetOutline | SheetUnreadable {
  const { record, created } = recordsOf(sheet);
  const language = choice.language ?? "en";
  const sheetWords = sheetWordsOf(language);
  const scanValues = firstRows.values.map((row, index) =>
    withNumberFormats(row, firstRows.numberFormats[index]),
  );
  const mapping = choice.mapping ?? record.mapping ?? {};
  const block = planBlock(sheet.source, scanValues, record, mappedHeaders(mapping));
  if (block === undefined)
    return {
      problem: paneWords().errors.unreadable({
        problem: sheetWords.sheetProblems.noHeaderRow({ rows: HEADER_SCAN_ROWS, fields: HEADER_MIN_FIELDS }),
        source: `${sheet.sheetName}!${rectAddress(sheet.source)}`,
      }),
    };
  const headerIndex = block.headerRow - sheet.source.row;
  const width = block.right - block.left + 1;
  const headerCells = (scanValues[headerIndex] ?? []).slice(0, width);
  while (headerCells.length < width) headerCells.push("");
  const overrides = mappingOverrides(mapping, block.headers);
  const knowledge: SheetKnowledge = { ownOutputs: recordedOutputColumns(record, block.headers, block.left) };
  const layout = mapColumns(
    headerCells,
    headerIndex,
    overrides,
    { ...knowledge, rows: scanValues },
    language,
  );
  const detected = mapColumns(headerCells, headerIndex, {}, { ...knowledge, rows: scanValues }, language);
  const absolute = (columns: Readonly<Partial<Record<Field, number>>>) =>
    Object.fromEntries(
      Object.entries(columns).map(([field, index]) => [field, block.left + (index as number)]),
    ) as Partial<Record<Field, number>>;
  const view: SheetView = {
    sheetId: sheet.sheetId,
    sheetName: sheet.sheetName,
    sourceLabel: `${sheet.sheetName}!${rectAddress(sheet.source)}`,
    headers: block.headers
      .map((text, index) => ({ column: block.left + index, letter: columnLetters(block.left + index), text }))
      .filter((header) => header.text !== ""),
    detected: absolute(detected.columns),
    mapped: absolute(layout.columns),
    problems: layoutProblems(layout, undefined, language),
    ignoredCostColumns: layout.ignoredCostColumns,
    tables: sheet.tables,
    mapping,
    source: choice.source,
    unavailable: unavailableActions(layout),
  };
  return {
    sheet,
    record,
    created,
    block,
    headerCells,
    sample: firstRows.values.map((row, index) => [...row, ...(firstRows.numberFormats[index] ?? [])]),
    audit,
    view,
    overrides,
    firstRowsLayout: layout,
    knowledge,
    totalsRows: firstRows.totalsRows,
    language,
  };
}

/** The rows and columns to read for an action that writes `targets`. */
export function readRequest(outline: SheetOutline, targets: WriteTargets): ReadRequest {
  const { sheet, block, record } = outline;
  // Columns right of the block: read them only when they may hold something (inside the used range).
  const readsAppend = targets.newColumns > 0 && block.right < lastColumn(sheet.used);
  const appendColumns = readsAppend
    ? Array.from({ length: targets.newColumns }, (_, i) => block.right + 1 + i)
    : [];
  // Link columns' formulas too: =HYPERLINK("https://…", "Listing") shows its label, the check reads its link.
  const linkColumns = [
    outline.firstRowsLayout.columns.salesLink,
    outline.firstRowsLayout.columns.referenceLink,
  ]
    .filter((index): index is number => index !== undefined)
    .map((index) => block.left + index);
  return {
    rows: readRows(sheet.source, record),
    columns: { left: block.left, right: block.right + appendColumns.length },
    formulaColumns: [...new Set([...targets.writtenColumns, ...appendColumns, ...linkColumns])],
    appendColumns,
    linkColumns,
  };
}

/**
 * The sheet as read: the block's values (links read from their formulas, merged cells as merged-cells.ts reads
 * them), its full layout, where new columns go. `mergedAreas` in sheet rows and columns.
 */
export function sheetReadOf(
  outline: SheetOutline,
  request: ReadRequest,
  cells: CellBlockRead,
  needs: readonly Field[],
  mergedAreas: readonly MergedArea[] = [],
): SheetRead | SheetUnreadable {
  const { sheet, block } = outline;
  const { rows, appendColumns, linkColumns } = request;
  const width = block.right - block.left + 1;
  // The sheet logic reads each number with what its format shows (a percentage, a currency: number-formats.ts).
  const read = cells.values
    .slice(0, sheet.source.rowCount)
    .map((row, index) => withNumberFormats(row.slice(0, width), cells.numberFormats[index]));
  for (const column of linkColumns) {
    const formulas = cells.formulas.get(column) ?? [];
    read.forEach((row, index) => {
      const formula = formulas[index];
      if (typeof formula !== "string" || index <= block.headerRow - rows.first) return;
      row[column - block.left] = linkCellValue(row[column - block.left], hyperlinkFormulaTarget(formula));
    });
  }
  const lastSourceRow = lastRow(sheet.source);
  let adjacentEmpty = true;
  for (const column of appendColumns) {
    const formulas = cells.formulas.get(column) ?? [];
    for (let row = block.headerRow; row <= lastSourceRow; row++) {
      const index = row - rows.first;
      if (!isEmptyCell(cells.values[index]?.[column - block.left]) || isFormula(formulas[index]))
        adjacentEmpty = false;
    }
  }
  const headerIndex = block.headerRow - sheet.source.row;
  const layout = mapColumns(
    read[headerIndex] ?? outline.headerCells,
    headerIndex,
    outline.overrides,
    { ...outline.knowledge, rows: read },
    outline.language,
  );
  const values = new MergedCells(mergedAreas, layout, { row: cells.firstRow, column: block.left }).rows(
    read,
    0,
  ) as CellValue[][];
  const problems = layoutProblems(layout, needs, outline.language);
  if (problems.length > 0) return { problem: problems.join("; ") };
  // Every action works on product rows: with none (only the header, blank rows, totals or notes) each says so the
  // same way, instead of "Created 0 pro forma sheets" or "every row has a rate".
  const totalsRows = new Set(outline.totalsRows.map((row) => row - sheet.source.row));
  if (![...dataRows(values, layout, { tableTotalsRows: totalsRows })].some((row) => row.kind === "product"))
    return {
      problem: paneWords().errors.unreadable({
        problem: sheetWordsOf(outline.language).sheetProblems.noProductRows,
        source: outline.view.sourceLabel,
      }),
    };
  return {
    ...outline,
    cells,
    values,
    layout,
    firstRowNumber: sheet.source.row + 1,
    dataStart: block.headerRow + 1,
    lastDataRow: rows.last,
    lastSourceRow,
    appendStart: appendAt(block.right, lastColumn(sheet.used), adjacentEmpty),
  };
}

/** The tables' totals rows as indexes into the read values: the sheet logic skips them as totals lines. */
export function tableTotalsHints(read: SheetRead): RowHints {
  const first = read.sheet.source.row;
  return { tableTotalsRows: new Set(read.totalsRows.map((row) => row - first)) };
}

/** A column's data rows (dataStart..lastDataRow) as read. */
export function columnValues(read: SheetRead, column: number): CellValue[] {
  const { cells, dataStart, lastDataRow, block } = read;
  const values: CellValue[] = [];
  for (let row = dataStart; row <= lastDataRow; row++)
    values.push(cells.values[row - cells.firstRow]?.[column - block.left]);
  return values;
}

/** A column's formulas in its data rows (empty when they were not read). */
export function columnFormulas(read: SheetRead, column: number): unknown[] {
  const formulas = read.cells.formulas.get(column) ?? [];
  const offset = read.dataStart - read.cells.firstRow;
  return formulas.slice(offset, offset + read.lastDataRow - read.dataStart + 1);
}

/** A column with nothing in its data rows (a column the add-in is about to create). */
export function emptyColumn(read: SheetRead): CellValue[] {
  return Array.from({ length: read.lastDataRow - read.dataStart + 1 }, () => null);
}

/** A column's data rows after the writes that went through (for the fingerprint the record keeps). */
export function columnAfter(
  read: SheetRead,
  column: number,
  before: readonly CellValue[],
  written: readonly CellBlockWrite[],
): CellValue[] {
  const after = [...before];
  for (const write of written) {
    const offset = column - write.column;
    if (write.sheet !== read.sheet.sheetName || offset < 0 || offset >= (write.values[0]?.length ?? 0))
      continue;
    write.values.forEach((cells, i) => {
      const index = write.row + i - read.dataStart;
      if (index >= 0 && index < after.length) after[index] = cells[offset] === "" ? null : cells[offset];
    });
  }
  return after;
}

/**
 * The cells of a selection to work on: the selection within the sheet's used cells. A selection of whole columns
 * (A:K) or whole rows (1:3) is 1,048,576 rows or 16,384 columns long: without this the pane would read and write,
 * format and colour every one of them. Undefined when the selection holds none of the used cells.
 */
export function selectionSource(selection: Rect, used: Rect): Rect | undefined {
  return intersectRects(selection, used);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading it from Excel (Office.js)

/** The source, the workbook's sheets, settings and the sheet's tables: one sync. */
async function loadSource(batch: ExcelBatch, choice: SourceChoice): Promise<SheetSource> {
  const workbook = batch.context.workbook;
  const sheets = workbook.worksheets.load("items/id,items/name");
  const settings = workbook.settings.load("items/key,items/value");
  let sheet: Excel.Worksheet;
  let range: Excel.Range;
  let table: Excel.Table | undefined;
  if (choice.kind === "table") {
    table = workbook.tables.getItem(choice.name).load("name");
    sheet = table.worksheet;
    range = table.getRange();
  } else if (choice.kind === "selection") {
    range = workbook.getSelectedRange();
    // Navigation to the range's worksheet proxy, not a read of a loaded value.
    // eslint-disable-next-line office-addins/call-sync-before-read
    sheet = range.worksheet;
  } else {
    sheet = workbook.worksheets.getActiveWorksheet();
    range = sheet.getUsedRangeOrNullObject();
  }
  sheet.load("id,name");
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  const used = sheet.getUsedRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount");
  const tables = sheet.tables.load("items/name,items/showTotals");
  try {
    await batch.sync();
  } catch (error) {
    if (choice.kind === "table" && (error as { code?: string }).code === "ItemNotFound") {
      throw new PaneProblem(paneWords().errors.noTable({ table: choice.name }));
    }
    if (choice.kind === "selection") {
      throw new PaneProblem(paneWords().errors.noSelection({ error: describeError(error) }));
    }
    throw error;
  }
  if (range.isNullObject) throw new PaneProblem(paneWords().errors.sheetEmpty({ sheet: sheet.name }));
  // A table's totals row stays in the source: the sheet logic skips it as a totals line and names it.
  const rect = rectOf(range);
  const usedRect = used.isNullObject ? undefined : rectOf(used);
  const sheetName = sheet.name;
  let source = rect;
  if (choice.kind === "selection") {
    if (rect.rowCount * rect.columnCount === 1) {
      throw new PaneProblem(paneWords().errors.oneCell);
    }
    const within = usedRect === undefined ? undefined : selectionSource(rect, usedRect);
    if (within === undefined) {
      throw new PaneProblem(
        paneWords().errors.selectionOutside({ selection: rectAddress(rect), sheet: sheetName }),
      );
    }
    source = within;
  }
  return {
    sheetId: sheet.id,
    sheetName,
    source,
    used: usedRect ?? source,
    sheetNames: sheets.items.map((item) => ({ id: item.id, name: item.name })),
    settings: settingsMap(settings),
    tables: tables.items.map((item) => item.name),
    totalsTables: tables.items.filter((item) => item.showTotals).map((item) => item.name),
  };
}

/** Source, settings, the first rows and the audit sheet: two syncs, whatever the size of the sheet. */
async function scanSheet(batch: ExcelBatch, choice: SheetChoice): Promise<SheetOutline> {
  const sheet = await loadSource(batch, choice.source);
  const { record, created } = recordsOf(sheet);
  const scanArea = scanRect(sheet.source, record, lastColumn(sheet.used));
  const worksheet = batch.worksheet(sheet.sheetName);
  const scanRange = worksheet
    .getRangeByIndexes(scanArea.row, scanArea.column, scanArea.rowCount, scanArea.columnCount)
    .load("values,numberFormat");
  const totalsRanges = sheet.totalsTables.map((name) =>
    worksheet.tables.getItem(name).getRange().load("rowIndex,rowCount"),
  );
  const auditName = auditCandidate(sheet, created);
  const auditHeader =
    auditName === undefined
      ? undefined
      : batch.worksheet(auditName).getRangeByIndexes(0, 0, 1, AUDIT_COLUMNS.length).load("values");
  const auditUsed =
    auditName === undefined
      ? undefined
      : batch.worksheet(auditName).getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  await batch.sync();
  // Never an empty sheet for a read Excel answered without values (it does that to reads over its limit).
  if (!Array.isArray(scanRange.values) || !Array.isArray(scanRange.numberFormat))
    throw missingValues(sheet.sheetName, scanArea.row, scanArea.rowCount);

  const firstRows: FirstRows = {
    values: scanRange.values as CellValue[][],
    numberFormats: scanRange.numberFormat as unknown[][],
    totalsRows: totalsRanges.map((range) => range.rowIndex + range.rowCount - 1),
  };
  const found =
    auditName === undefined || auditHeader === undefined || auditUsed === undefined
      ? undefined
      : {
          name: auditName,
          header: (auditHeader.values as CellValue[][])[0],
          nextRow: auditUsed.isNullObject ? 1 : auditUsed.rowIndex + auditUsed.rowCount,
        };
  const outline = outlineSheet(sheet, choice, firstRows, auditTarget(sheet, found, choice.language));
  if (isUnreadable(outline)) throw new SheetProblem(outline.problem);
  return outline;
}

/** What the pane shows before any action: the source, its headers and the mapping (two syncs). */
export async function inspect(batch: ExcelBatch, choice: SheetChoice): Promise<SheetView> {
  return (await scanSheet(batch, choice)).view;
}

/** The sheet outlined, then the whole block read once, in chunks, with what the action will write. */
export async function readSheet(
  batch: ExcelBatch,
  choice: SheetChoice,
  targets: (outline: SheetOutline) => WriteTargets,
  needs: readonly Field[],
): Promise<SheetRead> {
  const outline = await scanSheet(batch, choice);
  const problems = layoutProblems(outline.firstRowsLayout, needs, outline.language);
  if (problems.length > 0) throw new SheetProblem(problems.join("; "));
  const request = readRequest(outline, targets(outline));
  const cells = await readCellBlock(
    batch,
    outline.sheet.sheetName,
    request.rows,
    request.columns,
    request.formulaColumns,
    outline.sample,
  );
  const merged = await readMergedAreas(batch, outline.sheet.sheetName, request.rows, request.columns);
  const read = sheetReadOf(outline, request, cells, needs, merged ?? []);
  if (isUnreadable(read)) throw new SheetProblem(read.problem);
  return read;
}
