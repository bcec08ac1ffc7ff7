import {
  type DecimalMark,
  type DutyRule,
  Exact,
  type Fix,
  type FormattedNumber,
  type IsoDate,
  InputError,
  amountOf,
  dateOf,
  dutyRuleOf,
  exact,
  fixText,
  isBlank,
  isoDateOf,
  parseNumberText,
  quantityOf,
  rateOf,
  readSalesLink,
  requireNonNegative,
  weightOf,
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
 * A cell of a merged area over several rows, as merged-cells.ts reads it: `stored` is what the cell itself holds
 * (written back as it was); `shown`, the area's value, where the field reads it in each row (a shipment's number);
 * without `shown` the cell is refused, naming the area.
 */
export interface MergedCell {
  readonly merged: string;
  readonly stored: StoredCell;
  readonly shown?: StoredCell | FormattedNumber;
}

/**
 * A cell as Excel (range.values) or a file reader hands it over: numbers, text, booleans, dates, a formula
 * without a result, or nothing. Excel reports error cells as text such as "#N/A"; readers of files do the same.
 * A number whose format shows a percent sign or a currency is a FormattedNumber (formattedCell, number-formats.ts):
 * the adapters read the formats with the values. A cell of a merged area over several rows is a MergedCell.
 */
export type CellValue =
  number | string | boolean | Date | UncalculatedFormula | FormattedNumber | MergedCell | null | undefined;

const ERROR_VALUE =
  /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

export function isUncalculatedFormula(cell: CellValue): cell is UncalculatedFormula {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "formula" in cell;
}

/** A number cell read with what its format shows (formattedCell in number-formats.ts). */
export function isFormattedNumber(cell: CellValue): cell is FormattedNumber {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "number" in cell;
}

export function isMergedCell(cell: CellValue): cell is MergedCell {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "merged" in cell;
}

/**
 * The cell as a field reads it: a merged cell that reads the area's value gives it (merged-cells.ts); any other
 * cell is itself.
 */
export function fieldValue(cell: CellValue): CellValue {
  return isMergedCell(cell) && cell.shown !== undefined ? cell.shown : cell;
}

/** What the cell itself holds: a merged cell's own value, any other cell itself (which rows hold something). */
export function heldValue(cell: CellValue): CellValue {
  return isMergedCell(cell) ? cell.stored : cell;
}

/** The number of a number cell, whatever its format shows; undefined for any other cell. */
export function cellNumber(cell: CellValue): number | undefined {
  if (typeof cell === "number") return cell;
  return isFormattedNumber(cell) ? cell.number : undefined;
}

/** A cell as a file holds it: a number keeps its format in the cell's style. */
export type StoredCell = Exclude<CellValue, FormattedNumber | MergedCell>;

/**
 * The cell as a file holds it: a formatted number is its number (the format stays with the cell's style), a merged
 * cell what it holds itself.
 */
export function storedValue(cell: CellValue): StoredCell {
  if (isFormattedNumber(cell)) return cell.number;
  return isMergedCell(cell) ? cell.stored : cell;
}

export function isEmptyCell(cell: CellValue): boolean {
  return isBlank(cell);
}

export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : isoDateOf(cell);
  if (isFormattedNumber(cell)) return String(cell.number);
  if (isMergedCell(cell)) return cellText(cell.stored);
  if (typeof cell === "object") return `=${cell.formula}`;
  return String(cell);
}

/**
 * The currency a money cell names as written: its sign or code ("$9.99", "330 SEK"), its number format (a price
 * formatted in zloty), else its column's, `header` (what the header names: "Price ($)"). Undefined for an empty
 * cell, a text that is no number, or a cell naming none. What a row's plain amounts are in (row-check.ts) and
 * whether a share written in a row is read as euros (cost-sharing.ts) both go by it.
 */
export function currencyWrittenIn(
  cell: CellValue,
  mark: DecimalMark | undefined,
  header: string | undefined,
): string | undefined {
  if (isEmptyCell(cell)) return undefined;
  if (typeof cell === "string") {
    const reading = parseNumberText(cell, mark);
    return reading.kind === "notANumber" ? undefined : (reading.currency ?? header);
  }
  return (isFormattedNumber(cell) ? cell.currency : undefined) ?? header;
}

/** The fix for a formula without a result, whatever the column. */
export const UNCALCULATED_FIX = fixText("calculateFormulas");

/**
 * Error cells and formulas without a result are refused in every column read: their value is unknown. So is a cell
 * merged over several rows in a field that does not read the area's value (merged-cells.ts says why).
 */
