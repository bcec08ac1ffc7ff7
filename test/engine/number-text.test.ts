import fc from "fast-check";
import {
  currenciesOf,
  decimalMarkShown,
  exact,
  numberFromText,
  parseNumberText,
  readNumberText,
} from "../../src/engine";

describe("numbers written as text", () => {
  test.each([
    ["19.99", "19.99"],
    ["19,99", "19.99"],
    ["1.299,00", "1299"],
    ["1,299.00", "1299"],
    ["1 299,00", "1299"],
    ["1\u00a0299,50", "1299.5"],
    ["1.299.000", "1299000"],
    ["1,299,000", "1299000"],
    ["1'299.00", "1299"],
    ["12%", "0.12"],
    ["12,5 %", "0.125"],
    ["0,12", "0.12"],
    ["€ 19.99", "19.99"],
    ["19,99 EUR", "19.99"],
    ["-2.50", "-2.5"],
    ["−2,50", "-2.5"],
    ["(12.50)", "-12.5"],
    ["  42  ", "42"],
    [".5", "0.5"],
  ])("%p is %s", (text, expected) => {
    expect(readNumberText(text)?.toString()).toBe(expected);
  });

  test.each(["", "abc", "12abc", "1,2,3.4,5", "1.2.3,4.5", "#N/A", "19.99.", "--1", "%"])(
    "%p is not a number",
    (text) => {
      expect(readNumberText(text)).toBeUndefined();
    },
  );
});

describe("a number that reads two ways is never guessed", () => {
  test.each(["1.299", "1,299", "€1.299", "12.500", "-1.299", "999,000 SEK"])(
    "%p is ambiguous without a decimal mark",
    (text) => {
      const reading = parseNumberText(text);
      expect(reading.kind).toBe("ambiguous");
      expect(readNumberText(text)).toBeUndefined();
    },
  );

  test("the two readings are named", () => {
    const reading = parseNumberText("1.299");
    if (reading.kind !== "ambiguous") throw new Error("expected two readings");
    expect([reading.asThousands.toString(), reading.asDecimal.toString()]).toEqual(["1299", "1.299"]);
    expect(() => numberFromText("1.299", "Selling price", "enterAmount")).toThrow(
      'Selling price: "1.299" can be read as 1299 or as 1.299',
    );
  });

  test.each([
    ["1.299", ",", "1299"],
    ["1.299", ".", "1.299"],
    ["1,299", ",", "1.299"],
    ["1,299", ".", "1299"],
    ["€1.299", ",", "1299"],
  ] as const)("%p with the decimal mark %p is %s", (text, mark, expected) => {
    expect(readNumberText(text, mark)?.toString()).toBe(expected);
  });

  test.each(["0.125", "0,125", "1234.567", "1.2990", "1.29", "19,99", "1.299,00", "1,299.00", "1.299.000"])(
    "%p reads one way only",
    (text) => {
      expect(parseNumberText(text).kind).toBe("number");
    },
  );
});

describe("the decimal mark a text shows", () => {
  test.each([
    ["19,99", ","],
    ["1.299,00", ","],
    ["0,125", ","],
    ["1.299.000", ","],
    ["€ 12,50", ","],
    ["19.99", "."],
    ["1,299.00", "."],
    ["1,299,000", "."],
    ["12.50 EUR", "."],
  ] as const)("%p shows %p", (text, mark) => {
    expect(decimalMarkShown(text)).toBe(mark);
  });

  test.each(["1.299", "1,299", "42", "Lamp 2.5 W", "20.11.2024", "", "abc", "-"])(
    "%p shows nothing",
    (text) => {
      expect(decimalMarkShown(text)).toBeUndefined();
    },
  );
});

describe("a currency written in a cell is kept, never dropped", () => {
  test.each([
    ["330 SEK", "330", "SEK"],
    ["€ 12,50", "12.5", "€"],
    ["12.50 EUR", "12.5", "EUR"],
    ["$9.99", "9.99", "$"],
    ["49 kr", "49", "kr"],
    ["89 zł", "89", "zł"],
    ["PLN 120", "120", "PLN"],
    ["-€12.50", "-12.5", "€"],
    ["(CHF 12.50)", "-12.5", "CHF"],
  ])("%p is %s in %s", (text, value, currency) => {
    const reading = parseNumberText(text);
    expect(reading).toMatchObject({ kind: "number", currency });
    if (reading.kind === "number") expect(reading.value.toString()).toBe(value);
  });

  test("a currency other than EUR is no plain number", () => {
    expect(readNumberText("330 SEK")).toBeUndefined();
    expect(readNumberText("€ 12,50")?.toString()).toBe("12.5");
  });

  test.each(["12 XYZ", "12 apples", "USD", "12 EUR EUR"])("%p is not a number", (text) => {
    expect(parseNumberText(text).kind).toBe("notANumber");
  });

  test("the codes a sign stands for", () => {
    expect(currenciesOf("kr")).toEqual(["SEK", "DKK", "NOK", "ISK"]);
    expect(currenciesOf("sek")).toEqual(["SEK"]);
    expect(currenciesOf("XYZ")).toBeUndefined();
  });
});

describe("negative zero is zero", () => {
  test.each(["-0", "-0.00", "-0,00", "(0)", "−0"])("%p is 0, not negative", (text) => {
    const value = readNumberText(text);
    expect(value?.isZero()).toBe(true);
    expect(value?.isNegative()).toBe(false);
  });

  test("a -0 read first does not make later zeros negative", () => {
    expect(exact(-0).isNegative()).toBe(false);
    expect(exact(0).isNegative()).toBe(false);
    expect(readNumberText("-0")?.isNegative()).toBe(false);
    expect(readNumberText("0")?.isNegative()).toBe(false);
  });

  test("a reading is the same whatever was read before", () => {
    const texts = fc.oneof(
      fc.constantFrom("-0", "0", "-0.00", "0.00", "1.299", "19,99", "(0)", "12%", "€ 1,50"),
      fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 30 }), texts, (before, text) => {
        for (const earlier of before) {
          readNumberText(earlier);
          exact(Number(earlier));
        }
        const cached = readNumberText(text);
        const fresh = readNumberText(` ${text} `); // a text not seen before: parsed anew
        expect(cached?.toString()).toBe(fresh?.toString());
        expect(cached?.isNegative()).toBe(fresh?.isNegative());
        const number = Number(text);
        if (!Number.isNaN(number)) expect(exact(number).isNegative()).toBe(number < 0);
      }),
    );
  });
});

describe("currency signs with a full stop, and words that are no currency", () => {
  test.each([
    ["49 kr.", "kr."],
    ["12 лв.", "лв."],
    ["12 eur", "eur"],
  ])("%p carries %p", (text, currency) => {
    expect(parseNumberText(text)).toMatchObject({ kind: "number", currency });
  });

  test.each(["12 all", "3 top", "5 try"])("%p is not a number", (text) => {
    expect(parseNumberText(text).kind).toBe("notANumber");
  });
});
