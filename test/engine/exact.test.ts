import fc from "fast-check";
import { Exact, toNumber } from "../../src/engine";

/** decimal.js's own conversion (through the decimal's text) is the oracle. */
const same = (text: string) =>
  expect(Object.is(toNumber(new Exact(text)), new Exact(text).toNumber())).toBe(true);

describe("an exact decimal as a number", () => {
  test.each([
    "0",
    "-0",
    "19.99",
    "-19.99",
    "0.1",
    "0.3",
    "123.45",
    "1175.6",
    "0.4349",
    "1e-7",
    "12345678.91",
    "9007199254740991",
    "9007199254740993",
    "123456789012345678901234.5",
    "0.000000000000000000000001234",
    "1e30",
    "Infinity",
    "-Infinity",
  ])("%s is the number its text gives", (text) => same(text));

  test("amounts of everyday size take no detour through text", () => {
    const viaText = jest.spyOn(Exact.prototype, "toNumber");
    try {
      for (const text of ["19.99", "-0.05", "1175.6", "0.4349", "12345678.91", "0"])
        toNumber(new Exact(text));
      expect(viaText).not.toHaveBeenCalled();
    } finally {
      viaText.mockRestore();
    }
  });

  test("NaN stays NaN", () => {
    expect(toNumber(new Exact(NaN))).toBeNaN();
  });

  test("money of any size to the cent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (cents) => {
        same(new Exact(cents.toString()).dividedBy(100).toString());
      }),
      { numRuns: 5000 },
    );
  });

  test("decimals of up to 34 digits and any exponent", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 34n), max: 10n ** 34n }),
        fc.integer({ min: -40, max: 40 }),
        (digits, exponent) => same(`${digits}e${exponent}`),
      ),
      { numRuns: 5000 },
    );
  });

  test("rates and ratios of a few decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 8 }),
        (n, places) => same(new Exact(n).dividedBy(10 ** places).toString()),
      ),
      { numRuns: 5000 },
    );
  });
});
