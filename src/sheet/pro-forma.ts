import { type AnyLanguage, centsNumber, exact, toNumber } from "../engine";
import { type StoredCell } from "./cell-values";
import { sheetWordsOf } from "./lang";
import { type RowCheck, type UnitLines } from "./row-check";
import { type ShipmentCheck } from "./shipment-check";

/**
 * The deduction breakdown customs ask for on the pro forma invoice: per line the unit price taken apart into its
 * deductions and the declaration value, and the line total (declaration value × quantity). Totals are Σ of each
 * column × quantity, so they add up like the lines do: price = VAT + deductions + duty + value. A sheet has the
 * columns of DEDUCTION_COLUMNS only where one of its lines has that deduction (ProFormaSheet.columns).
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

export type ProFormaColumn = (typeof PRO_FORMA_COLUMNS)[number];

/**
 * The columns a sheet leaves out when they are zero on every one of its lines: a shipment with no packaging or
 * FBA fees prints narrower (twelve columns or fewer print at 100 %, proFormaPrintFit). The others are always there.
 */
export const DEDUCTION_COLUMNS = [
  "Sales VAT",
  "Commission",
  "Packaging",
  "Freight",
  "Last mile",
  "FBA fee",
  "Handling",
] as const satisfies readonly ProFormaColumn[];
type DeductionColumn = (typeof DEDUCTION_COLUMNS)[number];

const isDeduction = (column: ProFormaColumn): column is DeductionColumn =>
  (DEDUCTION_COLUMNS as readonly ProFormaColumn[]).includes(column);

/**
 * Lines of text above and below the table (title, notes) are at most this many characters: they overflow into the
 * empty cells to their right, which widens no column, and stay within the eight columns every pro forma has, so they
 * print whole. A longer text goes on several rows (Excel neither autofits the height of merged cells nor wraps text
 * beyond its own column).
 */
export const PRO_FORMA_TEXT_LINE_LENGTH = 100;

/** The unit amounts of a line, in the order of their pro forma columns: the price taken apart. */
export const UNIT_AMOUNTS = [
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
] as const satisfies readonly (keyof UnitLines)[];
export type UnitAmount = (typeof UNIT_AMOUNTS)[number];

/** Up to this many shipments get a sheet each; more go on one sheet grouped by shipment (workbooks stay openable). */
export const SEPARATE_PRO_FORMA_LIMIT = 20;

export interface ProFormaSheet {
  readonly name: string;
  /** The sheet's columns from A, in PRO_FORMA_COLUMNS order: all but the deductions none of its lines has. */
  readonly columns: readonly ProFormaColumn[];
  /** Rows to write from A1: title lines, a blank row, the header, the lines, subtotals and totals, notes. */
  readonly rows: readonly (readonly StoredCell[])[];
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

/**
 * One pro forma sheet per shipment, or one grouped sheet beyond SEPARATE_PRO_FORMA_LIMIT shipments, in the words of
 * `language` (the check's).
 */
export function proFormaSheets(
  check: ShipmentCheck,
  context: ProFormaContext,
  language: AnyLanguage = "en",
): ProFormaSheet[] {
  const builder = new ProFormaBuilder();
  for (const row of check.rows) builder.add(row);
  return builder.sheets(context, language);
}

/**
 * A row's line on the pro forma: its words, its quantity and its amounts per unit in whole cents (the check
 * rounds each to the cent), and the line total (declaration value × quantity, rounded half-up to the cent).
 * Plain data: it crosses from the command line's checking thread to its writing thread.
 */
export interface ProFormaLine {
  readonly sku: string;
  readonly description: string;
  readonly hsCode: string;
  readonly quantity: number;
  readonly unitCents: Readonly<Record<UnitAmount, number>>;
  readonly lineTotalCents: number;
}

/** The row's line, or null when the row holds errors and stays off the pro forma. */
export function proFormaLine(row: RowCheck): ProFormaLine | null {
  const lines = row.lines;
  if (lines === null) return null;
  const unitCents = {} as Record<UnitAmount, number>;
  for (const name of UNIT_AMOUNTS) unitCents[name] = centsNumber(lines[name]);
  const quantity = toNumber(row.quantity);
  return {
    sku: row.sku ?? "",
    description: row.description,
    hsCode: row.hsCode,
    quantity,
    unitCents,
    lineTotalCents: lineTotalCents(unitCents.value, quantity),
  };
}

const euros = (cents: bigint | number): number => Number(cents) / 100;

/** A line's cell under each pro forma column: money in EUR. */
const LINE_CELLS: Readonly<Record<ProFormaColumn, (line: ProFormaLine) => StoredCell>> = {
  SKU: (line) => line.sku,
  Description: (line) => line.description,
  "HS code": (line) => line.hsCode,
  Quantity: (line) => line.quantity,
  "Unit price": (line) => euros(line.unitCents.price),
  "Sales VAT": (line) => euros(line.unitCents.salesVat),
  Commission: (line) => euros(line.unitCents.commission),
  Packaging: (line) => euros(line.unitCents.packaging),
  Freight: (line) => euros(line.unitCents.freight),
  "Last mile": (line) => euros(line.unitCents.lastMile),
  "FBA fee": (line) => euros(line.unitCents.fbaFee),
  Handling: (line) => euros(line.unitCents.handling),
  Duty: (line) => euros(line.unitCents.duty),
  "Declaration value": (line) => euros(line.unitCents.value),
  "Line total": (line) => euros(line.lineTotalCents),
};

/** The cells of a line on a pro forma sheet with these columns. */
export function proFormaLineCells(line: ProFormaLine, columns: readonly ProFormaColumn[]): StoredCell[] {
  return columns.map((column) => LINE_CELLS[column](line));
}

/**
 * A text as rows of one cell, each at most PRO_FORMA_TEXT_LINE_LENGTH characters, broken at spaces (the pro forma's
 * and the VAT deferral statement's titles and notes).
 */
export function textRows(text: string): StoredCell[][] {
  const length = PRO_FORMA_TEXT_LINE_LENGTH;
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > length) {
      lines.push(line);
      line = "";
    }
    for (; word.length > length; word = word.slice(length)) lines.push(word.slice(0, length));
    line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((part) => [part]);
}

