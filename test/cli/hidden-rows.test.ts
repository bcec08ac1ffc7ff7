import * as fs from "node:fs";
import type ExcelJS from "exceljs";
import { SheetFormatScanner } from "../../src/cli/xlsx/sheet-format";
import { inside, productRow, writeWorkbook } from "./file-helpers";
import { HEADER, assertBuilt, readWorkbook, runCli, tempDir } from "./helpers";

/**
 * Rows hidden in the input stay hidden in the checked copy (they were all shown), and columns keep their hidden
 * state and width. Rows are written two ways: plain rows as XML by the CLI, the header, the rows above it and rows
 * with links through exceljs; both keep hidden rows.
 */
const dir = tempDir();
const file = inside(dir);
const INPUT = file("hidden.xlsx");
const OUT = file("hidden.out.xlsx");

/** Sheet rows hidden in the input: a title row, a row with a hyperlink cell, plain data rows. */
const HIDDEN = [1, 5, 7, 12];
const LINK_ROW = 5;
let stdout: string;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  assertBuilt();
  const rows: ExcelJS.CellValue[][] = [["Shipment of November"], HEADER];
  for (let index = 0; index < 12; index++) rows.push(productRow(`LAMP-${index + 1}`));
  // Row 5's sales link is a hyperlink cell: a row exceljs writes.
  rows[LINK_ROW - 1][4] = { text: "Listing", hyperlink: "https://www.amazon.de/dp/B0CX7KQ2LM" };
  await writeWorkbook(INPUT, rows, (input) => {
    for (const row of HIDDEN) input.getRow(row).hidden = true;
    input.getColumn(2).hidden = true;
    input.getColumn(12).width = 33;
  });
  const run = await runCli([INPUT, "--date", "2024-11-20", "--out", OUT]);
  expect(run.stderr).toBe("");
  stdout = run.stdout;
  sheet = (await readWorkbook(OUT)).worksheets[0];
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("hidden rows and columns of an .xlsx input", () => {
  it("stay hidden, and no other row is hidden", () => {
    const hidden: number[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      if (row.hidden) hidden.push(number);
    });
    expect(hidden).toEqual(HIDDEN);
  });

  it("hidden rows are still checked: the output columns are filled", () => {
    const status = sheet.getRow(2).values as ExcelJS.CellValue[];
    const statusColumn = status.indexOf("Status");
    for (const row of HIDDEN.filter((number) => number > 2))
      expect(sheet.getRow(row).getCell(statusColumn).value).toMatch(/^(OK|REVIEW|RISK|ERROR)$/);
  });

  it("a hidden column stays hidden; a column's width is kept", () => {
    expect(sheet.getColumn(2).hidden).toBe(true);
    expect(sheet.getColumn(1).hidden).toBe(false);
    expect(sheet.getColumn(12).width).toBe(33);
  });

  it("the summary says which rows are hidden", () => {
    expect(stdout).toContain(
      "  Hidden rows       rows 1, 5, 7, 12 (hidden in the input, still hidden in the checked workbook)",
    );
  });

  it("a re-check of the checked workbook keeps them hidden again", async () => {
    const again = file("again.out.xlsx");
    const run = await runCli([OUT, "--date", "2024-11-20", "--out", again]);
    expect(run.stderr).toBe("");
    const rechecked = (await readWorkbook(again)).worksheets[0];
    const hidden: number[] = [];
    rechecked.eachRow({ includeEmpty: true }, (row, number) => {
      if (row.hidden) hidden.push(number);
    });
    expect(hidden).toEqual(HIDDEN);
    expect(rechecked.getColumn(2).hidden).toBe(true);
  });
});

describe("the sheet XML scanner, whatever the chunks", () => {
  const columns = Array.from(
    { length: 400 },
    (_, index) =>
      `<col min="${index + 1}" max="${index + 1}" width="${10 + (index % 7)}"${index % 50 === 3 ? ' hidden="1"' : ""} customWidth="1"/>`,
  ).join("");
  const rows = Array.from(
    { length: 300 },
    (_, index) =>
      `<row r="${index + 1}"${index % 37 === 5 ? ' hidden="1"' : ""} spans="1:2"><c r="A${index + 1}" t="inlineStr"><is><t>hidden fee ${index}</t></is></c></row>`,
  ).join("");
  const xml = `<?xml version="1.0"?><worksheet><sheetPr/><cols>${columns}</cols><sheetData>${rows}</sheetData></worksheet>`;
  const expectedRows = Array.from({ length: 300 }, (_, index) => index).filter((index) => index % 37 === 5);

  it.each([1, 7, 64, 1000, 16_384, xml.length])("chunks of %i bytes", (size) => {
    const scanner = new SheetFormatScanner();
    for (let at = 0; at < xml.length; at += size)
      scanner.push(Buffer.from(xml.slice(at, at + size), "latin1"));
    expect([...scanner.hiddenRows].sort((a, b) => a - b)).toEqual(expectedRows);
    expect(scanner.columns.length).toBe(400);
    expect(scanner.columns.flatMap((format, index) => (format?.hidden ? [index] : []))).toEqual([
      3, 53, 103, 153, 203, 253, 303, 353,
    ]);
    expect(scanner.columns[399]?.width).toBe(10 + (399 % 7));
    expect(scanner.complete).toBe(true);
  });

  it("a sheet cut short is not complete", () => {
    const scanner = new SheetFormatScanner();
    scanner.push(xml.slice(0, xml.length - 40));
    expect(scanner.complete).toBe(false);
  });
});
