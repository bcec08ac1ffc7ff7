import {
  INPUT_COLUMNS,
  OUTPUT_COLUMNS,
  headerKey,
  layoutProblems,
  locateColumns,
  mapColumns,
  sheetLayout,
} from "../../src/sheet";
import { HEADER, row, sheet } from "./sample";

describe("finding the header row", () => {
  test("the header need not be row 1: a title and a blank row may stand above it", () => {
    const layout = locateColumns(sheet(row()));
    expect(layout?.headerRowIndex).toBe(2);
  });

  test("the row naming the most known columns wins, and it must name a price", () => {
    expect(locateColumns([["Notes: SKU and Destination below"], ["SKU", "Destination"], []])).toBeUndefined();
    expect(sheetLayout.bind(null, [["SKU", "Destination"]])).toThrow(
      /No header row: none of the first 30 rows names a price column/,
    );
  });
});

describe("mapping columns by name and alias", () => {
  test.each([
    ["Selling price", "price"],
    ["Price incl. VAT", "price"],
    ["PRICE INCL VAT", "price"],
    ["Prix TTC", "price"],
    ["Verkoopprijs", "price"],
    ["Verkaufspreis", "price"],
    ["  selling-price ", "price"],
    ["Country", "destination"],
    ["Pays", "destination"],
    ["Bestimmungsland", "destination"],
    ["HS", "hsCode"],
    ["CN code", "hsCode"],
    ["TARIC", "hsCode"],
    ["Zolltarifnummer", "hsCode"],
    ["Qté", "quantity"],
    ["Aantal", "quantity"],
    ["Menge", "quantity"],
    ["Taux de TVA", "vatRate"],
    ["BTW", "vatRate"],
    ["MwSt", "vatRate"],
    ["Valeur déclarée", "declaredValue"],
    ["Numéro de TVA", "vatNumber"],
    ["USt-IdNr", "vatNumber"],
    ["Commission", "commission"],
    ["Commission %", "commissionRate"],
    ["Referral fee", "commission"],
    ["Referral fee %", "commissionRate"],
    ["Unit weight (kg)", "unitWeight"],
  ])("%p is %s", (header, field) => {
    const layout = mapColumns([header], 0);
    expect(layout.columns).toEqual({ [field]: 0 });
  });

  test("every name and alias means one field only, and none is an output column", () => {
    const seen = new Map<string, string>();
    const outputs = new Set(OUTPUT_COLUMNS.map(headerKey));
    for (const column of INPUT_COLUMNS) {
      for (const name of [column.header, ...column.aliases]) {
        const key = headerKey(name);
        expect([name, seen.get(key) ?? column.field]).toEqual([name, column.field]);
        expect([name, outputs.has(key)]).toEqual([name, false]);
        seen.set(key, column.field);
      }
    }
  });

  test("unmapped, ignored and output columns are reported by name", () => {
    const layout = mapColumns([...HEADER, "Notes", "Warehouse fee", "Returns", "Inverse value", "Status"], 2);
    expect(layout.unmappedColumns).toEqual(["Notes"]);
    expect(layout.ignoredCostColumns).toEqual(["Advertising", "Warehouse fee", "Returns"]);
    expect(layout.outputColumns).toEqual({ "Inverse value": HEADER.length + 3, Status: HEADER.length + 4 });
  });

  test("missing required columns are named with the headers to use", () => {
    const layout = mapColumns(["SKU", "Selling price"], 0);
    expect(layout.missingRequired).toEqual(["destination"]);
    expect(layoutProblems(layout)).toEqual([
      expect.stringMatching(/^No "Destination" column: name a column "Destination" \(or "Country"/),
    ]);
  });

  test("two columns meaning the same field are a problem naming both", () => {
    const layout = mapColumns(["Selling price", "Destination", "Price incl. VAT"], 0);
    expect(layoutProblems(layout)).toEqual([
      'Duplicate headers: "Selling price" and "Price incl. VAT" both mean "Selling price"; rename or remove one',
    ]);
    expect(() => sheetLayout([["Selling price", "Destination", "Selling price"]])).toThrow(
      /Duplicate headers/,
    );
  });

  test("the user's corrections override the detection, and settle duplicates", () => {
    const layout = mapColumns(["Selling price", "Destination", "Price incl. VAT", "Land"], 0, {
      price: 2,
      destination: 3,
    });
    expect(layout.columns.price).toBe(2);
    expect(layout.columns.destination).toBe(3);
    expect(layoutProblems(layout)).toEqual([]);
    expect(mapColumns(["Selling price", "Destination", "SKU"], 0, { sku: null }).columns.sku).toBeUndefined();
  });
});
