import { InputError } from "./input-error";

/**
 * Countries by ISO 3166-1 alpha-2 code. Greece is GR here (its ISO code); its VAT prefix EL is accepted as input.
 */
export const EU_COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;
export type EuCountry = (typeof EU_COUNTRIES)[number];

/** Non-EU countries users meet in this trade (marketplaces outside the EU, origins). */
const OTHER_COUNTRIES = ["GB", "TR", "US", "CN", "HK", "CH", "NO", "JP", "CA"] as const;
export type CountryCode = EuCountry | (typeof OTHER_COUNTRIES)[number];

const EU_SET: ReadonlySet<string> = new Set(EU_COUNTRIES);
const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...EU_COUNTRIES, ...OTHER_COUNTRIES]);

/** Codes people write that are not the ISO code of the country they mean. */
const CODE_ALIASES: Readonly<Record<string, CountryCode>> = { EL: "GR", UK: "GB" };

/** English names, and the local names that show up in European product lists, lower case without accents. */
const NAMES: Readonly<Record<string, CountryCode>> = {
  austria: "AT",
  osterreich: "AT",
  belgium: "BE",
  belgique: "BE",
  belgie: "BE",
  belgien: "BE",
  bulgaria: "BG",
  croatia: "HR",
  hrvatska: "HR",
  cyprus: "CY",
  czechia: "CZ",
  "czech republic": "CZ",
  cesko: "CZ",
  denmark: "DK",
  danmark: "DK",
  estonia: "EE",
  eesti: "EE",
  finland: "FI",
  suomi: "FI",
  france: "FR",
  germany: "DE",
  deutschland: "DE",
  allemagne: "DE",
  duitsland: "DE",
  greece: "GR",
  hellas: "GR",
  hungary: "HU",
  magyarorszag: "HU",
  ireland: "IE",
  eire: "IE",
  italy: "IT",
  italia: "IT",
  italie: "IT",
  latvia: "LV",
  latvija: "LV",
  lithuania: "LT",
  lietuva: "LT",
  luxembourg: "LU",
  luxemburg: "LU",
  malta: "MT",
  netherlands: "NL",
  "the netherlands": "NL",
  holland: "NL",
  nederland: "NL",
  "pays bas": "NL",
  niederlande: "NL",
  poland: "PL",
  polska: "PL",
  pologne: "PL",
  polen: "PL",
  portugal: "PT",
  romania: "RO",
  slovakia: "SK",
  "slovak republic": "SK",
  slovensko: "SK",
  slovenia: "SI",
  slovenija: "SI",
  spain: "ES",
  espana: "ES",
  espagne: "ES",
  spanje: "ES",
  spanien: "ES",
  sweden: "SE",
  sverige: "SE",
  suede: "SE",
  zweden: "SE",
  schweden: "SE",
  "united kingdom": "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  turkey: "TR",
  turkiye: "TR",
  "united states": "US",
  "united states of america": "US",
  usa: "US",
  china: "CN",
  "hong kong": "HK",
  switzerland: "CH",
  norway: "NO",
  japan: "JP",
  canada: "CA",
};

function simplify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
}

/** The ISO code of a country written as a code (any case, EL or GR, UK or GB) or a name; undefined if unknown. */
export function countryCode(text: string): CountryCode | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    const code = CODE_ALIASES[upper] ?? upper;
    return KNOWN_CODES.has(code) ? (code as CountryCode) : undefined;
  }
  return NAMES[simplify(trimmed)];
}

export function isEuCountry(code: string): code is EuCountry {
  return EU_SET.has(code);
}

/** The VAT-number prefix of an EU country: Greece uses EL. */
export function vatPrefix(code: EuCountry): string {
  return code === "GR" ? "EL" : code;
}

/**
 * The EU country a destination names, or an InputError saying why it is none: the one reader of a country of
 * delivery (the functions' vat and country, the sheet's Destination).
 */
export function euCountry(text: string, field: string): EuCountry {
  const trimmed = text.trim();
  if (trimmed === "") throw new InputError(field, "countryMissing", "enterEuCountry");
  const code = countryCode(trimmed);
  if (code === undefined)
    throw new InputError(
      field,
      { key: "unknownCountry", params: { text: trimmed } },
      "useCountryCode",
      "notAvailable",
    );
  if (!isEuCountry(code))
    throw new InputError(
      field,
      { key: "outsideEu", params: { code } },
      "enterCountryOfDelivery",
      "notAvailable",
    );
  return code;
}
