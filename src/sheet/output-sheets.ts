import { type AnyLanguage, type ControlledRegimeId, type Exact, exact, toCents, toNumber } from "../engine";
import { type OutputColumn } from "./columns";
import { STATUSES, type Status } from "./flags";
import { type SheetWords, sheetWordsOf } from "./lang";
import { type ProFormaColumn } from "./pro-forma";
import { type PlainSummary } from "./report";

/**
 * How the product's output looks, wherever it is written: the checked sheet's output columns, the pro forma and
 * Audit sheets, the status colours and the summary's facts. The command line's workbook writer, the task pane and
 * the text summary all take their headers, number formats, widths, colours and words from here, so that a
 * workbook checked in the pane and one checked on the command line look alike. Their words are the check's
 * language's (src/sheet/lang); the tables here are keyed by the English names.
 */

/** What a column of an output sheet is like. */
export interface ColumnFacts {
  /** Excel number format of the column's cells below the header; "@" is text. */
  readonly numberFormat: string;
  /** Width in Excel's character units. */
  readonly width: number;
}

/** Text cells: written as text so that no SKU, source or settings text turns into a number, a date or a formula. */
export const TEXT_FORMAT = "@";
/** Money on the output sheets: amounts in EUR to the cent. */
export const MONEY_FORMAT = "0.00";
/** Money in columns of amounts that are printed or read on their own (the pro forma, the Audit sheet). */
export const THOUSANDS_MONEY_FORMAT = "#,##0.00";
/** Money in the Summary sheet, where an amount stands beside its label: "EUR 1,250.40". */
export const SUMMARY_MONEY_FORMAT = '"EUR" #,##0.00';

export const isTextColumn = (facts: ColumnFacts) => facts.numberFormat === TEXT_FORMAT;

/** The checked sheet's output columns: money to the cent, the ratio as a percentage, the words as text. */
export const OUTPUT_COLUMN_FACTS: Readonly<Record<OutputColumn, ColumnFacts>> = {
  "Inverse value": { numberFormat: MONEY_FORMAT, width: 14 },
  "Declaration ratio": { numberFormat: "0.00%", width: 14 },
  Duty: { numberFormat: MONEY_FORMAT, width: 14 },
  Status: { numberFormat: TEXT_FORMAT, width: 14 },
  Flags: { numberFormat: TEXT_FORMAT, width: 28 },
  Explanation: { numberFormat: TEXT_FORMAT, width: 80 },
};

/**
 * The pro forma's columns: the line's words, its quantity, then money per unit and the line total (printed for
 * customs, so with thousands). The widths are chosen so that the eight columns every pro forma has and any four of
 * the deduction columns, twelve in all, print at 100 % on A4 landscape (proFormaPrintFit). Unit price, Declaration
 * value and Line total, whose totals are the largest, show up to about 9,999,999.99 in bold; the others 999,999.99.
 */
