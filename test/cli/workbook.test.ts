import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { decodeText, readCsvCells } from "../../src/cli/csv";
import { readXlsxSheet } from "../../src/cli/xlsx";
import { zipEntries } from "../../src/cli/xlsx/zip-directory";
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type CellValue,
  OUTPUT_COLUMNS,
  PRO_FORMA_COLUMN_FACTS,
  checkShipment,
  jsonReport,
  proFormaSheets,
  readSettings,
} from "../../src/sheet";
import { benchRows, BENCH_HEADER } from "../../bench/shipment-data";
import {
  EXAMPLES,
  EXAMPLE_OPTIONS,
  HEADER,
  assertBuilt,
  conditionalFormats,
  csvText,
  parseReport,
  readWorkbook,
  runCli,
  tempDir,
} from "./helpers";

/** Re-checking a checked workbook, .xlsx cell shapes, sheet choice, and large sheets (checked in a worker thread). */
let dir: string;
beforeAll(() => {
  dir = tempDir();
  assertBuilt();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The entries of a zip file in the order they lie in it. */
const zipOrder = (file: string) =>
  [...zipEntries(file).values()]
    .sort((one, other) => one.localOffset - other.localOffset)
    .map((entry) => entry.name);

async function writeXlsx(
  file: string,
  sheets: Record<string, (readonly ExcelJS.CellValue[])[]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells) => sheet.addRow([...cells]).commit());
    sheet.commit();
  }
  await workbook.commit();
}

describe("re-checking a checked workbook", () => {
  it("updates the output columns in place, keeps the figures, and carries the audit log over", async () => {
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const one = await runCli([
      path.join(EXAMPLES, "shipment.xlsx"),
      "--json",
      "--out",
      first,
      ...EXAMPLE_OPTIONS,
    ]);
    const two = await runCli([first, "--json", "--out", second, ...EXAMPLE_OPTIONS]);
    expect(two.stderr).toBe("");
    expect(parseReport(two)).toEqual(parseReport(one));
    const [before, after] = [await readWorkbook(first), await readWorkbook(second)];
    const [sheetBefore, sheetAfter] = [before.worksheets[0], after.worksheets[0]];
    expect(sheetAfter.columnCount).toBe(sheetBefore.columnCount);
    expect(sheetAfter.getRow(3).values).toEqual(sheetBefore.getRow(3).values);
    expect(sheetAfter.getColumn(27).values).toEqual(sheetBefore.getColumn(27).values);
    expect((after.getWorksheet("Audit") as ExcelJS.Worksheet).rowCount).toBe(3);
  });
});

