import {
  formatAddress,
  formatRect,
  parseRect,
  quoteSheetName,
  rect,
  splitSheet,
  subtract,
} from "./model/address";
import { parseCellInput } from "./model/cell-input";
import { formatText, generalText } from "./model/number-format";

describe("A1 addresses", () => {
  test("parse and format cells, ranges, whole columns and rows", () => {
    expect(parseRect("$B$2:D5")).toEqual(rect(1, 1, 4, 3));
    expect(parseRect("D5:B2")).toEqual(rect(1, 1, 4, 3));
    expect(formatRect(parseRect("A:C")!)).toBe("A:C");
    expect(formatRect(parseRect("3:7")!)).toBe("3:7");
    expect(formatRect(parseRect("A:XFD")!)).toBe("1:1048576");
    expect(formatRect(rect(0, 16383, 1, 1))).toBe("XFD1");
    expect(formatRect(rect(0, 26, 1, 1))).toBe("AA1");
    for (const bad of ["A", "5", "A0", "XFE1", "A1048577", "A1:B2:C3", "1A"])
      expect(parseRect(bad)).toBeUndefined();
  });

  test("sheet names are quoted when Excel quotes them", () => {
    expect(quoteSheetName("Sheet1")).toBe("Sheet1");
    expect(quoteSheetName("My Sheet")).toBe("'My Sheet'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("2024")).toBe("'2024'");
    expect(formatAddress("Pro forma", rect(0, 0, 2, 2))).toBe("'Pro forma'!A1:B2");
    expect(splitSheet("'O''Brien'!C3")).toEqual({ sheet: "O'Brien", reference: "C3" });
  });

  test("subtracting a rectangle leaves up to four pieces", () => {
    expect(subtract(rect(0, 0, 10, 1), rect(3, 0, 2, 1)).map(formatRect)).toEqual(["A1:A3", "A6:A10"]);
    expect(subtract(rect(0, 0, 3, 3), rect(1, 1, 1, 1)).map(formatRect)).toEqual([
      "A1:C1",
      "A3:C3",
      "A2",
      "C2",
    ]);
    expect(subtract(rect(0, 0, 2, 2), rect(5, 5, 1, 1)).map(formatRect)).toEqual(["A1:B2"]);
  });
});

describe("typed input", () => {
  test.each([
    ["12", { kind: "constant", value: 12 }],
    [" 1e3 ", { kind: "constant", value: 1000 }],
    ["12.50%", { kind: "constant", value: 0.125, numberFormat: "0.00%" }],
    ["false", { kind: "constant", value: false }],
    ["#div/0!", { kind: "constant", value: { error: "#DIV/0!" } }],
    ["3/1/2024", { kind: "constant", value: 45352, numberFormat: "m/d/yyyy" }],
    ["2024-02-30", { kind: "constant", value: "2024-02-30" }],
    ["=", { kind: "constant", value: "=" }],
    ["-", { kind: "constant", value: "-" }],
    ["BE0123456789", { kind: "constant", value: "BE0123456789" }],
  ])("%j", (input, expected) => {
    expect(parseCellInput(input, "General")).toEqual(expected);
  });

  test("a cell with its own number format keeps it", () => {
    expect(parseCellInput("50%", "0.000")).toEqual({ kind: "constant", value: 0.5 });
  });

  test("objects and over-long text are refused", () => {
    expect(() => parseCellInput({ a: 1 }, "General")).toThrow();
    expect(() => parseCellInput("x".repeat(32_768), "General")).toThrow();
  });
});

describe("number formats", () => {
  test("General keeps at most 11 characters", () => {
    expect(generalText(1 / 3)).toBe("0.333333333");
    expect(generalText(123456789012)).toBe("1.23457E+11");
    expect(generalText(-0.5)).toBe("-0.5");
    expect(generalText(0.000000000123)).toBe("1.23E-10");
  });

  test("common codes", () => {
    expect(formatText(21.7, "0.00")).toBe("21.70");
    expect(formatText(-1234.567, "#,##0.00")).toBe("-1,234.57");
    expect(formatText(0.4349, "0.00%")).toBe("43.49%");
    expect(formatText(12, '"EUR" #,##0.00')).toBe("EUR 12.00");
    expect(formatText(12, "[$€-x-euro2] #,##0.00")).toBe("€ 12.00");
    expect(formatText(12, "@")).toBe("12");
    expect(formatText(45352, "d mmm yyyy")).toBe("1 Mar 2024");
    expect(formatText(0.4, "#.00")).toBe(".40");
  });
});
