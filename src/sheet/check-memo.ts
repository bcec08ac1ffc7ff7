import {
  type DecimalMark,
  type Exact,
  type HsCodeReading,
  type InverseDivisor,
  type VatNumberReading,
  equal,
  inverseDivisor,
  toNumber,
  readHsCode,
  readVatNumber,
} from "../engine";
import {
  type CellValue,
  isFormattedNumber,
  readAmount,
  readDate,
  readDuty,
  readQuantity,
  readRate,
} from "./cell-values";
import { type CellReader } from "./header-mapping";

/**
 * How a row check reads the values that repeat over a sheet (a cell by its reader, an HS code, a VAT number) and
 * the inverse value's divisor for a pair of rates. PLAIN_READINGS calls the engine and the cell readers directly;
 * a CheckMemo gives the same results and keeps them for the rest of one check.
 */
export interface Readings {
  /** `reader(cell, header, mark)`; the readers are pure, so a reading depends on those three values only. */
  cell<T>(reader: CellReader<T>, cell: CellValue, header: string, mark: DecimalMark | undefined): T;
  hsCode(input: string | number): HsCodeReading;
  vatNumber(text: string): VatNumberReading;
  divisor(vatRate: Exact, adValorem: Exact): InverseDivisor;
  /** The amount, or an equal one met before: equal figures of the rows (duty, VAT lines, values) share a Decimal. */
  shared(amount: Exact): Exact;
}

/** No memo: every reading computed anew (checkRow's default; the functions and single rows). */
export const PLAIN_READINGS: Readings = {
  cell: (reader, cell, header, mark) => reader(cell, header, mark),
  hsCode: readHsCode,
  vatNumber: readVatNumber,
  divisor: inverseDivisor,
  shared: (amount) => amount,
};

/**
 * The readers whose readings repeat over a product list (prices, fees, rates, quantities, dates). Texts such as
 * SKUs and descriptions are mostly distinct and cheap to read: kept, they would only fill the memo.
 */
const REPEATING: ReadonlySet<CellReader<unknown>> = new Set<CellReader<unknown>>([
  readAmount,
  readRate,
  readDuty,
  readQuantity,
  readDate,
]);

/** The significant digits (DBL_DIG) that a double keeps of every decimal: two such decimals are two doubles. */
const SHARED_DIGITS = 15;

/** Entries per map of readings before it starts afresh: a memo of a check never grows without bound. */
const LIMIT = 50_000;

/**
 * The readings of one reader in one column (one header, one decimal mark), by the cell's value: a map for numbers
 * and one for texts, so that 12 and "12" differ. The values are the keys as they are: no key text is built (and
 * hashed) per cell, which cost more than most readings it saved.
 */
interface ColumnReadings {
  readonly numbers: Map<number, unknown>;
  readonly texts: Map<string, unknown>;
  /** Numbers by what their format shows (a whole column has one format): 0.15 and 0.15 shown as 15 % differ. */
  readonly formatted: Map<string, Map<number, unknown>>;
}

/**
 * The map a cell's readings are kept in, by `keyOf(cell)`, or undefined when the value is not worth keeping
 * (empty, a Date, a formula) or is -0, which a Map takes for 0: a -0 is read anew each time, so that the reader,
 * not the memo, decides what it is.
 */
function readingsFor(column: ColumnReadings, value: CellValue): Map<CellValue, unknown> | undefined {
  if (typeof value === "number") return Object.is(value, -0) ? undefined : column.numbers;
  if (typeof value === "string") return value === "" ? undefined : column.texts;
  if (!isFormattedNumber(value) || Object.is(value.number, -0)) return undefined;
  const shows = `${value.percent ? "%" : ""} ${value.currency ?? ""}`;
  let numbers = column.formatted.get(shows);
  if (numbers === undefined) column.formatted.set(shows, (numbers = new Map()));
  return numbers;
}

/** A cell's key in the map readingsFor gives: its value, the number of a formatted number. */
const keyOf = (cell: CellValue): CellValue => (isFormattedNumber(cell) ? cell.number : cell);

/**
 * The one memo of the bulk check (the performance code of the engine lives here, and only here). Product lists
 * repeat the same amounts, rates, codes and VAT numbers thousands of times, and a handful of pairs of rates; reading each once per check keeps the
 * sheet check fast and, since equal values then share one Decimal, keeps its memory small. Keyed by value, never
 * by object identity; created by each ShipmentChecker and dropped with it, so it lives no longer than one check.
 * Its readings are the readings without it (test/sheet/check-memo.test.ts): only values returned are kept, a
 * refusal is read again each time.
 */
