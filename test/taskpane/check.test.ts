/**
 * Check shipment, planned without Excel: where the results go, how they are formatted, which columns the add-in owns
 * afterwards, what the pane says, and when it refuses to write. The figures are src/sheet's (checkShipment).
 */
import { OUTPUT_COLUMNS, checkShipment, outputCells } from "../../src/sheet";
import { type CellValue } from "../../src/sheet";
import { isRefusal } from "../../taskpane/actions/action-result";
import { type CheckPlan, checkOutcome, checkTargets, planCheck } from "../../taskpane/actions/check";
import { fingerprint } from "../../taskpane/fingerprint";
import { afterWrites, inputsFor, sheetRead, type Worksheet } from "./sheet-cells";

const HEADER = ["SKU", "HS code", "Destination", "Sales link", "Selling price", "Declared value", "Shipment"];
const link = (country: string) => `https://www.amazon.${country}/dp/B08N5WRWNW`;
const SHIPMENT: Worksheet = {
  values: [
    HEADER,
    ["LAMP-9", "94052140", "DE", link("de"), 119, 100, "LGG-1"],
    ["MUG-2", "69120023", "FR", link("fr"), 12.9, 4, "LGG-1"],
    [],
    ["KETTLE-1", "85161080", "NL", link("nl"), 39.9, 33, "LGG-2"],
  ],
};
const { settings } = inputsFor({ vatDeferral: false });

async function plan(sheet: Worksheet): Promise<CheckPlan> {
  const planned = await planCheck(sheetRead(sheet, checkTargets), settings);
  if (isRefusal(planned)) throw new Error(planned.refused);
  return planned;
}

/** The sheet after a first check, with the record the add-in kept. */
async function checkedOnce(): Promise<Worksheet> {
  const read = sheetRead(SHIPMENT, checkTargets);
  const first = await plan(SHIPMENT);
  return {
    values: afterWrites(SHIPMENT, first.writes),
    record: checkOutcome(read, first, first.writes).record,
  };
}

describe("Check shipment writes the sheet logic's results", () => {
  test("in six columns right of the data, under their headers, one row per data row", async () => {
    const { writes, added } = await plan(SHIPMENT);
    expect(added).toEqual([...OUTPUT_COLUMNS]);
    const [header, results] = writes;
    expect(header).toEqual({
      sheet: "Shipment",
      row: 0,
      column: 7,
      values: [[...OUTPUT_COLUMNS]],
      counted: false,
    });
    expect(results.row).toBe(1);
    expect(results.column).toBe(7);
    const expected = checkShipment(SHIPMENT.values as CellValue[][], settings);
    for (const row of expected.rows) expect(results.values[row.row - 2]).toEqual(outputCells(row));
    expect(expected.rows.map((row) => row.status)).toEqual(["REVIEW", "RISK", "OK"]);
  });

  test("a blank row between the data rows gets empty results", async () => {
    expect((await plan(SHIPMENT)).writes[1].values[2]).toEqual(["", "", "", "", "", ""]);
  });

  test("money to the cent, the ratio as a percentage, the words as text, set before the values; new headers bold", async () => {
    const formats = (await plan(SHIPMENT)).formats;
    expect(formats.map((format) => [format.column, format.numberFormat ?? "bold"])).toEqual([
      [7, "0.00"],
      [8, "0.00%"],
      [9, "0.00"],
      [10, "@"],
      [11, "@"],
      [12, "@"],
      [7, "bold"],
    ]);
    expect(formats[0]).toMatchObject({ row: 1, rowCount: 4, columnCount: 1 });
    expect(formats[6]).toMatchObject({ row: 0, rowCount: 1, columnCount: 6, bold: true });
  });

  test("colours the Status column's data rows only, once something was written", async () => {
    const planned = await plan(SHIPMENT);
    expect(planned.statusColouring).toEqual({
      sheet: "Shipment",
      clear: { row: 1, column: 10, rowCount: 4, columnCount: 1 },
      colour: { row: 1, column: 10, rowCount: 4, columnCount: 1 },
    });
    const read = sheetRead(SHIPMENT, checkTargets);
    expect(checkOutcome(read, planned, []).statusColouring).toBeUndefined();
  });

  test("says what it checked and where it wrote", async () => {
    const planned = await plan(SHIPMENT);
    expect(checkOutcome(sheetRead(SHIPMENT, checkTargets), planned, planned.writes).messages).toEqual([
      "Checked 3 rows of Shipment!A1:G5. Wrote the results in columns H, I, J, K, L, M (Inverse value, Declaration ratio, Duty, Status, Flags, Explanation).",
    ]);
  });
});

