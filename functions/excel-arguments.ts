import {
  type DutyRule,
  Exact,
  type IsoDate,
  InputError,
  ZERO,
  euCountry,
  exact,
  isoDateFromExcelSerial,
  isoDateFromText,
  isoDateOf,
  parseDutyExpression,
  readNumberText,
  requireNonNegative,
  requireFraction,
  vatRateOn,
} from "../src/engine";

/**
 * Arguments as Excel hands them to a custom function: numbers, text, booleans, null for an omitted optional
 * argument, and 2-D arrays for matrix parameters (a single value arrives as [[value]]). An empty cell can
 * arrive as null or "" depending on the host, so both count as empty.
 */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function describe(value: unknown): string {
  return typeof value === "string" ? `the text "${value.trim()}"` : String(value);
}

/** A number, or a number written as text ("19,99", "12%"). */
export function readNumber(value: unknown, field: string, fix: string): Exact {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InputError(field, `${value} is not a number`, fix);
    return exact(value);
  }
  if (isEmpty(value)) throw new InputError(field, "it is empty", fix);
  const parsed = typeof value === "string" ? readNumberText(value) : undefined;
  if (parsed === undefined) throw new InputError(field, `${describe(value)} is not a number`, fix);
  return parsed;
}

/** A number or a range of amounts, summed; empty cells count 0. Amounts are costs, so none may be negative. */
export function readAmounts(matrix: unknown, field: string): Exact {
  const cells = Array.isArray(matrix) ? matrix.flat() : [matrix];
  let total = ZERO;
  cells.forEach((cell, index) => {
    if (isEmpty(cell)) return;
    const where = cells.length > 1 ? `${field} (cell ${index + 1} of the range)` : field;
    total = total.plus(
      requireNonNegative(readNumber(cell, where, "Enter an amount in EUR, e.g. 2.50"), where),
    );
  });
  return total;
}

/** `vat`: a destination country code or name (its standard rate on `date`), or a rate as a fraction. */
export function readVatRate(value: unknown, field: string, date: IsoDate): Exact {
  if (typeof value === "string" && /[a-z]/i.test(value) && readNumberText(value) === undefined) {
    return vatRateOn(euCountry(value, field), date, field).rate;
  }
  const rate = readNumber(value, field, "Enter a country code such as DE, or the VAT rate as 19 % or 0.19");
  return requireFraction(rate, field);
}

/** `dutyRate`: a fraction (0.12 or 12 %), or the tariff's wording ("4.7 % MIN 0.40 MAX 2.50"). */
export function readDutyRule(value: unknown, field: string, specificDuty: Exact): DutyRule {
  const fix =
    'Enter 0 for duty-free goods, a rate such as 12 % or 0.12, or text such as "4.7 % MIN 0.40 MAX 2.50"';
  if (typeof value === "string" && readNumberText(value) === undefined && !isEmpty(value)) {
    return { ...parseDutyExpression(value, field), specific: specificDuty };
  }
  return { adValorem: requireFraction(readNumber(value, field, fix), field), specific: specificDuty };
}

/** An Excel date (serial number) or a date written as text; omitted means today. */
export function readDate(value: unknown, field: string, today: Date): IsoDate {
  if (isEmpty(value)) return isoDateOf(today);
  if (typeof value === "number") return isoDateFromExcelSerial(value, field);
  if (typeof value === "string") return isoDateFromText(value, field);
  throw new InputError(field, `${describe(value)} is not a date`, "Enter a date such as DATE(2024,8,31)");
}

/** Text such as a link, a code or a VAT number; numbers are accepted as their digits. */
export function readText(value: unknown, field: string, fix: string): string {
  if (isEmpty(value)) throw new InputError(field, "it is empty", fix);
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  throw new InputError(field, `${describe(value)} is not text`, fix);
}

/** The cells of a range in reading order (a column, a row or a block). */
export function cellsOf(matrix: unknown): unknown[] {
  return Array.isArray(matrix) ? matrix.flat() : [matrix];
}
