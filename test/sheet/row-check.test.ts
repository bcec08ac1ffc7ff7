import { type CellValue, type Flag, type RowCheck, checkShipment, readSettings } from "../../src/sheet";
import { row, settings, sheet } from "./sample";

function check(cells: CellValue[], options = settings): RowCheck {
  return checkShipment(sheet(cells), options).rows[0];
}
const flagsOf = (cells: CellValue[], options = settings): readonly Flag[] => check(cells, options).flags;

describe("a good row", () => {
  test("gets its figures and status OK", () => {
    const result = check(row());
    // N0 = 49.90 / 1.20 = 41.5833; deductions 4.99 + 0.30 + 0.80 + 1.20 + 3.07 + 0.45 = 10.81; V = 30.7733 / 1.047 = 29.39
    expect(result).toMatchObject({
      row: 4,
      sku: "LAMP-9",
      status: "OK",
      flags: [],
      ratio: 0.589,
      hsCode: "94052140",
    });
    expect(result.vatRate?.toNumber()).toBe(0.2);
    expect(result.inverseValue?.toFixed(2)).toBe("29.39");
    expect(result.duty?.toFixed(2)).toBe("1.38");
    expect(result.explanation).toBe("Declared EUR 30.00 covers the inverse value EUR 29.39.");
  });

  test("its pro forma lines add up to the price", () => {
    const lines = check(row()).lines;
    expect(lines).not.toBeNull();
    if (lines === null) return;
    const parts = [
      lines.salesVat,
      lines.commission,
      lines.packaging,
      lines.freight,
      lines.lastMile,
      lines.fbaFee,
      lines.handling,
      lines.duty,
      lines.value,
    ];
    expect(parts.reduce((a, b) => a.plus(b)).toFixed(2)).toBe(lines.price.toFixed(2));
  });
});