/** A shipment's lines, or (null) those without one: named in the sheet's language when the sheets are made. */
type Group = string | null;

/**
 * A line of the pro forma at its sheet row, in its shipment (null: rows with no shipment); line null: the row holds
 * errors.
 */
export interface PlacedLine {
  readonly row: number;
  readonly shipment: Group;
  readonly line: ProFormaLine | null;
}

/**
 * Where a ProFormaBuilder keeps lines until its sheets are written: in memory by default; the CLI, a file
 * (src/cli/pro-forma-spool.ts), so that a sheet of a million rows is checked in memory that does not grow with it.
 */
export interface ProFormaLineStore<Ref> {
  /** Keeps a block of lines of one shipment, in row order; says how to read it back. */
  keep(lines: readonly PlacedLine[]): Ref;
  /** The block kept as `ref`, as it was given. */
  read(ref: Ref): readonly PlacedLine[];
}

/** The store of the task pane and of the tests: a block is its own ref. */
const MEMORY: ProFormaLineStore<readonly PlacedLine[]> = { keep: (lines) => lines, read: (lines) => lines };

/**
 * A pro forma sheet whose rows are produced as they are written, never all held at once: its lines are read back
 * from the builder's store a block at a time. What it says besides its rows is known before they are.
 */
export interface StreamedProFormaSheet {
  readonly name: string;
  /** The sheet's columns from A, in PRO_FORMA_COLUMNS order: all but the deductions none of its lines has. */
  readonly columns: readonly ProFormaColumn[];
  /** Index in rows() of the column header row (printed on every page). */
  readonly headerRowIndex: number;
  /** How many rows rows() gives (title lines, blank, header, lines, subtotals, totals, notes). */
  readonly rowCount: number;
  /** Indexes in rows() of subtotal and total rows (shown bold). */
  readonly totalRowIndexes: readonly number[];
  /** Sheet rows of the check that are not on this pro forma because they hold errors. */
  readonly leftOut: readonly number[];
  /** Rows to write from A1, as ProFormaSheet.rows; each call reads the lines back anew. */
  rows(): Iterable<readonly StoredCell[]>;
}

/**
 * What the builder keeps of a shipment instead of its lines: enough to place its group, count its rows and show its
 * subtotal and columns before any line is read back, and the refs of its blocks in the store.
 */
class ShipmentLines<Ref> {
  /** The group's place among the others: its first sheet row, and (same row twice) the order lines came in. */
  firstRow = Infinity;
  firstArrival = Infinity;
  readonly blocks: Ref[] = [];
  /** The blocks follow one another in row order without overlapping: read back one at a time. */
  ordered = true;
  lastRow = -Infinity;
  lineCount = 0;
  readonly totals = new Totals();
  /** A bit per DEDUCTION_COLUMNS column that one of the lines has. */
  deductions = 0;
  /** Rows of the lines that hold errors, in the order they came; none of them goes to the store. */
  readonly leftOut: number[] = [];
}

