import fc from "fast-check";
import {
  type CellValue,
  type RowCheck,
  type Settings,
  UNCALCULATED_FIX,
  checkShipment,
  readSettings,
} from "../../src/sheet";
import { HEADER, row, settings, sheet } from "./sample";

/** Never a silently wrong number: each cell is read right or refused with the column and the fix named. */
const checkRows = (rows: CellValue[][], options: Settings = settings): readonly RowCheck[] =>
  checkShipment(sheet(...rows), options).rows;
const check = (cells: CellValue[], options: Settings = settings): RowCheck => checkRows([cells], options)[0];

describe("a number that reads two ways is read with its column's decimal mark, or refused", () => {
  test("a column that writes decimal commas reads 1.299 as 1299", () => {
    const [television, lamp] = checkRows([
      row({ "Prix TTC": "1.299", "Declared value": "700,00" }),
      row({ "Prix TTC": "49,90" }),
    ]);
    expect(television.lines?.price.toFixed(2)).toBe("1299.00");
    expect(television.flags).toContain("UNDER_DECLARED");
    expect(lamp.lines?.price.toFixed(2)).toBe("49.90");
  });

  test("a column that writes decimal points reads 1.299 as 1.299", () => {
    const [first] = checkRows([row({ Commission: "1.299" }), row({ Commission: "4.99" })]);
    expect(first.lines?.commission.toFixed(2)).toBe("1.30");
  });

  test("a column without evidence takes the sheet's other number columns", () => {
    const result = check(row({ "Prix TTC": "1.299", Freight: "0,80", "Declared value": "800,00" }));
    expect(result.lines?.price.toFixed(2)).toBe("1299.00");
  });

  test("with no evidence either way the cell is refused with both readings", () => {
    const result = check(row({ "Prix TTC": "1.299" }));
    expect(result.status).toBe("ERROR");
    expect(result.explanation).toMatch(
      /^Prix TTC: "1\.299" can be read as 1299 or as 1\.299\. Write it so that it reads one way/,
    );
  });

  test("number cells say nothing about how text is written", () => {
    const result = check(row({ "Prix TTC": "1.299", Freight: 0.8 }));
    expect(result.flags).toContain("INVALID_INPUT");
  });

  test("a column whose texts disagree decides nothing", () => {
    const [first] = checkRows([
      row({ Commission: "1.299", Freight: "0,80" }),
      row({ Commission: "4,99" }),
      row({ Commission: "4.99" }),
    ]);
    expect(first.explanation).toMatch(/Commission: "1\.299" can be read as 1299 or as 1\.299/);
  });
});

describe("a currency in a cell is converted or refused, never dropped", () => {
  const withRates = readSettings({ declarationDate: "2026-11-21", exchangeRates: { SEK: 11.39 } });

  test("330 SEK is converted with the customs rate", () => {
    const result = check(
      row({ "Prix TTC": "330 SEK", Destination: "SE", "VAT number": "SE556703748501" }),
      withRates,
    );
    expect(result.lines?.price.toFixed(2)).toBe("28.97"); // 330 / 11.39
  });

  test("without a rate the row is refused, naming a plausible rate for that currency", () => {
    expect(check(row({ "Prix TTC": "89 zł" })).explanation).toMatch(
      /Prix TTC in PLN has no exchange rate: give the customs rate in units per EUR \(e\.g\. PLN=4\.33\)/,
    );
    expect(check(row({ "Prix TTC": "PLN 120" })).flags).toContain("INVALID_INPUT");
  });

  test.each([
    ["€ 49,90", "49.90"],
    ["49.90 EUR", "49.90"],
  ])("%p is an amount in EUR", (text, price) => {
    expect(check(row({ "Prix TTC": text })).lines?.price.toFixed(2)).toBe(price);
  });

  test("a cell's currency that contradicts the row's Currency column is refused", () => {
    const header = ["SKU", "Destination", "Selling price", "Currency"];
    const result = checkShipment([header, ["A", "SE", "€ 12,50", "SEK"]], withRates).rows[0];
    expect(result.explanation).toMatch(
      /Selling price is in € but Currency is SEK: write all amounts of a row in one currency\./,
    );
  });

  test("a sign several currencies use needs the Currency column", () => {
    expect(check(row({ "Prix TTC": "49 kr" })).explanation).toMatch(
      /Prix TTC: "kr" can be SEK, DKK, NOK or ISK: write the ISO code \(e\.g\. SEK\)/,
    );
    const header = ["SKU", "Destination", "Selling price", "Currency"];
    const result = checkShipment([header, ["A", "SE", "49 kr", "SEK"]], withRates).rows[0];
    expect(result.lines?.price.toFixed(2)).toBe("4.30");
  });

  test("$9.99 is in USD", () => {
    expect(check(row({ "Prix TTC": "$9.99" })).explanation).toMatch(/USD has no exchange rate.*USD=1\.06/);
  });
});

