/**
 * VAT rates the add-in filled are its own (issue 8): while a cell holds the rate the add-in wrote there, the rate is
 * worked out again on every run (a new declaration date, a corrected destination); a rate the user typed, or typed
 * over the add-in's, is never touched. Pure: the actions read the cells and write the plan.
 */
import {
  type CellValue,
  type FilledVatRates,
  type RowHints,
  type Settings,
  type SheetLayout,
  ownVatRateRows,
  vatRateFills,
  withoutOwnVatRates,
} from "../src/sheet";
import { type CellBlockWrite, rowsWritten } from "./cell-writes";
import { isFormula } from "./ownership";
import { paneWords } from "./pane-language";

export interface OwnVatRates {
  /** The values with the add-in's own rates emptied: what the sheet logic reads. */
  readonly values: CellValue[][];
  /** Indexes (into the values) of the rows whose rate is the add-in's own. */
  readonly ownRows: readonly number[];
}

/** The add-in's own rates among the cells, by its record (rates by sheet row number); formulas are never its own. */
export function ownVatRates(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  recorded: FilledVatRates,
  firstRowNumber: number,
  formulaAt: (index: number) => unknown = () => undefined,
): OwnVatRates {
  const ownRows = ownVatRateRows(values, layout, recorded, firstRowNumber).filter(
    (index) => !isFormula(formulaAt(index)),
  );
  return { values: withoutOwnVatRates(values, layout, ownRows), ownRows };
}

/** A VAT rate cell to write: the rate, or "" to clear a rate of the add-in's that no longer has a source. */
export interface VatWrite {
  readonly index: number;
  /** The sheet row number. */
  readonly row: number;
  readonly value: number | "";
}

export interface VatPlan {
  readonly writes: readonly VatWrite[];
  /** Rows the plan fills that were empty (not the add-in's own rates worked out again). */
  readonly newlyFilled: number;
  /** The add-in's own rates that change, or are cleared. */
  readonly refreshed: number;
  readonly cleared: number;
  /** Sheet rows whose empty-looking VAT rate cell holds a formula: left alone. */
  readonly formulaRows: readonly number[];
  /** Rows with an empty VAT rate that could not be filled, and why (the own rates cleared among them). */
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
}

/**
 * What to write so that every VAT rate cell that is empty (`fillEmpty`) or the add-in's own holds the standard rate
 * of its row now; cells that already hold it are not written again, formulas never.
 */
export function planVatRates(
  original: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  own: OwnVatRates,
  settings: Settings,
  options: {
    readonly firstRowNumber: number;
    readonly fillEmpty: boolean;
    readonly hints?: RowHints;
    readonly formulaAt?: (index: number) => unknown;
  },
): VatPlan {
  const column = layout.columns.vatRate;
  const filling = vatRateFills(own.values, layout, settings, options.firstRowNumber, options.hints);
  const ownSet = new Set(own.ownRows);
  const writes: VatWrite[] = [];
  let newlyFilled = 0;
  let refreshed = 0;
  const filled = new Set<number>();
  const formulaRows: number[] = [];
  for (const fill of filling.fills) {
    const mine = ownSet.has(fill.index);
    if (!mine && !options.fillEmpty) continue;
    if (!mine && isFormula(options.formulaAt?.(fill.index))) {
      formulaRows.push(fill.row);
      continue;
    }
    filled.add(fill.index);
    const current = column === undefined ? undefined : original[fill.index]?.[column];
    if (mine && current === fill.rate) continue;
    writes.push({ index: fill.index, row: fill.row, value: fill.rate });
    if (mine) refreshed++;
    else newlyFilled++;
  }
  let cleared = 0;
  for (const index of own.ownRows) {
    if (filled.has(index)) continue;
    writes.push({ index, row: options.firstRowNumber + index, value: "" });
    cleared++;
  }
  const skipped = filling.skipped.filter(
    ({ row }) => options.fillEmpty || ownSet.has(row - options.firstRowNumber),
  );
  return { writes, newlyFilled, refreshed, cleared, formulaRows, skipped };
}

/**
 * The rates that are the add-in's own after a write: those it held before and did not change, and those written
 * (a cleared cell is no longer its own).
 */
export function filledAfterWrite(
  recorded: FilledVatRates,
  own: OwnVatRates,
  firstRowNumber: number,
  written: readonly VatWrite[],
): Map<number, number> {
  const after = new Map<number, number>();
  for (const index of own.ownRows) {
    const row = firstRowNumber + index;
    const rate = recorded.get(row);
    if (rate !== undefined) after.set(row, rate);
  }
  for (const write of written) {
    if (write.value === "") after.delete(write.row);
    else after.set(write.row, write.value);
  }
  return after;
}

/** The VAT rate writes that went through: those whose row (the values' first row is sheet row `firstRow`) was written. */
export function writtenVatRates(
  written: readonly CellBlockWrite[],
  writes: readonly VatWrite[],
  firstRow: number,
): VatWrite[] {
  const rows = rowsWritten(written);
  return writes.filter((write) => rows.has(firstRow + write.index));
}

/** What became of the rates the add-in had filled before, in sentences. */
export function ownRatesMessages(refreshed: number, cleared: number): string[] {
  const words = paneWords().vat;
  return [
    ...(refreshed > 0 ? [words.refreshed({ count: refreshed })] : []),
    ...(cleared > 0 ? [words.cleared({ count: cleared })] : []),
  ];
}
