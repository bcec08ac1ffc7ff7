import {
  type DutyRule,
  Exact,
  type IsoDate,
  InputError,
  exact,
  isoDateFromExcelSerial,
  isoDateFromText,
  isoDateOf,
  parseDutyExpression,
  readNumberText,
  requireFraction,
} from "../engine";

/**
 * A cell as Excel (range.values) or a file reader hands it over: numbers, text, booleans, dates, or nothing.
 * Excel reports error cells as text such as "#N/A"; readers of files are expected to do the same.
 */
export type CellValue = number | string | boolean | Date | null | undefined;

const ERROR_VALUE =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

export function isEmptyCell(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return isoDateOf(cell);
  return String(cell);
}

function shown(cell: CellValue): string {
  return typeof cell === "string" ? `"${cell.trim()}"` : cellText(cell);
}

function errorValue(cell: CellValue, column: string): InputError | undefined {
  return typeof cell === "string" && ERROR_VALUE.test(cell.trim())
    ? new InputError(column, `the cell holds the error ${cell.trim()}`, "Fix the formula or type the value")
    : undefined;
}

/** A number from a number cell or from text ("19,99", "1.299,00", "12%"); undefined when the cell is empty. */
export function readDecimal(cell: CellValue, column: string, fix: string): Exact | undefined {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new InputError(column, `${cell} is not a number`, fix);
    return exact(cell);
  }
  if (isEmptyCell(cell)) return undefined;
  const error = errorValue(cell, column);
  if (error) throw error;
  const parsed = typeof cell === "string" ? readNumberText(cell) : undefined;
  if (parsed === undefined) throw new InputError(column, `${shown(cell)} is not a number`, fix);
  return parsed;
}

/** A money amount per unit; costs are never negative. */
export function readAmount(cell: CellValue, column: string): Exact | undefined {
  const amount = readDecimal(cell, column, "Enter an amount such as 2.50");
  if (amount?.isNegative()) {
    throw new InputError(
      column,
      `${amount.toString()} is negative`,
      "Enter costs and values as positive amounts",
    );
  }
  return amount;
}

/** A rate as a fraction: 0.19, 19 % or "19%". 19 is refused: it is a percentage typed as a number. */
export function readRate(cell: CellValue, column: string): Exact | undefined {
  const rate = readDecimal(cell, column, "Enter the rate as 19 % or 0.19");
  return rate === undefined ? undefined : requireFraction(rate, column);
}

/** A duty rate: a fraction, or the tariff's wording ("4.7 % MIN 0.40 MAX 2.50"). */
export function readDuty(cell: CellValue, column: string): DutyRule | undefined {
  if (
    typeof cell === "string" &&
    !isEmptyCell(cell) &&
    errorValue(cell, column) === undefined &&
    readNumberText(cell) === undefined
  ) {
    return parseDutyExpression(cell, column);
  }
  const rate = readRate(cell, column);
  return rate === undefined ? undefined : { adValorem: rate, specific: exact(0) };
}

/** Units on the line: a positive number; an empty cell means 1. */
export function readQuantity(cell: CellValue, column: string): Exact {
  const quantity = readDecimal(cell, column, "Enter the number of units, e.g. 24");
  if (quantity === undefined) return exact(1);
  if (!quantity.greaterThan(0))
    throw new InputError(
      column,
      `${quantity.toString()} units is not a quantity`,
      "Enter the number of units, e.g. 24",
    );
  // Totals count quantities in millionths (pro-forma.ts).
  if (quantity.decimalPlaces() > 6)
    throw new InputError(column, `${quantity.toString()} has more than six decimals`, "Round the quantity");
  return quantity;
}

/** A weight in kg, zero or more. */
export function readWeight(cell: CellValue, column: string): Exact | undefined {
  const weight = readDecimal(cell, column, "Enter the unit weight in kg, e.g. 0.35");
  if (weight?.isNegative())
    throw new InputError(
      column,
      `${weight.toString()} kg is negative`,
      "Enter the unit weight in kg, e.g. 0.35",
    );
  return weight;
}

export function readText(cell: CellValue, column: string): string | undefined {
  if (isEmptyCell(cell)) return undefined;
  const error = errorValue(cell, column);
  if (error) throw error;
  return cellText(cell).trim();
}

/** A date: an Excel serial number, a Date from a file reader, or text (YYYY-MM-DD, DD/MM/YYYY). */
export function readDate(cell: CellValue, column: string): IsoDate | undefined {
  if (isEmptyCell(cell)) return undefined;
  if (typeof cell === "number") return isoDateFromExcelSerial(cell, column);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const error = errorValue(cell, column);
  if (error) throw error;
  return isoDateFromText(cellText(cell), column);
}