describe("the columns the add-in owns after a check", () => {
  test("are the six it created, each with a fingerprint of what it wrote", async () => {
    const { record } = await checkedOnce();
    const columns = record?.columns ?? [];
    expect(columns.map((column) => [column.header, column.column, column.kind, column.created])).toEqual(
      OUTPUT_COLUMNS.map((name, index) => [name, 7 + index, "output", true]),
    );
    const sheet = (await checkedOnce()).values;
    const status = sheet.slice(1).map((cells) => cells[10]);
    expect(columns[3]).toMatchObject({ firstRow: 1, lastRow: 4, fingerprint: fingerprint(status) });
  });

  test("are not the add-in's when Excel wrote none of their headers (cancelled before the first part)", async () => {
    const read = sheetRead(SHIPMENT, checkTargets);
    expect(checkOutcome(read, await plan(SHIPMENT), []).record.columns).toEqual([]);
  });

  test("are updated in place on the next run, without writing their headers again", async () => {
    const again = await checkedOnce();
    const planned = await plan(again);
    expect(planned.added).toEqual([]);
    expect(planned.writes.every((write) => write.row > 0)).toBe(true);
    expect(planned.formats.some((format) => format.bold)).toBe(false);
    const read = sheetRead(again, checkTargets);
    expect(checkOutcome(read, planned, planned.writes).messages[0]).toBe(
      "Checked 3 rows of Shipment!A1:M5. Updated the columns H–M in place.",
    );
  });
});

describe("Check shipment refuses, writing nothing", () => {
  test("when someone typed into one of its columns after the last run", async () => {
    const again = await checkedOnce();
    const values = again.values.map((row) => [...row]);
    values[2][11] = "my own note";
    const planned = await planCheck(sheetRead({ ...again, values }, checkTargets), settings);
    expect(isRefusal(planned) && planned.refused).toBe(
      'Column L "Flags" was changed after the add-in last wrote it (typed over, rows deleted, or pasted), so the add-in wrote nothing. To keep those values, rename or move that column; if they can go, clear the column\'s cells. Then run Check shipment again.',
    );
  });

  test("when one of its columns holds a formula it did not write", async () => {
    const again = await checkedOnce();
    const planned = await planCheck(
      sheetRead({ ...again, formulas: { H3: "=1+1" } }, checkTargets),
      settings,
    );
    expect(isRefusal(planned) && planned.refused).toContain(
      'Column H "Inverse value" holds formulas (row 3) that the add-in did not write',
    );
  });
});

describe("VAT rates the add-in filled before", () => {
  const finland: Worksheet = {
    values: [
      ["SKU", "HS code", "Destination", "Selling price", "Declared value", "VAT rate"],
      ["FI-1", "94052140", "FI", 49.9, 45, 0.24],
      ["FI-2", "94052140", "FI", 49.9, 45, 0.14],
    ],
    record: {
      sheetName: "Shipment",
      columns: [],
      vatFills: { header: "VAT rate", column: 5, rates: "0.24: 2" },
    },
  };

  test("are worked out again on the new declaration date; the rate the user typed stays", async () => {
    const september = inputsFor({ vatDeferral: false, declarationDate: "2024-09-01" }).settings;
    const read = sheetRead(finland, checkTargets);
    const planned = await planCheck(read, september);
    if (isRefusal(planned)) throw new Error(planned.refused);
    expect(planned.vatWrites).toEqual([{ index: 1, row: 2, value: 0.255 }]);
    expect(planned.writes[planned.writes.length - 1]).toEqual({
      sheet: "Shipment",
      row: 1,
      column: 5,
      values: [[0.255]],
    });
    const outcome = checkOutcome(read, planned, planned.writes);
    expect(outcome.record.vatFills).toEqual({ header: "VAT rate", column: 5, rates: "0.255: 2" });
    expect(outcome.messages[1]).toBe(
      "Worked out again 1 VAT rate the add-in had filled before: the row's destination or date, or the declaration date, has changed since.",
    );
  });
});
