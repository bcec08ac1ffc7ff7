import {
  type DecimalMark,
  type DutyRule,
  Exact,
  type IsoDate,
  InputError,
  MAX_SIGNIFICANT_DIGITS,
  exact,
  isoDateFromExcelSerial,
  isoDateFromText,
  isoDateOf,
  numberFromText,
  parseDutyExpression,
  parseNumberText,
  readSalesLink,
  requireFraction,
  requireStorable,
} from "../engine";

/**
 * A formula cell of a file that holds no saved result (files written by scripts, openpyxl or exceljs), or whose
 * saved result is an error that the file reader cannot tell apart: its value is unknown until Excel calculates it.
 * Excel itself (the task pane) always hands over a formula's result.
 */
export interface UncalculatedFormula {
  readonly formula: string;
}

/**
 * A cell as Excel (range.values) or a file reader hands it over: numbers, text, booleans, dates, a formula
 * without a result, or nothing. Excel reports error cells as text such as "#N/A"; readers of files do the same.
 */
export type CellValue = number | string | boolean | Date | UncalculatedFormula | null | undefined;

const ERROR_VALUE =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

export function isUncalculatedFormula(cell: CellValue): cell is UncalculatedFormula {
  return (
    typeof cell === "object" && cell !== null && !(cell instanceof Date) && typeof cell.formula === "string"
  );
}

export function isEmptyCell(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : isoDateOf(cell);
  if (typeof cell === "object") return `=${cell.formula}`;
  return String(cell);
}

function shown(cell: CellValue): string {
  return typeof cell === "string" ? `"${cell.trim()}"` : cellText(cell);
}

/** The fix for a formula without a result, whatever the column. */
export const UNCALCULATED_FIX =
  "Open the file in Excel, correct any formula that shows an error, and save it so that its formulas are calculated";

/** Error cells and formulas without a result are refused in every column read: their value is unknown. */
function unreadable(cell: CellValue, column: string): InputError | undefined {
  if (typeof cell === "string" && ERROR_VALUE.test(cell.trim()))
    return new InputError(
      column,
      `the cell holds the error ${cell.trim()}`,
      "Fix the formula or type the value",
    );
  if (isUncalculatedFormula(cell)) {
    const formula = cell.formula.length > 60 ? `${cell.formula.slice(0, 57)}...` : cell.formula;
    return new InputError(
      column,
      `the formula =${formula} has no saved result, or its result is an error`,
      UNCALCULATED_FIX,
    );
  }
  return undefined;
}

/** A number read from a cell, with the percent sign and currency written beside it. */
export interface CellNumber {
  readonly value: Exact;
  readonly percent: boolean;
  /** The currency code or sign written in the cell ("SEK", "€", "kr"), as written; undefined when none. */
  readonly currency: string | undefined;
}

/**
 * A number from a number cell or from text ("19,99", "1.299,00", "12%", "330 SEK"); undefined when the cell is
 * empty. `mark` is the decimal mark of the cell's column (number-conventions.ts): without one, "1.299" is
 * refused with both readings. Number cells are taken to the 15 significant digits Excel shows (a formula can
 * leave 23.799999999999997 for 23.8); amounts from 10^12 on are refused.
 */
export function readNumber(
  cell: CellValue,
  column: string,
  fix: string,
  mark?: DecimalMark,
): CellNumber | undefined {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new InputError(column, `${cell} is not a number`, fix);
    let value = exact(cell);
    if (value.precision() > MAX_SIGNIFICANT_DIGITS) value = value.toSignificantDigits(MAX_SIGNIFICANT_DIGITS);
    return { value: requireStorable(value, column, fix), percent: false, currency: undefined };
  }
  if (isEmptyCell(cell)) return undefined;
  const error = unreadable(cell, column);
  if (error) throw error;
  if (typeof cell !== "string") throw new InputError(column, `${shown(cell)} is not a number`, fix);
  const reading = numberFromText(cell, column, fix, mark);
  return {
    value: requireStorable(reading.value, column, fix),
    percent: reading.percent,
    currency: reading.currency,
  };
}

/** A plain number: no currency beside it, and a percent sign only where `percent` allows one. */
function readPlain(
  cell: CellValue,
  column: string,
  fix: string,
  mark: DecimalMark | undefined,
  percent: "percent allowed" | "no percent",
): Exact | undefined {
  const number = readNumber(cell, column, fix, mark);
  if (number === undefined) return undefined;
  if (number.currency !== undefined)
    throw new InputError(column, `${shown(cell)} has a currency, but this column is not an amount`, fix);
  if (number.percent && percent === "no percent")
    throw new InputError(column, `${shown(cell)} is a percentage`, fix);
  return number.value;
}

/** The fix for an amount cell. */
export const AMOUNT_FIX = "Enter an amount such as 2.50";