export class CheckMemo implements Readings {
  /** By reader, then header, then decimal mark (a handful of each): the readings of each column. */
  private readonly columns = new Map<
    CellReader<unknown>,
    Map<string, Map<DecimalMark | undefined, ColumnReadings>>
  >();
  private readonly hsCodes = new Map<string | number, HsCodeReading>();
  private readonly vatNumbers = new Map<string, VatNumberReading>();
  private readonly divisors = new Map<number, Map<number, InverseDivisor>>();
  private readonly amounts = new Map<number, Exact>();

  cell<T>(reader: CellReader<T>, cell: CellValue, header: string, mark: DecimalMark | undefined): T {
    // The header and the mark are arguments of the reader: a value's readings are kept per column.
    const readings = REPEATING.has(reader)
      ? (readingsFor(this.column(reader, header, mark), cell) as Map<CellValue, T> | undefined)
      : undefined;
    if (readings === undefined) return reader(cell, header, mark);
    const key = keyOf(cell);
    const known = readings.get(key);
    if (known !== undefined) return known;
    const value = reader(cell, header, mark);
    if (value !== undefined) keep(readings, key, value);
    return value;
  }

  private column(reader: CellReader<unknown>, header: string, mark: DecimalMark | undefined): ColumnReadings {
    let byHeader = this.columns.get(reader);
    if (byHeader === undefined) this.columns.set(reader, (byHeader = new Map()));
    let byMark = byHeader.get(header);
    if (byMark === undefined) byHeader.set(header, (byMark = new Map()));
    let column = byMark.get(mark);
    if (column === undefined)
      byMark.set(mark, (column = { numbers: new Map(), texts: new Map(), formatted: new Map() }));
    return column;
  }

  hsCode(input: string | number): HsCodeReading {
    // A Map keeps 12 and "12" apart (readHsCode restores a number's leading zero, not a text's). -0 shares the
    // entry of 0, rightly: readHsCode reads a number by String(), and String(-0) is "0".
    return remembered(this.hsCodes, input, () => readHsCode(input));
  }

  vatNumber(text: string): VatNumberReading {
    return remembered(this.vatNumbers, text, () => readVatNumber(text));
  }

  divisor(vatRate: Exact, adValorem: Exact): InverseDivisor {
    // Keyed by the rates' numbers, cheaper than their digits and never by object identity. Two rates that differ
    // only beyond a double's precision share a key, so a divisor found serves only the very rates it was made for.
    const vatKey = toNumber(vatRate);
    let byDuty = this.divisors.get(vatKey);
    if (byDuty === undefined) {
      if (this.divisors.size >= LIMIT) this.divisors.clear();
      this.divisors.set(vatKey, (byDuty = new Map()));
    }
    const known = byDuty.get(toNumber(adValorem));
    if (known !== undefined && equal(known.vatRate, vatRate) && equal(known.adValorem, adValorem))
      return known;
    const divisor = inverseDivisor(vatRate, adValorem);
    if (known === undefined) remembered(byDuty, toNumber(adValorem), () => divisor);
    return divisor;
  }

  shared(amount: Exact): Exact {
    // A check keeps every row's figures to its end, ten Decimals a row, and the garbage collector copies and marks
    // each: sharing equal ones halved the bytes a check keeps and the time collecting them, for a lookup each.
    // Product lists repeat their figures as they repeat their amounts. Keyed by the number: within its normal range
    // a double tells apart any two decimals of at most SHARED_DIGITS significant digits, so what is found is equal
    // to the amount. Longer amounts, and zeros (0 and -0 are equal, not the same), are left as they are.
    if (amount.isZero() || amount.precision() > SHARED_DIGITS) return amount;
    const key = toNumber(amount);
    if (!(Math.abs(key) > 1e-300 && Math.abs(key) < 1e300)) return amount;
    const known = this.amounts.get(key);
    if (known !== undefined) return known;
    keep(this.amounts, key, amount);
    return amount;
  }
}

function remembered<Key, Value>(readings: Map<Key, Value>, key: Key, read: () => Value): Value {
  const known = readings.get(key);
  if (known !== undefined) return known;
  const value = read();
  if (value !== undefined) keep(readings, key, value);
  return value;
}

function keep<Key, Value>(readings: Map<Key, Value>, key: Key, value: Value): void {
  if (readings.size >= LIMIT) readings.clear();
  readings.set(key, value);
}
