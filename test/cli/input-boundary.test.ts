import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { HEADER, assertBuilt, cliEnv, csvText, parseReport, runCli, tempDir } from "./helpers";

/**
 * Never a silently wrong number, through the built CLI on real files: numbers in both conventions, currencies in
 * cells, formulas, hyperlinks and absurd amounts are read right or refused on their row, never guessed.
 */
const dir = tempDir();
const file = (name: string) => path.join(dir, name);
const DATE = ["--date", "2024-11-20"];

/** A German television on amazon.de, and the example header's other columns. */
function line(overrides: Partial<Record<(typeof HEADER)[number], string | number | null>> = {}) {
  const values: Record<string, string | number | null> = {
    SKU: "TV-55",
    "HS code": "8528 72 10",
    Quantity: 2,
    Destination: "DE",
    "Sales link": "https://www.amazon.de/dp/B0CX7KQ2LM",
    "Selling price": "1.299,00",
    Currency: "EUR",
    Commission: "0,00",
    "FBA fee": "0,00",
    "Duty rate": "14 %",
    "Declared value": "700,00",
    "VAT number": "DE136695976",
    Shipment: null,
    ...overrides,
  };
  return HEADER.map((header) => values[header]);
}

beforeAll(() => assertBuilt());

describe("German thousands in a semicolon file", () => {
  test("1.299 in a file with decimal commas is 1299 and comes out under-declared", async () => {
    fs.writeFileSync(
      file("de.csv"),
      csvText(
        [
          HEADER,
          line({ SKU: "LAMP", "Selling price": "49,90", "Declared value": "40,00" }),
          line({ "Selling price": "1.299" }),
          line({ "Selling price": "€1.299" }),
        ],
        ";",
      ),
    );
    const run = await runCli([file("de.csv"), "--json", ...DATE]);
    const report = parseReport(run);
    expect(report.rows.map((row) => row.status)).toEqual(["OK", "RISK", "RISK"]);
    expect(report.rows[1].explanation).toMatch(
      /^Declared EUR 700\.00 is EUR [\d.,]+ below the inverse value/,
    );
    expect(run.status).toBe(1);
  });

  test("a semicolon file without any decimal is read with the comma its separator implies", async () => {
    fs.writeFileSync(
      file("de-whole.csv"),
      csvText(
        [
          HEADER,
          line({
            "Selling price": "1.299",
            Commission: 0,
            "FBA fee": 0,
            "Declared value": 700,
            "Duty rate": 0,
          }),
        ],
        ";",
      ),
    );
    const report = parseReport(await runCli([file("de-whole.csv"), "--json", ...DATE]));
    expect(report.rows[0].inverseValue).toBeGreaterThan(1000);
  });

  test("a tab-separated file without evidence refuses 1.299 with both readings", async () => {
    fs.writeFileSync(
      file("tab.csv"),
      csvText(
        [
          HEADER,
          line({
            "Selling price": "1.299",
            Commission: 0,
            "FBA fee": 0,
            "Declared value": 700,
            "Duty rate": 0,
          }),
        ],
        "\t",
      ),
    );
    const report = parseReport(await runCli([file("tab.csv"), "--json", ...DATE]));
    expect(report.rows[0].status).toBe("ERROR");
    expect(report.rows[0].explanation).toMatch(/Selling price: "1\.299" can be read as 1299 or as 1\.299/);
  });

  test("a comma file with decimal points reads 1.299 as 1.299", async () => {
    fs.writeFileSync(
      file("en.csv"),
      csvText([
        HEADER,
        line({
          "Selling price": "19.99",
          Commission: 0,
          "FBA fee": 0,
          "Declared value": "1.299",
          "Duty rate": 0,
        }),
      ]),
    );
    const report = parseReport(await runCli([file("en.csv"), "--json", ...DATE]));
    expect(report.rows[0].declaredValue).toBe(1.3);
  });
});

