import {
  type CellValue,
  checkSheetRows,
  checkShipment,
  describeSkippedRows,
  isTotalsText,
  jsonReport,
  rowKind,
  sheetLayout,
  sheetNotes,
  shareShipmentCosts,
  vatRateFills,
} from "../../src/sheet";
import { exact } from "../../src/engine";
import { HEADER, row, settings, sheet } from "./sample";

/** A row with only these cells, by header. */
function only(cells: Partial<Record<(typeof HEADER)[number], CellValue>>): CellValue[] {
  return HEADER.map((header) => cells[header] ?? null);
}

const layout = sheetLayout(sheet(row()));

describe("which rows are product lines", () => {
  test.each([
    "Total",
    "TOTAL:",
    "Totals",
    "Grand total",
    "Subtotal",
    "Sous-total",
    "Totaux",
    "Totaal",
    "Gesamt",
    "Summe",
    "Zwischensumme",
    "合计",
    "合计：",
    "总计",
    "小计",
    "Total (EUR)",
    "Total: 38 lines",
    "ＴＯＴＡＬ",
  ])("%p is a totals word", (text) => {
    expect(isTotalsText(text)).toBe(true);
  });

  test.each(["Total Wash 500 ml", "Totally", "LAMP-9", "总"])("%p is not", (text) => {
    expect(isTotalsText(text)).toBe(false);
  });

  test("a totals line: the word in the first text cell, sums beside it, no destination, no link", () => {
    expect(rowKind(only({ SKU: "Total", Qty: 120, "Prix TTC": 149.7, "Declared value": 90 }), layout)).toBe(
      "totals",
    );
    // The word need not be in the first column, nor the first cell hold text.
    expect(rowKind(only({ Description: "合计", Qty: 120 }), layout)).toBe("totals");
    // Formulas a file saved without results (exceljs, scripts) count as cells, and change nothing.
    expect(rowKind(only({ SKU: "Total", Qty: { formula: "SUBTOTAL(109,[Qty])" } }), layout)).toBe("totals");
  });

  test("a row with Total in it and a destination or a link is a product (checked, so that it shows)", () => {
    expect(rowKind(only({ SKU: "Total", Destination: "DE", "Prix TTC": 10 }), layout)).toBe("product");
    expect(rowKind(only({ SKU: "Total", "Sales link": "https://www.amazon.de/dp/B08N5WRWNW" }), layout)).toBe(
      "product",
    );
    expect(rowKind(row({ SKU: "Total Wash 500 ml" }), layout)).toBe("product");
  });

  test("an Excel table's totals row, when the caller knows it, is a totals line whatever it holds", () => {
    expect(rowKind(only({ Qty: 120, "Prix TTC": 149.7 }), layout, true)).toBe("totals");
    expect(rowKind(only({ Qty: 120, "Prix TTC": 149.7 }), layout)).toBe("product");
  });

  test("a note: text in one cell and nothing else", () => {
    expect(rowKind(only({ SKU: "* Prices include VAT." }), layout)).toBe("note");
    expect(rowKind([...only({}), "Checked by J. Peeters"], layout)).toBe("blank");
    // A number, a link or an error value alone is a product row begun and left unfinished.
    expect(rowKind(only({ "Prix TTC": 49.9 }), layout)).toBe("product");
    expect(rowKind(only({ "Sales link": "https://www.amazon.fr/dp/B08N5WRWNW" }), layout)).toBe("product");
    expect(rowKind(only({ SKU: "#N/A" }), layout)).toBe("product");
    expect(rowKind(only({ SKU: "LAMP-9", Description: "Desk lamp" }), layout)).toBe("product");
  });

  test("a re-check's own output cells do not make a note or a totals line a product", () => {
    const values = sheet(row());
    values[2] = [...HEADER, "Status"];
    const rechecked = sheetLayout(values, undefined, undefined, { ownOutputs: { Status: HEADER.length } });
    expect(rowKind([...only({ SKU: "* Prices include VAT." }), "ERROR"], rechecked)).toBe("note");
  });
});