describe(".xlsx cells and sheets", () => {
  it("reads the cell formats, the date system and the sheet names every time, though they come after the sheets", async () => {
    // exceljs writes xl/styles.xml and xl/workbook.xml last; its streaming reader's one pass often ends before
    // them (exceljs issue #3064): dates then read as numbers, or the read failed on the first date cell.
    const file = path.join(dir, "parts-last.xlsx");
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
    const sheet = workbook.addWorksheet("Shipment");
    sheet.addRow(["SKU", "Declared", "Listed on"]).commit();
    const row = sheet.addRow(["A-1", 1250.4, new Date(Date.UTC(2026, 10, 20))]);
    row.getCell(2).numFmt = "#,##0.00";
    row.getCell(3).numFmt = "yyyy-mm-dd";
    row.commit();
    sheet.commit();
    for (const name of ["Summary", "Pro forma", "Notes", "More notes", "Audit"]) {
      const other = workbook.addWorksheet(name);
      other.addRow(["Time", "Source"]).commit();
      const line = other.addRow([new Date(Date.UTC(2026, 11, 2, 16, 38)), name]);
      line.getCell(1).numFmt = "yyyy-mm-dd hh:mm:ss";
      line.commit();
      other.commit();
    }
    await workbook.commit();
    const size = fs.statSync(file).size;
    for (let time = 0; time < 20; time++) {
      const read = await readXlsxSheet(file, undefined, size);
      expect(read.name).toBe("Shipment");
      expect(read.values[1]).toEqual(["A-1", 1250.4, new Date(Date.UTC(2026, 10, 20))]);
      expect(read.styles[1]?.[1]?.numFmt).toBe("#,##0.00");
      expect(read.earlierAuditRows[1]).toEqual([new Date(Date.UTC(2026, 11, 2, 16, 38)), "Audit"]);
    }
  });

  it("reads the cell texts every time, though the shared strings come after the sheets (as Excel saves them)", async () => {
    // exceljs's in-memory writer, like Excel, puts xl/sharedStrings.xml after the sheets. The streaming reader's own
    // pass kept the sheets aside until it came to them and often ended first (exceljs issue #3064): measured, 3 of
    // 25 re-checks of such a workbook were refused, "the reading stopped before the end of xl/sharedStrings.xml".
    // With thirty more sheets to keep aside, that pass ended before the shared strings in every read.
    const file = path.join(dir, "strings-last.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shipment");
    sheet.addRow(["SKU", "Description", "Declared"]);
    sheet.addRow(["A-1", "Desk lamp", 40]);
    sheet.addRow(["A-2", { richText: [{ text: "Lamp " }, { text: "shade", font: { bold: true } }] }, 12.5]);
    for (const name of [
      "Summary",
      "Pro forma",
      "Audit",
      ...Array.from({ length: 30 }, (_, n) => `Notes ${n + 1}`),
    ])
      workbook.addWorksheet(name).addRow([name, "note"]);
    await workbook.xlsx.writeFile(file);
    const order = zipOrder(file);
    expect(order.indexOf("xl/sharedStrings.xml")).toBeGreaterThan(order.indexOf("xl/worksheets/sheet34.xml"));
    const size = fs.statSync(file).size;
    for (let time = 0; time < 30; time++) {
      const read = await readXlsxSheet(file, undefined, size);
      expect(read.values.slice(1)).toEqual([
        ["A-1", "Desk lamp", 40],
        ["A-2", "Lamp shade", 12.5],
      ]);
      expect(read.earlierAuditRows).toEqual([["Audit", "note"]]);
    }
  });

  it("reads the first worksheet unless --sheet names another (in any case); reads dates, error cells and rich text", async () => {
    const file = path.join(dir, "two-sheets.xlsx");
    const header = [...HEADER, "Date"];
    const line = (sku: string, declared: ExcelJS.CellValue, date: Date | null): ExcelJS.CellValue[] => [
      sku,
      "9405 21 40",
      10,
      "FI",
      "https://www.amazon.de/dp/B0CX7KQ2LM",
      49.9,
      "EUR",
      7.49,
      3.63,
      0.047,
      declared,
      "FI01120389",
      null,
      date,
    ];
    await writeXlsx(file, {
      Notes: [["Shipment of November: see the next sheet"]],
      Lines: [
        header,
        line("FI-AUGUST", 30, new Date(Date.UTC(2024, 7, 31))),
        line("FI-SEPTEMBER", 30, new Date(Date.UTC(2024, 8, 1))),
        line("FI-NA", { error: "#N/A" }, null),
        [
          { richText: [{ text: "FI-" }, { font: { bold: true }, text: "RICH" }] },
          ...line("", 30, null).slice(1),
        ],
      ],
    });
    const [first, chosen] = await Promise.all([
      runCli([file, "--out", path.join(dir, "first-sheet.xlsx")]),
      runCli([
        file,
        "--sheet",
        "lines",
        "--json",
        "--date",
        "2024-09-15",
        "--out",
        path.join(dir, "lines.xlsx"),
      ]),
    ]);
    expect(first.status).toBe(2);
    expect(first.stderr).toMatch(/sheet "Notes": No header row/);
    expect(chosen.stderr).toBe("");
    const rows = parseReport(chosen).rows;
    expect(rows.map((row) => [row.sku, row.vatRate])).toEqual([
      ["FI-AUGUST", 0.24],
      ["FI-SEPTEMBER", 0.255],
      ["FI-NA", 0.255],
      ["FI-RICH", 0.255],
    ]);
    expect(rows[2].flags).toContain("INVALID_INPUT");
    expect(rows[2].explanation).toContain("Declared value: the cell holds the error #N/A");
    const checked = await readWorkbook(path.join(dir, "lines.xlsx"));
    const sheet = checked.worksheets[0];
    expect(sheet.name).toBe("Lines");
    expect(sheet.getCell("K4").value).toEqual({ error: "#N/A" });
    expect(sheet.getCell("A5").value).toMatchObject({ richText: [{ text: "FI-" }, { text: "RICH" }] });
    expect(sheet.getCell("N2").value).toEqual(new Date(Date.UTC(2024, 7, 31)));
  });
});

