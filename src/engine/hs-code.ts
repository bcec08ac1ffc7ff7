import type { Problem } from "./messages";

/**
 * HS codes: 6 digits (WCO), 8 digits (EU Combined Nomenclature), 10 digits (TARIC); written with spaces or dots.
 * Chapters run 01 to 97; chapter 77 is reserved and unused.
 */
export type HsCodeReading =
  | { readonly valid: true; readonly digits: string; readonly restoredLeadingZero: boolean }
  | { readonly valid: false; readonly problem: Problem };

const SEPARATORS = /[\s.\-/]/g;

/**
 * Reads an HS code. A code stored as a number loses its leading zero (0901 21 00 becomes 9012100);
 * an odd number of digits from a number cell gets it back.
 */
export function readHsCode(input: string | number): HsCodeReading {
  const fromNumber = typeof input === "number";
  if (fromNumber && (!Number.isInteger(input) || input < 0))
    return { valid: false, problem: { key: "hsCodeNotDigits", params: { number: String(input) } } };
  let digits = String(input).replace(SEPARATORS, "");
  if (digits === "") return { valid: false, problem: "hsCodeMissing" };
  if (!/^\d+$/.test(digits))
    return {
      valid: false,
      problem: { key: "hsCodeHasOtherCharacters", params: { text: String(input).trim() } },
    };
  const restoredLeadingZero = fromNumber && [5, 7, 9].includes(digits.length);
  if (restoredLeadingZero) digits = `0${digits}`;
  if (![6, 8, 10].includes(digits.length)) {
    return { valid: false, problem: { key: "hsCodeDigitCount", params: { digits, count: digits.length } } };
  }
  const chapter = Number(digits.slice(0, 2));
  if (chapter < 1 || chapter > 97 || chapter === 77) {
    return { valid: false, problem: { key: "noSuchChapter", params: { chapter: digits.slice(0, 2) } } };
  }
  return { valid: true, digits, restoredLeadingZero };
}

/** Digits only, for grouping codes however they were written. */
export function hsCodeDigits(input: string | number): string {
  const reading = readHsCode(input);
  return reading.valid ? reading.digits : String(input).replace(/\D/g, "");
}
