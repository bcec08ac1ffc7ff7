/**
 * What the add-in owns in a worksheet, kept in the workbook settings, and the decisions that follow from it: which
 * columns and cells it may write, and the words it refuses with. Pure: the Excel adapter reads the cells, these
 * functions decide.
 *
 * The rules (issue 4, "Never lose the user's data"):
 * - the add-in writes only to columns it owns and to empty cells;
 * - a column carrying one of its names (e.g. "Status") that already holds data it did not write is refused;
 * - a column it owns that someone typed into after the last run (its fingerprint changed) is written only after
 *   asking about the cells typed into (typedCells names them), which are kept or written over as the user says;
 * - a formula is never overwritten;
 * - a column of the user's that only has one of its names (Amazon's "status") is the user's: kept as it is, with the
 *   add-in's column beside it under a distinct header (src/sheet decides; the records below say which are its own);
 * - VAT rates it filled are its own while they hold what it wrote (vatFills): worked out again, never the user's;
 * - a recorded column is known by what it holds (its field), not by its header: a re-check finds the columns it wrote
 *   in another language (a colleague's, or before the workbook's language changed) as its own, under their headers.
 */
import {
  type CellValue,
  type FilledVatRates,
  OUTPUT_COLUMNS,
  type OutputColumn,
  SHARED_COST_FIELDS,
  type SharedCostField,
  columnLetters,
  fieldOfHeader,
  headerKey,
  isEmptyCell,
  outputOfHeader,
  parseFilledVatRates,
} from "../src/sheet";
import { describeRows } from "./geometry";
import { paneWords } from "./pane-language";
import { type FingerprintCell, cellKey, fingerprint, orderedHash } from "./fingerprint";

export type OwnedKind = "output" | "vatRate" | "cost";

/** What an owned column holds: one of the output columns, the VAT rate, or a shared cost. */
export type OwnedField = OutputColumn | "vatRate" | SharedCostField;

/** One column the add-in created or writes into, as recorded after its last write. */
export interface OwnedColumn {
  /** The header as the add-in wrote it (or found it), in whatever language: how the column is found in the sheet. */
  readonly header: string;
  /**
   * What the column holds, which is how the record knows it whatever the language of its header. Records of earlier
   * versions have none: their headers were the English ones, which say it (fieldOf).
   */
  readonly field?: OwnedField;
  /** 0-based sheet column at the last write (the column is found again by its header). */
  readonly column: number;
  readonly kind: OwnedKind;
  /** True when the add-in created the column (wrote its header). */
  readonly created: boolean;
  /** 0-based sheet rows the fingerprints cover (the data rows below the header at the last write). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Output columns: fingerprint of the whole column's data rows as the add-in left them. */
  readonly fingerprint?: string;
  /** Output columns: hashes of the data rows in blocks, to find the cells typed into after the last write. */
  readonly blocks?: BlockHashes;
  /**
   * Output columns: the values the user typed into it and chose to keep (keptValue hashes), known by value wherever
   * they move (sorting, rows inserted): a cell holding one of them is never written over.
   */
  readonly kept?: readonly string[];
  /** Cost columns: fingerprint of the whole column when every value in it was written by the add-in. */
  readonly whole?: string;
  /** Cost columns: fingerprint of the rows of each shipment the add-in shared costs over ("*": all rows). */
  readonly shares?: Readonly<Record<string, string>>;
}

/** Where the shipment data comes from. */
export type SourceChoice =
  | { readonly kind: "sheet" }
  | { readonly kind: "selection" }
  | { readonly kind: "table"; readonly name: string };

/** The VAT rates the add-in filled into a column, as they were after its last write. */
export interface VatFillRecord {
  readonly header: string;
  /** 0-based sheet column. */
  readonly column: number;
  /** The rates by sheet row number, as formatFilledVatRates writes them ("0.2: 4-9, 12; 0.19: 10"). */
  readonly rates: string;
}

/** Everything the add-in keeps about one worksheet, under the worksheet's id. */
export interface SheetRecord {
  readonly sheetName: string;
  /** 0-based sheet row of the header row at the last run. */
  readonly headerRow?: number;
  readonly columns: readonly OwnedColumn[];
  readonly vatFills?: VatFillRecord;
  /** The user's corrections of the column mapping: field → header text, or null for "not in this sheet". */
  readonly mapping?: Readonly<Record<string, string | null>>;
  readonly source?: SourceChoice;
}

