/**
 * Check shipment, planned without Excel: where the results go, how they are formatted, which columns the add-in owns
 * afterwards, what the pane says, and when it refuses to write. The figures are src/sheet's (checkShipment).
 */
import { OUTPUT_COLUMNS, checkShipment, outputCells } from "../../src/sheet";
import { type CellValue } from "../../src/sheet";
import { type Answer, isRefusal } from "../../taskpane/actions/action-result";
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

async function plan(sheet: Worksheet, answer?: Answer, with_ = settings): Promise<CheckPlan> {
  const planned = await planCheck(sheetRead(sheet, checkTargets), with_, undefined, answer);
  if (isRefusal(planned)) throw new Error(planned.refused);
  if ("question" in planned) throw new Error(planned.question.text);
  return planned;
}

/** The sheet after a check planned on `sheet` went through (its values and the record the add-in kept). */
async function afterCheck(sheet: Worksheet, answer?: Answer): Promise<Worksheet> {
  const planned = await plan(sheet, answer);
  const read = sheetRead(sheet, checkTargets);
  return {
    values: afterWrites(sheet, planned.writes),
    record: checkOutcome(read, planned, planned.writes).record,
  };
}

/** A cell of the sheet, by its address ("L3"). */
function cellAt(sheet: Worksheet, address: string): CellValue {
  const column = address.charCodeAt(0) - 65;
  return sheet.values[Number(address.slice(1)) - 1]?.[column];
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

describe("Check shipment asks before writing over cells typed into its columns", () => {
  /** The sheet checked once, then "my own note" typed into L3 (Flags) and "n/a" into H5 (Inverse value). */
  async function typedInto(): Promise<Worksheet> {
    const again = await checkedOnce();
    const values = again.values.map((row) => [...row]);
    values[2][11] = "my own note";
    values[4][7] = "n/a";
    return { ...again, values };
  }

  test("naming the cells, with keep first; nothing is planned until the user answers", async () => {
    const planned = await planCheck(sheetRead(await typedInto(), checkTargets), settings);
    expect("question" in planned && planned.question).toEqual({
      topic: "typedCells",
      text: '2 cells of the add-in\'s columns "Inverse value", "Flags" were typed into since its last run: H5 ("n/a"), L3 ("my own note"). Check shipment would write its results over them. Keep them as they are (the add-in writes every other cell), or overwrite them?',
      choices: [
        { answer: "keep", label: "Keep my cells" },
        { answer: "overwrite", label: "Overwrite them" },
      ],
    });
  });

  test("kept: every other cell is written, the typed ones never, on this run and the next", async () => {
    const typed = await typedInto();
    const planned = await plan(typed, "keep");
    const after = afterWrites(typed, planned.writes);
    expect([cellAt({ values: after }, "L3"), cellAt({ values: after }, "H5")]).toEqual([
      "my own note",
      "n/a",
    ]);
    expect(
      planned.formats.some(
        (format) => format.column === 11 && format.row <= 2 && format.row + format.rowCount > 2,
      ),
    ).toBe(false);
    const read = sheetRead(typed, checkTargets);
    expect(checkOutcome(read, planned, planned.writes).messages[1]).toBe(
      "Left 2 cells you typed into the add-in's columns as they are: the add-in will not write over them while they hold what you typed.",
    );
    // The next run asks nothing and still leaves them, even with the rows in another order.
    const kept = await afterCheck(typed, "keep");
    const next = await plan(kept);
    const nextAfter = afterWrites(kept, next.writes);
    expect([cellAt({ values: nextAfter }, "L3"), cellAt({ values: nextAfter }, "H5")]).toEqual([
      "my own note",
      "n/a",
    ]);
    const sorted = {
      ...kept,
      values: [kept.values[0], kept.values[4], kept.values[3], kept.values[2], kept.values[1]],
    };
    const sortedAfter = afterWrites(sorted, (await plan(sorted)).writes);
    expect([cellAt({ values: sortedAfter }, "L4"), cellAt({ values: sortedAfter }, "H2")]).toEqual([
      "my own note",
      "n/a",
    ]);
  });

  test("overwritten: the check's results go over them", async () => {
    const typed = await typedInto();
    const planned = await plan(typed, "overwrite");
    const after = afterWrites(typed, planned.writes);
    const fresh = afterWrites(SHIPMENT, (await plan(SHIPMENT)).writes);
    expect(cellAt({ values: after }, "L3")).toBe(cellAt({ values: fresh }, "L3"));
    expect(cellAt({ values: after }, "H5")).toBe(cellAt({ values: fresh }, "H5"));
  });

  test("a new declaration date changes many results: only the typed cell is named", async () => {
    const again = await checkedOnce();
    const values = again.values.map((row) => [...row]);
    values[2][11] = "my own note";
    const later = inputsFor({ vatDeferral: false, declarationDate: "2026-11-20" }).settings;
    const planned = await planCheck(sheetRead({ ...again, values }, checkTargets), later);
    expect("question" in planned && planned.question.text).toMatch(
      /^A cell of the add-in's column "Flags" was typed into since its last run: L3 \("my own note"\)\./,
    );
  });

  test("nothing to ask when the rows were only sorted or deleted", async () => {
    const again = await checkedOnce();
    const sorted = { ...again, values: [again.values[0], again.values[4], again.values[2], again.values[1]] };
    expect((await plan(sorted)).writes.length).toBeGreaterThan(0);
  });
});

describe("Check shipment refuses, writing nothing", () => {
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
    if (isRefusal(planned) || "question" in planned) throw new Error("refused or asked");
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

describe("Check shipment reads each number with what its format shows, as Excel shows it", () => {
  const ZLOTY = "#,##0.00 [$zł-415]";
  const polish = (price: CellValue, declared: CellValue, commission: CellValue): Worksheet => ({
    values: [
      [...HEADER, "Commission"],
      ["LAMP-9", "94052140", "PL", link("pl"), price, declared, "LGG-1", commission],
    ],
  });
  const zloty = inputsFor({ vatDeferral: false, exchangeRates: { PLN: 4.33 } }).settings;
  /** The output cells the check writes, right of the data. */
  const outputs = async (sheet: Worksheet) =>
    afterWrites(sheet, (await plan(sheet, undefined, zloty)).writes)[1].slice(8);

  test("a price and a declared value formatted in zloty are zloty, as written beside the number", async () => {
    const formatted = { ...polish(109, 43, 0), numberFormats: { E2: ZLOTY, F2: ZLOTY } };
    const written = await outputs(polish("109 zł", "43 zł", 0));
    expect(written[0]).toBe(20.47); // 109 / 4.33 / 1.23: no commission, no duty. Read as euros it was 88.62
    expect(await outputs(formatted)).toEqual(written);
  });

  test("a commission formatted as a percentage is that share of the price", async () => {
    const formatted = { ...polish("109 zł", "43 zł", 0.15), numberFormats: { H2: "0%" } };
    expect(await outputs(formatted)).toEqual(await outputs(polish("109 zł", "43 zł", "15 %")));
  });
});
