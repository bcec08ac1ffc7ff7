import {
  type AnyLanguage,
  Exact,
  InputError,
  LOW_VALUE_DUTY_PER_ITEM,
  type VatRegime,
  ZERO,
  distinctHsCodes,
  finePerHsCode,
  hsCodeCountBounds,
  exact,
  toCents,
} from "../engine";
import { type CellValue, readText } from "./cell-values";
import { CheckMemo } from "./check-memo";
import { type Flag, type Status, statusOf } from "./flags";
import {
  type JudgedColumn,
  type MappingOverrides,
  type RenamedOutput,
  type SheetKnowledge,
  HEADER_MIN_FIELDS,
  HEADER_SCAN_ROWS,
  type SheetLayout,
  layoutProblems,
  locateColumns,
  readField,
} from "./header-mapping";
import { type NumberEvidence, numberEvidenceOf, withConventions } from "./number-conventions";
import { applyLowValueDuty } from "./low-value-duty";
import { type RowCheck, checkRow } from "./row-check";
import { type CheckWords, checkWordsOf } from "./row-reader";
import { sheetWordsOf } from "./lang";
import { type RowHints, type SkippedRow, dataRows } from "./row-kinds";
import { type Settings } from "./settings";

/** A problem with the sheet as a whole (no header row, a required column missing): nothing can be checked. */
export class SheetProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SheetProblem";
  }
}

export interface Summary {
  readonly rows: number;
  readonly ok: number;
  readonly review: number;
  readonly risk: number;
  readonly error: number;
  /** Distinct valid HS codes (digits only) of under-declared rows: the fines count per HS code. */
  readonly underDeclaredHsCodes: readonly string[];
  readonly offenceLevel: 1 | 2 | 3;
  /** The fine per HS code for that offence (a setting); null for a third offence. */
  readonly finePerHsCode: number | null;
  /** Under-declared HS codes × the fine for the offence; null for a third offence (blacklisting, no amount). */
  readonly fineExposure: Exact | null;
  /** Under-declared rows without a valid HS code: the fine counts their codes too, but which they are is not known. */
  readonly underDeclaredWithoutHsCode: CountedRows;
  /** The fine exposure once those rows' codes are counted (hsCodeCountBounds); null without such rows, or at a third offence. */
  readonly fineExposureBounds: { readonly atLeast: Exact; readonly upTo: Exact } | null;
  /** Σ duty rate × (inverse − declared) × quantity over the under-declared rows. */
  readonly outstandingDuty: Exact;
  /** Shipments with a row at RISK: one inspection detains every item of them. */
  readonly shipmentsExposed: readonly string[];
  readonly ignoredCostColumns: readonly string[];
  /** Totals lines and notes below the header: not checked, named so that nobody wonders where they went. */
  readonly skippedRows: readonly SkippedRow[];
  /** Output columns with a distinct header because a column of the user's has their name (kept as it is). */
  readonly renamedOutputs: readonly RenamedOutput[];
  /** Columns named ambiguously ("Duty"), read or not by their values. */
  readonly judgedColumns: readonly JudgedColumn[];
  /** The import VAT of the rows, by regime: their line amounts added up. */
  readonly importVat: ImportVatTotals;
  /** Consignments that paid the EUR 3 duty per item (Council Regulation (EU) 2026/382), by name. */
  readonly lowValueConsignments: readonly LowValueConsignment[];
  /** The reduced VAT rates of the settings that rows used, with those rows. */
  readonly reducedVatRates: readonly ReducedRateUse[];
  /** The regimes of goods that need a licence, a certificate or a declaration that rows fall under. */
  readonly controlledGoods: readonly ControlledGoodsUse[];
}

export interface LowValueConsignment {
  readonly consignment: string;
  readonly intrinsicValue: Exact;
  /** Distinct items (tariff subheadings) and the duty: EUR 3 × items. */
  readonly items: number;
  readonly duty: Exact;
}

/** Rows listed by number in the summary, at most this many per entry; the count says how many in all. */
export const SUMMARY_ROWS_LISTED = 20;

/** Rows the summary names: how many, and the first SUMMARY_ROWS_LISTED of them in sheet order. */
export interface CountedRows {
  readonly rows: number;
  readonly firstRows: readonly number[];
}

export interface ReducedRateUse {
  readonly country: string;
  readonly prefix: string;
  readonly rate: Exact;
  readonly rows: number;
  /** The first rows (SUMMARY_ROWS_LISTED at most), in sheet order. */
  readonly firstRows: readonly number[];
}

