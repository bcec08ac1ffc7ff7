import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { decodeText, readCsvCells } from "../../src/cli/csv";
import { AUDIT_COLUMNS, OUTPUT_COLUMNS, checkShipment, jsonReport, readSettings } from "../../src/sheet";
import {
  EXAMPLES,
  EXAMPLE_OPTIONS,
  type ReportJson,
  type Run,
  assertBuilt,
  conditionalFormats,
  parseReport,
  readWorkbook,
  runCli,
  tempDir,
} from "./helpers";

/** The examples end to end: the JSON contract of docs/contracts.md, the text summary, the checked workbook. */
const CSV = path.join(EXAMPLES, "shipment.csv");
const XLSX = path.join(EXAMPLES, "shipment.xlsx");
const ROW_KEYS = [
  "row",
  "sku",
  "status",
  "flags",
  "vatRate",
  "inverseValue",
  "ratio",
  "duty",
  "declaredValue",
  "explanation",
  "importVatBase",
  "importVat",
  "vatRegime",
];
const SUMMARY_KEYS = [
  "rows",
  "ok",
  "review",
  "risk",
  "error",
  "underDeclaredHsCodes",
  "fineExposure",
  "outstandingDuty",
  "shipmentsExposed",
  "importVat",
];

let dir: string;
let csvJson: Run;
let xlsxJson: Run;
let xlsxText: Run;