describe("the pro forma on paper", () => {
  it("has the sheet's own columns at the facts' widths, A4 landscape at 100 % when they fit, as the task pane", async () => {
    const file = path.join(dir, "narrow.csv");
    // Commission and FBA fee the only deductions but the VAT: eleven columns.
    const line = (sku: string, shipment: string) => [
      sku,
      "94052140",
      4,
      "FR",
      "https://www.amazon.fr/dp/B08N5WRWNW",
      49.9,
      "EUR",
      4.99,
      3.07,
      0.047,
      35,
      "",
      shipment,
    ];
    fs.writeFileSync(file, csvText([HEADER, line("LAMP-9", "LGG-1"), line("LAMP-8", "LGG-1")]));
    const run = await runCli([file, "--date", "2026-11-21", "--out", `${file}.checked.xlsx`]);
    expect(run.stderr).toBe("");
    const proForma = (await readWorkbook(`${file}.checked.xlsx`)).getWorksheet("Pro forma LGG-1");
    if (proForma === undefined) throw new Error("no pro forma sheet");
    const [expected] = proFormaSheets(
      checkShipment(
        readCsvCells(decodeText(fs.readFileSync(file))).rows,
        readSettings({ declarationDate: "2026-11-21" }),
      ),
      {
        declarationDate: "2026-11-21",
        vatTableVersion: VAT_TABLE_VERSION,
      },
    );
    expect(expected.columns).toHaveLength(11);
    expect(proForma.getRow(expected.headerRowIndex + 1).values).toEqual([undefined, ...expected.columns]);
    expect(proForma.columns.map((column) => column.width)).toEqual(
      expected.columns.map((column) => PRO_FORMA_COLUMN_FACTS[column].width),
    );
    expect(proForma.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, scale: 100 });
    expect(proForma.pageSetup.fitToPage).toBeFalsy();
  });
});

