import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../src/engine";
import { SheetProblem } from "../../src/sheet";
import { type SheetView } from "../../taskpane/actions/sheet-source";
import { Cancelled, PaneProblem } from "../../taskpane/excel-adapter";
import { isDarkColour, themeOf } from "../../taskpane/theme";
import { plainError } from "../../taskpane/ui";
import { ACTION_BUTTONS, ELEMENT_IDS } from "../../taskpane/ui-controls";
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

test("errors in plain words", () => {
  expect(plainError(new PaneProblem("Column U is the user's."))).toBe("Column U is the user's.");
  expect(plainError(new SheetProblem("No header row"))).toBe("No header row");
  expect(plainError(new InputError("Freight total", "noShipmentTotals", "enterOneShipmentTotal"))).toBe(
    "Freight total: all are empty. Enter at least one total (freight, last mile or handling) to share",
  );
  expect(plainError(new Cancelled())).toBe("Cancelled while reading the sheet: nothing was written.");
  expect(plainError({ code: "ItemNotFound", message: "The requested resource doesn't exist." })).toBe(
    "Excel could not finish the request (ItemNotFound: The requested resource doesn't exist.). Nothing after the last completed step was written; try again, and if it happens again, save the workbook and reopen it.",
  );
  expect(plainError(new Error("boom"))).toBe("Something went wrong: boom. Nothing more was written.");
});

test("every element the pane uses is on the page, once, and every action has its button", () => {
  const page = fs.readFileSync(path.join(__dirname, "../../taskpane/taskpane.html"), "utf8");
  const onPage = [...page.matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]);
  const ids = (table: object): string[] =>
    Object.values(table).flatMap((value: unknown) =>
      typeof value === "string" ? [value] : ids(value as object),
    );
  const used = [...ids(ELEMENT_IDS), ...Object.values(ACTION_BUTTONS).map((button) => button.id)];
  expect(new Set(used).size).toBe(used.length);
  for (const id of used) expect([id, onPage.filter((found) => found === id).length]).toEqual([id, 1]);
  for (const id of Object.values(ACTION_BUTTONS).map((button) => button.id))
    expect(page).toMatch(new RegExp(`<button id="${id}" type="button"`));
});
