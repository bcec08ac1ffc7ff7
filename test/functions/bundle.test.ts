import { existsSync } from "fs";
import { join } from "path";
import { BLANK, DIST, ExcelError, HOSTS, loadFunctions } from "./excel-host";

/** The built bundle, called as Excel calls it. `npm test` builds dist/ first (pretest). */
const built = existsSync(join(DIST, "functions.js")) && existsSync(join(DIST, "functions.json"));
if (!built)
  throw new Error("dist/functions.js is missing: run `npm run build` (npm test does it in pretest)");

const valueError = (message: RegExp) =>
  expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(message) });
const notAvailable = (message: RegExp) =>
  expect.objectContaining({ code: "#N/A", message: expect.stringMatching(message) });
const excelDate = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** Data types as Excel passes them to `any` parameters (shapes of Excel.CellValue, ExcelApi 1.16). */
const geography = (text: string) => ({
  type: "LinkedEntity",
  text,
  id: { entityId: `geo:${text}`, domainId: "Geography", serviceId: 268435456, culture: "en-US" },
  properties: { Population: { type: "Double", basicValue: 83_000_000 } },
  basicType: "Error",
  basicValue: "#VALUE!",
});
const formatted = (basicValue: number, numberFormat: string) => ({
  type: "FormattedNumber",
  basicValue,
  numberFormat,
});
const double = (basicValue: number) => ({ type: "Double", basicValue });
const text = (basicValue: string) => ({ type: "String", basicValue });
const errorValue = (basicValue: string, errorType: string) => ({ type: "Error", errorType, basicValue });

