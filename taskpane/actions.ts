/**
 * The task pane's actions against the workbook: Fill VAT rates, Check shipment, Share costs, Pro forma, each ending
 * with a line in the Audit sheet. Every figure, flag and word comes from src/sheet (the same code as the CLI); this
 * file decides where to read and write, guards the user's data (ownership.ts) and keeps the number of syncs
 * independent of the number of rows (chunks.ts, excel-adapter.ts).
 *
 * Syncs per action: 1 (source, settings) + 1 (header scan, audit sheet) + read chunks + [1 prepare] + write chunks
 * + 1 (formats, records, audit row).
 */
import { InputError, type Exact, VAT_TABLE_VERSION, ZERO, exact, readNumberText } from "../src/engine";
import {
  AUDIT_COLUMNS,
  type CellValue,
  type Field,
  INPUT_COLUMNS,
  type MappingOverrides,
  OUTPUT_COLUMNS,
  type RowHints,
  type SheetKnowledge,
  OUTPUT_NUMBER_FORMATS,
  PRO_FORMA_COLUMNS,
  PRO_FORMA_FIRST_MONEY_COLUMN,
  type RowCheck,
  SHARED_COST_FIELDS,
  type Settings,
  type SharedCostField,
  type SheetLayout,
  SheetProblem,
  type ShipmentCheck,
  type ShipmentCosts,
  type StoredSettings,
  type Summary,
  applyShipmentRules,
  auditRow,
  cellText,
  checkRows,
  columnDefinition,
  formatFilledVatRates,
  hyperlinkFormulaTarget,
  isEmptyCell,
  linkCellValue,
  layoutProblems,
  mapColumns,
  outputCells,
  proFormaSheets,
  shareShipmentCosts,
  sheetLayout,
  skippedRows,
  summarize,
  uniqueSheetName,
} from "../src/sheet";
import { type BlockPlan, appendAt, mappingOverrides, planBlock, readRows, scanRect } from "./block-plan";
import { type Piece } from "./chunks";
import {
  type Batch,
  type BatchStats,
  type BlockRead,
  PaneProblem,
  type WriteReport,
  readBlock,
  rectOf,
  setNumberFormat,
  settingsMap,
  writePieces,
} from "./excel-adapter";
import { fingerprint } from "./fingerprint";
import {
  type Rect,
  adjacentRuns,
  columnLetters,
  describeRows,
  lastColumn,
  lastRow,
  rectAddress,
} from "./geometry";
import {
  CREATED_SHEETS_KEY,
  type CreatedSheets,
  type OwnedColumn,
  type SheetRecord,
  type SourceChoice,
  SETTINGS_KEY,
  isFormula,
  judgeCells,
  judgeColumn,
  ownedColumn,
  readCreatedSheets,
  readRecord,
  recordCostWrite,
  recordKey,
  recordedOutputs,
  recordedVatRates,
  shareKey,
  withColumns,
} from "./ownership";
import { type VatWrite, filledAfterWrite, ownVatRates, planVatRates } from "./vat-plan";

/** What the pane hands every action: where the data is, the checked settings and the user's column mapping. */
export interface PaneInputs {
  readonly source: SourceChoice;
  readonly settings: Settings;
  readonly stored: StoredSettings;
  /** The user's corrections: field → header text, or null for "not in this sheet". */
  readonly mapping: Readonly<Record<string, string | null>>;
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
}

export type ActionName = "fillVat" | "check" | "shareCosts" | "proForma";

export const ACTION_LABELS: Readonly<Record<ActionName, string>> = {
  fillVat: "Fill VAT rates",
  check: "Check shipment",
  shareCosts: "Share costs",
  proForma: "Pro forma",
};

export interface ActionResult {
  readonly action: ActionName;
  readonly view: SheetView;
  /** What was done, in sentences. */
  readonly messages: readonly string[];
  /** Set when the action stopped before the end (Cancel or an error between chunks): what was and was not written. */
  readonly stopped?: string;
  readonly summary?: Summary;
  /** Rows with flags, in sheet order (Check shipment). */
  readonly flagged?: readonly RowCheck[];
  readonly shipments?: readonly string[];
  readonly proFormaSheets?: readonly string[];
  /** Which sheet and columns a flagged row's entry selects. */
  readonly rowTarget?: { readonly sheetName: string; readonly left: number; readonly right: number };
  readonly stats: BatchStats;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the source

interface Loaded {
  readonly sheetId: string;
  readonly sheetName: string;
  readonly source: Rect;
  readonly used: Rect;
  readonly sheetNames: readonly { id: string; name: string }[];
  readonly settings: ReadonlyMap<string, unknown>;
  readonly tables: readonly string[];
  /** The sheet's tables that show a totals row. */
  readonly totalsTables: readonly string[];
}

async function loadSource(batch: Batch, choice: SourceChoice): Promise<Loaded> {
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
      throw new PaneProblem(
        `There is no table named "${choice.name}" any more. Choose the shipment data again.`,
      );
    }
    if (choice.kind === "selection") {
      throw new PaneProblem(
        `Excel could not give the selection (${describeError(error)}). Select one block of cells, the header row included, and try again.`,
      );
    }
    throw error;
  }
  if (range.isNullObject)
    throw new PaneProblem(
      `Sheet "${sheet.name}" is empty. Open the shipment sheet (or select its cells) and try again.`,
    );
  // A table's totals row stays in the source: the sheet logic skips it as a totals line and names it.
  const source = rectOf(range);
  if (choice.kind === "selection" && source.rowCount * source.columnCount === 1) {
    throw new PaneProblem(
      "Only one cell is selected. Select the shipment's header row and rows (or choose the whole sheet), then try again.",
    );
  }
  return {
    sheetId: sheet.id,
    sheetName: sheet.name,
    source,
    used: used.isNullObject ? source : rectOf(used),
    sheetNames: sheets.items.map((item) => ({ id: item.id, name: item.name })),
    settings: settingsMap(settings),
    tables: tables.items.map((item) => item.name),
    totalsTables: tables.items.filter((item) => item.showTotals).map((item) => item.name),
  };
}

interface AuditTarget {
  readonly name: string;
  /** 0-based row of the next audit line; undefined when the sheet must be created. */
  readonly nextRow?: number;
}

interface Scanned {
  readonly loaded: Loaded;
  readonly record: SheetRecord;
  readonly created: CreatedSheets;
  readonly plan: BlockPlan;
  readonly headerCells: readonly CellValue[];
  readonly sample: readonly (readonly CellValue[])[];
  readonly audit: AuditTarget;
  readonly view: SheetView;
  readonly overrides: MappingOverrides;
  /** The layout from the header row (column indexes relative to plan.left). */
  readonly layout: SheetLayout;
  /** The add-in's own output columns by its record, and number formats of the first rows (a "Duty" of 12 %). */
  readonly knowledge: SheetKnowledge;
  /** 0-based sheet rows of the totals rows of the sheet's tables. */
  readonly totalsRows: readonly number[];
}

