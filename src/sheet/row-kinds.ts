import { type AnyLanguage, parseNumberText, readSalesLink } from "../engine";
import { type CellValue, heldValue, isEmptyCell } from "./cell-values";
import { headerKey } from "./columns";
import { type SheetLayout } from "./header-mapping";
import { sheetWordsOf } from "./lang";

/**
 * Which rows below the header are product lines. The one place that decides it: every walk over the rows goes
 * through dataRows, so a totals line or a note is skipped (and named) the same way everywhere.
 *
 * - blank: none of the mapped input cells holds anything (as before: skipped, not named);
 * - totals: the first text cell says Total, Totaal, Gesamt, Summe, Sous-total, Subtotal, Totaux, 合计, 总计, 小计 …
 *   and the row has no destination and no link; or the row is an Excel table's totals row (the caller knows);
 * - note: one text cell and nothing else in the row (a footnote such as "* prices incl. VAT");
 * - product: everything else, checked (a row with a price and nothing else is a product with problems, never a note).
 */
export type RowKind = "product" | "blank" | "totals" | "note";

/** A row below the header that is not checked and is named in the summary. */
export interface SkippedRow {
  /** The sheet row number. */
  readonly row: number;
  readonly kind: "totals" | "note";
}

/** Words of a totals line in the languages of the headers, as headerKey reduces them. */
const TOTALS_WORDS: ReadonlySet<string> = new Set(
  [
    "Total",
    "Totals",
    "Grand total",
    "Subtotal",
    "Sub-total",
    "Sum",
    "Total général",
    "Sous-total",
    "Totaux",
    "Somme",
    "Totaal",
    "Subtotaal",
    "Totaal generaal",
    "Gesamt",
    "Gesamtsumme",
    "Summe",
    "Zwischensumme",
    "合计",
    "总计",
    "小计",
    "总合计",
    "共计",
  ].map(headerKey),
);

/** The first letters of the totals words (headerKey keeps them as they are, lower case). */
const TOTALS_INITIALS: ReadonlySet<string> = new Set([...TOTALS_WORDS].map((word) => word.charAt(0)));

/** "Total", "TOTAL:", "Total (EUR)", "合计：" and "Total: 38 lines" are totals words; "Total Wash 500 ml" is not. */
export function isTotalsText(text: string): boolean {
  // Asked of a cell in every row: most texts are told apart by their first letter and length, without normalising.
  const trimmed = text.trimStart();
  if (trimmed.length > 40 || !TOTALS_INITIALS.has(trimmed.charAt(0).normalize("NFKD").toLowerCase()))
    return false;
  const colon = text.search(/[:：]/);
  const beforeColon = colon < 0 ? text : text.slice(0, colon);
  const withoutBrackets = beforeColon.replace(/[(（[][^)）\]]*[)）\]]/g, "");
  // headerKey keeps ASCII digits and no totals word has one: an SKU ("SKU-000123") is told apart unnormalised.
  if (/[0-9]/.test(withoutBrackets)) return false;
  return TOTALS_WORDS.has(headerKey(withoutBrackets));
}

/** Per layout, the indexes of the mapped input columns and of the checker's own output columns (a re-check's). */
const LAYOUT_COLUMNS = new WeakMap<SheetLayout, { mapped: number[]; own: Set<number> }>();

function columnsOf(layout: SheetLayout): { mapped: number[]; own: Set<number> } {
  let columns = LAYOUT_COLUMNS.get(layout);
  if (columns === undefined) {
    columns = {
      mapped: Object.values(layout.columns).filter((index): index is number => index !== undefined),
      own: new Set(
        Object.values(layout.outputColumns).filter((index): index is number => index !== undefined),
      ),
    };
    LAYOUT_COLUMNS.set(layout, columns);
  }
  return columns;
}

/**
 * What a row below the header is. `tableTotals`: the caller knows the row is an Excel table's totals row (the task
 * pane asks Excel); such a row is a totals line whatever it holds. Called for every row: a product row is told
 * after a look at its first cells.
 */
