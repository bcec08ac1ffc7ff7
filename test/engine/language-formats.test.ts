import fc from "fast-check";
import { LANGUAGES, type LanguageCode, formatsOf } from "../../src/engine";

/**
 * Formats.amount writes whole cents itself and leaves every other number to Intl.NumberFormat (language.ts): for
 * every number it must write exactly what Intl writes.
 */
const NUMBER_LOCALE: Readonly<Record<LanguageCode, string>> = {
  en: "en-GB",
  fr: "de-DE",
  nl: "de-DE",
  de: "de-DE",
  zh: "en-GB",
};
const intlAmount = (language: LanguageCode) => {
  const format = new Intl.NumberFormat(NUMBER_LOCALE[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (value: number) => format.format(value + 0);
};

/** Whole cents of every size the shortcut takes and beyond it, as the row check hands them over (cents / 100). */
const cents = fc
  .oneof(
    fc.integer({ min: -100_000, max: 100_000 }),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.maxSafeInteger().map((n) => n % 2e15),
    fc.constantFrom(0, 1, 9, 10, 99, 100, 101, 99_999, 100_000, 999_999_999_999_999, 1e15),
  )
  .map((n) => n / 100);
/** Numbers that are no whole cents, or at the edges: Intl formats them, rounding. */
const others = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e6, max: 1e6 }),
  fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
  fc.constantFrom(
    -0,
    0.005,
    1.005,
    -0.004,
    0.015,
    2.675,
    1e13,
    -1e13,
    9.999999999999e12,
    1e21,
    Infinity,
    NaN,
  ),
);

describe.each(LANGUAGES)("Formats.amount in %s writes what Intl.NumberFormat writes", (language) => {
  const amount = formatsOf(language).amount;
  const intl = intlAmount(language);

  test("whole cents", () => {
    fc.assert(
      fc.property(cents, (value) => amount(value) === intl(value)),
      { numRuns: 20_000 },
    );
  });

  test("any other number", () => {
    fc.assert(
      fc.property(others, (value) => amount(value) === intl(value)),
      { numRuns: 20_000 },
    );
  });

  test("money is EUR and the amount", () => {
    expect(formatsOf(language).money(1250.4)).toBe(`EUR ${intl(1250.4)}`);
    expect(amount(-0)).toBe(intl(0));
  });
});
