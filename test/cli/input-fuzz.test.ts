import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readCsvCells } from "../../src/cli/csv";
import { readXlsxSheet } from "../../src/cli/xlsx";
import { type CellValue, type RowCheck, checkShipment, readSettings } from "../../src/sheet";
import { tempDir } from "./helpers";

/**
 * The input boundary under random sheets of the shapes real product lists have: numbers, numeric text in both
 * conventions, currencies, percentages, error values, blanks, huge and tiny values, odd Unicode. Whatever comes
 * in, the check never throws, never yields NaN or Infinity, gives every product row a status, and gives each row
 * the same result whatever the order of the rows and whether the sheet came as CSV or as .xlsx.
 */
const settings = readSettings({ declarationDate: "2026-11-20", exchangeRates: { SEK: 11.39 } });
const HEADER = [
  "SKU",
  "HS code",
  "Quantity",
  "Destination",
  "Sales link",
  "Selling price",
  "Currency",
  "Commission",
  "Freight",
  "Duty rate",
  "Declared value",
];

const amountText = fc.oneof(
  fc.integer({ min: -5, max: 5_000 }).map(String),
  fc.double({ min: 0, max: 5_000, noNaN: true }).map((value) => value.toFixed(2)),
  fc.double({ min: 0, max: 5_000, noNaN: true }).map((value) => value.toFixed(2).replace(".", ",")),
  fc.integer({ min: 1, max: 999 }).map((value) => `${value}.${String(value).padStart(3, "0")}`),
  fc.integer({ min: 1, max: 999 }).map(
    (value) =>
      `${value},${String(value * 7)
        .slice(-3)
        .padStart(3, "0")}`,
  ),
  fc.constantFrom("1.299,00", "1,299.00", "1 299,50", "-0", "-0,00", "0", "(12.50)", "12%", "12,5 %"),
  fc.constantFrom("330 SEK", "€ 12,50", "12.50 EUR", "$9.99", "49 kr", "89 zł", "PLN 120", "CHF 3"),
  fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "TBC", "n/a", "—", "", " "),
  fc.constantFrom("1E308", "1e-400", "123456789012345678", "999999999999", "1e12", "0.000000001"),
  fc.constantFrom("１２.５", "12\u200f", "\u202e12", "12\u00a0000", "٣٫٥", "1\u202f299,00", "🙂"),
);
const rateText = fc.oneof(
  fc.constantFrom("", "0", "0.047", "4,7 %", "12%", "0,12", "19", "4 % MIN 2.00", "#N/A", "-0"),
  amountText,
);

const rowShape = fc.record({
  quantity: fc.oneof(fc.constantFrom("", "1", "24", "2,5", "0", "-3", "1.000", "#N/A"), amountText),
  price: amountText,
  currency: fc.constantFrom("", "", "EUR", "SEK", "kr", "XYZ"),
  commission: amountText,
  freight: amountText,
  duty: rateText,
  declared: amountText,
  destination: fc.constantFrom("DE", "FR", "BE", "SE", "XX", "", "Deutschland"),
});
type RowShape = typeof rowShape extends fc.Arbitrary<infer T> ? T : never;

function rowsOf(shapes: readonly RowShape[]): string[][] {
  return shapes.map((shape, index) => [
    `SKU-${index}`,
    "9405 21 40",
    shape.quantity,
    shape.destination,
    "https://www.amazon.de/dp/B08N5WRWNW",
    shape.price,
    shape.currency,
    shape.commission,
    shape.freight,
    shape.duty,
    shape.declared,
  ]);
}