beforeAll(async () => {
  dir = tempDir();
  assertBuilt();
  [csvJson, xlsxJson, xlsxText] = await Promise.all([
    runCli([CSV, "--json", "--out", path.join(dir, "csv.checked.xlsx"), ...EXAMPLE_OPTIONS]),
    runCli([XLSX, "--json", "--out", path.join(dir, "xlsx-json.checked.xlsx"), ...EXAMPLE_OPTIONS]),
    runCli([XLSX, "--out", path.join(dir, "xlsx.checked.xlsx"), ...EXAMPLE_OPTIONS]),
  ]);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--json on examples/shipment.csv", () => {
  it("prints exactly one JSON document on stdout, nothing on stderr, and exits 1 (rows at RISK and ERROR)", () => {
    expect(csvJson.stderr).toBe("");
    expect(csvJson.status).toBe(1);
    expect(csvJson.stdout.endsWith("}\n")).toBe(true);
    expect(() => JSON.parse(csvJson.stdout)).not.toThrow();
  });

  it("has the shape of docs/contracts.md, JSON report: the keys in order, with their types", () => {
    const report = JSON.parse(csvJson.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["rows", "summary"]);
    const { rows, summary } = parseReport(csvJson);
    expect(Object.keys(summary)).toEqual(SUMMARY_KEYS);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(ROW_KEYS);
      expect(Number.isInteger(row.row)).toBe(true);
      expect(typeof row.sku === "string" || row.sku === null).toBe(true);
      expect(["OK", "REVIEW", "RISK", "ERROR"]).toContain(row.status);
      expect(Array.isArray(row.flags)).toBe(true);
      for (const key of [
        "vatRate",
        "inverseValue",
        "ratio",
        "duty",
        "declaredValue",
        "importVatBase",
        "importVat",
      ] as const) {
        expect(row[key] === null || typeof row[key] === "number").toBe(true);
      }
      expect(["CP42", "ET14000", "PAID"]).toContain(row.vatRegime);
      expect(typeof row.explanation).toBe("string");
      expect(row.explanation).not.toBe("");
    }
    expect(typeof summary.fineExposure).toBe("number");
    expect(typeof summary.outstandingDuty).toBe("number");
    expect(summary.underDeclaredHsCodes.every((code) => /^\d+$/.test(code))).toBe(true);
  });

  it("finds what the sample was made to show", () => {
    const { rows, summary } = parseReport(csvJson);
    expect(summary).toEqual({
      rows: 38,
      ok: 11,
      review: 11,
      risk: 11,
      error: 5,
      underDeclaredHsCodes: ["39241000", "85183095", "94052140"],
      fineExposure: 750,
      outstandingDuty: 49.81,
      shipmentsExposed: ["LGG-2411-07", "LGG-2411-09"],
      // VAT deferral required, no VAT regime column: procedure 42, and ET 14.000 for the goods to Belgium.
      importVat: {
        paidAtImport: 0,
        deferredET14000: 489.6,
        exemptCP42: 5525.31,
        destinationVatEstimate: {
          DE: 1805.45,
          ES: 692.1,
          FR: 991.41,
          IT: 912.34,
          NL: 437.07,
          PL: 182.06,
          SE: 228.93,
        },
      },
    });
    const flagsOf = (sku: string) => rows.find((row) => row.sku === sku)?.flags;
    expect(rows[0]).toMatchObject({
      row: 2,
      sku: "LUM-LAMP-DE",
      status: "REVIEW",
      vatRate: 0.19,
      inverseValue: 20.25,
      declaredValue: 20.5,
    });
    expect(flagsOf("LUM-LAMP-NL")).toEqual(["UNDER_DECLARED", "SHIPMENT_DETENTION"]);
    expect(flagsOf("LUM-MAT-3P-FR")).toContain("LINK_COUNTRY_MISMATCH");
    expect(flagsOf("LUM-BTL-750")).toContain("MISSING_VAT_NUMBER");
    expect(flagsOf("LUM-CASE-IT")).toContain("VAT_NUMBER_COUNTRY_MISMATCH");
    expect(flagsOf("LUM-SCALE-DE")).toContain("INVALID_VAT_NUMBER");
    expect(flagsOf("LUM-HOOK-10")).toContain("INVALID_HS_CODE");
    expect(flagsOf("LUM-TOWEL")).toContain("MISSING_LINK");
    expect(flagsOf("LUM-YOGA-ES")).toEqual(["REFERENCE_LINK_USED"]);
    expect(flagsOf("LUM-YOGA-IT")).toEqual(["UNKNOWN_MARKETPLACE"]);
    expect(flagsOf("LUM-CASE-ES")).toEqual(["MISSING_DECLARED_VALUE"]);
    expect(flagsOf("LUM-LAMP-PL")).toEqual(["INVALID_INPUT"]);
    expect(flagsOf("LUM-MAT-ES")).toEqual(["INVALID_INPUT"]);
    expect(flagsOf("LUM-BTL-IT")).toEqual(["INVALID_INPUT"]);
    expect(flagsOf("LUM-LAMP-UK")).toContain("UNKNOWN_COUNTRY");
    expect(flagsOf("LUM-STRAP")).toContain("DEDUCTIONS_EXCEED_PRICE");
    expect(flagsOf("LUM-BOOK-IT")).toEqual([]);
    expect(rows.find((row) => row.sku === "LUM-BOOK-IT")?.vatRate).toBe(0.04);
  });

  it("gives the figures of the shared sheet logic, row for row", () => {
    const { rows } = readCsvCells(decodeText(fs.readFileSync(CSV)));
    const settings = readSettings({
      declarationDate: "2024-11-20",
      exchangeRates: { SEK: "11.39", PLN: "4.33" },
    });
    expect(parseReport(csvJson)).toEqual(jsonReport(checkShipment(rows, settings)));
  });
});

