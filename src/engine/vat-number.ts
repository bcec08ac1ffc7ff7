import { checkVAT, countries } from "jsvat";
import { BoundedCache } from "./bounded-cache";
import { type CountryCode, countryCode } from "./countries";

/**
 * An EU VAT number checked offline for format and check digits by jsvat (maintained country rules).
 * A format check is not a registration check: only VIES, online, says whether the number is registered.
 */
export type VatNumberReading =
  | { readonly valid: true; readonly normalised: string; readonly country: CountryCode }
  | {
      readonly valid: false;
      readonly normalised: string;
      readonly country?: CountryCode;
      readonly problem: string;
    };

const readings = new BoundedCache<string, VatNumberReading>(10_000);

export function readVatNumber(text: string): VatNumberReading {
  return readings.get(text.trim().toUpperCase(), check);
}

function check(text: string): VatNumberReading {
  const normalised = text.replace(/[\s.\-/]/g, "");
  const prefixCountry = /^[A-Z]{2}/.test(normalised) ? countryCode(normalised.slice(0, 2)) : undefined;
  if (normalised === "") return { valid: false, normalised, problem: "the VAT number is missing" };
  if (prefixCountry === undefined) {
    return {
      valid: false,
      normalised,
      problem: `${normalised} does not start with a country prefix such as DE or EL`,
    };
  }
  const result = checkVAT(normalised, countries);
  if (!result.isSupportedCountry) {
    return {
      valid: false,
      normalised,
      country: prefixCountry,
      problem: `${normalised.slice(0, 2)} numbers cannot be checked offline`,
    };
  }
  if (!result.isValidFormat) {
    return {
      valid: false,
      normalised,
      country: prefixCountry,
      problem: `${normalised} does not have the format of a ${normalised.slice(0, 2)} VAT number`,
    };
  }
  if (!result.isValid) {
    return {
      valid: false,
      normalised,
      country: prefixCountry,
      problem: `the check digits of ${normalised} are wrong`,
    };
  }
  return { valid: true, normalised, country: prefixCountry };
}
