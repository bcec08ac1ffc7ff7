import { checkVAT, countries } from "jsvat";
import { type CountryCode, countryCode } from "./countries";

/**
 * An EU VAT number checked offline for format and check digits by jsvat (maintained country rules).
 * A format check is not a registration check: only VIES, online, says whether the number is registered.
 */
export type VatNumberReading =
  | { readonly valid: true; readonly normalised: string; readonly country: CountryCode }
  | { readonly valid: false; readonly normalised: string; readonly country?: CountryCode; readonly problem: string };

const cache = new Map<string, VatNumberReading>();
const CACHE_LIMIT = 10_000;

export function readVatNumber(text: string): VatNumberReading {
  const key = text.trim().toUpperCase();
  let reading = cache.get(key);
  if (reading === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    reading = check(key);
    cache.set(key, reading);
  }
  return reading;
}

function check(text: string): VatNumberReading {
  const normalised = text.replace(/[\s.\-/]/g, "");
  const prefixCountry = /^[A-Z]{2}/.test(normalised) ? countryCode(normalised.slice(0, 2)) : undefined;
  if (normalised === "") return { valid: false, normalised, problem: "the VAT number is missing" };
  if (prefixCountry === undefined) {
    return { valid: false, normalised, problem: `${normalised} does not start with a country prefix such as DE or EL` };
  }
  const result = checkVAT(normalised, countries);
  if (!result.isSupportedCountry) {
    return { valid: false, normalised, country: prefixCountry, problem: `${normalised.slice(0, 2)} numbers cannot be checked offline` };
  }
  if (!result.isValidFormat) {
    return { valid: false, normalised, country: prefixCountry, problem: `${normalised} does not have the format of a ${normalised.slice(0, 2)} VAT number` };
  }
  if (!result.isValid) {
    return { valid: false, normalised, country: prefixCountry, problem: `the check digits of ${normalised} are wrong` };
  }
  return { valid: true, normalised, country: prefixCountry };
}
