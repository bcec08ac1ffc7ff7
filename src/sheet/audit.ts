import { type AnyLanguage, type LanguageCode, PSEUDO, VAT_TABLE_VERSION, toCents, toNumber } from "../engine";
import { type CellValue, cellText, isEmptyCell } from "./cell-values";
import { headerKey, outputOfHeader } from "./columns";
import { type RecordedOutput } from "./header-mapping";
import { SHEET_CATALOGUES, sheetWordsOf } from "./lang";
import { type Settings, describeDuty } from "./settings";
import { columnIndex } from "./cell-address";
import { AUDIT_COLUMNS, auditHeaders, summaryFacts } from "./output-sheets";
import { plainSummary } from "./report";
import { type Summary } from "./shipment-check";

/** Every language's words and the pseudo-locale's: an Audit sheet keeps the words of whoever checked before. */
const ALL_LANGUAGES: readonly AnyLanguage[] = [...(Object.keys(SHEET_CATALOGUES) as LanguageCode[]), PSEUDO];

type RecordEntry = (p: { record: string }) => string;
type RecordKind = "checkedSheet" | "outputColumns" | "vatRatesFilled" | "vatRatesContinued";

/** Stands for the record in an entry's words: what the words put before and after it are the record's label. */
const RECORD_MARK = "\u0000";

/** The words an entry puts before and after its record. */
function around(entry: RecordEntry): { readonly before: string; readonly after: string } {
  const [before, after = ""] = entry({ record: RECORD_MARK }).split(RECORD_MARK);
  return { before, after };
}

/**
 * After the audit columns of its row, the CLI's record of what it wrote, which a re-check of the checked workbook
 * reads: the checked sheet, its output columns by header and letter, and the VAT rates it filled. Each cell says
 * what it is ("Output columns: Inverse value=T, …", audit.records of src/sheet/lang), so the Audit sheet's header
 * stays AUDIT_COLUMNS (in a language's words), by which the checker knows a workbook it wrote. (The task pane keeps
 * its records in the workbook's settings.) These are the English labels.
 */
export const AUDIT_RECORD_LABELS = {
  sheet: around(sheetWordsOf("en").audit.records.checkedSheet).before,
  outputs: around(sheetWordsOf("en").audit.records.outputColumns).before,
  vatRates: around(sheetWordsOf("en").audit.records.vatRatesFilled).before,
  more: around(sheetWordsOf("en").audit.records.vatRatesContinued).before,
} as const;

const RECORD = AUDIT_COLUMNS.length;
/** Excel holds at most 32,767 characters in a cell: a long list of filled rates goes on in the next cells. */
const CELL_TEXT_LIMIT = 32_000;

/** The header keys of the Audit sheet in each language. */
let auditHeaderKeys: readonly (readonly string[])[] | undefined;

/**
 * True when a row is the header of an Audit sheet the checker wrote (with records or from before them), in any
 * language.
 */