export function emptyRecord(sheetName: string): SheetRecord {
  return { sheetName, columns: [] };
}

/** Reads a record from the settings, dropping anything that does not have the expected shape. */
export function readRecord(value: unknown, sheetName: string): SheetRecord {
  if (typeof value !== "object" || value === null) return emptyRecord(sheetName);
  const raw = value as Partial<SheetRecord>;
  const columns = Array.isArray(raw.columns)
    ? raw.columns
        .filter(
          (column): column is OwnedColumn =>
            typeof column === "object" &&
            column !== null &&
            typeof column.header === "string" &&
            Number.isInteger(column.column) &&
            Number.isInteger(column.firstRow) &&
            Number.isInteger(column.lastRow) &&
            (column.kind === "output" || column.kind === "vatRate" || column.kind === "cost"),
        )
        .map(withValidParts)
    : [];
  const mapping =
    typeof raw.mapping === "object" && raw.mapping !== null
      ? Object.fromEntries(
          Object.entries(raw.mapping).filter(([, header]) => header === null || typeof header === "string"),
        )
      : undefined;
  const source = readSource(raw.source);
  const fills = raw.vatFills as Partial<VatFillRecord> | undefined;
  const vatFills =
    typeof fills === "object" &&
    fills !== null &&
    typeof fills.header === "string" &&
    Number.isInteger(fills.column) &&
    typeof fills.rates === "string"
      ? { header: fills.header, column: fills.column as number, rates: fills.rates }
      : undefined;
  return {
    sheetName,
    headerRow: Number.isInteger(raw.headerRow) ? raw.headerRow : undefined,
    columns,
    ...(mapping === undefined ? {} : { mapping }),
    ...(source === undefined ? {} : { source }),
    ...(vatFills === undefined ? {} : { vatFills }),
  };
}

/** A recorded column without the block hashes or kept rows a record of another shape (or version) gave it. */
function withValidParts(column: OwnedColumn): OwnedColumn {
  const { blocks, kept, field, ...rest } = column;
  const validBlocks =
    typeof blocks === "object" &&
    blocks !== null &&
    Number.isInteger(blocks.size) &&
    blocks.size > 0 &&
    typeof blocks.hashes === "string";
  const validKept = Array.isArray(kept) && kept.every((hash) => typeof hash === "string");
  return {
    ...rest,
    ...(isOwnedField(field) ? { field } : {}),
    ...(validBlocks ? { blocks } : {}),
    ...(validKept && kept.length > 0 ? { kept } : {}),
  };
}

const OWNED_FIELDS: readonly string[] = [...OUTPUT_COLUMNS, "vatRate", ...SHARED_COST_FIELDS];

function isOwnedField(value: unknown): value is OwnedField {
  return typeof value === "string" && OWNED_FIELDS.includes(value);
}

const isOutputColumn = (field: OwnedField | undefined): field is OutputColumn =>
  (OUTPUT_COLUMNS as readonly string[]).includes(field ?? "");

/**
 * What a recorded column holds: its field, or for a record of an earlier version (keyed by header), the field its
 * English header names ("Status", "Status (customs check)", "Freight").
 */
export function fieldOf(column: OwnedColumn): OwnedField | undefined {
  if (column.field !== undefined) return column.field;
  if (column.kind === "vatRate") return "vatRate";
  if (column.kind === "output") return outputOfHeader(column.header)?.name;
  const cost = fieldOfHeader(column.header)?.field;
  return (SHARED_COST_FIELDS as readonly string[]).includes(cost ?? "")
    ? (cost as SharedCostField)
    : undefined;
}

/**
 * The add-in's own output columns by its record, as indexes into `headers` (the block's header row, whose first
 * column is sheet column `left`): a recorded column is still its own when the column there has the header it wrote,
 * or, when columns were inserted or removed since, when exactly one column has that header. Anything else is the
 * user's now. By field, so that a header in any language is found (the sheet logic knows only its own words).
 */