describe("amounts no product has are refused on their row", () => {
  test.each<[string, CellValue, RegExp]>([
    ["1E308 as text", "1E308", /too large/],
    ["1E308 as a number", 1e308, /too large/],
    ["10^12", 1e12, /too large/],
    ["16 significant digits", "1234567890.123456", /more than 15 significant digits/],
    ["a percentage", "12%", /"12%" is a percentage, not an amount/],
  ])("%s", (_, price, problem) => {
    const result = check(row({ "Prix TTC": price }));
    expect(result.status).toBe("ERROR");
    expect(result.explanation).toMatch(problem);
  });

  test("a number cell is read to the 15 significant digits Excel shows", () => {
    expect(check(row({ "Prix TTC": 49.900000000000006 })).lines?.price.toString()).toBe("49.9");
  });

  test("a percentage in the Commission column is the commission rate", () => {
    expect(check(row({ Commission: "10 %" })).lines?.commission.toFixed(2)).toBe("4.99");
  });
});

describe("formula cells without a saved result are refused, never read as empty", () => {
  test.each(["Declared value", "Qty", "Commission", "Destination"])("in %s", (column) => {
    const result = check(row({ [column]: { formula: "VLOOKUP(A4,Prices!A:B,2,0)" } }));
    expect(result.flags).toContain("INVALID_INPUT");
    expect(result.explanation).toContain(
      `${column}: the formula =VLOOKUP(A4,Prices!A:B,2,0) has no saved result, or its result is an error. ${UNCALCULATED_FIX}`,
    );
  });
});

describe("a declared value above the selling price", () => {
  test("is flagged as a likely line total", () => {
    const result = check(row({ "Prix TTC": 39.99, "Declared value": 2399.4 }));
    expect(result.flags).toContain("DECLARED_ABOVE_PRICE");
    expect(result.status).toBe("REVIEW");
    expect(result.explanation).toContain(
      "Declared EUR 2,399.40 is above the selling price EUR 39.99: is it a line total? Declare the value per unit.",
    );
  });

  test("a declared value at the price is no line total", () => {
    expect(check(row({ "Prix TTC": 39.99, "Declared value": 39.99 })).flags).not.toContain(
      "DECLARED_ABOVE_PRICE",
    );
  });
});

