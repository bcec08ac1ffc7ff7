import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { inside, invalidXmlParts, productRow } from "./file-helpers";
import { HEADER, assertBuilt, csvText, readWorkbook, runCli, tempDir } from "./helpers";

/**
 * Cell text is the user's: it may hold characters XML forbids, terminal escapes and bidi overrides.
 * - The checked workbook is valid XML whatever the cells hold (a U+FFFE in one cell made Excel and LibreOffice
 *   drop the rows after it), and both summaries say which cells were cleaned.
 * - The text summary and stderr show control characters and bidi overrides as \x1b or U+202E, never raw (an SKU
 *   with "\x1b[2J" cleared the terminal).
 */
const dir = tempDir();
const file = inside(dir);

beforeAll(() => assertBuilt());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Characters no XML 1.0 document may hold, in the cells named. */
const FORBIDDEN_CELLS: Readonly<Record<string, string>> = {
  // A title row above the header: written through exceljs's cell objects.
  A1: "Shipment \uffff list",
  // Data rows: written as XML by the CLI itself.
  A4: "LAMP-\ufffe2",
  B5: "9405\u0001 21 40",
  A7: "LAMP-\u001f5",
};

function rows(): (string | number | null)[][] {
  const data = Array.from({ length: 8 }, (_, index) => productRow(`LAMP-${index + 1}`));
  // data[0] is sheet row 3.
  data[1][0] = FORBIDDEN_CELLS.A4;
  data[2][1] = FORBIDDEN_CELLS.B5;
  data[4][0] = FORBIDDEN_CELLS.A7;
  return [[FORBIDDEN_CELLS.A1], HEADER, ...data];
}

