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
  readHsCode,
  currenciesOf,
  numberFromText,
  parseNumberText,
  requireNonNegative,
  requireStorable,
  requireFraction,
  vatRateOn,
} from "../src/engine";

/**
 * Arguments as Excel hands them to a custom function: numbers, text, booleans, null for an omitted optional
 * argument, 2-D arrays for matrix parameters (a single value arrives as [[value]]), and data types as objects
 * (see basicValue). An empty cell can arrive as null or "" depending on the host, so both count as empty; Excel
 * on Windows desktop even passes an empty cell as 0 (office-js issues #4702, #5262, #1951), see isNotGiven.
 */
export function isEmpty(value: unknown): boolean {
  const basic = basicValue(value);
  return basic === null || basic === undefined || (typeof basic === "string" && basic.trim() === "");
}

/**
 * Empty, or 0: Excel on Windows desktop passes an empty cell (a reference or a cell of a range) as 0 where the
 * web passes null (office-js issues #4702, #5262, #1951). Only for arguments where 0 means nothing (an HS code,
 * a date, a country, an offence, a fine per code): there 0 is read as "not given", as on the web.
 */
export function isNotGiven(value: unknown): boolean {
  return isEmpty(value) || basicValue(value) === 0;
}

/**
 * Excel data types reach `any` parameters as objects, because functions.json sets allowCustomDataForDataTypeAny
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts): a Geography or
 * Stocks cell as {type: "LinkedEntity", text: "Germany", ...}, a number with its format as {type:
 * "FormattedNumber", basicValue: 0.19, numberFormat: "0%"}. Shapes: Excel.CellValue,
 * https://learn.microsoft.com/javascript/api/excel/excel.cellvalue. An entity reads as its text, the others as
 * their basic value; anything else (an error, an image, unknown shapes) comes back as the object itself.
 */
function basicValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const cell = value as { type?: unknown; text?: unknown; basicValue?: unknown; basicType?: unknown };
  switch (cell.type) {
    case "Entity":
    case "LinkedEntity":
      return typeof cell.text === "string" ? cell.text : value;
    case "Empty":
      return null;
    case "Error":
    case "NotAvailable":
      return value;
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return cell.basicValue;
    default:
      // Newer kinds with a plain value (a reference to a cell, say) read as it, unless that value is an error.
      return cell.basicType !== "Error" && ["number", "string", "boolean"].includes(typeof cell.basicValue)
        ? cell.basicValue
        : value;
  }
}

/** An argument as a plain number, text or boolean (or null when empty); an error or an image is refused. */
function plainValue(value: unknown, field: string, fix: string): unknown {
  const basic = basicValue(value);
  if (typeof basic !== "object" || basic === null || Array.isArray(basic)) return basic;
  const cell = basic as { type?: unknown; basicValue?: unknown };
  if (cell.type === "Error" || cell.type === "NotAvailable") {
    const error = typeof cell.basicValue === "string" ? cell.basicValue : "an error";
    throw new InputError(field, `the cell holds ${error}`, `Correct that cell first, or ${lowerFirst(fix)}`);
  }
  const kind = typeof cell.type === "string" ? `a ${cell.type} data type` : "an object";
  throw new InputError(field, `${kind} has no value to read here`, fix);
}

/** A Geography, Stocks or other entity cell: its text is a name, never a number. */
function isEntity(value: unknown): boolean {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === "Entity" || type === "LinkedEntity";
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describe(value: unknown): string {
  return typeof value === "string" ? `the text "${value.trim()}"` : String(value);
}

/**
 * A number, or a number written as text ("19,99", "12%", "€ 12,50"). Text that reads two ways ("1.299") is
 * refused with both readings, and an amount in another currency ("330 SEK") is refused unless `currency` allows
 * it (TOEUR converts it): the functions compute in EUR and never drop a currency.
 */
export function readNumber(
  argument: unknown,
  field: string,
  fix: string,
  currency: "EUR only" | "any currency" = "EUR only",
): Exact {
  const value = plainValue(argument, field, fix);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InputError(field, `${value} is not a number`, fix);
    return exact(value);
  }
  if (isEmpty(value)) throw new InputError(field, "it is empty", fix);
  let parsed: Exact | undefined;
  if (typeof value === "string" && parseNumberText(value).kind !== "notANumber") {
    const reading = numberFromText(value, field, fix);
    const code = reading.currency === undefined ? "EUR" : currenciesOf(reading.currency)?.join(" or ");
    if (code !== "EUR" && currency === "EUR only")
      throw new InputError(
        field,
        `"${value.trim()}" is in ${code}`,
        "Convert it to EUR first, e.g. with CUSTOMS.TOEUR(amount, units per EUR)",
      );
    parsed = reading.value;
  }
  if (parsed === undefined && isEntity(argument)) {
    throw new InputError(
      field,
      `the data type ${describe(value).replace(/^the text /, "")} is not a number`,
      `${fix} (for a field of a data type, refer to it, e.g. A2.Price)`,
    );
  }
  if (parsed === undefined) throw new InputError(field, `${describe(value)} is not a number`, fix);
  return parsed;
}

