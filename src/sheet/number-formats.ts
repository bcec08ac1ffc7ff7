import { CURRENCY_SIGNS, type FormattedNumber, currencyCode } from "../engine";
import { type CellValue } from "./cell-values";

/**
 * What a cell's number format shows beside its number, where that changes what the number is: a percent sign
 * (Excel keeps 15 % as 0.15) or a currency (a price of 109 formatted `#,##0.00 [$zł-415]` is 109 zloty, not 109
 * euros). Excel's range.values and the .xlsx cells hold the bare number; the format is all that says it.
 */
export interface FormatShows {
  readonly percent: boolean;
  readonly currency: string | undefined;
}

/**
 * The parts of Excel's number format codes that write text (ECMA-376 Part 1, 18.8.31 numFmts; Microsoft's "Review
 * guidelines for customizing a number format"): a quoted text, a character escaped with a backslash, a currency
 * in brackets ([$zł-415], [$USD], [$€-x-euro2]: the sign before the locale), or a currency sign written bare. `_x`
 * leaves the width of x blank and `*x` repeats x: neither shows x, so `_€` is no euro. Other brackets are
 * colours, conditions and elapsed times.
 */
const FORMAT_PART = /"([^"]*)"|\\(.)|\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|[_*].|(%)|([$€£¥￥])|(.)/gsu;

/** Formats met again and again (a whole column has one): read once each, up to a bound. */
const SHOWN = new Map<string, FormatShows | undefined>();
const KEPT_FORMATS = 1000;

/**
 * What a number format shows (its first section, that of numbers from 0 up: costs and prices are never negative),
 * or undefined when it shows neither a percent sign nor a currency ("General", "0.00", "#,##0", dates, "@").
 */
export function formatShows(format: string): FormatShows | undefined {
  if (SHOWN.has(format)) return SHOWN.get(format);
  const shows = readFormat(format);
  if (SHOWN.size >= KEPT_FORMATS) SHOWN.clear();
  SHOWN.set(format, shows);
  return shows;
}

function readFormat(format: string): FormatShows | undefined {
  let percent = false;
  let currency: string | undefined;
  const texts: string[] = [];
  for (const match of format.matchAll(FORMAT_PART)) {
    const [, quoted, escaped, bracketed, percentSign, sign, other] = match;
    if (other === ";") break;
    if (percentSign !== undefined) percent = true;
    const text = quoted ?? escaped ?? bracketed ?? sign;
    if (text !== undefined) texts.push(text);
  }
  // The written text in pieces: "zł" in `#,##0.00" zł"`, "USD" in `[$USD] #,##0`, "€" in `€#,##0.00`.
  for (const piece of texts.join(" ").split(/\s+/)) {
    if (piece !== "" && isCurrency(piece)) {
      currency = piece;
      break;
    }
  }
  return percent || currency !== undefined ? { percent, currency } : undefined;
}

/**
 * A currency sign, or an ISO code in capitals as Excel writes it ([$USD]): "cup" or "all" in a format's text are
 * words (src/sheet/columns.ts WORDS_LIKE_CODES says the same of headers).
 */
function isCurrency(piece: string): boolean {
  if (CURRENCY_SIGNS.has(piece) || CURRENCY_SIGNS.has(piece.toLowerCase())) return true;
  return piece === piece.toUpperCase() && currencyCode(piece) !== undefined;
}

/** A number cell as the sheet logic reads it: the number, or the number with what its format shows. */
export function formattedCell(number: number, format: string | undefined): number | FormattedNumber {
  const shows = format === undefined || format === "" ? undefined : formatShows(format);
  return shows === undefined ? number : { number, percent: shows.percent, currency: shows.currency };
}

/**
 * A row of cells read with their number formats (Excel's range.numberFormat, cell by cell): each number with what
 * its format shows. Other cells, and numbers whose format shows nothing, are as they are.
 */
export function withNumberFormats(
  cells: readonly CellValue[],
  formats: readonly unknown[] | undefined,
): CellValue[] {
  return cells.map((cell, column) => {
    const format = formats?.[column];
    return typeof cell === "number" && typeof format === "string" ? formattedCell(cell, format) : cell;
  });
}