describe("a row's result never depends on the rows read before it", () => {
  const cells = fc.constantFrom<CellValue>(0, -0, "0", "-0", "-0.00", "0,00", 1.5, "1,50", "1.299", "", null);

  test("negative zero does not poison later zeros", () => {
    const declared = { "Declared value": 40 };
    const rows = checkRows([
      row({ ...declared, Freight: -0 }),
      row({ ...declared, Freight: 0 }),
      row({ ...declared, Freight: "-0,00" }),
      row({ ...declared, Freight: "0" }),
    ]);
    expect(rows.map((result) => result.status)).toEqual(["OK", "OK", "OK", "OK"]);
  });

  /** The sheet logic as a fresh process has it: module-level caches empty, so the first value read is first. */
  function freshCheck(rows: CellValue[][]): readonly RowCheck[] {
    let fresh: typeof import("../../src/sheet") | undefined;
    jest.isolateModules(() => {
      fresh = jest.requireActual<typeof import("../../src/sheet")>("../../src/sheet");
    });
    if (fresh === undefined) throw new Error("no sheet module");
    return fresh.checkShipment(sheet(...rows), fresh.readSettings({ declarationDate: "2026-11-21" })).rows;
  }

  test("shuffled rows give the same per-row results, each order read by a fresh process", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            freight: cells,
            packaging: cells,
            price: fc.constantFrom<CellValue>(49.9, "49,90", "-0"),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (shapes, keys) => {
          const rows = shapes.map((shape, index) =>
            row({
              SKU: `S${index}`,
              Freight: shape.freight,
              Packaging: shape.packaging,
              "Prix TTC": shape.price,
              Shipment: null,
            }),
          );
          const shuffled = rows
            .map((cells, index) => ({ cells, key: keys[index] }))
            .sort((a, b) => a.key - b.key)
            .map(({ cells }) => cells);
          const bySku = (results: readonly RowCheck[]) =>
            Object.fromEntries(
              results.map((result) => [
                result.sku,
                [result.status, result.explanation, result.inverseValue?.toString()],
              ]),
            );
          expect(bySku(freshCheck(shuffled))).toEqual(bySku(freshCheck(rows)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("review findings: no plausible wrong number", () => {
  const withRates = readSettings({ declarationDate: "2026-11-21", exchangeRates: { SEK: 11.39 } });
  const header = ["SKU", "Destination", "Selling price", "Commission", "Freight"];

  test("without a Currency column, a currency in one cell is the currency of the row's plain amounts", () => {
    const result = checkShipment([header, ["A", "SE", "330 SEK", "49.50", 0]], withRates).rows[0];
    expect(result.lines?.commission.toFixed(2)).toBe("4.35"); // 49.50 SEK, not EUR 49.50
  });

  test("a row whose cells name two currencies refuses its plain amounts", () => {
    const result = checkShipment([header, ["A", "SE", "330 SEK", "€ 4,99", "2.00"]], withRates).rows[0];
    expect(result.explanation).toContain(
      "Freight has no currency, and this row's amounts are in several: write the currency in every amount",
    );
  });

  test("a price that a tiny exchange rate makes 10^12 EUR or more is refused", () => {
    const tiny = readSettings({ declarationDate: "2026-11-21", exchangeRates: { SEK: 0.000001 } });
    const result = checkShipment([header, ["A", "SE", "2000000 SEK", 0, 0]], tiny).rows[0];
    expect(result.explanation).toMatch(/too large in EUR/);
  });

  test("an invalid date is refused, not a crash", () => {
    const dated = [...header, "Date"];
    const result = checkShipment([dated, ["A", "SE", "330 SEK", 0, 0, new Date(Number.NaN)]], withRates)
      .rows[0];
    expect(result.explanation).toContain("Date: the cell holds no valid date");
  });
});

describe("a currency in a money column's header is the currency of its amounts, never read as EUR", () => {
  const withRates = readSettings({
    declarationDate: "2026-11-21",
    exchangeRates: { USD: 1.06, CNY: 7.65 },
  });
  const checked = (header: readonly CellValue[], cells: CellValue[], options: Settings = withRates) =>
    checkShipment([[...header], cells], options).rows[0];

  test.each([
    ["Selling price ($)", "$"],
    ["Price $", "$"],
    ["Price$", "$"],
    ["Selling price (USD)", "USD"],
    ["Selling price USD", "USD"],
    ["Prix (en USD)", "USD"],
    ["售价（美元）", "美元"],
  ])("%s: 106 is USD 106, EUR 100 at the customs rate", (priceHeader) => {
    const result = checked(["SKU", "Destination", priceHeader, "Commission"], ["A", "DE", 106, 0]);
    expect(result.lines?.price.toFixed(2)).toBe("100.00");
  });

  test("the header's currency is that of the row's plain amounts too, as a currency in a cell is", () => {
    const header = ["SKU", "Destination", "Selling price ($)", "Commission", "Declared value"];
    const result = checked(header, ["A", "DE", 106, 10.6, 21.2]);
    expect(result.lines?.commission.toFixed(2)).toBe("10.00");
    expect(result.explanation).toContain("Declared EUR 20.00");
  });

  test("a header in EUR (Price (EUR), Preis in €, Prix TTC (€)) reads the amounts as they are", () => {
    for (const priceHeader of ["Selling price (EUR)", "Preis in €", "Prix TTC (€)", "售价(欧元)"])
      expect(checked(["SKU", "Destination", priceHeader], ["A", "DE", 119]).lines?.price.toFixed(2)).toBe(
        "119.00",
      );
  });

  test("without the customs rate, the header's currency is refused, naming the column and the rate to give", () => {
    const result = checked(["SKU", "Destination", "Selling price ($)"], ["A", "DE", 106], settings);
    expect(result.status).toBe("ERROR");
    expect(result.explanation).toContain(
      "Selling price ($) in USD has no exchange rate: give the customs rate in units per EUR (e.g. USD=1.06)",
    );
  });

  test("a cell that names another currency than its header is refused: which is right, only the user knows", () => {
    const result = checked(["SKU", "Destination", "Selling price ($)"], ["A", "DE", "EUR 119"]);
    expect(result.status).toBe("ERROR");
    expect(result.explanation).toContain(
      "Selling price ($): the amount is in EUR but the column's header says $: write every amount of this column in $",
    );
    // A cell that says what the header says is read.
    expect(
      checked(["SKU", "Destination", "Selling price ($)"], ["A", "DE", "106 USD"]).lines?.price.toFixed(2),
    ).toBe("100.00");
  });

  test("a sign of several currencies (¥) is refused, unless the Currency column or the cell says which", () => {
    const header = ["SKU", "Destination", "售价(¥)"];
    expect(checked(header, ["A", "DE", 765]).explanation).toContain('"¥" can be CNY or JPY');
    expect(checked([...header, "Currency"], ["A", "DE", 765, "CNY"]).lines?.price.toFixed(2)).toBe("100.00");
    expect(checked(["SKU", "Destination", "售价(CNY)"], ["A", "DE", "¥765"]).lines?.price.toFixed(2)).toBe(
      "100.00",
    );
  });

  test("a header's currency that the Currency column contradicts is refused", () => {
    const result = checked(["SKU", "Destination", "Selling price ($)", "Currency"], ["A", "DE", 106, "CNY"]);
    expect(result.explanation).toContain("Selling price ($) is in $ but Currency is CNY");
  });

  test("a column the user picked keeps its header's currency", () => {
    const result = checkShipment(
      [
        ["SKU", "Destination", "Quantity", "Amount (USD)"],
        ["A", "DE", 1, 106],
      ],
      withRates,
      { overrides: { price: 3 } },
    ).rows[0];
    expect(result.lines?.price.toFixed(2)).toBe("100.00");
  });
});

describe("a text date that reads either way is read day first, or refused where its column writes dates month first", () => {
  const dated = (...dates: CellValue[]) =>
    checkShipment(
      [[...HEADER, "Date"], ...dates.map((date, index) => [...row({ SKU: `LAMP-${index}` }), date])],
      settings,
    ).rows;

  test("07/01/2026 is 7 January, as the product's users write dates", () => {
    expect(dated("07/01/2026", "25/12/2026").map((checked) => checked.date)).toEqual([
      "2026-01-07",
      "2026-12-25",
    ]);
  });

  test("beside 12/25/2026 it is refused with both readings, wherever that date is in the column", () => {
    for (const rows of [
      dated("07/01/2026", "12/25/2026"),
      [...dated("12/25/2026", "07/01/2026")].reverse(),
    ]) {
      const [either, monthFirst] = rows;
      expect(either.status).toBe("ERROR");
      expect(either.explanation).toBe(
        'Date "07/01/2026" is 2026-01-07 read day first and 2026-07-01 read month first, and the column also has ' +
          '"12/25/2026", which is a date only read month first (as US exports write dates): write the date as YYYY-MM-DD.',
      );
      expect(monthFirst.explanation).toMatch(/^Date: "12\/25\/2026" is not a date\. Write it as YYYY-MM-DD/);
    }
  });

  test("a date that reads one way only, or as the same day either way, is read as it is", () => {
    const [iso, sameDay, serial] = dated("2026-07-01", "01/01/2026", 46204, "12/25/2026");
    expect([iso.date, sameDay.date, serial.date]).toEqual(["2026-07-01", "2026-01-01", "2026-07-01"]);
    for (const checked of [iso, sameDay, serial]) expect(checked.flags).not.toContain("INVALID_INPUT");
  });

  test("in each of the five languages", () => {
    for (const language of ["fr", "nl", "de", "zh"] as const) {
      const [either] = checkShipment(
        [
          [...HEADER, "Date"],
          [...row(), "07/01/2026"],
          [...row(), "12/25/2026"],
        ],
        readSettings({ declarationDate: "2026-11-21", language }),
      ).rows;
      expect(either.explanation).toContain("2026-01-07");
      expect(either.explanation).toContain("2026-07-01");
      expect(either.explanation).toContain("12/25/2026");
      // The format as each language writes it (AAAA-MM-JJ in French, as the engine's own fix says).
      expect(either.explanation).toMatch(/YYYY-MM-DD|AAAA-MM-JJ/);
    }
  });
});