export interface ControlledGoodsUse {
  readonly id: string;
  readonly name: string;
  readonly rows: number;
  readonly firstRows: readonly number[];
  /** The shipments of those rows (all of them: fewer than rows). */
  readonly shipments: readonly string[];
}

/** Import VAT by regime (domain.md section 11), each the sum of the rows' line amounts (each already to the cent). */
export interface ImportVatTotals {
  /** Paid at clearance: the cash the shipments need at the border. */
  readonly paidAtImport: Exact;
  /** ET 14.000: due in Belgium, declared and deducted in the periodic Belgian VAT return. */
  readonly deferredET14000: Exact;
  /** Procedure 42: the Belgian import VAT not charged. */
  readonly exemptCP42: Exact;
  /** Procedure 42: an estimate of the VAT self-assessed in each destination country, at the rows' VAT rates. */
  readonly destinationVatEstimate: Readonly<Record<string, Exact>>;
}

export interface ShipmentCheck {
  readonly layout: SheetLayout;
  readonly rows: readonly RowCheck[];
  readonly summary: Summary;
}

export interface CheckOptions {
  readonly overrides?: MappingOverrides;
  /** The sheet row number of values[0] (a used range need not start at row 1). */
  readonly firstRowNumber?: number;
  /** How the file wrote its numbers, where the values alone do not show it (a CSV file's raw fields). */
  readonly numberEvidence?: NumberEvidence;
  /** The checker's own columns by its records, and number formats where the caller knows them. */
  readonly knowledge?: SheetKnowledge;
  /** Rows known to be Excel tables' totals rows. */
  readonly hints?: RowHints;
}

/**
 * Finds and checks the layout, or says in one line why the sheet cannot be checked. `language` is that of the
 * check's words: of the problem, and of the headers of output columns the sheet does not have yet.
 */
export function sheetLayout(
  values: readonly (readonly CellValue[])[],
  overrides?: MappingOverrides,
  numberEvidence?: NumberEvidence,
  knowledge?: SheetKnowledge,
  language: AnyLanguage = "en",
): SheetLayout {
  const layout = locatedLayout(values, overrides, knowledge, language);
  return withConventions(layout, numberEvidence ?? numberEvidenceOf(values, layout.headerRowIndex));
}

/**
 * The header found and its columns mapped and checked, without the decimal marks (which need every row): sheetLayout
 * for the whole sheet, SheetSurvey for the first rows of one read a chunk at a time.
 */
export function locatedLayout(
  values: readonly (readonly CellValue[])[],
  overrides?: MappingOverrides,
  knowledge?: SheetKnowledge,
  language: AnyLanguage = "en",
): SheetLayout {
  const layout = locateColumns(values, overrides, knowledge, language);
  const words = sheetWordsOf(language).sheetProblems;
  if (layout === undefined) {
    throw new SheetProblem(words.noHeaderRow({ rows: HEADER_SCAN_ROWS, fields: HEADER_MIN_FIELDS }));
  }
  const problems = layoutProblems(layout, undefined, language);
  if (problems.length > 0) throw new SheetProblem(words.all({ problems }));
  return layout;
}