describe("totals lines and notes are skipped and named", () => {
  const values = [
    ...sheet(row({ SKU: "A" }), row({ SKU: "B", "Declared value": 5 })),
    only({ SKU: "Total", Qty: 80, "Prix TTC": 99.8, "Declared value": 35 }),
    [],
    only({ SKU: "* Declared values per unit, in EUR." }),
  ];

  test("a clean shipment with a totals line and a footnote has no ERROR rows", () => {
    const check = checkShipment(
      values.map((cells, index) => (index === 4 ? row({ SKU: "B" }) : cells)),
      settings,
    );
    expect(check.rows.map((r) => r.row)).toEqual([4, 5]);
    expect(check.summary.error).toBe(0);
    expect(check.summary.risk).toBe(0);
    expect(check.summary.rows).toBe(2);
    expect(check.summary.skippedRows).toEqual([
      { row: 6, kind: "totals" },
      { row: 8, kind: "note" },
    ]);
  });

  test("the summary names them, and the JSON lists them", () => {
    const check = checkShipment(values, settings);
    expect(sheetNotes(check.summary)).toEqual([
      "Row 6 read as a totals line, not checked.",
      "Row 8 read as a note, not checked.",
    ]);
    expect(jsonReport(check).summary.skippedRows).toEqual([
      { row: 6, kind: "totals" },
      { row: 8, kind: "note" },
    ]);
    expect(
      describeSkippedRows([
        { row: 41, kind: "totals" },
        { row: 43, kind: "note" },
        { row: 44, kind: "note" },
      ]),
    ).toEqual(["row 41 read as a totals line, not checked", "rows 43 and 44 read as notes, not checked"]);
  });

  test("the check skips an Excel table's totals row it is told about, and names it", () => {
    const table = [...sheet(row({ SKU: "A" })), only({ Qty: 40, "Prix TTC": 49.9 })];
    expect(checkSheetRows(table, layout, settings).rows.map((r) => r.row)).toEqual([4, 5]);
    const told = checkSheetRows(table, layout, settings, { hints: { tableTotalsRows: new Set([4]) } });
    expect(told.rows.map((r) => r.row)).toEqual([4]);
    expect(told.summary.skippedRows).toEqual([{ row: 5, kind: "totals" }]);
  });

  test("nor shares shipment costs on it", () => {
    const table = [
      ...sheet(row({ SKU: "A", "Unit weight kg": 0.8 })),
      only({ Qty: 40, "Unit weight kg": 0.8, "Prix TTC": 49.9 }),
    ];
    const costs = { freight: exact(100), lastMile: exact(0), handling: exact(0) };
    const sharing = shareShipmentCosts(table, layout, costs, { hints: { tableTotalsRows: new Set([4]) } });
    expect(sharing.ok && sharing.shares.map((share) => share.row)).toEqual([4]);
  });

  test("no VAT rate is filled and no shipment cost is shared on a totals line", () => {
    const noVat = sheet(row({ SKU: "A" }));
    const fills = vatRateFills([...noVat, only({ SKU: "Total", Qty: 40 })], layout, settings);
    expect(fills.fills.map((fill) => fill.row)).toEqual([4]);
    expect(fills.skipped).toEqual([]);
    const sharing = shareShipmentCosts(
      [...noVat, only({ SKU: "Total", Qty: 40, "Unit weight kg": 0.8 })],
      layout,
      { freight: exact(100), lastMile: exact(0), handling: exact(0) },
    );
    expect(sharing.ok && sharing.shares.map((share) => share.row)).toEqual([4]);
  });
});

describe("a row with one cell is a note only when it reads as one", () => {
  test.each([
    "* Prices include VAT",
    "Note: LGG-1 leaves on Friday",
    "注：价格含税",
    "Prepared by J. Peeters for the broker",
  ])("%p is a note", (text) => {
    expect(rowKind(only({ SKU: text }), layout)).toBe("note");
  });

  test.each(["LAMP-9", "19,99", "94052140", "DE"])(
    "%p alone is a product row left unfinished, checked",
    (text) => {
      expect(rowKind(only({ SKU: text }), layout)).toBe("product");
    },
  );
});
