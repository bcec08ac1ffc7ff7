import fc from "fast-check";
import {
  type CellValue,
  MergedCells,
  checkShipment,
  mergedAreasIn,
  readSettings,
  sheetLayout,
  storedValue,
  vatRateFills,
} from "../../src/sheet";
import { row, settings, sheet } from "./sample";

/** The sample sheet's header is row 3; its first product row is row 4 (values[3]). */
const at = (address: string) => mergedAreasIn(address);

/** The sheet as the check reads it with these merged areas (the task pane's way: all rows at once). */
function readWith(values: CellValue[][], address: string): CellValue[][] {
  const layout = sheetLayout(values);
  return new MergedCells(at(address), layout).rows(values, 0) as CellValue[][];
}

describe("the merged areas of an address", () => {
  test.each([
    ["A5:A7", [{ top: 4, bottom: 6, left: 0, right: 0 }]],
    ["$B$2:$C$3", [{ top: 1, bottom: 2, left: 1, right: 2 }]],
    [
      "Sheet1!A5:A7, Sheet1!C5:D5",
      [
        { top: 4, bottom: 6, left: 0, right: 0 },
        { top: 4, bottom: 4, left: 2, right: 3 },
      ],
    ],
    [
      "'Ship, Dec'!S4:S6,'Ship, Dec'!L7",
      [
        { top: 3, bottom: 5, left: 18, right: 18 },
        { top: 6, bottom: 6, left: 11, right: 11 },
      ],
    ],
  ])("%s", (address, areas) => {
    expect(mergedAreasIn(address)).toEqual(areas);
  });

  test("whole columns and rows are no cells to read", () => {
    expect(mergedAreasIn("Sheet1!A:A, 5:5")).toEqual([]);
  });
});

describe("a shipment's number merged over its rows", () => {
  const values = sheet(
    row({ SKU: "A" }),
    row({ SKU: "B", Shipment: null }),
    row({ SKU: "C", Shipment: null }),
  );

  test("is read in each of its rows, as Excel shows it", () => {
    const merged = checkShipment(readWith(values, "S4:S6"), settings);
    const written = checkShipment(sheet(row({ SKU: "A" }), row({ SKU: "B" }), row({ SKU: "C" })), settings);
    expect(merged.rows.map((result) => result.shipment)).toEqual(["LGG-1", "LGG-1", "LGG-1"]);
    expect(merged.rows).toEqual(written.rows);
  });

  test("keeps what each cell holds, to be written back as it was", () => {
    expect(
      readWith(values, "S4:S6")
        .slice(3)
        .map((cells) => storedValue(cells[18])),
    ).toEqual(["LGG-1", null, null]);
  });

  test("a row under it that holds nothing else is blank, as it was", () => {
    const withBlank = sheet(row({ SKU: "A" }), row({ SKU: "B", Shipment: null }), []);
    expect(checkShipment(readWith(withBlank, "S4:S6"), settings).rows).toHaveLength(2);
  });
});

describe("a figure merged over several rows may be each row's or their total: every row of the area is refused", () => {
  test.each([
    ["Freight", "L4:L5", { Freight: 12 }],
    ["Qty", "D4:D5", { Qty: 6 }],
    ["HS code", "C4:C5", {}],
    ["Duty rate", "P4:P5", {}],
  ])("%s", (header, area, top) => {
    const values = sheet(row({ SKU: "A", ...top }), row({ SKU: "B", [header]: null }));
    const result = checkShipment(readWith(values, area), settings);
    for (const line of result.rows) {
      expect(line.status).toBe("ERROR");
      expect(line.inverseValue).toBeNull();
      expect(line.explanation).toContain(`${header}: the cell is merged over ${area}`);
    }
  });

  test("a shipment field merged beyond its own column is refused where it covers another", () => {
    // The destination's area runs over the link column beside it: "FR" is no link.
    const values = sheet(row({ SKU: "A" }), row({ SKU: "B", Destination: null, "Sales link": null }));
    const result = checkShipment(readWith(values, "F4:G5"), settings);
    expect(result.rows.map((line) => line.status)).toEqual(["ERROR", "ERROR"]);
    expect(result.rows[1].explanation).toContain("Sales link: the cell is merged over F4:G5");
  });

  test("areas within one row, or that begin in the header row or above it, change nothing", () => {
    const values = sheet(row({ SKU: "A" }), row({ SKU: "B" }));
    expect(readWith(values, "A1:T1, L4:M4, S3:S5")).toEqual(values);
  });
});

describe("rows read a chunk at a time", () => {
  test("read as all at once, wherever the chunks end", () => {
    const values = sheet(
      ...Array.from({ length: 12 }, (_, index) => row({ SKU: `R${index}`, Qty: index + 1 })),
    );
    const layout = sheetLayout(values);
    const area = fc.record({ top: fc.nat(15), height: fc.nat(4), left: fc.nat(19), width: fc.nat(2) });
    fc.assert(
      fc.property(
        fc.array(area, { maxLength: 6 }),
        fc.array(fc.nat(values.length), { maxLength: 4 }),
        (drawn, cuts) => {
          const areas = drawn.map(({ top, height, left, width }) => ({
            top,
            bottom: top + height,
            left,
            right: left + width,
          }));
          const whole = new MergedCells(areas, layout).rows(values, 0);
          const reader = new MergedCells(areas, layout);
          const ends = [...new Set([...cuts, values.length])].sort((a, b) => a - b);
          const chunked: (readonly CellValue[])[] = [];
          let start = 0;
          for (const end of ends) {
            chunked.push(...reader.rows(values.slice(start, end), start));
            start = end;
          }
          expect(chunked).toEqual(whole);
        },
      ),
    );
  });
});

describe("Fill VAT rates reads merged cells as the check does", () => {
  test("an HS code or a VAT rate merged over rows is refused there, never read as no code or filled", () => {
    const values = sheet(
      row({ SKU: "A", "HS code": "4901 99 00" }),
      row({ SKU: "B", "HS code": null }),
      row({ SKU: "C" }),
    );
    const reduced = readSettings({ declarationDate: "2026-11-21", vatRates: { "FR:4901": 0.055 } });
    const filling = vatRateFills(readWith(values, "C4:C5"), sheetLayout(values), reduced);
    expect(filling.fills.map((fill) => fill.row)).toEqual([6]);
    expect(filling.skipped.map((skip) => skip.row)).toEqual([4, 5]);
    expect(filling.skipped[1].reason).toBe(
      "HS code: the cell is merged over C4:C5: one value over several rows may be each row's or their total. Unmerge the cells (Home › Merge & Center) and write each row's own value in its row",
    );
  });
});
