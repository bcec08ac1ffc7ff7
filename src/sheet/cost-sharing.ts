import {
  type AnyLanguage,
  Exact,
  InputError,
  ZERO,
  allocateByWeight,
  currenciesOf,
  inputErrorText,
  messagesOf,
} from "../engine";
import {
  type CellValue,
  currencyWrittenIn,
  isEmptyCell,
  isFormattedNumber,
  readQuantity,
  readText,
  readWeight,
} from "./cell-values";
import { type Field, MONEY_FIELDS, headerCurrency } from "./columns";
import { numberEvidenceOf, withConventions } from "./number-conventions";
import { formatShows } from "./number-formats";
import { type SheetLayout, columnHeader, fieldCell, readField } from "./header-mapping";
import { type RowHints, dataRows } from "./row-kinds";
import { sheetWordsOf } from "./lang";

/** Shipment-level costs to share out: the freight, last-mile and handling invoices of one shipment. */
export interface ShipmentCosts {
  readonly freight: Exact;
  readonly lastMile: Exact;
  readonly handling: Exact;
}
export const SHARED_COST_FIELDS = ["freight", "lastMile", "handling"] as const;
export type SharedCostField = (typeof SHARED_COST_FIELDS)[number];

export interface CostShare {
  /** Index of the row in the 2-D array, and its sheet row number. */
  readonly index: number;
  readonly row: number;
  /** The line's share of each total, in cents; the shares of all lines add up to the totals. */
  readonly lineShare: Readonly<Record<SharedCostField, Exact>>;
  /** The share per unit (line share ÷ quantity), to 8 decimals so that × quantity gives the line share back. */
  readonly perUnit: Readonly<Record<SharedCostField, Exact>>;
}