describe("currencies written in cells", () => {
  test.each([
    ["330 SEK", "SEK=11.39"],
    ["89 zł", "PLN=4.33"],
    ["PLN 120", "PLN=4.33"],
    ["$9.99", "USD=1.06"],
  ])("%p without a rate is refused naming the rate to give", async (price, hint) => {
    const name = `fx-${hint.slice(0, 3)}-${price.length}.csv`;
    fs.writeFileSync(file(name), csvText([HEADER, line({ "Selling price": price, Currency: null })], ";"));
    const report = parseReport(await runCli([file(name), "--json", ...DATE]));
    expect(report.rows[0].status).toBe("ERROR");
    expect(report.rows[0].explanation).toContain(`(e.g. ${hint})`);
  });

  test("330 SEK with --fx is converted", async () => {
    fs.writeFileSync(
      file("sek.csv"),
      csvText(
        [
          HEADER,
          line({
            "Selling price": "330 SEK",
            Currency: null,
            Destination: "SE",
            "Sales link": "https://www.amazon.se/dp/B0CX7KQ2LM",
            "VAT number": "SE556703748501",
            "Declared value": "1,00",
          }),
        ],
        ";",
      ),
    );
    const report = parseReport(await runCli([file("sek.csv"), "--json", ...DATE, "--fx", "SEK=11.39"]));
    // 330 / 11.39 = 28.97 incl. 25 % VAT → net 23.18, less 14 % duty
    expect(report.rows[0].inverseValue).toBe(20.33);
  });

  test("a cell in EUR on a row whose Currency is SEK is refused", async () => {
    fs.writeFileSync(
      file("clash.csv"),
      csvText([HEADER, line({ "Selling price": "€ 12,50", Currency: "SEK" })], ";"),
    );
    const report = parseReport(await runCli([file("clash.csv"), "--json", ...DATE, "--fx", "SEK=11.39"]));
    expect(report.rows[0].explanation).toContain("Selling price is in € but Currency is SEK");
  });
});

describe("absurd amounts are refused on their row; the run completes", () => {
  test.each([
    ["1E308", "text"],
    [1e308, "number"],
  ])("%p as %s", async (price, kind) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Shipment").addRows([HEADER, line({ "Selling price": price }), line()]);
    const name = file(`huge-${kind}.xlsx`);
    await workbook.xlsx.writeFile(name);
    const run = await runCli([name, "--json", ...DATE]);
    expect(run.stderr).not.toMatch(/internal error/);
    const report = parseReport(run);
    expect(report.rows[0].status).toBe("ERROR");
    expect(report.rows[0].explanation).toMatch(/too large/);
    expect(report.rows[1].status).not.toBe("ERROR");
    expect(fs.existsSync(name.replace(/\.xlsx$/, ".checked.xlsx"))).toBe(true);
  });
});

