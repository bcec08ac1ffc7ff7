import {
  InputError,
  type ReadContext,
  amountOf,
  dateOf,
  dutyRuleOf,
  euCountry,
  hsCodeOf,
  isBlank,
  numberOf,
  offenceLevelOf,
  quantityOf,
  rateOf,
  requirePlausibleRate,
  exact,
  weightOf,
} from "../../src/engine";

/** The engine's readers on their own; the sheet, the functions and the settings are thin hosts over them. */
const CELL: ReadContext = { host: "cell" };
const thrown = (read: () => unknown): InputError => {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
};

describe("isBlank", () => {
  test.each([null, undefined, "", "  ", "\t"])("%p is blank", (value) => expect(isBlank(value)).toBe(true));
  test.each([0, "0", false, "x"])("%p is not", (value) => expect(isBlank(value)).toBe(false));
});

describe("numberOf", () => {
  test("a number is taken to the 15 significant digits Excel shows", () => {
    expect(numberOf(49.900000000000006, "price", "enterAmount", CELL).value.toString()).toBe("49.9");
    expect(numberOf(0.1 + 0.2, "price", "enterAmount", { host: "argument" }).value.toString()).toBe("0.3");
  });

  test("text more precise than Excel, and anything from 10^12 on, is refused", () => {
    expect(thrown(() => numberOf("1234567890.123456", "price", "enterAmount", CELL)).key).toBe(
      "tooManyDigits",
    );
    expect(thrown(() => numberOf(1e12, "price", "enterAmount", CELL)).message).toBe(
      "price: 1000000000000 is too large (amounts must be below 10^12). Enter an amount such as 2.50",
    );
    expect(thrown(() => numberOf(Number.NaN, "price", "enterAmount", CELL)).message).toMatch(
      /^price: NaN is not a number/,
    );
  });

  test("a number that reads two ways is read with its column's mark, or refused with both readings", () => {
    expect(numberOf("1.299", "price", "enterAmount", { host: "cell", mark: "," }).value.toString()).toBe(
      "1299",
    );
    const error = thrown(() => numberOf("1.299", "price", "enterAmount", CELL));
    expect([error.key, error.params, error.fix.key]).toEqual([
      "readsTwoWays",
      { text: "1.299", asThousands: "1299", asDecimal: "1.299" },
      "writeOneWay",
    ]);
  });

  test("each host shows text that is no number as its users read it", () => {
    const say = (host: ReadContext["host"]) =>
      thrown(() => numberOf(" abc ", "x", "enterAmount", { host })).message;
    expect(say("cell")).toBe('x: "abc" is not a number. Enter an amount such as 2.50');
    expect(say("argument")).toBe('x: the text "abc" is not a number. Enter an amount such as 2.50');
    expect(say("setting")).toBe('x: "abc" is not a number. Enter an amount such as 2.50');
  });

  test("a currency is returned, or refused where only EUR is read", () => {
    expect(numberOf("330 SEK", "price", "enterAmount", CELL).currency).toBe("SEK");
    const context = { host: "argument", currency: "EUR only", foreignFix: "convertToEur" } as const;
    expect(numberOf("€ 12,50", "price", "enterAmount", context).value.toString()).toBe("12.5");
    expect(thrown(() => numberOf("49 kr", "price", "enterAmount", context)).message).toBe(
      'price: "49 kr" is in SEK or DKK or NOK or ISK. Convert it to EUR first, e.g. with CUSTOMS.TOEUR(amount, units per EUR)',
    );
  });
});

describe("amountOf", () => {
  const asWritten = { host: "cell", currency: "as written" } as const;

  test("reads amounts with their currency, signed: the caller judges the sign", () => {
    expect(amountOf("(12.50)", "Freight", "enterAmount", asWritten).value.toString()).toBe("-12.5");
    expect(amountOf("12.50 EUR", "Freight", "enterAmount", asWritten)).toEqual({
      value: exact("12.5"),
      currency: "EUR",
    });
  });

  test("a percentage is no amount; a setting shows it bare", () => {
    expect(thrown(() => amountOf("12%", "price", "enterAmount", asWritten)).message).toBe(
      'price: "12%" is a percentage, not an amount. Enter an amount such as 2.50',
    );
    expect(
      thrown(() => amountOf("5%", "tolerance", "enterTolerance", { host: "setting", currency: "EUR only" }))
        .message,
    ).toBe("tolerance: 5% is a percentage, not an amount. Enter the tolerance in EUR per unit, e.g. 0.05");
  });
});