export function recordedOutputColumns(
  record: SheetRecord,
  headers: readonly string[],
  left: number,
): Partial<Record<OutputColumn, number>> {
  const own: Partial<Record<OutputColumn, number>> = {};
  for (const column of record.columns) {
    const field = column.kind === "output" ? fieldOf(column) : undefined;
    if (!isOutputColumn(field)) continue;
    const key = headerKey(column.header);
    const same = headers.flatMap((text, index) => (headerKey(text) === key ? [index] : []));
    const index = column.column - left;
    const at = same.includes(index) ? index : same.length === 1 ? same[0] : undefined;
    if (at !== undefined) own[field] = at;
  }
  return own;
}

/**
 * The VAT rates the add-in recorded as filled in this column (0-based sheet column, its header now): none when the
 * record is of another column, or the column was renamed since.
 */
export function recordedVatRates(record: SheetRecord, column: number, header: string): FilledVatRates {
  const fills = record.vatFills;
  if (fills === undefined || fills.column !== column || headerKey(fills.header) !== headerKey(header))
    return new Map();
  return parseFilledVatRates(fills.rates);
}

function readSource(value: unknown): SourceChoice | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const source = value as { kind?: unknown; name?: unknown };
  if (source.kind === "sheet" || source.kind === "selection") return { kind: source.kind };
  if (source.kind === "table" && typeof source.name === "string") return { kind: "table", name: source.name };
  return undefined;
}

/**
 * The recorded column with this header (case-, space- and punctuation-insensitive), if the add-in owns one: how a
 * header in the sheet is told the add-in's.
 */
export function ownedColumn(record: SheetRecord, header: string): OwnedColumn | undefined {
  const key = headerKey(header);
  return record.columns.find((column) => headerKey(column.header) === key);
}

/** The recorded column that holds `field`, whatever the language of its header. */
export function ownedField(record: SheetRecord, field: OwnedField): OwnedColumn | undefined {
  return record.columns.find((column) => fieldOf(column) === field);
}

/** A column's identity in the record: its field, or its header when neither the record nor the header says one. */
const recordKeyOf = (column: OwnedColumn) => fieldOf(column) ?? `header:${headerKey(column.header)}`;

/** Replaces (by field) or adds columns in a record. */
export function withColumns(record: SheetRecord, columns: readonly OwnedColumn[]): SheetRecord {
  const replaced = new Set(columns.map(recordKeyOf));
  return {
    ...record,
    columns: [...record.columns.filter((column) => !replaced.has(recordKeyOf(column))), ...columns],
  };
}

/** A formula as Range.formulas reports it: text starting with "=". */
export function isFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=");
}

export type ColumnVerdict =
  /** "changed": the add-in's column, typed into since its last write (typedCells says where: ask first). */
  | { readonly writable: true; readonly reason: "empty" | "ours" | "changed" }
  | { readonly writable: false; readonly message: string };

export interface ColumnCells {
  /** The column's header as the sheet shows it, and its 0-based sheet column. */
  readonly header: string;
  readonly column: number;
  /** Values of the column's data rows (every row below the header that was read). */
  readonly values: readonly CellValue[];
  /** Range.formulas of the same cells. */
  readonly formulas: readonly unknown[];
  /** Sheet row number of values[0]. */
  readonly firstRowNumber: number;
}

/**
 * May the add-in write a whole column (an output column that already exists in the sheet)? Not over a formula, nor
 * into a column with data it has no record of writing. Yes when it is empty, when it holds exactly what the add-in
 * left there (the recorded fingerprint), or, once the user was asked about the cells typed into it, when it changed.
 */
export function judgeColumn(
  cells: ColumnCells,
  owned: OwnedColumn | undefined,
  action: string,
): ColumnVerdict {
  const words = paneWords().ownership;
  const where = { letter: columnLetters(cells.column), header: cells.header };
  const formulaRows = rowsWhere(cells.formulas, isFormula, cells.firstRowNumber);
  if (formulaRows.length > 0) {
    return {
      writable: false,
      message: words.formulasInColumn({ ...where, rows: describeRows(formulaRows), action }),
    };
  }
  const filled = rowsWhere(cells.values, (value) => !isEmptyCell(value as CellValue), cells.firstRowNumber);
  if (filled.length === 0) return { writable: true, reason: "empty" };
  if (owned?.fingerprint !== undefined)
    return { writable: true, reason: fingerprint(cells.values) === owned.fingerprint ? "ours" : "changed" };
  return { writable: false, message: words.dataInColumn({ ...where, action }) };
}

