import { InputError, vatRateOn, euCountry, readHsCode, inputErrorText, messagesOf } from "../engine";
import { EXCEL_MAX_ROWS } from "./cell-address";
import {
  type CellValue,
  cellNumber,
  cellText,
  isEmptyCell,
  isMergedCell,
  readDate,
  readText,
  unreadable,
} from "./cell-values";
import { type SheetLayout, columnHeader, fieldCell, readField } from "./header-mapping";
import { type RowHints, dataRows } from "./row-kinds";
import { type Settings, reducedVatRateFor } from "./settings";

export interface VatRateFill {
  readonly index: number;
  readonly row: number;
  readonly rate: number;
}

export interface VatRateFilling {
  readonly fills: readonly VatRateFill[];
  /** Rows with an empty VAT rate that could not be filled, and why. */
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
}

/**
 * The rate for every empty VAT rate cell: a reduced rate of the settings for the row's destination and HS code, else
 * the standard rate of its destination on its date (or the declaration date). Filled cells are never touched: a reduced rate typed by the user stays. Rates the checker filled in an
 * earlier run are its own: the caller empties them first (withoutOwnVatRates), so that they are worked out again.
 */
export function vatRateFills(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  settings: Settings,
  firstRowNumber = 1,
  hints: RowHints = {},
): VatRateFilling {
  const fills: VatRateFill[] = [];
  const skipped: { row: number; reason: string }[] = [];
  const messages = messagesOf(settings.language);
  // A cell merged over several rows holds no row's own value (merged-cells.ts): refused as the check refuses it,
  // never filled, nor read as no HS code.
  const merged = (cell: CellValue, field: "vatRate" | "hsCode") => {
    const error = isMergedCell(cell) ? unreadable(cell, columnHeader(layout, field)) : undefined;
    if (error !== undefined) throw error;
  };
  for (const { index, kind, cells } of dataRows(values, layout, hints)) {
    if (kind !== "product") continue;
    const row = firstRowNumber + index;
    const vatRate = fieldCell(cells, layout, "vatRate");
    if (!isMergedCell(vatRate) && !isEmptyCell(vatRate)) continue;
    try {
      merged(vatRate, "vatRate");
      const country = euCountry(
        readField(cells, layout, "destination", readText) ?? "",
        columnHeader(layout, "destination"),
      );
      const date = readField(cells, layout, "date", readDate) ?? settings.declarationDate;
      // A reduced rate of the settings for the row's goods, as the check takes it (row-check.ts checkVatRate).
      const hs = fieldCell(cells, layout, "hsCode");
      merged(hs, "hsCode");
      const reading = isEmptyCell(hs) ? undefined : readHsCode(cellNumber(hs) ?? cellText(hs));
      const reduced = reading?.valid ? reducedVatRateFor(country, reading.digits, settings) : undefined;
      fills.push({
        index,
        row,
        rate: (reduced?.rate ?? vatRateOn(country, date, columnHeader(layout, "date")).rate).toNumber(),
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      skipped.push({ row, reason: inputErrorText(error, { language: messages }) });
    }
  }
  return { fills, skipped };
}

/** The VAT rates the checker filled, by sheet row number: what it records so that a re-check knows them. */
export type FilledVatRates = ReadonlyMap<number, number>;

/**
 * Filled rates as text for a record: rows grouped by rate, runs of rows as ranges ("0.24: 5-9, 12; 0.2: 10-11"),
 * short enough for a cell even when thousands of rows were filled.
 */
export function formatFilledVatRates(filled: FilledVatRates): string {
  const byRate = new Map<number, number[]>();
  for (const [row, rate] of [...filled].sort((a, b) => a[0] - b[0])) {
    const rows = byRate.get(rate);
    if (rows === undefined) byRate.set(rate, [row]);
    else rows.push(row);
  }
  return [...byRate]
    .map(([rate, rows]) => {
      const runs: string[] = [];
      for (let start = 0; start < rows.length;) {
        let end = start;
        while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
        runs.push(end === start ? `${rows[start]}` : `${rows[start]}-${rows[end]}`);
        start = end + 1;
      }
      return `${rate}: ${runs.join(", ")}`;
    })
    .join("; ");
}

/** The filled rates of a record written by formatFilledVatRates; parts that do not read are left out. */
export function parseFilledVatRates(text: string): Map<number, number> {
  const filled = new Map<number, number>();
  for (const group of text.split(";")) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*:(.*)$/.exec(group);
    if (match === null) continue;
    const rate = Number(match[1]);
    if (!(rate >= 0 && rate < 1)) continue;
    for (const run of match[2].split(",")) {
      const rows = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(run);
      if (rows === null) continue;
      const first = Number(rows[1]);
      const last = rows[2] === undefined ? first : Number(rows[2]);
      // A record is the checker's own writing; a range beyond any sheet is no record of it.
      if (last < first || last - first > EXCEL_MAX_ROWS) continue;
      for (let row = first; row <= last; row++) filled.set(row, rate);
    }
  }
  return filled;
}

/**
 * The rows whose VAT rate cell still holds the rate the checker filled there (its records say which): those rates
 * are the checker's own, worked out again on a re-check. A cell the user changed since is the user's and stays.
 */
export function ownVatRateRows(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  filled: FilledVatRates,
  firstRowNumber = 1,
): number[] {
  const column = layout.columns.vatRate;
  if (column === undefined) return [];
  const own: number[] = [];
  for (const [row] of filled) {
    const index = row - firstRowNumber;
    if (index <= layout.headerRowIndex || index >= values.length) continue;
    if (isOwnVatRate(values[index] ?? [], row, layout, filled)) own.push(index);
  }
  return own.sort((a, b) => a - b);
}

/** Whether the VAT rate cell of sheet row `row` still holds the rate the checker filled there (ownVatRateRows). */
export function isOwnVatRate(
  cells: readonly CellValue[],
  row: number,
  layout: SheetLayout,
  filled: FilledVatRates,
): boolean {
  const column = layout.columns.vatRate;
  const rate = filled.get(row);
  return column !== undefined && rate !== undefined && cellNumber(cells[column]) === rate;
}

/** The values with the checker's own VAT rates emptied (ownVatRateRows), for the check to fill them again. */
export function withoutOwnVatRates(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  ownRows: readonly number[],
): CellValue[][] {
  const column = layout.columns.vatRate;
  const copy = values.map((cells) => cells as CellValue[]);
  if (column === undefined) return copy;
  for (const index of ownRows) {
    const cells = [...(copy[index] ?? [])];
    cells[column] = null;
    copy[index] = cells;
  }
  return copy;
}