describe("examples/shipment.xlsx", () => {
  it("gives the same results as the CSV, on its own row numbers (a title and a note above the header)", () => {
    const fromCsv = parseReport(csvJson);
    const fromXlsx = parseReport(xlsxJson);
    expect(xlsxJson.status).toBe(1);
    expect(fromXlsx.summary).toEqual(fromCsv.summary);
    // Detention explanations name other rows, whose numbers differ by the two rows above the header.
    const withoutRowNumbers = (report: ReportJson) =>
      report.rows.map(({ row: _row, explanation, ...rest }) => ({
        ...rest,
        explanation: explanation.replace(/\(rows? [^)]*\)/g, ""),
      }));
    expect(withoutRowNumbers(fromXlsx)).toEqual(withoutRowNumbers(fromCsv));
    expect(fromXlsx.rows.map((row) => row.row)).toEqual(fromCsv.rows.map((row) => row.row + 2));
  });

  it("prints a short summary: file and sheet, counts, fine, duty, exposure, ignored columns, the workbook, the worst rows", () => {
    expect(xlsxText.status).toBe(1);
    expect(xlsxText.stderr).toBe("");
    const text = xlsxText.stdout;
    expect(text).toMatch(/^Checked .*shipment\.xlsx, sheet "Shipment": 38 rows, header on row 3\n/);
    expect(text).toContain("OK 11   REVIEW 11   RISK 11   ERROR 5");
    expect(text).toContain(
      "Fine exposure     EUR 750.00 (3 under-declared HS codes × EUR 250.00, offence 1)",
    );
    expect(text).toContain("Outstanding duty  EUR 49.81");
    expect(text).toContain("Shipments exposed LGG-2411-07, LGG-2411-09");
    expect(text).toContain("Ignored columns   Advertising");
    expect(text).toContain(`Checked workbook  ${path.join(dir, "xlsx.checked.xlsx")}`);
    expect(text).toContain("RISK and ERROR rows (first 10 of 16):");
    expect(text).toContain(
      "row 6 LUM-LAMP-NL: RISK UNDER_DECLARED, SHIPMENT_DETENTION. Declared EUR 12.60 is EUR 8.39 below the inverse value EUR 20.99.",
    );
  });
});