/**
 * Hashes of a column's data rows in blocks of `size` rows, in row order (the fingerprint does not see order; these
 * do, to say where a column changed). At most MAX_BLOCKS per column, so the record stays small (a few kB in the
 * workbook settings) whatever the number of rows: one row a block up to 256 rows, 16 rows a block at 4,000.
 */
export interface BlockHashes {
  readonly size: number;
  /** The blocks' hashes in base 36, joined by "." */
  readonly hashes: string;
}

const MAX_BLOCKS = 256;

export function blockHashes(values: readonly CellValue[]): BlockHashes {
  const size = Math.max(1, Math.ceil(values.length / MAX_BLOCKS));
  const hashes: string[] = [];
  for (let start = 0; start < values.length; start += size)
    hashes.push(orderedHash(values.slice(start, start + size)));
  return { size, hashes: hashes.join(".") };
}

/** How a kept cell is recognised: by its value. */
export function keptValue(value: CellValue): string {
  return orderedHash([value as FingerprintCell]);
}

/** A filled cell that the action would change (it writes something else there now). */
function wouldChange(value: CellValue, planned: CellValue): boolean {
  return !isEmptyCell(value) && cellKey(value as FingerprintCell) !== cellKey(planned as FingerprintCell);
}

/**
 * The cells of an owned output column that someone typed into after the add-in's last write, and that the action
 * would now write over: filled, in a block whose hash changed (every block when the record has none, or the rows
 * are not the same count any more), holding something else than what the action writes now (`planned`), and not a
 * value the user kept before. Indexes into `values`.
 */
export function typedCells(
  values: readonly CellValue[],
  planned: readonly CellValue[],
  owned: OwnedColumn,
): number[] {
  const blocks = owned.blocks;
  const recorded = blocks?.hashes.split(".") ?? [];
  const size = blocks?.size ?? values.length;
  const sameRows = blocks !== undefined && recorded.length === Math.ceil(values.length / size);
  const kept = new Set(owned.kept ?? []);
  const changedBlocks = new Map<number, boolean>();
  const inChangedBlock = (index: number) => {
    if (!sameRows) return true;
    const block = Math.floor(index / size);
    let changed = changedBlocks.get(block);
    if (changed === undefined) {
      changed = orderedHash(values.slice(block * size, (block + 1) * size)) !== recorded[block];
      changedBlocks.set(block, changed);
    }
    return changed;
  };
  const typed: number[] = [];
  values.forEach((value, index) => {
    if (wouldChange(value, planned[index]) && !kept.has(keptValue(value)) && inChangedBlock(index))
      typed.push(index);
  });
  return typed;
}

/** The cells holding a value the user kept before, that the action would change: left as they are. */
export function keptCells(
  values: readonly CellValue[],
  planned: readonly CellValue[],
  owned: OwnedColumn | undefined,
): number[] {
  const kept = new Set(owned?.kept ?? []);
  if (kept.size === 0) return [];
  const cells: number[] = [];
  values.forEach((value, index) => {
    if (wouldChange(value, planned[index]) && kept.has(keptValue(value))) cells.push(index);
  });
  return cells;
}

export type CellsVerdict =
  | { readonly writable: true }
  | { readonly writable: false; readonly message: string; readonly rows: readonly number[] };

export interface TargetCells extends ColumnCells {
  /** Indexes (into values) of the rows to write. */
  readonly targets: readonly number[];
}

/** The record key of a shipment's cost shares ("*" when the costs go over all rows). */
export function shareKey(shipment: string | undefined): string {
  return shipment === undefined ? "*" : `shipment:${shipment}`;
}

/**
 * May the add-in write these cells of a cost column (Freight, Last mile, Handling)? Yes when each is empty or all
 * hold what the add-in wrote there before (for this shipment, or anywhere in a column it wrote alone); never over a
 * formula.
 */
export function judgeCells(cells: TargetCells, owned: OwnedColumn | undefined, key: string): CellsVerdict {
  const words = paneWords().ownership;
  const where = { letter: columnLetters(cells.column), header: cells.header };
  const formulaRows = cells.targets
    .filter((index) => isFormula(cells.formulas[index]))
    .map((index) => cells.firstRowNumber + index);
  if (formulaRows.length > 0) {
    return {
      writable: false,
      rows: formulaRows,
      message: words.formulasInCells({ ...where, rows: describeRows(formulaRows) }),
    };
  }
  const filled = cells.targets
    .filter((index) => !isEmptyCell(cells.values[index]))
    .map((index) => cells.firstRowNumber + index);
  if (filled.length === 0) return { writable: true };
  if (owned?.whole !== undefined && fingerprint(cells.values) === owned.whole) return { writable: true };
  const share = owned?.shares?.[key];
  if (share !== undefined && fingerprint(cells.targets.map((index) => cells.values[index])) === share)
    return { writable: true };
  return {
    writable: false,
    rows: filled,
    message: words.valuesInCells({ ...where, rows: describeRows(filled) }),
  };
}