export const PRO_FORMA_COLUMN_FACTS: Readonly<Record<ProFormaColumn, ColumnFacts & { money: boolean }>> = {
  SKU: { numberFormat: TEXT_FORMAT, width: 14, money: false },
  Description: { numberFormat: TEXT_FORMAT, width: 24, money: false },
  "HS code": { numberFormat: TEXT_FORMAT, width: 10, money: false },
  // Not 9: exceljs leaves a width of 9 (its default) out of the file, and Excel then draws its own default, 64 px.
  Quantity: { numberFormat: "General", width: 10, money: false },
  "Unit price": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 12, money: true },
  "Sales VAT": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  Commission: { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  Packaging: { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  Freight: { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  "Last mile": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  "FBA fee": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  Handling: { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  Duty: { numberFormat: THOUSANDS_MONEY_FORMAT, width: 11, money: true },
  "Declaration value": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 12, money: true },
  "Line total": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 12, money: true },
};

/** The pro forma's header row is two lines tall: headers wrap within the columns' widths ("Declaration / value"). */
export const PRO_FORMA_HEADER_ROW_POINTS = 30;

/** Calibri 11 (the Normal style of a new workbook): its widest digit is 7 pixels at 96 dpi. */
const MAXIMUM_DIGIT_WIDTH_PIXELS = 7;

/**
 * A column width in Excel's characters (the .xlsx `width` that exceljs writes) as the pixels Excel draws, by
 * ECMA-376 Part 1 §18.3.1.13 (col, attribute width): pixels = Truncate(((256 × width +
 * Truncate(128 / MDW)) / 256) × MDW), MDW being the maximum digit width; Excel computes it at 96 dpi
 * (Microsoft Open Specifications support, "What is the width of an Excel column in twips?", 2019).
 */
export function columnWidthPixels(width: number): number {
  const mdw = MAXIMUM_DIGIT_WIDTH_PIXELS;
  return Math.trunc(((256 * width + Math.trunc(128 / mdw)) / 256) * mdw);
}

/** The same width in points, as Range.format.columnWidth takes it: 72 points to 96 pixels. */
export function columnWidthPoints(width: number): number {
  return columnWidthPixels(width) * 0.75;
}

/**
 * How the pro forma is printed: A4 (paperSize 9 in .xlsx) landscape with Excel's "Narrow" margins (inches; 0.25"
 * left and right), the header row on every page.
 */
export const PRO_FORMA_PAGE = {
  /** A4 landscape: 297 mm wide, in points. */
  widthPoints: (297 / 25.4) * 72,
  marginsInches: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
} as const;

/** The width the columns have on the page: A4 landscape less the left and right margins, in points. */
export const PRO_FORMA_PRINTABLE_POINTS =
  PRO_FORMA_PAGE.widthPoints - (PRO_FORMA_PAGE.marginsInches.left + PRO_FORMA_PAGE.marginsInches.right) * 72;

/** "100 %": the columns fit the page's width at actual size; "one page wide": scaled down to fit it. */
export type PrintFit = "100 %" | "one page wide";

/**
 * How a pro forma with these columns is printed: at 100 % when their widths fit A4 landscape's printable width,
 * otherwise scaled to one page wide (as many pages tall as it takes). The pane and the command line both ask here.
 */
export function proFormaPrintFit(columns: readonly ProFormaColumn[]): PrintFit {
  const points = columns.reduce(
    (sum, column) => sum + columnWidthPoints(PRO_FORMA_COLUMN_FACTS[column].width),
    0,
  );
  return points <= PRO_FORMA_PRINTABLE_POINTS ? "100 %" : "one page wide";
}

/** One row per check run, appended to the Audit sheet: what was checked, when, with which rules. */
export const AUDIT_COLUMNS = [
  "Time",
  "Source",
  "Rows checked",
  "OK",
  "Review",
  "Risk",
  "Error",
  "Fine exposure",
  "Outstanding duty",
  "VAT table",
  "Settings",
] as const;

export type AuditColumn = (typeof AUDIT_COLUMNS)[number];

/** The Audit sheet's header row in a language (audit.columns of src/sheet/lang), in AUDIT_COLUMNS order. */
export function auditHeaders(language: AnyLanguage = "en"): string[] {
  const { columns } = sheetWordsOf(language).audit;
  return AUDIT_COLUMNS.map((column) => columns[column]);
}

/** The Audit sheet's columns; the record cells after them (what the command line wrote) are text too. */
/** The Audit sheet's Time: an Excel date-time, shown to the second. */
export const AUDIT_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

export const AUDIT_COLUMN_FACTS: Readonly<Record<AuditColumn, ColumnFacts>> = {
  Time: { numberFormat: AUDIT_TIME_FORMAT, width: 20 },
  Source: { numberFormat: TEXT_FORMAT, width: 40 },
  "Rows checked": { numberFormat: "General", width: 12 },
  OK: { numberFormat: "General", width: 8 },
  Review: { numberFormat: "General", width: 8 },
  Risk: { numberFormat: "General", width: 8 },
  Error: { numberFormat: "General", width: 8 },
  "Fine exposure": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 14 },
  "Outstanding duty": { numberFormat: THOUSANDS_MONEY_FORMAT, width: 16 },
  "VAT table": { numberFormat: TEXT_FORMAT, width: 40 },
  Settings: { numberFormat: TEXT_FORMAT, width: 100 },
};
/** Widths of the record cells after the audit columns (checked sheet, output columns, VAT rates filled). */
export const AUDIT_RECORD_WIDTHS: readonly number[] = [30, 60, 60];

