import {
  AmountSum,
  type AnyLanguage,
  type Exact,
  VAT_REGIMES,
  type VatRegime,
  ZERO,
  toNumber,
} from "../engine";
import { type CellValue } from "./cell-values";
import { sheetWordsOf } from "./lang";
import { type ColumnFacts, TEXT_FORMAT, THOUSANDS_MONEY_FORMAT } from "./output-sheets";
import { textRows } from "./pro-forma";
import { type RowCheck } from "./row-check";
import { type ShipmentCheck } from "./shipment-check";

/**
 * The VAT deferral statement (issue 11, domain.md section 11): for each shipment, regime, destination and import VAT
 * rate, the goods' customs value, the duty, the incidental costs up to the first destination, the import VAT base,
 * the import VAT and what happens to it, with the VAT numbers the regime goes by. Every amount of a line is the sum
 * of its rows' line amounts, each rounded once to the cent as the check rounds them, so the lines add up to the
 * totals and the totals to the summary's.
 */
export const VAT_DEFERRAL_COLUMNS = [
  "Shipment",
  "VAT regime",
  "Destination",
  "Rows",
  "Goods value",
  "Duty",
  "Incidental costs",
  "VAT base",
  "VAT rate",
  "Import VAT",
  "Destination VAT (estimate)",
  "Treatment",
  "VAT numbers",
] as const;

export type VatDeferralColumn = (typeof VAT_DEFERRAL_COLUMNS)[number];

/** The money columns of the statement (to the cent, with thousands), and the rate column. */
export const VAT_DEFERRAL_MONEY_COLUMNS: readonly VatDeferralColumn[] = [
  "Goods value",
  "Duty",
  "Incidental costs",
  "VAT base",
  "Import VAT",
  "Destination VAT (estimate)",
];

/** What a column of the statement is like: its format and width, and whether its words wrap within it. */
export interface VatDeferralColumnFacts extends ColumnFacts {
  readonly wrap: boolean;
}

/**
 * The statement's columns as printed: words as text, the count of rows, money to the cent with thousands, the rate
 * as a percentage to a tenth (25.5 %). The widths add up to 150 characters, which print at 100 % on A4 landscape
 * with narrow margins (as the pro forma, output-sheets.ts PRO_FORMA_PAGE); Treatment and VAT numbers wrap within
 * theirs. Goods value and VAT base, whose totals are the largest, show up to about 9,999,999.99 in bold; the other
 * amounts 999,999.99. No width is 9: exceljs leaves its default out of the file, and Excel then draws its own.
 */
export const VAT_DEFERRAL_COLUMN_FACTS: Readonly<Record<VatDeferralColumn, VatDeferralColumnFacts>> = {
  Shipment: { numberFormat: TEXT_FORMAT, width: 12, wrap: false },
  "VAT regime": { numberFormat: TEXT_FORMAT, width: 8, wrap: false },
  Destination: { numberFormat: TEXT_FORMAT, width: 11, wrap: false },
  Rows: { numberFormat: "General", width: 6, wrap: false },
  "Goods value": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 12, wrap: false },
  Duty: { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, wrap: false },
  "Incidental costs": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, wrap: false },
  "VAT base": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 12, wrap: false },
  "VAT rate": { numberFormat: "0.0%", width: 8, wrap: false },
  "Import VAT": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, wrap: false },
  "Destination VAT (estimate)": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, wrap: false },
  Treatment: { numberFormat: TEXT_FORMAT, width: 22, wrap: true },
  "VAT numbers": { numberFormat: TEXT_FORMAT, width: 15, wrap: true },
};

/** The statement's sheet name (English; sheetNames.vatDeferral of each language): one sheet, replaced by the next. */
export const VAT_DEFERRAL_SHEET = sheetWordsOf("en").sheetNames.vatDeferral;

export interface VatDeferralSheet {
  readonly name: string;
  /** Rows from A1: title lines, a blank row, the header, the lines, the totals, notes. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly headerRowIndex: number;
  readonly totalRowIndexes: readonly number[];
  /** Sheet row numbers of the rows left out because their import VAT could not be worked out. */
  readonly leftOut: readonly number[];
}

interface StatementLine {
  /** The line's shipment; null for rows without one (named in the statement's language). */
  readonly shipment: string | null;
  readonly regime: VatRegime;
  readonly destination: string;
  readonly rate: Exact;
  readonly rows: number;
  readonly goodsValue: Exact;
  readonly duty: Exact;
  readonly incidentalCosts: Exact;
  readonly base: Exact;
  readonly importVat: Exact;
  readonly destinationVat: Exact | undefined;
  readonly vatNumbers: ReadonlySet<string>;
}

/** A line being added up: its amounts are running sums (AmountSum), each the decimal that plus() one by one gives. */
interface RunningLine {
  readonly shipment: string | null;
  readonly regime: VatRegime;
  readonly destination: string;
  readonly rate: Exact;
  rows: number;
  readonly goodsValue: AmountSum;
  readonly duty: AmountSum;
  readonly incidentalCosts: AmountSum;
  readonly base: AmountSum;
  readonly importVat: AmountSum;
  destinationVat: AmountSum | undefined;
  readonly vatNumbers: Set<string>;
}

/** The statement of a checked sheet, in the words of `language` (the check's). */
export function vatDeferralSheet(
  check: ShipmentCheck,
  context: VatDeferralContext,
  language: AnyLanguage = "en",
): VatDeferralSheet {
  const tally = new VatDeferralTally();
  for (const row of check.rows) tally.add(row);
  return tally.sheet(context, language);
}

