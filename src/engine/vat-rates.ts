import { EU_COUNTRIES, type EuCountry } from "./countries";
import { type IsoDate } from "./dates";
import { Exact, exact } from "./exact";
import { InputError } from "./input-error";

/** A standard VAT rate in force from a date until the next entry of the same country. */
export interface VatRatePeriod {
  readonly from: IsoDate;
  readonly rate: string;
  readonly source: string;
}

/** The table covers sales and declarations from this date on. */
export const VAT_TABLE_START: IsoDate = "2020-01-01";
/** Shown in audit logs so a result can be traced to the table that produced it. */
export const VAT_TABLE_VERSION = "EU27 standard rates 2020-01-01..2026, checked 2026-03 (TEDB)";

const TEDB =
  "European Commission, Taxes in Europe Database (TEDB), standard rates as summarised by vatnode.dev, March 2026";
const since2020 = (rate: string): VatRatePeriod[] => [{ from: VAT_TABLE_START, rate, source: TEDB }];

/** Standard rates by country, oldest first. Every change since 2020 that docs/rules.md lists under VAT rates. */
export const VAT_RATE_HISTORY: Readonly<Record<EuCountry, readonly VatRatePeriod[]>> = {
  AT: since2020("0.20"),
  BE: since2020("0.21"),
  BG: since2020("0.20"),
  HR: since2020("0.25"),
  CY: since2020("0.19"),
  CZ: since2020("0.21"),
  DK: since2020("0.25"),
  EE: [
    { from: VAT_TABLE_START, rate: "0.20", source: TEDB },
    {
      from: "2024-01-01",
      rate: "0.22",
      source:
        "Estonia, Value-Added Tax Act amendment: 22 % from 1 January 2024 (Estonian Tax and Customs Board)",
    },
    {
      from: "2025-07-01",
      rate: "0.24",
      source:
        "Estonia, Value-Added Tax Act amendment: 24 % from 1 July 2025 (Estonian Tax and Customs Board)",
    },
  ],
  FI: [
    { from: VAT_TABLE_START, rate: "0.24", source: TEDB },
    {
      from: "2024-09-01",
      rate: "0.255",
      source: "Finland, general VAT rate 25.5 % from 1 September 2024 (Finnish Tax Administration, vero.fi)",
    },
  ],
  FR: since2020("0.20"),
  DE: [
    { from: VAT_TABLE_START, rate: "0.19", source: TEDB },
    {
      from: "2020-07-01",
      rate: "0.16",
      source: "Germany, Second Corona Tax Assistance Act: temporary 16 % from 1 July to 31 December 2020",
    },
    {
      from: "2021-01-01",
      rate: "0.19",
      source: "Germany, end of the temporary reduction on 31 December 2020 (Federal Ministry of Finance)",
    },
  ],
  GR: since2020("0.24"),
  HU: since2020("0.27"),
  IE: [
    { from: VAT_TABLE_START, rate: "0.23", source: TEDB },
    {
      from: "2020-09-01",
      rate: "0.21",
      source:
        "Ireland, July 2020 Jobs Stimulus: temporary 21 % from 1 September 2020 to 28 February 2021 (Revenue)",
    },
    {
      from: "2021-03-01",
      rate: "0.23",
      source: "Ireland, standard rate restored to 23 % on 1 March 2021 (Revenue)",
    },
  ],
  IT: since2020("0.22"),
  LV: since2020("0.21"),
  LT: since2020("0.21"),
  LU: [
    { from: VAT_TABLE_START, rate: "0.17", source: TEDB },
    {
      from: "2023-01-01",
      rate: "0.16",
      source:
        "Luxembourg, energy-crisis package (Solidaritéitspak 2.0): temporary 16 % for 2023 (Administration de l'enregistrement)",
    },
    {
      from: "2024-01-01",
      rate: "0.17",
      source: "Luxembourg, standard rate back to 17 % on 1 January 2024 (Administration de l'enregistrement)",
    },
  ],
  MT: since2020("0.18"),
  NL: since2020("0.21"),
  PL: since2020("0.23"),
  PT: since2020("0.23"),
  RO: [
    { from: VAT_TABLE_START, rate: "0.19", source: TEDB },
    {
      from: "2025-08-01",
      rate: "0.21",
      source: "Romania, Law 141/2025: standard rate 21 % from 1 August 2025 (ANAF)",
    },
  ],
  SK: [
    { from: VAT_TABLE_START, rate: "0.20", source: TEDB },
    {
      from: "2025-01-01",
      rate: "0.23",
      source:
        "Slovakia, consolidation package: standard rate 23 % from 1 January 2025 (Financial Administration)",
    },
  ],
  SI: since2020("0.22"),
  ES: since2020("0.21"),
  SE: since2020("0.25"),
};

/**
 * The highest standard rate of the table, at any date, and its country: Article 97 of Directive 2006/112/EC sets
 * only a floor (15 %), and the table is every rate in force since 2020. A row's VAT rate above it is no EU rate.
 */
export const HIGHEST_VAT_RATE: { readonly country: EuCountry; readonly rate: Exact } = (() => {
  let highest: { country: EuCountry; rate: Exact } | undefined;
  for (const [country, periods] of Object.entries(VAT_RATE_HISTORY) as [
    EuCountry,
    readonly VatRatePeriod[],
  ][])
    for (const period of periods)
      if (highest === undefined || exact(period.rate).greaterThan(highest.rate))
        highest = { country, rate: exact(period.rate) };
  return highest as { country: EuCountry; rate: Exact };
})();

export interface VatRate {
  readonly country: EuCountry;
  readonly rate: Exact;
  readonly from: IsoDate;
  readonly source: string;
}

/** The table as ready-made results: rates are looked up for every row of large sheets. */
const RATES: ReadonlyMap<EuCountry, readonly VatRate[]> = new Map(
  EU_COUNTRIES.map((country) => [
    country,
    VAT_RATE_HISTORY[country].map((period): VatRate => ({
      country,
      rate: exact(period.rate),
      from: period.from,
      source: period.source,
    })),
  ]),
);

/** The standard VAT rate of an EU country on a date. */
export function vatRateOn(country: EuCountry, date: IsoDate, field = "date"): VatRate {
  if (date < VAT_TABLE_START) {
    throw new InputError(
      field,
      { key: "beforeVatTable", params: { start: VAT_TABLE_START, date } },
      { key: "dateInVatTable", params: { start: VAT_TABLE_START } },
      "notAvailable",
    );
  }
  const periods = RATES.get(country) ?? [];
  let found = periods[0];
  for (const period of periods) if (period.from <= date) found = period;
  return found;
}