export function unreadable(cell: CellValue, column: string): InputError | undefined {
  if (isMergedCell(cell))
    return new InputError(column, { key: "mergedCell", params: { area: cell.merged } }, "unmergeCells");
  if (typeof cell === "string" && ERROR_VALUE.test(cell.trim()))
    return new InputError(column, { key: "cellError", params: { error: cell.trim() } }, "fixFormula");
  if (isUncalculatedFormula(cell)) {
    const formula = cell.formula.length > 60 ? `${cell.formula.slice(0, 57)}...` : cell.formula;
    return new InputError(column, { key: "uncalculatedFormula", params: { formula } }, "calculateFormulas");
  }
  return undefined;
}

/**
 * What the engine's readers read: a number cell (with what its format shows), or the text of a text cell;
 * undefined when the cell is empty. Error values and formulas without a result are refused; a boolean or a date
 * is no number.
 */
function cellContent(
  given: CellValue,
  column: string,
  fix: Fix,
): number | string | FormattedNumber | undefined {
  const cell = fieldValue(given);
  if (typeof cell === "number" || isFormattedNumber(cell)) return cell;
  if (isEmptyCell(cell)) return undefined;
  const error = unreadable(cell, column);
  if (error) throw error;
  if (typeof cell !== "string")
    throw new InputError(
      column,
      { key: "notANumber", params: { shown: { text: cellText(cell), as: "plain" } } },
      fix,
    );
  return cell;
}

/**
 * The cells of a sheet are read by the engine's readers (src/engine/readers.ts): `mark` is the decimal mark of
 * the cell's column (number-conventions.ts), without which "1.299" is refused with both readings. These say only
 * what is the sheet's own: an empty cell is undefined (or a default), a cell's type, and the column's fix.
 */
const inColumn = (mark: DecimalMark | undefined) => ({ host: "cell", mark }) as const;

/**
 * A money amount per unit, with the currency written in the cell (converted by the row check); costs and values
 * are never negative, and a percentage is no amount.
 */
export function readAmount(
  cell: CellValue,
  column: string,
  mark?: DecimalMark,
): { readonly value: Exact; readonly currency: string | undefined } | undefined {
  const value = cellContent(cell, column, "enterAmount");
  if (value === undefined) return undefined;
  const amount = amountOf(value, column, "enterAmount", { ...inColumn(mark), currency: "as written" });
  return {
    value: requireNonNegative(amount.value, column, "positiveCostsAndValues"),
    currency: amount.currency,
  };
}

/** A rate as a fraction: 0.19, 19 % or "19%". 19 is refused: it is a percentage typed as a number. */
export function readRate(cell: CellValue, column: string, mark?: DecimalMark): Exact | undefined {
  const value = cellContent(cell, column, "enterRate");
  return value === undefined ? undefined : rateOf(value, column, "enterRate", inColumn(mark));
}

/** A duty rate: a fraction, or the tariff's wording ("4.7 % MIN 0.40 MAX 2.50"). */
export function readDuty(cell: CellValue, column: string, mark?: DecimalMark): DutyRule | undefined {
  const value = cellContent(cell, column, "enterRate");
  return value === undefined ? undefined : dutyRuleOf(value, column, "enterRate", inColumn(mark));
}

/**
 * A count or a weight is no money and no share: a format applied to the whole table (a currency, a percentage)
 * says nothing of it, and its number is read.
 */
function countContent(cell: CellValue, column: string, fix: Fix): number | string | undefined {
  const value = cellContent(cell, column, fix);
  return typeof value === "object" ? value.number : value;
}

/** Units on the line: a positive number; an empty cell means 1. */
export function readQuantity(cell: CellValue, column: string, mark?: DecimalMark): Exact {
  const value = countContent(cell, column, "enterQuantity");
  if (value === undefined) return exact(1);
  return quantityOf(value, column, "enterQuantity", inColumn(mark));
}

/** A weight in kg, zero or more. */
export function readWeight(cell: CellValue, column: string, mark?: DecimalMark): Exact | undefined {
  const value = countContent(cell, column, "enterWeight");
  return value === undefined ? undefined : weightOf(value, column, "enterWeight", inColumn(mark));
}

export function readText(given: CellValue, column: string): string | undefined {
  const cell = fieldValue(given);
  if (isEmptyCell(cell)) return undefined;
  const error = unreadable(cell, column);
  if (error) throw error;
  return cellText(cell).trim();
}

/** A date: an Excel serial number, a Date from a file reader, or text (YYYY-MM-DD, DD/MM/YYYY). */
export function readDate(given: CellValue, column: string): IsoDate | undefined {
  const cell = fieldValue(given);
  if (isEmptyCell(cell)) return undefined;
  const serial = cellNumber(cell);
  if (serial !== undefined) return dateOf(serial, column);
  if (cell instanceof Date) {
    // exceljs makes an Invalid Date of a date-formatted serial beyond year 9999.
    if (Number.isNaN(cell.getTime())) throw new InputError(column, "invalidDateCell", "enterDate");
    return cell.toISOString().slice(0, 10);
  }
  const error = unreadable(cell, column);
  if (error) throw error;
  return dateOf(cellText(cell), column);
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