describe("formula cells of files written by scripts", () => {
  const out = file("formulas.xlsx");

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shipment");
    sheet.addRow(HEADER);
    const column = (name: string) => HEADER.indexOf(name as (typeof HEADER)[number]) + 1;
    const rows: [string, Partial<Record<string, ExcelJS.CellValue>>][] = [
      ["no result", { "Declared value": { formula: "B9*0.6" } as ExcelJS.CellFormulaValue }],
      [
        "an error",
        {
          "Declared value": {
            formula: "VLOOKUP(A3,Z:Z,2,0)",
            result: { error: "#N/A" },
          } as ExcelJS.CellFormulaValue,
        },
      ],
      ["quantity", { Quantity: { formula: "C9" } as ExcelJS.CellFormulaValue }],
      ["commission", { Commission: { formula: "F5*0.15" } as ExcelJS.CellFormulaValue }],
      [
        "hyperlink formula",
        {
          "Sales link": {
            formula: 'HYPERLINK("https://www.amazon.fr/dp/B0CX7KQ2LM","Listing")',
            result: "Listing",
          } as ExcelJS.CellFormulaValue,
        },
      ],
      [
        "hyperlink cell",
        { "Sales link": { text: "Listing", hyperlink: "https://www.amazon.fr/dp/B0CX7KQ2LM" } },
      ],
    ];
    for (const [sku, cells] of rows) {
      const added = sheet.addRow(
        line({
          SKU: sku,
          "Selling price": 1299,
          Commission: 0,
          "FBA fee": 0,
          "Declared value": 900,
          "Duty rate": 0.14,
        }),
      );
      for (const [name, value] of Object.entries(cells)) added.getCell(column(name)).value = value ?? null;
    }
    await workbook.xlsx.writeFile(out);
  });

  test("a formula with no saved result or an error result is INVALID_INPUT naming the column and the fix", async () => {
    const report = parseReport(await runCli([out, "--json", ...DATE]));
    const bySku = Object.fromEntries(report.rows.map((row) => [row.sku, row]));
    for (const [sku, column] of [
      ["no result", "Declared value"],
      ["an error", "Declared value"],
      ["quantity", "Quantity"],
      ["commission", "Commission"],
    ]) {
      expect(bySku[sku].status).toBe("ERROR");
      expect(bySku[sku].explanation).toContain(`${column}: the formula =`);
      expect(bySku[sku].explanation).toContain("save it so that its formulas are calculated");
    }
  });

  test("a link written as =HYPERLINK or as a hyperlink cell is read as its link, not its label", async () => {
    const report = parseReport(await runCli([out, "--json", ...DATE]));
    for (const sku of ["hyperlink formula", "hyperlink cell"]) {
      const row = report.rows.find((candidate) => candidate.sku === sku);
      // amazon.fr for goods to DE: the link was read.
      expect(row?.flags).toContain("LINK_COUNTRY_MISMATCH");
      expect(row?.flags).not.toContain("MISSING_LINK");
    }
  });

  test("the checked copy keeps the formulas", async () => {
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.readFile(out.replace(/\.xlsx$/, ".checked.xlsx"));
    const sheet = checked.worksheets[0];
    const declared = HEADER.indexOf("Declared value") + 1;
    expect(sheet.getRow(2).getCell(declared).formula).toBe("B9*0.6");
  });
});

describe("negative zero", () => {
  test("-0 in one cell leaves the zeros of 20,000 later rows alone", async () => {
    const rows = [HEADER, line({ Commission: "-0", "Declared value": 1000 })];
    for (let index = 0; index < 20_000; index++)
      rows.push(line({ SKU: `TV-${index}`, Commission: 0, "FBA fee": "0", "Declared value": 1000 }));
    fs.writeFileSync(file("zeros.csv"), csvText(rows));
    const run = await runCli([file("zeros.csv"), "--json", ...DATE]);
    const report = parseReport(run);
    expect(report.summary.error).toBe(0);
    expect(report.summary.ok).toBe(20_001);
    expect(run.status).toBe(0);
  }, 120_000);
});

describe("number formats of an .xlsx: what Excel shows beside a number", () => {
  const out = file("formats.xlsx");
  const column = (name: (typeof HEADER)[number]) => HEADER.indexOf(name) + 1;
  const ZLOTY = "#,##0.00 [$zł-415]";
  /** A lamp on amazon.pl, no duty: the amounts as `polish` gives them. */
  const polish = (
    sku: string,
    amounts: { price: string | number; commission: string | number; declared: string | number },
  ) =>
    line({
      SKU: sku,
      "HS code": "9405 21 40",
      Quantity: 1,
      Destination: "PL",
      "Sales link": "https://www.amazon.pl/dp/B08N5WRWNW",
      "Selling price": amounts.price,
      Currency: null,
      Commission: amounts.commission,
      "Duty rate": 0,
      "Declared value": amounts.declared,
      "VAT number": null,
    });

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shipment");
    sheet.addRow(HEADER);
    sheet.addRow(polish("as text", { price: "109 zł", commission: "16.35 zł", declared: "43 zł" }));
    const formatted = sheet.addRow(polish("formatted", { price: 109, commission: 16.35, declared: 43 }));
    for (const name of ["Selling price", "Commission", "Declared value"] as const)
      formatted.getCell(column(name)).numFmt = ZLOTY;
    sheet.addRow(line({ SKU: "commission text", Commission: "15 %" }));
    const share = sheet.addRow(line({ SKU: "commission formatted", Commission: 0.15 }));
    share.getCell(column("Commission")).numFmt = "0%";
    await workbook.xlsx.writeFile(out);
  });

  test("a number formatted in zloty is 109 zł, not 109 euros, and a percentage is the commission's share", async () => {
    const run = await runCli([out, "--json", ...DATE, "--fx", "PLN=4.33"]);
    const report = parseReport(run);
    const bySku = (sku: string) => report.rows.find((row) => row.sku === sku);
    // (109 / 4.33 / 1.23 − 16.35 / 4.33): PL's 23 % VAT, no duty. Read as euros it was 72.27.
    expect(bySku("as text")?.inverseValue).toBe(16.69);
    expect(bySku("formatted")?.inverseValue).toBe(16.69);
    expect(bySku("formatted")?.status).toBe(bySku("as text")?.status);
    expect(bySku("commission formatted")?.inverseValue).toBe(bySku("commission text")?.inverseValue);
    expect(bySku("commission formatted")?.status).toBe(bySku("commission text")?.status);
  });

  test("the checked copy keeps the numbers and their formats", async () => {
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.readFile(out.replace(/\.xlsx$/, ".checked.xlsx"));
    const cell = checked.worksheets[0].getRow(3).getCell(column("Selling price"));
    expect(cell.value).toBe(109);
    expect(cell.numFmt).toBe(ZLOTY);
    expect(checked.worksheets[0].getRow(5).getCell(column("Commission")).value).toBe(0.15);
    // As wide as "Selling price" needs: measured on the numbers, not on "[object Object]" (17).
    expect(checked.worksheets[0].getColumn(column("Selling price")).width).toBe("Selling price".length + 2);
  });
});

