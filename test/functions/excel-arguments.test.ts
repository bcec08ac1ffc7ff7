import {
  isEmpty,
  isNotGiven,
  readAmounts,
  readDate,
  readHsCodeDigits,
  readNumber,
  readText,
  readVatRate,
} from "../../functions/excel-arguments";
import { type Fix } from "../../src/engine";

/** The argument readers on their own (the bundle tests call them through Excel's shapes). */
const today = new Date(Date.UTC(2026, 10, 21));
const fix: Fix = "enterAmount";

describe("empty, and 0 for an empty cell on Windows desktop", () => {
  test.each([
    null,
    undefined,
    "",
    "  ",
    { type: "Empty", basicValue: "" },
    { type: "String", basicValue: " " },
  ])("%p is empty", (value) => {
    expect(isEmpty(value)).toBe(true);
    expect(isNotGiven(value)).toBe(true);
  });

  test("0 is not given, but not empty: a number reader still reads it as 0", () => {
    expect(isEmpty(0)).toBe(false);
    expect(isNotGiven(0)).toBe(true);
    expect(isNotGiven({ type: "Double", basicValue: 0 })).toBe(true);
    expect(readNumber(0, "total", fix).toNumber()).toBe(0);
    expect(isNotGiven(1)).toBe(false);
    expect(isNotGiven("0")).toBe(false);
  });

  test("a date of 0 is today; a text of 0 is empty; an HS code of 0 is empty", () => {
    expect(readDate(0, "date", today)).toBe("2026-11-21");
    expect(() => readText(0, "country", "enterEuCountry")).toThrow(
      "country: it is empty. Enter the EU country of delivery, e.g. DE",
    );
    expect(() => readHsCodeDigits(0, "code")).toThrow(/^code: it is empty/);
  });
});

describe("data types read as their text or basic value", () => {
  test("an entity is its text, a formatted number or a double its number", () => {
    const germany = { type: "LinkedEntity", text: "Germany", id: { entityId: "x" }, basicValue: "#VALUE!" };
    expect(readText(germany, "country", "enterEuCountry")).toBe("Germany");
    expect(readVatRate(germany, "vat", "2024-01-01").toNumber()).toBe(0.19);
    expect(
      readNumber({ type: "FormattedNumber", basicValue: 0.19, numberFormat: "0%" }, "vat", fix).toNumber(),
    ).toBe(0.19);
    expect(
      readAmounts(
        [[{ type: "Double", basicValue: 2.5 }, 1, { type: "Empty", basicValue: "" }]],
        "costs",
      ).toNumber(),
    ).toBe(3.5);
    expect(
      readDate({ type: "FormattedNumber", basicValue: 45536, numberFormat: "yyyy-mm-dd" }, "date", today),
    ).toBe("2024-09-01");
    expect(readHsCodeDigits({ type: "String", basicValue: "9405.21.40" }, "code")).toBe("94052140");
  });

  test("an error, an image, an entity where a number belongs, an unknown object: named errors", () => {
    expect(() =>
      readNumber({ type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }, "price", fix),
    ).toThrow("price: the cell holds #N/A. Correct that cell first, or enter an amount such as 2.50");
    expect(() =>
      readText(
        { type: "WebImage", address: "https://x/y.png", basicType: "Error", basicValue: "#VALUE!" },
        "url",
        "enterFullSalesLink",
      ),
    ).toThrow("url: a WebImage data type has no value to read here. Enter the full sales link");
    expect(() => readNumber({ type: "Entity", text: "Lamp", properties: {} }, "price", fix)).toThrow(
      'price: the data type "Lamp" is not a number. Enter an amount such as 2.50 (for a field of a data type, refer to it, e.g. A2.Price)',
    );
    expect(() => readNumber({}, "price", fix)).toThrow(
      "price: an object has no value to read here. Enter an amount such as 2.50",
    );
  });
});