/**
 * The Status column's colours, as Excel's own "Good", "Neutral" and "Bad" cell styles, and white on dark red for
 * rows that could not be checked; bold but for OK. RGB hex without "#": Office.js takes "#" + it, exceljs "FF" + it.
 */
export const STATUS_COLOURS: Readonly<Record<Status, { fill: string; font: string; bold: boolean }>> = {
  OK: { fill: "C6EFCE", font: "006100", bold: false },
  REVIEW: { fill: "FFEB9C", font: "9C5700", bold: true },
  RISK: { fill: "FFC7CE", font: "9C0006", bold: true },
  ERROR: { fill: "C00000", font: "FFFFFF", bold: true },
};

/** One fact of the summary: what every rendering of it (text, Summary sheet, pane, Audit) says. */
export interface SummaryFact {
  readonly key:
    | "rows"
    | Lowercase<Status>
    | "hsCodes"
    | "offence"
    | "fineExposure"
    | "outstandingDuty"
    | "shipmentsExposed"
    | "importVatPaid"
    | "importVatDeferred"
    | "importVatExempt"
    | "lowValueDuty"
    | "reducedVatRates"
    | "controlledGoods"
    | "ignoredCostColumns";
  readonly label: string;
  /** The value for a cell: a number (money in EUR, counts) or words. */
  readonly value: number | string;
  /** The value in words, for text: "EUR 1,250.40", "none", "94052140, 851762". */
  readonly text: string;
  /** What the value means or how it comes about, where it helps: "2 under-declared HS codes × EUR 250.00, offence 1". */
  readonly detail?: string;
  readonly money: boolean;
}

/** The third offence, in the one wording every rendering uses (English; summary.thirdOffence of each language). */
export const THIRD_OFFENCE = sheetWordsOf("en").summary.thirdOffence;

/** A rate as a percentage in words: 0.07 → "7 %", 0.055 → "5.5 %" (English; the catalogues' f.percent). */
export const percent = (rate: Exact) => `${rate.times(100).toString()} %`;

/**
 * "EUR 1,250.40": amounts in English messages (the catalogues' f.money in every language). An exact amount is
 * rounded to the cent first; `+ 0` turns a negative zero from rounding into 0, which would otherwise print as
 * "EUR -0.00".
 */
export const money = (amount: number | Exact) =>
  `EUR ${AMOUNT_FORMAT.format(typeof amount === "number" ? amount : toNumber(toCents(amount)) + 0)}`;

/** One formatter for every amount: toLocaleString with options builds a new one per call (about 0.1 ms each). */
const AMOUNT_FORMAT = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The first `shown` items and how many more, as a list entry of the summary takes them. */
const firstOf = (items: readonly string[], shown = Infinity) => ({
  items: items.slice(0, shown),
  more: Math.max(0, items.length - shown),
});

/** The words of a regime of controlled goods in the summary's language; the engine's name if it has none. */
function regimeName(words: SheetWords, id: string, name: string): string {
  return Object.prototype.hasOwnProperty.call(words.controlledGoods, id)
    ? words.controlledGoods[id as ControlledRegimeId].name
    : name;
}

/**
 * The summary as facts, in the order they are shown, in `language`. `shown` caps the lists in text (the CLI's
 * terminal); cells and the pane give them whole.
 */
