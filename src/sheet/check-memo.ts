import {
  type DecimalMark,
  type Exact,
  type HsCodeReading,
  type InverseDivisor,
  type VatNumberReading,
  inverseDivisor,
  toNumber,
  readHsCode,
  readVatNumber,
} from "../engine";
import { type CellValue, readAmount, readDate, readDuty, readQuantity, readRate } from "./cell-values";
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
}

/** No memo: every reading computed anew (checkRow's default; the functions and single rows). */
export const PLAIN_READINGS: Readings = {
  cell: (reader, cell, header, mark) => reader(cell, header, mark),
  hsCode: readHsCode,
  vatNumber: readVatNumber,
  divisor: inverseDivisor,
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

/** Entries per kind of reading before it starts afresh: a memo of a check never grows without bound. */
const LIMIT = 50_000;

/**
 * The key of a cell's value, or undefined when the value is not worth a key (empty, a Date, a formula).
 * By value, with its type: 12 and "12" differ, and -0 is not 0 (String(-0) is "0").
 */
function valueKey(value: CellValue): string | undefined {
  if (typeof value === "number") return Object.is(value, -0) ? "n-0" : `n${value}`;
  if (typeof value === "string") return value === "" ? undefined : `s${value}`;
  return undefined;
}

/**
 * The one memo of the bulk check (the performance code of the engine lives here, and only here). Product lists
 * repeat the same amounts, rates, codes and VAT numbers thousands of times, and a handful of pairs of rates; reading each once per check keeps the
 * sheet check fast and, since equal values then share one Decimal, keeps its memory small. Keyed by value, never
 * by object identity; created by each ShipmentChecker and dropped with it, so it lives no longer than one check.
 * Its readings are the readings without it (test/sheet/check-memo.test.ts): only values returned are kept, a
 * refusal is read again each time.
 */
export class CheckMemo implements Readings {
  private readonly cells = new Map<CellReader<unknown>, Map<string, unknown>>();
  private readonly hsCodes = new Map<string, HsCodeReading>();
  private readonly vatNumbers = new Map<string, VatNumberReading>();
  private readonly divisors = new Map<number, Map<number, InverseDivisor>>();

  cell<T>(reader: CellReader<T>, cell: CellValue, header: string, mark: DecimalMark | undefined): T {
    const key = REPEATING.has(reader) ? valueKey(cell) : undefined;
    if (key === undefined) return reader(cell, header, mark);
    let readings = this.cells.get(reader);
    if (readings === undefined) this.cells.set(reader, (readings = new Map()));
    // The header and the mark are arguments of the reader: part of the key. NUL separates what a header cannot hold.
    return remembered(readings as Map<string, T>, `${mark ?? ""}\u0000${header}\u0000${key}`, () =>
      reader(cell, header, mark),
    );
  }

  hsCode(input: string | number): HsCodeReading {
    return remembered(this.hsCodes, valueKey(input) ?? "", () => readHsCode(input));
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
    if (known !== undefined && known.vatRate.equals(vatRate) && known.adValorem.equals(adValorem))
      return known;
    const divisor = inverseDivisor(vatRate, adValorem);
    if (known === undefined) remembered(byDuty, toNumber(adValorem), () => divisor);
    return divisor;
  }
}

function remembered<Key, Value>(readings: Map<Key, Value>, key: Key, read: () => Value): Value {
  const known = readings.get(key);
  if (known !== undefined) return known;
  const value = read();
  if (value === undefined) return value;
  if (readings.size >= LIMIT) readings.clear();
  readings.set(key, value);
  return value;
}
