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
  // French, Dutch and German names (docs/glossary.md: the languages of the product).
  autriche: "AT",
  oostenrijk: "AT",
  bulgarie: "BG",
  bulgarije: "BG",
  bulgarien: "BG",
  croatie: "HR",
  kroatie: "HR",
  kroatien: "HR",
  chypre: "CY",
  zypern: "CY",
  tchequie: "CZ",
  "republique tcheque": "CZ",
  tsjechie: "CZ",
  tschechien: "CZ",
  danemark: "DK",
  denemarken: "DK",
  estonie: "EE",
  estland: "EE",
  finlande: "FI",
  finnland: "FI",
  frankrijk: "FR",
  frankreich: "FR",
  grece: "GR",
  griekenland: "GR",
  griechenland: "GR",
  hongrie: "HU",
  hongarije: "HU",
  ungarn: "HU",
  irlande: "IE",
  ierland: "IE",
  irland: "IE",
  italien: "IT",
  lettonie: "LV",
  letland: "LV",
  lettland: "LV",
  lituanie: "LT",
  litouwen: "LT",
  litauen: "LT",
  malte: "MT",
  roumanie: "RO",
  roemenie: "RO",
  rumanien: "RO",
  slovaquie: "SK",
  slowakije: "SK",
  slowakei: "SK",
  slovenie: "SI",
  slowenien: "SI",
  "royaume uni": "GB",
  "verenigd koninkrijk": "GB",
  "vereinigtes konigreich": "GB",
  grossbritannien: "GB",
  "etats unis": "US",
  "verenigde staten": "US",
  "vereinigte staaten": "US",
  chine: "CN",
  suisse: "CH",
  zwitserland: "CH",
  schweiz: "CH",
  norvege: "NO",
  noorwegen: "NO",
  norwegen: "NO",
  japon: "JP",
  turquie: "TR",
  turkije: "TR",
  turkei: "TR",
};

/** Chinese names, as Chinese sellers' lists write the country of delivery (simplify() keeps Latin letters only). */
const CHINESE_NAMES: Readonly<Record<string, CountryCode>> = {
  奥地利: "AT",
  比利时: "BE",
  保加利亚: "BG",
  克罗地亚: "HR",
  塞浦路斯: "CY",
  捷克: "CZ",
  丹麦: "DK",
  爱沙尼亚: "EE",
  芬兰: "FI",
  法国: "FR",
  德国: "DE",
  希腊: "GR",
  匈牙利: "HU",
  爱尔兰: "IE",
  意大利: "IT",
  拉脱维亚: "LV",
  立陶宛: "LT",
  卢森堡: "LU",
  马耳他: "MT",
  荷兰: "NL",
  波兰: "PL",
  葡萄牙: "PT",
  罗马尼亚: "RO",
  斯洛伐克: "SK",
  斯洛文尼亚: "SI",
  西班牙: "ES",
  瑞典: "SE",
  英国: "GB",
  土耳其: "TR",
  美国: "US",
  中国: "CN",
  香港: "HK",
  瑞士: "CH",
  挪威: "NO",
  日本: "JP",
  加拿大: "CA",
  中国香港: "HK",
  捷克共和国: "CZ",
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
  return NAMES[simplify(trimmed)] ?? CHINESE_NAMES[trimmed.replace(/\s+/g, "")];
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
