import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { decodeText, readCsvCells } from "../../src/cli/csv";
import { WORKER_MIN_ROWS } from "../../src/cli/evaluate";
import { parseCommand } from "../../src/cli/options";
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type CellValue,
  PRO_FORMA_PRINTABLE_POINTS,
  VAT_DEFERRAL_COLUMNS,
  VAT_DEFERRAL_COLUMN_FACTS,
  VAT_DEFERRAL_MONEY_COLUMNS,
  VAT_DEFERRAL_SHEET,
  type VatDeferralSheet,
  checkShipment,
  columnWidthPoints,
  jsonReport,
  readSettings,
  vatDeferralSheet,
} from "../../src/sheet";
import {
  EXAMPLE_OPTIONS,
  HEADER,
  type ReportJson,
  assertBuilt,
  csvText,
  parseReport,
  readWorkbook,
  runCli,
  tempDir,
} from "./helpers";

/**
 * The bulk checker's side of import VAT and VAT deferral (issue 11, domain.md section 11): the JSON rows' import VAT
 * base, import VAT per unit and regime, the summary's amounts by regime, the text summary's lines, and the checked
 * workbook's VAT deferral statement, cell for cell the shared sheet logic's, in this thread and in the worker.
 */
let dir: string;
beforeAll(() => {
  dir = tempDir();
  assertBuilt();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const REGIME_HEADER = [...HEADER, "Freight", "Handling", "VAT regime", "Importer VAT number"];
type Field = (typeof REGIME_HEADER)[number];
type Line = Partial<Record<Field, string | number | null>>;

/**
 * A lamp to France declared at 30.00, above its inverse value (41.58 net − 6.00 − 3.07 − 0.80 − 0.45, / 1.047 =
 * 29.86): import VAT base 30.00 + duty 4.7 % 1.41 + freight 0.80 + handling 0.45 = 32.66 a unit, at 21 %.
 */
const LAMP: Line = {
  SKU: "LAMP-9",
  "HS code": "9405 21 40",
  Quantity: 40,
  Destination: "FR",
  "Sales link": "https://www.amazon.fr/dp/B08N5WRWNW",
  "Selling price": 49.9,
  Currency: "EUR",
  Commission: 6,
  "FBA fee": 3.07,
  "Duty rate": 0.047,
  "Declared value": 30,
  "VAT number": "FR40303265045",
  Shipment: "LGG-1",
  Freight: 0.8,
  Handling: 0.45,
  "VAT regime": "CP42",
  "Importer VAT number": null,
};
const line = (overrides: Line): (string | number | null)[] => {
  const values: Line = { ...LAMP, ...overrides };
  return REGIME_HEADER.map((field) => values[field] ?? null);
};
const BELGIUM: Line = {
  Destination: "BE",
  "Sales link": "https://www.amazon.com.be/dp/B08N5WRWNW",
  "VAT number": "BE0417497106",
};

/** The three regimes in one shipment, then each of the regimes' flags, a row in error and a row without shipment. */
const LINES: (string | number | null)[][] = [
  line({ SKU: "LAMP-FR-42" }),
  line({ SKU: "LAMP-FR-ET", "VAT regime": "ET 14.000", "Importer VAT number": "BE0417497106" }),
  line({
    SKU: "LAMP-DE-PAID",
    "VAT regime": "paid",
    Destination: "DE",
    "Sales link": "https://www.amazon.de/dp/B08N5WRWNW",
    "Selling price": 48,
    "VAT number": null,
  }),
  line({ SKU: "LAMP-BE-42", Quantity: 10, Shipment: "LGG-2", ...BELGIUM }),
  line({ SKU: "LAMP-ET-NONE", Quantity: 10, Shipment: "LGG-3", "VAT regime": "ET14000" }),
  line({
    SKU: "LAMP-ET-BAD",
    Quantity: 10,
    Shipment: "LGG-3",
    "VAT regime": "ET14000",
    "Importer VAT number": "BE0417497107",
  }),
  line({ SKU: "LAMP-ERROR", Shipment: "LGG-3", "Selling price": "x" }),
  line({ SKU: "LAMP-LOOSE", Quantity: 5, Shipment: null }),
];

const settingsOf = (file: string) => {
  const command = parseCommand([file, ...EXAMPLE_OPTIONS]);
  if (command.kind !== "check") throw new Error("not a check");
  return readSettings(command.options.storedSettings, command.options.now);
};
/** The shared sheet logic's check of a CSV file, as the tests of the pro forma take it (workbook.test.ts). */
const sharedCheck = (file: string) =>
  checkShipment(readCsvCells(decodeText(fs.readFileSync(file))).rows, settingsOf(file));
const sharedStatement = (file: string): VatDeferralSheet =>
  vatDeferralSheet(sharedCheck(file), {
    declarationDate: settingsOf(file).declarationDate,
    vatTableVersion: VAT_TABLE_VERSION,
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
/** The statement's rows as a sheet holds them: every column, "" as an empty cell. */
const asCells = (statement: VatDeferralSheet): CellValue[][] =>
  statement.rows.map((cells) =>
    VAT_DEFERRAL_COLUMNS.map((_, column) => {
      const cell = cells[column];
      return cell === undefined || cell === "" ? null : cell;
    }),
  );

const statementSheet = (workbook: ExcelJS.Workbook, name = VAT_DEFERRAL_SHEET) => {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet "${name}"`);
  return sheet;
};
const at = (column: (typeof VAT_DEFERRAL_COLUMNS)[number]) => VAT_DEFERRAL_COLUMNS.indexOf(column) + 1;

async function writeXlsx(file: string, name: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const sheet = workbook.addWorksheet(name);
  rows.forEach((cells) => sheet.addRow([...cells]).commit());
  sheet.commit();
  await workbook.commit();
}

describe("a small shipment with the three regimes, checked in this thread", () => {
  let file: string;
  let json: ReportJson;
  let text: string;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    file = path.join(dir, "regimes.csv");
    fs.writeFileSync(file, csvText([REGIME_HEADER, ...LINES]));
    const [jsonRun, textRun] = await Promise.all([
      runCli([file, "--json", "--out", path.join(dir, "regimes-json.xlsx"), ...EXAMPLE_OPTIONS]),
      runCli([file, "--out", path.join(dir, "regimes.xlsx"), ...EXAMPLE_OPTIONS]),
    ]);
    expect(jsonRun.stderr).toBe("");
    expect(textRun.stderr).toBe("");
    expect([jsonRun.status, textRun.status]).toEqual([1, 1]);
    json = parseReport(jsonRun);
    text = textRun.stdout;
    workbook = await readWorkbook(path.join(dir, "regimes.xlsx"));
  });

  it("gives each JSON row its import VAT base, import VAT per unit and regime, and the flags of the regimes", () => {
    const rows = json.rows.map((row) => [
      row.sku,
      row.vatRegime,
      row.importVatBase,
      row.importVat,
      row.flags,
    ]);
    expect(rows).toEqual([
      // 32.66 × 21 % = 6.8586: 6.86 a unit (the line, 40 units, is 274.34).
      ["LAMP-FR-42", "CP42", 32.66, 6.86, []],
      ["LAMP-FR-ET", "ET14000", 32.66, 6.86, []],
      ["LAMP-DE-PAID", "PAID", 32.66, 6.86, []],
      ["LAMP-BE-42", "CP42", 32.66, 6.86, ["CP42_TO_BELGIUM"]],
      ["LAMP-ET-NONE", "ET14000", 32.66, 6.86, ["MISSING_IMPORTER_VAT_NUMBER", "SHIPMENT_DETENTION"]],
      ["LAMP-ET-BAD", "ET14000", 32.66, 6.86, ["INVALID_IMPORTER_VAT_NUMBER", "SHIPMENT_DETENTION"]],
      ["LAMP-ERROR", "CP42", null, null, ["INVALID_INPUT", "SHIPMENT_DETENTION"]],
      ["LAMP-LOOSE", "CP42", 32.66, 6.86, []],
    ]);
    // The whole document is the shared sheet logic's.
    expect(json).toEqual(jsonReport(sharedCheck(file)));
  });

  it("sums the import VAT by regime in the JSON summary, with procedure 42's destination VAT estimate", () => {
    expect(json.summary.importVat).toEqual({
      // 32.66 × 40 × 21 % = 274.344
      paidAtImport: 274.34,
      // 274.34 + 2 × (32.66 × 10 × 21 % = 68.586) 68.59
      deferredET14000: 411.52,
      // 274.34 + 68.59 + (32.66 × 5 × 21 % = 34.293) 34.29
      exemptCP42: 377.22,
      // France at 20 %: 32.66 × 45 × 20 % = 293.94, in two lines 261.28 + 32.66; Belgium at 21 %: 68.59.
      destinationVatEstimate: { BE: 68.59, FR: 293.94 },
    });
  });

  it("prints the three amounts and the destination estimate in the text summary", () => {
    expect(text).toContain("\n  Import VAT        paid at import: EUR 274.34\n");
    expect(text).toContain(
      "\n                    deferred (ET 14.000): EUR 411.52 (declared and deducted in the periodic Belgian VAT return)\n",
    );
    expect(text).toContain(
      "\n                    exempt (procedure 42): EUR 377.22 (destination VAT, an estimate: BE EUR 68.59, FR EUR 293.94)\n",
    );
    // After the shipments exposed, before the rest.
    expect(text.indexOf("Shipments exposed")).toBeLessThan(text.indexOf("Import VAT"));
    expect(text.indexOf("Import VAT")).toBeLessThan(text.indexOf("Settings"));
  });

  it("writes the VAT deferral sheet after the pro forma sheets and before the Audit sheet, named in the Summary", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "regimes",
      "Summary",
      "Pro forma LGG-1",
      "Pro forma LGG-2",
      "Pro forma LGG-3",
      "Pro forma (no shipment)",
      VAT_DEFERRAL_SHEET,
      "Audit",
    ]);
    const summary = statementSheet(workbook, "Summary");
    const lines = new Map<string, ExcelJS.CellValue>();
    summary.eachRow((row) => lines.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(lines.get("VAT deferral")).toBe(VAT_DEFERRAL_SHEET);
    expect(lines.get("Import VAT paid at import")).toBe(274.34);
    expect(lines.get("Import VAT deferred (ET 14.000)")).toBe(411.52);
    expect(lines.get("Import VAT exempt (procedure 42)")).toBe(377.22);
  });

  it("writes the statement cell for cell as the shared sheet logic gives it: a line per shipment × regime × destination, totals that add up", () => {
    const sheet = statementSheet(workbook);
    const expected = sharedStatement(file);
    expect(sheetCells(sheet, VAT_DEFERRAL_COLUMNS.length)).toEqual(asCells(expected));
    const header = expected.headerRowIndex + 1;
    const body = (row: number) => sheet.getRow(row).values as CellValue[];
    expect(body(header)).toEqual([undefined, ...VAT_DEFERRAL_COLUMNS]);
    const lines = Array.from(
      { length: expected.totalRowIndexes[0] - expected.headerRowIndex - 1 },
      (_, index) => body(header + 1 + index).slice(1, 5),
    );
    expect(lines).toEqual([
      ["(no shipment)", "CP42", "FR", 1],
      ["LGG-1", "CP42", "FR", 1],
      ["LGG-1", "ET14000", undefined, 1],
      ["LGG-1", "PAID", undefined, 1],
      ["LGG-2", "CP42", "BE", 1],
      ["LGG-3", "ET14000", undefined, 2],
    ]);
    const total = (index: number) => sheet.getRow(expected.totalRowIndexes[index] + 1);
    const grandRow = expected.totalRowIndexes[3] + 1;
    expect(
      [0, 1, 2, 3].map((index) => [
        total(index).getCell(1).value,
        total(index).getCell(at("Import VAT")).value,
      ]),
    ).toEqual([
      ["Total paid at import", 274.34],
      ["Total deferred (ET 14.000)", 411.52],
      ["Total exempt (procedure 42)", 377.22],
      ["Total", 1063.08],
    ]);
    // The row in error is named below the totals (in lines short enough to print).
    const notes = Array.from({ length: sheet.rowCount - grandRow }, (_, index) =>
      String(sheet.getCell(grandRow + 1 + index, 1).value ?? ""),
    );
    expect(notes.join(" ")).toMatch(/Not on this statement because .*: rows 8\.$/);
  });

  it("formats the statement: bold title, header and totals, money to the cent with thousands, the rate as a percentage, words wrapped", () => {
    const sheet = statementSheet(workbook);
    const expected = sharedStatement(file);
    const header = expected.headerRowIndex + 1;
    const first = header + 1;
    const grand = expected.totalRowIndexes[3] + 1;
    expect(sheet.getCell(1, 1).font?.bold).toBe(true);
    for (let column = 1; column <= VAT_DEFERRAL_COLUMNS.length; column++) {
      expect(sheet.getCell(header, column).font?.bold).toBe(true);
      expect(sheet.getCell(header, column).alignment?.wrapText).toBe(true);
    }
    // Every header line shows: "Destination VAT (estimate)" takes three lines of its column.
    expect(sheet.getRow(header).height).toBe(45);
    for (const column of VAT_DEFERRAL_MONEY_COLUMNS) {
      expect(sheet.getCell(first, at(column)).numFmt).toBe("#,##0.00");
      expect(sheet.getCell(grand, at(column)).numFmt).toBe("#,##0.00");
      expect(sheet.getCell(grand, at(column)).font?.bold).toBe(true);
      expect(sheet.getCell(first, at(column)).font?.bold).toBeFalsy();
    }
    expect(sheet.getCell(first, at("VAT rate")).value).toBe(0.21);
    expect(sheet.getCell(first, at("VAT rate")).numFmt).toBe("0.0%");
    expect(sheet.getCell(grand, 1).font?.bold).toBe(true);
    for (const column of ["Treatment", "VAT numbers"] as const)
      expect(sheet.getCell(first, at(column)).alignment?.wrapText).toBe(true);
    expect(sheet.getCell(first, at("Goods value")).alignment?.wrapText).toBeFalsy();
    expect(sheet.getCell(first, at("Treatment")).value).toMatch(/^procedure 42: exempt at import in Belgium/);
    // The treatment's words wrap over five lines of its column: the row is as tall.
    expect(sheet.getRow(first).height).toBe(75);
    expect(sheet.getRow(grand).height).toBeFalsy();
  });

  it("prints on A4 landscape at 100 % with the header on every page, header frozen, explicit column widths", () => {
    const sheet = statementSheet(workbook);
    const header = sharedStatement(file).headerRowIndex + 1;
    const widths = VAT_DEFERRAL_COLUMNS.map((column) => VAT_DEFERRAL_COLUMN_FACTS[column].width);
    expect(sheet.columns.map((column) => column.width)).toEqual(widths);
    expect(widths.reduce((sum, width) => sum + columnWidthPoints(width), 0)).toBeLessThanOrEqual(
      PRO_FORMA_PRINTABLE_POINTS,
    );
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      scale: 100,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: `${header}:${header}`,
    });
    expect(sheet.pageSetup.fitToPage).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header, topLeftCell: `A${header + 1}` });
  });
});

describe("the VAT deferral sheet's name", () => {
  it("is made unique against a sheet of the input with that name", async () => {
    const file = path.join(dir, "named.xlsx");
    await writeXlsx(file, VAT_DEFERRAL_SHEET, [REGIME_HEADER, ...LINES.slice(0, 3)]);
    const out = path.join(dir, "named.checked.xlsx");
    const run = await runCli([file, "--out", out, ...EXAMPLE_OPTIONS]);
    expect(run.stderr).toBe("");
    const checked = await readWorkbook(out);
    const names = checked.worksheets.map((sheet) => sheet.name);
    expect(names[0]).toBe(VAT_DEFERRAL_SHEET);
    expect(names.slice(-2)).toEqual([`${VAT_DEFERRAL_SHEET} (2)`, "Audit"]);
    expect(statementSheet(checked, `${VAT_DEFERRAL_SHEET} (2)`).getCell(1, 1).value).toBe(
      "VAT deferral statement",
    );
    const summary = statementSheet(checked, "Summary");
    let named: ExcelJS.CellValue;
    summary.eachRow((row) => {
      if (row.getCell(1).value === "VAT deferral") named = row.getCell(2).value;
    });
    expect(named).toBe(`${VAT_DEFERRAL_SHEET} (2)`);
  });
});

describe("more rows than the worker threshold, checked in a worker thread", () => {
  // The same lines a thousand times over, in 15 shipments, interleaved.
  const shipment = REGIME_HEADER.indexOf("Shipment");
  const sku = REGIME_HEADER.indexOf("SKU");
  const many: (string | number | null)[][] = [
    REGIME_HEADER,
    ...Array.from({ length: 1000 }, (_, copy) =>
      LINES.map((cells) =>
        cells.map((cell, column) => {
          if (column === sku) return `${String(cell)}-${copy}`;
          if (column === shipment && cell !== null) return `${String(cell)}-${copy % 5}`;
          return cell;
        }),
      ),
    ).flat(),
  ];

  it("gives the same JSON rows, summary amounts and statement from a CSV file and from a workbook", async () => {
    const csv = path.join(dir, "many.csv");
    const xlsx = path.join(dir, "many.xlsx");
    fs.writeFileSync(csv, csvText(many));
    await writeXlsx(xlsx, "Lines", many);
    // This many rows are checked by a worker: it reads a CSV file itself; a workbook's rows are sent to it.
    expect(many.length - 1).toBeGreaterThanOrEqual(WORKER_MIN_ROWS);
    const runs = await Promise.all(
      [csv, xlsx].map((file) =>
        runCli([file, "--json", "--out", `${file}.checked.xlsx`, ...EXAMPLE_OPTIONS]),
      ),
    );
    for (const run of runs) expect(run.stderr).toBe("");
    const expected = jsonReport(sharedCheck(csv));
    const [fromCsv, fromXlsx] = runs.map(parseReport);
    expect(fromCsv).toEqual(expected);
    expect(fromXlsx).toEqual(expected);
    expect(fromCsv.summary.importVat).toEqual({
      paidAtImport: 274340,
      deferredET14000: 411520,
      exemptCP42: 377220,
      destinationVatEstimate: { BE: 68590, FR: 293940 },
    });
    expect(fromCsv.rows.filter((row) => row.importVatBase === 32.66)).toHaveLength(7000);

    const statement = sharedStatement(csv);
    // 5 shipments × 5 lines and the rows without one.
    expect(statement.totalRowIndexes[0] - statement.headerRowIndex - 1).toBe(26);
    for (const file of [csv, xlsx]) {
      const sheet = statementSheet(await readWorkbook(`${file}.checked.xlsx`));
      expect(sheetCells(sheet, VAT_DEFERRAL_COLUMNS.length)).toEqual(asCells(statement));
    }
  });
});
