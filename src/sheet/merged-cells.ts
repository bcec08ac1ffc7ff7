import { type CellValue, type MergedCell, isMergedCell, storedValue } from "./cell-values";
import { columnIndex, columnLetters } from "./cell-address";
import { type Field } from "./columns";
import { type SheetLayout } from "./header-mapping";

/**
 * Merged cells over several rows. Excel shows a merged area's one value, which only its top-left cell holds: the
 * other cells are empty in the file and in Range.values. Read as they are held, a Quantity merged over three rows
 * becomes 1 in the two lower rows and a merged duty rate no duty at all: plausible figures, wrong.
 *
 * - A field that says something of the whole shipment (the shipment, its date, destination, currency, channel,
 *   VAT regime and VAT numbers), merged in its own column over the shipment's rows, is read in each of them as
 *   Excel shows it: forwarders merge an order's number over its lines.
 * - Any other field (an amount, a rate, a quantity, a weight, an HS code, a product's words) merged over several
 *   rows is refused in every row of the area: one figure over three rows may be each row's or their total (a
 *   shipment's freight), and only the user knows which.
 * Areas within one row change nothing (each column's cell holds what it holds), nor areas that begin in the header
 * row or above it (a title, a header over two rows).
 */

/** A merged area: 0-based sheet rows and columns, inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The fields whose cell, merged over a shipment's rows, says the same of each row. */
const SHIPMENT_FIELDS: ReadonlySet<Field> = new Set<Field>([
  "shipment",
  "date",
  "destination",
  "currency",
  "channel",
  "vatRegime",
  "vatNumber",
  "importerVatNumber",
]);

/** The parts of an address between commas, a quoted sheet name ('Ship, Dec') kept whole. */
const PARTS = /(?:'(?:[^']|'')*'|[^,])+/g;
/** A cell or an area without its sheet: A5, $A$5:$B$7. */
const AREA = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/**
 * The areas of an .xlsx sheet's <mergeCell ref="A5:A7"/> or of Excel's RangeAreas.address
 * ("Sheet1!A5:A7, Sheet1!C5:D5"). Whole rows or columns (A:A, 5:5) are no cells to read and are left out.
 */
export function mergedAreasIn(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const [part] of address.matchAll(PARTS)) {
    const match = AREA.exec(part.slice(part.lastIndexOf("!") + 1).trim());
    if (match === null) continue;
    const left = columnIndex(match[1].toUpperCase());
    const right = columnIndex((match[3] ?? match[1]).toUpperCase());
    const top = Number(match[2]) - 1;
    const bottom = Number(match[4] ?? match[2]) - 1;
    if (left === undefined || right === undefined || top < 0 || bottom < 0) continue;
    areas.push({
      top: Math.min(top, bottom),
      bottom: Math.max(top, bottom),
      left: Math.min(left, right),
      right: Math.max(left, right),
    });
  }
  return areas;
}

/** "F5:F7". */
export function mergedAreaAddress(area: MergedArea): string {
  return `${columnLetters(area.left)}${area.top + 1}:${columnLetters(area.right)}${area.bottom + 1}`;
}

/** An area over several rows, with what it means in each mapped column it covers (values' column indexes). */
interface AreaReading {
  readonly area: MergedArea;
  readonly address: string;
  /** The mapped columns it covers: "shown" reads the top-left value in each row, "refused" refuses the cell. */
  readonly columns: readonly { readonly column: number; readonly reading: "shown" | "refused" }[];
}

/**
 * The rows of a sheet as the check reads them, given the sheet's merged areas: the cells of an area over several
 * rows become MergedCells (cell-values.ts), which keep what each cell holds, to be written back as it was. Rows come
 * in order, a chunk at a time (the command line's reads) or all at once (the task pane's).
 */
export class MergedCells {
  private readonly readings: AreaReading[];
  private next = 0;
  private active: AreaReading[] = [];
  /** The top-left value of each active area, taken from its first row. */
  private readonly shown = new Map<AreaReading, Exclude<CellValue, MergedCell>>();
  private readFrom = 0;

  /**
   * `areas` in sheet rows and columns; `origin` is the sheet row and column of values[0][0] (the task pane reads
   * from its block's first row and column; a file reader from A1).
   */
  constructor(
    areas: readonly MergedArea[],
    layout: SheetLayout,
    private readonly origin: { readonly row: number; readonly column: number } = { row: 0, column: 0 },
  ) {
    const fieldAt = new Map<number, Field>();
    for (const [field, index] of Object.entries(layout.columns) as [Field, number | undefined][])
      if (index !== undefined) fieldAt.set(origin.column + index, field);
    const headerRow = origin.row + layout.headerRowIndex;
    this.readings = areas
      .filter((area) => area.bottom > area.top && area.top > headerRow)
      .map((area) => {
        const columns: AreaReading["columns"][number][] = [];
        for (let column = area.left; column <= area.right; column++) {
          const field = fieldAt.get(column);
          if (field === undefined) continue;
          const shown = column === area.left && SHIPMENT_FIELDS.has(field);
          columns.push({ column: column - origin.column, reading: shown ? "shown" : "refused" });
        }
        return { area, address: mergedAreaAddress(area), columns };
      })
      .filter((reading) => reading.columns.length > 0)
      .sort((a, b) => a.area.top - b.area.top);
  }

  /** True when some area over several rows covers a mapped column below the header. */
  get any(): boolean {
    return this.readings.length > 0;
  }

  /**
   * values[0] is row `start` (an index into the sheet's values, as the layout's headerRowIndex counts). Rows that
   * change are copies; the others are shared.
   */
  rows(values: readonly (readonly CellValue[])[], start: number): (readonly CellValue[])[] {
    if (start < this.readFrom) throw new Error("MergedCells.rows: rows must come in order");
    this.readFrom = start + values.length;
    if (this.readings.length === 0) return values as (readonly CellValue[])[];
    return values.map((cells, offset) => this.row(cells, this.origin.row + start + offset));
  }

  private row(cells: readonly CellValue[], sheetRow: number): readonly CellValue[] {
    while (this.next < this.readings.length && this.readings[this.next].area.top <= sheetRow) {
      const reading = this.readings[this.next++];
      if (reading.area.bottom >= sheetRow) this.active.push(reading);
    }
    if (this.active.length === 0) return cells;
    let row: CellValue[] | undefined;
    for (const reading of this.active) {
      if (reading.area.top === sheetRow) {
        const topLeft = reading.area.left - this.origin.column;
        const value = topLeft >= 0 ? cells[topLeft] : undefined;
        this.shown.set(reading, isMergedCell(value) ? value.stored : value);
      }
      for (const { column, reading: how } of reading.columns) {
        row ??= [...cells];
        const merged: MergedCell = {
          merged: reading.address,
          stored: storedValue(cells[column]),
          ...(how === "shown" ? { shown: this.shown.get(reading) ?? null } : {}),
        };
        row[column] = merged;
      }
    }
    this.active = this.active.filter((reading) => {
      if (reading.area.bottom > sheetRow) return true;
      this.shown.delete(reading);
      return false;
    });
    return row ?? cells;
  }
}