/** An amount of money in EUR: a percentage is no amount, and amounts from 10^12 on are no prices or costs. */
export function readAmount(argument: unknown, field: string, fix: string): Exact {
  const basic = basicValue(argument);
  if (typeof basic === "string" && /%\s*\)?\s*$/.test(basic) && parseNumberText(basic).kind !== "notANumber")
    throw new InputError(field, `"${basic.trim()}" is a percentage, not an amount`, fix);
  return requireStorable(readNumber(argument, field, fix), field, fix);
}

/** A number or a range of amounts, summed; empty cells count 0. Amounts are costs, so none may be negative. */
export function readAmounts(matrix: unknown, field: string): Exact {
  const cells = Array.isArray(matrix) ? matrix.flat() : [matrix];
  let total = ZERO;
  cells.forEach((cell, index) => {
    if (isEmpty(cell)) return;
    const where = cells.length > 1 ? `${field} (cell ${index + 1} of the range)` : field;
    total = total.plus(
      requireNonNegative(readAmount(cell, where, "Enter an amount in EUR, e.g. 2.50"), where),
    );
  });
  return total;
}

/** `vat`: a destination country code or name (its standard rate on `date`), or a rate as a fraction. */
export function readVatRate(argument: unknown, field: string, date: IsoDate): Exact {
  const value = basicValue(argument);
  if (typeof value === "string" && /[a-z]/i.test(value) && parseNumberText(value).kind === "notANumber") {
    return vatRateOn(euCountry(value, field), date, field).rate;
  }
  const rate = readNumber(value, field, "Enter a country code such as DE, or the VAT rate as 19 % or 0.19");
  return requireFraction(rate, field);
}

/** `dutyRate`: a fraction (0.12 or 12 %), or the tariff's wording ("4.7 % MIN 0.40 MAX 2.50"). */
export function readDutyRule(argument: unknown, field: string, specificDuty: Exact): DutyRule {
  const value = basicValue(argument);
  const fix =
    'Enter 0 for duty-free goods, a rate such as 12 % or 0.12, or text such as "4.7 % MIN 0.40 MAX 2.50"';
  if (typeof value === "string" && parseNumberText(value).kind === "notANumber" && !isEmpty(value)) {
    return { ...parseDutyExpression(value, field), specific: specificDuty };
  }
  return { adValorem: requireFraction(readNumber(value, field, fix), field), specific: specificDuty };
}

/** An Excel date (serial number) or a date written as text; omitted, empty or 0 (no date) means today. */
export function readDate(argument: unknown, field: string, today: Date): IsoDate {
  const fix = "Enter a date such as DATE(2024,8,31)";
  if (isNotGiven(argument)) return isoDateOf(today);
  const value = plainValue(argument, field, fix);
  if (typeof value === "number") return isoDateFromExcelSerial(value, field);
  if (typeof value === "string") return isoDateFromText(value, field);
  throw new InputError(field, `${describe(value)} is not a date`, fix);
}

/**
 * Text such as a link, a country, a code or a VAT number; numbers are accepted as their digits. None of these
 * is 0, so 0 (an empty cell on Windows desktop) is empty.
 */
export function readText(argument: unknown, field: string, fix: string): string {
  if (isNotGiven(argument)) throw new InputError(field, "it is empty", fix);
  const value = plainValue(argument, field, fix);
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  throw new InputError(field, `${describe(value)} is not text`, fix);
}

/** An HS code as its digits (6, 8 or 10); a number cell that lost its leading zero gets it back. */
export function readHsCodeDigits(argument: unknown, field: string): string {
  const fix = "Enter the HS code, e.g. 9405 21 40";
  if (isNotGiven(argument)) throw new InputError(field, "it is empty", fix);
  const value = plainValue(argument, field, fix);
  if (typeof value !== "string" && typeof value !== "number") {
    throw new InputError(field, `${describe(value)} is not an HS code`, fix);
  }
  const reading = readHsCode(typeof value === "string" ? value.trim() : value);
  if (!reading.valid)
    throw new InputError(field, reading.problem, "Enter 6 (HS), 8 (CN) or 10 (TARIC) digits");
  return reading.digits;
}

/** The cells of a range in reading order (a column, a row or a block). */
export function cellsOf(matrix: unknown): unknown[] {
  return Array.isArray(matrix) ? matrix.flat() : [matrix];
}
