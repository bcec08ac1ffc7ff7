import { MAX_SIGNIFICANT_DIGITS, requireFraction, requireNonNegative, requireStorable } from "./checks";
import { currenciesOf } from "./currency";
import { type IsoDate, isoDateFromExcelSerial, isoDateFromText } from "./dates";
import { type DutyRule, parseDutyExpression } from "./duty";
import { Exact, ZERO, exact } from "./exact";
import { type OffenceLevel } from "./fines";
import { readHsCode } from "./hs-code";
import { InputError } from "./input-error";
import { type Fix, type Host, type Shown } from "./messages";
import { type DecimalMark, numberFromText, parseNumberText } from "./number-text";

/**
 * One reader per kind of value, for every host: the sheet's cells (src/sheet/cell-values.ts), the functions'
 * arguments (functions/excel-arguments.ts) and the settings (src/sheet/settings.ts). A host unwraps its own
 * shapes (a date cell, an Excel data type, an empty cell that Excel on Windows passes as 0) into a number or a
 * text; the reader reads it, or throws an InputError naming `field`, with `fix` for a value that is not of the
 * kind at all. Problems with a fix of their own (a negative rate, a number that reads two ways) bring it.
 */

export interface ReadContext {
  readonly host: Host;
  /** The decimal mark of the value's column or file, where known (src/sheet/number-conventions.ts). */
  readonly mark?: DecimalMark;
}

/** A context that also says what a currency written beside a number means. */
export interface CurrencyContext extends ReadContext {
  /**
   * "as written": the currency is returned for the caller to convert (a sheet row has its Currency column);
   * "EUR only": a number in another currency is refused, with `foreignFix` (default the reader's fix).
   */
  readonly currency: "as written" | "EUR only";
  readonly foreignFix?: Fix;
}

/**
 * A number whose cell format shows a percent sign (0.15 shown as 15 %) or a currency (109 shown as 109,00 zł), as
 * Excel's FormattedNumber does: it is read as the text it shows would be. The sheet reads the format
 * (src/sheet/number-formats.ts); the functions and the settings see no formats.
 */
export interface FormattedNumber {
  readonly number: number;
  readonly percent: boolean;
  /** The currency sign or code the format shows ("zł", "$", "USD"), as written; undefined when none. */
  readonly currency: string | undefined;
}

/** What a reader reads: a number, a text, or a number with what its format shows. */
export type NumberInput = number | string | FormattedNumber;

/** Nothing written: nothing at all, or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * How each host shows a text in a message, as its users have read it so far: the functions say 'the text "abc"
 * is not a number' (an argument may be a number, a text or a data type), the settings show other values bare.
 */
const SHOWN: Readonly<Record<Host, { readonly notANumber: Shown["as"]; readonly other: Shown["as"] }>> = {
  cell: { notANumber: "quoted", other: "quoted" },
  argument: { notANumber: "theText", other: "quoted" },
  setting: { notANumber: "quoted", other: "plain" },
};

function shown(value: NumberInput, host: Host): Shown {
  if (typeof value === "number") return { text: String(value), as: "plain" };
  if (typeof value === "string") return { text: value.trim(), as: SHOWN[host].other };
  // As the cell shows it, without its grouping: 0.15 as "15 %", 109 as "109 zł".
  const number = value.percent ? `${exact(value.number).times(100).toFixed()} %` : String(value.number);
  return { text: value.currency === undefined ? number : `${number} ${value.currency}`, as: "plain" };
}

/** A number with the percent sign and the currency written beside it. */
export interface NumberReading {
  readonly value: Exact;
  readonly percent: boolean;
  /** The currency code or sign written beside the number ("SEK", "€", "kr"), as written; undefined when none. */
  readonly currency: string | undefined;
}

/**
 * A number: a number as Excel or a file holds it, or text ("19,99", "1.299,00", "12%", "330 SEK"). A number is
 * taken to the 15 significant digits Excel shows (a formula can leave 23.799999999999997 for 23.8); text with
 * more digits than that, and anything from 10^12 on, is refused. Without a decimal mark "1.299" is refused with
 * both readings. A currency beside the number is returned, or refused where the context says EUR only.
 */
export function numberOf(
  value: NumberInput,
  field: string,
  fix: Fix,
  context: ReadContext | CurrencyContext,
): NumberReading {
  if (typeof value !== "string") {
    const written = typeof value === "number" ? value : value.number;
    if (!Number.isFinite(written))
      throw new InputError(field, { key: "notANumber", params: { shown: shown(value, context.host) } }, fix);
    let number = exact(written);
    if (number.precision() > MAX_SIGNIFICANT_DIGITS)
      number = number.toSignificantDigits(MAX_SIGNIFICANT_DIGITS);
    const reading: NumberReading =
      typeof value === "number"
        ? { value: number, percent: false, currency: undefined }
        : { value: number, percent: value.percent, currency: value.currency };
    requireInEur(reading, value, field, fix, context);
    return { ...reading, value: requireStorable(number, field, fix) };
  }
  const reading = numberFromText(value, field, fix, context.mark, SHOWN[context.host].notANumber);
  requireInEur(reading, value, field, fix, context);
  return {
    value: requireStorable(reading.value, field, fix),
    percent: reading.percent,
    currency: reading.currency,
  };
}

