import { Exact, ZERO, distinctHsCodes, finePerHsCode, exact, toCents } from "../engine";
import { type CellValue } from "./cell-values";
import { type Flag, type Status, statusOf } from "./flags";
import {
  type JudgedColumn,
  type MappingOverrides,
  type RenamedOutput,
  type SheetKnowledge,
  type SheetLayout,
  layoutProblems,
  locateColumns,
} from "./header-mapping";
import { type NumberEvidence, numberEvidenceOf, withDecimalMarks } from "./number-conventions";
import { type RowCheck, checkRow } from "./row-check";
import { type RowHints, type SkippedRow, rowKind, skippedRows } from "./row-kinds";
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
  /** Distinct HS codes (digits only) of under-declared rows: the fines count per HS code. */
  readonly underDeclaredHsCodes: readonly string[];
  readonly offenceLevel: 1 | 2 | 3;
  /** The fine per HS code for that offence (a setting); null for a third offence. */
  readonly finePerHsCode: number | null;
  /** Under-declared HS codes × the fine for the offence; null for a third offence (blacklisting, no amount). */
  readonly fineExposure: Exact | null;
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

/** Finds and checks the layout, or says in one line why the sheet cannot be checked. */
export function sheetLayout(
  values: readonly (readonly CellValue[])[],
  overrides?: MappingOverrides,
  numberEvidence?: NumberEvidence,
  knowledge?: SheetKnowledge,
): SheetLayout {
  const layout = locateColumns(values, overrides, knowledge);
  if (layout === undefined) {
    throw new SheetProblem(
      'No header row: none of the first 30 rows names a price column such as "Selling price", "Price incl. VAT" or "Prix TTC"',
    );
  }
  const problems = layoutProblems(layout);
  if (problems.length > 0) throw new SheetProblem(problems.join("; "));
  return withDecimalMarks(layout, numberEvidence ?? numberEvidenceOf(values, layout.headerRowIndex));
}

/** Checks every product row below the header; blank rows, totals lines and notes are skipped (rowKind). */
export function checkRows(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  settings: Settings,
  firstRowNumber = 1,
  hints: RowHints = {},
): RowCheck[] {
  // A layout mapped from the header alone learns its columns' decimal marks from the rows checked.
  if (layout.decimalMarks === undefined)
    layout = withDecimalMarks(layout, numberEvidenceOf(values, layout.headerRowIndex));
  const rows: RowCheck[] = [];
  for (let index = layout.headerRowIndex + 1; index < values.length; index++) {
    const cells = values[index] ?? [];
    if (rowKind(cells, layout, hints.tableTotalsRows?.has(index)) === "product")
      rows.push(checkRow(cells, firstRowNumber + index, layout, settings));
  }
  return rows;
}

/** The whole check: layout, rows, shipment rules and summary. */
export function checkShipment(
  values: readonly (readonly CellValue[])[],
  settings: Settings,
  options: CheckOptions = {},
): ShipmentCheck {
  const layout = sheetLayout(values, options.overrides, options.numberEvidence, options.knowledge);
  const rows = applyShipmentRules(checkRows(values, layout, settings, options.firstRowNumber, options.hints));
  const skipped = skippedRows(values, layout, options.firstRowNumber, options.hints);
  return { layout, rows, summary: summarize(rows, layout, settings, skipped) };
}

/**
 * Split shipments: when one item is inspected every item of the shipment is detained, so a row is flagged
 * SHIPMENT_DETENTION when another row of its shipment is at RISK.
 */
export function applyShipmentRules(rows: readonly RowCheck[]): RowCheck[] {
  const riskRows = new Map<string, number[]>();
  for (const row of rows) {
    if (row.shipment === null || row.status !== "RISK") continue;
    const numbers = riskRows.get(row.shipment);
    if (numbers === undefined) riskRows.set(row.shipment, [row.row]);
    else numbers.push(row.row);
  }
  return rows.map((row) => {
    const atRisk = row.shipment === null ? undefined : riskRows.get(row.shipment);
    if (atRisk === undefined || (atRisk.length === 1 && atRisk[0] === row.row)) return row;
    // Only the first few other rows are named; a shipment can have thousands.
    const othersCount = row.status === "RISK" ? atRisk.length - 1 : atRisk.length;
    const named = atRisk
      .slice(0, 4)
      .filter((number) => number !== row.row)
      .slice(0, 3);
    const flags: Flag[] = [...row.flags, "SHIPMENT_DETENTION"];
    const listed = othersCount > 3 ? `${named.join(", ")} and ${othersCount - 3} more` : named.join(", ");
    const reason = `Shipment ${row.shipment} has ${othersCount === 1 ? "a row" : "rows"} at risk (${othersCount === 1 ? "row" : "rows"} ${listed}): if one item is inspected, every item of the shipment is detained.`;
    const explanation = row.flags.length === 0 ? reason : `${row.explanation} ${reason}`;
    return { ...row, flags, status: statusOf(flags), explanation };
  });
}

export function summarize(
  rows: readonly RowCheck[],
  layout: SheetLayout,
  settings: Settings,
  skipped: readonly SkippedRow[] = [],
): Summary {
  const tally = new SummaryTally();
  for (const row of rows) tally.add(row);
  tally.skip(skipped);
  return tally.summary(layout, settings);
}

/** The summary counted a row at a time, in any order, so that a large sheet's rows need not be kept. */
export class SummaryTally {
  private readonly counts: Record<Status, number> = { OK: 0, REVIEW: 0, RISK: 0, ERROR: 0 };
  private readonly hsCodes = new Set<string>();
  private readonly exposed = new Set<string>();
  private outstandingDuty = ZERO;
  private rows = 0;
  private readonly skipped: SkippedRow[] = [];

  add(row: RowCheck): void {
    this.rows++;
    this.counts[row.status] += 1;
    if (row.flags.includes("UNDER_DECLARED")) {
      const digits = row.hsCode.replace(/\D/g, "");
      if (digits !== "") this.hsCodes.add(digits);
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
      outstandingDuty: toCents(this.outstandingDuty),
      shipmentsExposed: [...this.exposed].sort(),
      ignoredCostColumns: layout.ignoredCostColumns,
      skippedRows: [...this.skipped].sort((a, b) => a.row - b.row),
      renamedOutputs: layout.renamedOutputs,
      judgedColumns: layout.judgedColumns,
    };
  }
}
