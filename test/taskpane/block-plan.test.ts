import { appendAt, mappingOverrides, planBlock, readRows, scanRect } from "../../taskpane/block-plan";
import { emptyRecord, withColumns } from "../../taskpane/ownership";

const header = ["SKU", "Selling price", "Destination", "Declared value"];

describe("the block the sheet logic sees", () => {
  test("finds the header row below a title and takes in output columns next to the data", () => {
    const source = { row: 0, column: 0, rowCount: 10, columnCount: 4 };
    const scan = [["Shipment A7"], [], [...header, "Inverse value", "Status", "Notes"], ["A", 10, "DE", 5]];
    expect(planBlock(source, scan, undefined)).toEqual({
      headerRow: 2,
      left: 0,
      right: 5,
      headers: [...header, "Inverse value", "Status"],
    });
  });

  test("takes in the add-in's own columns further right, when their header is still there", () => {
    const source = { row: 4, column: 2, rowCount: 10, columnCount: 4 };
    const record = withColumns(emptyRecord("S"), [
      { header: "VAT rate", column: 8, kind: "vatRate", created: true, firstRow: 5, lastRow: 13 },
    ]);
    const scan = [[...header, "", "", "VAT rate"]];
    expect(planBlock(source, scan, record)?.right).toBe(8);
    expect(planBlock(source, [[...header, "", "", "Other"]], record)?.right).toBe(5);
  });

  test("says nothing when no row is a header", () => {
    expect(
      planBlock(
        { row: 0, column: 0, rowCount: 2, columnCount: 2 },
        [
          ["a", "b"],
          [1, 2],
        ],
        undefined,
      ),
    ).toBeUndefined();
  });

  test("scans the first 30 rows and a few columns beyond a table", () => {
    expect(scanRect({ row: 2, column: 1, rowCount: 5000, columnCount: 10 }, undefined, 40)).toEqual({
      row: 2,
      column: 1,
      rowCount: 30,
      columnCount: 26,
    });
    expect(scanRect({ row: 0, column: 0, rowCount: 5, columnCount: 3 }, undefined, 2)).toEqual({
      row: 0,
      column: 0,
      rowCount: 5,
      columnCount: 3,
    });
  });

  test("reads the rows the add-in's fingerprints cover", () => {
    const record = withColumns(emptyRecord("S"), [
      {
        header: "Status",
        column: 8,
        kind: "output",
        created: true,
        firstRow: 1,
        lastRow: 99,
        fingerprint: "1.a.b",
      },
    ]);
    expect(readRows({ row: 0, column: 0, rowCount: 50, columnCount: 5 }, record)).toEqual({
      first: 0,
      last: 99,
    });
    expect(readRows({ row: 0, column: 0, rowCount: 50, columnCount: 5 }, undefined)).toEqual({
      first: 0,
      last: 49,
    });
  });
});

test("the user's mapping by header text becomes column indexes", () => {
  expect(
    mappingOverrides({ description: "Notes", sku: null, hsCode: "Gone" }, ["SKU", "Notes", "Price"]),
  ).toEqual({ description: 1, sku: null });
  expect(mappingOverrides({ price: "price " }, ["SKU", "Price"])).toEqual({ price: 1 });
  expect(mappingOverrides(undefined, ["SKU"])).toEqual({});
});

test("new columns go next to the data when those cells are empty, else right of everything used", () => {
  expect(appendAt(10, 10, true)).toBe(11);
  expect(appendAt(10, 30, false)).toBe(31);
});
