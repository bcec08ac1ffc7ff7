/** Excel's names for columns, which columns of the input were read, and which of them the checker wrote before. */
import {
  type EarlierRecord,
  type SheetKnowledge,
  type SheetLayout,
  columnHeader,
  earlierRecord,
  ownVatRateRows,
  parseFilledVatRates,
} from "../sheet";
import { type InputSheet } from "./input";

/** "A", "B", …, "Z", "AA": Excel's name of a 1-based column number. */
export function columnLetter(column: number): string {
  let name = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Which column of the input each field was read from, for the Summary sheet. */
export function columnsRead(layout: SheetLayout): string {
  return (Object.keys(layout.columns) as (keyof SheetLayout["columns"])[])
    .map((field) => {
      const index = layout.columns[field] as number;
      return `${columnHeader(layout, field)} (${columnLetter(index + 1)})`;
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
 * Empties the VAT rate cells that still hold the rate the checker filled in its last check (its record says which),
 * so that this check works them out again and fills them anew: a new declaration date or a corrected destination
 * gives the new rate. A rate the user typed, or changed since, stays. Returns how many were emptied.
 */
export function forgetOwnVatRates(
  input: InputSheet,
  layout: SheetLayout,
  record: EarlierRecord | undefined,
): number {
  const column = layout.columns.vatRate;
  if (record === undefined || column === undefined || record.vatColumn !== column) return 0;
  const own = ownVatRateRows(input.values, layout, parseFilledVatRates(record.filledVatRates));
  for (const index of own) input.values[index][column] = null;
  return own.length;
}