describe("the checked workbook of examples/shipment.xlsx", () => {
  let input: ExcelJS.Workbook;
  let checked: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  const HEADER_ROW = 3;
  const FIRST_OUTPUT = 24; // the input has 23 columns; the six output columns follow (X is 24)

  beforeAll(async () => {
    input = await readWorkbook(XLSX);
    checked = await readWorkbook(path.join(dir, "xlsx.checked.xlsx"));
    sheet = checked.worksheets[0];
  });

  it("has the checked sheet, a Summary, a Pro forma sheet per shipment, the VAT deferral statement and an Audit sheet", () => {
    expect(checked.worksheets.map((worksheet) => worksheet.name)).toEqual([
      "Shipment",
      "Summary",
      "Pro forma LGG-2411-07",
      "Pro forma LGG-2411-08",
      "Pro forma LGG-2411-09",
      "Pro forma (no shipment)",
      "VAT deferral",
      "Audit",
    ]);
  });

  it("keeps every cell of the input sheet: title rows, values, hyperlinks; formulas as their results", () => {
    const original = input.getWorksheet("Shipment") as ExcelJS.Worksheet;
    let cells = 0;
    original.eachRow((row, rowNumber) => {
      row.eachCell((cell, columnNumber) => {
        const value = cell.value;
        const expected =
          value !== null && typeof value === "object" && "formula" in value ? value.result : value;
        expect({ at: cell.address, value: sheet.getCell(rowNumber, columnNumber).value }).toEqual({
          at: cell.address,
          value: expected,
        });
        cells++;
      });
    });
    expect(cells).toBeGreaterThan(38 * 15);
    expect(sheet.getCell("G16").value).toEqual({
      text: "Amazon.it listing",
      hyperlink: "https://www.amazon.it/dp/B0CX7KQ2LM",
    });
  });

  it("appends the six output columns with their headers and values, and fills empty VAT rates", () => {
    const headers = OUTPUT_COLUMNS.map((_, offset) => sheet.getCell(HEADER_ROW, FIRST_OUTPUT + offset).value);
    expect(headers).toEqual([...OUTPUT_COLUMNS]);
    const rows = parseReport(xlsxJson).rows;
    for (const row of rows) {
      const cells = OUTPUT_COLUMNS.map((_, offset) => sheet.getCell(row.row, FIRST_OUTPUT + offset).value);
      expect(cells).toEqual([
        row.inverseValue,
        row.ratio,
        row.duty,
        row.status,
        row.flags.length > 0 ? row.flags.join(", ") : null,
        row.explanation,
      ]);
    }
    const vatRate = 19; // column S
    expect(sheet.getCell(4, vatRate).value).toBe(0.19);
    expect(sheet.getCell(4, vatRate).numFmt).toBe("0.0%");
    expect(sheet.getCell(22, vatRate).value).toBe("4 %"); // LUM-BOOK-IT: a reduced rate the user typed stays
    expect(sheet.getCell(4, FIRST_OUTPUT).numFmt).toBe("0.00");
    expect(sheet.getCell(4, FIRST_OUTPUT + 1).numFmt).toBe("0.00%");
    expect(sheet.getCell(4, FIRST_OUTPUT + 2).numFmt).toBe("0.00");
  });

  it("colours the Status column by conditional formatting, freezes the header and filters header and data", () => {
    const formats = conditionalFormats(sheet);
    expect(formats).toHaveLength(1);
    expect(formats[0].ref).toBe("AA4:AA41");
    const rules = formats[0].rules as ExcelJS.CellIsRuleType[];
    expect(rules.map((rule) => [rule.type, rule.operator, rule.formulae])).toEqual([
      ["cellIs", "equal", ['"OK"']],
      ["cellIs", "equal", ['"REVIEW"']],
      ["cellIs", "equal", ['"RISK"']],
      ["cellIs", "equal", ['"ERROR"']],
    ]);
    expect(rules.every((rule) => rule.style?.fill !== undefined)).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW });
    expect(sheet.autoFilter).toBe("A3:AC41");
    expect(sheet.getCell("A3").font?.bold).toBe(true);
  });

  it("has a Summary with counts, fine exposure, duty, exposure, ignored columns, settings and the VAT table", () => {
    const summary = checked.getWorksheet("Summary") as ExcelJS.Worksheet;
    const lines = new Map<string, ExcelJS.CellValue>();
    summary.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(lines.get("Rows checked")).toBe(38);
    expect(lines.get("RISK")).toBe(11);
    expect(lines.get("Under-declared HS codes")).toBe("3: 39241000, 85183095, 94052140");
    // One wording with the pane and the text summary (src/sheet/output-sheets.ts); the cell shows "EUR 750.00".
    expect(lines.get("Fine exposure")).toBe(750);
    expect(lines.get("Outstanding duty")).toBe(49.81);
    let fineFormat: string | undefined;
    summary.eachRow((row) => {
      if (row.getCell(1).value === "Fine exposure") fineFormat = row.getCell(2).numFmt;
    });
    expect(fineFormat).toBe('"EUR" #,##0.00');
    // Beside a figure, what it means, as the text summary says it.
    const details = new Map<string, ExcelJS.CellValue>();
    summary.eachRow((row) => details.set(String(row.getCell(1).value), row.getCell(3).value));
    expect(details.get("Fine exposure")).toBe("3 under-declared HS codes × EUR 250.00, offence 1");
    expect(details.get("Rows checked")).toBeNull();
    expect(lines.get("Shipments exposed to detention")).toBe("LGG-2411-07, LGG-2411-09");
    expect(lines.get("Ignored cost columns (not deductible)")).toBe("Advertising");
    expect(lines.get("Unmapped columns")).toBe("none");
    expect(String(lines.get("Settings"))).toContain("exchange rates SEK=11.39, PLN=4.33");
    expect(String(lines.get("VAT table"))).toMatch(/EU27/);
  });

  it("has pro forma sheets with bold header and totals, money to the cent, A4 landscape, header on every page", () => {
    const proForma = checked.getWorksheet("Pro forma LGG-2411-07") as ExcelJS.Worksheet;
    // Five title lines and a blank row above the header.
    expect(proForma.getCell("A7").value).toBe("SKU");
    expect(proForma.getCell("A7").font?.bold).toBe(true);
    expect(proForma.getCell("A7").alignment?.wrapText).toBe(true);
    expect(proForma.getRow(7).height).toBe(30);
    expect(proForma.getCell("A8").value).toBe("LUM-LAMP-DE");
    // Printed for customs: thousands separated, as the task pane writes it.
    expect(proForma.getCell("E8").numFmt).toBe("#,##0.00");
    const totals = proForma.getRow(proForma.rowCount);
    expect(totals.getCell(1).value).toBe("Totals");
    expect(totals.getCell(1).font?.bold).toBe(true);
    expect(totals.getCell(15).numFmt).toBe("#,##0.00");
    // Every deduction is on some line: 15 columns, wider than the page, so one page wide.
    expect(proForma.columns.map((column) => column.width)).toEqual([
      14, 24, 10, 10, 12, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12,
    ]);
    expect(proForma.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "7:7",
    });
    const errors = checked.getWorksheet("Pro forma LGG-2411-09") as ExcelJS.Worksheet;
    expect(String(errors.getRow(errors.rowCount).getCell(1).value)).toMatch(
      /^Not on this pro forma because of errors .*rows 34, 35$/,
    );
  });

  it("has an Audit sheet with one row for this check", () => {
    const audit = checked.getWorksheet("Audit") as ExcelJS.Worksheet;
    expect(audit.getRow(1).values).toEqual([undefined, ...AUDIT_COLUMNS]);
    expect(audit.rowCount).toBe(2);
    expect(audit.getCell("B2").value).toMatch(/shipment\.xlsx, sheet "Shipment"$/);
    expect(audit.getCell("C2").value).toBe(38);
  });
});

