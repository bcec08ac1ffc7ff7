/** Which columns of the input were read, and which of them the checker wrote before. */
import {
  type CellValue,
  type EarlierRecord,
  type SheetKnowledge,
  type SheetLayout,
  columnHeader,
  columnLetters,
  earlierRecord,
  ownVatRateRows,
  parseFilledVatRates,
  withoutOwnVatRates,
} from "../sheet";
import { type InputSheet } from "./input";

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
 * last check of the sheet left in the Audit sheet: the output columns it wrote, by header and letter, and the VAT
 * rates it filled. A workbook checked before records were kept has its output headers side by side. Number
 * formats tell rates written as percentages (a "Duty" column of 12 %).
 */
export function earlierCheck(input: InputSheet): { knowledge: SheetKnowledge; record?: EarlierRecord } {
  const { record, checkedBefore } = earlierRecord(input.earlierAuditRows, input.name);
  const percentFormatted = (rowIndex: number, column: number) =>
    (input.styles[rowIndex]?.[column]?.numFmt ?? "").includes("%");
  const knowledge: SheetKnowledge = {
    percentFormatted,
    ...(record === undefined
      ? { checkedWithoutRecords: checkedBefore }
      : { recordedOutputs: record.outputs }),
  };
  return record === undefined ? { knowledge } : { knowledge, record };
}

/**
 * The values with the VAT rate cells emptied that still hold the rate the checker filled in its last check (its
 * record says which), so that this check works them out again and fills them anew: a new declaration date or a
 * corrected destination gives the new rate. A rate the user typed, or changed since, stays. `values` is left as
 * it is: rows emptied are copies, the others are shared, and when none is emptied `values` itself is returned.
 */
export function forgetOwnVatRates(
  values: CellValue[][],
  layout: SheetLayout,
  record: EarlierRecord | undefined,
): CellValue[][] {
  const column = layout.columns.vatRate;
  if (record === undefined || column === undefined || record.vatColumn !== column) return values;
  const own = ownVatRateRows(values, layout, parseFilledVatRates(record.filledVatRates));
  return own.length === 0 ? values : withoutOwnVatRates(values, layout, own);
}
