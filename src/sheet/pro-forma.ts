import { toNumber } from "../engine";
import { type CellValue } from "./cell-values";
import { type RowCheck, type UnitLines } from "./row-check";
import { type ShipmentCheck } from "./shipment-check";

/**
 * The deduction breakdown customs ask for on the pro forma invoice: per line the unit price taken apart into its
 * deductions and the declaration value, and the line total (declaration value × quantity). Totals are Σ of each
 * column × quantity, so they add up like the lines do: price = VAT + deductions + duty + value.
 */
export const PRO_FORMA_COLUMNS = [
  "SKU",
  "Description",
  "HS code",
  "Quantity",
  "Unit price",
  "Sales VAT",
  "Commission",
  "Packaging",
  "Freight",
  "Last mile",
  "FBA fee",
  "Handling",
  "Duty",
  "Declaration value",
  "Line total",
] as const;

const UNIT_AMOUNTS: readonly (keyof UnitLines)[] = [
  "price",
  "salesVat",
  "commission",
  "packaging",
  "freight",
  "lastMile",
  "fbaFee",
  "handling",
  "duty",
  "value",
];
/** Index of the first money column (Unit price) in PRO_FORMA_COLUMNS. */
export const PRO_FORMA_FIRST_MONEY_COLUMN = 4;

/** Up to this many shipments get a sheet each; more go on one sheet grouped by shipment (workbooks stay openable). */
export const SEPARATE_PRO_FORMA_LIMIT = 20;

export interface ProFormaSheet {
  readonly name: string;
  /** Rows to write from A1: title lines, a blank row, the header, the lines, subtotals and totals. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Index in `rows` of the column header row (printed on every page). */
  readonly headerRowIndex: number;
  /** Indexes in `rows` of subtotal and total rows (shown bold). */
  readonly totalRowIndexes: readonly number[];
  /** Sheet rows of the check that are not on this pro forma because they hold errors. */
  readonly leftOut: readonly number[];
}

export interface ProFormaContext {
  readonly declarationDate: string;
  readonly vatTableVersion: string;
}

const NO_SHIPMENT = "(no shipment)";

/** One pro forma sheet per shipment, or one grouped sheet beyond SEPARATE_PRO_FORMA_LIMIT shipments. */
export function proFormaSheets(check: ShipmentCheck, context: ProFormaContext): ProFormaSheet[] {
  const builder = new ProFormaBuilder();
  for (const row of check.rows) builder.add(row);
  return builder.sheets(context);
}

/**
 * A row's line on the pro forma (SKU, description, HS code, quantity, the unit amounts and the line total, as in
 * PRO_FORMA_COLUMNS), or null when the row holds errors and stays off it.
 */
export type ProFormaLine = readonly CellValue[] | null;

const QUANTITY_INDEX = PRO_FORMA_COLUMNS.indexOf("Quantity");
const LINE_TOTAL_INDEX = PRO_FORMA_COLUMNS.indexOf("Line total");

export function proFormaLine(row: RowCheck): ProFormaLine {
  const lines = row.lines;
  if (lines === null) return null;
  const quantity = toNumber(row.quantity);
  const amounts = UNIT_AMOUNTS.map((name) => toNumber(lines[name]));
  const lineTotal = divideHalfUp(centsOf(amounts[VALUE_INDEX]) * millionthsOf(quantity), MILLION);
  return [row.sku ?? "", row.description, row.hsCode, quantity, ...amounts, euros(lineTotal)];
}

interface PlacedLine {
  readonly row: number;
  readonly shipment: string;
  readonly cells: ProFormaLine;
}

/**
 * The pro forma built a line at a time, in any order (the command line settles rows shipment by shipment, in a
 * worker thread that sends the lines): each line's share of its shipment's totals is added as it comes, so that
 * a large sheet's row checks need not be kept; `sheets` puts the lines in sheet order.
 */
export class ProFormaBuilder {
  private readonly lines: PlacedLine[] = [];
  private readonly totals = new Map<string, Totals>();

  add(row: RowCheck): void {
    this.addLine(row.row, row.shipment, proFormaLine(row));
  }

  /** The line of sheet row `row` of `shipment` (null: no shipment), as proFormaLine gives it. */
  addLine(row: number, shipment: string | null, cells: ProFormaLine): void {
    const group = shipment ?? NO_SHIPMENT;
    let totals = this.totals.get(group);
    if (totals === undefined) this.totals.set(group, (totals = new Totals()));
    this.lines.push({ row, shipment: group, cells });
    if (cells === null) return;
    const quantity = millionthsOf(cells[QUANTITY_INDEX] as number);
    const amounts = cells.slice(PRO_FORMA_FIRST_MONEY_COLUMN, LINE_TOTAL_INDEX) as number[];
    totals.add(
      quantity,
      amounts.map((amount) => centsOf(amount) * quantity),
      centsOf(cells[LINE_TOTAL_INDEX] as number),
    );
  }

