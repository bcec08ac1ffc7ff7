import * as fs from "node:fs";
import { type CellValue } from "../../sheet";
import type { XlsxReadRequest, XlsxSheet, XlsxSheetFacts } from "./workbook-reader";
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
export type {
  HyperlinkTargets,
  XlsxReadRequest,
  XlsxRowSink,
  XlsxRows,
  XlsxSheet,
  XlsxSheetFacts,
} from "./workbook-reader";
export type {
  CheckedRow,
  CheckedSheetPlan,
  CheckedSheetWriter,
  CheckedWorkbook,
  InputRow,
  SummaryLine,
} from "./workbook-writer";
export { type CellNotes, type WorkbookSheet, firstRowTexts, workbookSheets } from "./zip-directory";

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

/** Reads a worksheet a chunk of rows at a time (workbook-reader.ts). */
export async function readXlsxRows(request: XlsxReadRequest): Promise<XlsxSheetFacts> {
  const reader = await import("./workbook-reader");
  return reader.readXlsxRows(request);
}

/** The rows of the workbook's Audit sheet, from an earlier check; none without one. */
export async function readEarlierAuditRows(
  file: string,
  wanted: string | undefined,
  size: number,
): Promise<CellValue[][]> {
  const reader = await import("./workbook-reader");
  return reader.readEarlierAuditRows(file, wanted, size);
}

/** The name of the worksheet a read of `wanted` reads, known before the read (exceljs not needed). */
export async function chosenSheetName(file: string, wanted: string | undefined): Promise<string | undefined> {
  const reader = await import("./workbook-reader");
  return reader.chosenSheetName(file, wanted);
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