function auditCandidate(loaded: Loaded, created: CreatedSheets): string | undefined {
  const names = loaded.sheetNames.map((sheet) => sheet.name);
  if (created.audit !== undefined && names.includes(created.audit)) return created.audit;
  return names.find((name) => name.toLowerCase() === "audit");
}

/** Source, settings, the first rows and the audit sheet: two syncs, whatever the size of the sheet. */
async function scan(
  batch: Batch,
  inputs: { source: SourceChoice; mapping?: PaneInputs["mapping"] },
): Promise<Scanned> {
  const loaded = await loadSource(batch, inputs.source);
  const record = readRecord(loaded.settings.get(recordKey(loaded.sheetId)), loaded.sheetName);
  const created = readCreatedSheets(loaded.settings.get(CREATED_SHEETS_KEY));
  const scanArea = scanRect(loaded.source, record, lastColumn(loaded.used));
  const sheet = batch.worksheet(loaded.sheetName);
  const scanRange = sheet
    .getRangeByIndexes(scanArea.row, scanArea.column, scanArea.rowCount, scanArea.columnCount)
    .load("values,numberFormat");
  const totalsRanges = loaded.totalsTables.map((name) =>
    sheet.tables.getItem(name).getRange().load("rowIndex,rowCount"),
  );
  const auditName = auditCandidate(loaded, created);
  const auditHeader =
    auditName === undefined
      ? undefined
      : batch.worksheet(auditName).getRangeByIndexes(0, 0, 1, AUDIT_COLUMNS.length).load("values");
  const auditUsed =
    auditName === undefined
      ? undefined
      : batch.worksheet(auditName).getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  await batch.sync();

  const scanValues = scanRange.values as CellValue[][];
  const plan = planBlock(loaded.source, scanValues, record);
  const mapping = inputs.mapping ?? record.mapping ?? {};
  if (plan === undefined) {
    // The sheet logic's own words for a sheet without a header row.
    sheetLayout(scanValues.map((row) => row.slice(0, loaded.source.columnCount)));
    throw new SheetProblem("No header row found");
  }
  const headerIndex = plan.headerRow - loaded.source.row;
  const width = plan.right - plan.left + 1;
  const headerCells = (scanValues[headerIndex] ?? []).slice(0, width);
  while (headerCells.length < width) headerCells.push("");
  const overrides = mappingOverrides(mapping, plan.headers);
  const formats = scanRange.numberFormat as unknown[][];
  const knowledge: SheetKnowledge = {
    recordedOutputs: recordedOutputs(record, plan.left),
    percentFormatted: (rowIndex, column) => String(formats[rowIndex]?.[column] ?? "").includes("%"),
  };
  const layout = mapColumns(headerCells, headerIndex, overrides, { ...knowledge, rows: scanValues });
  const detected = mapColumns(headerCells, headerIndex, {}, { ...knowledge, rows: scanValues });
  const totalsRows = totalsRanges.map((range) => range.rowIndex + range.rowCount - 1);

  let audit: AuditTarget;
  const headerMatches =
    auditHeader !== undefined &&
    AUDIT_COLUMNS.every(
      (name, index) => cellText((auditHeader.values as CellValue[][])[0][index]).trim() === name,
    );
  if (auditName !== undefined && headerMatches && auditUsed !== undefined) {
    audit = {
      name: auditName,
      nextRow: auditUsed.isNullObject ? 1 : auditUsed.rowIndex + auditUsed.rowCount,
    };
  } else {
    const taken = new Set(loaded.sheetNames.map((item) => item.name.toLowerCase()));
    audit = { name: uniqueSheetName("Audit", taken) };
  }

  const absolute = (columns: Readonly<Partial<Record<Field, number>>>) =>
    Object.fromEntries(
      Object.entries(columns).map(([field, index]) => [field, plan.left + (index as number)]),
    ) as Partial<Record<Field, number>>;
  const view: SheetView = {
    sheetId: loaded.sheetId,
    sheetName: loaded.sheetName,
    sourceLabel: `${loaded.sheetName}!${rectAddress(loaded.source)}`,
    headers: plan.headers
      .map((text, index) => ({ column: plan.left + index, letter: columnLetters(plan.left + index), text }))
      .filter((header) => header.text !== ""),
    detected: absolute(detected.columns),
    mapped: absolute(layout.columns),
    problems: layoutProblems(layout),
    ignoredCostColumns: layout.ignoredCostColumns,
    tables: loaded.tables,
    mapping,
    source: inputs.source,
  };
  return {
    loaded,
    record,
    created,
    plan,
    headerCells,
    sample: scanValues,
    audit,
    view,
    overrides,
    layout,
    knowledge,
    totalsRows,
  };
}

/** What the pane shows before any action: the source, its headers and the mapping (two syncs). */
export async function inspect(
  batch: Batch,
  inputs: { source: SourceChoice; mapping?: PaneInputs["mapping"] },
): Promise<SheetView> {
  return (await scan(batch, inputs)).view;
}

interface Prepared extends Scanned {
  readonly block: BlockRead;
  /** Rows of the source (header included), columns plan.left..plan.right: what the sheet logic checks. */
  readonly values: CellValue[][];
  readonly firstRowNumber: number;
  /** 0-based sheet rows of the data below the header: from dataStart to the last row read. */
  readonly dataStart: number;
  readonly lastDataRow: number;
  readonly lastSourceRow: number;
  /** 0-based sheet column where new columns go. */
  readonly appendStart: number;
}

interface Needs {
  readonly newColumns: number;
  /** 0-based sheet columns whose formulas must be read (the add-in will write there). */
  readonly protect: readonly number[];
}