describe("merged cells of an .xlsx: Excel shows one value over the area, its top-left cell holds it", () => {
  const column = (name: (typeof HEADER)[number]) => HEADER.indexOf(name) + 1;
  const letter = (name: (typeof HEADER)[number]) => String.fromCharCode(64 + column(name));
  /** Three lines of one shipment, then two lines with their FBA fee merged, then two with their Quantity merged, then two with their Duty rate merged. */
  async function write(out: string, merged: boolean): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shipment");
    sheet.addRow(HEADER);
    const shipment = (sku: string, first: boolean) =>
      line({
        SKU: sku,
        Shipment: first || !merged ? "LGG-2412-01" : null,
        Destination: first || !merged ? "DE" : null,
      });
    sheet.addRow(shipment("TV-1", true));
    sheet.addRow(shipment("TV-2", false));
    sheet.addRow(shipment("TV-3", false));
    sheet.addRow(line({ SKU: "FREIGHT-1", "FBA fee": "30,00" }));
    sheet.addRow(line({ SKU: "FREIGHT-2", "FBA fee": merged ? null : "30,00" }));
    sheet.addRow(line({ SKU: "UNITS-1", Quantity: 6 }));
    sheet.addRow(line({ SKU: "UNITS-2", Quantity: merged ? null : 6 }));
    sheet.addRow(line({ SKU: "DUTY-1" }));
    sheet.addRow(line({ SKU: "DUTY-2", "Duty rate": merged ? null : "14 %" }));
    if (merged) {
      for (const name of ["Shipment", "Destination"] as const)
        sheet.mergeCells(`${letter(name)}2:${letter(name)}4`);
      sheet.mergeCells(`${letter("FBA fee")}5:${letter("FBA fee")}6`);
      sheet.mergeCells(`${letter("Quantity")}7:${letter("Quantity")}8`);
      sheet.mergeCells(`${letter("Duty rate")}9:${letter("Duty rate")}10`);
    }
    await workbook.xlsx.writeFile(out);
  }
  const mergedFile = file("merged.xlsx");
  const writtenFile = file("written.xlsx");
  beforeAll(async () => {
    await write(mergedFile, true);
    await write(writtenFile, false);
  });

  test("a shipment's number and destination merged over its rows are read in each row, as Excel shows them", async () => {
    const merged = parseReport(await runCli([mergedFile, "--json", ...DATE]));
    const written = parseReport(await runCli([writtenFile, "--json", ...DATE]));
    for (const sku of ["TV-1", "TV-2", "TV-3"]) {
      const row = merged.rows.find((candidate) => candidate.sku === sku);
      expect(row).toEqual(written.rows.find((candidate) => candidate.sku === sku));
    }
  });

  test("an amount or a quantity merged over several rows is refused in each of them, naming the area", async () => {
    const report = parseReport(await runCli([mergedFile, "--json", ...DATE]));
    const bySku = (sku: string) => report.rows.find((row) => row.sku === sku);
    const freight = `${letter("FBA fee")}5:${letter("FBA fee")}6`;
    const units = `${letter("Quantity")}7:${letter("Quantity")}8`;
    // A merged duty column is still the duty column (read as its cells hold it), its rows refused, not duty-free.
    const duty = `${letter("Duty rate")}9:${letter("Duty rate")}10`;
    for (const [sku, area] of [
      ["FREIGHT-1", freight],
      ["FREIGHT-2", freight],
      ["UNITS-1", units],
      ["UNITS-2", units],
      ["DUTY-1", duty],
      ["DUTY-2", duty],
    ]) {
      expect(bySku(sku)?.status).toBe("ERROR");
      expect(bySku(sku)?.inverseValue).toBeNull();
      expect(bySku(sku)?.explanation).toContain(`the cell is merged over ${area}`);
      expect(bySku(sku)?.explanation).toContain("Unmerge the cells");
    }
  });

  test("the checked copy holds what each cell held, merged as the input is: a re-check reads it the same", async () => {
    const first = parseReport(await runCli([mergedFile, "--json", ...DATE]));
    const checkedFile = mergedFile.replace(/\.xlsx$/, ".checked.xlsx");
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.readFile(checkedFile);
    const sheet = checked.worksheets[0];
    expect(sheet.getRow(2).getCell(column("Shipment")).value).toBe("LGG-2412-01");
    // Row 3's cell holds nothing of its own (exceljs gives a merged cell its area's top-left value).
    expect(sheet.getRow(3).getCell(column("Shipment")).type).toBe(ExcelJS.ValueType.Merge);
    expect(sheet.getRow(5).getCell(column("FBA fee")).value).toBe("30,00");
    expect([...sheet.model.merges].sort()).toEqual(
      [
        `${letter("Shipment")}2:${letter("Shipment")}4`,
        `${letter("Destination")}2:${letter("Destination")}4`,
        `${letter("FBA fee")}5:${letter("FBA fee")}6`,
        `${letter("Quantity")}7:${letter("Quantity")}8`,
        `${letter("Duty rate")}9:${letter("Duty rate")}10`,
      ].sort(),
    );
    // Without its merges the copy's rows 3 and 4 had no shipment: a re-check found three shipments, not one.
    const again = parseReport(await runCli([checkedFile, "--json", ...DATE]));
    expect(again.rows).toEqual(first.rows);
  });

  test("an area over a cell the check writes in is not merged again: it would hide what the check wrote", async () => {
    const out = file("merged-over-written.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shipment");
    const header = [...HEADER, "VAT rate"];
    const vatRate = letter("Shipment").charCodeAt(0) + 1;
    sheet.addRow(["Shipment LGG-2412-02, Liège"]);
    sheet.addRow(header);
    sheet.addRow(line({ SKU: "PLAIN" }));
    sheet.addRow(line({ SKU: "OWN-RATE", Shipment: "note" }));
    sheet.addRow([...line({ SKU: "RATE-1" }), "19 %"]);
    sheet.addRow([...line({ SKU: "RATE-2" }), "19 %"]);
    // A title over the whole width, above the header; a row's shipment cell merged over its empty VAT rate.
    sheet.mergeCells("A1:Z1");
    sheet.mergeCells(`${letter("Shipment")}4:${String.fromCharCode(vatRate)}4`);
    sheet.mergeCells(`${String.fromCharCode(vatRate)}5:${String.fromCharCode(vatRate)}6`);
    await workbook.xlsx.writeFile(out);
    const first = parseReport(await runCli([out, "--json", ...DATE]));
    expect(first.rows.find((row) => row.sku === "OWN-RATE")?.vatRate).toBe(0.19);

    const checkedFile = out.replace(/\.xlsx$/, ".checked.xlsx");
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.readFile(checkedFile);
    const copy = checked.worksheets[0];
    // The filled rate shows: its row's area is not merged; the title and the merged rates (refused) are.
    expect(copy.getRow(4).getCell(vatRate - 64).value).toBe(0.19);
    expect([...copy.model.merges].sort()).toEqual(
      ["A1:Z1", `${String.fromCharCode(vatRate)}5:${String.fromCharCode(vatRate)}6`].sort(),
    );

    // A user merges a row's Status and Explanation in the checked copy to read it; the re-check writes both.
    const status = copy.getRow(2).values as unknown[];
    const statusColumn = status.indexOf("Status");
    copy.mergeCells(3, statusColumn, 3, statusColumn + 1);
    await checked.xlsx.writeFile(checkedFile);
    await runCli([checkedFile, "--json", ...DATE]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(checkedFile.replace(/\.xlsx$/, ".checked.xlsx"));
    expect([...again.worksheets[0].model.merges].sort()).toEqual(
      ["A1:Z1", `${String.fromCharCode(vatRate)}5:${String.fromCharCode(vatRate)}6`].sort(),
    );
    expect(again.worksheets[0].getRow(3).getCell(statusColumn + 1).value).toEqual(expect.any(String));
  });

  test("a sheet split beyond Excel's row limit keeps each part's areas at their rows there, and notes on the first", async () => {
    const out = file("merged-split.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shipment");
    sheet.addRow(HEADER);
    for (let index = 0; index < 24; index++)
      sheet.addRow(line({ SKU: `TV-${index + 2}`, Shipment: "LGG-1" }));
    const shipment = letter("Shipment");
    // Rows 1–10 fit the first sheet (a limit of 10, set for the test); row 11 goes on on the second, under its header.
    for (const [top, bottom] of [
      [3, 4],
      [10, 11],
      [13, 14],
    ])
      sheet.mergeCells(`${shipment}${top}:${shipment}${bottom}`);
    sheet.getCell("A2").note = "First part";
    sheet.getCell("A20").note = "Second part";
    await workbook.xlsx.writeFile(out);
    const run = await runCli([out, "--json", ...DATE], undefined, {
      ...cliEnv(),
      CUSTOMS_CHECK_SHEET_ROWS: "10",
    });
    expect(run.stderr).toBe("");
    const checked = new ExcelJS.Workbook();
    await checked.xlsx.readFile(out.replace(/\.xlsx$/, ".checked.xlsx"));
    const [first, second] = checked.worksheets;
    expect(second.name).toBe("Shipment (2)");
    expect(first.model.merges).toEqual([`${shipment}3:${shipment}4`]);
    // Input rows 13 and 14 are rows 4 and 5 of the second sheet (its header, then input rows 11, 12, 13 …); the area
    // over rows 10 and 11 lies on both sheets and is merged on neither.
    expect(second.model.merges).toEqual([`${shipment}4:${shipment}5`]);
    expect(second.getRow(4).getCell(1).value).toBe("TV-13");
    expect(first.getCell("A2").note).toBe("First part");
    // exceljs 4.4 writes notes on two sheets as a file Excel repairs (exceljs PR #3070): the first sheet's only.
    expect(second.getCell("A11").note).toBeUndefined();
  });

  test('a column judged by its values ("Duty": rates or amounts) is judged by what its cells hold', async () => {
    const out = file("merged-duty.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Shipment");
    sheet.addRow(HEADER.map((header) => (header === "Duty rate" ? "Duty" : header)));
    sheet.addRow(line({ SKU: "DUTY-1" }));
    sheet.addRow(line({ SKU: "DUTY-2", "Duty rate": null }));
    sheet.mergeCells(`${letter("Duty rate")}2:${letter("Duty rate")}3`);
    await workbook.xlsx.writeFile(out);
    const report = parseReport(await runCli([out, "--json", ...DATE]));
    // Read with the merged cells, the column held no rates and was left unused: both rows came out duty-free.
    expect(report.rows.map((row) => row.status)).toEqual(["ERROR", "ERROR"]);
    expect(report.rows[1].explanation).toContain(`Duty: the cell is merged over ${letter("Duty rate")}2:`);
  });
});
