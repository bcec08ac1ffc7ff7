import { InputError } from "../../src/engine";
import { SheetProblem } from "../../src/sheet";
import { type SheetView, readCostTotals } from "../../taskpane/actions";
import { Cancelled, PaneProblem } from "../../taskpane/excel-adapter";
import { isDarkColour, themeOf } from "../../taskpane/theme";
import { plainError } from "../../taskpane/ui";
import { correctedMapping } from "../../taskpane/ui-mapping";

test("the theme follows Office, by its flag or by the background colour", () => {
  expect(themeOf({ isDarkTheme: true })).toBe("dark");
  expect(themeOf({ bodyBackgroundColor: "#1F1F1F" })).toBe("dark");
  expect(themeOf({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
  expect(themeOf(undefined)).toBeUndefined();
  expect(isDarkColour("not a colour")).toBeUndefined();
});

test("mapping corrections are kept by header text and dropped when they equal the detection", () => {
  const view = {
    detected: { sku: 0, description: 1 },
    headers: [
      { column: 0, letter: "A", text: "SKU" },
      { column: 1, letter: "B", text: "Product" },
      { column: 5, letter: "F", text: "Notes" },
    ],
  } as unknown as SheetView;
  expect(correctedMapping({}, view, "description", "5")).toEqual({ description: "Notes" });
  expect(correctedMapping({ description: "Notes" }, view, "description", "1")).toEqual({});
  expect(correctedMapping({}, view, "sku", "")).toEqual({ sku: null });
});

test("shipment totals for Share costs", () => {
  const { costs, shipment } = readCostTotals({
    freight: "1.250,50",
    lastMile: "",
    handling: "80",
    shipment: " LGG-1 ",
  });
  expect([costs.freight.toNumber(), costs.lastMile.toNumber(), costs.handling.toNumber(), shipment]).toEqual([
    1250.5,
    0,
    80,
    "LGG-1",
  ]);
  expect(() => readCostTotals({ freight: "", lastMile: "", handling: "", shipment: "" })).toThrow(
    "Shipment totals: all are empty. Enter at least one total",
  );
  expect(() => readCostTotals({ freight: "lots", lastMile: "", handling: "", shipment: "" })).toThrow(
    'Freight total: "lots" is not an amount. Enter the shipment\'s total in EUR, e.g. 1250.00',
  );
  expect(() => readCostTotals({ freight: "-3", lastMile: "", handling: "", shipment: "" })).toThrow(
    "Freight total: -3 is negative",
  );
});

test("errors in plain words", () => {
  expect(plainError(new PaneProblem("Column U is the user's."))).toBe("Column U is the user's.");
  expect(plainError(new SheetProblem("No header row"))).toBe("No header row");
  expect(plainError(new InputError("Freight total", "x", "y"))).toBe("Freight total: x. y");
  expect(plainError(new Cancelled())).toBe("Cancelled while reading the sheet: nothing was written.");
  expect(plainError({ code: "ItemNotFound", message: "The requested resource doesn't exist." })).toBe(
    "Excel could not finish the request (ItemNotFound: The requested resource doesn't exist.). Nothing after the last completed step was written; try again, and if it happens again, save the workbook and reopen it.",
  );
  expect(plainError(new Error("boom"))).toBe("Something went wrong: boom. Nothing more was written.");
});
