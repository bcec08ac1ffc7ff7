import { type Problem, problemText } from "../../src/engine";
import fc from "fast-check";
import { GTIN_LENGTHS, gtinCheckDigit, gtinOfNumber, readGtin } from "../../src/engine";

/** A reading with its problem in the English words the product says (the engine gives the problem by key). */
function words<R extends object>(reading: R): R {
  const keyed = reading as { problem?: Problem; why?: Problem };
  return {
    ...reading,
    ...(keyed.problem === undefined ? {} : { problem: problemText(keyed.problem) }),
    ...(keyed.why === undefined ? {} : { why: problemText(keyed.why) }),
  };
}

describe("GTIN check digits (GS1 General Specifications, 7.9)", () => {
  // GS1's published examples: the EAN-13 of its check-digit calculator, a UPC-A, a GTIN-8 and a GTIN-14.
  test.each([
    ["4006381333931", "EAN-13"],
    ["036000291452", "UPC-A (GTIN-12)"],
    ["96385074", "GTIN-8"],
    ["10614141000415", "GTIN-14"],
  ])("%s is a valid %s", (code) => {
    expect(words(readGtin(code))).toEqual({ valid: true, digits: code });
  });

  test("spaces and hyphens between the groups are allowed", () => {
    expect(words(readGtin(" 4 006381 333931 "))).toEqual({ valid: true, digits: "4006381333931" });
    expect(readGtin("4-006381-333931").valid).toBe(true);
  });

  test("a wrong check digit says which one GS1 gives", () => {
    expect(words(readGtin("4006381333932"))).toEqual({
      valid: false,
      problem:
        "4006381333932 has a wrong check digit (GS1 gives 1 for the digits before it): copy the GTIN from the barcode again",
    });
  });

  test("a length GS1 does not give, or a letter, is no GTIN", () => {
    expect(words(readGtin("40063813339"))).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/11 digits/),
    });
    expect(words(readGtin("4006381333931X"))).toMatchObject({
      valid: false,
      problem: expect.stringMatching(/digits only/),
    });
  });

  test("a number cell's lost leading zeros come back to the next GTIN length", () => {
    expect(gtinOfNumber(36000291452)).toBe("036000291452");
    expect(gtinOfNumber(4006381333931)).toBe("4006381333931");
  });

  test("law: the body with its check digit is valid, and any other last digit is not", () => {
    const body = fc
      .constantFrom(...GTIN_LENGTHS)
      .chain((length) => fc.stringMatching(new RegExp(`^\\d{${length - 1}}$`)));
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 9 }), (digits, shift) => {
        const check = gtinCheckDigit(digits);
        expect(readGtin(`${digits}${check}`).valid).toBe(true);
        expect(readGtin(`${digits}${(check + shift) % 10}`).valid).toBe(false);
      }),
    );
  });
});
