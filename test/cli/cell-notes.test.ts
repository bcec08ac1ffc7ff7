import * as fs from "node:fs";
import type ExcelJS from "exceljs";
import { notesIn } from "../../src/cli/xlsx/zip-directory";
import { inside, productRow, writeWorkbook } from "./file-helpers";
import { HEADER, assertBuilt, readWorkbook, runCli, tempDir } from "./helpers";

/**
 * The notes on an .xlsx input's cells are on the same cells of the checked copy: they are what the user wrote
 * beside the figures ("price confirmed with the supplier"). Plain rows are written as XML by the CLI, rows with a
 * note through exceljs, which writes notes; a note keeps its text, its runs' formatting is not kept.
 */
const dir = tempDir();
const file = inside(dir);
const INPUT = file("notes.xlsx");
const OUT = file("notes.out.xlsx");
const PRICE = HEADER.indexOf("Selling price") + 1;

let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  assertBuilt();
  const rows: ExcelJS.CellValue[][] = [["Shipment of November"], HEADER];
  for (let index = 0; index < 6; index++) rows.push(productRow(`LAMP-${index + 1}`));
  await writeWorkbook(INPUT, rows, (input) => {
    input.getCell("A1").note = "Forwarder: LGG Cargo";
    input.getCell("B2").note = "HS codes from the supplier's invoice";
    input.getRow(4).getCell(PRICE).note = {
      texts: [{ font: { bold: true }, text: "Anne:" }, { text: "\nPrice of 3 Dec & <after> the sale" }],
    };
    input.getRow(6).hidden = true;
    input.getRow(6).getCell(1).note = "Hidden, still noted";
  });
  const run = await runCli([INPUT, "--date", "2024-11-20", "--out", OUT]);
  expect(run.stderr).toBe("");
  sheet = (await readWorkbook(OUT)).worksheets[0];
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Every note of a sheet, by cell address. */
function notesOf(worksheet: ExcelJS.Worksheet): Record<string, unknown> {
  const notes: Record<string, unknown> = {};
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.note !== undefined) notes[cell.address] = cell.note;
    }),
  );
  return notes;
}

const NOTES = {
  A1: "Forwarder: LGG Cargo",
  B2: "HS codes from the supplier's invoice",
  [`${String.fromCharCode(64 + PRICE)}4`]: "Anne:\nPrice of 3 Dec & <after> the sale",
  A6: "Hidden, still noted",
};

describe("notes on the cells of an .xlsx input", () => {
  it("are on the same cells of the checked copy, with their text, above, on and below the header", () => {
    expect(notesOf(sheet)).toEqual(NOTES);
  });

  it("a noted row is checked and written like the others: its cells, its output, hidden if it was", () => {
    const header = sheet.getRow(2).values as ExcelJS.CellValue[];
    const status = header.indexOf("Status");
    expect(sheet.getRow(4).getCell(PRICE).value).toBe(20);
    expect(sheet.getRow(4).getCell(status).value).toMatch(/^(OK|REVIEW|RISK|ERROR)$/);
    expect(sheet.getRow(6).hidden).toBe(true);
  });

  it("a re-check of the checked workbook keeps them", async () => {
    const again = file("again.out.xlsx");
    const run = await runCli([OUT, "--date", "2024-11-20", "--out", again]);
    expect(run.stderr).toBe("");
    expect(notesOf((await readWorkbook(again)).worksheets[0])).toEqual(NOTES);
  });
});

describe("the notes of a comments part, as Excel saves it", () => {
  test("a note is its runs' text; a threaded comment of Excel 365 is the plain text Excel saves beside it", () => {
    // As Excel 365 saves a note (runs, the author in bold) and a threaded comment's placeholder (one <t>, no runs).
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><authors><author>Anne</author><author>tc={E722680E-88F9-4806-84CE-A0C8E0F639CB}</author></authors><commentList><comment ref="F12" authorId="0" shapeId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>Anne:</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">
Price of 3 Dec &amp; after</t></r></text></comment><comment ref="AB3" authorId="1" shapeId="0" xr:uid="{E722680E-88F9-4806-84CE-A0C8E0F639CB}"><text><t>[Threaded comment]

Your version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924

Comment:
    Freight invoice LGG-2412</t></text></comment><comment ref="B2" authorId="0"><text><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></text></comment></commentList></comments>`;
    const notes = notesIn(xml);
    expect(notes.get(11)?.get(5)).toBe("Anne:\nPrice of 3 Dec & after");
    expect(notes.get(2)?.get(27)).toMatch(
      /^\[Threaded comment\][\s\S]*Comment:\n {4}Freight invoice LGG-2412$/,
    );
    expect(notes.get(1)?.get(1)).toBe("東京");
    expect([...notes.keys()].sort()).toEqual([1, 11, 2].sort());
  });
});
