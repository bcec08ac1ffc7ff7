import { checkVAT, countries, cyprus } from "jsvat";
import { type CountryCode, countryCode } from "./countries";
import type { Problem } from "./messages";

/**
 * An EU VAT number checked offline for format and check digits by jsvat (maintained country rules), with the
 * guards below where jsvat is known to be wrong.
 * A format check is not a registration check: only VIES, online, says whether the number is registered.
 */
export type VatNumberReading =
  | { readonly valid: true; readonly normalised: string; readonly country: CountryCode }
  | {
      readonly valid: false;
      readonly normalised: string;
      readonly country?: CountryCode;
      readonly problem: Problem;
    };

/** A guard's verdict on a number; undefined leaves the number to jsvat. */
type GuardVerdict =
  { readonly valid: true } | { readonly valid: false; readonly problem: Problem } | undefined;

export interface JsvatGuard {
  /** The VAT prefix the guard is for. */
  readonly prefix: string;
  /** What jsvat 2.5.4 gets wrong and where that is reported, so the guard can go once jsvat is fixed. */
  readonly source: string;
  /** Decides a number from its characters after the prefix (`body`), or leaves it to jsvat. */
  readonly decide: (body: string, normalised: string) => GuardVerdict;
}

const wrongCheckDigits = (normalised: string) => ({
  valid: false as const,
  problem: { key: "vatCheckDigitsWrong", params: { number: normalised } } as const,
});
const checked = (right: boolean, normalised: string): GuardVerdict =>
  right ? { valid: true } : wrongCheckDigits(normalised);

/** Belgian enterprise numbers: 97 minus the first 8 digits modulo 97 gives the last two. */
const belgianCheckDigitsRight = (digits: string) =>
  97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));

/** Polish NIP: weighted sum of the first 9 digits modulo 11; 10 is no digit, so no number has it. */
const polishRemainder = (digits: string) =>
  [6, 5, 7, 2, 3, 4, 5, 6, 7].reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0) % 11;

/** French keys with letters: the characters of a key, I and O left out (VIES validation routines, FR). */
const FRENCH_KEY_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** New-style French key check (VIES validation routines; python-stdnum fr.tva implements the same). */
function frenchLetterKeyRight(body: string): boolean {
  const first = FRENCH_KEY_CHARACTERS.indexOf(body[0]);
  const second = FRENCH_KEY_CHARACTERS.indexOf(body[1]);
  const key = first < 10 ? first * 24 + second - 10 : first * 34 + second - 100;
  return (Number(body.slice(2)) + 1 + Math.floor(key / 11)) % 11 === key % 11;
}

/**
 * Where jsvat 2.5.4 (the latest release; the project is unmaintained since 2021) is wrong, from its open issues
 * (https://github.com/se-panfilov/jsvat/issues) checked against the installed source. A wrong "valid" lets a bad
 * number through VAT deferral; a wrong "invalid" flags a good row at RISK.
 */
export const JSVAT_GUARDS: readonly JsvatGuard[] = [
  {
    prefix: "BE",
    source:
      "jsvat #104: BE411905847 passes because jsvat adds the missing leading 0; a Belgian number has 10 digits, a 0 or 1 and 9 more (KBO)",
    decide: (body, normalised) => {
      if (!/^\d{9}$/.test(body)) return undefined;
      const written = belgianCheckDigitsRight(`0${body}`) && body[0] !== "0" ? `BE0${body}` : undefined;
      return {
        valid: false,
        problem: {
          key: "belgianNineDigits",
          params: written === undefined ? { number: normalised } : { number: normalised, written },
        },
      };
    },
  },
  {
    prefix: "BE",
    source:
      "jsvat #129, #135 (fix in PR #130, never merged): numbers starting with 1, issued since 2023, fail jsvat's pattern 0?\\d{9}",
    decide: (body, normalised) =>
      /^1\d{9}$/.test(body) ? checked(belgianCheckDigitsRight(body), normalised) : undefined,
  },
  {
    prefix: "PL",
    source:
      "jsvat #131: a weighted sum with remainder 10 has no check digit, jsvat takes it for 0 (PL1234567890 passes)",
    decide: (body, normalised) =>
      /^\d{10}$/.test(body) && polishRemainder(body) === 10 ? wrongCheckDigits(normalised) : undefined,
  },
  {
    prefix: "FR",
    source: "jsvat #134 (and #86: FRXX999999999 passes): a key with a letter is accepted without any check",
    decide: (body, normalised) =>
      /^[0-9A-HJ-NP-Z]{2}\d{9}$/.test(body) && /[A-Z]/.test(body.slice(0, 2))
        ? checked(frenchLetterKeyRight(body), normalised)
        : undefined,
  },
  {
    prefix: "CY",
    source:
      "Cyprus issues numbers starting with 6 since 2023 (yolk/valvat #126, DragonBe/vies #155; fixed in jsvat-next 3.0.4): jsvat's pattern [0-59] refuses them",
    decide: (body, normalised) =>
      /^6\d{7}[A-Z]$/.test(body) ? checked(cyprus.calcFn(body), normalised) : undefined,
  },
];

export function readVatNumber(text: string): VatNumberReading {
  return check(text.trim().toUpperCase());
}

function guardVerdict(normalised: string): GuardVerdict {
  const prefix = normalised.slice(0, 2);
  for (const guard of JSVAT_GUARDS) {
    if (guard.prefix !== prefix) continue;
    const verdict = guard.decide(normalised.slice(2), normalised);
    if (verdict !== undefined) return verdict;
  }
  return undefined;
}

function check(text: string): VatNumberReading {
  const normalised = text.replace(/[\s.\-/]/g, "");
  const prefixCountry = /^[A-Z]{2}/.test(normalised) ? countryCode(normalised.slice(0, 2)) : undefined;
  if (normalised === "") return { valid: false, normalised, problem: "vatNumberMissing" };
  if (prefixCountry === undefined) {
    return {
      valid: false,
      normalised,
      problem: { key: "vatNumberNoPrefix", params: { number: normalised } },
    };
  }
  const guarded = guardVerdict(normalised);
  if (guarded !== undefined) {
    return guarded.valid
      ? { valid: true, normalised, country: prefixCountry }
      : { valid: false, normalised, country: prefixCountry, problem: guarded.problem };
  }
  const result = checkVAT(normalised, countries);
  if (!result.isSupportedCountry) {
    return {
      valid: false,
      normalised,
      country: prefixCountry,
      problem: { key: "vatNumberNotOffline", params: { prefix: normalised.slice(0, 2) } },
    };
  }
  if (!result.isValidFormat) {
    // VAT numbers of Greece carry EL, its prefix in VIES, not its ISO code.
    const problem: Problem = normalised.startsWith("GR")
      ? { key: "greekVatPrefix", params: { number: normalised, written: `EL${normalised.slice(2)}` } }
      : { key: "vatNumberFormat", params: { number: normalised, prefix: normalised.slice(0, 2) } };
    return { valid: false, normalised, country: prefixCountry, problem };
  }
  if (!result.isValid) {
    return {
      valid: false,
      normalised,
      country: prefixCountry,
      problem: { key: "vatCheckDigitsWrong", params: { number: normalised } },
    };
  }
  return { valid: true, normalised, country: prefixCountry };
}
