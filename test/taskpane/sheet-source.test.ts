/**
 * Reading the sheet, without Excel: the header row and the mapping the pane shows, the cells an action reads, links
 * behind =HYPERLINK formulas, where new columns go, the audit sheet, and the sheet logic's words when the sheet
 * cannot be read.
 */
import { AUDIT_COLUMNS, SheetProblem, sheetLayout } from "../../src/sheet";
import { isUnreadable, readRequest } from "../../taskpane/actions/sheet-source";
import { outlineOf, sheetRead, viewOf, type Worksheet } from "./sheet-cells";

const HEADER = ["SKU", "Destination", "Sales link", "Selling price", "Declared value"];
const nothing = () => ({ newColumns: 0, writtenColumns: [] });

describe("the sheet the pane shows", () => {
  test("finds the header row below a title and names the source, its headers and the columns found", () => {
    const view = viewOf({ values: [["Shipment LGG-1"], [], HEADER, ["A", "DE", "", 10, 5]] });
    expect(view.sourceLabel).toBe("Shipment!A1:E4");
    expect(view.headers.map((header) => `${header.letter} ${header.text}`)).toEqual([
      "A SKU",
      "B Destination",
      "C Sales link",
      "D Selling price",
      "E Declared value",
    ]);
    expect(view.mapped).toMatchObject({ sku: 0, destination: 1, salesLink: 2, price: 3, declaredValue: 4 });
    expect(view.problems).toEqual([]);
  });

  test("the user's corrections of the mapping are used; the detected columns stay shown", () => {
    const view = viewOf({ values: [HEADER, ["A", "DE", "", 10, 5]], mapping: { sku: null } });
    expect(view.mapped.sku).toBeUndefined();
    expect(view.detected.sku).toBe(0);
  });

  test("a missing required column is a problem in the sheet logic's words", () => {
    expect(
      viewOf({
        values: [
          ["SKU", "Selling price"],
          ["A", 10],
        ],
      }).problems,
    ).toEqual([expect.stringMatching(/^No "Destination" column: name a column "Destination"/)]);
  });

  test("without a header row, the sheet logic's words, as sheetLayout says them", () => {
    const values = [["Notes"], ["nothing here"]];
    const outline = outlineOf({ values });
    expect(isUnreadable(outline)).toBe(true);
    let thrown: unknown;
    try {
      sheetLayout(values);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SheetProblem);
    expect(isUnreadable(outline) && outline.problem).toBe((thrown as SheetProblem).message);
  });
});

describe("the cells an action reads", () => {
  test("the block and the formulas of the columns it writes, and of the link columns", () => {
    const outline = outlineOf({ values: [HEADER, ["A", "DE", "", 10, 5]] });
    if (isUnreadable(outline)) throw new Error(outline.problem);
    expect(readRequest(outline, { newColumns: 0, writtenColumns: [4] })).toEqual({
      rows: { first: 0, last: 1 },
      columns: { left: 0, right: 4 },
      formulaColumns: [4, 2],
      appendColumns: [],
      linkColumns: [2],
    });
  });

  test("a sales link written as =HYPERLINK(url, label) is read as its link", () => {
    const read = sheetRead(
      {
        values: [HEADER, ["A", "DE", "Listing", 10, 5]],
        formulas: { C2: '=HYPERLINK("https://www.amazon.de/dp/B08N5WRWNW","Listing")' },
      },
      nothing,
    );
    expect(JSON.stringify(read.values[1][2])).toContain("https://www.amazon.de/dp/B08N5WRWNW");
  });

  test("new columns go next to the data when those cells are empty, else right of everything used", () => {
    const targets = () => ({ newColumns: 2, writtenColumns: [] });
    const rows = [HEADER, ["A", "DE", "", 10, 5]];
    expect(sheetRead({ values: rows }, targets).appendStart).toBe(5);
    const noted: Worksheet = {
      values: rows.map((row, i) => [...row, i === 1 ? "my note" : null]),
      source: { row: 0, column: 0, rowCount: 2, columnCount: 5 },
    };
    expect(sheetRead(noted, targets).appendStart).toBe(6);
  });
});

describe("the audit line", () => {
  test("goes after the lines of an Audit sheet with the add-in's header", () => {
    const outline = outlineOf({
      values: [HEADER],
      otherSheets: ["Audit"],
      audit: { name: "Audit", header: [...AUDIT_COLUMNS], nextRow: 4 },
    });
    expect(!isUnreadable(outline) && outline.audit).toEqual({ name: "Audit", nextRow: 4 });
  });

  test("goes to a new sheet when the user's Audit sheet is something else", () => {
    const outline = outlineOf({
      values: [HEADER],
      otherSheets: ["Audit"],
      audit: { name: "Audit", header: ["My notes"], nextRow: 9 },
    });
    expect(!isUnreadable(outline) && outline.audit).toEqual({ name: "Audit (2)" });
  });
});