export function summaryFacts(
  summary: PlainSummary,
  shown = Infinity,
  language: AnyLanguage = "en",
): SummaryFact[] {
  const words = sheetWordsOf(language);
  const says = words.summary;
  const codes = summary.underDeclaredHsCodes;
  const count = (key: SummaryFact["key"], label: string, value: number): SummaryFact => ({
    key,
    label,
    value,
    text: says.count({ count: value }),
    money: false,
  });
  const amount = (value: number) => says.amount({ amount: value });
  const fine: SummaryFact =
    summary.fineExposure === null
      ? {
          key: "fineExposure",
          label: says.fineExposure,
          value: says.thirdOffence,
          text: says.thirdOffence,
          money: false,
        }
      : fineFact(summary, summary.fineExposure, words);
  const offence =
    summary.finePerHsCode === null
      ? says.offenceBlacklisting({ level: summary.offenceLevel })
      : says.offenceWithFine({ level: summary.offenceLevel, fine: summary.finePerHsCode });
  const estimates = Object.entries(summary.importVat.destinationVatEstimate);
  return [
    count("rows", says.rows, summary.rows),
    ...STATUSES.map((status) =>
      count(lowerStatus(status), says.statuses[status], statusCount(summary, status)),
    ),
    {
      key: "hsCodes",
      label: says.hsCodes,
      value: says.hsCodesValue({ codes }),
      text: says.list(firstOf(codes, shown)),
      money: false,
    },
    { key: "offence", label: says.offence, value: offence, text: offence, money: false },
    fine,
    {
      key: "outstandingDuty",
      label: says.outstandingDuty,
      value: summary.outstandingDuty,
      text: amount(summary.outstandingDuty),
      money: true,
    },
    {
      key: "shipmentsExposed",
      label: says.shipmentsExposed,
      value: says.list(firstOf(summary.shipmentsExposed)),
      text: says.list(firstOf(summary.shipmentsExposed, shown)),
      ...(summary.shipmentsExposed.length === 0 ? {} : { detail: says.shipmentsExposedDetail }),
      money: false,
    },
    {
      key: "importVatPaid",
      label: says.importVatPaid,
      value: summary.importVat.paidAtImport,
      text: amount(summary.importVat.paidAtImport),
      money: true,
    },
    {
      key: "importVatDeferred",
      label: says.importVatDeferred,
      value: summary.importVat.deferredET14000,
      text: amount(summary.importVat.deferredET14000),
      ...(summary.importVat.deferredET14000 === 0 ? {} : { detail: says.importVatDeferredDetail }),
      money: true,
    },
    {
      key: "importVatExempt",
      label: says.importVatExempt,
      value: summary.importVat.exemptCP42,
      text: amount(summary.importVat.exemptCP42),
      ...(estimates.length === 0
        ? {}
        : {
            detail: says.destinationVatDetail({
              estimates: estimates.map(([country, value]) => says.destinationVat({ country, amount: value })),
            }),
          }),
      money: true,
    },
    ...issue12Facts(summary, shown, words),
    {
      key: "ignoredCostColumns",
      label: says.ignoredCostColumns,
      value: says.list(firstOf(summary.ignoredCostColumns)),
      text: says.list(firstOf(summary.ignoredCostColumns)),
      money: false,
    },
  ];
}

/**
 * The fine exposure for an offence with an amount. Under-declared rows without a valid HS code are declared under
 * codes of those given or of their own (hsCodeCountBounds): the fine is a range, in words, never the codes given
 * alone ("EUR 0.00" would read as no fine), unless both bounds agree.
 */