/** Where the context says EUR only, a number in another currency is refused. */
function requireInEur(
  reading: { readonly currency: string | undefined },
  value: NumberInput,
  field: string,
  fix: Fix,
  context: ReadContext | CurrencyContext,
): void {
  if (!("currency" in context) || context.currency !== "EUR only" || reading.currency === undefined) return;
  const codes = currenciesOf(reading.currency) ?? [reading.currency];
  if (codes.length !== 1 || codes[0] !== "EUR") {
    const params = { shown: shown(value, context.host), codes };
    throw new InputError(field, { key: "inCurrency", params }, context.foreignFix ?? fix);
  }
}

/** An amount of money and the currency written beside it. */
export interface AmountReading {
  readonly value: Exact;
  readonly currency: string | undefined;
}

/** An amount of money: a percentage is no amount. Its sign is the caller's to judge (a price, a cost, a total). */
export function amountOf(
  value: NumberInput,
  field: string,
  fix: Fix,
  context: CurrencyContext,
): AmountReading {
  const amount = numberOf(value, field, fix, context);
  if (amount.percent) {
    const params = { shown: shown(value, context.host) };
    throw new InputError(field, { key: "percentNotAmount", params }, fix);
  }
  return { value: amount.value, currency: amount.currency };
}

/** A number that is no amount: no currency beside it, and a percent sign only where `percent` allows one. */
function plainNumberOf(
  value: NumberInput,
  field: string,
  fix: Fix,
  context: ReadContext,
  percent: "percent allowed" | "no percent",
): NumberReading {
  const number = numberOf(value, field, fix, context);
  if (number.currency !== undefined) {
    const params = { shown: shown(value, context.host), host: context.host };
    throw new InputError(field, { key: "currencyNotAllowed", params }, fix);
  }
  if (number.percent && percent === "no percent")
    throw new InputError(field, { key: "percentage", params: { shown: shown(value, context.host) } }, fix);
  return number;
}

/** A rate as a fraction: 0.19, 19 % or "19%". 19 is refused: it is a percentage typed as a number. */
export function rateOf(value: NumberInput, field: string, fix: Fix, context: ReadContext): Exact {
  const rate = plainNumberOf(value, field, fix, context, "percent allowed");
  // "100 %" is no 1 typed for 1 %: said as written, with the field's fix (requireFraction's suggests 1 % or 0.01).
  if (rate.percent && rate.value.greaterThanOrEqualTo(1))
    throw new InputError(
      field,
      { key: "percentNotBelowHundred", params: { shown: shown(value, context.host) } },
      fix,
    );
  return requireFraction(rate.value, field);
}

/** A duty rate: a rate (rateOf), or the tariff's wording ("4.7 % MIN 0.40 MAX 2.50"). No specific duty. */
export function dutyRuleOf(value: NumberInput, field: string, fix: Fix, context: ReadContext): DutyRule {
  if (typeof value === "string" && parseNumberText(value, context.mark).kind === "notANumber")
    return parseDutyExpression(value, field);
  const rate = plainNumberOf(value, field, fix, context, "percent allowed");
  // Written with a % sign the rate is unambiguous, so anti-dumping totals above 100 % stay possible (duty.ts).
  const adValorem = rate.percent
    ? requireNonNegative(rate.value, field, "writeRate")
    : requireFraction(rate.value, field);
  return { adValorem, specific: ZERO };
}

/** Units on a line: a number above 0. */
export function quantityOf(value: number | string, field: string, fix: Fix, context: ReadContext): Exact {
  const quantity = plainNumberOf(value, field, fix, context, "no percent").value;
  if (!quantity.greaterThan(0))
    throw new InputError(field, { key: "notAQuantity", params: { number: quantity.toString() } }, fix);
  return quantity;
}

/** A weight in kg, zero or more. */
export function weightOf(value: number | string, field: string, fix: Fix, context: ReadContext): Exact {
  const weight = plainNumberOf(value, field, fix, context, "no percent").value;
  if (weight.isNegative())
    throw new InputError(field, { key: "negativeWeight", params: { number: weight.toString() } }, fix);
  return weight;
}

/** A date: an Excel date serial number, or text (YYYY-MM-DD, DD/MM/YYYY, DD.MM.YYYY). */
export function dateOf(value: number | string, field: string): IsoDate {
  return typeof value === "number" ? isoDateFromExcelSerial(value, field) : isoDateFromText(value, field);
}

/** An offence level: 1, 2 or 3 (a third offence blacklists; fines.ts). */
export function offenceLevelOf(
  value: number | string,
  field: string,
  fix: Fix,
  context: ReadContext,
): OffenceLevel {
  // A number is taken as it is: 2.0000000000000004 is no offence level, and no amount bound applies.
  const level =
    typeof value === "number"
      ? value
      : plainNumberOf(value, field, fix, context, "no percent").value.toNumber();
  if (level !== 1 && level !== 2 && level !== 3)
    throw new InputError(field, { key: "notAnOffenceLevel", params: { level: String(level) } }, fix);
  return level;
}

/** An HS code as its digits (6, 8 or 10); a number that lost its leading zero gets it back (hs-code.ts). */
export function hsCodeOf(value: number | string, field: string): string {
  const reading = readHsCode(typeof value === "string" ? value.trim() : value);
  if (!reading.valid)
    throw new InputError(
      field,
      { key: "invalidHsCode", params: { problem: reading.problem } },
      "hsCodeDigits",
    );
  return reading.digits;
}