/** The shipment id of a row as checkRow reads it (an unreadable cell counts as no shipment). */
export function shipmentOf(cells: readonly CellValue[], layout: SheetLayout): string | null {
  try {
    return readField(cells, layout, "shipment", readText) ?? null;
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/**
 * The index (into the values) of the last product row of each shipment: once it is checked, the shipment's rows
 * are final. Known before the check, it lets a large sheet's rows settle shipment by shipment.
 */
export function shipmentEnds(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  hints: RowHints = {},
): Map<string, number> {
  const ends = new Map<string, number>();
  if (layout.columns.shipment === undefined) return ends;
  for (const { index, kind, cells } of dataRows(values, layout, hints)) {
    if (kind !== "product") continue;
    const shipment = shipmentOf(cells, layout);
    if (shipment !== null) ends.set(shipment, index);
  }
  return ends;
}

export interface ShipmentCheckerOptions {
  /** The sheet row number of values[0] (a used range need not start at row 1). */
  readonly firstRowNumber?: number;
  readonly hints?: RowHints;
  /** Last product row index of each shipment (shipmentEnds); without it a shipment's rows wait for finish(). */
  readonly shipmentEnds?: ReadonlyMap<string, number>;
}

/**
 * The check of a sheet, fed its rows a chunk at a time: the one implementation of the check, used whole by
 * checkShipment (the task pane, the functions' tests) and chunk by chunk by the command line, which writes the
 * checked workbook while later rows are still being checked. A row's result is final once every row of its
 * shipment has been checked (the detention flag of a split shipment depends on the other rows of the shipment):
 * `add` returns the rows that became final, in no particular order; `finish` the rest and
 * the summary. Only the rows of shipments still open are kept.
 */
export class ShipmentChecker {
  private readonly tally = new SummaryTally();
  private readonly open = new Map<string, RowCheck[]>();
  /** The cells of the open rows that may pay the EUR 3 low-value duty, to check them again when it applies. */
  private readonly candidateCells = new Map<number, readonly CellValue[]>();
  /** The readings that repeat over the sheet, kept for this check only (check-memo.ts). */
  private readonly memo = new CheckMemo();
  /** The words of the settings' language, looked up once for the check. */
  private readonly words: CheckWords;
  private readonly firstRowNumber: number;
  private readonly hints: RowHints;
  private ends: ReadonlyMap<string, number> | undefined;
  /** The index after the last row given to add (rows come in order). */
  private given = 0;

  constructor(
    private readonly layout: SheetLayout,
    private readonly settings: Settings,
    options: ShipmentCheckerOptions = {},
  ) {
    // "1.299" is read with the decimal mark the sheet shows: a layout without them would read it as ambiguous.
    if (layout.decimalMarks === undefined)
      throw new Error("ShipmentChecker needs the layout's decimal marks (sheetLayout or withConventions)");
    this.words = checkWordsOf(settings.language);
    this.firstRowNumber = options.firstRowNumber ?? 1;
    this.hints = options.hints ?? {};
    this.ends = options.shipmentEnds;
  }

  /** Checks `rows`, which are values[start], values[start + 1] …; returns the rows whose results became final. */
  add(rows: readonly (readonly CellValue[])[], start = 0): RowCheck[] {
    const settled: RowCheck[] = [];
    this.given = Math.max(this.given, start + rows.length);
    for (const { index, kind, cells } of dataRows(rows, this.layout, this.hints, start)) {
      if (kind !== "product") {
        this.tally.skip([{ row: this.firstRowNumber + index, kind }]);
        continue;
      }
      const row = checkRow(
        cells,
        this.firstRowNumber + index,
        this.layout,
        this.settings,
        this.memo,
        undefined,
        this.words,
      );
      if (row.lowValueCandidate) this.candidateCells.set(row.row, cells);
      if (row.shipment === null) {
        this.settle([row], settled);
        continue;
      }
      let group = this.open.get(row.shipment);
      if (group === undefined) this.open.set(row.shipment, (group = []));
      group.push(row);
      if (this.ends?.get(row.shipment) === index) {
        this.open.delete(row.shipment);
        this.settle(group, settled);
      }
    }
    return settled;
  }

  /**
   * The shipments' last rows, learnt after rows were checked without them (the command line's tentative check,
   * begun before its first read of a file has ended): settles the open shipments whose last row has been checked,
   * and from now on the others as add does. Every shipment settles with the rows it would have settled with had
   * the ends been given at the start, so the results and the summary are the same.
   */
  learnEnds(ends: ReadonlyMap<string, number>): RowCheck[] {
    if (this.ends !== undefined) throw new Error("ShipmentChecker was given the shipments' ends already");
    this.ends = ends;
    const settled: RowCheck[] = [];
    for (const [shipment, group] of this.open) {
      const end = ends.get(shipment);
      if (end === undefined || end >= this.given) continue;
      this.open.delete(shipment);
      this.settle(group, settled);
    }
    return settled;
  }

  /** Settles the shipments still open (none, when the ends were known and right) and sums up. */
  finish(): { rows: RowCheck[]; summary: Summary } {
    const settled: RowCheck[] = [];
    for (const group of this.open.values()) this.settle(group, settled);
    this.open.clear();
    return { rows: settled, summary: this.tally.summary(this.layout, this.settings) };
  }

  /** A consignment whose rows are all checked: its duty (low-value-duty.ts), then its detention (applyShipmentRules). */
  private settle(consignment: readonly RowCheck[], into: RowCheck[]): void {
    const { language } = this.settings;
    const rows = applyShipmentRules(
      applyLowValueDuty(
        consignment,
        this.settings.lowValueItemDigits,
        (row, share) =>
          checkRow(
            this.candidateCells.get(row.row) as readonly CellValue[],
            row.row,
            this.layout,
            this.settings,
            this.memo,
            share,
            this.words,
          ),
        language,
      ),
      language,
    );
    for (const row of consignment) this.candidateCells.delete(row.row);
    for (const row of rows) {
      this.tally.add(row);
      into.push(row);
    }
  }
}

/**
 * The checker for rows already laid out (the task pane maps the header itself), and the layout it checks with: a
 * layout mapped from the header alone learns its columns' decimal marks from the rows; shipments end where their
 * last row is. Fed `values` in order, from row index 0, in one go (checkSheetRows) or in steps (the task pane).
 */
export function sheetRowsChecker(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  settings: Settings,
  options: Omit<ShipmentCheckerOptions, "shipmentEnds"> = {},
): { readonly layout: SheetLayout; readonly checker: ShipmentChecker } {
  const marked =
    layout.decimalMarks === undefined
      ? withConventions(layout, numberEvidenceOf(values, layout.headerRowIndex))
      : layout;
  const checker = new ShipmentChecker(marked, settings, {
    ...options,
    shipmentEnds: shipmentEnds(values, marked, options.hints),
  });
  return { layout: marked, checker };
}

/** The settled rows and the finish of a checker, the rows in sheet order. */
export function finishSheetCheck(
  layout: SheetLayout,
  checker: ShipmentChecker,
  settled: readonly RowCheck[],
): ShipmentCheck {
  const { rows, summary } = checker.finish();
  return { layout, rows: [...settled, ...rows].sort((a, b) => a.row - b.row), summary };
}

/** The check of rows already laid out: ShipmentChecker over all the rows, the rows in sheet order. */
export function checkSheetRows(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  settings: Settings,
  options: Omit<ShipmentCheckerOptions, "shipmentEnds"> = {},
): ShipmentCheck {
  const { layout: marked, checker } = sheetRowsChecker(values, layout, settings, options);
  return finishSheetCheck(marked, checker, checker.add(values));
}

/** The whole check: layout, rows, shipment rules and summary. */
export function checkShipment(
  values: readonly (readonly CellValue[])[],
  settings: Settings,
  options: CheckOptions = {},
): ShipmentCheck {
  const layout = sheetLayout(
    values,
    options.overrides,
    options.numberEvidence,
    options.knowledge,
    settings.language,
  );
  return checkSheetRows(values, layout, settings, {
    firstRowNumber: options.firstRowNumber,
    hints: options.hints,
  });
}

/**
 * Split shipments: when one item is inspected every item of the shipment is detained, so a row is flagged
 * SHIPMENT_DETENTION when another row of its shipment is at RISK. `language`: the check's (settings.language).
 */
export function applyShipmentRules(rows: readonly RowCheck[], language: AnyLanguage = "en"): RowCheck[] {
  const riskRows = new Map<string, number[]>();
  for (const row of rows) {
    if (row.shipment === null || row.status !== "RISK") continue;
    const numbers = riskRows.get(row.shipment);
    if (numbers === undefined) riskRows.set(row.shipment, [row.row]);
    else numbers.push(row.row);
  }
  if (riskRows.size === 0) return [...rows];
  const says = sheetWordsOf(language).explanations;
  const reasonOf = (shipment: string, atRisk: readonly number[], row: number, othersCount: number) => {
    // Only the first few other rows are named; a shipment can have thousands.
    const named = atRisk
      .slice(0, 4)
      .filter((number) => number !== row)
      .slice(0, 3);
    return says.shipmentDetention({
      shipment,
      rows: named.map(String),
      count: othersCount,
      more: othersCount - named.length,
    });
  };
  // Every row of a shipment but its first four at RISK names the same three rows: such rows share one sentence
  // (one for those at RISK, one for the others), said once per shipment rather than once per row.
  const shared = new Map<string, string>();
  return rows.map((row) => {
    const atRisk = row.shipment === null ? undefined : riskRows.get(row.shipment);
    if (atRisk === undefined || (atRisk.length === 1 && atRisk[0] === row.row)) return row;
    const shipment = row.shipment as string;
    const othersCount = row.status === "RISK" ? atRisk.length - 1 : atRisk.length;
    let reason: string | undefined;
    if (!atRisk.slice(0, 4).includes(row.row)) {
      const key = `${othersCount}\u0000${shipment}`;
      reason = shared.get(key);
      if (reason === undefined) shared.set(key, (reason = reasonOf(shipment, atRisk, row.row, othersCount)));
    } else {
      reason = reasonOf(shipment, atRisk, row.row, othersCount);
    }
    const flags: Flag[] = [...row.flags, "SHIPMENT_DETENTION"];
    const ownExplanation = row.flags.length === 0 ? "" : row.explanation;
    const explanation =
      ownExplanation === "" ? reason : says.sentences({ sentences: [ownExplanation, reason] });
    return detainedRow(row, flags, explanation, ownExplanation);
  });
}

/**
 * The row with the shipment's detention flag: its fields in their order, then ownExplanation. Written out, not as
 * `{ ...row, flags, …, ownExplanation }`: V8 (Node 20) gives each such copy its own hidden class when the spread
 * adds a property the row lacks, which made a detained row cost about 13 µs and half a kilobyte of heap, against
 * 0.2 µs for this literal. test/sheet/check-speed.test.ts holds it to the spread: the same fields, in the same order.
 */
function detainedRow(
  row: RowCheck,
  flags: readonly Flag[],
  explanation: string,
  ownExplanation: string,
): RowCheck {
  return {
    row: row.row,
    sku: row.sku,
    description: row.description,
    hsCode: row.hsCode,
    hsCodeValid: row.hsCodeValid,
    quantity: row.quantity,
    shipment: row.shipment,
    status: statusOf(flags),
    flags,
    explanation,
    vatRate: row.vatRate,
    inverseValue: row.inverseValue,
    ratio: row.ratio,
    duty: row.duty,
    declaredValue: row.declaredValue,
    outstandingDuty: row.outstandingDuty,
    lines: row.lines,
    vatRegime: row.vatRegime,
    vatNumberUsed: row.vatNumberUsed,
    importVat: row.importVat,
    channel: row.channel,
    date: row.date,
    reducedVatRate: row.reducedVatRate,
    lowValueDuty: row.lowValueDuty,
    lowValueCandidate: row.lowValueCandidate,
    controlledGoods: row.controlledGoods,
    ownExplanation,
  };
}

/** The summary counted a row at a time, in any order, so that a large sheet's rows need not be kept. */
export class SummaryTally {
  private readonly counts: Record<Status, number> = { OK: 0, REVIEW: 0, RISK: 0, ERROR: 0 };
  private readonly hsCodes = new Set<string>();
  private readonly withoutHsCode = new RowList();
  private readonly exposed = new Set<string>();
  private outstandingDuty = ZERO;
  private rows = 0;
  private readonly skipped: SkippedRow[] = [];
  private readonly importVat: Record<VatRegime, Exact> = { CP42: ZERO, ET14000: ZERO, PAID: ZERO };
  private readonly destinationVat = new Map<string, Exact>();
  private readonly lowValue = new Map<string, { intrinsicValue: Exact; items: Set<string> }>();
  private readonly reduced = new Map<
    string,
    { use: Omit<ReducedRateUse, "rows" | "firstRows">; rows: RowList }
  >();
  private readonly controlled = new Map<string, { name: string; rows: RowList; shipments: Set<string> }>();

  add(row: RowCheck): void {
    this.rows++;
    if (row.lowValueDuty !== null) {
      const { consignment, intrinsicValue, item } = row.lowValueDuty;
      let entry = this.lowValue.get(consignment);
      if (entry === undefined) this.lowValue.set(consignment, (entry = { intrinsicValue, items: new Set() }));
      entry.items.add(item);
    }
    if (row.reducedVatRate !== null) {
      const { country, prefix, rate } = row.reducedVatRate;
      const key = `${country}:${prefix}`;
      let entry = this.reduced.get(key);
      if (entry === undefined)
        this.reduced.set(key, (entry = { use: { country, prefix, rate }, rows: new RowList() }));
      entry.rows.add(row.row);
    }
    for (const { id, name } of row.controlledGoods) {
      let entry = this.controlled.get(id);
      if (entry === undefined)
        this.controlled.set(id, (entry = { name, rows: new RowList(), shipments: new Set() }));
      entry.rows.add(row.row);
      if (row.shipment !== null) entry.shipments.add(row.shipment);
    }
    this.counts[row.status] += 1;
    if (row.importVat !== null) {
      this.importVat[row.vatRegime] = this.importVat[row.vatRegime].plus(row.importVat.line);
      const estimate = row.importVat.destinationEstimate;
      if (estimate !== undefined)
        this.destinationVat.set(
          estimate.country,
          (this.destinationVat.get(estimate.country) ?? ZERO).plus(estimate.line),
        );
    }
    if (row.flags.includes("UNDER_DECLARED")) {
      // A valid code is its digits already (RowCheck.hsCode). An invalid one ("n/a", "TBC-1", "9405") does not
      // say which code the declaration bears: the row counts as one without a code.
      if (row.hsCodeValid) this.hsCodes.add(row.hsCode);
      else this.withoutHsCode.add(row.row);
      this.outstandingDuty = this.outstandingDuty.plus(row.outstandingDuty);
    }
    if (row.status === "RISK" && row.shipment !== null) this.exposed.add(row.shipment);
  }

  /** Rows below the header that are no product lines (totals lines, notes), to be named in the summary. */
  skip(rows: readonly SkippedRow[]): void {
    this.skipped.push(...rows);
  }

  summary(layout: SheetLayout, settings: Settings): Summary {
    const perCode = finePerHsCode(settings.offenceLevel, settings.fines);
    // One code written at several precisions counts once (distinctHsCodes), as in CUSTOMS.FINE.
    const hsCodes = distinctHsCodes(this.hsCodes);
    const bounds = hsCodeCountBounds(hsCodes.length, this.withoutHsCode.count);
    return {
      rows: this.rows,
      ok: this.counts.OK,
      review: this.counts.REVIEW,
      risk: this.counts.RISK,
      error: this.counts.ERROR,
      underDeclaredHsCodes: hsCodes,
      offenceLevel: settings.offenceLevel,
      finePerHsCode: perCode ?? null,
      fineExposure: perCode === undefined ? null : exact(perCode).times(hsCodes.length),
      underDeclaredWithoutHsCode: { rows: this.withoutHsCode.count, firstRows: this.withoutHsCode.first() },
      fineExposureBounds:
        perCode === undefined || this.withoutHsCode.count === 0
          ? null
          : { atLeast: exact(perCode).times(bounds.atLeast), upTo: exact(perCode).times(bounds.upTo) },
      outstandingDuty: toCents(this.outstandingDuty),
      shipmentsExposed: [...this.exposed].sort(),
      ignoredCostColumns: layout.ignoredCostColumns,
      skippedRows: [...this.skipped].sort((a, b) => a.row - b.row),
      renamedOutputs: layout.renamedOutputs,
      judgedColumns: layout.judgedColumns,
      importVat: {
        paidAtImport: this.importVat.PAID,
        deferredET14000: this.importVat.ET14000,
        exemptCP42: this.importVat.CP42,
        destinationVatEstimate: Object.fromEntries(
          [...this.destinationVat].sort(([a], [b]) => a.localeCompare(b)),
        ),
      },
      lowValueConsignments: [...this.lowValue]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([consignment, { intrinsicValue, items }]) => ({
          consignment,
          intrinsicValue: toCents(intrinsicValue),
          items: items.size,
          duty: LOW_VALUE_DUTY_PER_ITEM.times(items.size),
        })),
      reducedVatRates: [...this.reduced.values()]
        .map(({ use, rows }) => ({ ...use, rows: rows.count, firstRows: rows.first() }))
        .sort((a, b) => a.firstRows[0] - b.firstRows[0]),
      controlledGoods: [...this.controlled]
        .map(([id, { name, rows, shipments }]) => ({
          id,
          name,
          rows: rows.count,
          firstRows: rows.first(),
          shipments: [...shipments].sort(),
        }))
        .sort((a, b) => a.firstRows[0] - b.firstRows[0]),
    };
  }
}

/** Row numbers that arrive in any order: how many, and the first SUMMARY_ROWS_LISTED in sheet order. */
class RowList {
  count = 0;
  private readonly lowest: number[] = [];

  add(row: number): void {
    this.count++;
    if (this.lowest.length === SUMMARY_ROWS_LISTED && row > this.lowest[SUMMARY_ROWS_LISTED - 1]) return;
    this.lowest.push(row);
    this.lowest.sort((a, b) => a - b);
    if (this.lowest.length > SUMMARY_ROWS_LISTED) this.lowest.pop();
  }

  first(): number[] {
    return [...this.lowest];
  }
}