describe.each(HOSTS)("$name", (host) => {
  const excel = loadFunctions(host);
  const call = excel.call;

  describe("the bundle as Excel loads it", () => {
    test("every function of functions.json is associated, and nothing else", () => {
      expect([...excel.associated.keys()].sort()).toEqual(excel.metadata.map((f) => f.id).sort());
    });

    test("docs/contracts.md, Custom functions: names, argument order and shapes", () => {
      const signature = (id: string) =>
        excel.metadata
          .find((f) => f.id === id)
          ?.parameters.map(
            (p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[][]" : ""}`,
          );
      const line = [
        "price",
        "vat",
        "platformCosts[][]",
        "transportCosts[][]",
        "handlingCosts[][]",
        "dutyRate",
        "specificDuty?[][]",
      ];
      expect(signature("INVERSEVALUE")).toEqual(line);
      expect(signature("DECLRATIO")).toEqual(line);
      expect(signature("DEDUCTIONS")).toEqual(line);
      expect(signature("VATRATE")).toEqual(["country", "date?"]);
      expect(signature("LINKCOUNTRY")).toEqual(["url"]);
      expect(signature("MARKETPLACE")).toEqual(["url"]);
      expect(signature("PRODUCTID")).toEqual(["url"]);
      expect(signature("GTINVALID")).toEqual(["code"]);
      expect(signature("TOEUR")).toEqual(["amount", "unitsPerEuro"]);
      expect(signature("ALLOCATE")).toEqual(["total", "weights[][]", "quantities?[][]"]);
      expect(signature("IMPORTVAT")).toEqual(["value[][]", "duty[][]", "incidentalCosts[][]", "vat?"]);
      expect(excel.metadata.find((f) => f.id === "DEDUCTIONS")?.result).toEqual({
        type: "number",
        dimensionality: "matrix",
      });
      expect(excel.metadata.find((f) => f.id === "ALLOCATE")?.result).toEqual({
        type: "number",
        dimensionality: "matrix",
      });
    });

    test("every function and parameter has a description for autocomplete; none is volatile, streaming or async", () => {
      for (const f of excel.metadata) {
        expect(f.description.length).toBeGreaterThan(20);
        for (const p of f.parameters)
          expect([f.id, p.name, (p.description?.length ?? 0) > 10]).toEqual([f.id, p.name, true]);
        expect(f.options ?? {}).toEqual({});
      }
    });
  });

  describe("functions that default to today (non-volatile: Excel does not recalculate them as days pass)", () => {
    /** One call of every function, with a country where the function takes a vat or a country. */
    const CALLS: Record<string, unknown[]> = {
      INVERSEVALUE: [125.5, "FI", 0, 0, 0, 0.1],
      DECLRATIO: [125.5, "FI", 0, 0, 0, 0.1],
      DEDUCTIONS: [125.5, "FI", 0, 0, 0, 0.1],
      DUTY: [125.5, "FI", 0, 0, 0, 0.1],
      NETPRICE: [125.5, "FI"],
      VATRATE: ["FI"],
      LINKCOUNTRY: ["https://www.amazon.fi/dp/B08N5WRWNW"],
      ASIN: ["https://www.amazon.de/dp/B08N5WRWNW"],
      MARKETPLACE: ["https://allegro.pl/oferta/powerbank-12345678901"],
      PRODUCTID: ["https://www.ebay.de/itm/123456789012"],
      GTINVALID: ["4006381333931"],
      HSCODE: ["9405 21 40"],
      VATNUMBERVALID: ["FI20774740", "FI"],
      ALLOCATE: [100, [[1], [2]]],
      FINE: [[["940521"], ["420292"]]],
      TOEUR: [299, 11.39],
      IMPORTVAT: [100, 12, 3.5, "FI"],
    };
    // Finland's standard rate went from 24 % to 25.5 % on 2024-09-01.
    const before = loadFunctions(host, { now: new Date("2024-08-31T12:00:00Z") });
    const after = loadFunctions(host, { now: new Date("2024-09-01T12:00:00Z") });
    const readsToday = Object.keys(CALLS).filter(
      (id) => JSON.stringify(before.call(id, ...CALLS[id])) !== JSON.stringify(after.call(id, ...CALLS[id])),
    );

    test("the calls above cover every function, and find the ones that read today's date", () => {
      expect(Object.keys(CALLS).sort()).toEqual(excel.metadata.map((f) => f.id).sort());
      expect(readsToday.sort()).toEqual([
        "DECLRATIO",
        "DEDUCTIONS",
        "DUTY",
        "IMPORTVAT",
        "INVERSEVALUE",
        "NETPRICE",
        "VATRATE",
      ]);
    });

    test("each of them says in functions.json to pass TODAY() or a date, and is still not volatile", () => {
      for (const id of readsToday) {
        const f = excel.metadata.find((item) => item.id === id)!;
        expect({ id, description: f.description }).toEqual({
          id,
          description: expect.stringMatching(
            /does not recalculate as days pass.*TODAY\(\).* or (a|the) date/,
          ),
        });
        const dated = f.parameters.find((p) => p.name === "vat" || p.name === "date")!;
        expect({ id, parameter: dated.description }).toEqual({
          id,
          parameter: expect.stringMatching(/TODAY\(\)/),
        });
        expect(f.options ?? {}).toEqual({});
      }
    });

    test("a date or a rate given keeps the result put: VATRATE(country, date), or the rate as vat", () => {
      const onDate = excelDate("2024-08-31");
      expect(before.call("VATRATE", "FI", onDate)).toBe(after.call("VATRATE", "FI", onDate));
      const rate = after.call("VATRATE", "FI", onDate);
      expect(after.call("INVERSEVALUE", 125.5, rate, 0, 0, 0, 0.1)).toBe(
        before.call("INVERSEVALUE", 125.5, "FI", 0, 0, 0, 0.1),
      );
    });
  });

  describe("INVERSEVALUE, DECLRATIO, DEDUCTIONS, DUTY", () => {
    test('the issue\'s example: =CUSTOMS.INVERSEVALUE(B2, "DE", C2:D2, E2:G2, H2, 12%)', () => {
      // N0 = 119 / 1.19 = 100; C = 11.90 + 0.10; T = 3 + 1 + 2.5; H = 0.5; V = (100 − 19) / 1.12 = 72.32
      expect(call("INVERSEVALUE", 119, "DE", [[11.9, 0.1]], [[3, 1, 2.5]], 0.5, 0.12)).toBe(72.32);
      expect(call("DUTY", 119, "DE", [[11.9, 0.1]], [[3, 1, 2.5]], 0.5, 0.12)).toBe(8.68);
      expect(call("DECLRATIO", 119, "DE", [[11.9, 0.1]], [[3, 1, 2.5]], 0.5, 0.12)).toBeCloseTo(
        72.32 / 119,
        12,
      );
      expect(call("DEDUCTIONS", 119, "DE", [[11.9, 0.1]], [[3, 1, 2.5]], 0.5, 0.12)).toEqual([
        [19, 12, 6.5, 0.5, 8.68, 72.32],
      ]);
    });

    test("published figures: 100.00 at 19 % is net 84.03 with VAT 15.97; 121.00 at 21 % is 100.00", () => {
      expect(call("DEDUCTIONS", 100, 0.19, 0, 0, 0, 0)).toEqual([[15.97, 0, 0, 0, 0, 84.03]]);
      expect(call("INVERSEVALUE", 121, "BE", 0, 0, 0, 0)).toBe(100);
      expect(call("NETPRICE", 100, 0.19)).toBe(84.03);
    });

    test("watermelons: specific duty 1.14, commission 1.50, inland transport 0.85 → 11.51", () => {
      expect(call("INVERSEVALUE", 15, 0, 1.5, 0.85, 0, 0, 1.14)).toBe(11.51);
    });

    test("ranges are summed, empty cells count 0, text numbers and percentages are read", () => {
      expect(
        call(
          "INVERSEVALUE",
          "119,00",
          "19%",
          [
            [5, BLANK],
            ["", 7],
          ],
          [["3,5"]],
          [[BLANK]],
          "12 %",
        ),
      ).toBe(call("INVERSEVALUE", 119, 0.19, 12, 3.5, 0, 0.12));
    });

    test("MIN/MAX duties written as the tariff writes them", () => {
      expect(call("DUTY", 20, 0, 0, 0, 0, "4 % MIN 2.00")).toBe(2);
      expect(call("INVERSEVALUE", 20, 0, 0, 0, 0, "4 % MIN 2.00")).toBe(18);
    });

    test("DEDUCTIONS always adds up to the price", () => {
      const row = call(
        "DEDUCTIONS",
        49.9,
        "FR",
        [[4.99, 0.3]],
        [[0.8, 1.2, 3.07]],
        0.45,
        0.047,
        0.2,
      ) as number[][];
      expect(Math.round(row[0].reduce((a, b) => a + b, 0) * 100)).toBe(4990);
    });

    test.each([
      [
        "text where a number belongs",
        ["abc", "DE", 0, 0, 0, 0],
        valueError(/^price: the text "abc" is not a number\. Enter the VAT-inclusive/),
      ],
      ["an empty price", [null, "DE", 0, 0, 0, 0], valueError(/^price: it is empty/)],
      ["an empty-string price", ["", "DE", 0, 0, 0, 0], valueError(/^price: it is empty/)],
      ["a zero price", [0, "DE", 0, 0, 0, 0], valueError(/^price: 0 is not more than 0/)],
      ["a negative price", [-5, "DE", 0, 0, 0, 0], valueError(/^price: -5 is not more than 0/)],
      [
        "a negative cost",
        [100, "DE", -1, 0, 0, 0],
        valueError(/^platformCosts: -1 is negative\. Enter costs as positive/),
      ],
      [
        "text in a cost range",
        [100, "DE", [[1, "x"]], 0, 0, 0],
        valueError(/^platformCosts \(cell 2 of the range\): the text "x" is not a number/),
      ],
      ["VAT written as 19", [100, 19, 0, 0, 0, 0], valueError(/^vat: .* Write 19 % or 0\.19/)],
      ["VAT written as text 19", [100, "19", 0, 0, 0, 0], valueError(/^vat: .* Write 19 % or 0\.19/)],
      ["duty written as 12", [100, "DE", 0, 0, 0, 12], valueError(/^dutyRate: .* Write 12 % or 0\.12/)],
      [
        "an empty duty rate",
        [100, "DE", 0, 0, 0, null],
        valueError(/^dutyRate: it is empty\. Enter 0 for duty-free goods/),
      ],
      [
        "an unreadable duty",
        [100, "DE", 0, 0, 0, "lots"],
        valueError(/^dutyRate: "lots" is not a duty rate/),
      ],
      ["an unknown country", [100, "XX", 0, 0, 0, 0], notAvailable(/^vat: "XX" is not a country we know/)],
      ["a non-EU country", [100, "GB", 0, 0, 0, 0], notAvailable(/^vat: GB is outside the EU/)],
      [
        "deductions larger than the net price",
        [10, "DE", 5, 5, 0, 0],
        valueError(
          /the deductions and duty leave no value: the price without VAT is 8\.40\. Check that the costs are per unit/,
        ),
      ],
      ["a boolean price", [true, "DE", 0, 0, 0, 0], valueError(/^price: true is not a number/)],
    ])("%s gives an error naming the argument and the fix", (_case, args, expected) => {
      for (const id of ["INVERSEVALUE", "DECLRATIO", "DEDUCTIONS", "DUTY"]) {
        const result = call(id, ...args);
        expect(result).toBeInstanceOf(ExcelError);
        expect(result).toEqual(expected);
      }
    });
  });

  describe("VATRATE, LINKCOUNTRY, ASIN, HSCODE, VATNUMBERVALID", () => {
    test('=CUSTOMS.VATRATE("FI", DATE(2024,8,31)) is 24 %, a day later 25.5 %', () => {
      expect(call("VATRATE", "FI", excelDate("2024-08-31"))).toBe(0.24);
      expect(call("VATRATE", "fi", excelDate("2024-09-01"))).toBe(0.255);
      expect(call("VATRATE", "EL", "2024-01-01")).toBe(0.24);
      expect(call("VATRATE", "Germany", excelDate("2020-08-01"))).toBe(0.16);
    });

    test("VATRATE without a date uses today", () => {
      expect(call("VATRATE", "RO")).toBe(0.21);
    });

    test("VATRATE errors", () => {
      expect(call("VATRATE", "FI", excelDate("2019-06-30"))).toEqual(
        notAvailable(/^date: the VAT table begins on 2020-01-01/),
      );
      expect(call("VATRATE", "US")).toEqual(notAvailable(/^country: US is outside the EU/));
      expect(call("VATRATE", null)).toEqual(valueError(/^country: it is empty/));
      expect(call("VATRATE", "DE", "soon")).toEqual(valueError(/^date: "soon" is not a date/));
    });

    test("LINKCOUNTRY", () => {
      expect(call("LINKCOUNTRY", "https://www.amazon.com.be/dp/B08N5WRWNW")).toBe("BE");
      expect(call("LINKCOUNTRY", "https://www.amazon.co.uk/dp/B08N5WRWNW")).toBe("GB");
      expect(call("LINKCOUNTRY", "https://shop.example.com/x")).toEqual(
        notAvailable(/^url: shop\.example\.com is not a marketplace we know/),
      );
      expect(call("LINKCOUNTRY", "no link")).toEqual(valueError(/^url: this is not a web link/));
      expect(call("LINKCOUNTRY", null)).toEqual(valueError(/^url: it is empty/));
    });

    test("LINKCOUNTRY beyond Amazon: the store's country from its domain, path or host; never a guess", () => {
      expect(call("LINKCOUNTRY", "https://www.bol.com/be/nl/p/boek/9200000012345678/")).toBe("BE");
      expect(call("LINKCOUNTRY", "https://befr.ebay.be/itm/123456789012")).toBe("BE");
      expect(call("LINKCOUNTRY", "https://allegro.cz/oferta/powerbank-12345678901")).toBe("CZ");
      expect(call("LINKCOUNTRY", "https://de.shein.com/T-Shirt-p-12345678.html")).toBe("DE");
      expect(call("LINKCOUNTRY", "https://www.aliexpress.com/item/1005001234567890.html")).toEqual(
        notAvailable(/^url: the AliExpress link does not say which country's store it is/),
      );
      expect(call("LINKCOUNTRY", "https://amzn.eu/d/4xYz9Qp")).toEqual(
        notAvailable(/^url: amzn\.eu is a short link.*Paste the full product link/),
      );
    });

    test("MARKETPLACE names the store", () => {
      expect(call("MARKETPLACE", "https://www.amazon.de/dp/B08N5WRWNW")).toBe("Amazon.de");
      expect(call("MARKETPLACE", "https://www.bol.com/nl/nl/p/boek/9200000012345678/")).toBe("bol.com");
      expect(call("MARKETPLACE", "https://allegro.pl/oferta/powerbank-12345678901")).toBe("Allegro.pl");
      expect(call("MARKETPLACE", "https://nl.fnac.be/a17372829/")).toBe("Fnac.be");
      expect(call("MARKETPLACE", "https://www.aliexpress.com/item/1005001234567890.html")).toBe("AliExpress");
      expect(call("MARKETPLACE", "https://shop.example.com/x")).toEqual(
        notAvailable(/^url: shop\.example\.com is not a marketplace we know/),
      );
    });

    test("PRODUCTID reads each marketplace's product number; a search page has none", () => {
      expect(call("PRODUCTID", "https://www.amazon.fr/dp/B08N5WRWNW")).toBe("B08N5WRWNW");
      expect(call("PRODUCTID", "https://www.bol.com/nl/nl/p/boek/9200000012345678/")).toBe(
        "9200000012345678",
      );
      expect(call("PRODUCTID", "https://www.ebay.de/itm/Kopfhoerer/123456789012?hash=1")).toBe(
        "123456789012",
      );
      expect(call("PRODUCTID", "https://allegro.pl/oferta/powerbank-10000-mah-12345678901")).toBe(
        "12345678901",
      );
      expect(call("PRODUCTID", "https://www.emag.bg/lampa/pd/DX1234ABC/")).toBe("DX1234ABC");
      expect(call("PRODUCTID", "https://www.ebay.de/sch/i.html?_nkw=kopfhoerer")).toEqual(
        notAvailable(/^url: this eBay\.de link is not a product page \(no eBay item number in it\)/),
      );
    });

    test("GTINVALID checks the length and the GS1 check digit", () => {
      // GS1's examples: EAN-13 4006381333931; UPC-A 036000291452 (a number cell loses its leading 0); GTIN-8 96385074.
      expect(call("GTINVALID", "4006381333931")).toBe(true);
      expect(call("GTINVALID", "4 006381 333931")).toBe(true);
      expect(call("GTINVALID", 36000291452)).toBe(true);
      expect(call("GTINVALID", "96385074")).toBe(true);
      expect(call("GTINVALID", "4006381333932")).toBe(false);
      expect(call("GTINVALID", "400638133393")).toBe(false);
      expect(call("GTINVALID", "EAN 4006381333931")).toBe(false);
      expect(call("GTINVALID", null)).toEqual(valueError(/^code: it is empty/));
    });

    test("ASIN and HSCODE", () => {
      expect(call("ASIN", "https://www.amazon.de/Lamp/dp/B08N5WRWNW/ref=x")).toBe("B08N5WRWNW");
      expect(call("ASIN", "https://www.amazon.de/s?k=lamp")).toEqual(notAvailable(/^url: no ASIN/));
      expect(call("HSCODE", "9405 21 40")).toBe("94052140");
      expect(call("HSCODE", 9012100)).toBe("09012100");
      expect(call("HSCODE", "94052")).toEqual(valueError(/^code: 94052 has 5 digits, not 6, 8 or 10/));
    });

    test("VATNUMBERVALID checks format and check digits, and the country when given", () => {
      expect(call("VATNUMBERVALID", "DE136695976")).toBe(true);
      expect(call("VATNUMBERVALID", "DE136695977")).toBe(false);
      expect(call("VATNUMBERVALID", "EL094259216", "GR")).toBe(true);
      expect(call("VATNUMBERVALID", "DE136695976", "FR")).toBe(false);
      expect(call("VATNUMBERVALID", "")).toEqual(valueError(/^vatNumber: it is empty/));
    });
  });

  describe("ALLOCATE, FINE, TOEUR", () => {
    test("=CUSTOMS.ALLOCATE(1200, W2:W4, Q2:Q4) gives a column in cents that add up", () => {
      expect(call("ALLOCATE", 1200, [[0.5], [2], [1]], [[4], [1], [1]])).toEqual([[480], [480], [240]]);
      expect(call("ALLOCATE", 100, [[1], [1], [1]])).toEqual([[33.34], [33.33], [33.33]]);
      expect(call("ALLOCATE", 10, [[1, 1]])).toEqual([[5], [5]]);
    });

    test("ALLOCATE errors", () => {
      expect(call("ALLOCATE", 100, [[1], [1]], [[1]])).toEqual(
        valueError(/^quantities: 1 cells for 2 weights/),
      );
      expect(call("ALLOCATE", 100, [[0], [BLANK]])).toEqual(valueError(/^weights: every weight is 0/));
      expect(call("ALLOCATE", 100, [[1], ["heavy"]])).toEqual(
        valueError(/^weights \(line 2\): the text "heavy" is not a number/),
      );
      expect(call("ALLOCATE", -5, [[1]])).toEqual(valueError(/^total: -5 is negative/));
    });

    test("FINE counts distinct HS codes however written", () => {
      expect(call("FINE", [["9405 21 40"], ["94052140"], ["851762"], [BLANK]])).toBe(500);
      expect(call("FINE", [["94052140"]], 2)).toBe(500);
      expect(call("FINE", [["94052140"], ["851762"]], 1, 300)).toBe(600);
      expect(call("FINE", [["94052140"]], 3)).toEqual(notAvailable(/^offence: a third offence blacklists/));
      expect(call("FINE", [["94052140"]], 4)).toEqual(valueError(/^offence: 4 is not 1, 2 or 3/));
    });

    test("IMPORTVAT: value 100, duty 12, incidental costs 3.50 in Belgium is 24.26 (domain.md section 11)", () => {
      expect(call("IMPORTVAT", 100, 12, 3.5)).toBe(24.26);
      expect(call("IMPORTVAT", 100, 12, 3.5, "BE")).toBe(24.26);
      expect(call("IMPORTVAT", 100, 12, 3.5, 0.21)).toBe(24.26);
      // Ranges are summed: freight 2.00 and handling 1.50.
      expect(call("IMPORTVAT", [[100]], [[12]], [[2], [1.5], [BLANK]], "21 %")).toBe(24.26);
      expect(call("IMPORTVAT", 100, 12, 3.5, "DE")).toBe(21.95);
    });

    test("IMPORTVAT errors name the argument and the fix", () => {
      expect(call("IMPORTVAT", -100, 12, 3.5)).toEqual(valueError(/^value: -100 is negative/));
      expect(call("IMPORTVAT", 100, 12, [[1], [-2]])).toEqual(
        valueError(/^incidentalCosts \(cell 2 of the range\): -2 is negative/),
      );
      expect(call("IMPORTVAT", 100, 12, 3.5, 21)).toEqual(valueError(/^vat: 21 /));
      // An unknown country is #N/A, as in the other functions that take a country.
      expect(call("IMPORTVAT", 100, 12, 3.5, "XX")).toEqual(
        notAvailable(/^vat: "XX" is not a country we know/),
      );
    });

    test("TOEUR: 299 SEK at 11.39 is EUR 26.25", () => {
      expect(call("TOEUR", 299, 11.39)).toBe(26.25);
      expect(call("TOEUR", 299, 0)).toEqual(valueError(/^unitsPerEuro: 0 is not a rate/));
    });

    test('TOEUR with "BGN" or "HRK" converts at the irrevocable rate of the euro changeover', () => {
      expect(call("TOEUR", 195.58, "BGN")).toBe(100);
      expect(call("TOEUR", 100, "bgn")).toBe(51.13);
      expect(call("TOEUR", 753.45, "HRK")).toBe(100);
      expect(call("TOEUR", 299, "SEK")).toEqual(
        valueError(/^unitsPerEuro: SEK has no fixed rate to the euro.*\(HRK, BGN\)/),
      );
    });
  });

  describe("issue 8: a number written as text is read one way or refused; a currency is never dropped", () => {
    test("an amount in another currency is refused, with the way to convert it", () => {
      expect(call("INVERSEVALUE", "330 SEK", "SE", 0, 0, 0, 0)).toEqual(
        valueError(/^price: "330 SEK" is in SEK\. Convert it to EUR first, e\.g\. with CUSTOMS\.TOEUR/),
      );
      expect(call("INVERSEVALUE", 119, "DE", [["49 kr"]], 0, 0, 0)).toEqual(
        valueError(/is in SEK or DKK or NOK or ISK/),
      );
      expect(call("INVERSEVALUE", "€ 119,00", "DE", 0, 0, 0, 0)).toBe(100);
      expect(call("TOEUR", "299 SEK", 11.39)).toBe(26.25);
    });

    test("a number that reads two ways names both readings", () => {
      expect(call("INVERSEVALUE", "1.299", "DE", 0, 0, 0, 0)).toEqual(
        valueError(/^price: "1\.299" can be read as 1299 or as 1\.299/),
      );
      expect(call("INVERSEVALUE", "1.299,00", "DE", 0, 0, 0, 0)).toBe(1091.6);
    });

    test("a percentage is no amount", () => {
      expect(call("INVERSEVALUE", "12%", "DE", 0, 0, 0, 0)).toEqual(
        valueError(/^price: "12%" is a percentage, not an amount/),
      );
      expect(call("INVERSEVALUE", 119, "DE", [["5 %"]], 0, 0, 0)).toEqual(
        valueError(/is a percentage, not an amount/),
      );
    });

    test("an amount from 10^12 on is refused", () => {
      expect(call("INVERSEVALUE", "1E308", "DE", 0, 0, 0, 0)).toEqual(valueError(/too large/));
    });
  });

  describe("never NaN, Infinity or a silent 0", () => {
    const odd = [
      null,
      "",
      "abc",
      true,
      false,
      -1,
      0,
      1e308,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      [[null]],
      [["x"]],
      0.5,
      "DE",
      BLANK,
      [[BLANK]],
      geography("Germany"),
      formatted(0.19, "0%"),
      errorValue("#DIV/0!", "Div0"),
      {
        type: "WebImage",
        address: "https://example.com/lamp.png",
        basicType: "Error",
        basicValue: "#VALUE!",
      },
      { type: "Empty", basicValue: "" },
      {},
    ];
    test("every function, given odd values in every argument, returns a finite result or an Excel error", () => {
      for (const f of excel.metadata) {
        for (let index = 0; index < f.parameters.length; index++) {
          for (const value of odd) {
            const args: unknown[] = f.parameters.map((p) =>
              p.name === "vat" || p.name === "country"
                ? "DE"
                : p.name === "url"
                  ? "https://www.amazon.de/dp/B08N5WRWNW"
                  : 1,
            );
            args[index] = value;
            const result = call(f.id, ...args);
            const flat = Array.isArray(result) ? result.flat() : [result];
            for (const item of flat) {
              if (item instanceof ExcelError) {
                expect(item.message.length).toBeGreaterThan(10);
                expect(item.message).not.toContain("[object Object]");
              } else if (typeof item === "number") expect(Number.isFinite(item)).toBe(true);
              else expect(["string", "boolean"]).toContain(typeof item);
            }
          }
        }
      }
    });
  });

  describe("issue 8: an empty cell is never a silently wrong number", () => {
    const today = (country: string) =>
      call("VATRATE", country, excelDate(new Date().toISOString().slice(0, 10)));

    test("FINE: an empty cell in the range is no HS code", () => {
      expect(call("FINE", [["9405 21 40"], ["94052140"], ["851762"], [BLANK]])).toBe(500);
      expect(call("FINE", [[BLANK], [BLANK]])).toBe(0);
    });

    test("FINE: an empty offence is a first offence, an empty fine per code the practice default", () => {
      const codes = [["94052140"], ["851762"]];
      expect(call("FINE", codes, null, BLANK)).toBe(500);
      expect(call("FINE", codes, BLANK)).toBe(500);
      expect(call("FINE", codes, BLANK, BLANK)).toBe(500);
      expect(call("FINE", codes, 2, BLANK)).toBe(1000);
      expect(call("FINE", codes, 1, -5)).toEqual(valueError(/^finePerHsCode: -5 is not more than 0/));
    });

    test("ALLOCATE: an empty quantity counts 1, on every host", () => {
      expect(call("ALLOCATE", 100, [[1], [1]], [[BLANK], [2]])).toEqual([[33.33], [66.67]]);
      expect(call("ALLOCATE", 100, [[1], [1]], [[0], [2]])).toEqual([[33.33], [66.67]]);
      // A line with no share: weight 0 (an empty weight is 0 too).
      expect(call("ALLOCATE", 100, [[0], [1]], [[5], [2]])).toEqual([[0], [100]]);
      expect(call("ALLOCATE", 100, [[BLANK], [1]])).toEqual([[0], [100]]);
    });

    test("VATRATE: an empty date is today; VATNUMBERVALID: an empty country is no country", () => {
      expect(call("VATRATE", "DE", BLANK)).toBe(today("DE"));
      expect(call("VATRATE", "DE", BLANK)).toBe(0.19);
      expect(call("VATNUMBERVALID", "DE136695976", BLANK)).toBe(true);
      expect(call("VATNUMBERVALID", "DE136695977", BLANK)).toBe(false);
    });

    test("text arguments: an empty cell is empty, not the text 0", () => {
      expect(call("VATRATE", BLANK)).toEqual(valueError(/^country: it is empty/));
      expect(call("VATNUMBERVALID", BLANK)).toEqual(valueError(/^vatNumber: it is empty/));
      expect(call("LINKCOUNTRY", BLANK)).toEqual(valueError(/^url: it is empty/));
      expect(call("ASIN", BLANK)).toEqual(valueError(/^url: it is empty/));
      expect(call("HSCODE", BLANK)).toEqual(valueError(/^code: it is empty/));
    });

    test("FINE: a cell that is no HS code is an error, not a code of no digits", () => {
      expect(call("FINE", [["94052140"], ["HS code"]])).toEqual(
        valueError(/^hsCodes \(cell 2 of the range\): "HS code" has characters other than digits/),
      );
      expect(call("FINE", [["94052140"], [true]])).toEqual(
        valueError(/^hsCodes \(cell 2 of the range\): true is not an HS code/),
      );
    });

    test("FINE counts one code written at three precisions once (distinctHsCodes)", () => {
      expect(call("FINE", [["420292"], ["42029291"], ["4202929100"]])).toBe(250);
      expect(call("FINE", [["420292"], ["42029291"], ["42029299"]])).toBe(500);
    });

    test("where 0 is a meaningful value, an empty cell on desktop is that 0", () => {
      // A duty rate, a VAT rate and an amount can be 0: desktop cannot be told apart from a blank.
      const line = call("INVERSEVALUE", 119, "DE", 0, 0, 0, 0);
      if (host.blankCell === null) {
        expect(call("INVERSEVALUE", 119, "DE", 0, 0, 0, BLANK)).toEqual(valueError(/^dutyRate: it is empty/));
        expect(call("INVERSEVALUE", BLANK, "DE", 0, 0, 0, 0)).toEqual(valueError(/^price: it is empty/));
      } else {
        expect(call("INVERSEVALUE", 119, "DE", 0, 0, 0, BLANK)).toBe(line);
        expect(call("INVERSEVALUE", BLANK, "DE", 0, 0, 0, 0)).toEqual(
          valueError(/^price: 0 is not more than 0/),
        );
      }
      expect(call("INVERSEVALUE", 119, "DE", [[BLANK, BLANK]], BLANK, [[BLANK]], 0, BLANK)).toBe(line);
    });
  });

  describe("issue 8: data types (allowCustomDataForDataTypeAny) read as their text or basic value", () => {
    test("functions.json lets data types through to `any` parameters", () => {
      expect(excel.allowCustomDataForDataTypeAny).toBe(true);
    });

    test("a Geography cell is its name; formatted numbers are their numbers", () => {
      expect(
        call(
          "INVERSEVALUE",
          formatted(119, "€ #,##0.00"),
          geography("Germany"),
          [[double(11.9), formatted(0.1, "0.00")]],
          [[3, formatted(1, "0.00"), 2.5]],
          formatted(0.5, "0.00"),
          formatted(0.12, "0%"),
        ),
      ).toBe(72.32);
      expect(call("VATRATE", geography("Finland"), formatted(excelDate("2024-09-01"), "yyyy-mm-dd"))).toBe(
        0.255,
      );
      expect(call("NETPRICE", 121, { type: "Entity", text: "Belgium", properties: {} })).toBe(100);
      expect(call("NETPRICE", 100, formatted(0.19, "0%"))).toBe(84.03);
    });

    test("text and empty data types, in scalars and ranges", () => {
      expect(call("HSCODE", text("9405 21 40"))).toBe("94052140");
      expect(call("VATNUMBERVALID", text("DE136695976"), geography("Germany"))).toBe(true);
      expect(call("LINKCOUNTRY", text("https://www.amazon.com.be/dp/B08N5WRWNW"))).toBe("BE");
      expect(
        call("FINE", [[text("94052140")], [{ type: "Empty", basicValue: "" }], [formatted(851762, "0")]]),
      ).toBe(500);
      expect(call("ALLOCATE", formatted(100, "€ 0.00"), [[formatted(1, '0.0 "kg"')], [double(1)]])).toEqual([
        [50],
        [50],
      ]);
      expect(call("TOEUR", formatted(299, '0 "SEK"'), double(11.39))).toBe(26.25);
    });

    test("an entity where a number belongs names it and how to get one of its fields", () => {
      const stock = { type: "LinkedEntity", text: "Microsoft Corporation", id: { entityId: "MSFT" } };
      expect(call("INVERSEVALUE", stock, "DE", 0, 0, 0, 0)).toEqual(
        valueError(/^price: the data type "Microsoft Corporation" is not a number\. .*e\.g\. A2\.Price/),
      );
      expect(call("INVERSEVALUE", 119, geography("Germany"), geography("Germany"), 0, 0, 0)).toEqual(
        valueError(/^platformCosts: the data type "Germany" is not a number/),
      );
    });

    test("an error value, an image or an unknown object is refused by name, never [object Object]", () => {
      expect(call("INVERSEVALUE", errorValue("#DIV/0!", "Div0"), "DE", 0, 0, 0, 0)).toEqual(
        valueError(/^price: the cell holds #DIV\/0!\. Correct that cell first, or enter the VAT-inclusive/),
      );
      const image = {
        type: "WebImage",
        address: "https://example.com/a.png",
        basicType: "Error",
        basicValue: "#VALUE!",
      };
      expect(call("INVERSEVALUE", 119, image, 0, 0, 0, 0)).toEqual(
        valueError(/^vat: a WebImage data type has no value to read here/),
      );
      expect(call("VATRATE", "DE", {})).toEqual(valueError(/^date: an object has no value to read here/));
      expect(call("VATRATE", "DE", { type: "Boolean", basicValue: true })).toEqual(
        valueError(/^date: true is not a date/),
      );
    });
  });
});