describe("each flag, with its reason in plain words", () => {
  test.each<[string, Record<string, CellValue>, Flag, RegExp]>([
    ["text price", { "Prix TTC": "abc" }, "INVALID_INPUT", /^Prix TTC: "abc" is not a number\./],
    ["empty price", { "Prix TTC": "" }, "INVALID_INPUT", /^Prix TTC is empty: enter the VAT-inclusive price/],
    [
      "zero price",
      { "Prix TTC": 0 },
      "INVALID_INPUT",
      /^Prix TTC: 0 is not more than 0\. Enter the VAT-inclusive selling price per unit on the sales link, in EUR\.$/,
    ],
    ["negative cost", { Freight: -1 }, "INVALID_INPUT", /^Freight: -1 is negative/],
    ["negative cost as text", { Freight: "-0,20" }, "INVALID_INPUT", /^Freight: -0\.2 is negative/],
    ["error value", { Packaging: "#N/A" }, "INVALID_INPUT", /^Packaging: the cell holds the error #N\/A/],
    [
      "unknown destination",
      { Destination: "Mars" },
      "UNKNOWN_COUNTRY",
      /^Destination "Mars" is not a country we know/,
    ],
    ["non-EU destination", { Destination: "GB" }, "UNKNOWN_COUNTRY", /^Destination GB is outside the EU/],
    ["empty destination", { Destination: "" }, "UNKNOWN_COUNTRY", /^Destination is empty/],
    [
      "deductions beyond the price",
      { Freight: 45 },
      "DEDUCTIONS_EXCEED_PRICE",
      /take the whole price without VAT \(EUR 41\.58\): check that the costs are per unit/,
    ],
    [
      "under-declared",
      { "Declared value": 5 },
      "UNDER_DECLARED",
      /^Declared EUR 5\.00 is EUR 24\.39 below the inverse value EUR 29\.39\.$/,
    ],
    [
      "no link at all",
      { "Sales link": "" },
      "MISSING_LINK",
      /^No sales link and no reference link: customs value the goods/,
    ],
    [
      "a link that is not a link",
      { "Sales link": "n/a" },
      "MISSING_LINK",
      /\(Sales link "n\/a" is not a web link\)/,
    ],
    [
      "link of another country",
      { "Sales link": "https://www.amazon.de/dp/B08N5WRWNW" },
      "LINK_COUNTRY_MISMATCH",
      /is on amazon\.de \(DE\) but the goods go to FR/,
    ],
    ["no VAT number", { "VAT number": "" }, "MISSING_VAT_NUMBER", /VAT deferral needs the VAT number of FR/],
    [
      "VAT number of another country",
      { "VAT number": "DE136695976" },
      "VAT_NUMBER_COUNTRY_MISMATCH",
      /is a DE number but the goods go to FR: VAT deferral needs a VAT number of FR \(prefix FR\)/,
    ],
    [
      "wrong check digits",
      { "VAT number": "FR40303265046" },
      "INVALID_VAT_NUMBER",
      /check digits of FR40303265046 are wrong/,
    ],
    ["missing HS code", { "HS code": "" }, "INVALID_HS_CODE", /^HS code is missing/],
    ["short HS code", { "HS code": "9405" }, "INVALID_HS_CODE", /^HS code 9405 has 4 digits, not 6, 8 or 10/],
    [
      "reference link only",
      { "Sales link": "", "Reference link": "https://www.amazon.fr/dp/B000000001" },
      "REFERENCE_LINK_USED",
      /^No sales link: the reference link is used/,
    ],
    [
      "unknown marketplace",
      { "Sales link": "https://shop.example.com/lamp" },
      "UNKNOWN_MARKETPLACE",
      /is on shop\.example\.com, not a marketplace we know/,
    ],
    [
      "nothing declared",
      { "Declared value": "" },
      "MISSING_DECLARED_VALUE",
      /^No declared value to compare with the inverse value EUR 29\.39\./,
    ],
  ])("%s → %s", (_case, overrides, flag, explanation) => {
    const result = check(row(overrides));
    expect(result.flags).toEqual([flag]);
    expect(result.explanation).toMatch(explanation);
  });

  test("status is the worst flag: ERROR > RISK > REVIEW > OK", () => {
    expect(check(row({ "Declared value": "" })).status).toBe("REVIEW");
    expect(check(row({ "Declared value": "", "VAT number": "" })).status).toBe("RISK");
    expect(check(row({ "Prix TTC": "x", "VAT number": "" })).status).toBe("ERROR");
  });

  test("several findings list every reason, in the order of the design table", () => {
    const result = check(row({ "HS code": "12", "VAT number": "", "Declared value": 1, Destination: "DE" }));
    expect(result.flags).toEqual([
      "UNDER_DECLARED",
      "LINK_COUNTRY_MISMATCH",
      "MISSING_VAT_NUMBER",
      "INVALID_HS_CODE",
    ]);
    expect(result.explanation.split(". ").length).toBeGreaterThanOrEqual(4);
  });

  test("an ERROR row carries no figures, never a plausible-looking number", () => {
    const result = check(row({ "Prix TTC": "abc" }));
    expect([result.inverseValue, result.ratio, result.duty, result.lines]).toEqual([null, null, null, null]);
  });
});

describe("settings and optional columns", () => {
  test("the tolerance lets small differences pass, and says so", () => {
    const lenient = readSettings({ declarationDate: "2026-11-21", tolerance: 0.5 });
    expect(check(row({ "Declared value": 29 }), lenient)).toMatchObject({
      status: "OK",
      explanation: expect.stringMatching(/within the tolerance of EUR 0\.50/),
    });
    expect(flagsOf(row({ "Declared value": 28.89 }), lenient)).toEqual(["UNDER_DECLARED"]);
  });

  test("without VAT deferral a missing VAT number is fine", () => {
    expect(flagsOf(row({ "VAT number": "" }), readSettings({ vatDeferral: false }))).toEqual([]);
  });

  test("a VAT rate typed in the row overrides the table; 19 is refused as a percentage", () => {
    const header = [...sheet()[2], "VAT rate"];
    const values = [header, [...row(), 0.055]];
    expect(checkShipment(values, settings).rows[0].vatRate?.toNumber()).toBe(0.055);
    const wrong = checkShipment([header, [...row(), 19]], settings).rows[0];
    expect(wrong.flags).toEqual(["INVALID_INPUT"]);
    expect(wrong.explanation).toMatch(/^VAT rate: 19 is not a fraction\. Write 19 % or 0\.19/);
  });

  test("a VAT rate above every EU rate (27 %, Hungary's) is refused: a column of VAT amounts is no column of rates", () => {
    const header = [...sheet()[2], "VAT rate"];
    const amounts = checkShipment([header, [...row(), 0.48]], settings).rows[0];
    expect(amounts.flags).toEqual(["INVALID_INPUT"]);
    expect(amounts.inverseValue).toBeNull();
    expect(amounts.explanation).toBe(
      "VAT rate 48 % is above every EU VAT rate (the highest is 27 %, HU): write the destination's VAT rate, or leave the cell empty to have it filled.",
    );
    expect(checkShipment([header, [...row(), 0.27]], settings).rows[0].vatRate?.toNumber()).toBe(0.27);
  });

  test("the VAT rate follows the declaration date, or the row's own date", () => {
    const finnish = row({ Destination: "FI", "Sales link": "https://example.fi", "VAT number": "" });
    const before = readSettings({ declarationDate: "2024-08-31" });
    const after = readSettings({ declarationDate: "2024-09-01" });
    expect(checkShipment(sheet(finnish), before).rows[0].vatRate?.toNumber()).toBe(0.24);
    expect(checkShipment(sheet(finnish), after).rows[0].vatRate?.toNumber()).toBe(0.255);
    const dated = [
      [...sheet()[2], "Date"],
      [...finnish, 45535],
    ]; // Excel serial of 2024-08-31
    expect(checkShipment(dated, after).rows[0].vatRate?.toNumber()).toBe(0.24);
  });

  test("a commission rate is a share of the VAT-inclusive price (Amazon's fee base)", () => {
    const header = [...sheet()[2], "Commission rate"];
    const byRate = checkShipment([header, [...row({ Commission: "" }), "10%"]], settings).rows[0];
    const byAmount = checkShipment(sheet(row({ Commission: 4.99 })), settings).rows[0];
    expect(byRate.lines?.commission.toFixed(2)).toBe("4.99");
    expect(byRate.inverseValue?.toFixed(2)).toBe(byAmount.inverseValue?.toFixed(2));
  });

  test("a Commission amount is used beside a Commission rate, with a note where the two differ", () => {
    const header = [...sheet()[2], "Commission rate"];
    const check = (commission: number, rate: string) =>
      checkShipment([header, [...row({ Commission: commission }), rate]], settings).rows[0];
    const byAmount = checkShipment(sheet(row({ Commission: 6 })), settings).rows[0];
    const differing = check(6, "10%");
    expect(differing.lines?.commission.toFixed(2)).toBe("6.00");
    expect(differing.inverseValue?.toFixed(2)).toBe(byAmount.inverseValue?.toFixed(2));
    expect(differing.status).toBe(byAmount.status);
    expect(differing.explanation).toContain(
      "Commission EUR 6.00 is used; Commission rate 10 % of the price would be EUR 4.99. If the rate is right, empty Commission.",
    );
    // Equal to the cent: nothing to say.
    expect(check(4.99, "10%").explanation).not.toContain("Commission rate");
    // A rate cell that is no rate is not used, and refuses nothing.
    const unreadable = check(6, "n/a");
    expect(unreadable.status).toBe(byAmount.status);
    expect(unreadable.explanation).toBe(byAmount.explanation);
  });

  test("amounts in another currency are converted with the customs rate", () => {
    const header = [...sheet()[2], "Currency"];
    const swedish = [
      ...row({
        Destination: "SE",
        "Sales link": "https://www.amazon.se/dp/B08N5WRWNW",
        "VAT number": "",
        "Prix TTC": 299,
        Commission: 0,
        Packaging: 0,
        Freight: 0,
        "Last mile": 0,
        "FBA fee": 0,
        Handling: 0,
        "Duty rate": 0,
        "Declared value": 10,
      }),
      "SEK",
    ];
    const withRate = readSettings({ declarationDate: "2026-11-21", exchangeRates: { SEK: 11.39 } });
    const result = checkShipment([header, swedish], withRate).rows[0];
    expect(result.lines?.price.toFixed(2)).toBe("26.25"); // 299 SEK at 11.39
    expect(result.inverseValue?.toFixed(2)).toBe("21.00"); // 26.2511 / 1.25
    expect(checkShipment([header, swedish], settings).rows[0].explanation).toMatch(
      /Currency SEK has no exchange rate: give the customs rate in units per EUR \(e\.g\. SEK=11\.39\)/,
    );
  });

  test("a duty rate table by HS code prefix applies where a row has none; the longest prefix wins", () => {
    const table = readSettings({
      declarationDate: "2026-11-21",
      dutyRates: { "94": 0.02, "940521": "4.7 %" },
    });
    const fromTable = checkShipment(sheet(row({ "Duty rate": "" })), table).rows[0];
    expect(fromTable.duty?.toFixed(2)).toBe(check(row()).duty?.toFixed(2));
  });

  test("tariff text with MIN and MAX is read from the duty rate cell", () => {
    const result = check(row({ "Duty rate": "4.7 % MIN 2.00" }));
    expect(result.duty?.toFixed(2)).toBe("2.00");
  });

  test("quantities default to 1; a zero quantity is invalid", () => {
    expect(check(row({ Qty: "" })).quantity.toNumber()).toBe(1);
    expect(check(row({ Qty: 0 })).explanation).toMatch(/^Qty: 0 units is not a quantity/);
    expect(check(row({ Qty: 1.0000001 })).quantity.toString()).toBe("1.0000001");
  });
});

describe("cell values in every shape Excel and CSV files give", () => {
  test.each<[string, CellValue]>([
    ["number", 49.9],
    ["text with a point", "49.90"],
    ["text with a decimal comma", "49,90"],
    ["text with spaces", "  49.90 "],
    ["text with a currency", "€ 49,90"],
  ])("a price as %s", (_case, price) => {
    expect(check(row({ "Prix TTC": price })).inverseValue?.toFixed(2)).toBe("29.39");
  });

  test("thousands separators: 1.299,00 and 1,299.00", () => {
    const a = check(row({ "Prix TTC": "1.299,00", "Declared value": 2000 }));
    const b = check(row({ "Prix TTC": "1,299.00", "Declared value": 2000 }));
    expect(a.inverseValue?.toFixed(2)).toBe(b.inverseValue?.toFixed(2));
    expect(a.lines?.price.toFixed(2)).toBe("1299.00");
  });

  test("rates as 12%, 0,12 or 0.12", () => {
    const rates = ["12%", "0,12", 0.12, "12 %"].map((rate) =>
      check(row({ "Duty rate": rate })).inverseValue?.toFixed(2),
    );
    expect(new Set(rates).size).toBe(1);
  });

  test("an HS code stored as a number keeps its digits, and gets back a lost leading zero", () => {
    expect(check(row({ "HS code": 94052140 })).hsCode).toBe("94052140");
    expect(check(row({ "HS code": 9012100 })).hsCode).toBe("09012100");
  });

  test("a date as a Date object (as file readers give it)", () => {
    const values = [
      [...sheet()[2], "Date"],
      [
        ...row({ Destination: "EE", "Sales link": "https://x.ee", "VAT number": "" }),
        new Date(Date.UTC(2025, 5, 30)),
      ],
    ];
    expect(checkShipment(values, settings).rows[0].vatRate?.toNumber()).toBe(0.22);
  });

  test("a cell that cannot be read names its column, and the row still gets every other check", () => {
    const result = check(row({ Handling: "lots", "VAT number": "" }));
    expect(result.flags).toEqual(["INVALID_INPUT", "MISSING_VAT_NUMBER"]);
    expect(result.explanation).toMatch(/^Handling: "lots" is not a number/);
  });

  test("blank rows are skipped; row numbers are the sheet's", () => {
    const values = sheet(row(), [], ["", null, "  "], row({ SKU: "LAST" }));
    const rows = checkShipment(values, settings).rows;
    expect(rows.map((r) => [r.row, r.sku])).toEqual([
      [4, "LAMP-9"],
      [7, "LAST"],
    ]);
    expect(checkShipment(values, settings, { firstRowNumber: 10 }).rows[0].row).toBe(13);
  });
});
