import { type AnyLanguage } from "../engine";
import { type CellValue, isEmptyCell } from "./cell-values";
import { type MappingOverrides, type SheetKnowledge, type SheetLayout } from "./header-mapping";
import {
  type NumberEvidence,
  NumberEvidenceTally,
  evidenceColumns,
  withConventions,
} from "./number-conventions";
import { type MergedArea, MergedCells } from "./merged-cells";
import { type RowHints, dataRows } from "./row-kinds";
import { locatedLayout, shipmentOf } from "./shipment-check";

/**
 * The first look at a sheet too large to hold, fed its rows in order a chunk at a time (the command line reads a
 * file twice: this survey, then the check): the layout as sheetLayout finds it, the shipments' last rows as
 * shipmentEnds gives them, how many product rows there are and how wide the sheet is. Keeps the first rows (the
 * header is among them) and a number per shipment, never the rows.
 */
export interface SheetSurveyResult {
  /** The layout with its columns' decimal marks, as sheetLayout gives it for the whole sheet. */
  readonly layout: SheetLayout;
  /** As shipmentEnds gives it for the whole sheet. */
  readonly shipmentEnds: Map<string, number>;
  /** Product rows (dataRows of kind "product"): what the check checks and the progress bar counts. */
  readonly productRows: number;
  /** Rows of the sheet, the last one with a cell included (blank rows at the end are rows too). */
  readonly rowCount: number;
  /** Cells in the longest row: the checked sheet's own columns go to the right of them. */
  readonly width: number;
  /** Whether any cell holds something. */
  readonly anyCell: boolean;
  /** The first HEAD_ROWS rows, as given. */
  readonly headRows: readonly (readonly CellValue[])[];
}

/**
 * Rows kept for finding the header and judging ambiguous columns: the header is among the first 30 (HEADER_SCAN_ROWS)
 * and a column is judged by its first 50 values below it; a thousand rows hold both in any real sheet.
 */
export const HEAD_ROWS = 1000;

export interface SheetSurveyOptions {
  readonly overrides?: MappingOverrides;
  /** The checker's records of an earlier run and the head rows' number formats (the rows are the head rows). */
  readonly knowledge?: Omit<SheetKnowledge, "rows">;
  readonly hints?: RowHints;
  readonly language?: AnyLanguage;
  /**
   * A CSV file's evidence of how its fields write numbers, which its caller tallies from the fields as written;
   * without it, the evidence of the cells below the header, as sheetLayout counts it.
   */
  readonly fieldEvidence?: boolean;
  /**
   * The sheet's merged areas, when known (an .xlsx sheet's come after its rows: a second survey knows them): the
   * shipments' ends and the product rows are those of the rows as the check reads them (merged-cells.ts); the
   * layout and the decimal marks, of the cells as they are held, as in the task pane.
   */
  readonly mergedAreas?: readonly MergedArea[];
}

export class SheetSurvey {
  private readonly head: CellValue[][] = [];
  private layoutFound: SheetLayout | undefined;
  private readonly tally = new NumberEvidenceTally();
  private readonly ends = new Map<string, number>();
  private productRows = 0;
  private rowCount = 0;
  private width = 0;
  private anyFilled = false;
  private merged: MergedCells | undefined;

  constructor(private readonly options: SheetSurveyOptions = {}) {}

  /** The rows values[start], values[start + 1] … in order. Throws SheetProblem when the layout cannot be found. */
  add(rows: readonly (readonly CellValue[])[], start: number): void {
    for (let offset = 0; offset < rows.length; offset++) {
      const cells = rows[offset];
      if (cells.length > this.width) this.width = cells.length;
      if (!this.anyFilled && cells.some((cell) => !isEmptyCell(cell))) this.anyFilled = true;
    }
    this.rowCount = Math.max(this.rowCount, start + rows.length);
    if (this.layoutFound === undefined) {
      const room = HEAD_ROWS - this.head.length;
      for (const cells of rows.slice(0, room)) this.head.push(cells as CellValue[]);
      if (this.head.length < HEAD_ROWS) return;
      this.locate();
      this.count(this.head, 0);
      if (rows.length > room) this.count(rows.slice(room), start + room);
      return;
    }
    this.count(rows, start);
  }

  /** The layout once the first rows have shown it (without decimal marks: they need every row). */
  located(): SheetLayout | undefined {
    return this.layoutFound;
  }

  /** The first rows, as given (HEAD_ROWS at most). */
  headRows(): readonly (readonly CellValue[])[] {
    return this.head;
  }

  /** Whether any cell so far holds something. */
  anyCell(): boolean {
    return this.anyFilled;
  }

  /** What the survey found; `evidence` is a CSV file's own (fieldEvidence). */
  finish(evidence?: NumberEvidence): SheetSurveyResult {
    if (this.layoutFound === undefined) {
      this.locate();
      this.count(this.head, 0);
    }
    const located = this.layoutFound as SheetLayout;
    return {
      layout: withConventions(located, evidence ?? this.tally.evidence()),
      shipmentEnds: this.ends,
      productRows: this.productRows,
      rowCount: this.rowCount,
      width: this.width,
      anyCell: this.anyFilled,
      headRows: this.head,
    };
  }

  private locate(): void {
    const { overrides, knowledge, language } = this.options;
    this.layoutFound = locatedLayout(this.head, overrides, knowledge, language);
    if (this.options.mergedAreas !== undefined)
      this.merged = new MergedCells(this.options.mergedAreas, this.layoutFound);
  }

  private count(rows: readonly (readonly CellValue[])[], start: number): void {
    const layout = this.layoutFound as SheetLayout;
    if (this.options.fieldEvidence !== true) {
      // As numberEvidenceOf: every row below the header, whatever its kind; of the columns whose evidence is read.
      const columns = evidenceColumns(layout.columns);
      for (let offset = Math.max(0, layout.headerRowIndex + 1 - start); offset < rows.length; offset++)
        this.tally.addRow(rows[offset], columns);
    }
    const shipments = layout.columns.shipment !== undefined;
    const read = this.merged === undefined ? rows : this.merged.rows(rows, start);
    for (const { index, kind, cells } of dataRows(read, layout, this.options.hints, start)) {
      if (kind !== "product") continue;
      this.productRows++;
      if (!shipments) continue;
      const shipment = shipmentOf(cells, layout);
      if (shipment !== null) this.ends.set(shipment, index);
    }
  }
}