/**
 * The pro forma built a line at a time or a batch at a time, in any order (the command line settles rows shipment
 * by shipment, in a worker thread that sends the lines): each line's share of its shipment's totals is added as it
 * comes and the line goes to the store, so that neither a large sheet's row checks nor (with a file for a store)
 * its lines need be kept; the sheets put the lines in sheet order as they read them back.
 */
export class ProFormaBuilder<Ref = readonly PlacedLine[]> {
  private readonly store: ProFormaLineStore<Ref>;
  private readonly groups = new Map<Group, ShipmentLines<Ref>>();
  /** Lines so far: the order of arrival, which places groups whose first rows are the same, as a stable sort did. */
  private arrivals = 0;

  /** `store` keeps the lines until the sheets are written: memory when not given. */
  constructor(store?: ProFormaLineStore<Ref>) {
    // Without a store, Ref is the default (a block is its own ref), which is what MEMORY gives.
    this.store = store ?? (MEMORY as unknown as ProFormaLineStore<Ref>);
  }

  add(row: RowCheck): void {
    this.addLine(row.row, row.shipment, proFormaLine(row));
  }

  /** The line of sheet row `row` of `shipment` (null: no shipment), as proFormaLine gives it. */
  addLine(row: number, shipment: string | null, line: ProFormaLine | null): void {
    const placed = { row, shipment, line };
    const group = this.tally(placed);
    if (line !== null) this.keep(group, [placed]);
  }

  /**
   * Lines in any order, of any shipments: a block per shipment goes to the store. The command line sends a
   * settled shipment's rows together, and rows without one in row order, so that blocks are few and read back
   * one at a time; any other batches give the same sheets.
   */
  addLines(lines: readonly PlacedLine[]): void {
    const blocks = new Map<ShipmentLines<Ref>, PlacedLine[]>();
    for (const placed of lines) {
      const group = this.tally(placed);
      if (placed.line === null) continue;
      const block = blocks.get(group);
      if (block === undefined) blocks.set(group, [placed]);
      else block.push(placed);
    }
    for (const [group, block] of blocks) {
      let sorted = true;
      for (let index = 1; index < block.length && sorted; index++)
        sorted = block[index - 1].row <= block[index].row;
      // A stable sort: lines of the same row stay in the order they came, as they would one by one.
      if (!sorted) block.sort(byRow);
      this.keep(group, block);
    }
  }

  /** The sheets, in the words of `language` (the check's), with their rows: streamedSheets, materialised. */
  sheets(context: ProFormaContext, language: AnyLanguage = "en"): ProFormaSheet[] {
    return this.streamedSheets(context, language).map((sheet) => ({
      name: sheet.name,
      columns: sheet.columns,
      rows: [...sheet.rows()],
      headerRowIndex: sheet.headerRowIndex,
      totalRowIndexes: sheet.totalRowIndexes,
      leftOut: sheet.leftOut,
    }));
  }

  /**
   * The sheets, in the words of `language` (the check's), whose rows are read back from the store as they are
   * written: the lines given so far (give no more while the sheets are written).
   */
  streamedSheets(context: ProFormaContext, language: AnyLanguage = "en"): StreamedProFormaSheet[] {
    const groups = [...this.groups].sort(
      ([, a], [, b]) => a.firstRow - b.firstRow || a.firstArrival - b.firstArrival,
    );
    const words = sheetWordsOf(language);
    if (groups.length <= SEPARATE_PRO_FORMA_LIMIT) {
      const names = new Set<string>();
      return groups.map((group) =>
        this.sheet(
          uniqueSheetName(
            words.sheetNames.proFormaOf({ shipment: group[0] ?? words.proForma.noShipment }),
            names,
            language,
          ),
          [group],
          context,
          language,
        ),
      );
    }
    return [this.sheet(words.sheetNames.proForma, groups, context, language)];
  }

  /** Counts a line in its shipment's group (made on its first line), without keeping it. */
  private tally(placed: PlacedLine): ShipmentLines<Ref> {
    let group = this.groups.get(placed.shipment);
    if (group === undefined) this.groups.set(placed.shipment, (group = new ShipmentLines<Ref>()));
    const arrival = this.arrivals++;
    if (placed.row < group.firstRow) {
      group.firstRow = placed.row;
      group.firstArrival = arrival;
    }
    const line = placed.line;
    if (line === null) group.leftOut.push(placed.row);
    else {
      group.lineCount++;
      group.totals.add(line);
      for (let bit = 0; bit < DEDUCTION_AMOUNTS.length; bit++)
        if (line.unitCents[DEDUCTION_AMOUNTS[bit]] !== 0) group.deductions |= 1 << bit;
    }
    return group;
  }

