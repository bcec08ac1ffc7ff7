import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { assertBuilt, csvText, readWorkbook, runCli, tempDir } from "./helpers";

/**
 * Through the built CLI on real files: Chinese headers, totals lines and footnotes, the user's columns named like
 * the checker's, and re-checks that work out again what the checker wrote (issue 8, "Never a silently wrong
 * number").
 */
let dir: string;
beforeAll(() => {
  dir = tempDir();
  assertBuilt();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const DATE = ["--date", "2026-11-21"];

/** A line that passes every check (test/sheet/sample.ts GOOD): a lamp sold on amazon.fr. */
const LAMP = {
  sku: "LAMP-9",
  description: "Desk lamp",
  hs: "9405 21 40",
  quantity: 40,
  destination: "FR",
  link: "https://www.amazon.fr/dp/B08N5WRWNW",
  price: 49.9,
  commission: 4.99,
  packaging: 0.3,
  lastMile: 1.2,
  declared: 40,
  vatNumber: "FR40303265045",
  shipment: "SZX-2611",
};

interface Summary {
  rows: number;
  ok: number;
  risk: number;
  error: number;
  skippedRows?: { row: number; kind: string }[];
  renamedOutputColumns?: { column: string; header: string }[];
}
interface Report {
  rows: {
    row: number;
    sku: string | null;
    status: string;
    flags: string[];
    vatRate: number | null;
    duty: number;
  }[];
  summary: Summary;
}
const report = (stdout: string) => JSON.parse(stdout) as Report;

function sheetValues(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    rows[number - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe("a forwarder's packing list in Chinese", () => {
  const HEADER = [
    "商品编码/SKU",
    "品名",
    "HS编码 HS Code",
    "数量",
    "目的国",
    "销售链接",
    "参考链接",
    "售价",
    "佣金",
    "包装费",
    "头程运费",
    "尾程运费",
    "申报价值",
    "VAT税号",
    "票号/运单号",
  ];
  const line = (sku: string) => [
    sku,
    LAMP.description,
    LAMP.hs,
    LAMP.quantity,
    LAMP.destination,
    LAMP.link,
    null,
    LAMP.price,
    LAMP.commission,
    LAMP.packaging,
    2.4,
    LAMP.lastMile,
    LAMP.declared,
    LAMP.vatNumber,
    LAMP.shipment,
  ];

  it("is read column by column: a clean shipment with a 合计 line and a footnote exits 0", async () => {
    const file = path.join(dir, "装箱单.csv");
    fs.writeFileSync(
      file,
      csvText([
        ["装箱单 Packing list SZX-2611"],
        HEADER,
        line("LAMP-9"),
        line("LAMP-10"),
        ["合计", null, null, 80, null, null, null, 99.8, null, null, null, null, 80],
        [],
        ["* 申报价值为单价 (declared values are per unit)"],
      ]),
    );
    const run = await runCli([file, "--json", ...DATE, "--out", path.join(dir, "packing.checked.xlsx")]);
    expect(run.stderr).toBe("");
    const { rows, summary } = report(run.stdout);
    expect(rows.map((row) => [row.row, row.sku, row.status])).toEqual([
      [3, "LAMP-9", "OK"],
      [4, "LAMP-10", "OK"],
    ]);
    expect(summary.skippedRows).toEqual([
      { row: 5, kind: "totals" },
      { row: 7, kind: "note" },
    ]);
    expect(run.status).toBe(0);

    const text = await runCli([file, ...DATE, "--out", path.join(dir, "packing2.checked.xlsx")]);
    expect(text.stdout).toContain("Row 5 read as a totals line, not checked.");
    expect(text.stdout).toContain("Row 7 read as a note, not checked.");
    // First-leg freight is transport to the EU border: part of the customs value, not deducted.
    expect(text.stdout).toMatch(/Ignored columns\s+头程运费/);
    expect(text.status).toBe(0);
    const summarySheet = sheetValues(await readWorkbook(path.join(dir, "packing2.checked.xlsx")), "Summary");
    expect(summarySheet).toContainEqual(["Rows and columns", "Row 5 read as a totals line, not checked."]);
    expect(summarySheet.find((cells) => cells?.[0] === "Columns read")?.[1]).toContain("VAT税号 (N)");
  });
});

describe("an Excel table with a totals row", () => {
  it("is not checked as a product; the checked sheet keeps it as it was", async () => {
    const file = path.join(dir, "table.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Lines");
    sheet.addTable({
      name: "Lines",
      ref: "A1",
      headerRow: true,
      totalsRow: true,
      columns: [
        { name: "SKU", totalsRowLabel: "Total" },
        { name: "HS code" },
        { name: "Quantity", totalsRowFunction: "sum" },
        { name: "Destination" },
        { name: "Sales link" },
        { name: "Selling price" },
        { name: "Commission" },
        { name: "Last mile" },
        { name: "Declared value", totalsRowFunction: "sum" },
        { name: "VAT number" },
      ],
      rows: ["LAMP-9", "LAMP-10"].map((sku) => [
        sku,
        LAMP.hs,
        LAMP.quantity,
        LAMP.destination,
        LAMP.link,
        LAMP.price,
        LAMP.commission,
        LAMP.lastMile,
        LAMP.declared,
        LAMP.vatNumber,
      ]),
    });
    sheet.getCell("A6").value = "Prices as listed on 21 November 2026.";
    await workbook.xlsx.writeFile(file);

    const out = path.join(dir, "table.checked.xlsx");
    const run = await runCli([file, "--json", ...DATE, "--out", out]);
    expect(run.stderr).toBe("");
    const { rows, summary } = report(run.stdout);
    expect(rows.map((row) => [row.row, row.status])).toEqual([
      [2, "OK"],
      [3, "OK"],
    ]);
    expect(summary.skippedRows).toEqual([
      { row: 4, kind: "totals" },
      { row: 6, kind: "note" },
    ]);
    expect(run.status).toBe(0);
    const checked = sheetValues(await readWorkbook(out), "Lines");
    expect(checked[3][0]).toBe("Total");
    // No results on the totals line: its output cells stay empty.
    expect(checked[3].slice(10).filter((cell) => cell !== null && cell !== undefined)).toEqual([]);
  });
});

describe("the user's columns named like the checker's", () => {
  it("keeps Amazon's status and a Duty column of rates, reads the duty rates, and names the checker's columns apart", async () => {
    const file = path.join(dir, "listings.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Listings");
    sheet.addRow([
      "SKU",
      "status",
      "HS code",
      "Destination",
      "Sales link",
      "Selling price",
      "Duty",
      "Declared value",
      "VAT number",
    ]);
    for (const [sku, status] of [
      ["LAMP-9", "Active"],
      ["LAMP-10", "Inactive"],
    ])
      sheet.addRow([sku, status, LAMP.hs, LAMP.destination, LAMP.link, LAMP.price, 0.12, 5, LAMP.vatNumber]);
    // Typed as 12 % in Excel: the number 0.12, formatted as a percentage.
    sheet.getColumn(7).numFmt = "0%";
    await workbook.xlsx.writeFile(file);

    const out = path.join(dir, "listings.checked.xlsx");
    const run = await runCli([file, "--json", ...DATE, "--out", out]);
    expect(run.stderr).toBe("");
    const { rows, summary } = report(run.stdout);
    // The 12 % duty is deducted: the duty per unit is no 0.
    expect(rows.every((row) => row.duty > 0)).toBe(true);
    expect(rows.map((row) => row.status)).toEqual(["RISK", "RISK"]);
    expect(summary.renamedOutputColumns).toEqual([
      { column: "Duty", header: "Duty (customs check)" },
      { column: "Status", header: "Status (customs check)" },
    ]);

    const checked = sheetValues(await readWorkbook(out), "Listings");
    expect(checked[0]).toEqual([
      "SKU",
      "status",
      "HS code",
      "Destination",
      "Sales link",
      "Selling price",
      "Duty",
      "Declared value",
      "VAT number",
      "Inverse value",
      "Declaration ratio",
      "Duty (customs check)",
      "Status (customs check)",
      "Flags",
      "Explanation",
    ]);
    // Every input column keeps its values.
    expect(checked.slice(1).map((cells) => [cells[1], cells[6]])).toEqual([
      ["Active", 0.12],
      ["Inactive", 0.12],
    ]);
    expect(checked.slice(1).map((cells) => cells[12])).toEqual(["RISK", "RISK"]);

    // Checked again: the checker's columns are found and updated in place, the user's left alone.
    const again = path.join(dir, "listings.rechecked.xlsx");
    const second = await runCli([out, "--json", ...DATE, "--out", again]);
    expect(second.stderr).toBe("");
    const rechecked = sheetValues(await readWorkbook(again), "Listings");
    expect(rechecked[0]).toEqual(checked[0]);
    expect(rechecked.slice(1)).toEqual(checked.slice(1));
    expect(report(second.stdout).rows).toEqual(rows);
  });
});

describe("re-checking keeps no stale VAT rates", () => {
  const HEADER = [
    "SKU",
    "HS code",
    "Destination",
    "Sales link",
    "Selling price",
    "Declared value",
    "VAT rate",
    "VAT number",
  ];
  const finland = "https://www.amazon.de/dp/B08N5WRWNW";

  it("works out again the rates it filled (new date, corrected destination) and keeps the rates the user typed", async () => {
    const file = path.join(dir, "vat.csv");
    fs.writeFileSync(
      file,
      csvText([
        HEADER,
        ["FI-1", "94052140", "FI", finland, 49.9, 45, null, "FI20774740"],
        ["FI-2", "94052140", "FI", finland, 49.9, 45, null, "FI20774740"],
        ["FI-3", "94052140", "FI", finland, 49.9, 45, "14%", "FI20774740"],
      ]),
    );
    const first = path.join(dir, "vat.checked.xlsx");
    const one = await runCli([file, "--json", "--date", "2024-08-31", "--out", first]);
    expect(one.stderr).toBe("");
    expect(report(one.stdout).rows.map((row) => row.vatRate)).toEqual([0.24, 0.24, 0.14]);

    // The user corrects FI-2's destination to Germany in the checked workbook.
    const workbook = await readWorkbook(first);
    const sheet = workbook.getWorksheet("vat");
    if (sheet === undefined) throw new Error("no checked sheet");
    sheet.getCell("C3").value = "DE";
    await workbook.xlsx.writeFile(first);

    const second = path.join(dir, "vat.rechecked.xlsx");
    const two = await runCli([first, "--json", "--date", "2024-09-01", "--out", second]);
    expect(two.stderr).toBe("");
    // Finland's rate from 1 September 2024 is 25.5 %; Germany's 19 %; the user's 14 % stays.
    expect(report(two.stdout).rows.map((row) => row.vatRate)).toEqual([0.255, 0.19, 0.14]);
    const checked = sheetValues(await readWorkbook(second), "vat");
    expect(checked.slice(1).map((cells) => cells[6])).toEqual([0.255, 0.19, "14%"]);
    const audit = sheetValues(await readWorkbook(second), "Audit");
    expect(audit[2]).toContain("VAT rates filled: G: 0.255: 2; 0.19: 3");
  });

  it("never overwrites a rate the user typed over one the checker filled", async () => {
    const file = path.join(dir, "typed.csv");
    fs.writeFileSync(
      file,
      csvText([HEADER, ["FI-1", "94052140", "FI", finland, 49.9, 45, null, "FI20774740"]]),
    );
    const first = path.join(dir, "typed.checked.xlsx");
    const one = await runCli([file, "--date", "2024-08-31", "--out", first]);
    expect(one.stderr).toBe("");
    const workbook = await readWorkbook(first);
    const sheet = workbook.getWorksheet("typed");
    if (sheet === undefined) throw new Error("no checked sheet");
    // The checker filled Finland's 24 %; the user types 10 % over it.
    expect(sheet.getCell("G2").value).toBe(0.24);
    sheet.getCell("G2").value = 0.1;
    await workbook.xlsx.writeFile(first);
    const second = path.join(dir, "typed.rechecked.xlsx");
    const two = await runCli([first, "--json", "--date", "2024-09-01", "--out", second]);
    expect(two.stderr).toBe("");
    expect(report(two.stdout).rows[0].vatRate).toBe(0.1);
    expect(sheetValues(await readWorkbook(second), "typed")[1][6]).toBe(0.1);
  });
});

describe("an Excel table's totals row without a label", () => {
  // 5,200 rows are checked in the worker thread (WORKER_MIN_ROWS), 2 in the main thread: both read the table part.
  it.each([2, 5200])("is a totals line, not a product, in a table of %i lines", async (lines) => {
    const file = path.join(dir, `unlabelled-${lines}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Lines");
    sheet.addTable({
      name: "Lines",
      ref: "A1",
      headerRow: true,
      totalsRow: true,
      // Two sums and no label (cleared below): the row holds no word that says "total".
      columns: [
        { name: "SKU" },
        { name: "HS code" },
        { name: "Quantity", totalsRowFunction: "sum" },
        { name: "Destination" },
        { name: "Sales link" },
        { name: "Selling price" },
        { name: "Commission" },
        { name: "Last mile" },
        { name: "Declared value", totalsRowFunction: "sum" },
        { name: "VAT number" },
      ],
      rows: Array.from({ length: lines }, (_, index) => [
        `LAMP-${index}`,
        LAMP.hs,
        LAMP.quantity,
        LAMP.destination,
        LAMP.link,
        LAMP.price,
        LAMP.commission,
        LAMP.lastMile,
        LAMP.declared,
        LAMP.vatNumber,
      ]),
    });
    // exceljs writes "Total" under the first column; users often clear it.
    sheet.getCell(`A${lines + 2}`).value = null;
    await workbook.xlsx.writeFile(file);

    const out = path.join(dir, `unlabelled-${lines}.checked.xlsx`);
    const run = await runCli([file, "--json", ...DATE, "--out", out]);
    expect(run.stderr).toBe("");
    const { rows, summary } = report(run.stdout);
    expect(rows).toHaveLength(lines);
    expect(rows.every((row) => row.status === "OK")).toBe(true);
    expect(summary.skippedRows).toEqual([{ row: lines + 2, kind: "totals" }]);
    expect(run.status).toBe(0);
  });
});
