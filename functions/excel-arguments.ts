import {
  type DutyRule,
  Exact,
  type Fix,
  type IsoDate,
  InputError,
  type OffenceLevel,
  ZERO,
  amountOf,
  dateOf,
  dutyRuleOf,
  euCountry,
  exact,
  gtinOfNumber,
  hsCodeOf,
  isBlank,
  isoDateOf,
  numberOf,
  offenceLevelOf,
  parseNumberText,
  quantityOf,
  rateOf,
  requireNonNegative,
  vatRateOn,
  weightOf,
} from "../src/engine";

/**
 * Arguments as Excel hands them to a custom function, read by the engine's readers (src/engine/readers.ts). This
 * file says only what is Excel's: the shapes of its arguments, and which empty cells count as not given.
 *
 * Excel passes numbers, text, booleans, null for an omitted optional argument, 2-D arrays for matrix parameters
 * (a single value arrives as [[value]]), and data types as objects (see basicValue). An empty cell can arrive as
 * null or "" depending on the host, so both count as empty; Excel on Windows desktop even passes an empty cell as
 * 0 (office-js issues #4702, #5262, #1951), see isNotGiven.
 */
export function isEmpty(value: unknown): boolean {
  return isBlank(basicValue(value));
}

/**
 * Empty, or 0: Excel on Windows desktop passes an empty cell (a reference or a cell of a range) as 0 where the
 * web passes null (office-js issues #4702, #5262, #1951). Only for arguments where 0 means nothing (an HS code,
 * a date, a country, an offence, a fine per code, a quantity): there 0 is read as "not given", as on the web.
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
function plainValue(value: unknown, field: string, fix: Fix): unknown {
  const basic = basicValue(value);
  if (typeof basic !== "object" || basic === null || Array.isArray(basic)) return basic;
  const cell = basic as { type?: unknown; basicValue?: unknown };
  if (cell.type === "Error" || cell.type === "NotAvailable") {
    const error = typeof cell.basicValue === "string" ? cell.basicValue : undefined;
    throw new InputError(
      field,
      { key: "argumentError", params: { error } },
      { key: "correctCellFirst", params: { then: fix } },
    );
  }
  const type = typeof cell.type === "string" ? cell.type : undefined;
  throw new InputError(field, { key: "noValueHere", params: { type } }, fix);
}

/** A Geography, Stocks or other entity cell: its text is a name, never a number. */
function isEntity(value: unknown): boolean {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  return type === "Entity" || type === "LinkedEntity";
}

/** A value shown as it is (a boolean, a number) in a message. */
const bare = (value: unknown) => ({ text: String(value), as: "plain" }) as const;

const ARGUMENT = { host: "argument" } as const;
/** The functions compute in EUR: an amount in another currency is converted with TOEUR first. */
const IN_EUR = { ...ARGUMENT, currency: "EUR only", foreignFix: "convertToEur" } as const;

/** An argument for the engine's number readers: a number or a text; empty, a boolean or an entity's name is refused. */
function numeric(argument: unknown, field: string, fix: Fix): number | string {
  const value = plainValue(argument, field, fix);
  if (typeof value === "number") return value;
  if (isBlank(value)) throw new InputError(field, "empty", fix);
  if (typeof value !== "string")
    throw new InputError(field, { key: "notANumber", params: { shown: bare(value) } }, fix);
  if (isEntity(argument) && parseNumberText(value).kind === "notANumber")
    throw new InputError(
      field,
      { key: "dataTypeNotANumber", params: { shown: { text: value.trim(), as: "quoted" } } },
      { key: "referToField", params: { then: fix } },
    );
  return value;
}

/**
 * A number, or a number written as text ("19,99", "12%", "€ 12,50"). Text that reads two ways ("1.299") is
 * refused with both readings, and an amount in another currency ("330 SEK") is refused unless `currency` allows
 * it (TOEUR converts it): the functions compute in EUR and never drop a currency.
 */
export function readNumber(
  argument: unknown,
  field: string,
  fix: Fix,
  currency: "EUR only" | "any currency" = "EUR only",
): Exact {
  const context = currency === "EUR only" ? IN_EUR : ({ ...ARGUMENT, currency: "as written" } as const);
  return numberOf(numeric(argument, field, fix), field, fix, context).value;
}

/** An amount of money in EUR: a percentage is no amount, and amounts from 10^12 on are no prices or costs. */
export function readAmount(argument: unknown, field: string, fix: Fix): Exact {
  return amountOf(numeric(argument, field, fix), field, fix, IN_EUR).value;
}

