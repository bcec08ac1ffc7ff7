import { currenciesOf } from "./currency";
import { Exact, ZERO, exact } from "./exact";
import { InputError } from "./input-error";
import { type Fix, type Shown } from "./messages";

/**
 * Numbers written as text the way European product lists write them: "19,99", "1.299,00", "1 299,00",
 * "1,299.00", "12%", "0,12", "€ 19.99", "19.99 EUR", "330 SEK", "(12.50)" for a negative amount.
 *
 * With both separators, the last one is the decimal separator; one that repeats ("1.299.000") groups thousands.
 * One separator followed by exactly three digits after one to three digits ("1.299", "1,299") reads two ways:
 * it is read with the decimal mark of its column or file when one is known (src/sheet/number-conventions.ts),
 * and is otherwise ambiguous, never guessed.
 */
export type DecimalMark = "," | ".";

export type NumberText =
  | {
      readonly kind: "number";
      readonly value: Exact;
      readonly percent: boolean;
      /** The currency code or sign written beside the number ("SEK", "€", "kr"), as written. */
      readonly currency: string | undefined;
    }
  | {
      readonly kind: "ambiguous";
      /** "1.299" read with the separator as decimal mark (1.299) and as thousands separator (1299). */
      readonly asDecimal: Exact;
      readonly asThousands: Exact;
      readonly percent: boolean;
      readonly currency: string | undefined;
    }
  | { readonly kind: "notANumber" };

const NOT_A_NUMBER: NumberText = { kind: "notANumber" };
const PLAIN = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Plain decimals a double holds exactly and that read only one way: the shape of most numbers in a CSV file. */
const SHORT_PLAIN_DECIMAL = /^-?(?:\d{1,9}(?:\.(?:\d{1,2}|\d{4,6}))?|(?:0|\d{4,9})\.\d{3})$/;
/** A currency written before or after the number: an ISO code or a sign (currency.ts says which). */
const LEADING_CURRENCY = /^([A-Za-z]{3}|[^\d\s.,+\-−–(]{1,4})\s*(?=[\d.,+\-−–(])/;
const TRAILING_CURRENCY = /(?<=[\d.,)%])\s*([A-Za-z]{3}|[^\d\s.,%)]{1,4}\.?)$/;
/** Codes read in lower case beside a number ("12 eur"); others only in capitals ("12 all" is no amount in ALL). */
const LOWER_CASE_CODES: ReadonlySet<string> = new Set([
  "eur",
  "usd",
  "gbp",
  "sek",
  "pln",
  "dkk",
  "czk",
  "huf",
  "ron",
  "chf",
  "nok",
  "cny",
]);

/** Reads a number written as text; `mark` is the decimal mark of the text's column or file, when known. */
export function parseNumberText(text: string, mark?: DecimalMark): NumberText {
  if (SHORT_PLAIN_DECIMAL.test(text)) {
    return { kind: "number", value: exact(Number(text)), percent: false, currency: undefined };
  }
  return parse(text, mark);
}

/** The number a text shows when it reads one way only, without a currency other than EUR; else undefined. */
export function readNumberText(text: string, mark?: DecimalMark): Exact | undefined {
  const reading = parseNumberText(text, mark);
  if (reading.kind !== "number") return undefined;
  if (reading.currency !== undefined && currenciesOf(reading.currency)?.[0] !== "EUR") return undefined;
  return reading.value;
}

/**
 * A number from text, or an InputError naming the field: an ambiguous number names both readings, and text that
 * is no number is shown `as` the caller's users see it (messages.ts). The currency and percent sign are returned
 * for the caller to judge (an amount is no percentage; a currency is converted).
 */
export function numberFromText(
  text: string,
  field: string,
  fix: Fix,
  mark?: DecimalMark,
  as: Shown["as"] = "quoted",
): NumberText & { kind: "number" } {
  const reading = parseNumberText(text, mark);
  if (reading.kind === "number") return reading;
  const written = text.trim();
  if (reading.kind === "ambiguous") {
    const params = {
      text: written,
      asThousands: reading.asThousands.toString(),
      asDecimal: reading.asDecimal.toString(),
    };
    throw new InputError(field, { key: "readsTwoWays", params }, "writeOneWay");
  }
  throw new InputError(field, { key: "notANumber", params: { shown: { text: written, as } } }, fix);
}

/**
 * The decimal mark a text proves, if any: "19,99" and "1.299,00" prove a comma, "19.99" and "1,299.00" a point,
 * "1.299.000" a comma (points that group thousands); "1.299", "42", dates and words prove nothing.
 */
export function decimalMarkShown(text: string): DecimalMark | undefined {
  // Most cells are words or plain integers: no separator, no evidence.
  if (text.indexOf(",") === -1 && text.indexOf(".") === -1) return undefined;
  if (SHORT_PLAIN_DECIMAL.test(text)) return text.indexOf(".") > 0 ? "." : undefined;
  const body = numberBody(text);
  if (body === undefined || parsedBody(body, undefined).kind !== "number") return undefined;
  const last = Math.max(body.digits.lastIndexOf(","), body.digits.lastIndexOf("."));
  if (last === -1) return undefined;
  const separator = body.digits[last] as DecimalMark;
  // A separator that repeats groups thousands: the decimal mark is the other one.
  if (count(body.digits, separator) > 1) return separator === "," ? "." : ",";
  return separator;
}