describe("examples/parcels-2026.csv: the rules of December 2026 through the CLI", () => {
  const PARCELS = path.join(EXAMPLES, "parcels-2026.csv");
  let report: ReportJson;
  let text: string;

  beforeAll(async () => {
    const options = [
      "--date",
      "2026-12-01",
      "--fx",
      "PLN=4.22",
      "--no-vat-deferral",
      "--vat-rate",
      "DE:4901=7%",
    ];
    const [json, plain] = await Promise.all([
      runCli([PARCELS, "--json", "--out", path.join(dir, "parcels-json.checked.xlsx"), ...options]),
      runCli([PARCELS, "--out", path.join(dir, "parcels.checked.xlsx"), ...options]),
    ]);
    report = parseReport(json);
    text = plain.stdout;
  });

  const row = (sku: string) => report.rows.find((line) => line.sku === sku);

  test("each row gets the flags the example was made to show", () => {
    expect(Object.fromEntries(report.rows.map((line) => [line.sku, line.flags]))).toEqual({
      "CASE-NL-1": [],
      "CASE-NL-2": [],
      "BOOK-DE": [],
      "PBANK-PL": ["UNDER_DECLARED", "CONTROLLED_GOODS"],
      "TOY-FR": ["CONTROLLED_GOODS"],
      "LAMP-BG": ["UNDER_DECLARED"],
      "EARBUD-DE": ["UNDER_DECLARED", "UNKNOWN_MARKETPLACE"],
      "SOCKS-DE": ["INVALID_GTIN", "NOT_A_PRODUCT_PAGE"],
      "MUG-DE": ["MISSING_PRODUCT_ID", "UNKNOWN_MARKETPLACE"],
      "BOLT-DE": ["UNDER_DECLARED", "CONTROLLED_GOODS"],
    });
  });

  test("the explanations say why, in the rules' words", () => {
    expect(row("EARBUD-DE")?.explanation).toMatch(/short link \(amzn\.eu\).*paste the full product link/);
    expect(row("MUG-DE")?.explanation).toMatch(/AliExpress, but the link does not say which country's store/);
    expect(row("TOY-FR")?.explanation).toMatch(/Toy safety \(CE marking\), Directive 2009\/48\/EC/);
    expect(row("LAMP-BG")?.explanation).toMatch(/irrevocable rate of 1\.95583 BGN per EUR/);
    expect(row("CASE-NL-1")?.explanation).toMatch(/Low-value B2C consignment PCL-7001 \(EUR 24\.60/);
  });

  test("the text summary gives the low-value duty, the reduced rates and the regimes", () => {
    expect(text).toMatch(
      /Low-value duty {4}EUR 24\.00 \(8 B2C consignments up to EUR 150: PCL-7001 EUR 3\.00 \(1 item/,
    );
    expect(text).toContain("Reduced VAT       DE HS 4901 at 7 %: row 4");
    expect(text).toMatch(/Licences {10}Batteries .*: row 5 \(shipments PCL-7003\); Toy safety .*CBAM/);
  });
});
