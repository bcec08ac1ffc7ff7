import { InputError, vatRateOn, euCountry } from "../engine";
import { type CellValue, isEmptyCell, readDate, readText } from "./cell-values";
import { type SheetLayout, columnHeader } from "./header-mapping";
import { isBlankRow } from "./row-check";
import { type Settings } from "./settings";

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
 * The standard rate for every empty VAT rate cell, from the row's destination and its date (or the declaration
 * date). Filled cells are never touched: a reduced rate typed by the user stays.
 */
export function vatRateFills(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  settings: Settings,
  firstRowNumber = 1,
): VatRateFilling {
  const fills: VatRateFill[] = [];
  const skipped: { row: number; reason: string }[] = [];
  const vatColumn = layout.columns.vatRate;
  for (let index = layout.headerRowIndex + 1; index < values.length; index++) {
    const cells = values[index] ?? [];
    if (isBlankRow(cells, layout)) continue;
    if (vatColumn !== undefined && !isEmptyCell(cells[vatColumn])) continue;
    const row = firstRowNumber + index;
    try {
      const destinationHeader = columnHeader(layout, "destination");
      const destination =
        readText(
          layout.columns.destination === undefined ? undefined : cells[layout.columns.destination],
          destinationHeader,
        ) ?? "";
      const country = euCountry(destination, destinationHeader);
      const dateHeader = columnHeader(layout, "date");
      const date =
        readDate(layout.columns.date === undefined ? undefined : cells[layout.columns.date], dateHeader) ??
        settings.declarationDate;
      fills.push({ index, row, rate: vatRateOn(country, date, dateHeader).rate.toNumber() });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      skipped.push({ row, reason: error.message });
    }
  }
  return { fills, skipped };
}
