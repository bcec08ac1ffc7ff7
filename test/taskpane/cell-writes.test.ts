import { columnWrites, rowsWritten, writesCell } from "../../taskpane/cell-writes";

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
