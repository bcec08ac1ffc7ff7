/**
 * The I/O floor of the CLI benchmark, run as a child process: the same input read the same way and the same cells
 * written by exceljs's streaming writer with the same options, shared styles and event-loop turns as the CLI, plus
 * six output columns, with no calculation, no pro forma, no summary and no audit.
 *
 *   node build/bench/cli-floor.js csv|xlsx INPUT OUTPUT
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { decodeText, readCsvCells } from "../src/cli/csv";
import { OUTPUT_COLUMNS, OUTPUT_COLUMN_FACTS, type CellValue, storedValue } from "../src/sheet";
import { type CellStyle, readXlsxSheet } from "../src/cli/xlsx";
import { ZipPacer } from "../src/cli/xlsx/pacer";
import { PLAIN_STYLE, WRITER_OPTIONS, writeRow } from "../src/cli/xlsx/workbook-writer";

/** Output cells of the size and kind the check writes (a detention row, the most common in the bench data). */
const OUTPUT_SAMPLE: readonly ExcelJS.CellValue[] = [
  43.1,
  0.4349,
  1.02,
  "REVIEW",
  "SHIPMENT_DETENTION",
  "Shipment LGG-0123 has rows at risk (rows 24602, 24603, 24605 and 115 more): if one item is inspected, every item of the shipment is detained.",
];
const OUTPUT_STYLES: readonly CellStyle[] = OUTPUT_COLUMNS.map((column) => ({
  numFmt: OUTPUT_COLUMN_FACTS[column].numberFormat,
}));
const HEADER_STYLE: CellStyle = { font: { bold: true } };

async function main(): Promise<void> {
  const [kind, input, output] = process.argv.slice(2);
  let values: CellValue[][];
  let originals: (Map<number, ExcelJS.CellValue> | undefined)[] = [];
  let styles: ((CellStyle | undefined)[] | undefined)[] = [];
  if (kind === "csv") {
    values = readCsvCells(decodeText(fs.readFileSync(input))).rows;
  } else {
    const sheet = await readXlsxSheet(input, undefined, fs.statSync(input).size);
    ({ values, originals, styles } = sheet);
  }
  let width = 0;
  for (const cells of values) width = Math.max(width, cells.length);

  const stream = fs.createWriteStream(output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...WRITER_OPTIONS,
    stream,
    zip: { zlib: { ...WRITER_OPTIONS.zip.zlib } },
  });
  const sheet = workbook.addWorksheet("Floor", { views: [{ state: "frozen", ySplit: 1 }] });
  const pacer = new ZipPacer();
  for (let index = 0; index < values.length; index++) {
    const cells = values[index];
    const row: ExcelJS.CellValue[] = new Array<ExcelJS.CellValue>(width);
    for (let column = 0; column < cells.length; column++)
      row[column] = originals[index]?.get(column) ?? storedValue(cells[column]);
    (index === 0 ? [...OUTPUT_COLUMNS] : OUTPUT_SAMPLE).forEach(
      (cell, position) => (row[width + position] = cell),
    );
    writeRow(sheet, index + 1, row, (column) => {
      if (index === 0) return HEADER_STYLE;
      if (column >= width) return OUTPUT_STYLES[column - width];
      return styles[index]?.[column] ?? PLAIN_STYLE;
    });
    await pacer.row(sheet);
  }
  sheet.commit();
  await workbook.commit();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