describe("characters XML forbids", () => {
  let stdout: string;
  const out = file("forbidden.out.xlsx");
  beforeAll(async () => {
    fs.writeFileSync(file("forbidden.csv"), csvText(rows()));
    const run = await runCli([file("forbidden.csv"), "--date", "2024-11-20", "--out", out]);
    expect(run.stderr).toBe("");
    stdout = run.stdout;
  });

  it("give a checked workbook whose every part is valid XML", () => {
    expect(invalidXmlParts(out)).toEqual([]);
  });

  it("leave no row out: the checked sheet has every row, the cleaned cells without the characters", async () => {
    const sheet = (await readWorkbook(out)).worksheets[0];
    expect(sheet.rowCount).toBe(10);
    expect(sheet.getCell("A1").value).toBe("Shipment  list");
    expect(sheet.getCell("A4").value).toBe("LAMP-2");
    expect(sheet.getCell("B5").value).toBe("9405 21 40");
    expect(sheet.getCell("A10").value).toBe("LAMP-8");
  });

  it("are named in the text summary and on the Summary sheet", async () => {
    // S5 is row 5's Explanation, which quotes its HS code.
    const line = "A1, A4, B5, S5, A7 (characters Excel cannot store were removed)";
    expect(stdout).toContain(`  Cells cleaned     ${line}`);
    const summary = (await readWorkbook(out)).getWorksheet("Summary") as ExcelJS.Worksheet;
    const cleaned = summary.getColumn(1).values.indexOf("Cells cleaned");
    expect(cleaned).toBeGreaterThan(0);
    expect(summary.getCell(cleaned, 2).value).toBe(line);
  });

  it("beyond ten cells, the first ten and how many more", async () => {
    const data = Array.from({ length: 14 }, (_, index) => productRow(`LAMP-\ufffe${index + 1}`));
    fs.writeFileSync(file("many.csv"), csvText([HEADER, ...data]));
    const run = await runCli([file("many.csv"), "--date", "2024-11-20", "--out", file("many.out.xlsx")]);
    expect(run.stdout).toContain("Cells cleaned     A2, A3, A4, A5, A6, A7, A8, A9, A10, A11 and 4 more (");
    expect(invalidXmlParts(file("many.out.xlsx"))).toEqual([]);
  });

  it("lone surrogates (possible in UTF-16 text) are cleaned too, and a sheet name made of a file name", async () => {
    // A pair (an emoji) is one character and stays; a half of one cannot be stored.
    const text = csvText([
      HEADER,
      productRow("LAMP-\ud800-1"),
      productRow("LAMP-\udc00-2"),
      productRow("LAMP-😀"),
    ]);
    const name = file("odd\u0007name.csv");
    fs.writeFileSync(name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const out16 = file("utf16.out.xlsx");
    const run = await runCli([name, "--date", "2024-11-20", "--out", out16]);
    expect(run.stdout).toContain("Cells cleaned     A2, A3 (");
    expect(invalidXmlParts(out16)).toEqual([]);
    const workbook = await readWorkbook(out16);
    expect(workbook.worksheets[0].name).toBe("oddname");
    expect(workbook.worksheets[0].getCell("A4").value).toBe("LAMP-😀");
  });
});

describe("terminal escapes and bidi overrides", () => {
  const ESCAPE = "\u001b[2J";
  const OVERRIDE = "\u202e";
  // eslint-disable-next-line no-control-regex -- the control characters a terminal acts on
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it("are shown as \\x1b and U+202E in the text summary", async () => {
    // Two rows at RISK (under-declared), so that the summary lists their SKUs.
    const data = [productRow(`LAMP${ESCAPE}`, 60), productRow(`LAMP${OVERRIDE}321`, 60)];
    fs.writeFileSync(file("escapes.csv"), csvText([HEADER, ...data]));
    const run = await runCli([
      file("escapes.csv"),
      "--date",
      "2024-11-20",
      "--out",
      file("escapes.out.xlsx"),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("row 2 LAMP\\x1b[2J: RISK");
    expect(run.stdout).toContain("row 3 LAMPU+202E321: RISK");
    expect(run.stdout).not.toMatch(raw);
    // The workbook keeps the text as it was: only the terminal is protected.
    const sheet = (await readWorkbook(file("escapes.out.xlsx"))).worksheets[0];
    expect(sheet.getCell("A2").value).toBe(`LAMP${ESCAPE}`.replace("\u001b", ""));
    expect(sheet.getCell("A3").value).toBe(`LAMP${OVERRIDE}321`);
  });

  it("are escaped in --json too (DEL, C1 controls and bidi controls as \\u escapes)", async () => {
    const data = [productRow(`LAMP\u009b2J`, 60), productRow(`LAMP${OVERRIDE}321`, 60)];
    fs.writeFileSync(file("escapes-json.csv"), csvText([HEADER, ...data]));
    const run = await runCli([
      file("escapes-json.csv"),
      "--json",
      "--date",
      "2024-11-20",
      "--out",
      file("escapes-json.out.xlsx"),
    ]);
    expect(run.stdout).not.toMatch(raw);
    const report = JSON.parse(run.stdout) as { rows: { sku: string }[] };
    expect(report.rows.map((row) => row.sku)).toEqual(["LAMP\u009b2J", `LAMP${OVERRIDE}321`]);
  });

  it("are shown escaped on stderr, in a message that quotes a file name or a sheet name", async () => {
    const missing = await runCli([file(`missing${ESCAPE}.csv`)]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing\\x1b[2J.csv");
    expect(missing.stderr.trimEnd()).not.toMatch(raw);
    fs.writeFileSync(file("list.csv"), csvText([HEADER, productRow("LAMP-1")]));
    const workbook = file("sheets.xlsx");
    await (async () => {
      const book = new ExcelJS.Workbook();
      book.addWorksheet("Shipment").addRow(HEADER);
      await book.xlsx.writeFile(workbook);
    })();
    const sheet = await runCli([workbook, "--sheet", `X${OVERRIDE}Y`, "--out", file("sheets.out.xlsx")]);
    expect(sheet.status).toBe(2);
    expect(sheet.stderr).toContain('No sheet "XU+202EY"');
    expect(sheet.stderr.trimEnd()).not.toMatch(raw);
  });
});
