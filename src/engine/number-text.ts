import { BoundedCache } from "./bounded-cache";
import { Exact, exact } from "./exact";

/**
 * Numbers written as text the way European product lists write them: "19,99", "1.299,00", "1 299,00",
 * "1,299.00", "12%", "0,12", "€ 19.99", "19.99 EUR", "(12.50)" for a negative amount.
 * One separator alone is the decimal separator unless it repeats ("1.299.000"); with both, the last one is.
 * Returns undefined for anything that is not a number, so callers can name the cell.
 */
const CURRENCY =
  /^(?:€|EUR|\$|USD|£|GBP|SEK|PLN|zł|kr|CZK|DKK|HUF|RON|BGN|CHF)\s*|\s*(?:€|EUR|\$|USD|£|GBP|SEK|PLN|zł|kr|CZK|DKK|HUF|RON|BGN|CHF)$/gi;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Plain decimals short enough for a double to hold exactly: the shape of every number in a CSV file. */
const SHORT_PLAIN_DECIMAL = /^-?\d{1,9}(?:\.\d{1,6})?$/;

/** Texts repeat over a sheet ("4.7 %", "0,3"); their readings are kept. */
const readings = new BoundedCache<string, Exact | undefined>(20_000);

export function readNumberText(text: string): Exact | undefined {
  // Up to 15 digits a double keeps the decimal exactly, and exact() shares the Decimal for repeats.
  if (SHORT_PLAIN_DECIMAL.test(text)) return exact(Number(text));
  return readings.get(text, parseNumberText);
}

function parseNumberText(text: string): Exact | undefined {
  let body = text.replace(/[\s\u00a0\u202f']/g, (space) => (space === "'" ? "" : " ")).trim();
  let negative = false;
  if (/^\(.*\)$/.test(body)) {
    negative = true;
    body = body.slice(1, -1).trim();
  }
  body = body.replace(/^[−–]/, "-");
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trim();
  body = body.replace(CURRENCY, "").replace(/ /g, "");
  const plain = normaliseSeparators(body);
  if (plain === undefined || !PLAIN.test(plain)) return undefined;
  let number = new Exact(plain);
  if (percent) number = number.dividedBy(100);
  return negative ? number.negated() : number;
}

/** Thousands separators must group digits by three: "1.299.000" is a number, "19.99." is not. */
function normaliseSeparators(body: string): string | undefined {
  const commas = body.split(",").length - 1;
  const dots = body.split(".").length - 1;
  if (commas > 0 && dots > 0) {
    const decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    return withThousands(body, decimal === "," ? "." : ",", decimal);
  }
  if (commas > 1) return withThousands(body, ",", undefined);
  if (dots > 1) return withThousands(body, ".", undefined);
  return body.replace(",", ".");
}

function withThousands(body: string, thousands: string, decimal: string | undefined): string | undefined {
  const t = `\\${thousands}`;
  const d = decimal === undefined ? "" : `(?:\\${decimal}\\d*)?`;
  if (!new RegExp(`^[+-]?\\d{1,3}(?:${t}\\d{3})+${d}$`).test(body)) return undefined;
  return body.split(thousands).join("").replace(",", ".");
}