export interface VatDeferralContext {
  readonly declarationDate: string;
  readonly vatTableVersion: string;
}

/**
 * The statement's lines added up a row at a time, in any order (the bulk checker feeds it as rows settle and keeps
 * no rows): its size is that of the lines, one per shipment × regime × destination × rate.
 */
export class VatDeferralTally {
  private readonly lines = new Map<string, RunningLine>();
  private readonly leftOut: number[] = [];

  add(row: RowCheck): void {
    const vat = row.importVat;
    if (vat === null) {
      this.leftOut.push(row.row);
      return;
    }
    const destination = vat.destinationEstimate?.country ?? "";
    const { shipment } = row;
    const key = JSON.stringify([shipment, row.vatRegime, destination, vat.rate.toString()]);
    let line = this.lines.get(key);
    if (line === undefined) {
      line = {
        shipment,
        regime: row.vatRegime,
        destination,
        rate: vat.rate,
        rows: 0,
        goodsValue: new AmountSum(),
        duty: new AmountSum(),
        incidentalCosts: new AmountSum(),
        base: new AmountSum(),
        importVat: new AmountSum(),
        destinationVat: undefined,
        vatNumbers: new Set(),
      };
      this.lines.set(key, line);
    }
    const units = row.quantity;
    line.rows += 1;
    // Each row's line amount rounded once to the cent: toCents(amount × units).
    line.goodsValue.addProduct(vat.customsValue, units);
    line.duty.addProduct(vat.duty, units);
    line.incidentalCosts.addProduct(vat.incidentalCosts, units);
    line.base.addProduct(vat.base, units);
    line.importVat.add(vat.line);
    if (vat.destinationEstimate !== undefined)
      (line.destinationVat ??= new AmountSum()).add(vat.destinationEstimate.line);
    if (row.vatNumberUsed !== null) line.vatNumbers.add(row.vatNumberUsed);
  }

  /** The statement, in the words of `language` (the check's). */
  sheet(context: VatDeferralContext, language: AnyLanguage = "en"): VatDeferralSheet {
    return statementSheet(
      [...this.lines.values()].map((line) => ({
        ...line,
        goodsValue: line.goodsValue.total,
        duty: line.duty.total,
        incidentalCosts: line.incidentalCosts.total,
        base: line.base.total,
        importVat: line.importVat.total,
        destinationVat: line.destinationVat?.total,
      })),
      [...this.leftOut].sort((a, b) => a - b),
      context,
      language,
    );
  }
}

function statementSheet(
  lines: readonly StatementLine[],
  leftOut: readonly number[],
  context: VatDeferralContext,
  language: AnyLanguage,
): VatDeferralSheet {
  const words = sheetWordsOf(language);
  const says = words.vatDeferral;
  const shipmentOf = (line: StatementLine) => line.shipment ?? says.noShipment;
  const sorted = [...lines].sort(
    (a, b) =>
      shipmentOf(a).localeCompare(shipmentOf(b)) ||
      VAT_REGIMES.indexOf(a.regime) - VAT_REGIMES.indexOf(b.regime) ||
      a.destination.localeCompare(b.destination) ||
      a.rate.comparedTo(b.rate),
  );

  const rows: CellValue[][] = [
    [says.title],
    ...textRows(says.dates({ date: context.declarationDate, version: context.vatTableVersion })),
    ...textRows(says.base),
    [],
  ];
  const headerRowIndex = rows.length;
  rows.push(VAT_DEFERRAL_COLUMNS.map((column) => says.columns[column]));
  const number = (amount: Exact) => toNumber(amount);
  for (const line of sorted)
    rows.push([
      shipmentOf(line),
      line.regime,
      line.destination,
      line.rows,
      number(line.goodsValue),
      number(line.duty),
      number(line.incidentalCosts),
      number(line.base),
      number(line.rate),
      number(line.importVat),
      line.destinationVat === undefined ? "" : number(line.destinationVat),
      says.treatment[line.regime],
      [...line.vatNumbers].sort().join(", "),
    ]);
  const totalRowIndexes: number[] = [];
  const total = (label: string, of: readonly StatementLine[]) => {
    const add = (pick: (line: StatementLine) => Exact | undefined) =>
      number(of.reduce((sum, line) => sum.plus(pick(line) ?? ZERO), ZERO));
    totalRowIndexes.push(rows.length);
    rows.push([
      label,
      "",
      "",
      of.reduce((count, line) => count + line.rows, 0),
      add((line) => line.goodsValue),
      add((line) => line.duty),
      add((line) => line.incidentalCosts),
      add((line) => line.base),
      "",
      add((line) => line.importVat),
      of.some((line) => line.destinationVat !== undefined) ? add((line) => line.destinationVat) : "",
      "",
      "",
    ]);
  };
  // The regimes' totals in the summary's order.
  for (const regime of ["PAID", "ET14000", "CP42"] as const)
    total(
      says.regimeTotals[regime],
      sorted.filter((line) => line.regime === regime),
    );
  total(says.total, sorted);
  rows.push([]);
  rows.push(...textRows(says.estimate));
  if (leftOut.length > 0) rows.push(...textRows(says.leftOut({ rows: leftOut.map(String) })));
  return { name: words.sheetNames.vatDeferral, rows, headerRowIndex, totalRowIndexes, leftOut };
}