/** The record of a cost column after the add-in wrote `targets` (values as they are now in the column). */
export function recordCostWrite(
  previous: OwnedColumn | undefined,
  column: {
    field?: SharedCostField;
    header: string;
    column: number;
    created: boolean;
    firstRow: number;
    lastRow: number;
  },
  before: readonly CellValue[],
  after: readonly CellValue[],
  targets: readonly number[],
  key: string,
): OwnedColumn {
  const targetSet = new Set(targets);
  const othersEmpty = before.every((value, index) => targetSet.has(index) || isEmptyCell(value));
  const wasWhole = previous?.whole !== undefined && fingerprint(before) === previous.whole;
  const shares: Record<string, string> = key === "*" ? {} : { ...(previous?.shares ?? {}) };
  if (key !== "*") delete shares["*"];
  shares[key] = fingerprint(targets.map((index) => after[index]));
  return {
    ...(column.field === undefined ? {} : { field: column.field }),
    header: column.header,
    column: column.column,
    kind: "cost",
    created: column.created || (previous?.created ?? false),
    firstRow: column.firstRow,
    lastRow: column.lastRow,
    ...(othersEmpty || wasWhole ? { whole: fingerprint(after) } : {}),
    shares,
  };
}

function rowsWhere<T>(cells: readonly T[], test: (cell: T) => boolean, firstRowNumber: number): number[] {
  const rows: number[] = [];
  cells.forEach((cell, index) => {
    if (test(cell)) rows.push(firstRowNumber + index);
  });
  return rows;
}

/** The workbook setting that holds a worksheet's record. */
export function recordKey(sheetId: string): string {
  return `customsInverseValue.sheet.${sheetId}`;
}

export const SETTINGS_KEY = "customsInverseValue.settings";
/** The user's choice of the pane's language ("" or absent: Office's display language). */
export const PANE_LANGUAGE_KEY = "customsInverseValue.paneLanguage";
export const CREATED_SHEETS_KEY = "customsInverseValue.createdSheets";

/**
 * Sheets the add-in created (pro forma sheets by the name it wanted for them, the VAT deferral statement, the audit
 * sheet), by worksheet id.
 */
export interface CreatedSheets {
  readonly proForma: Readonly<Record<string, string>>;
  /** Fingerprint of each pro forma sheet's cells as the add-in wrote them, by worksheet id: changed means edited. */
  readonly proFormaWritten?: Readonly<Record<string, string>>;
  /** The worksheet id of the VAT deferral statement the add-in wrote last (VAT statement replaces it). */
  readonly vatStatement?: string;
  /** Fingerprint of that statement's cells as the add-in wrote them: changed means edited. */
  readonly vatStatementWritten?: string;
  readonly audit?: string;
}

export function readCreatedSheets(value: unknown): CreatedSheets {
  if (typeof value !== "object" || value === null) return { proForma: {} };
  const raw = value as {
    proForma?: unknown;
    proFormaWritten?: unknown;
    vatStatement?: unknown;
    vatStatementWritten?: unknown;
    audit?: unknown;
  };
  const strings = (map: unknown) =>
    typeof map === "object" && map !== null
      ? Object.fromEntries(Object.entries(map).filter(([, text]) => typeof text === "string"))
      : {};
  const proFormaWritten = strings(raw.proFormaWritten);
  return {
    proForma: strings(raw.proForma),
    ...(Object.keys(proFormaWritten).length > 0 ? { proFormaWritten } : {}),
    ...(typeof raw.vatStatement === "string" ? { vatStatement: raw.vatStatement } : {}),
    ...(typeof raw.vatStatementWritten === "string" ? { vatStatementWritten: raw.vatStatementWritten } : {}),
    ...(typeof raw.audit === "string" ? { audit: raw.audit } : {}),
  };
}
