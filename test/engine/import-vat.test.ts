import fc from "fast-check";
import { ONE, exact, importVatBase, importVatOn, vatRegimeOf } from "../../src/engine";

/**
 * Import VAT (domain.md section 11; VAT Directive Arts. 85–86, Belgian VAT Code Art. 34): the base is the customs
 * value, plus the duty on it, plus the incidental costs up to the first place of destination; the VAT is the base
 * times the rate, rounded once, half-up, to the cent.
 */
describe("the import VAT base and amount", () => {
  test("domain.md's example: value 100.00, duty 12.00, incidental costs 3.50 at 21 % is 24.26", () => {
    const base = importVatBase(exact(100), exact(12), [exact(3.5)]);
    expect(base.toString()).toBe("115.5");
    // 115.50 × 21 % = 24.255, half-up to the cent.
    expect(importVatOn(base, exact(0.21), ONE).toString()).toBe("24.26");
  });

  test("a line is rounded once: 40 units of 13.814 at 21 % are 116.04, not 40 × 2.90", () => {
    expect(importVatOn(exact("13.814"), exact(0.21), exact(40)).toString()).toBe("116.04");
  });

  const cents = fc.integer({ min: 0, max: 1_000_000 }).map((c) => exact(c).dividedBy(100));
  test("the base rises with every cost it includes, by that cost", () => {
    fc.assert(
      fc.property(cents, cents, fc.array(cents, { maxLength: 4 }), cents, (value, duty, costs, more) => {
        const base = importVatBase(value, duty, costs);
        expect(
          importVatBase(value, duty, [...costs, more])
            .minus(base)
            .equals(more),
        ).toBe(true);
        expect(importVatBase(value.plus(more), duty, costs).minus(base).equals(more)).toBe(true);
        expect(importVatBase(value, duty.plus(more), costs).minus(base).equals(more)).toBe(true);
      }),
    );
  });
});

describe("the VAT regime a cell names", () => {
  test.each([
    ["CP42", "CP42"],
    ["42", "CP42"],
    ["procedure 42", "CP42"],
    ["Régime 42", "CP42"],
    ["ET14000", "ET14000"],
    ["ET 14.000", "ET14000"],
    ["article 5", "ET14000"],
    ["paid", "PAID"],
    ["none", "PAID"],
    ["Betaald", "PAID"],
  ])("%s is %s", (text, regime) => expect(vatRegimeOf(text)).toBe(regime));

  test("anything else is none of them", () => {
    for (const text of ["", "deferred", "43", "ET1400"]) expect(vatRegimeOf(text)).toBeUndefined();
  });
});