export type CostSharing =
  | { readonly ok: true; readonly shares: readonly CostShare[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const isEuro = (written: string) => {
  const codes = currenciesOf(written) ?? [];
  return codes.length === 1 && codes[0] === "EUR";
};

/**
 * A currency other than EUR in which a share written into the row would be read (row-check.ts's MoneyReader reads
 * amounts so), or undefined. `targets` are the cost fields that get a share and whose header names no currency
 * (one naming another than EUR is refused before): a share is a plain number, read in the row's currency (its
 * Currency cell, else the currency written in its other money cells: "$9.99", a price formatted in zloty,
 * "Price ($)"); a target cell formatted in a currency keeps its format, and is read in it. So is an empty one
 * (`formats`: the row's Range.numberFormat), whose format a value is not there to show: `empty` says so.
 */
function otherCurrencyOf(
  cells: readonly CellValue[],
  formats: readonly unknown[] | undefined,
  layout: SheetLayout,
  targets: readonly Field[],
): { column: string; currency: string; empty?: true } | undefined {
  if (targets.length === 0) return undefined;
  for (const field of targets) {
    const cell = fieldCell(cells, layout, field);
    if (isFormattedNumber(cell) && cell.currency !== undefined && !isEuro(cell.currency))
      return { column: columnHeader(layout, field), currency: cell.currency };
    const format = formats?.[layout.columns[field] ?? -1];
    const shown = isEmptyCell(cell) && typeof format === "string" ? formatShows(format)?.currency : undefined;
    if (shown !== undefined && !isEuro(shown))
      return { column: columnHeader(layout, field), currency: shown, empty: true };
  }
  const currency = readField(cells, layout, "currency", readText);
  if (currency !== undefined && currency !== "")
    return isEuro(currency) ? undefined : { column: columnHeader(layout, "currency"), currency };
  for (const field of MONEY_FIELDS) {
    const index = layout.columns[field];
    // The targets' own cells are written over.
    if (index === undefined || targets.includes(field)) continue;
    const written = currencyWrittenIn(
      fieldCell(cells, layout, field),
      layout.decimalMarks?.[field],
      headerCurrency(layout.headers[index] ?? "")?.written,
    );
    if (written !== undefined && !isEuro(written))
      return { column: columnHeader(layout, field), currency: written };
  }
  return undefined;
}

/** Enough decimals that a per-unit share times any quantity below a million rounds back to the line share. */
const PER_UNIT_DECIMALS = 8;

/**
 * Shares shipment totals out over the rows of a shipment (or all rows when no shipment is named) by unit weight ×
 * quantity, in whole cents per line (largest remainder). All or nothing: a row whose weight or quantity cannot be
 * read stops the sharing, so the shares always add up to the totals. The problems are said in `language`.
 */
export function shareShipmentCosts(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  totals: ShipmentCosts,
  options: {
    /** Share over this shipment's rows only. */
    readonly shipment?: string;
    /** The sheet row number of values[0]. */
    readonly firstRowNumber?: number;
    /**
     * Range.numberFormat of the values' cells, row by row (the pane's read): an empty cost cell formatted in
     * another currency than EUR would show a share written into it in that currency, and be read in it.
     */
    readonly numberFormats?: readonly (readonly unknown[] | undefined)[];
    readonly hints?: RowHints;
  } = {},
  language: AnyLanguage = "en",
): CostSharing {
  const { shipment, firstRowNumber = 1, hints, numberFormats } = options;
  const says = sheetWordsOf(language).costSharing;
  const messages = messagesOf(language);
  if (layout.columns.unitWeight === undefined)
    return { ok: false, problems: [says.noWeightColumn({ column: columnHeader(layout, "unitWeight") })] };
  // The totals are in EUR (the pane reads them so): written into "Freight ($)", whose header makes its amounts
  // dollars for the check (row-check.ts MoneyReader), a share would be read as the wrong number.
  const problems: string[] = [];
  for (const field of SHARED_COST_FIELDS) {
    const index = layout.columns[field];
    if (index === undefined || totals[field].isZero()) continue;
    const header = layout.headers[index];
    const named = headerCurrency(header);
    if (named === undefined) continue;
    const currencies = currenciesOf(named.written) ?? [];
    if (currencies.length !== 1 || currencies[0] !== "EUR")
      problems.push(says.columnNotInEuro({ column: header, currency: named.written }));
  }
  if (problems.length > 0) return { ok: false, problems };
  // The fields that get a share and whose header names no currency: a share there is read in the row's currency.
  const targets = SHARED_COST_FIELDS.filter(
    (field) =>
      !totals[field].isZero() &&
      (layout.columns[field] === undefined ||
        headerCurrency(layout.headers[layout.columns[field]] ?? "") === undefined),
  );
  const lines: { index: number; row: number; quantity: Exact; weight: Exact }[] = [];
  const marked =
    layout.decimalMarks === undefined
      ? withConventions(layout, numberEvidenceOf(values, layout.headerRowIndex))
      : layout;
  for (const { index, kind, cells } of dataRows(values, marked, hints)) {
    if (kind !== "product") continue;
    const row = firstRowNumber + index;
    try {
      if (shipment !== undefined && readField(cells, marked, "shipment", readText) !== shipment) continue;
      const other = otherCurrencyOf(cells, numberFormats?.[index], marked, targets);
      if (other !== undefined) {
        const { column, currency } = other;
        problems.push(
          other.empty
            ? says.cellFormattedNotInEuro({ row, column, currency })
            : says.rowNotInEuro({ row, column, currency }),
        );
        continue;
      }
      const weight = readField(cells, marked, "unitWeight", readWeight);
      if (weight === undefined)
        throw new InputError(columnHeader(marked, "unitWeight"), "empty", "enterWeightInKg");
      const quantity = readField(cells, marked, "quantity", readQuantity);
      lines.push({ index, row, quantity, weight: weight.times(quantity) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(says.rowProblem({ row, problem: inputErrorText(error, { language: messages }) }));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  if (lines.length === 0)
    return {
      ok: false,
      problems: [shipment === undefined ? says.noRows : says.noRowsOfShipment({ shipment })],
    };
  try {
    const weights = lines.map((line) => line.weight);
    const shares = Object.fromEntries(
      SHARED_COST_FIELDS.map((field) => [
        field,
        allocateByWeight(totals[field], weights, columnHeader(layout, field), says.weights),
      ]),
    ) as Record<SharedCostField, Exact[]>;
    return {
      ok: true,
      shares: lines.map((line, position) => {
        const lineShare = {
          freight: shares.freight[position],
          lastMile: shares.lastMile[position],
          handling: shares.handling[position],
        };
        const perUnit = (amount: Exact) =>
          amount.isZero() ? ZERO : amount.dividedBy(line.quantity).toDecimalPlaces(PER_UNIT_DECIMALS);
        return {
          index: line.index,
          row: line.row,
          lineShare,
          perUnit: {
            freight: perUnit(lineShare.freight),
            lastMile: perUnit(lineShare.lastMile),
            handling: perUnit(lineShare.handling),
          },
        };
      }),
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, problems: [inputErrorText(error, { language: messages })] };
  }
}
