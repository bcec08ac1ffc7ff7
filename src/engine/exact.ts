import Decimal from "decimal.js";

/**
 * Exact decimal arithmetic for money and rates.
 *
 * 34 significant digits (IEEE decimal128) keep every quotient this product forms exact far beyond the cent:
 * a denominator below 10^20 cannot produce the run of 20+ nines that a premature rounding would need to flip
 * a cent, and prices, rates and costs stay far below that. Rounding is half-up, the way an accountant rounds.
 */
export const Exact = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Exact = Decimal;

export const ZERO: Exact = new Exact(0);
export const ONE: Exact = new Exact(1);

/**
 * The exact decimal a number shows: 19.99 becomes 19.99, not the binary 19.989999999999998.
 * Excel and CSV give us the shortest decimal that round-trips, which is what the user typed.
 * Zero is ZERO, whatever its sign: a -0 cell is no negative amount.
 */
export function exact(value: number | string | Exact): Exact {
  if (value instanceof Decimal) return value.isZero() ? ZERO : value;
  const decimal = new Exact(value);
  return decimal.isZero() ? ZERO : decimal;
}

/** Money is rounded once, at the end, to the cent, half-up (UCC Art. 101(3) allows no coarser rounding of duty). */
export function toCents(amount: Exact): Exact {
  // Most amounts already are whole cents; decimalPlaces() is far cheaper than rounding them again.
  return amount.decimalPlaces() <= 2 ? amount : amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The sum of amounts, exact. Zeros, common among costs, are skipped rather than added. */
export function sum(amounts: readonly Exact[]): Exact {
  let total = ZERO;
  for (const amount of amounts) if (!amount.isZero()) total = total.isZero() ? amount : total.plus(amount);
  return total;
}

/** The number nearest to an exact decimal, as decimal.js gives it (for reports). */
export function toNumber(amount: Exact): number {
  return amount.toNumber();
}