/**
 * A money amount per unit, with the currency written in the cell (converted by the row check); costs are never
 * negative, and a percentage is no amount.
 */
export function readAmount(
  cell: CellValue,
  column: string,
  mark?: DecimalMark,
): { readonly value: Exact; readonly currency: string | undefined } | undefined {
  const amount = readNumber(cell, column, AMOUNT_FIX, mark);
  if (amount === undefined) return undefined;
  if (amount.percent)
    throw new InputError(column, `${shown(cell)} is a percentage, not an amount`, AMOUNT_FIX);
  if (amount.value.isNegative()) {
    throw new InputError(
      column,
      `${amount.value.toString()} is negative`,
      "Enter costs and values as positive amounts",
    );
  }
  return { value: amount.value, currency: amount.currency };
}

/** A rate as a fraction: 0.19, 19 % or "19%". 19 is refused: it is a percentage typed as a number. */
export function readRate(cell: CellValue, column: string, mark?: DecimalMark): Exact | undefined {
  const rate = readPlain(cell, column, "Enter the rate as 19 % or 0.19", mark, "percent allowed");
  return rate === undefined ? undefined : requireFraction(rate, column);
}

/** A duty rate: a fraction, or the tariff's wording ("4.7 % MIN 0.40 MAX 2.50"). */
export function readDuty(cell: CellValue, column: string, mark?: DecimalMark): DutyRule | undefined {
  if (
    typeof cell === "string" &&
    !isEmptyCell(cell) &&
    unreadable(cell, column) === undefined &&
    parseNumberText(cell, mark).kind === "notANumber"
  ) {
    return parseDutyExpression(cell, column);
  }
  const rate = readRate(cell, column, mark);
  return rate === undefined ? undefined : { adValorem: rate, specific: exact(0) };
}

/** Units on the line: a positive number; an empty cell means 1. */
export function readQuantity(cell: CellValue, column: string, mark?: DecimalMark): Exact {
  const fix = "Enter the number of units, e.g. 24";
  const quantity = readPlain(cell, column, fix, mark, "no percent");
  if (quantity === undefined) return exact(1);
  if (!quantity.greaterThan(0))
    throw new InputError(column, `${quantity.toString()} units is not a quantity`, fix);
  // Totals count quantities in millionths (pro-forma.ts).
  if (quantity.decimalPlaces() > 6)
    throw new InputError(column, `${quantity.toString()} has more than six decimals`, "Round the quantity");
  return quantity;
}

/** A weight in kg, zero or more. */
export function readWeight(cell: CellValue, column: string, mark?: DecimalMark): Exact | undefined {
  const fix = "Enter the unit weight in kg, e.g. 0.35";
  const weight = readPlain(cell, column, fix, mark, "no percent");
  if (weight?.isNegative()) throw new InputError(column, `${weight.toString()} kg is negative`, fix);
  return weight;
}

export function readText(cell: CellValue, column: string): string | undefined {
  if (isEmptyCell(cell)) return undefined;
  const error = unreadable(cell, column);
  if (error) throw error;
  return cellText(cell).trim();
}

/** A date: an Excel serial number, a Date from a file reader, or text (YYYY-MM-DD, DD/MM/YYYY). */
export function readDate(cell: CellValue, column: string): IsoDate | undefined {
  if (isEmptyCell(cell)) return undefined;
  if (typeof cell === "number") return isoDateFromExcelSerial(cell, column);
  if (cell instanceof Date) {
    // exceljs makes an Invalid Date of a date-formatted serial beyond year 9999.
    if (Number.isNaN(cell.getTime()))
      throw new InputError(column, "the cell holds no valid date", "Enter a date such as 2026-11-20");
    return cell.toISOString().slice(0, 10);
  }
  const error = unreadable(cell, column);
  if (error) throw error;
  return isoDateFromText(cellText(cell), column);
}

/**
 * The link of =HYPERLINK("https://…", "Listing") when the link is written in the formula (not taken from another
 * cell): a link column is read as the link, not as its label.
 */
export function hyperlinkFormulaTarget(formula: string): string | undefined {
  const match = /^\s*=?\s*HYPERLINK\s*\(\s*"((?:[^"]|"")*)"/i.exec(formula);
  return match === null ? undefined : match[1].replace(/""/g, '"');
}

/**
 * A link column's cell read as its link: its text when that is a web link, else the target of its hyperlink or
 * =HYPERLINK formula (a label such as "Listing" says nothing to customs), else its text as it is.
 */
export function linkCellValue(cell: CellValue, target: string | undefined): CellValue {
  if (target === undefined || !/^https?:\/\//i.test(target.trim())) return cell;
  if (typeof cell === "string" && readSalesLink(cell).kind !== "notALink") return cell;
  return target.trim();
}
