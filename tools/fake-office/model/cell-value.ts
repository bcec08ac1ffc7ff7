import type { Json } from "../protocol/json";

/** An Excel error value such as #N/A; Range.values reports it as its text. */
export interface CellError {
  readonly error: string;
}

export type CellValue = number | string | boolean | CellError;

export const EMPTY: CellValue = "";

const ERROR_LITERALS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function isErrorLiteral(text: string): boolean {
  return ERROR_LITERALS.has(text.toUpperCase());
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object";
}

export function isEmptyValue(value: CellValue): boolean {
  return value === "";
}

/** The value as Range.values returns it. */
export function apiValue(value: CellValue): number | string | boolean {
  return isCellError(value) ? value.error : value;
}

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export function valueTypeOf(value: CellValue): ValueType {
  if (isCellError(value)) return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return value === "" ? "Empty" : "String";
}

/** A value from a test's seed JSON: stored as given (a text cell keeps "0012"); "#N/A" is an error. */
export function seedValue(raw: Json | undefined): CellValue {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "string") return isErrorLiteral(raw) ? { error: raw.toUpperCase() } : raw;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  throw new Error(
    `fake-office: a seed cell must be a number, string, boolean or null, got ${JSON.stringify(raw)}`,
  );
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel's 1900 date system serial number for a calendar date (valid from March 1900 on). */
export function dateSerial(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return Math.round((time - EXCEL_EPOCH_UTC) / DAY_MS);
}

export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
}
