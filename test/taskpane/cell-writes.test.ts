import { RowTally, columnWrites, rowsWritten, writesCell } from "../../taskpane/cell-writes";
import { chunkWrites } from "../../taskpane/chunks";

test("cells of a column become one write per run of consecutive rows, in row order", () => {
  const writes = columnWrites("Shipment", 3, [
    { row: 7, value: 0.2 },
    { row: 4, value: 0.19 },
    { row: 5, value: "" },
  ]);
  expect(writes).toEqual([
    { sheet: "Shipment", row: 4, column: 3, values: [[0.19], [""]] },
    { sheet: "Shipment", row: 7, column: 3, values: [[0.2]] },
  ]);
  expect([...rowsWritten(writes)].sort()).toEqual([4, 5, 7]);
});

test("a write covers the cells of its block, on its sheet only", () => {
  const writes = [{ sheet: "Shipment", row: 2, column: 5, values: [["Inverse value", "Duty"]] }];
  expect(writesCell(writes, "Shipment", 2, 6)).toBe(true);
  expect(writesCell(writes, "Shipment", 2, 7)).toBe(false);
  expect(writesCell(writes, "Shipment", 3, 5)).toBe(false);
  expect(writesCell(writes, "Notes", 2, 5)).toBe(false);
});

test("a row counts as written when the last of its blocks is, and the header row never counts", () => {
  const planned = [
    { sheet: "Shipment", row: 0, column: 7, values: [["Inverse value", "Status"]], counted: false as const },
    {
      sheet: "Shipment",
      row: 1,
      column: 7,
      values: [
        [1, "OK"],
        [2, "OK"],
        [3, "RISK"],
      ],
    },
    { sheet: "Shipment", row: 1, column: 12, values: [["why"], ["why"], ["why"]] },
  ];
  const tally = new RowTally(planned);
  expect(tally.planned).toBe(3);
  tally.add([planned[0], planned[1]]);
  expect(tally.done).toBe(0);
  tally.add([{ ...planned[2], values: planned[2].values.slice(0, 2) }]);
  expect(tally.done).toBe(2);
  tally.add([{ ...planned[2], row: 3, values: planned[2].values.slice(2) }]);
  expect(tally.done).toBe(3);
});

test("the rows of every chunk of a write add up to the write's rows", () => {
  const planned = [
    { sheet: "Shipment", row: 0, column: 0, values: [["SKU"]], counted: false as const },
    { sheet: "Shipment", row: 1, column: 0, values: Array.from({ length: 4_000 }, (_, i) => [`A-${i}`, i]) },
  ];
  const tally = new RowTally(planned);
  const chunks = chunkWrites(planned, 20_000);
  expect(chunks.length).toBeGreaterThan(2);
  for (const chunk of chunks) tally.add(chunk);
  expect([tally.done, tally.planned]).toEqual([4_000, 4_000]);
});