/** Scans, then reads the whole block once, in chunks. */
async function prepare(
  batch: Batch,
  inputs: PaneInputs,
  needs: (scanned: Scanned) => Needs,
): Promise<Prepared> {
  const scanned = await scan(batch, inputs);
  if (scanned.view.problems.length > 0) throw new SheetProblem(scanned.view.problems.join("; "));
  const { loaded, plan, record } = scanned;
  const { newColumns, protect } = needs(scanned);
  const rows = readRows(loaded.source, record);
  // Columns right of the block: read them only when they may hold something (inside the used range).
  const readsAppend = newColumns > 0 && plan.right < lastColumn(loaded.used);
  const appendColumns = readsAppend ? Array.from({ length: newColumns }, (_, i) => plan.right + 1 + i) : [];
  // Link columns' formulas too: =HYPERLINK("https://…", "Listing") shows its label, the check reads its link.
  const linkColumns = [scanned.layout.columns.salesLink, scanned.layout.columns.referenceLink]
    .filter((index): index is number => index !== undefined)
    .map((index) => plan.left + index);
  const block = await readBlock(
    batch,
    loaded.sheetName,
    rows,
    { left: plan.left, right: plan.right + appendColumns.length },
    [...new Set([...protect, ...appendColumns, ...linkColumns])],
    scanned.sample,
  );
  const width = plan.right - plan.left + 1;
  const sourceRows = loaded.source.rowCount;
  const values = block.values.slice(0, sourceRows).map((row) => row.slice(0, width));
  for (const column of linkColumns) {
    const formulas = block.formulas.get(column) ?? [];
    values.forEach((cells, index) => {
      const formula = formulas[index];
      if (typeof formula !== "string" || index <= plan.headerRow - rows.first) return;
      cells[column - plan.left] = linkCellValue(cells[column - plan.left], hyperlinkFormulaTarget(formula));
    });
  }
  const dataStart = plan.headerRow + 1;
  const lastSourceRow = lastRow(loaded.source);
  let adjacentEmpty = true;
  for (const column of appendColumns) {
    const formulas = block.formulas.get(column) ?? [];
    for (let row = plan.headerRow; row <= lastSourceRow; row++) {
      const index = row - rows.first;
      if (!isEmptyCell(block.values[index]?.[column - plan.left]) || isFormula(formulas[index]))
        adjacentEmpty = false;
    }
  }
  return {
    ...scanned,
    block,
    values,
    firstRowNumber: loaded.source.row + 1,
    dataStart,
    lastDataRow: rows.last,
    lastSourceRow,
    appendStart: appendAt(plan.right, lastColumn(loaded.used), adjacentEmpty),
  };
}

/** The sheet logic's full layout of the block (the same header row the scan found). */
function fullLayout(prepared: Prepared): SheetLayout {
  const headerIndex = prepared.plan.headerRow - prepared.loaded.source.row;
  const layout = mapColumns(
    prepared.values[headerIndex] ?? prepared.headerCells,
    headerIndex,
    prepared.overrides,
    {
      ...prepared.knowledge,
      rows: prepared.values,
    },
  );
  const problems = layoutProblems(layout);
  if (problems.length > 0) throw new SheetProblem(problems.join("; "));
  return layout;
}

function check(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  settings: Settings,
  firstRowNumber: number,
  hints: RowHints,
): ShipmentCheck {
  const rows = applyShipmentRules(checkRows(values, layout, settings, firstRowNumber, hints));
  const skipped = skippedRows(values, layout, firstRowNumber, hints);
  return { layout, rows, summary: summarize(rows, layout, settings, skipped) };
}

/** The tables' totals rows as indexes into the source's values. */
function hintsOf(prepared: Prepared): RowHints {
  const first = prepared.loaded.source.row;
  return { tableTotalsRows: new Set(prepared.totalsRows.map((row) => row - first)) };
}

/** A column's data rows (dataStart..lastDataRow) as read. */
function columnValues(prepared: Prepared, column: number): CellValue[] {
  const { block, dataStart, lastDataRow, plan } = prepared;
  const cells: CellValue[] = [];
  for (let row = dataStart; row <= lastDataRow; row++)
    cells.push(block.values[row - block.firstRow]?.[column - plan.left]);
  return cells;
}

function columnFormulas(prepared: Prepared, column: number): unknown[] {
  const formulas = prepared.block.formulas.get(column) ?? [];
  const offset = prepared.dataStart - prepared.block.firstRow;
  return formulas.slice(offset, offset + prepared.lastDataRow - prepared.dataStart + 1);
}

/** A column with nothing in its data rows (a column the add-in is about to create). */
function emptyColumn(prepared: Prepared): CellValue[] {
  return Array.from({ length: prepared.lastDataRow - prepared.dataStart + 1 }, () => null);
}

/** A column's data rows after the pieces written (for the fingerprint the record keeps). */
function columnAfter(
  prepared: Prepared,
  column: number,
  before: readonly CellValue[],
  written: readonly Piece<CellValue>[],
): CellValue[] {
  const after = [...before];
  for (const piece of written) {
    const offset = column - piece.column;
    if (piece.sheet !== prepared.loaded.sheetName || offset < 0 || offset >= (piece.values[0]?.length ?? 0))
      continue;
    piece.values.forEach((cells, i) => {
      const index = piece.row + i - prepared.dataStart;
      if (index >= 0 && index < after.length) after[index] = cells[offset] === "" ? null : cells[offset];
    });
  }
  return after;
}

// ---------------------------------------------------------------------------------------------------------------
// Finishing: records, settings, audit

interface Finish {
  readonly record?: SheetRecord;
  readonly created?: CreatedSheets;
  readonly summary: Summary;
  readonly actionLabel: string;
}

function queueAudit(batch: Batch, prepared: Prepared, auditLine: CellValue[]): void {
  const { audit } = prepared;
  const workbook = batch.context.workbook;
  let sheet: Excel.Worksheet;
  let row = audit.nextRow;
  if (row === undefined) {
    sheet = workbook.worksheets.add(audit.name);
    const header = sheet.getRangeByIndexes(0, 0, 1, AUDIT_COLUMNS.length);
    header.values = [[...AUDIT_COLUMNS]];
    header.format.font.bold = true;
    row = 1;
  } else sheet = batch.worksheet(audit.name);
  const line = sheet.getRangeByIndexes(row, 0, 1, AUDIT_COLUMNS.length);
  // Text columns stay text (a source or settings text must never become a formula or a date).
  for (const index of [0, 1, 9, 10]) setNumberFormat(line.getCell(0, index), "@");
  line.values = [auditLine.map((cell) => (cell === null || cell === undefined ? "" : cell))] as unknown[][];
}

/** The last sync of every action: the record of what the add-in owns, settings, created sheets and the audit line. */
async function finish(batch: Batch, prepared: Prepared, inputs: PaneInputs, done: Finish): Promise<void> {
  const settings = batch.context.workbook.settings;
  batch.context.workbook.application.suspendApiCalculationUntilNextSync();
  const record: SheetRecord = {
    ...(done.record ?? prepared.record),
    sheetName: prepared.loaded.sheetName,
    headerRow: prepared.plan.headerRow,
    mapping: inputs.mapping,
    source: inputs.source,
  };
  settings.add(recordKey(prepared.loaded.sheetId), record);
  settings.add(SETTINGS_KEY, inputs.stored);
  const created = { ...(done.created ?? prepared.created), audit: prepared.audit.name };
  settings.add(CREATED_SHEETS_KEY, created);
  const source = `${prepared.view.sourceLabel} (${done.actionLabel})`;
  queueAudit(batch, prepared, auditRow(new Date(), source, done.summary, inputs.settings));
  await batch.sync();
}