/** Tab-separated, quoted where a field holds a tab, a quote or a line break (no separator evidence). */
function tsv(rows: readonly (readonly string[])[]): string {
  const field = (text: string) => (/[\t"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(field).join("\t")).join("\r\n") + "\r\n";
}

function fromCsv(rows: readonly (readonly string[])[]): readonly RowCheck[] {
  const { rows: values, numberEvidence } = readCsvCells(tsv([HEADER, ...rows]));
  return checkShipment(values, settings, { numberEvidence }).rows;
}

const dir = tempDir();
let files = 0;
async function fromXlsx(rows: readonly (readonly string[])[]): Promise<readonly RowCheck[]> {
  const workbook = new ExcelJS.Workbook();
  // Every cell as the text the CSV field holds: the same sheet, typed as text.
  workbook
    .addWorksheet("Shipment")
    .addRows([HEADER, ...rows.map((row) => row.map((text) => (text === "" ? null : text)))]);
  const file = path.join(dir, `fuzz-${files++}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const sheet = await readXlsxSheet(file, undefined, fs.statSync(file).size);
  return checkShipment(sheet.values as CellValue[][], settings).rows;
}

const result = (row: RowCheck) => ({
  status: row.status,
  flags: row.flags,
  explanation: row.explanation,
  inverseValue: row.inverseValue?.toString() ?? null,
  duty: row.duty?.toString() ?? null,
  ratio: row.ratio,
});
const bySku = (rows: readonly RowCheck[]) => Object.fromEntries(rows.map((row) => [row.sku, result(row)]));

function expectSound(rows: readonly RowCheck[], count: number): void {
  expect(rows).toHaveLength(count);
  for (const row of rows) {
    expect(["OK", "REVIEW", "RISK", "ERROR"]).toContain(row.status);
    for (const value of [row.inverseValue, row.duty, row.declaredValue, row.vatRate, row.outstandingDuty])
      if (value !== null) expect(value.isFinite()).toBe(true);
    if (row.ratio !== null) expect(Number.isFinite(row.ratio)).toBe(true);
    expect(row.explanation).not.toMatch(/NaN|Infinity|undefined|\[object/);
  }
}

describe("random sheets at the input boundary", () => {
  test("never crash, never NaN or Infinity, a status for every row, the same results in any row order", () => {
    fc.assert(
      fc.property(
        fc.array(rowShape, { minLength: 1, maxLength: 15 }),
        fc.array(fc.nat(), { minLength: 15, maxLength: 15 }),
        (shapes, keys) => {
          const rows = rowsOf(shapes);
          const checked = fromCsv(rows);
          expectSound(checked, rows.length);
          const shuffled = rows
            .map((row, index) => ({ row, key: keys[index] }))
            .sort((a, b) => a.key - b.key)
            .map(({ row }) => row);
          expect(bySku(fromCsv(shuffled))).toEqual(bySku(checked));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("number cells, dates, booleans and formulas of a workbook never crash, never NaN, a status for every row", async () => {
    const cell = fc.oneof(
      amountText.map((text): ExcelJS.CellValue => text),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }).map((value): ExcelJS.CellValue => value),
      fc.constantFrom<ExcelJS.CellValue>(
        0,
        -0,
        1e308,
        5e-324,
        true,
        new Date("2026-11-20"),
        { formula: "B9*2" } as ExcelJS.CellFormulaValue,
        { formula: "VLOOKUP(A2,Z:Z,2,0)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue,
        { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue,
        { formula: 'IFERROR(1/0,"")', result: "" } as ExcelJS.CellFormulaValue,
        { richText: [{ text: "12," }, { text: "50" }] },
        { text: "Listing", hyperlink: "https://www.amazon.de/dp/B08N5WRWNW" },
        null,
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 11, maxLength: 11 }), { minLength: 1, maxLength: 8 }),
        async (grid) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet("Shipment");
          sheet.addRow(HEADER);
          grid.forEach((cells, index) => {
            const added = sheet.addRow([`SKU-${index}`, "9405 21 40"]);
            cells.slice(2).forEach((value, column) => (added.getCell(column + 3).value = value));
            added.getCell(4).value = "DE";
          });
          const file = path.join(dir, `fuzz-${files++}.xlsx`);
          await workbook.xlsx.writeFile(file);
          const read = await readXlsxSheet(file, undefined, fs.statSync(file).size);
          expectSound(checkShipment(read.values as CellValue[][], settings).rows, grid.length);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  test("give the same results read from CSV and from .xlsx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowShape, { minLength: 1, maxLength: 10 }), async (shapes) => {
        const rows = rowsOf(shapes);
        const fromWorkbook = await fromXlsx(rows);
        expectSound(fromWorkbook, rows.length);
        expect(bySku(fromWorkbook)).toEqual(bySku(fromCsv(rows)));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
