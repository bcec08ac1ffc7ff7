import type { Rect } from "./address";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FORMAT,
  DEFAULT_ROW_HEIGHT,
  type CellFormat,
  type FormatKey,
} from "./cell-format";
import type { ConditionalFormatModel } from "./conditional-format";
import { CellGrid } from "./grid";
import { newPageLayout, type PageLayoutModel } from "./page-layout";
import type { Json } from "../protocol/json";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface AutoFilterModel {
  rect: Rect;
  /** Criteria by column offset inside the filtered range, as passed to AutoFilter.apply. */
  criteria: Record<number, Json>;
}

export class SheetModel {
  visibility: SheetVisibility = "Visible";
  tabColor = "";
  showGridlines = true;
  showHeadings = true;
  standardWidth = 8.43;
  deleted = false;
  readonly cells = new CellGrid();
  /** Formats set on whole columns / whole rows, inherited by cells without their own. */
  readonly columnFormats = new Map<number, CellFormat>();
  readonly rowFormats = new Map<number, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Columns that autofitColumns() was applied to, so tests can check it happened. */
  readonly autofittedColumns = new Set<number>();
  /** In priority order: index 0 is applied first. */
  conditionalFormats: ConditionalFormatModel[] = [];
  freezeRows = 0;
  freezeColumns = 0;
  autoFilter: AutoFilterModel | undefined;
  /** Merged areas; only the top-left cell of each holds a value. */
  readonly mergedAreas: Rect[] = [];
  readonly pageLayout: PageLayoutModel = newPageLayout();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** The format a cell shows: its own, else its row's, else its column's, else Excel's default. */
  formatOf<K extends FormatKey>(row: number, column: number, key: K): CellFormat[K] {
    const own = this.cells.get(row, column)?.format?.[key];
    if (own !== undefined) return own;
    const ofRow = this.rowFormats.get(row)?.[key];
    if (ofRow !== undefined) return ofRow;
    const ofColumn = this.columnFormats.get(column)?.[key];
    if (ofColumn !== undefined) return ofColumn;
    return (DEFAULT_FORMAT as CellFormat)[key];
  }

  numberFormatOf(row: number, column: number): string {
    return this.formatOf(row, column, "numberFormat") ?? DEFAULT_FORMAT.numberFormat;
  }

  columnWidth(column: number): number {
    return this.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }
}