  /** Gives a block of the group's lines, in row order, to the store. */
  private keep(group: ShipmentLines<Ref>, block: readonly PlacedLine[]): void {
    if (block[0].row < group.lastRow) group.ordered = false;
    group.lastRow = block[block.length - 1].row;
    group.blocks.push(this.store.keep(block));
  }

  /**
   * The group's lines in row order, a block at a time when its blocks follow one another, else all at once: a
   * stable sort of them in the order they came, which orders lines of the same row as they came.
   */
  private *linesOf(group: ShipmentLines<Ref>): Iterable<readonly PlacedLine[]> {
    if (group.ordered) for (const ref of group.blocks) yield this.store.read(ref);
    else yield group.blocks.flatMap((ref) => this.store.read(ref)).sort(byRow);
  }

  private sheet(
    name: string,
    groups: readonly [Group, ShipmentLines<Ref>][],
    context: ProFormaContext,
    language: AnyLanguage,
  ): StreamedProFormaSheet {
    const says = sheetWordsOf(language).proForma;
    const named = (group: Group) => group ?? says.noShipment;
    const grouped = groups.length > 1;
    const deductions = groups.reduce((bits, [, group]) => bits | group.deductions, 0);
    const columns = PRO_FORMA_COLUMNS.filter(
      (column) => !isDeduction(column) || (deductions & (1 << DEDUCTION_COLUMNS.indexOf(column))) !== 0,
    );
    const head: (readonly StoredCell[])[] = [
      ...[
        says.title,
        grouped ? says.shipments({ count: groups.length }) : says.shipment({ shipment: named(groups[0][0]) }),
        says.declarationDate({ date: context.declarationDate }),
        says.lineTotal,
        says.vatTable({ version: context.vatTableVersion }),
      ].flatMap(textRows),
      [],
      columns.map((column) => says.columns[column]),
    ];
    const headerRowIndex = head.length - 1;
    const totalRowIndexes: number[] = [];
    let rowCount = head.length;
    for (const [, group] of groups) {
      rowCount += group.lineCount;
      if (grouped) totalRowIndexes.push(rowCount++);
    }
    totalRowIndexes.push(rowCount++);
    // Within a group in row order, as its lines are: numbers, so any sort of them is the stable one.
    const leftOut = groups.flatMap(([, group]) => [...group.leftOut].sort((a, b) => a - b));
    const notes = leftOut.length > 0 ? [[], ...textRows(says.leftOut({ rows: leftOut.map(String) }))] : [];
    rowCount += notes.length;
    const linesOf = (group: ShipmentLines<Ref>) => this.linesOf(group);
    function* rows(): Iterable<readonly StoredCell[]> {
      yield* head;
      const grand = new Totals();
      for (const [shipment, group] of groups) {
        for (const lines of linesOf(group))
          for (const placed of lines) if (placed.line !== null) yield proFormaLineCells(placed.line, columns);
        grand.addTotals(group.totals);
        if (grouped) yield group.totals.cells(says.subtotal({ shipment: named(shipment) }), columns);
      }
      yield grand.cells(says.totals, columns);
      yield* notes;
    }
    return { name, columns, headerRowIndex, rowCount, totalRowIndexes, leftOut, rows };
  }
}

const byRow = (a: PlacedLine, b: PlacedLine): number => a.row - b.row;

/** A decimal number as units of 10^-scale: 2.5 → 25 at scale 1; exact for every number a cell holds. */
function scaledDecimal(value: number): { units: bigint; scale: number } {
  // A whole number of units, as quantities mostly are, is its own digits (-0 is 0n as exact(-0) is ZERO).
  if (Number.isSafeInteger(value)) return { units: BigInt(value), scale: 0 };
  const text = exact(value).toFixed();
  const point = text.indexOf(".");
  if (point === -1) return { units: BigInt(text), scale: 0 };
  return { units: BigInt(text.slice(0, point) + text.slice(point + 1)), scale: text.length - point - 1 };
}