function fineFact(summary: PlainSummary, fineExposure: number, words: SheetWords): SummaryFact {
  const says = words.summary;
  const fine = summary.finePerHsCode ?? 0;
  const level = summary.offenceLevel;
  const given = summary.underDeclaredHsCodes.length;
  const fact = { key: "fineExposure", label: says.fineExposure } as const;
  const bounds = summary.fineExposureBounds;
  if (bounds === null) {
    const detail = says.fineDetail({ codes: given, fine, level });
    return { ...fact, value: fineExposure, text: says.amount({ amount: fineExposure }), detail, money: true };
  }
  const { rows, firstRows } = summary.underDeclaredWithoutHsCode;
  const exact = bounds.atLeast === bounds.upTo;
  const detail = says.fineWithoutHsCode({
    given: given === 0 ? null : says.fineDetail({ codes: given, fine, level }),
    count: rows,
    rows: rowsText(words, rows, firstRows),
    fine,
    level,
    exact,
  });
  if (exact)
    return {
      ...fact,
      value: bounds.atLeast,
      text: says.amount({ amount: bounds.atLeast }),
      detail,
      money: true,
    };
  const range = says.fineRange(bounds);
  return { ...fact, value: range, text: range, detail, money: false };
}

/** "rows 4, 9 and 12" or "rows 4, 9 … (30 in all)": rows listed in the summary, the first few of them. */
function rowsText(words: SheetWords, rows: number, firstRows: readonly number[]): string {
  return words.summary.rowsNamed({
    rows: firstRows.map(String),
    count: rows,
    more: Math.max(0, rows - firstRows.length),
  });
}

/**
 * The rules of 2026 (issue 12), each a fact only where the check met it: the EUR 3 low-value duty, reduced VAT
 * rates, goods that need a licence or a certificate.
 */
function issue12Facts(summary: PlainSummary, shown: number, words: SheetWords): SummaryFact[] {
  const says = words.summary;
  const facts: SummaryFact[] = [];
  const consignments = summary.lowValueConsignments;
  if (consignments.length > 0) {
    const total = consignments.reduce((sum, entry) => sum + entry.duty, 0);
    const each = consignments.map((entry) =>
      says.lowValueConsignment({
        consignment: entry.consignment,
        duty: entry.duty,
        items: entry.items,
        value: entry.intrinsicValue,
      }),
    );
    facts.push({
      key: "lowValueDuty",
      label: says.lowValueDuty,
      value: total,
      text: says.amount({ amount: total }),
      detail: says.lowValueDetail({
        consignments: consignments.length,
        list: says.entries(firstOf(each, shown)),
      }),
      money: true,
    });
  }
  if (summary.reducedVatRates.length > 0) {
    const uses = summary.reducedVatRates.map((use) =>
      says.reducedVatRateUse({
        country: use.country,
        prefix: use.prefix,
        rate: exact(use.rate).times(100).toString(),
        rows: rowsText(words, use.rows, use.firstRows),
      }),
    );
    facts.push({
      key: "reducedVatRates",
      label: says.reducedVatRates,
      value: says.entries(firstOf(uses)),
      text: says.entries(firstOf(uses, shown)),
      money: false,
    });
  }
  if (summary.controlledGoods.length > 0) {
    const uses = summary.controlledGoods.map((use) =>
      says.controlledGoodsUse({
        regime: regimeName(words, use.id, use.name),
        rows: rowsText(words, use.rows, use.firstRows),
        shipments: use.shipments.length === 0 ? "" : says.list(firstOf(use.shipments, shown)),
      }),
    );
    facts.push({
      key: "controlledGoods",
      label: says.controlledGoods,
      value: says.entries(firstOf(uses)),
      text: says.entries(firstOf(uses, shown)),
      detail: says.controlledGoodsDetail,
      money: false,
    });
  }
  return facts;
}

const lowerStatus = (status: Status) => status.toLowerCase() as Lowercase<Status>;

/** The count of rows with a status. */
export function statusCount(
  summary: Pick<PlainSummary, "ok" | "review" | "risk" | "error">,
  status: Status,
): number {
  return summary[lowerStatus(status)];
}