/** Saves the settings and the mapping alone (when the user edits them), in one sync. */
export async function saveChoices(
  batch: Batch,
  stored: StoredSettings | undefined,
  sheet?: { id: string; name: string; mapping: PaneInputs["mapping"]; source: SourceChoice },
): Promise<void> {
  const settings = batch.context.workbook.settings;
  let existing: Excel.Setting | undefined;
  if (sheet !== undefined) {
    existing = settings.getItemOrNullObject(recordKey(sheet.id)).load("value");
    await batch.sync();
  }
  if (stored !== undefined) settings.add(SETTINGS_KEY, stored);
  if (sheet !== undefined) {
    const record = readRecord(existing?.isNullObject ? undefined : existing?.value, sheet.name);
    settings.add(recordKey(sheet.id), {
      ...record,
      sheetName: sheet.name,
      mapping: sheet.mapping,
      source: sheet.source,
    });
  }
  await batch.sync();
}

/** Settings and the sheet's saved mapping and source, as a colleague saved them with the workbook (one sync). */
export async function loadChoices(
  batch: Batch,
): Promise<{ stored: unknown; mapping?: PaneInputs["mapping"]; source?: SourceChoice }> {
  const workbook = batch.context.workbook;
  const settings = workbook.settings.load("items/key,items/value");
  const sheet = workbook.worksheets.getActiveWorksheet().load("id,name");
  await batch.sync();
  const map = settingsMap(settings);
  const record = readRecord(map.get(recordKey(sheet.id)), sheet.name);
  return { stored: map.get(SETTINGS_KEY), mapping: record.mapping, source: record.source };
}

function stoppedMessage(report: WriteReport, what: string, total: number): string | undefined {
  if (report.complete) return undefined;
  const rows = report.written
    .filter((piece) => piece.values.length > 0)
    .reduce((count, piece) => count + piece.values.length, 0);
  const reason =
    report.stoppedBy instanceof Error && report.stoppedBy.name === "Cancelled"
      ? "You cancelled"
      : `Excel stopped the write (${describeError(report.stoppedBy)})`;
  return `${reason}: ${what} ${rows.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} row writes went through; the rest were not written. The add-in recorded what it wrote, so running the action again finishes the job.`;
}

export function describeError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof message === "string" && typeof code === "string") return `${code}: ${message}`;
    if (typeof message === "string") return message;
  }
  return String(error);
}

/** Consecutive target rows as pieces of one column: [[v],[v],...] from each run's first row. */
function runsOfRows(
  sheet: string,
  column: number,
  rows: readonly { row: number; value: CellValue }[],
): Piece<CellValue>[] {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const pieces: { sheet: string; row: number; column: number; values: CellValue[][] }[] = [];
  for (const { row, value } of sorted) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.row + last.values.length === row) last.values.push([value]);
    else pieces.push({ sheet, row, column, values: [[value]] });
  }
  return pieces;
}

// ---------------------------------------------------------------------------------------------------------------
// Fill VAT rates

export async function fillVatRates(batch: Batch, inputs: PaneInputs): Promise<ActionResult> {
  const vatHeader = columnDefinition("vatRate").header;
  const prepared = await prepare(batch, inputs, (scanned) => {
    const vat = scanned.layout.columns.vatRate;
    return vat === undefined
      ? { newColumns: 1, protect: [] }
      : { newColumns: 0, protect: [scanned.plan.left + vat] };
  });
  const layout = fullLayout(prepared);
  const { plan, loaded, firstRowNumber } = prepared;
  const existing = layout.columns.vatRate;
  const vatColumn = existing === undefined ? prepared.appendStart : plan.left + existing;
  const formulas = existing === undefined ? [] : columnFormulas(prepared, vatColumn);
  const formulaAt = (index: number) => formulas[loaded.source.row + index - prepared.dataStart];
  // Rates the add-in filled before that still hold what it wrote are its own: worked out again (issue 8).
  const recorded =
    existing === undefined
      ? new Map<number, number>()
      : recordedVatRates(prepared.record, vatColumn, plan.headers[existing]);
  const own = ownVatRates(prepared.values, layout, recorded, firstRowNumber, formulaAt);
  const vatPlan = planVatRates(prepared.values, layout, own, inputs.settings, {
    firstRowNumber,
    fillEmpty: true,
    hints: hintsOf(prepared),
    formulaAt,
  });
  const skipped = vatPlan.skipped.map(({ row, reason }) => `Row ${row}: ${reason}`);
  for (const row of vatPlan.formulaRows)
    skipped.push(`Row ${row}: the VAT rate cell holds a formula; the add-in left it alone.`);
  const targets = vatPlan.writes.map((write) => ({
    row: loaded.source.row + write.index,
    value: write.value as CellValue,
  }));
  const fillPieces = runsOfRows(loaded.sheetName, vatColumn, targets).map((piece) => ({
    ...piece,
    numberFormat: "0.0%",
  }));
  const headerPiece: Piece<CellValue> | undefined =
    existing === undefined && targets.length > 0
      ? { sheet: loaded.sheetName, row: plan.headerRow, column: vatColumn, values: [[vatHeader]] }
      : undefined;
  const report = await writePieces(
    batch,
    headerPiece === undefined ? fillPieces : [headerPiece, ...fillPieces],
    "Filling VAT rates",
  );
  const written = writtenVatRates(report.written, headerPiece, vatPlan.writes, loaded.source.row);
  const ownSet = new Set(own.ownRows);
  const filledRows = written.filter((write) => !ownSet.has(write.index)).length;
  const refreshedRows = written.filter((write) => ownSet.has(write.index) && write.value !== "").length;
  const clearedRows = written.filter((write) => write.value === "").length;

  // The audit line reflects the sheet after the fill (an added column gives the same rates the check computes).
  const after = prepared.values.map((row) => [...row]);
  const vatIndex = vatColumn - plan.left;
  for (const piece of report.written) {
    if (piece === headerPiece || vatIndex >= plan.right - plan.left + 1) continue;
    piece.values.forEach((cells, i) => {
      const row = after[piece.row + i - loaded.source.row];
      if (row !== undefined) row[vatIndex] = cells[0];
    });
  }
  const summary = check(after, layout, inputs.settings, firstRowNumber, hintsOf(prepared)).summary;
  let record = prepared.record;
  if (headerPiece !== undefined && report.written.includes(headerPiece)) {
    record = withColumns(record, [
      {
        header: vatHeader,
        column: vatColumn,
        kind: "vatRate",
        created: true,
        firstRow: prepared.dataStart,
        lastRow: prepared.lastSourceRow,
      },
    ]);
  }
  if (headerPiece !== undefined && report.written.includes(headerPiece)) {
    batch.worksheet(loaded.sheetName).getRangeByIndexes(plan.headerRow, vatColumn, 1, 1).format.font.bold =
      true;
  }
  if (existing !== undefined || (headerPiece !== undefined && report.written.includes(headerPiece))) {
    record = {
      ...record,
      vatFills: {
        header: existing === undefined ? vatHeader : plan.headers[existing],
        column: vatColumn,
        rates: formatFilledVatRates(filledAfterWrite(recorded, own, firstRowNumber, written)),
      },
    };
  }
  await finish(batch, prepared, inputs, { record, summary, actionLabel: ACTION_LABELS.fillVat });

  const messages =
    targets.length === 0
      ? [
          own.ownRows.length === 0
            ? "No empty VAT rate cells to fill: every row has a rate (or no destination the rate can come from)."
            : "No empty VAT rate cells to fill, and the rates the add-in filled before are still the right ones.",
        ]
      : [];
  if (filledRows > 0)
    messages.push(
      `Filled ${filledRows.toLocaleString("en-US")} empty VAT rate cell${filledRows === 1 ? "" : "s"} in column ${columnLetters(vatColumn)} with the standard rate of the destination on the row's date (or the declaration date). Rates you typed were left as they were.`,
    );
  messages.push(...ownRatesMessages(refreshedRows, clearedRows));
  if (existing === undefined && targets.length > 0)
    messages.push(`Added the column "${vatHeader}" (${columnLetters(vatColumn)}).`);
  if (skipped.length > 0)
    messages.push(
      `Not filled: ${skipped.slice(0, 5).join(" ")}${skipped.length > 5 ? ` And ${skipped.length - 5} more.` : ""}`,
    );
  return result(
    "fillVat",
    prepared,
    messages,
    batch.stats,
    stoppedMessage(report, "VAT rate", targets.length),
  );
}

