import { hostErrors } from "../protocol/errors";
import type { Json } from "../protocol/json";
import { dateSerial, isErrorLiteral, type CellValue } from "./cell-value";

/**
 * What writing one element of Range.values / Range.formulas does to a cell. Excel treats a string
 * written through the API like text typed into the cell: "12" becomes the number 12, "50%" becomes
 * 0.5 formatted as a percentage, "TRUE" a boolean, "2024-03-01" a date, "=A1" a formula, and a
 * string starting with "+" or "-" that is not a number becomes a formula too ("-foo" is "=-foo").
 * A leading apostrophe keeps the rest as text, and so does the Text number format "@".
 * null leaves the cell as it is; "" empties it.
 */
export type CellInput =
  | { readonly kind: "unchanged" }
  | { readonly kind: "clear" }
  | { readonly kind: "constant"; readonly value: CellValue; readonly numberFormat?: string }
  | { readonly kind: "formula"; readonly formula: string };

const MAX_TEXT_LENGTH = 32_767;
const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.(\d+))?)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export const GENERAL = "General";
export const TEXT_FORMAT = "@";

export function parseCellInput(raw: Json, currentNumberFormat: string): CellInput {
  if (raw === null) return { kind: "unchanged" };
  if (typeof raw === "number") return { kind: "constant", value: raw };
  if (typeof raw === "boolean") return { kind: "constant", value: raw };
  if (typeof raw !== "string") throw hostErrors.invalidArgument();
  if (raw.length > MAX_TEXT_LENGTH) throw hostErrors.invalidArgument();
  if (raw === "") return { kind: "clear" };
  if (currentNumberFormat === TEXT_FORMAT) return { kind: "constant", value: raw };
  if (raw.startsWith("'")) return { kind: "constant", value: raw.slice(1) };
  return parseTyped(raw, currentNumberFormat === GENERAL);
}

function parseTyped(text: string, isGeneral: boolean): CellInput {
  const trimmed = text.trim();
  if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };
  if (hasDigit(trimmed) && NUMBER.test(trimmed)) {
    return { kind: "constant", value: Number(trimmed.replace(/,/g, "")) };
  }
  const percent = PERCENT.exec(trimmed);
  if (percent && hasDigit(percent[1]!)) {
    const decimals = percent[2]?.length ?? 0;
    const value = Number(percent[1]!.replace(/,/g, "")) / 100;
    return withFormat(value, isGeneral, decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%");
  }
  if (/^(true|false)$/i.test(trimmed)) return { kind: "constant", value: trimmed.toUpperCase() === "TRUE" };
  if (isErrorLiteral(trimmed)) return { kind: "constant", value: { error: trimmed.toUpperCase() } };
  const date = parseDate(trimmed);
  if (date) return withFormat(date.serial, isGeneral, date.format);
  if (text.length > 1 && (text.startsWith("+") || text.startsWith("-")))
    return { kind: "formula", formula: `=${text}` };
  return { kind: "constant", value: text };
}

function hasDigit(text: string): boolean {
  return /\d/.test(text);
}

function withFormat(value: number, isGeneral: boolean, format: string): CellInput {
  // Excel only picks a format for a cell that has none of its own.
  return isGeneral ? { kind: "constant", value, numberFormat: format } : { kind: "constant", value };
}

function parseDate(text: string): { serial: number; format: string } | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return serial === undefined ? undefined : { serial, format: "yyyy-mm-dd" };
  }
  const us = US_DATE.exec(text);
  if (us) {
    const serial = dateSerial(Number(us[3]), Number(us[1]), Number(us[2]));
    return serial === undefined ? undefined : { serial, format: "m/d/yyyy" };
  }
  return undefined;
}
