import * as fs from "node:fs";
import type { XlsxSheet } from "./workbook-reader";
import type { CheckedWorkbook } from "./workbook-writer";

/**
 * The .xlsx file format and exceljs, for the rest of the CLI: reading the sheet to check, writing the checked
 * workbook, and the zip and sheet-list helpers that need no exceljs. Only this folder knows exceljs's internals
 * (exceljs-version.ts lists them). exceljs takes half a second to load: the reader and the writer load it when
 * first used, never for --help, a CSV file or a file that is refused before it is read.
 */

export type { CellStyle, ColumnFormat, OriginalCell, SheetCells } from "./cells";
export { linkTarget } from "./cells";
export { storableText } from "./row-xml";
export type { XlsxSheet } from "./workbook-reader";
export type { CheckedRow, CheckedSheetWriter, CheckedWorkbook, SummaryLine } from "./workbook-writer";
export { type WorkbookSheet, firstRowTexts, workbookSheets } from "./zip-directory";

/**
 * Reads the worksheet `wanted` names (or the first visible one) of an .xlsx file; `progress` is told the bytes
 * read. Every problem with the file that the user can fix is a CliError.
 */
export async function readXlsxSheet(
  file: string,
  wanted: string | undefined,
  size: number,
  progress?: (read: number, total: number) => void,
): Promise<XlsxSheet> {
  const reader = await import("./workbook-reader");
  return reader.readXlsxSheet(file, wanted, size, progress);
}

/** Opens the output file first, so that a folder that does not exist or a locked file fails before any work. */
export function openOutput(path: string): fs.WriteStream {
  const fd = fs.openSync(path, "w");
  return fs.createWriteStream(path, { fd });
}

/** The checked workbook, written into `output` (opened by openOutput). */
export async function createCheckedWorkbook(output: fs.WriteStream): Promise<CheckedWorkbook> {
  const writer = await import("./workbook-writer");
  return new writer.CheckedWorkbook(output);
}