export function isAuditHeader(cells: readonly CellValue[]): boolean {
  auditHeaderKeys ??= ALL_LANGUAGES.map((language) => auditHeaders(language).map(headerKey));
  return auditHeaderKeys.some((keys) =>
    keys.every((key, index) => headerKey(cellText(cells[index])) === key),
  );
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
 * Explanation=Y", "VAT rates filled: H: 0.24: 5-9; …" (and more cells when the list is long), labelled in the
 * words of `language` (the check's). The records themselves are the same in every language.
 */
export function auditRecordCells(record: WrittenRecord, language: AnyLanguage = "en"): CellValue[] {
  const says = sheetWordsOf(language).audit.records;
  const outputs = record.outputs.map(({ header, letter }) => `${header}=${letter}`).join(", ");
  const rates =
    record.vatColumn === undefined || record.filledVatRates === ""
      ? ""
      : `${record.vatColumn}: ${record.filledVatRates}`;
  const parts: string[] = [];
  for (let start = 0; start < rates.length; start += CELL_TEXT_LIMIT) {
    const part = rates.slice(start, start + CELL_TEXT_LIMIT);
    parts.push(
      start === 0 ? says.vatRatesFilled({ record: part }) : says.vatRatesContinued({ record: part }),
    );
  }
  return [
    says.checkedSheet({ record: record.sheet }),
    says.outputColumns({ record: outputs }),
    ...(parts.length === 0 ? [says.noVatRatesFilled] : parts),
  ];
}

/** The labels of each kind of record cell in every language, and the words of a record of no VAT rates. */
let recordLabels:
  { readonly [K in RecordKind]: readonly { readonly before: string; readonly after: string }[] } | undefined;
let noVatRates: ReadonlySet<string> | undefined;

function labelsOf(kind: RecordKind): readonly { readonly before: string; readonly after: string }[] {
  const records = (language: AnyLanguage) => sheetWordsOf(language).audit.records;
  recordLabels ??= {
    checkedSheet: ALL_LANGUAGES.map((language) => around(records(language).checkedSheet)),
    outputColumns: ALL_LANGUAGES.map((language) => around(records(language).outputColumns)),
    vatRatesFilled: ALL_LANGUAGES.map((language) => around(records(language).vatRatesFilled)),
    vatRatesContinued: ALL_LANGUAGES.map((language) => around(records(language).vatRatesContinued)),
  };
  return recordLabels[kind];
}

/**
 * A record cell's record without its label (of any language), or undefined when the cell is not that part of a
 * record. The longest label that fits wins: "VAT rates filled: " begins "VAT rates filled (continued): " in no
 * language, but a translation might make one the start of another.
 */
function labelled(cell: CellValue, kind: RecordKind): string | undefined {
  const text = cellText(cell);
  if (kind === "vatRatesFilled") {
    noVatRates ??= new Set(
      ALL_LANGUAGES.map((language) => sheetWordsOf(language).audit.records.noVatRatesFilled),
    );
    if (noVatRates.has(text)) return "";
  }
  const fits = labelsOf(kind).filter(
    ({ before, after }) =>
      text.length >= before.length + after.length && text.startsWith(before) && text.endsWith(after),
  );
  if (fits.length === 0) return undefined;
  const { before, after } = fits.reduce((longest, label) =>
    label.before.length + label.after.length > longest.before.length + longest.after.length ? label : longest,
  );
  return text.slice(before.length, text.length - after.length);
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
    if (isEmptyCell(cells[RECORD]) || labelled(cells[RECORD], "checkedSheet") !== sheet) continue;
    const outputs: RecordedOutput[] = [];
    for (const part of (labelled(cells[RECORD + 1], "outputColumns") ?? "").split(",")) {
      const match = /^\s*(.+?)=([A-Z]{1,3})\s*$/.exec(part);
      const column = match === null ? undefined : columnIndex(match[2]);
      if (match !== null && column !== undefined && outputOfHeader(match[1]) !== undefined)
        outputs.push({ header: match[1], index: column });
    }
    const rates = cells
      .slice(RECORD + 2)
      .map((cell, offset) => labelled(cell, offset === 0 ? "vatRatesFilled" : "vatRatesContinued"))
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

/** The Audit row of a check, in the words of settings.language. */
export function auditRow(time: Date, source: string, summary: Summary, settings: Settings): CellValue[] {
  const facts = Object.fromEntries(
    summaryFacts(plainSummary(summary), Infinity, settings.language).map((fact) => [fact.key, fact.value]),
  );
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
 * Settings in a line a reviewer can read, in the words of settings.language: the date, tolerance, VAT deferral,
 * offence, fines, rates, reduced VAT rates and the default channel; the low-value item digits, the controlled-goods
 * table and the language only when not their defaults. Rates are written as the settings write them.
 */
export function describeSettings(settings: Settings): string {
  const says = sheetWordsOf(settings.language).audit.settings;
  const parts = [
    says.declarationDate({ date: settings.declarationDate }),
    says.tolerance({ amount: toNumber(toCents(settings.tolerance)) }),
    settings.vatDeferral ? says.vatDeferralRequired : says.vatDeferralNotRequired,
    says.offence({ level: settings.offenceLevel }),
    says.fines({
      first: settings.fines.firstOffencePerHsCode,
      second: settings.fines.secondOffencePerHsCode,
    }),
  ];
  const rates = Object.entries(settings.exchangeRates);
  if (rates.length > 0)
    parts.push(says.exchangeRates({ rates: rates.map(([code, rate]) => `${code}=${rate.toString()}`) }));
  if (settings.dutyRates.length > 0)
    parts.push(
      says.dutyRates({
        rates: settings.dutyRates.map(({ prefix, rule }) => `${prefix}: ${describeDuty(rule)}`),
      }),
    );
  if (settings.vatRates.length > 0)
    parts.push(
      says.reducedVatRates({
        rates: settings.vatRates.map(
          ({ country, prefix, rate }) => `${country}:${prefix}=${rate.times(100).toString()} %`,
        ),
      }),
    );
  parts.push(says.defaultChannel({ channel: settings.channel }));
  // The defaults of the EUR 3 duty's items, of the controlled-goods table and of the language are said only when changed.
  if (settings.lowValueItemDigits === 6) parts.push(says.lowValueItemsBy6Digits);
  if (!settings.controlledGoods) parts.push(says.controlledGoodsNotChecked);
  if (settings.language !== "en") parts.push(says.language({ language: settings.language }));
  return says.all({ parts });
}
