import { VAT_TABLE_VERSION } from "../engine";
import { type CellValue, cellText, isEmptyCell } from "./cell-values";
import { headerKey, outputOfHeader } from "./columns";
import { type RecordedOutput } from "./header-mapping";
import { type Settings, describeDuty } from "./settings";
import { columnIndex } from "./cell-address";
import { AUDIT_COLUMNS, money, summaryFacts } from "./output-sheets";
import { plainSummary } from "./report";
import { type Summary } from "./shipment-check";

/**
 * After the audit columns of its row, the CLI's record of what it wrote, which a re-check of the checked workbook
 * reads: the checked sheet, its output columns by header and letter, and the VAT rates it filled. Each cell says
 * what it is ("Output columns: Inverse value=T, …"), so the Audit sheet's header stays AUDIT_COLUMNS, by which the
 * checker knows a workbook it wrote. (The task pane keeps its records in the workbook's settings.)
 */
export const AUDIT_RECORD_LABELS = {
  sheet: "Checked sheet: ",
  outputs: "Output columns: ",
  vatRates: "VAT rates filled: ",
  more: "VAT rates filled (continued): ",
} as const;

const RECORD = AUDIT_COLUMNS.length;
/** Excel holds at most 32,767 characters in a cell: a long list of filled rates goes on in the next cells. */
const CELL_TEXT_LIMIT = 32_000;

/** True when a row is the header of an Audit sheet the checker wrote (with records or from before them). */
export function isAuditHeader(cells: readonly CellValue[]): boolean {
  return AUDIT_COLUMNS.every((column, index) => headerKey(cellText(cells[index])) === headerKey(column));
}

/** What the checker wrote into a sheet, for the audit row: output columns (header and 1-based column) and rates. */
export interface WrittenRecord {
  readonly sheet: string;
  readonly outputs: readonly { readonly header: string; readonly letter: string }[];
  /** formatFilledVatRates of the rates filled, with the VAT rate column's letter. */
  readonly vatColumn?: string;
  readonly filledVatRates: string;
}

/**
 * The record's cells, to follow the audit row: "Checked sheet: Shipment", "Output columns: Inverse value=T, …,
 * Explanation=Y", "VAT rates filled: H: 0.24: 5-9; …" (and more cells when the list is long).
 */
export function auditRecordCells(record: WrittenRecord): CellValue[] {
  const outputs = record.outputs.map(({ header, letter }) => `${header}=${letter}`).join(", ");
  const rates =
    record.vatColumn === undefined || record.filledVatRates === ""
      ? ""
      : `${record.vatColumn}: ${record.filledVatRates}`;
  const parts: string[] = [];
  for (let start = 0; start < rates.length; start += CELL_TEXT_LIMIT)
    parts.push(
      `${start === 0 ? AUDIT_RECORD_LABELS.vatRates : AUDIT_RECORD_LABELS.more}${rates.slice(start, start + CELL_TEXT_LIMIT)}`,
    );
  return [
    `${AUDIT_RECORD_LABELS.sheet}${record.sheet}`,
    `${AUDIT_RECORD_LABELS.outputs}${outputs}`,
    ...(parts.length === 0 ? [AUDIT_RECORD_LABELS.vatRates.trim()] : parts),
  ];
}

/** A record cell's text without its label, or undefined when the cell is not that part of a record. */
function labelled(cell: CellValue, label: string): string | undefined {
  const text = cellText(cell);
  return text.startsWith(label) ? text.slice(label.length) : text === label.trim() ? "" : undefined;
}

/** The checker's record in an earlier check's Audit row, as read back. */
export interface EarlierRecord {
  readonly sheet: string;
  readonly outputs: readonly RecordedOutput[];
  /** The VAT rate column's 0-based index and the rates filled in it, by sheet row number. */
  readonly vatColumn?: number;
  readonly filledVatRates: string;
}

/**
 * What the last check of `sheet` recorded in an Audit sheet (its rows, header first), or undefined: no Audit sheet
 * of the checker's, or none of its rows names the sheet. `checkedBefore` tells an Audit sheet of a version that kept
 * no records (then the checker knows its columns by their headers alone: unrecordedOutputColumns).
 */
