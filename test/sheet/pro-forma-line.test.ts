import fc from "fast-check";
import Decimal from "decimal.js";
import { Exact, toNumber } from "../../src/engine";
import { lineTotalCents } from "../../src/sheet";

/** The rule: declaration value × quantity, rounded half-up to the cent (the value is in cents already). */
const plainLineTotal = (valueCents: number, quantity: number): number =>
  toNumber(new Exact(valueCents).times(new Exact(quantity)).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)) + 0;

describe("a pro forma line's total", () => {
  test("is the value × the quantity to the cent, half-up", () => {
    expect(lineTotalCents(1999, 3)).toBe(5997);
    expect(lineTotalCents(1999, 0.5)).toBe(1000); // 999.5 cents
    expect(lineTotalCents(-1999, 0.5)).toBe(-1000); // away from zero, as decimal.js's ROUND_HALF_UP
    expect(lineTotalCents(0, -3)).toBe(0); // never -0
  });

  test("law: whole and decimal quantities, small and large values", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          fc.constantFrom(0, -0),
        ),
        fc.oneof(
          fc.integer({ min: -1e6, max: 1e6 }),
          fc.constantFrom(0, -0, 1e9, 2 ** 40),
          fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        ),
        (valueCents, quantity) => {
          expect(lineTotalCents(valueCents, quantity)).toBe(plainLineTotal(valueCents, quantity));
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
