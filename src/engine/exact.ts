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

/**
 * a.equals(b), answered without a comparison when both are the same Decimal, as rates shared by a memo or a table
 * mostly are (a comparison makes a copy of its argument first). NaN equals nothing, itself included.
 */
export function equal(a: Exact, b: Exact): boolean {
  return a === b ? !a.isNaN() : a.equals(b);
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

/** Powers of ten a double holds exactly (up to 10^22). */
const EXACT_POWERS_OF_TEN: readonly number[] = Array.from({ length: 23 }, (_, power) => 10 ** power);
/** decimal.js keeps the digits in words of seven (its LOG_BASE); the first word has one to seven. */
const WORD_DIGITS = 7;
const WORD = 1e7;

const digitsOf = (word: number): number => {
  let digits = 1;
  for (let bound = 10; word >= bound && digits < WORD_DIGITS; bound *= 10) digits++;
  return digits;
};

/**
 * The number nearest to an exact decimal: the same number as amount.toNumber() gives, without the text decimal.js
 * builds for it (reports convert millions of amounts). The digits read as an integer below 2^53 are exact as a
 * double, as is a power of ten up to 10^22; one multiplication or division of the two is correctly rounded, so
 * the result is the double nearest to the decimal, which is what parsing its text gives. Longer or larger
 * decimals take decimal.js's way.
 */
export function toNumber(amount: Exact): number {
  const words = amount.d as readonly number[] | null; // null for NaN and ±Infinity
  if (words === null || words.length > 3) return amount.toNumber();
  let integer = words[0];
  for (let index = 1; index < words.length; index++) integer = integer * WORD + words[index];
  const power = amount.e - (digitsOf(words[0]) + WORD_DIGITS * (words.length - 1) - 1);
  if (integer > Number.MAX_SAFE_INTEGER || Math.abs(power) >= EXACT_POWERS_OF_TEN.length)
    return amount.toNumber();
  const magnitude = power >= 0 ? integer * EXACT_POWERS_OF_TEN[power] : integer / EXACT_POWERS_OF_TEN[-power];
  return amount.s < 0 ? -magnitude : magnitude;
}

/**
 * amount × 10^places as a number, when that is an integer a double holds exactly (below 2^53): read off the
 * decimal's digits, without an operation or a new decimal. Undefined otherwise (more decimals, larger, NaN).
 */
function scaledInteger(amount: Exact, places: number): number | undefined {
  const words = amount.d as readonly number[] | null; // null for NaN and ±Infinity
  if (words === null || words.length > 3) return undefined;
  let integer = words[0];
  for (let index = 1; index < words.length; index++) integer = integer * WORD + words[index];
  if (integer > Number.MAX_SAFE_INTEGER) return undefined;
  let power = amount.e - (digitsOf(words[0]) + WORD_DIGITS * (words.length - 1) - 1) + places;
  // The last word's trailing zeros (1.5 is the words 1 and 5000000; a zero is the word 0 and no power below 0).
  while (power < 0 && integer % 10 === 0) {
    integer /= 10;
    power++;
  }
  if (power < 0 || power >= EXACT_POWERS_OF_TEN.length) return undefined;
  const magnitude = integer * EXACT_POWERS_OF_TEN[power];
  if (magnitude > Number.MAX_SAFE_INTEGER) return undefined;
  return amount.s < 0 ? -magnitude : magnitude;
}

/**
 * The amount in cents as a number: toNumber(amount.times(100)), what the pro forma lines carry. An amount of whole
 * cents, as the check's amounts are, is read off its digits (a million rows have ten amounts each).
 */
export function centsNumber(amount: Exact): number {
  return scaledInteger(amount, 2) ?? toNumber(amount.times(100));
}

/**
 * A running sum of amounts, the same decimal as adding them one by one from ZERO with plus() (the VAT deferral
 * statement adds up each line's rows). While every amount is whole cents and the total stays below 2^53 cents, the
 * sum is kept as a number of cents, which adds exactly; from the first amount that is not, it goes on as
 * decimals from the exact total so far, as the plain sum would.
 */
export class AmountSum {
  private cents = 0;
  private decimal: Exact | undefined;

  add(amount: Exact): void {
    if (this.decimal === undefined) {
      const cents = scaledInteger(amount, 2);
      if (cents !== undefined && Number.isSafeInteger(this.cents + cents)) {
        this.cents += cents;
        return;
      }
      this.decimal = this.total;
    }
    this.decimal = this.decimal.plus(amount);
  }

  /** toCents(amount × units), added: a product of whole cents and a whole number of units without decimals. */
  addProduct(amount: Exact, units: Exact): void {
    if (this.decimal === undefined) {
      const cents = scaledInteger(amount, 2);
      const count = scaledInteger(units, 0);
      if (cents !== undefined && count !== undefined) {
        const product = cents * count;
        if (Number.isSafeInteger(product) && Number.isSafeInteger(this.cents + product)) {
          this.cents += product;
          return;
        }
      }
    }
    this.add(toCents(amount.times(units)));
  }

  get total(): Exact {
    return this.decimal ?? (this.cents === 0 ? ZERO : new Exact(this.cents).dividedBy(100));
  }
}