export function earlierRecord(
  rows: readonly (readonly CellValue[])[],
  sheet: string,
): { record?: EarlierRecord; checkedBefore: boolean } {
  if (rows.length === 0 || !isAuditHeader(rows[0])) return { checkedBefore: false };
  for (let index = rows.length - 1; index >= 1; index--) {
    const cells = rows[index] ?? [];
    if (isEmptyCell(cells[RECORD]) || labelled(cells[RECORD], AUDIT_RECORD_LABELS.sheet) !== sheet) continue;
    const outputs: RecordedOutput[] = [];
    for (const part of (labelled(cells[RECORD + 1], AUDIT_RECORD_LABELS.outputs) ?? "").split(",")) {
      const match = /^\s*(.+?)=([A-Z]{1,3})\s*$/.exec(part);
      const column = match === null ? undefined : columnIndex(match[2]);
      if (match !== null && column !== undefined && outputOfHeader(match[1]) !== undefined)
        outputs.push({ header: match[1], index: column });
    }
    const rates = cells
      .slice(RECORD + 2)
      .map((cell, offset) =>
        labelled(cell, offset === 0 ? AUDIT_RECORD_LABELS.vatRates : AUDIT_RECORD_LABELS.more),
      )
      .join("");
    const vat = /^([A-Z]{1,3}): (.*)$/s.exec(rates);
    const vatColumn = vat === null ? undefined : columnIndex(vat[1]);
    return {
      record: {
        sheet,
        outputs,
        ...(vatColumn === undefined ? {} : { vatColumn }),
        filledVatRates: vat === null ? "" : vat[2],
      },
      checkedBefore: true,
    };
  }
  return { checkedBefore: rows.length > 1 };
}

/** Excel's serial of 1970-01-01 (days since its 1900 epoch, Lotus's leap-day bug included). */
const UNIX_EPOCH_SERIAL = 25_569;
const MS_PER_DAY = 86_400_000;

/**
 * A moment as an Excel date-time in the local time of this machine: Excel keeps no time zone, and the person who
 * reads the Audit sheet reads it as local time (issue 10: not an ISO UTC string).
 */
export function excelLocalDateTime(time: Date): number {
  return (time.getTime() - time.getTimezoneOffset() * 60_000) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

export function auditRow(time: Date, source: string, summary: Summary, settings: Settings): CellValue[] {
  const facts = Object.fromEntries(summaryFacts(plainSummary(summary)).map((fact) => [fact.key, fact.value]));
  return [
    excelLocalDateTime(time),
    source,
    summary.rows,
    summary.ok,
    summary.review,
    summary.risk,
    summary.error,
    // The words of the summary's facts: a third offence has no amount.
    facts.fineExposure,
    facts.outstandingDuty,
    VAT_TABLE_VERSION,
    describeSettings(settings),
  ];
}

/**
 * Settings in a line a reviewer can read: the date, tolerance, VAT deferral, offence, fines, rates, reduced VAT rates
 * and the default channel; the low-value item digits and the controlled-goods table only when not their defaults.
 */
export function describeSettings(settings: Settings): string {
  const parts = [
    `declaration date ${settings.declarationDate}`,
    `tolerance ${money(settings.tolerance)}`,
    `VAT deferral ${settings.vatDeferral ? "required" : "not required"}`,
    `offence ${settings.offenceLevel}`,
    `fines ${money(settings.fines.firstOffencePerHsCode)} / ${money(settings.fines.secondOffencePerHsCode)} per HS code`,
  ];
  const rates = Object.entries(settings.exchangeRates);
  if (rates.length > 0)
    parts.push(`exchange rates ${rates.map(([code, rate]) => `${code}=${rate.toString()}`).join(", ")}`);
  if (settings.dutyRates.length > 0)
    parts.push(
      `duty rates ${settings.dutyRates.map(({ prefix, rule }) => `${prefix}: ${describeDuty(rule)}`).join(", ")}`,
    );
  if (settings.vatRates.length > 0)
    parts.push(
      `reduced VAT rates ${settings.vatRates
        .map(({ country, prefix, rate }) => `${country}:${prefix}=${rate.times(100).toString()} %`)
        .join(", ")}`,
    );
  parts.push(`default channel ${settings.channel}`);
  // The defaults of the EUR 3 duty's items and of the controlled-goods table are said only when changed.
  if (settings.lowValueItemDigits === 6) parts.push("low-value items by 6-digit HS subheading");
  if (!settings.controlledGoods) parts.push("controlled goods not checked");
  return parts.join("; ");
}
