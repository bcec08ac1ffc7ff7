import {
  DEDUCTION_COLUMNS,
  PRO_FORMA_COLUMNS,
  PRO_FORMA_COLUMN_FACTS,
  PRO_FORMA_PRINTABLE_POINTS,
  PRO_FORMA_TEXT_LINE_LENGTH,
  type ProFormaColumn,
  checkShipment,
  columnWidthPixels,
  columnWidthPoints,
  proFormaPrintFit,
  proFormaSheets,
} from "../../src/sheet";
import { row, settings, sheet } from "./sample";

/** The pro forma on paper: which columns a sheet has, how wide they are, and whether they print at 100 %. */
const context = { declarationDate: "2026-11-21", vatTableVersion: "test table" };
const ALWAYS = PRO_FORMA_COLUMNS.filter(
  (column) => !(DEDUCTION_COLUMNS as readonly ProFormaColumn[]).includes(column),
);
const pixels = (columns: readonly ProFormaColumn[]) =>
  columns.reduce((sum, column) => sum + columnWidthPixels(PRO_FORMA_COLUMN_FACTS[column].width), 0);

/** Every choice of `count` items of `items`, in their order. */
function choices<T>(items: readonly T[], count: number): T[][] {
  if (count === 0) return [[]];
  return items.flatMap((item, index) =>
    choices(items.slice(index + 1), count - 1).map((rest) => [item, ...rest]),
  );
}

const inOrder = (columns: readonly ProFormaColumn[]) =>
  PRO_FORMA_COLUMNS.filter((column) => columns.includes(column));

describe("column widths as Excel draws them (ECMA-376 §18.3.1.13, Calibri 11: 7 px digits at 96 dpi)", () => {
  test("the spec's example and Excel's default column", () => {
    // 8 characters: width Truncate((8 × 7 + 5) / 7 × 256) / 256 = 8.7109375, drawn 8 × 7 + 5 = 61 px.
    expect(columnWidthPixels(8.7109375)).toBe(61);
    // A new sheet's columns: width 9.140625 ("8.43" in Excel's dialog), 64 px, 48 points.
    expect(columnWidthPixels(9.140625)).toBe(64);
    expect(columnWidthPoints(9.140625)).toBe(48);
    expect(columnWidthPoints(12)).toBe(63);
  });
});

describe("printing at 100 % on A4 landscape", () => {
  test("A4 landscape is 297 mm wide; Narrow margins leave 0.25 inch either side", () => {
    expect(PRO_FORMA_PRINTABLE_POINTS).toBeCloseTo((297 / 25.4) * 72 - 36, 6);
    expect(PRO_FORMA_PRINTABLE_POINTS).toBeCloseTo(805.89, 2);
  });

  test("the eight columns every sheet has and any four deductions (twelve) fit at 100 %", () => {
    expect(ALWAYS).toHaveLength(8);
    for (const deductions of choices(DEDUCTION_COLUMNS, 4)) {
      const columns = inOrder([...ALWAYS, ...deductions]);
      expect(columns).toHaveLength(12);
      expect(pixels(columns) * 0.75).toBeLessThanOrEqual(PRO_FORMA_PRINTABLE_POINTS);
      expect(proFormaPrintFit(columns)).toBe("100 %");
    }
    // The widest twelve: 1043 px = 782.25 points, some 23 points to spare.
    expect(Math.max(...choices(DEDUCTION_COLUMNS, 4).map((d) => pixels([...ALWAYS, ...d])))).toBe(1043);
  });

  test("thirteen columns or more print one page wide", () => {
    for (const count of [5, 6, 7])
      for (const deductions of choices(DEDUCTION_COLUMNS, count))
        expect(proFormaPrintFit(inOrder([...ALWAYS, ...deductions]))).toBe("one page wide");
  });

  test("a line of text above or below the table fits within the eight columns every sheet has", () => {
    // Calibri's widest digit (7 px) is wider than its average character.
    expect(PRO_FORMA_TEXT_LINE_LENGTH * 7).toBeLessThanOrEqual(pixels(ALWAYS));
  });
});

