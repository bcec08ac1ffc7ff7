/**
 * Writes examples/shipment.xlsx from examples/shipment.csv: the same rows as a workbook a forwarder would keep,
 * with a title and a note above the header, typed cells (numbers, percentages), clickable sales links (one shown
 * as words, as people paste them), and one declared value computed by a formula.
 *
 * Run after changing the CSV:  npm run build:node && node scripts/make-examples.js
 * (it reads the CSV with the CLI's own parser, so both files hold the same values).
 */
"use strict";

const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");
const { decodeText, readCsvCells } = require("../build/src/cli/csv");

const root = path.join(__dirname, "..");
const csvFile = path.join(root, "examples", "shipment.csv");
const xlsxFile = path.join(root, "examples", "shipment.xlsx");

const TITLE_ROWS = 2;
const { rows } = readCsvCells(decodeText(fs.readFileSync(csvFile)));
const header = rows[0].map(String);
const column = (name) => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`examples/shipment.csv has no "${name}" column`);
  return index;
};
const salesLink = column("Sales link");
const referenceLink = column("Reference link");
const price = column("Selling price");
const declared = column("Declared value");
const commissionRate = column("Commission rate");
const dutyRate = column("Duty rate");

const workbook = new ExcelJS.Workbook();
workbook.creator = "customs-inverse-value examples";
// A fixed date keeps the workbook's properties the same each time it is generated.
workbook.created = workbook.modified = new Date(Date.UTC(2024, 10, 20));
const sheet = workbook.addWorksheet("Shipment", {
  views: [{ state: "frozen", ySplit: TITLE_ROWS + 1, topLeftCell: `A${TITLE_ROWS + 2}` }],
});

sheet.getCell("A1").value = "Lumina Home: FBA replenishment via Liège (LGG), November 2024";
sheet.getCell("A1").font = { bold: true, size: 14 };
sheet.getCell("A2").value =
  "Prices incl. VAT per unit on the listing; costs per unit in the row's currency; declared value = unit value on the pro forma invoice.";
sheet.getCell("A2").font = { italic: true };

rows.forEach((cells, index) => {
  const rowNumber = TITLE_ROWS + index + 1;
  const row = sheet.getRow(rowNumber);
  cells.forEach((cell, col) => {
    if (cell === null || cell === undefined) return;
    const target = row.getCell(col + 1);
    target.value = cell;
    if (index === 0) return;
    if (
      (col === salesLink || col === referenceLink) &&
      typeof cell === "string" &&
      /^https?:\/\//.test(cell)
    ) {
      // Links pasted from a browser become hyperlinks; one row shows words instead of the address.
      const words = cells[0] === "LUM-LAMP-IT" ? "Amazon.it listing" : cell;
      target.value = { text: words, hyperlink: cell };
      target.font = { color: { argb: "FF0563C1" }, underline: true };
    }
    if (col === commissionRate && typeof cell === "number") target.numFmt = "0%";
    if (col === dutyRate && typeof cell === "number") target.numFmt = "0.0%";
    if (col === declared && cells[0] === "LUM-EAR-PRO") {
      // The seller's habit the check exists to catch: 30 % of the price, by formula.
      const priceCell = `${sheet.getColumn(price + 1).letter}${rowNumber}`;
      target.value = { formula: `ROUND(${priceCell}*0.3,1)`, result: cell };
    }
  });
  if (index === 0) row.font = { bold: true };
});
header.forEach((name, col) => {
  sheet.getColumn(col + 1).width =
    name === "Description" ? 34 : /link/i.test(name) ? 44 : Math.max(10, name.length + 2);
});

workbook.xlsx.writeFile(xlsxFile).then(
  () => console.log(`wrote ${path.relative(root, xlsxFile)} (${rows.length - 1} lines)`),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