describe("rateOf, dutyRuleOf", () => {
  test("a rate is a fraction; 19 is a percentage typed as a number", () => {
    expect(rateOf("19 %", "VAT rate", "enterRate", CELL).toString()).toBe("0.19");
    expect(rateOf(0.19, "VAT rate", "enterRate", CELL).toString()).toBe("0.19");
    expect(thrown(() => rateOf(19, "VAT rate", "enterRate", CELL)).message).toBe(
      "VAT rate: 19 is not a fraction. Write 19 % or 0.19",
    );
  });

  test("a rate written as a percentage is below 100 %: said as written, not as the fraction it reads", () => {
    expect(thrown(() => rateOf("100%", "VAT rate", "enterRate", CELL)).message).toBe(
      'VAT rate: "100%" is not a rate below 100 %. Enter the rate as 19 % or 0.19',
    );
    expect(
      thrown(() =>
        rateOf({ number: 1, percent: true, currency: undefined }, "Commission rate", "enterRate", CELL),
      ).message,
    ).toMatch(/^Commission rate: .*100.* is not a rate below 100 %/);
  });

  test("a currency beside a rate is refused, naming where it was written", () => {
    expect(thrown(() => rateOf("19 SEK", "VAT rate", "enterRate", CELL)).message).toBe(
      'VAT rate: "19 SEK" has a currency, but this column is not an amount. Enter the rate as 19 % or 0.19',
    );
    expect(thrown(() => rateOf("19 SEK", "vat", "enterCountryOrRate", { host: "argument" })).message).toMatch(
      /but this argument is not an amount/,
    );
  });

  test("a duty is a rate or the tariff's wording; written with a % sign it may be above 100 %", () => {
    expect(dutyRuleOf("4,7 %", "Duty rate", "enterRate", CELL).adValorem.toString()).toBe("0.047");
    expect(dutyRuleOf("150 %", "Duty rate", "enterRate", CELL).adValorem.toString()).toBe("1.5");
    const rule = dutyRuleOf("4 % MIN 2.00", "Duty rate", "enterRate", CELL);
    expect([rule.adValorem.toString(), rule.minimum?.toString()]).toEqual(["0.04", "2"]);
    expect(thrown(() => dutyRuleOf(12, "Duty rate", "enterRate", CELL)).key).toBe("notAFraction");
    expect(thrown(() => dutyRuleOf("-5 %", "Duty rate", "enterRate", CELL)).message).toBe(
      "Duty rate: -0.05 is negative. Write the rate as 19 % or 0.19",
    );
    expect(thrown(() => dutyRuleOf("lots", "Duty rate", "enterRate", CELL)).key).toBe("notADutyRate");
  });
});

describe("quantityOf, weightOf, offenceLevelOf", () => {
  test("a quantity is above 0, with no percent and no currency", () => {
    expect(quantityOf("24", "Qty", "enterQuantity", CELL).toString()).toBe("24");
    expect(thrown(() => quantityOf(-1, "Qty", "enterQuantity", CELL)).message).toBe(
      "Qty: -1 units is not a quantity. Enter the number of units, e.g. 24",
    );
    expect(thrown(() => quantityOf("50%", "Qty", "enterQuantity", CELL)).message).toBe(
      'Qty: "50%" is a percentage. Enter the number of units, e.g. 24',
    );
  });

  test("a weight is 0 or more", () => {
    expect(weightOf("0,35", "Weight", "enterWeight", CELL).toString()).toBe("0.35");
    expect(thrown(() => weightOf(-1, "Weight", "enterWeight", CELL)).message).toBe(
      "Weight: -1 kg is negative. Enter the unit weight in kg, e.g. 0.35",
    );
  });

  test("an offence is 1, 2 or 3, as a number or as text", () => {
    expect(offenceLevelOf("2", "offence", "enterOffence", CELL)).toBe(2);
    expect(offenceLevelOf(3, "offence", "enterOffence", CELL)).toBe(3);
    expect(thrown(() => offenceLevelOf(4, "offence level", "chooseOffence", CELL)).message).toBe(
      "offence level: 4 is not 1, 2 or 3. Choose offence 1, 2 or 3",
    );
    expect(thrown(() => offenceLevelOf(1e14, "offence", "enterOffence", CELL)).key).toBe("notAnOffenceLevel");
  });
});

describe("dateOf, euCountry, hsCodeOf, requirePlausibleRate", () => {
  test("a date from an Excel serial number or from text", () => {
    expect(dateOf(45536, "Date")).toBe("2024-09-01");
    expect(dateOf("31/08/2024", "Date")).toBe("2024-08-31");
    expect(thrown(() => dateOf("soon", "Date")).message).toBe(
      'Date: "soon" is not a date. Write it as YYYY-MM-DD, e.g. 2024-08-31',
    );
  });

  test("an EU country from a code or a name; an unknown one or one outside the EU is not available", () => {
    expect(euCountry(" el ", "Destination")).toBe("GR");
    expect(thrown(() => euCountry("Mars", "Destination")).kind).toBe("notAvailable");
    expect(thrown(() => euCountry("GB", "Destination")).params).toEqual({ code: "GB" });
    expect(thrown(() => euCountry("", "Destination")).key).toBe("countryMissing");
  });

  test("an HS code as its digits", () => {
    expect(hsCodeOf(9012100, "code")).toBe("09012100");
    expect(thrown(() => hsCodeOf("94052", "code")).message).toBe(
      "code: 94052 has 5 digits, not 6, 8 or 10. Enter 6 (HS), 8 (CN) or 10 (TARIC) digits",
    );
  });

  test("an exchange rate within the bounds of the world's currencies", () => {
    expect(requirePlausibleRate(exact("11.39"), "rate", "enterRate").toString()).toBe("11.39");
    expect(thrown(() => requirePlausibleRate(exact("1e-9"), "rate", "enterRate")).key).toBe(
      "implausibleRate",
    );
  });
});