describe("a pro forma sheet's columns", () => {
  test("leaves out the deductions that are zero on every line, and the totals still add up", () => {
    const check = checkShipment(
      sheet(
        row({ SKU: "A", Qty: 3, Packaging: null, "Last mile": 0, Handling: null, "FBA fee": 0 }),
        row({ SKU: "B", Qty: 2, Packaging: null, "Last mile": null, Handling: 0, "FBA fee": 1.5 }),
      ),
      settings,
    );
    const [proForma] = proFormaSheets(check, context);
    expect(proForma.columns).toEqual([
      "SKU",
      "Description",
      "HS code",
      "Quantity",
      "Unit price",
      "Sales VAT",
      "Commission",
      "Freight",
      "FBA fee",
      "Duty",
      "Declaration value",
      "Line total",
    ]);
    expect(proFormaPrintFit(proForma.columns)).toBe("100 %");
    expect(proForma.rows[proForma.headerRowIndex]).toEqual(proForma.columns);
    const money = proForma.columns.indexOf("Unit price");
    const last = proForma.columns.length - 1;
    for (const index of [...proForma.rows.keys()].slice(proForma.headerRowIndex + 1)) {
      const cells = proForma.rows[index];
      expect(cells).toHaveLength(proForma.columns.length);
      // price = VAT + deductions + duty + value, per unit and in the totals.
      const [price, ...parts] = cells.slice(money, last).map((cell) => Math.round(Number(cell) * 100));
      expect(parts.reduce((a, b) => a + b, 0)).toBe(price);
    }
  });

  test("keeps every column when each deduction is on some line; a grouped sheet looks at all its lines", () => {
    const full = proFormaSheets(checkShipment(sheet(row()), settings), context)[0];
    expect(full.columns).toEqual([...PRO_FORMA_COLUMNS]);
    expect(proFormaPrintFit(full.columns)).toBe("one page wide");
    // 21 shipments: one sheet; the packaging of one line keeps its column for all.
    const rows = Array.from({ length: 21 }, (_, i) =>
      row({ Shipment: `S${i + 1}`, Packaging: i === 20 ? 0.3 : null, Handling: null }),
    );
    const [grouped] = proFormaSheets(checkShipment(sheet(...rows), settings), context);
    expect(grouped.name).toBe("Pro forma");
    expect(grouped.columns).toContain("Packaging");
    expect(grouped.columns).not.toContain("Handling");
    for (const index of grouped.totalRowIndexes)
      expect(grouped.rows[index]).toHaveLength(grouped.columns.length);
  });

  test("a sheet of rows in error only has the eight columns", () => {
    const [proForma] = proFormaSheets(checkShipment(sheet(row({ "Prix TTC": "x" })), settings), context);
    expect(proForma.columns).toEqual(ALWAYS);
  });
});

describe("the title and notes", () => {
  test("are lines of at most PRO_FORMA_TEXT_LINE_LENGTH characters in column A, the note's rows all named", () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      row({
        SKU: `P${i}`,
        "Prix TTC": i % 2 === 0 ? "x" : 49.9,
        Shipment: `LGG-1 ${"consolidated ".repeat(9)}`,
      }),
    );
    const [proForma] = proFormaSheets(checkShipment(sheet(...rows), settings), context);
    const text = [
      ...proForma.rows.slice(0, proForma.headerRowIndex),
      ...proForma.rows.slice((proForma.totalRowIndexes.at(-1) ?? 0) + 1),
    ];
    for (const cells of text) {
      expect(cells.length).toBeLessThanOrEqual(1);
      expect(String(cells[0] ?? "").length).toBeLessThanOrEqual(PRO_FORMA_TEXT_LINE_LENGTH);
    }
    // The shipment's long name is on two lines; the note of 30 rows left out on several.
    expect(proForma.rows[1][0]).toMatch(/^Shipment: LGG-1 consolidated/);
    expect(proForma.rows[2][0]).toMatch(/^consolidated/);
    const note = proForma.rows.slice((proForma.totalRowIndexes.at(-1) ?? 0) + 2).map((cells) => cells[0]);
    expect(note.length).toBeGreaterThan(1);
    expect(note[0]).toMatch(/^Not on this pro forma because of errors/);
    expect(note.join(" ")).toBe(
      `Not on this pro forma because of errors (fix them and check again): rows ${proForma.leftOut.join(", ")}`,
    );
    expect(proForma.leftOut).toHaveLength(30);
  });
});
