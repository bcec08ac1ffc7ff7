import { type IsoDate } from "./dates";
import { Exact, exact } from "./exact";

/**
 * Customs convert with the rate the ECB published on the penultimate Wednesday of the month before (UCC-IA
 * Art. 146), quoted as units per EUR: EUR = amount / rate. The result stays exact; money is rounded at the end.
 */
export function toEuro(amount: Exact, unitsPerEuro: Exact): Exact {
  return amount.dividedBy(unitsPerEuro);
}

/**
 * Currencies of member states that adopted the euro, with the irrevocable conversion rate (units per EUR) and the
 * day it took effect: Council Regulation (EC) No 2866/98, Art. 1, as amended (consolidated text,
 * https://legalize.dev/eu/law/31998R2866, checked 2026-12; domain.md section 9). From that day an amount in the old
 * currency converts at this rate, whatever exchange rate is given; before it, the rate of the month applies as for
 * any other currency, so one must be given (the product does not guess a floating rate).
 */
export const FIXED_EURO_RATES: Readonly<
  Record<string, { readonly rate: Exact; readonly written: string; readonly from: IsoDate }>
> = {
  // Croatia adopted the euro on 2023-01-01 (Council Regulation (EU) 2022/1208).
  HRK: { rate: exact("7.53450"), written: "7.53450", from: "2023-01-01" },
  // Bulgaria adopted the euro on 2026-01-01.
  BGN: { rate: exact("1.95583"), written: "1.95583", from: "2026-01-01" },
};

/** The irrevocable rate of a former currency of the euro area on `date`, or undefined (none, or before it). */
export function fixedEuroRate(code: string, date: IsoDate): Exact | undefined {
  const fixed = FIXED_EURO_RATES[code];
  return fixed !== undefined && date >= fixed.from ? fixed.rate : undefined;
}

/**
 * The active ISO 4217 currency codes (ISO 4217 list one, SIX Financial Information, amendment of 2024; funds,
 * metals and testing codes left out). HRK and BGN are kept: product lists from before their changeover to the
 * euro still name them.
 */
export const ISO_CURRENCIES: ReadonlySet<string> = new Set(
  (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD " +
    "CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ " +
    "GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP " +
    "LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB " +
    "PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL " +
    "THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL"
  ).split(" "),
);

/** An ISO 4217 code such as "SEK", in any case, or undefined. */
export function currencyCode(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  return ISO_CURRENCIES.has(code) ? code : undefined;
}

/**
 * Currency signs written beside amounts in product lists, and the codes each can stand for. A sign that several
 * currencies use ("kr", "¥") is read only when the row's Currency column says which one it is.
 */
export const CURRENCY_SIGNS: ReadonlyMap<string, readonly string[]> = new Map([
  ["€", ["EUR"]],
  ["$", ["USD"]],
  ["US$", ["USD"]],
  ["C$", ["CAD"]],
  ["A$", ["AUD"]],
  ["£", ["GBP"]],
  ["¥", ["CNY", "JPY"]],
  ["￥", ["CNY", "JPY"]],
  ["元", ["CNY"]],
  ["RMB", ["CNY"]],
  // The currencies' names in Chinese, as Chinese sellers' lists write them beside amounts and in headers ("售价（美元）").
  ["人民币", ["CNY"]],
  ["美元", ["USD"]],
  ["欧元", ["EUR"]],
  ["英镑", ["GBP"]],
  ["日元", ["JPY"]],
  ["港币", ["HKD"]],
  ["港元", ["HKD"]],
  ["zł", ["PLN"]],
  ["zl", ["PLN"]],
  ["kč", ["CZK"]],
  ["ft", ["HUF"]],
  ["lei", ["RON"]],
  ["лв", ["BGN"]],
  ["лв.", ["BGN"]],
  ["kn", ["HRK"]],
  ["kr", ["SEK", "DKK", "NOK", "ISK"]],
  ["kr.", ["DKK", "ISK"]],
  ["fr.", ["CHF"]],
]);

/** The codes a currency sign or code stands for ("kr" → SEK, DKK, NOK, ISK); undefined when it is neither. */
export function currenciesOf(written: string): readonly string[] | undefined {
  const code = currencyCode(written);
  if (code !== undefined) return [code];
  const trimmed = written.trim();
  return CURRENCY_SIGNS.get(trimmed) ?? CURRENCY_SIGNS.get(trimmed.toLowerCase());
}

/**
 * A plausible customs rate for each common currency, to name in a message that asks for one ("SEK=11.39"):
 * an example of the form and size of the number, never used in a calculation. Rounded ECB euro reference
 * rates of late 2024 (the example shipment's month; SEK is the README's 11.39); BGN and HRK are the irrevocable
 * conversion rates of their changeover to the euro (docs/rules.md, 2026 changes).
 */
export const EXAMPLE_RATES: Readonly<Record<string, string>> = {
  USD: "1.06",
  GBP: "0.83",
  CHF: "0.93",
  SEK: "11.39",
  DKK: "7.46",
  NOK: "11.70",
  ISK: "145.9",
  PLN: "4.33",
  CZK: "25.30",
  HUF: "410.5",
  RON: "4.97",
  BGN: "1.95583",
  HRK: "7.53450",
  CNY: "7.65",
  JPY: "163.5",
  HKD: "8.23",
  CAD: "1.48",
  AUD: "1.62",
  TRY: "36.50",
};

/** "SEK=11.39": the form a missing rate is given in, with a plausible number for that currency. */
export function exampleRate(code: string): string {
  return `${code}=${EXAMPLE_RATES[code] ?? "1.2345"}`;
}