/** Declaration value × quantity in cents, rounded half-up to the cent: the line total. */
export function lineTotalCents(valueCents: number, quantity: number): number {
  // Whole units and a product below 2^53: the product itself, exact (+ 0, as Number(0n) is never -0).
  if (Number.isSafeInteger(quantity)) {
    const product = valueCents * quantity;
    if (Number.isSafeInteger(product)) return product + 0;
  }
  const scaled = scaledDecimal(quantity);
  return Number(divideHalfUp(BigInt(valueCents) * scaled.units, 10n ** BigInt(scaled.scale)));
}

/** x / divisor rounded half-up (away from zero on a half, as decimal.js's ROUND_HALF_UP). */
function divideHalfUp(x: bigint, divisor: bigint): bigint {
  const half = divisor / 2n;
  return x >= 0n ? (x + half) / divisor : -((-x + half) / divisor);
}

/*
 * Totals are sums of amount × quantity over up to hundreds of thousands of lines: kept as BigInt, in cents times
 * quantity units of 10^-scale (the most decimals any quantity had so far), exact whatever the size and far
 * cheaper than a decimal per cell. They are rounded half-up to the cent once, when shown.
 */
class Totals {
  private scale = 0;
  private quantity = 0n;
  private readonly amounts: bigint[] = UNIT_AMOUNTS.map(() => 0n);
  private lineTotalCents = 0n;

  add(line: ProFormaLine): void {
    const { units, scale } = scaledDecimal(line.quantity);
    const quantity = this.atScale(units, scale);
    this.quantity += quantity;
    UNIT_AMOUNTS.forEach((name, index) => (this.amounts[index] += BigInt(line.unitCents[name]) * quantity));
    this.lineTotalCents += BigInt(line.lineTotalCents);
  }

  addTotals(other: Totals): void {
    const factor = this.atScale(1n, other.scale);
    this.quantity += other.quantity * factor;
    other.amounts.forEach((amount, index) => (this.amounts[index] += amount * factor));
    this.lineTotalCents += other.lineTotalCents;
  }

  cells(label: string, columns: readonly ProFormaColumn[]): StoredCell[] {
    const unit = 10n ** BigInt(this.scale);
    const byColumn: Partial<Record<ProFormaColumn, StoredCell>> = {
      SKU: label,
      Quantity: toNumber(exact(this.quantity.toString()).dividedBy(unit.toString())),
      "Line total": euros(this.lineTotalCents),
    };
    UNIT_AMOUNTS.forEach((name, index) => {
      byColumn[UNIT_COLUMN[name]] = euros(divideHalfUp(this.amounts[index], unit));
    });
    return columns.map((column) => byColumn[column] ?? "");
  }

  /** `units` at `scale` as units at this total's scale, raising this total's scale when `scale` is finer. */
  private atScale(units: bigint, scale: number): bigint {
    if (scale > this.scale) {
      const factor = 10n ** BigInt(scale - this.scale);
      this.quantity *= factor;
      for (let index = 0; index < this.amounts.length; index++) this.amounts[index] *= factor;
      this.scale = scale;
    }
    return units * 10n ** BigInt(this.scale - scale);
  }
}

/** The pro forma column of each unit amount. */
const UNIT_COLUMN: Readonly<Record<UnitAmount, ProFormaColumn>> = {
  price: "Unit price",
  salesVat: "Sales VAT",
  commission: "Commission",
  packaging: "Packaging",
  freight: "Freight",
  lastMile: "Last mile",
  fbaFee: "FBA fee",
  handling: "Handling",
  duty: "Duty",
  value: "Declaration value",
};

/** The unit amount of each deduction column (UNIT_COLUMN the other way round). */
const COLUMN_AMOUNT = Object.fromEntries(
  Object.entries(UNIT_COLUMN).map(([amount, column]) => [column, amount]),
) as Readonly<Record<DeductionColumn, UnitAmount>>;

/** The unit amount of each of DEDUCTION_COLUMNS, in its order: a sheet has the column when a line's is not 0. */
const DEDUCTION_AMOUNTS = DEDUCTION_COLUMNS.map((column) => COLUMN_AMOUNT[column]);

/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook (case-insensitive).
 * `language` names a sheet whose wanted name is empty.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>, language: AnyLanguage = "en"): string {
  const base =
    wanted
      .replace(/[:\\/?*[\]]/g, "-")
      .slice(0, 31)
      .trim() || sheetWordsOf(language).sheetNames.unnamed;
  let name = base;
  for (let counter = 2; taken.has(name.toLowerCase()); counter++) {
    const suffix = ` (${counter})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}
