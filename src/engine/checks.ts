import { Exact } from "./exact";
import { InputError } from "./input-error";

/**
 * Amounts from 10^12 on, and numbers with more digits than Excel keeps (15 significant digits), are no prices or
 * costs of goods but a typing or export error: they are refused before they can reach the calculation.
 */
export const MAX_AMOUNT: Exact = new Exact("1e12");
export const MAX_SIGNIFICANT_DIGITS = 15;

export function requireStorable(number: Exact, field: string, fix: string): Exact {
  if (!number.isFinite()) throw new InputError(field, `${number.toString()} is not a number`, fix);
  if (number.abs().greaterThanOrEqualTo(MAX_AMOUNT))
    throw new InputError(field, `${number.toString()} is too large (amounts must be below 10^12)`, fix);
  if (number.precision() > MAX_SIGNIFICANT_DIGITS)
    throw new InputError(
      field,
      `${number.toString()} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than Excel keeps`,
      fix,
    );
  return number;
}

/** Boundary checks shared by the custom functions and the sheet; `field` is the name the user sees. */

export function requirePositive(amount: Exact, field: string, fix: string): Exact {
  if (!amount.greaterThan(0)) throw new InputError(field, `${amount.toString()} is not more than 0`, fix);
  return amount;
}

export function requireNonNegative(amount: Exact, field: string): Exact {
  if (amount.isNegative()) {
    throw new InputError(
      field,
      `${amount.toString()} is negative`,
      "Enter costs as positive amounts: they are deducted from the price",
    );
  }
  return amount;
}

/**
 * A rate (VAT, duty, commission) is a fraction from 0 to below 1: 19 % is 0.19, and 19 is a percentage typed as
 * a number. (Duty rates above 100 %, which anti-dumping totals can reach, are written with a % sign instead.)
 */
export function requireFraction(rate: Exact, field: string): Exact {
  if (rate.isNegative()) {
    throw new InputError(field, `${rate.toString()} is negative`, "Write the rate as 19 % or 0.19");
  }
  if (rate.greaterThanOrEqualTo(1)) {
    throw new InputError(
      field,
      `${rate.toString()} is not a fraction`,
      `Write ${rate.toString()} % or ${rate.dividedBy(100).toString()}`,
    );
  }
  return rate;
}
