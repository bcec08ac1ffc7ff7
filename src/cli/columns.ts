/** Which columns of the input were read, and which of them the checker wrote before. */
import {
  type CellValue,
  type EarlierRecord,
  type SheetKnowledge,
  type SheetLayout,
  columnHeader,
  columnLetters,
  earlierRecord,
} from "../sheet";

/** Which column of the input each field was read from, for the Summary sheet. */
export function columnsRead(layout: SheetLayout): string {
  return (Object.keys(layout.columns) as (keyof SheetLayout["columns"])[])
    .map((field) => {
      const index = layout.columns[field] as number;
      return `${columnHeader(layout, field)} (${columnLetters(index)})`;
    })
    .join(", ");
}

/**
 * What the checker knows of a workbook it checked before (a .checked.xlsx checked again), from the record its
 * last check of the sheet left in the Audit sheet (`auditRows`): the output columns it wrote, by header and letter,
 * and the VAT rates it filled. A workbook checked before records were kept has its output headers side by side.
 */
export function earlierCheck(
  auditRows: readonly (readonly CellValue[])[],
  sheet: string,
): { knowledge: SheetKnowledge; record?: EarlierRecord } {
  const { record, checkedBefore } = earlierRecord(auditRows, sheet);
  const knowledge: SheetKnowledge =
    record === undefined ? { checkedWithoutRecords: checkedBefore } : { recordedOutputs: record.outputs };
  return record === undefined ? { knowledge } : { knowledge, record };
}