describe("large sheets, checked in a worker thread while the workbook is written", () => {
  const settings = () => readSettings({ declarationDate: "2026-11-21" });

  it("gives the figures of the shared sheet logic for 6,000 rows, .csv and .xlsx, shipments together or interleaved", async () => {
    const together: CellValue[][] = [BENCH_HEADER, ...benchRows(6000)];
    const shipment = BENCH_HEADER.indexOf("Shipment");
    const interleaved = together.map((cells, index) =>
      index === 0 ? cells : cells.map((cell, column) => (column === shipment ? `S${index % 7}` : cell)),
    );
    const files = {
      together: path.join(dir, "together.csv"),
      interleaved: path.join(dir, "interleaved.csv"),
      xlsx: path.join(dir, "together.xlsx"),
    };
    fs.writeFileSync(files.together, csvText(together as (string | number | null)[][]));
    fs.writeFileSync(files.interleaved, csvText(interleaved as (string | number | null)[][]));
    await writeXlsx(files.xlsx, { Lines: together as ExcelJS.CellValue[][] });

    const runs = await Promise.all(
      Object.values(files).map((file) =>
        runCli([file, "--json", "--date", "2026-11-21", "--out", `${file}.checked.xlsx`]),
      ),
    );
    for (const run of runs) expect(run.stderr).toBe("");
    const expected = (file: string) =>
      jsonReport(checkShipment(readCsvCells(decodeText(fs.readFileSync(file))).rows, settings()));
    expect(parseReport(runs[0])).toEqual(expected(files.together));
    expect(parseReport(runs[1])).toEqual(expected(files.interleaved));
    expect(parseReport(runs[2])).toEqual(parseReport(runs[0]));

    // 30 shipments: one pro forma sheet, grouped by shipment; the VAT deferral statement after it.
    const checked = await readWorkbook(`${files.together}.checked.xlsx`);
    expect(checked.worksheets.map((sheet) => sheet.name)).toEqual([
      "together",
      "Summary",
      "Pro forma",
      "VAT deferral",
      "Audit",
    ]);
    const sheet = checked.worksheets[0];
    expect(sheet.rowCount).toBe(6001);
    const report = parseReport(runs[0]);
    const status = BENCH_HEADER.length + OUTPUT_COLUMNS.indexOf("Status") + 1;
    expect(sheet.getCell(6001, status).value).toBe(report.rows[5999].status);
    expect(conditionalFormats(sheet)[0].ref).toMatch(/:\w+6001$/);

    // The pro forma, written as shipments complete, is the shared sheet logic's.
    expect(await writtenProForma(files.together)).toEqual(expectedProForma(files.together));
    expect(await writtenProForma(files.interleaved)).toEqual(expectedProForma(files.interleaved));
    expect(expectedProForma(files.interleaved).map(([name]) => name)).toHaveLength(7);
    // Three CLI runs at once and the in-process checks: 17 s on two idle cores, twice that beside another suite.
  }, 120_000);

  it("writes a grouped pro forma of interleaved shipments, rows without one and rows in error as the shared logic does", async () => {
    const shipment = BENCH_HEADER.indexOf("Shipment");
    const price = BENCH_HEADER.indexOf("Selling price");
    const rows: CellValue[][] = [
      BENCH_HEADER,
      ...benchRows(6000).map((cells, index) =>
        cells.map((cell, column) => {
          if (column === shipment) return index % 37 === 5 ? null : `S${index % 23}`;
          if (column === price && index % 101 === 7) return "x";
          return cell;
        }),
      ),
    ];
    const file = path.join(dir, "mixed.csv");
    fs.writeFileSync(file, csvText(rows as (string | number | null)[][]));
    const run = await runCli([file, "--date", "2026-11-21", "--out", `${file}.checked.xlsx`]);
    expect(run.stderr).toBe("");
    const expected = expectedProForma(file);
    expect(expected.map(([name]) => name)).toEqual(["Pro forma"]);
    expect(expected[0][1].some((cells) => String(cells[0]).startsWith("Subtotal (no shipment)"))).toBe(true);
    expect(
      expected[0][1].some((cells) => String(cells[0]).startsWith("Not on this pro forma because of errors")),
    ).toBe(true);
    expect(await writtenProForma(file)).toEqual(expected);
  });

  /** The pro forma sheets of src/sheet for a CSV file, as names and rows of each sheet's columns (empty cells null). */
  function expectedProForma(file: string): [string, CellValue[][]][] {
    const check = checkShipment(readCsvCells(decodeText(fs.readFileSync(file))).rows, settings());
    return proFormaSheets(check, { declarationDate: "2026-11-21", vatTableVersion: VAT_TABLE_VERSION }).map(
      (sheet) => [
        sheet.name,
        sheet.rows.map((cells) =>
          Array.from({ length: sheet.columns.length }, (_, column) => {
            const cell = cells[column];
            return cell === undefined || cell === "" ? null : cell;
          }),
        ),
      ],
    );
  }

  /** The pro forma sheets of the checked workbook the CLI wrote for a file, the same way. */
  async function writtenProForma(file: string): Promise<[string, CellValue[][]][]> {
    const written = await readWorkbook(`${file}.checked.xlsx`);
    return written.worksheets
      .filter((sheet) => sheet.name.startsWith("Pro forma"))
      .map((sheet) => [sheet.name, sheetCells(sheet, sheet.columnCount)]);
  }
});

/** A sheet's values row by row, `width` columns, empty cells as null. */
function sheetCells(sheet: ExcelJS.Worksheet, width: number): CellValue[][] {
  return Array.from({ length: sheet.rowCount }, (_, row) =>
    Array.from({ length: width }, (_, column) => {
      const value = sheet.getCell(row + 1, column + 1).value;
      return value === undefined ? null : (value as CellValue);
    }),
  );
}
