import { existsSync } from "fs";
import { join } from "path";
import { DIST, ExcelError, loadFunctions } from "./excel-host";

/** The built bundle, called as Excel calls it. `npm test` builds dist/ first (pretest). */
const built = existsSync(join(DIST, "functions.js")) && existsSync(join(DIST, "functions.json"));
if (!built)
  throw new Error("dist/functions.js is missing: run `npm run build` (npm test does it in pretest)");
const excel = loadFunctions();
const call = excel.call;

const valueError = (message: RegExp) =>
  expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(message) });
const notAvailable = (message: RegExp) =>
  expect.objectContaining({ code: "#N/A", message: expect.stringMatching(message) });

describe("the bundle as Excel loads it", () => {
  test("every function of functions.json is associated, and nothing else", () => {
    expect([...excel.associated.keys()].sort()).toEqual(excel.metadata.map((f) => f.id).sort());
  });

  test("design.md section 2: names, argument order and shapes", () => {
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
    expect(signature("ALLOCATE")).toEqual(["total", "weights[][]", "quantities?[][]"]);
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
          [5, null],
          ["", 7],
        ],
        [["3,5"]],
        [[null]],
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
    ["an unreadable duty", [100, "DE", 0, 0, 0, "lots"], valueError(/^dutyRate: "lots" is not a duty rate/)],
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
  const excelDate = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;

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
    expect(call("ALLOCATE", 100, [[0], [null]])).toEqual(valueError(/^weights: every weight is 0/));
    expect(call("ALLOCATE", 100, [[1], ["heavy"]])).toEqual(
      valueError(/^weights \(line 2\): the text "heavy" is not a number/),
    );
    expect(call("ALLOCATE", -5, [[1]])).toEqual(valueError(/^total: -5 is negative/));
  });

  test("FINE counts distinct HS codes however written", () => {
    expect(call("FINE", [["9405 21 40"], ["94052140"], ["851762"], [null]])).toBe(500);
    expect(call("FINE", [["94052140"]], 2)).toBe(500);
    expect(call("FINE", [["94052140"], ["851762"]], 1, 300)).toBe(600);
    expect(call("FINE", [["94052140"]], 3)).toEqual(notAvailable(/^offence: a third offence blacklists/));
    expect(call("FINE", [["94052140"]], 4)).toEqual(valueError(/^offence: 4 is not 1, 2 or 3/));
  });

  test("TOEUR: 299 SEK at 11.39 is EUR 26.25", () => {
    expect(call("TOEUR", 299, 11.39)).toBe(26.25);
    expect(call("TOEUR", 299, 0)).toEqual(valueError(/^unitsPerEuro: 0 is not more than 0/));
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
            if (item instanceof ExcelError) expect(item.message.length).toBeGreaterThan(10);
            else if (typeof item === "number") expect(Number.isFinite(item)).toBe(true);
            else expect(["string", "boolean"]).toContain(typeof item);
          }
        }
      }
    }
  });
});
