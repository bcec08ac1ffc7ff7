import { Exact } from "./exact";
import { InputError } from "./input-error";

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