/** A number or a range of amounts, summed; empty cells count 0. Amounts are costs, so none may be negative. */
export function readAmounts(matrix: unknown, field: string): Exact {
  const cells = cellsOf(matrix);
  let total = ZERO;
  cells.forEach((cell, index) => {
    if (isEmpty(cell)) return;
    try {
      total = total.plus(requireNonNegative(readAmount(cell, field, "enterAmountInEur"), field));
    } catch (error) {
      // Which cell of a range, said in the reader's language where the error is shown (excelResult).
      if (!(error instanceof InputError) || cells.length === 1) throw error;
      throw new InputError(field, error.problem, error.fix, error.kind, index + 1);
    }
  });
  return total;
}

/** `vat`: a destination country code or name (its standard rate on `date`), or a rate as a fraction. */
export function readVatRate(argument: unknown, field: string, date: IsoDate): Exact {
  const value = basicValue(argument);
  if (typeof value === "string" && /[a-z]/i.test(value) && parseNumberText(value).kind === "notANumber") {
    return vatRateOn(euCountry(value, field), date, field).rate;
  }
  return rateOf(numeric(argument, field, "enterCountryOrRate"), field, "enterCountryOrRate", ARGUMENT);
}

/** `dutyRate`: a fraction (0.12 or 12 %), or the tariff's wording ("4.7 % MIN 0.40 MAX 2.50"). */
export function readDutyRule(argument: unknown, field: string, specificDuty: Exact): DutyRule {
  const rule = dutyRuleOf(numeric(argument, field, "enterDuty"), field, "enterDuty", ARGUMENT);
  return { ...rule, specific: specificDuty };
}

/** An Excel date (serial number) or a date written as text; omitted, empty or 0 (no date) means today. */
export function readDate(argument: unknown, field: string, today: Date): IsoDate {
  if (isNotGiven(argument)) return isoDateOf(today);
  const value = plainValue(argument, field, "enterExcelDate");
  if (typeof value === "number" || typeof value === "string") return dateOf(value, field);
  throw new InputError(field, { key: "notADate", params: { shown: bare(value) } }, "enterExcelDate");
}

/**
 * Text such as a link, a country, a code or a VAT number; numbers are accepted as their digits. None of these
 * is 0, so 0 (an empty cell on Windows desktop) is empty.
 */
export function readText(argument: unknown, field: string, fix: Fix): string {
  if (isNotGiven(argument)) throw new InputError(field, "empty", fix);
  const value = plainValue(argument, field, fix);
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  throw new InputError(field, { key: "notText", params: { shown: bare(value) } }, fix);
}

/** A GTIN as written; a number cell that lost its leading zeros (a UPC-A) gets them back. */
export function readGtinText(argument: unknown, field: string): string {
  if (isNotGiven(argument)) throw new InputError(field, "empty", "enterGtin");
  const value = plainValue(argument, field, "enterGtin");
  return typeof value === "number" ? gtinOfNumber(value) : readText(value, field, "enterGtin");
}

/** An HS code as its digits (6, 8 or 10); a number cell that lost its leading zero gets it back. */
export function readHsCodeDigits(argument: unknown, field: string): string {
  if (isNotGiven(argument)) throw new InputError(field, "empty", "enterHsCode");
  const value = plainValue(argument, field, "enterHsCode");
  if (typeof value !== "string" && typeof value !== "number")
    throw new InputError(field, { key: "notAnHsCode", params: { shown: bare(value) } }, "enterHsCode");
  return hsCodeOf(value, field);
}

/** A unit weight in kg; an empty cell is 0 (a weight can be 0, so Windows desktop's 0 for a blank is the same). */
export function readWeight(argument: unknown, field: string): Exact {
  if (isEmpty(argument)) return ZERO;
  return weightOf(numeric(argument, field, "enterWeightInKg"), field, "enterWeightInKg", ARGUMENT);
}

/**
 * Units on a line; empty or 0 counts 1: Windows desktop passes an empty cell as 0, so the two cannot be told
 * apart, and every host reads them alike.
 */
export function readQuantity(argument: unknown, field: string): Exact {
  if (isNotGiven(argument)) return exact(1);
  return quantityOf(numeric(argument, field, "enterUnits"), field, "enterUnits", ARGUMENT);
}

/** An offence level; empty (or 0, an empty cell on Windows desktop) is a first offence. */
export function readOffence(argument: unknown, field: string): OffenceLevel {
  if (isNotGiven(argument)) return 1;
  return offenceLevelOf(numeric(argument, field, "enterOffence"), field, "enterOffence", ARGUMENT);
}

/** The cells of a range in reading order (a column, a row or a block). */
export function cellsOf(matrix: unknown): unknown[] {
  return Array.isArray(matrix) ? matrix.flat() : [matrix];
}
