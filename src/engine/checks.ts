import { Exact, ZERO } from "./exact";
import { InputError } from "./input-error";
import { type Fix } from "./messages";

/**
 * Amounts from 10^12 on, and numbers with more digits than Excel keeps (15 significant digits), are no prices or
 * costs of goods but a typing or export error: they are refused before they can reach the calculation.
 */
export const MAX_AMOUNT: Exact = new Exact("1e12");
export const MAX_SIGNIFICANT_DIGITS = 15;

export function requireStorable(number: Exact, field: string, fix: Fix): Exact {
  // The number as text only for a refusal: every amount of a sheet passes here once, and nearly all pass.
  const shown = () => number.toString();
  if (!number.isFinite())
    throw new InputError(
      field,
      { key: "notANumber", params: { shown: { text: shown(), as: "plain" } } },
      fix,
    );
  if (number.abs().greaterThanOrEqualTo(MAX_AMOUNT))
    throw new InputError(field, { key: "tooLarge", params: { number: shown() } }, fix);
  if (number.precision() > MAX_SIGNIFICANT_DIGITS)
    throw new InputError(
      field,
      { key: "tooManyDigits", params: { number: shown(), digits: MAX_SIGNIFICANT_DIGITS } },
      fix,
    );
  return number;
}

/** Boundary checks shared by the custom functions, the sheet and the settings; `field` is the name the user sees. */

export function requirePositive(amount: Exact, field: string, fix: Fix): Exact {
  if (!amount.greaterThan(ZERO))
    throw new InputError(field, { key: "notMoreThanZero", params: { number: amount.toString() } }, fix);
  return amount;
}

/** Costs are deducted from the price, so none is negative; `fix` says it the way the field needs. */
export function requireNonNegative(amount: Exact, field: string, fix: Fix = "positiveCosts"): Exact {
  if (amount.isNegative())
    throw new InputError(field, { key: "negative", params: { number: amount.toString() } }, fix);
  return amount;
}

/**
 * A rate (VAT, duty, commission) is a fraction from 0 to below 1: 19 % is 0.19, and 19 is a percentage typed as
 * a number. (Duty rates above 100 %, which anti-dumping totals can reach, are written with a % sign instead.)
 */
export function requireFraction(rate: Exact, field: string): Exact {
  if (rate.isNegative())
    throw new InputError(field, { key: "negative", params: { number: rate.toString() } }, "writeRate");
  if (rate.greaterThanOrEqualTo(1)) {
    throw new InputError(
      field,
      { key: "notAFraction", params: { number: rate.toString() } },
      {
        key: "writePercentOrFraction",
        params: { percent: rate.toString(), fraction: rate.dividedBy(100).toString() },
      },
    );
  }
  return rate;
}

/**
 * Customs rates of the world's currencies lie between about 0.3 (KWD) and 500,000 (VES, IRR) units per EUR; the
 * bounds leave room and keep every conversion finite.
 */
export const MIN_EXCHANGE_RATE = "0.000001";
export const MAX_EXCHANGE_RATE = "1000000000";

/** An exchange rate in units per EUR within those bounds (the settings' rates and TOEUR's alike). */
export function requirePlausibleRate(rate: Exact, field: string, fix: Fix): Exact {
  if (rate.isZero()) throw new InputError(field, "zeroRate", fix);
  if (rate.isNegative())
    throw new InputError(field, { key: "notMoreThanZero", params: { number: rate.toString() } }, fix);
  if (rate.lessThan(MIN_EXCHANGE_RATE) || rate.greaterThan(MAX_EXCHANGE_RATE))
    throw new InputError(
      field,
      {
        key: "implausibleRate",
        params: { rate: rate.toString(), minimum: MIN_EXCHANGE_RATE, maximum: MAX_EXCHANGE_RATE },
      },
      fix,
    );
  return rate;
}
