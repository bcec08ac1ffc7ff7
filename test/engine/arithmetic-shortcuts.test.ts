import fc from "fast-check";
import Decimal from "decimal.js";
import {
  AmountSum,
  type DutyRule,
  Exact,
  ONE,
  ZERO,
  centsNumber,
  dutyOn,
  equal,
  importVatOn,
  toCents,
  toNumber,
} from "../../src/engine";

/**
 * The shortcuts of the engine's arithmetic (duty.ts, import-vat.ts, exact.ts) skip an operation whose result they
 * know: each must give what the plain operation gives, to the digit and the sign.
 */
const plainDutyOn = (value: Exact, rule: DutyRule): Exact => {
  let adValorem = rule.adValorem.isZero() ? rule.adValorem : value.times(rule.adValorem);
  if (rule.minimum !== undefined && adValorem.lessThan(rule.minimum)) adValorem = rule.minimum;
  if (rule.maximum !== undefined && adValorem.greaterThan(rule.maximum)) adValorem = rule.maximum;
  return adValorem.plus(rule.specific);
};
const plainImportVatOn = (base: Exact, rate: Exact, units: Exact): Exact =>
  toCents(base.times(units).times(rate));

/** A Decimal by its digits and its sign (-0 is not 0). */
const exactly = (value: Decimal) => `${value.isNegative() ? "-" : "+"}${value.abs().toString()}`;

/** Decimals of every length, up to beyond the 34 digits of the precision, zeros of both signs among them. */
const decimal = fc.oneof(
  fc.constantFrom(ZERO, ONE, new Exact("-0"), new Exact("0.047"), new Exact("0.2")),
  fc.integer({ min: -1e9, max: 1e9 }).map((cents) => new Exact(cents).dividedBy(100)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 45 }))
    .map(([digits, places]) => new Exact(`${digits}e-${places}`)),
);
const positive = decimal.map((value) => value.abs());
/** Amounts a sum meets: mostly whole cents, some near 2^53 cents (where a number of cents stops being exact), some not. */
const addend = fc.oneof(
  decimal,
  fc.integer({ min: -1e9, max: 1e9 }).map((cents) => new Exact(cents).dividedBy(100)),
  fc
    .bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n })
    .map((cents) => new Exact(cents.toString()).dividedBy(100)),
);
/** Quantities: whole numbers of units (-0 and 0 among them), large ones, and some with decimals. */
const units = fc.oneof(
  fc.constantFrom(ZERO, ONE, new Exact("-0"), new Exact(1e15)),
  fc.integer({ min: -1e6, max: 1e6 }).map((count) => new Exact(count)),
  decimal,
);
const rule = fc.record(
  {
    adValorem: fc.oneof(fc.constant(ZERO), positive),
    specific: fc.oneof(fc.constant(ZERO), fc.constant(new Exact("-0")), positive),
    minimum: positive,
    maximum: positive,
  },
  { requiredKeys: ["adValorem", "specific"] },
);

describe("the engine's arithmetic shortcuts give what the plain operations give", () => {
  test("law: dutyOn", () => {
    fc.assert(
      fc.property(decimal, rule, (value, duty) => {
        expect(exactly(dutyOn(value, duty))).toBe(exactly(plainDutyOn(value, duty)));
      }),
      { numRuns: 5_000 },
    );
  });

  test("law: importVatOn, of one unit and of others", () => {
    fc.assert(
      fc.property(decimal, decimal, fc.oneof(fc.constant(ONE), decimal), (base, rate, units) => {
        expect(exactly(importVatOn(base, rate, units))).toBe(exactly(plainImportVatOn(base, rate, units)));
      }),
      { numRuns: 5_000 },
    );
  });

  test("law: centsNumber is the number of amount × 100", () => {
    fc.assert(
      fc.property(fc.oneof(decimal, addend), (amount) => {
        expect(Object.is(centsNumber(amount), toNumber(amount.times(100)))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
    expect(centsNumber(new Exact(NaN))).toBeNaN();
  });

  test("law: an AmountSum is the amounts added one by one from ZERO", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(addend, fc.option(units)), { maxLength: 40 }), (terms) => {
        const sum = new AmountSum();
        let plain = ZERO;
        for (const [amount, count] of terms) {
          if (count === null) {
            sum.add(amount);
            plain = plain.plus(amount);
          } else {
            sum.addProduct(amount, count);
            plain = plain.plus(toCents(amount.times(count)));
          }
        }
        expect(exactly(sum.total)).toBe(exactly(plain));
      }),
      { numRuns: 5_000 },
    );
  });

  test("law: equal is equals, the same Decimal included", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(equal(a, b)).toBe(a.equals(b));
        expect(equal(a, a)).toBe(a.equals(a));
      }),
    );
    const nan = new Exact(NaN);
    expect(equal(nan, nan)).toBe(nan.equals(nan));
  });
});
