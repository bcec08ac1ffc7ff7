/** Moving about the workbook from the pane's results: a flagged row's entry selects its row, a pro forma's shows it. */
import { type ExcelBatch } from "../excel-adapter";

/** The sheet and 0-based columns a flagged row's entry selects: the block the action read. */
export interface RowTarget {
  readonly sheetName: string;
  readonly left: number;
  readonly right: number;
}

/** Selects a row of the shipment in the sheet (from a flagged row's entry), by its sheet row number. */
export async function selectRow(batch: ExcelBatch, target: RowTarget, row: number): Promise<void> {
  const sheet = batch.worksheet(target.sheetName);
  sheet.activate();
  sheet.getRangeByIndexes(row - 1, target.left, 1, target.right - target.left + 1).select();
  await batch.sync();
}

/** Activates a sheet (from the list of pro forma sheets). */
export async function showSheet(batch: ExcelBatch, name: string): Promise<void> {
  batch.worksheet(name).activate();
  await batch.sync();
}
