import {
  UNCALCULATED_FIX,
  readAmount,
  readDate,
  readDuty,
  readQuantity,
  readRate,
  readText,
  readWeight,
} from "../../src/sheet";

/** The sheet's side of reading a cell: its cell types and defaults; the value itself is read by the engine. */
describe("cells as the sheet reads them", () => {
  test("an empty cell is nothing, a quantity 1", () => {
    expect([readAmount(null, "Freight"), readRate("  ", "VAT rate"), readDate(undefined, "Date")]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(readQuantity("", "Qty").toString()).toBe("1");
    expect(readWeight(null, "Weight")).toBeUndefined();
  });

  test("error values and formulas without a result are refused in every column", () => {
    expect(() => readText("#REF!", "SKU")).toThrow(
      "SKU: the cell holds the error #REF!. Fix the formula or type the value",
    );
    expect(() => readDuty({ formula: "B2*2" }, "Duty rate")).toThrow(
      `Duty rate: the formula =B2*2 has no saved result, or its result is an error. ${UNCALCULATED_FIX}`,
    );
  });

  test("a boolean or a date is no number; a date cell is a date", () => {
    expect(() => readAmount(true, "Freight")).toThrow(
      "Freight: true is not a number. Enter an amount such as 2.50",
    );
    expect(readDate(new Date(Date.UTC(2024, 8, 1)), "Date")).toBe("2024-09-01");
    expect(readDate(45536, "Date")).toBe("2024-09-01");
  });

  test("the sheet's own rules: costs and values are never negative; a quantity has any decimals", () => {
    expect(() => readAmount("-0,20", "Freight")).toThrow(
      "Freight: -0.2 is negative. Enter costs and values as positive amounts",
    );
    expect(readAmount("330 SEK", "Price")).toMatchObject({ currency: "SEK" });
    // Pro forma totals are exact at any number of decimals (pro-forma.ts): no rounding is asked for.
    expect(readQuantity(1.0000001, "Qty").toString()).toBe("1.0000001");
  });

  test("a cell's text is read with the column's decimal mark", () => {
    expect(readAmount("1.299", "Price", ",")?.value.toString()).toBe("1299");
    expect(readDuty("4,7 %", "Duty rate", ",")?.adValorem.toString()).toBe("0.047");
  });
});