export function rowKind(cells: readonly CellValue[], layout: SheetLayout, tableTotals = false): RowKind {
  const { mapped, own } = columnsOf(layout);
  // What each cell holds itself: a row under a shipment's merged number with nothing else is blank, as it was.
  if (mapped.every((index) => isEmptyCell(heldValue(cells[index])))) return "blank";
  if (tableTotals) return "totals";
  // The cells that count: all but the checker's own output columns (a re-check's results).
  let filled = 0;
  let firstText = -1;
  for (let index = 0; index < cells.length; index++) {
    const cell = heldValue(cells[index]);
    if (own.has(index) || isEmptyCell(cell)) continue;
    filled++;
    if (firstText < 0 && typeof cell === "string") {
      firstText = index;
      if (isTotalsText(cell)) {
        const { destination, salesLink, referenceLink } = layout.columns;
        // The totals word may stand in the destination column itself; any other destination or a link is a product.
        const elsewhere = (column: number | undefined) =>
          column !== undefined && column !== index && !isEmptyCell(heldValue(cells[column]));
        return elsewhere(destination) || elsewhere(salesLink) || elsewhere(referenceLink)
          ? "product"
          : "totals";
      }
    }
    if (filled > 1 && firstText >= 0) return "product";
  }
  if (filled !== 1 || firstText < 0) return "product";
  const text = (heldValue(cells[firstText]) as string).trim();
  const inLinkColumn = firstText === layout.columns.salesLink || firstText === layout.columns.referenceLink;
  // A lone link, error value, number, HS code or code-like word (an SKU, a country) is a product row begun and
  // left unfinished: checked, so that it shows. A note reads as a sentence or begins as notes do.
  return !inLinkColumn &&
    !text.startsWith("#") &&
    readSalesLink(text).kind === "notALink" &&
    readsAsNote(text)
    ? "note"
    : "product";
}

const NOTE_START = /^(?:[*†‡¹²³]|\(\d\)|note|nota|remarque|opmerking|hinweis|anmerkung|注|备注|说明)/i;

function readsAsNote(text: string): boolean {
  if (parseNumberText(text).kind !== "notANumber") return false;
  if (NOTE_START.test(text)) return true;
  const words = text.split(/\s+/).filter(Boolean).length;
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return words >= 3 || cjk >= 6;
}

/** What the caller knows about rows beyond their cells: indexes (into the values) of Excel tables' totals rows. */
export interface RowHints {
  readonly tableTotalsRows?: ReadonlySet<number>;
}

/**
 * Why an action on a sheet with a header and nothing to work on below it writes nothing (issue 10); English, as
 * sheetProblems.noProductRows of each language says it.
 */
export const NO_PRODUCT_ROWS = sheetWordsOf("en").sheetProblems.noProductRows;

/** A row below the header that holds something: a product line, a totals line or a note. */
export interface DataRow {
  /** Index of the row in the values (values[index]). */
  readonly index: number;
  readonly kind: Exclude<RowKind, "blank">;
  readonly cells: readonly CellValue[];
}

/**
 * The one walk over a sheet's data rows: every row below the header that is not blank, with its kind, from
 * values[start] on (values may be a chunk of a larger sheet; `start` is then the chunk's first index in it).
 * Every caller that goes through the rows (the check, VAT rates, cost sharing, the command line) uses it.
 */
export function* dataRows(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  hints: RowHints = {},
  start = 0,
): Generator<DataRow> {
  const totals = hints.tableTotalsRows;
  for (let offset = Math.max(0, layout.headerRowIndex + 1 - start); offset < values.length; offset++) {
    const index = start + offset;
    const cells = values[offset] ?? [];
    const kind = rowKind(cells, layout, totals?.has(index) ?? false);
    if (kind !== "blank") yield { index, kind, cells };
  }
}

/**
 * The skipped rows in the summary's words (of `language`), one phrase per kind: "row 41 read as a totals line, not
 * checked"; "rows 43 and 44 read as notes, not checked" (rows named: "rows 41, 43, 45 and 7 more").
 */
export function describeSkippedRows(skipped: readonly SkippedRow[], language: AnyLanguage = "en"): string[] {
  const words = sheetWordsOf(language).skippedRows;
  const sentences: string[] = [];
  for (const kind of ["totals", "note"] as const) {
    const rows = skipped.filter((row) => row.kind === kind).map((row) => String(row.row));
    if (rows.length === 0) continue;
    const named = { rows: rows.slice(0, 3), count: rows.length, more: Math.max(0, rows.length - 3) };
    sentences.push(kind === "totals" ? words.totals(named) : words.notes(named));
  }
  return sentences;
}
