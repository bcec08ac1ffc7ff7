import { type CellValue, formatFilledVatRates, mapColumns, readSettings } from "../../src/sheet";
import { readRecord, recordedOutputColumns, recordedVatRates } from "../../taskpane/ownership";
import { filledAfterWrite, ownVatRates, planVatRates } from "../../taskpane/vat-plan";

/** The pane's plan for VAT rates it filled before (issue 8): its own while they hold what it wrote. */
const HEADER = ["SKU", "Destination", "Selling price", "VAT rate"];
const layout = mapColumns(HEADER, 0);
const august = readSettings({ declarationDate: "2024-08-31" });
const september = readSettings({ declarationDate: "2024-09-01" });
const rows = (...lines: [string, string, CellValue][]): CellValue[][] => [
  HEADER,
  ...lines.map(([sku, destination, vat]) => [sku, destination, 49.9, vat]),
];

describe("VAT rates the add-in filled", () => {
  test("a first fill fills the empty cells only", () => {
    const values = rows(["A", "FI", null], ["B", "FI", 0.14]);
    const own = ownVatRates(values, layout, new Map(), 1);
    const plan = planVatRates(values, layout, own, august, { firstRowNumber: 1, fillEmpty: true });
    expect(plan.writes).toEqual([{ index: 1, row: 2, value: 0.24 }]);
    expect(plan.newlyFilled).toBe(1);
  });

  test("a new declaration date works out again the add-in's rates; the user's stay", () => {
    // Rows 2 and 3 were filled with 24 %; the user typed 0.1 over row 3 since, and 14 % in row 4.
    const recorded = new Map([
      [2, 0.24],
      [3, 0.24],
    ]);
    const values = rows(["A", "FI", 0.24], ["B", "FI", 0.1], ["C", "FI", 0.14]);
    const own = ownVatRates(values, layout, recorded, 1);
    expect(own.ownRows).toEqual([1]);
    const plan = planVatRates(values, layout, own, september, { firstRowNumber: 1, fillEmpty: false });
    expect(plan.writes).toEqual([{ index: 1, row: 2, value: 0.255 }]);
    expect(plan.refreshed).toBe(1);
    expect(filledAfterWrite(recorded, own, 1, plan.writes)).toEqual(new Map([[2, 0.255]]));
  });

  test("a corrected destination gets its rate; a destination removed clears the add-in's rate", () => {
    const recorded = new Map([
      [2, 0.24],
      [3, 0.24],
    ]);
    const values = rows(["A", "DE", 0.24], ["B", "", 0.24]);
    const own = ownVatRates(values, layout, recorded, 1);
    const plan = planVatRates(values, layout, own, august, { firstRowNumber: 1, fillEmpty: false });
    expect(plan.writes).toEqual([
      { index: 1, row: 2, value: 0.19 },
      { index: 2, row: 3, value: "" },
    ]);
    expect([plan.refreshed, plan.cleared]).toEqual([1, 1]);
    expect(filledAfterWrite(recorded, own, 1, plan.writes)).toEqual(new Map([[2, 0.19]]));
  });

  test("rates that are still right are not written again; a formula is never the add-in's", () => {
    const recorded = new Map([[2, 0.24]]);
    const values = rows(["A", "FI", 0.24]);
    const own = ownVatRates(values, layout, recorded, 1);
    expect(planVatRates(values, layout, own, august, { firstRowNumber: 1, fillEmpty: true }).writes).toEqual(
      [],
    );
    const formula = ownVatRates(values, layout, recorded, 1, () => "=0.24");
    expect(formula.ownRows).toEqual([]);
  });

  test("an empty-looking cell with a formula is left alone and named", () => {
    const values = rows(["A", "FI", ""]);
    const own = ownVatRates(values, layout, new Map(), 1);
    const plan = planVatRates(values, layout, own, august, {
      firstRowNumber: 1,
      fillEmpty: true,
      formulaAt: () => '=IF(B2="","",0.24)',
    });
    expect(plan.writes).toEqual([]);
    expect(plan.formulaRows).toEqual([2]);
  });
});

describe("the records the pane keeps in the workbook's settings", () => {
  test("the filled rates are kept with their column and read back; a renamed or moved column has none", () => {
    const record = readRecord(
      {
        columns: [],
        vatFills: { header: "VAT rate", column: 7, rates: formatFilledVatRates(new Map([[4, 0.2]])) },
      },
      "Shipment",
    );
    expect(recordedVatRates(record, 7, "VAT rate")).toEqual(new Map([[4, 0.2]]));
    expect(recordedVatRates(record, 8, "VAT rate")).toEqual(new Map());
    expect(recordedVatRates(record, 7, "Taux de TVA")).toEqual(new Map());
    expect(readRecord({ columns: [], vatFills: { column: "H" } }, "Shipment").vatFills).toBeUndefined();
  });

  test("output columns recorded are found in the block's header row by what they hold, in any language", () => {
    const record = readRecord(
      {
        columns: [
          // A record of an earlier version: no field, the English header says which column it is.
          {
            header: "Status (customs check)",
            column: 12,
            kind: "output",
            created: true,
            firstRow: 3,
            lastRow: 9,
          },
          // Written in French: the field says it is the Explanation column.
          {
            field: "Explanation",
            header: "Explication",
            column: 13,
            kind: "output",
            created: true,
            firstRow: 3,
            lastRow: 9,
          },
          { header: "Freight", column: 9, kind: "cost", created: true, firstRow: 3, lastRow: 9 },
        ],
      },
      "Shipment",
    );
    const headers = ["SKU", "Destination", "Selling price"];
    const block = [...headers, ...Array<string>(7).fill(""), "Status (customs check)", "Explication"];
    expect(recordedOutputColumns(record, block, 2)).toEqual({ Status: 10, Explanation: 11 });
    // A column inserted before them: each found again by its header, the only one with it.
    expect(recordedOutputColumns(record, ["New", ...block], 2)).toEqual({ Status: 11, Explanation: 12 });
    // A header the user changed: the column is the user's now.
    expect(recordedOutputColumns(record, [...block.slice(0, 11), "Notes"], 2)).toEqual({ Status: 10 });
  });
});
