import { columnLetters } from "../../src/sheet";
import {
  adjacentRuns,
  cellAddress,
  describeRows,
  intersectRects,
  rectAddress,
} from "../../taskpane/geometry";

test("column letters and addresses", () => {
  expect([0, 25, 26, 51, 52, 701, 702, 16_383].map(columnLetters)).toEqual([
    "A",
    "Z",
    "AA",
    "AZ",
    "BA",
    "ZZ",
    "AAA",
    "XFD",
  ]);
  expect(cellAddress(0, 0)).toBe("A1");
  expect(rectAddress({ row: 2, column: 17, rowCount: 8, columnCount: 6 })).toBe("R3:W10");
  expect(rectAddress({ row: 4, column: 1, rowCount: 1, columnCount: 1 })).toBe("B5");
});

test("adjacent column runs", () => {
  expect(adjacentRuns([5, 3, 4, 9, 9])).toEqual([
    { start: 3, count: 3 },
    { start: 9, count: 1 },
  ]);
  expect(adjacentRuns([])).toEqual([]);
});

test("rows in words", () => {
  expect(describeRows([])).toBe("no rows");
  expect(describeRows([7])).toBe("row 7");
  expect(describeRows([4, 2, 3])).toBe("rows 2–4");
  expect(describeRows([2, 5, 9])).toBe("rows 2, 5, 9");
  expect(describeRows([1, 3, 5, 7, 9, 11, 13])).toBe("rows 1, 3, 5, 7, 9 and 2 more");
  expect(describeRows([2, 50_001].concat(Array.from({ length: 49_998 }, (_, i) => i + 3)))).toBe(
    "rows 2–50,001",
  );
});

test("the cells two blocks share", () => {
  const used = { row: 2, column: 1, rowCount: 10, columnCount: 4 };
  expect(intersectRects({ row: 0, column: 0, rowCount: 1_048_576, columnCount: 3 }, used)).toEqual({
    row: 2,
    column: 1,
    rowCount: 10,
    columnCount: 2,
  });
  expect(intersectRects(used, used)).toEqual(used);
  expect(intersectRects({ row: 12, column: 1, rowCount: 1, columnCount: 1 }, used)).toBeUndefined();
  expect(intersectRects({ row: 2, column: 5, rowCount: 1, columnCount: 1 }, used)).toBeUndefined();
});
