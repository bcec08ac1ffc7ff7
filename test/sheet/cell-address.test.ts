import fc from "fast-check";
import { columnIndex, columnLetters } from "../../src/sheet";

describe("Excel's column letters", () => {
  test("A, Z, AA, XFD", () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
  });

  test("law: letters and index are inverse over every column of a sheet", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16_383 }),
        (index) => columnIndex(columnLetters(index)) === index,
      ),
    );
  });

  test("no column beyond XFD, and no letters that are not a column's", () => {
    expect([columnIndex("XFE"), columnIndex("a"), columnIndex("A1"), columnIndex("")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