interface NumberBody {
  /** Digits with their separators, without sign, currency or percent. */
  readonly digits: string;
  readonly negative: boolean;
  readonly percent: boolean;
  readonly currency: string | undefined;
}

/** Splits a text into sign, currency, percent and digits; undefined when something else is written beside them. */
function numberBody(text: string): NumberBody | undefined {
  let body = text.replace(/[\s\u00a0\u202f\u2009]+/g, " ").trim();
  let negative = false;
  let currency: string | undefined;
  const takeCurrency = (pattern: RegExp): boolean => {
    const match = pattern.exec(body);
    if (match === null || currency !== undefined) return false;
    if (currenciesOf(match[1]) === undefined) return false;
    if (
      /^[A-Za-z]{3}$/.test(match[1]) &&
      match[1] !== match[1].toUpperCase() &&
      !LOWER_CASE_CODES.has(match[1].toLowerCase())
    )
      return false;
    currency = match[1];
    body = (match.index === 0 ? body.slice(match[0].length) : body.slice(0, match.index)).trim();
    return true;
  };
  takeCurrency(LEADING_CURRENCY);
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  takeCurrency(LEADING_CURRENCY);
  const sign = /^[-−–+]/.exec(body);
  if (sign !== null) {
    negative = sign[0] !== "+";
    body = body.slice(1).trim();
  }
  takeCurrency(LEADING_CURRENCY);
  takeCurrency(TRAILING_CURRENCY);
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trim();
  if (currency === undefined) takeCurrency(TRAILING_CURRENCY);
  // Spaces and apostrophes group thousands ("1 299,00", "1'299.00" in Switzerland).
  if (/\d[ '’]\d/.test(body)) body = body.replace(/(?<=\d)[ '’](?=\d{3}(?!\d))/g, "");
  if (!/^[\d.,]*\d[\d.,]*(?:e[+-]?\d+)?$/i.test(body)) return undefined;
  return { digits: body, negative, percent, currency };
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/** "1.299": one to three digits (no leading zero), the separator, exactly three digits. */
function isAmbiguousShape(digits: string, separator: DecimalMark): boolean {
  const at = digits.indexOf(separator);
  const whole = digits.slice(0, at);
  return digits.length - at - 1 === 3 && /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(digits.slice(at + 1));
}

function parse(text: string, mark: DecimalMark | undefined): NumberText {
  const body = numberBody(text);
  return body === undefined ? NOT_A_NUMBER : parsedBody(body, mark);
}

/** The number of a text's body (numberBody), read with the column's decimal mark. */
function parsedBody(body: NumberBody, mark: DecimalMark | undefined): NumberText {
  const { digits, negative, percent, currency } = body;
  const commas = count(digits, ",");
  const dots = count(digits, ".");
  const read = (plain: string | undefined): Exact | undefined => {
    if (plain === undefined || !PLAIN.test(plain)) return undefined;
    let number = new Exact(plain);
    if (percent) number = number.dividedBy(100);
    if (number.isZero()) return ZERO; // "-0,00" is zero, not a negative amount
    return negative ? number.negated() : number;
  };
  const number = (value: Exact | undefined): NumberText =>
    value === undefined ? NOT_A_NUMBER : { kind: "number", value, percent, currency };

  if (commas > 0 && dots > 0) {
    const decimal = digits.lastIndexOf(",") > digits.lastIndexOf(".") ? "," : ".";
    return number(read(withThousands(digits, decimal === "," ? "." : ",", decimal)));
  }
  if (commas > 1) return number(read(withThousands(digits, ",", undefined)));
  if (dots > 1) return number(read(withThousands(digits, ".", undefined)));
  if (commas + dots === 0) return number(read(digits));
  const separator: DecimalMark = commas === 1 ? "," : ".";
  const asDecimal = read(digits.replace(",", "."));
  if (!isAmbiguousShape(digits, separator)) return number(asDecimal);
  const asThousands = read(digits.replace(separator, ""));
  if (mark !== undefined) return number(mark === separator ? asDecimal : asThousands);
  if (asDecimal === undefined || asThousands === undefined) return NOT_A_NUMBER;
  return { kind: "ambiguous", asDecimal, asThousands, percent, currency };
}

/** Thousands separators must group digits by three: "1.299.000" is a number, "19.99." is not. */
function withThousands(body: string, thousands: string, decimal: string | undefined): string | undefined {
  const t = `\\${thousands}`;
  const d = decimal === undefined ? "" : `(?:\\${decimal}\\d*)?`;
  if (!new RegExp(`^\\d{1,3}(?:${t}\\d{3})+${d}$`).test(body)) return undefined;
  return body.split(thousands).join("").replace(",", ".");
}
