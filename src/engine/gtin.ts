/**
 * GTINs (GS1 General Specifications, section 7.9, "Check digit calculation"; https://www.gs1.org/how-calculate-check-digit-manually,
 * checked 2026-12): GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14, each ending in a mod-10 check digit. From
 * the right, the digits before the check digit are weighted 3, 1, 3, 1 …; the check digit brings the sum to a
 * multiple of ten. Product identifiers such as a GTIN are required in the import declarations of low-value B2C
 * consignments from 2026-11-01 (Delegated Regulation (EU) 2026/1022; domain.md section 9).
 */

import type { Problem } from "./messages";

/** The lengths GS1 gives a GTIN. */
export const GTIN_LENGTHS: readonly number[] = [8, 12, 13, 14];

export type GtinReading =
  { readonly valid: true; readonly digits: string } | { readonly valid: false; readonly problem: Problem };

/** The GS1 check digit of the digits before it. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let index = body.length - 1, weight = 3; index >= 0; index--, weight = 4 - weight)
    sum += weight * Number(body[index]);
  return (10 - (sum % 10)) % 10;
}

/**
 * A GTIN as written: digits, with spaces or hyphens between groups ("4 006381 333931") allowed. A number cell keeps
 * no leading zero, so a UPC-A read from a number ("36000291452") is one digit short: the reader is given the text.
 */
export function readGtin(text: string): GtinReading {
  const digits = text.trim().replace(/[\s-]/g, "");
  if (!/^\d+$/.test(digits))
    return { valid: false, problem: { key: "gtinNotDigits", params: { text: text.trim() } } };
  if (!GTIN_LENGTHS.includes(digits.length))
    return { valid: false, problem: { key: "gtinLength", params: { digits, count: digits.length } } };
  const check = gtinCheckDigit(digits.slice(0, -1));
  if (check !== Number(digits[digits.length - 1]))
    return { valid: false, problem: { key: "gtinCheckDigit", params: { digits, check } } };
  return { valid: true, digits };
}

/**
 * A GTIN as a number cell or argument holds it. A number cell keeps no leading zeros (a UPC-A 036000291452 becomes 36000291452): GS1
 * right-justifies GTINs with leading zeros, which leave the check digit as it is, so the digits are padded to the
 * next GTIN length.
 */
export function gtinOfNumber(cell: number): string {
  if (!Number.isSafeInteger(cell) || cell < 0) return String(cell);
  const digits = String(cell);
  const length = [8, 12, 13, 14].find((size) => size >= digits.length) ?? digits.length;
  return digits.padStart(length, "0");
}
