/**
 * The finishing step of every action, without Excel: what the workbook keeps about the sheet after a run, and the
 * line the run adds to the Audit sheet.
 */
import { AUDIT_COLUMNS, checkShipment, excelLocalDateTime } from "../../src/sheet";
import { runSettings } from "../../taskpane/actions/records";
import { inputsFor, sheetRead } from "./sheet-cells";

const values = [
  ["Shipment LGG-1"],
  ["SKU", "Destination", "Selling price", "Declared value"],
  ["A", "DE", 119, 100],
];
const nothing = () => ({ newColumns: 0, writtenColumns: [] });
const inputs = inputsFor({ vatDeferral: false }, { sku: null });
const read = sheetRead({ values, otherSheets: ["Notes"] }, nothing);
const { summary } = checkShipment(values, inputs.settings);
const time = new Date("2024-06-01T10:00:00Z");

test("the sheet's record keeps its header row, the user's mapping and the source with what the run owns", () => {
  const owned = { sheetName: "Shipment", columns: [] };
  const kept = runSettings(read, inputs, { record: owned, summary, actionLabel: "Check shipment" }, time);
  expect(kept.record).toEqual({
    sheetName: "Shipment",
    columns: [],
    headerRow: 1,
    mapping: { sku: null },
    source: { kind: "sheet" },
  });
});

test("the sheets the add-in created include the audit sheet, new or found", () => {
  const kept = runSettings(read, inputs, { summary, actionLabel: "Pro forma" }, time);
  expect(kept.created).toEqual({ proForma: {}, audit: "Audit" });
});

test("the audit line names the source and the action, with the summary's counts", () => {
  const { auditLine } = runSettings(read, inputs, { summary, actionLabel: "Share costs LGG-1" }, time);
  expect(auditLine).toHaveLength(AUDIT_COLUMNS.length);
  expect(auditLine.slice(0, 7)).toEqual([
    excelLocalDateTime(time),
    "Shipment!A1:D3 (Share costs LGG-1)",
    1,
    summary.ok,
    summary.review,
    summary.risk,
    summary.error,
  ]);
});