  sheets(context: ProFormaContext): ProFormaSheet[] {
    const groups = new Map<string, PlacedLine[]>();
    for (const line of [...this.lines].sort((a, b) => a.row - b.row)) {
      const group = groups.get(line.shipment);
      if (group === undefined) groups.set(line.shipment, [line]);
      else group.push(line);
    }
    if (groups.size <= SEPARATE_PRO_FORMA_LIMIT) {
      const names = new Set<string>();
      return [...groups].map(([shipment, lines]) =>
        this.sheet(uniqueSheetName(`Pro forma ${shipment}`, names), [[shipment, lines]], context),
      );
    }
    return [this.sheet("Pro forma", [...groups], context)];
  }

  private sheet(
    name: string,
    groups: readonly [string, readonly PlacedLine[]][],
    context: ProFormaContext,
  ): ProFormaSheet {
    const grouped = groups.length > 1;
    const rows: (readonly CellValue[])[] = [
      ["Pro forma invoice: deduction breakdown (inverse value method, Belgian customs)"],
      [grouped ? `Shipments: ${groups.length}` : `Shipment: ${groups[0][0]}`],
      [
        `Declaration date: ${context.declarationDate}. Amounts in EUR per unit; Line total = Declaration value × Quantity; totals are Σ amount × Quantity.`,
      ],
      [`VAT: ${context.vatTableVersion}`],
      [],
      [...PRO_FORMA_COLUMNS],
    ];
    const headerRowIndex = rows.length - 1;
    const totalRowIndexes: number[] = [];
    const leftOut: number[] = [];
    const grand = new Totals();
    for (const [shipment, lines] of groups) {
      for (const line of lines) {
        if (line.cells === null) leftOut.push(line.row);
        else rows.push(line.cells);
      }
      const subtotal = this.totals.get(shipment) ?? new Totals();
      grand.addTotals(subtotal);
      if (grouped) {
        totalRowIndexes.push(rows.length);
        rows.push(subtotal.cells(`Subtotal ${shipment}`));
      }
    }
    totalRowIndexes.push(rows.length);
    rows.push(grand.cells("Totals"));
    if (leftOut.length > 0) {
      rows.push(
        [],
        [`Not on this pro forma because of errors (fix them and check again): rows ${leftOut.join(", ")}`],
      );
    }
    return { name, rows, headerRowIndex, totalRowIndexes, leftOut };
  }
}

const VALUE_INDEX = UNIT_AMOUNTS.indexOf("value");

/*
 * Totals are sums of amount × quantity over up to hundreds of thousands of lines. They are kept as BigInt in
 * hundred-millionths of a euro (cents × quantity in millionths): exact whatever the size, and far cheaper than
 * a decimal per cell. Unit amounts are whole cents (UnitLines) and quantities have at most six decimals
 * (readQuantity), so nothing is lost on the way in; totals are rounded half-up to the cent once, at the end.
 */
const MILLION = 1_000_000n;

const centsOf = (amount: number): bigint => BigInt(Math.round(amount * 100));
const millionthsOf = (quantity: number): bigint => BigInt(Math.round(quantity * 1e6));

/** x / divisor rounded half-up (away from zero on a half, as decimal.js's ROUND_HALF_UP). */
function divideHalfUp(x: bigint, divisor: bigint): bigint {
  const half = divisor / 2n;
  return x >= 0n ? (x + half) / divisor : -((-x + half) / divisor);
}

const euros = (cents: bigint): number => Number(cents) / 100;

/** Running Σ amount × quantity for each money column, Σ line totals and Σ quantity. */
class Totals {
  private quantity = 0n;
  private readonly amounts: bigint[] = UNIT_AMOUNTS.map(() => 0n);
  private lineTotals = 0n;

  add(quantity: bigint, products: readonly bigint[], lineTotal: bigint): void {
    this.quantity += quantity;
    for (let index = 0; index < products.length; index++) this.amounts[index] += products[index];
    this.lineTotals += lineTotal;
  }

  addTotals(other: Totals): void {
    this.add(other.quantity, other.amounts, other.lineTotals);
  }

  cells(label: string): CellValue[] {
    return [
      label,
      "",
      "",
      Number(this.quantity) / 1e6,
      ...this.amounts.map((amount) => euros(divideHalfUp(amount, MILLION))),
      euros(this.lineTotals),
    ];
  }
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook (case-insensitive). */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, "-")
      .slice(0, 31)
      .trim() || "Sheet";
  let name = base;
  for (let counter = 2; taken.has(name.toLowerCase()); counter++) {
    const suffix = ` (${counter})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