/** The VAT rate writes that went through (the pieces written, the header piece aside). */
function writtenVatRates(
  pieces: readonly Piece<CellValue>[],
  headerPiece: Piece<CellValue> | undefined,
  writes: readonly VatWrite[],
  firstRow: number,
): VatWrite[] {
  const rows = new Set<number>();
  for (const piece of pieces)
    if (piece !== headerPiece) piece.values.forEach((_, i) => rows.add(piece.row + i));
  return writes.filter((write) => rows.has(firstRow + write.index));
}

/** What became of the rates the add-in had filled before, in sentences. */
function ownRatesMessages(refreshed: number, cleared: number): string[] {
  const messages: string[] = [];
  if (refreshed > 0)
    messages.push(
      `Worked out again ${refreshed.toLocaleString("en-US")} VAT rate${refreshed === 1 ? "" : "s"} the add-in had filled before: the row's destination or date, or the declaration date, has changed since.`,
    );
  if (cleared > 0)
    messages.push(
      `Cleared ${cleared.toLocaleString("en-US")} VAT rate${cleared === 1 ? "" : "s"} the add-in had filled before: the row no longer gives a rate (its explanation says why).`,
    );
  return messages;
}

function result(
  action: ActionName,
  prepared: Prepared,
  messages: string[],
  stats: BatchStats,
  stopped: string | undefined,
  extra: Partial<ActionResult> = {},
): ActionResult {
  return {
    action,
    view: prepared.view,
    messages,
    ...(stopped === undefined ? {} : { stopped }),
    rowTarget: { sheetName: prepared.loaded.sheetName, left: prepared.plan.left, right: prepared.plan.right },
    stats: { ...stats },
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Check shipment

const STATUS_COLOURS: readonly { status: string; fill: string; font: string }[] = [
  { status: "ERROR", fill: "#FDE7E9", font: "#A4262C" },
  { status: "RISK", fill: "#FED9CC", font: "#8A3707" },
  { status: "REVIEW", fill: "#FFF4CE", font: "#6D5700" },
  { status: "OK", fill: "#DFF6DD", font: "#0E700E" },
];

function existingOutputs(scanned: Scanned): Map<string, number> {
  const positions = new Map<string, number>();
  for (const name of OUTPUT_COLUMNS) {
    const index = scanned.layout.outputColumns[name];
    if (index !== undefined) positions.set(name, scanned.plan.left + index);
  }
  return positions;
}

export async function checkShipment(batch: Batch, inputs: PaneInputs): Promise<ActionResult> {
  const prepared = await prepare(batch, inputs, (scanned) => {
    const existing = existingOutputs(scanned);
    // The VAT rate column's formulas too, when the add-in filled rates there before: it may write them again.
    const vat = scanned.layout.columns.vatRate;
    const ownVat =
      vat !== undefined && scanned.record.vatFills !== undefined ? [scanned.plan.left + vat] : [];
    return { newColumns: OUTPUT_COLUMNS.length - existing.size, protect: [...existing.values(), ...ownVat] };
  });
  const layout = fullLayout(prepared);
  const { plan, loaded, record } = prepared;
  const sheetName = loaded.sheetName;
  const hints = hintsOf(prepared);
  const { firstRowNumber } = prepared;
  // VAT rates the add-in filled before are its own: the check works them out again and writes them anew.
  const vatIndex = layout.columns.vatRate;
  const vatColumn = vatIndex === undefined ? undefined : plan.left + vatIndex;
  const vatFormulas = vatColumn === undefined ? [] : columnFormulas(prepared, vatColumn);
  const formulaAt = (index: number) => vatFormulas[loaded.source.row + index - prepared.dataStart];
  const recorded =
    vatColumn === undefined || vatIndex === undefined
      ? new Map<number, number>()
      : recordedVatRates(record, vatColumn, plan.headers[vatIndex]);
  const own = ownVatRates(prepared.values, layout, recorded, firstRowNumber, formulaAt);
  const checked = check(own.values, layout, inputs.settings, firstRowNumber, hints);
  const vatPlan = planVatRates(prepared.values, layout, own, inputs.settings, {
    firstRowNumber,
    fillEmpty: false,
    hints,
    formulaAt,
  });

  // Where each output column is: in place, or new to the right.
  const existing = existingOutputs(prepared);
  const positions = new Map<string, number>();
  let next = prepared.appendStart;
  for (const name of OUTPUT_COLUMNS) positions.set(name, existing.get(name) ?? next++);
  const newNames = OUTPUT_COLUMNS.filter((name) => !existing.has(name));

  // Refuse before writing anything when an existing column holds what the add-in did not write.
  const refusals: string[] = [];
  for (const [name, column] of existing) {
    const owned = ownedColumn(record, plan.headers[column - plan.left] || name);
    const verdict = judgeColumn(
      {
        header: plan.headers[column - plan.left] || name,
        column,
        values: columnValues(prepared, column),
        formulas: columnFormulas(prepared, column),
        firstRowNumber: prepared.dataStart + 1,
      },
      owned?.kind === "output" ? owned : undefined,
      ACTION_LABELS.check,
    );
    if (!verdict.writable) refusals.push(verdict.message);
  }
  if (refusals.length > 0) throw new PaneProblem(refusals.join(" "));

  // The output block: every data row of the source, checked rows with their results, blank rows emptied.
  const byRow = new Map<number, (number | string)[]>();
  for (const row of checked.rows) byRow.set(row.row - 1, outputCells(row));
  const empty = OUTPUT_COLUMNS.map(() => "");
  const pieces: Piece<CellValue>[] = [];
  for (const run of adjacentRuns(newNames.map((name) => positions.get(name) as number))) {
    pieces.push({
      sheet: sheetName,
      row: plan.headerRow,
      column: run.start,
      // A column of the user's with an output column's name keeps it: the add-in's gets a distinct header.
      values: [
        OUTPUT_COLUMNS.filter((name) => {
          const at = positions.get(name) as number;
          return at >= run.start && at < run.start + run.count;
        }).map((name) => layout.outputHeaders[name]),
      ],
    });
  }
  const order = OUTPUT_COLUMNS.map((name, index) => ({ name, index, column: positions.get(name) as number }));
  const sheet = batch.worksheet(sheetName);
  const dataRows = prepared.lastSourceRow - prepared.dataStart + 1;
  for (const run of adjacentRuns(order.map((entry) => entry.column))) {
    const members = order
      .filter((entry) => entry.column >= run.start && entry.column < run.start + run.count)
      .sort((a, b) => a.column - b.column);
    const values: CellValue[][] = [];
    for (let row = prepared.dataStart; row <= prepared.lastSourceRow; row++) {
      const cells = byRow.get(row) ?? empty;
      values.push(members.map((entry) => cells[entry.index]));
    }
    if (dataRows > 0) {
      pieces.push({ sheet: sheetName, row: prepared.dataStart, column: run.start, values });
      // Number formats first: text columns must be text before the explanations arrive.
      for (const entry of members)
        setNumberFormat(
          sheet.getRangeByIndexes(prepared.dataStart, entry.column, dataRows, 1),
          OUTPUT_NUMBER_FORMATS[entry.name],
        );
    }
  }
  for (const run of adjacentRuns(newNames.map((name) => positions.get(name) as number))) {
    sheet.getRangeByIndexes(plan.headerRow, run.start, 1, run.count).format.font.bold = true;
  }
  const vatPieces =
    vatColumn === undefined
      ? []
      : runsOfRows(
          sheetName,
          vatColumn,
          vatPlan.writes.map((write) => ({ row: loaded.source.row + write.index, value: write.value })),
        );
  const report = await writePieces(batch, [...pieces, ...vatPieces], "Writing results");

  // Status colours: conditional formats on the Status column's data rows only.
  const statusColumn = positions.get("Status") as number;
  const previous = ownedColumn(record, layout.outputHeaders.Status);
  const clearTo = Math.max(prepared.lastSourceRow, previous?.lastRow ?? 0);
  if (report.written.length > 0 && dataRows > 0) {
    sheet
      .getRangeByIndexes(prepared.dataStart, statusColumn, clearTo - prepared.dataStart + 1, 1)
      .conditionalFormats.clearAll();
    const statusRange = sheet.getRangeByIndexes(prepared.dataStart, statusColumn, dataRows, 1);
    for (const colour of STATUS_COLOURS) {
      const format = statusRange.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      format.cellValue.format.fill.color = colour.fill;
      format.cellValue.format.font.color = colour.font;
      format.cellValue.rule = {
        formula1: `="${colour.status}"`,
        operator: Excel.ConditionalCellValueOperator.equalTo,
      };
    }
  }

  const owned: OwnedColumn[] = [];
  for (const name of OUTPUT_COLUMNS) {
    const column = positions.get(name) as number;
    const headerWritten =
      existing.has(name) ||
      report.written.some(
        (piece) =>
          piece.row === plan.headerRow &&
          column >= piece.column &&
          column < piece.column + (piece.values[0]?.length ?? 0),
      );
    if (!headerWritten) continue;
    const before = existing.has(name) ? columnValues(prepared, column) : emptyColumn(prepared);
    const after = columnAfter(prepared, column, before, report.written);
    const header = layout.outputHeaders[name];
    const was = ownedColumn(record, header);
    owned.push({
      header,
      column,
      kind: "output",
      created: !existing.has(name) || (was?.created ?? false),
      firstRow: prepared.dataStart,
      lastRow: prepared.lastDataRow,
      fingerprint: fingerprint(after),
    });
  }
  const vatWritten =
    vatColumn === undefined
      ? []
      : writtenVatRates(report.written, undefined, vatPlan.writes, loaded.source.row);
  const vatRecord =
    vatColumn === undefined || vatIndex === undefined || record.vatFills === undefined
      ? {}
      : {
          vatFills: {
            header: plan.headers[vatIndex],
            column: vatColumn,
            rates: formatFilledVatRates(filledAfterWrite(recorded, own, firstRowNumber, vatWritten)),
          },
        };
  await finish(batch, prepared, inputs, {
    record: { ...withColumns(record, owned), ...vatRecord },
    summary: checked.summary,
    actionLabel: ACTION_LABELS.check,
  });

  const written =
    newNames.length === 0
      ? `Updated the columns ${columnLetters(positions.get(OUTPUT_COLUMNS[0]) as number)}–${columnLetters(Math.max(...positions.values()))} in place`
      : `Wrote the results in columns ${OUTPUT_COLUMNS.map((name) => columnLetters(positions.get(name) as number)).join(", ")} (${OUTPUT_COLUMNS.map((name) => layout.outputHeaders[name]).join(", ")})`;
  const messages = [
    `Checked ${checked.summary.rows.toLocaleString("en-US")} rows of ${prepared.view.sourceLabel}. ${written}.`,
    ...ownRatesMessages(
      vatWritten.filter((write) => write.value !== "").length,
      vatWritten.filter((write) => write.value === "").length,
    ),
  ];
  return result("check", prepared, messages, batch.stats, stoppedMessage(report, "result", dataRows), {
    summary: checked.summary,
    flagged: checked.rows.filter((row) => row.flags.length > 0),
    shipments: [
      ...new Set(checked.rows.map((row) => row.shipment).filter((id): id is string => id !== null)),
    ].sort(),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Share costs

export interface CostTotals {
  readonly freight: string;
  readonly lastMile: string;
  readonly handling: string;
  readonly shipment: string;
}

const COST_LABELS: Readonly<Record<SharedCostField, string>> = {
  freight: "Freight total",
  lastMile: "Last mile total",
  handling: "Handling total",
};

/** The totals typed in the pane as amounts; empty is 0; anything else is an InputError naming the field. */
export function readCostTotals(totals: CostTotals): { costs: ShipmentCosts; shipment?: string } {
  const amount = (field: SharedCostField): Exact => {
    const text = totals[field].trim();
    if (text === "") return ZERO;
    const value = readNumberText(text);
    if (value === undefined)
      throw new InputError(
        COST_LABELS[field],
        `"${text}" is not an amount`,
        "Enter the shipment's total in EUR, e.g. 1250.00",
      );
    if (value.isNegative())
      throw new InputError(
        COST_LABELS[field],
        `${value.toString()} is negative`,
        "Enter the total as a positive amount",
      );
    return exact(value);
  };
  const costs = { freight: amount("freight"), lastMile: amount("lastMile"), handling: amount("handling") };
  if (SHARED_COST_FIELDS.every((field) => costs[field].isZero())) {
    throw new InputError(
      "Shipment totals",
      "all are empty",
      "Enter at least one total (freight, last mile or handling) to share",
    );
  }
  const shipment = totals.shipment.trim();
  return shipment === "" ? { costs } : { costs, shipment };
}

export async function shareCosts(
  batch: Batch,
  inputs: PaneInputs,
  totals: CostTotals,
): Promise<ActionResult> {
  const { costs, shipment } = readCostTotals(totals);
  const fields = SHARED_COST_FIELDS.filter((field) => !costs[field].isZero());
  const prepared = await prepare(batch, inputs, (scanned) => {
    const present = fields.filter((field) => scanned.layout.columns[field] !== undefined);
    return {
      newColumns: fields.length - present.length,
      protect: present.map((field) => scanned.plan.left + (scanned.layout.columns[field] as number)),
    };
  });
  const layout = fullLayout(prepared);
  const { plan, loaded, record } = prepared;
  // A table's totals row takes no share of the costs, whatever it holds.
  const totalsRows = hintsOf(prepared).tableTotalsRows ?? new Set<number>();
  const shareable = prepared.values.map((cells, index) => (totalsRows.has(index) ? [] : cells));
  const sharing = shareShipmentCosts(shareable, layout, costs, shipment, prepared.firstRowNumber);
  if (!sharing.ok)
    throw new PaneProblem(
      `The costs were not shared: ${sharing.problems.slice(0, 5).join("; ")}${sharing.problems.length > 5 ? `; and ${sharing.problems.length - 5} more` : ""}.`,
    );

  const key = shareKey(shipment);
  let next = prepared.appendStart;
  const columns = fields.map((field) => {
    const index = layout.columns[field];
    const header = index === undefined ? columnDefinition(field).header : plan.headers[index];
    return {
      field,
      header,
      column: index === undefined ? next++ : plan.left + index,
      created: index === undefined,
    };
  });
  // Targets as indexes into the column's data rows (dataStart..lastDataRow).
  const offset = loaded.source.row - prepared.dataStart;
  const targets = sharing.shares.map((share) => share.index + offset);
  const refusals: string[] = [];
  for (const column of columns) {
    if (column.created) continue;
    const owned = ownedColumn(record, column.header);
    const verdict = judgeCells(
      {
        header: column.header,
        column: column.column,
        values: columnValues(prepared, column.column),
        formulas: columnFormulas(prepared, column.column),
        firstRowNumber: prepared.dataStart + 1,
        targets,
      },
      owned?.kind === "cost" ? owned : undefined,
      key,
    );
    if (!verdict.writable) refusals.push(verdict.message);
  }
  if (refusals.length > 0) throw new PaneProblem(refusals.join(" "));

  const sheet = batch.worksheet(loaded.sheetName);
  const pieces: Piece<CellValue>[] = [];
  for (const run of adjacentRuns(columns.filter((column) => column.created).map((column) => column.column))) {
    const headers = columns
      .filter(
        (column) => column.created && column.column >= run.start && column.column < run.start + run.count,
      )
      .map((column) => column.header);
    pieces.push({ sheet: loaded.sheetName, row: plan.headerRow, column: run.start, values: [headers] });
    sheet.getRangeByIndexes(plan.headerRow, run.start, 1, run.count).format.font.bold = true;
  }
  for (const column of columns) {
    const cells = sharing.shares.map((share) => ({
      row: loaded.source.row + share.index,
      value: share.perUnit[column.field].toNumber() as CellValue,
    }));
    const runs = runsOfRows(loaded.sheetName, column.column, cells);
    pieces.push(...(column.created ? runs.map((run) => ({ ...run, numberFormat: "0.00" })) : runs));
  }
  const report = await writePieces(batch, pieces, "Sharing costs");

  const owned: OwnedColumn[] = [];
  for (const column of columns) {
    const before = column.created ? emptyColumn(prepared) : columnValues(prepared, column.column);
    const after = columnAfter(prepared, column.column, before, report.written);
    const headerWritten =
      !column.created ||
      report.written.some(
        (piece) =>
          piece.row === plan.headerRow &&
          column.column >= piece.column &&
          column.column < piece.column + (piece.values[0]?.length ?? 0),
      );
    if (!headerWritten) continue;
    owned.push(
      recordCostWrite(
        ownedColumn(record, column.header),
        {
          header: column.header,
          column: column.column,
          created: column.created,
          firstRow: prepared.dataStart,
          lastRow: prepared.lastDataRow,
        },
        before,
        after,
        targets,
        key,
      ),
    );
  }
  // The audit line reflects the sheet after sharing.
  const after = prepared.values.map((row) => [...row]);
  const width = plan.right - plan.left + 1;
  for (const share of sharing.shares) {
    for (const column of columns) {
      if (column.column - plan.left < width)
        after[share.index][column.column - plan.left] = share.perUnit[column.field].toNumber();
    }
  }
  const summary = check(after, layout, inputs.settings, prepared.firstRowNumber, hintsOf(prepared)).summary;
  await finish(batch, prepared, inputs, {
    record: withColumns(record, owned),
    summary,
    actionLabel: `${ACTION_LABELS.shareCosts}${shipment === undefined ? "" : ` ${shipment}`}`,
  });

  const rows = sharing.shares.map((share) => share.row);
  const shared = fields
    .map((field) => `${columnDefinition(field).header} ${costs[field].toFixed(2)}`)
    .join(", ");
  const messages = [
    `Shared ${shared} over ${describeRows(rows)}${shipment === undefined ? "" : ` of shipment ${shipment}`} by unit weight × quantity, in cents that add up to the totals.`,
    `Wrote the per-unit amounts in ${columns.map((column) => `${column.header} (${columnLetters(column.column)})`).join(", ")}. Run Check shipment to see their effect.`,
  ];
  return result(
    "shareCosts",
    prepared,
    messages,
    batch.stats,
    stoppedMessage(
      report,
      "cost",
      pieces.reduce((n, piece) => n + piece.values.length, 0),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Pro forma

export async function proForma(batch: Batch, inputs: PaneInputs): Promise<ActionResult> {
  const prepared = await prepare(batch, inputs, () => ({ newColumns: 0, protect: [] }));
  const layout = fullLayout(prepared);
  const checked = check(prepared.values, layout, inputs.settings, prepared.firstRowNumber, hintsOf(prepared));
  const sheets = proFormaSheets(checked, {
    declarationDate: inputs.settings.declarationDate,
    vatTableVersion: VAT_TABLE_VERSION,
  });
  const { loaded, created } = prepared;

  // Target sheets: the add-in's own (tracked by id) are replaced; a user's sheet of the same name never is.
  const taken = new Set(loaded.sheetNames.map((item) => item.name.toLowerCase()));
  taken.add(prepared.audit.name.toLowerCase());
  const workbook = batch.context.workbook;
  const targets = sheets.map((sheet) => {
    const trackedId = created.proForma[sheet.name];
    const tracked =
      trackedId === undefined ? undefined : loaded.sheetNames.find((item) => item.id === trackedId);
    if (tracked !== undefined) {
      const worksheet = batch.worksheet(tracked.name);
      worksheet.getRange().clear(Excel.ClearApplyTo.all);
      return { sheet, name: tracked.name, worksheet: worksheet.load("id"), replaced: true };
    }
    const name = uniqueSheetName(sheet.name, taken);
    return { sheet, name, worksheet: workbook.worksheets.add(name).load("id"), replaced: false };
  });
  // Formats before values: SKU, description and HS code stay text; money columns show cents.
  for (const target of targets) {
    const { rows, headerRowIndex } = target.sheet;
    const width = PRO_FORMA_COLUMNS.length;
    setNumberFormat(target.worksheet.getRangeByIndexes(0, 0, rows.length, 3), "@");
    if (rows.length > headerRowIndex + 1) {
      setNumberFormat(
        target.worksheet.getRangeByIndexes(
          headerRowIndex + 1,
          PRO_FORMA_FIRST_MONEY_COLUMN,
          rows.length - headerRowIndex - 1,
          width - PRO_FORMA_FIRST_MONEY_COLUMN,
        ),
        "#,##0.00",
      );
    }
  }
  await batch.sync();

  const width = PRO_FORMA_COLUMNS.length;
  const pieces: Piece<CellValue>[] = targets.map((target) => ({
    sheet: target.name,
    row: 0,
    column: 0,
    values: target.sheet.rows.map((row) =>
      Array.from({ length: width }, (_, index) =>
        row[index] === null || row[index] === undefined ? "" : row[index],
      ),
    ),
  }));
  const report = await writePieces(batch, pieces, "Writing pro forma sheets");

  for (const target of targets) {
    const { rows, headerRowIndex, totalRowIndexes } = target.sheet;
    const worksheet = batch.worksheet(target.name);
    worksheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
    worksheet.getRangeByIndexes(headerRowIndex, 0, 1, width).format.font.bold = true;
    for (const index of totalRowIndexes)
      worksheet.getRangeByIndexes(index, 0, 1, width).format.font.bold = true;
    worksheet
      .getRangeByIndexes(headerRowIndex, 0, Math.max(1, rows.length - headerRowIndex), width)
      .format.autofitColumns();
    worksheet.pageLayout.orientation = Excel.PageOrientation.landscape;
    worksheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    worksheet.pageLayout.setPrintTitleRows(`$${headerRowIndex + 1}:$${headerRowIndex + 1}`);
    worksheet.freezePanes.freezeRows(headerRowIndex + 1);
  }
  const proFormaIds = { ...created.proForma };
  for (const target of targets) proFormaIds[target.sheet.name] = target.worksheet.id;
  await finish(batch, prepared, inputs, {
    created: { ...created, proForma: proFormaIds },
    summary: checked.summary,
    actionLabel: ACTION_LABELS.proForma,
  });

  const leftOut = [...new Set(sheets.flatMap((sheet) => sheet.leftOut))];
  const renamed = targets.filter((target) => !target.replaced && target.name !== target.sheet.name);
  const messages = [
    `${targets.some((target) => target.replaced) ? "Created or replaced" : "Created"} ${targets.length} pro forma sheet${targets.length === 1 ? "" : "s"}: ${targets.map((target) => target.name).join(", ")}. Landscape, one page wide, header row on every page.`,
  ];
  if (renamed.length > 0)
    messages.push(
      `A sheet of yours already had the name ${renamed.map((target) => `"${target.sheet.name}"`).join(", ")}; it was left alone and the pro forma went to ${renamed.map((target) => `"${target.name}"`).join(", ")}.`,
    );
  if (leftOut.length > 0)
    messages.push(`Left out because of errors (fix them and run Pro forma again): ${describeRows(leftOut)}.`);
  return result(
    "proForma",
    prepared,
    messages,
    batch.stats,
    stoppedMessage(
      report,
      "pro forma",
      pieces.reduce((n, piece) => n + piece.values.length, 0),
    ),
    {
      summary: checked.summary,
      proFormaSheets: targets.map((target) => target.name),
    },
  );
}

/** Selects a row of the shipment in the sheet (from a flagged row's entry). */
export async function selectRow(
  batch: Batch,
  target: { sheetName: string; left: number; right: number },
  row: number,
): Promise<void> {
  const sheet = batch.worksheet(target.sheetName);
  sheet.activate();
  sheet.getRangeByIndexes(row - 1, target.left, 1, target.right - target.left + 1).select();
  await batch.sync();
}

/** Activates a sheet (from the list of pro forma sheets). */
export async function showSheet(batch: Batch, name: string): Promise<void> {
  batch.worksheet(name).activate();
  await batch.sync();
}

/** The fields a mapping drop-down is offered for, in the order of the design table. */
export const MAPPING_FIELDS: readonly { field: Field; header: string }[] = INPUT_COLUMNS.map((column) => ({
  field: column.field,
  header: column.header,
}));
