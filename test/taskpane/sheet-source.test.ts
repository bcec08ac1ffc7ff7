/**
 * Reading the sheet, without Excel: the header row and the mapping the pane shows, the cells an action reads, links
 * behind =HYPERLINK formulas, where new columns go, the audit sheet, and the sheet logic's words when the sheet
 * cannot be read.
 */
import { AUDIT_COLUMNS, REQUIRED_FIELDS, SheetProblem, sheetLayout } from "../../src/sheet";
import {
  inspect,
  isUnreadable,
  readRequest,
  readSheet,
  selectionSource,
} from "../../taskpane/actions/sheet-source";
import { isRefusal } from "../../taskpane/actions/action-result";
import { checkTargets, planCheck } from "../../taskpane/actions/check";
import { ExcelBatch } from "../../taskpane/excel-adapter";
import { FakeExcel } from "./fake-excel";
import { inputsFor, outlineOf, sheetRead, viewOf, type Worksheet } from "./sheet-cells";

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

  test("without a header row, the sheet logic's words, as sheetLayout says them, and the cells read", () => {
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
    expect(isUnreadable(outline) && outline.problem).toBe(
      `${(thrown as SheetProblem).message} (read Shipment!A1:A2).`,
    );
  });

  test("a header row without a price column is still the header: the actions that need no price stay open", () => {
    const values = [
      ["SKU", "Destination", "Quantity", "Unit weight", "Verkaufswert"],
      ["A-1", "DE", 2, 0.5, 24.99],
    ];
    const view = viewOf({ values });
    expect(view.headers.map((header) => header.text)).toEqual(values[0]);
    expect(view.mapped.price).toBeUndefined();
    const needPrice =
      'Check shipment, Pro forma and VAT statement need a "Selling price" column: choose it under Columns.';
    expect(view.unavailable).toEqual({ check: needPrice, proForma: needPrice, vatStatement: needPrice });
    // Fill VAT rates reads the sheet; Check shipment is refused with the sheet logic's words.
    expect(sheetRead({ values }, nothing, ["destination"]).layout.columns.destination).toBe(1);
    expect(() => sheetRead({ values }, nothing)).toThrow(/No "Selling price" column/);
  });

  test("the user's pick of the price column makes the header row, even when the sheet names no other column", () => {
    const values = [
      ["Artikel", "Land", "Verkaufswert"],
      ["A-1", "DE", 24.99],
    ];
    expect(isUnreadable(outlineOf({ values }))).toBe(true);
    const view = viewOf({ values, mapping: { price: "Verkaufswert", destination: "Land" } });
    expect(view.mapped).toMatchObject({ price: 2, destination: 1 });
    expect(view.unavailable).toEqual({
      shareCosts: 'Share costs needs a "Unit weight kg" column: choose it under Columns.',
    });
  });

  test("Unit price, Listing price and Item price are the VAT-inclusive price per unit", () => {
    for (const header of ["Unit price", "Listing price", "Item price", "Sale price", "Price"])
      expect(
        viewOf({
          values: [
            ["SKU", "Destination", header],
            ["A-1", "DE", 10],
          ],
        }).mapped.price,
      ).toBe(2);
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

describe("a selection of whole columns or whole rows (issue 9)", () => {
  const cells = [
    HEADER,
    ["LAMP-1", "DE", "https://www.amazon.de/dp/B08N5WRWNW", 119, 70],
    ["MUG-2", "FR", "", 12, 5],
  ];
  const ROWS = 1_048_576;
  const COLUMNS = 16_384;
  const wholeColumns = { row: 0, column: 0, rowCount: ROWS, columnCount: 11 }; // A:K
  const wholeRows = { row: 0, column: 0, rowCount: 3, columnCount: COLUMNS }; // 1:3
  const selection = { source: { kind: "selection" as const } };

  test("is the selection within the used cells", () => {
    const used = { row: 0, column: 0, rowCount: 3, columnCount: 5 };
    expect(selectionSource(wholeColumns, used)).toEqual(used);
    expect(selectionSource(wholeRows, used)).toEqual(used);
    expect(selectionSource({ row: 1, column: 2, rowCount: ROWS - 1, columnCount: 2 }, used)).toEqual({
      row: 1,
      column: 2,
      rowCount: 2,
      columnCount: 2,
    });
    expect(selectionSource({ row: 10, column: 0, rowCount: 5, columnCount: 5 }, used)).toBeUndefined();
  });

  test.each([
    ["A:K", wholeColumns],
    ["1:3", wholeRows],
  ])(
    "%s: the pane shows, reads and would write the used cells only, never 1,048,576 rows",
    async (_, rect) => {
      const excel = new FakeExcel(cells, { selection: rect });
      const batch = new ExcelBatch(excel.context(), { cancelled: () => false, progress: () => undefined });
      const view = await inspect(batch, selection);
      expect(view.sourceLabel).toBe("Shipment!A1:E3");
      const read = await readSheet(batch, selection, checkTargets, REQUIRED_FIELDS);
      expect(read.sheet.source).toEqual({ row: 0, column: 0, rowCount: 3, columnCount: 5 });
      expect(read.lastSourceRow).toBe(2);
      expect(read.values).toHaveLength(3);
      // Check shipment's results, number formats and status colours: rows 2–3 only.
      const plan = await planCheck(read, inputsFor({ vatDeferral: false }).settings);
      if (isRefusal(plan) || "question" in plan) throw new Error("refused or asked");
      for (const write of plan.writes) expect(write.row + write.values.length).toBeLessThanOrEqual(3);
      for (const format of plan.formats) expect(format.row + format.rowCount).toBeLessThanOrEqual(3);
      expect(plan.statusColouring?.clear).toMatchObject({ row: 1, rowCount: 2 });
      for (const { reads } of excel.requests)
        for (const block of reads) {
          expect(block.row + block.rowCount).toBeLessThanOrEqual(3);
          expect(block.column + block.columnCount).toBeLessThanOrEqual(11);
        }
    },
  );

  test("a selection outside the used cells is refused with words, before anything is read", async () => {
    const excel = new FakeExcel(cells, { selection: { row: 20, column: 0, rowCount: 5, columnCount: 3 } });
    const batch = new ExcelBatch(excel.context(), { cancelled: () => false, progress: () => undefined });
    await expect(inspect(batch, selection)).rejects.toThrow(
      /The selection \(A21:C25\) holds none of the cells in use on sheet "Shipment"/,
    );
  });
});
