import fc from "fast-check";
import { type CellValue, HEAD_ROWS, SheetSurvey, dataRows, sheetLayout, shipmentEnds } from "../../src/sheet";
import { BENCH_HEADER, benchRows } from "../../bench/shipment-data";

/**
 * The survey of a sheet read a chunk at a time (the command line's first read of a file it does not hold) finds
 * what the whole sheet gives: the layout with its decimal marks, the shipments' last rows, the product rows.
 */
function sheetWithEverything(rows: number): CellValue[][] {
  const body: CellValue[][] = benchRows(rows).map((cells, index) =>
    // Decimal commas in text, blank rows, a note and a totals line among the products, a second shipment split.
    index % 97 === 5
      ? []
      : index % 131 === 7
        ? ["* prices incl. VAT, as listed on the store"]
        : index % 173 === 9
          ? ["Total", null, null, 12]
          : index % 11 === 0
            ? cells.map((cell, column) => (column === 7 ? String(cell).replace(".", ",") : cell))
            : cells,
  );
  return [["Shipment of November"], [], [...BENCH_HEADER], ...body];
}

function survey(values: readonly (readonly CellValue[])[], cuts: readonly number[]) {
  const surveyor = new SheetSurvey();
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b).concat(values.length)) {
    if (cut <= start) continue;
    surveyor.add(values.slice(start, cut), start);
    start = cut;
  }
  return surveyor.finish();
}

describe("a sheet surveyed a chunk at a time", () => {
  const values = sheetWithEverything(HEAD_ROWS + 1500);
  const layout = sheetLayout(values);

  it("finds the layout, the shipments' ends and the product rows of the whole sheet, however it is cut", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: values.length }), { maxLength: 12 }), (cuts) => {
        const found = survey(values, cuts);
        expect(found.layout).toEqual(layout);
        expect(found.shipmentEnds).toEqual(shipmentEnds(values, layout));
        expect(found.productRows).toBe(
          [...dataRows(values, layout)].filter((row) => row.kind === "product").length,
        );
        expect(found.rowCount).toBe(values.length);
        expect(found.width).toBe(Math.max(...values.map((cells) => cells.length)));
      }),
      { numRuns: 25 },
    );
  });

  it("keeps the first rows only", () => {
    const found = survey(values, [10, 700, 2000]);
    expect(found.headRows).toHaveLength(HEAD_ROWS);
    expect(found.headRows).toEqual(values.slice(0, HEAD_ROWS));
  });

  it("finds the layout of a sheet shorter than the rows it keeps", () => {
    const short = sheetWithEverything(40);
    expect(survey(short, [3, 20]).layout).toEqual(sheetLayout(short));
  });
});
