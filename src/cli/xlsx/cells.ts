import type ExcelJS from "exceljs";
import { type CellValue, hyperlinkFormulaTarget } from "../../sheet";

/** A cell style as exceljs reads and writes it (number format, font, fill, border, alignment). */
export type CellStyle = Partial<ExcelJS.Style>;

/** A cell as the workbook holds it where that is more than its value: a hyperlink, rich text, a formula, an error. */
export type OriginalCell = ExcelJS.CellValue;

/** A column's width (in Excel's character units) and whether it is hidden, as the sheet's <col> elements say. */
export interface ColumnFormat {
  readonly width: number | undefined;
  readonly hidden: boolean;
}

/** A sheet's cells as read: their values for the check, and what is needed to write them back as they were. */
export interface SheetCells {
  /** Cells as the sheet logic reads them, one array per sheet row: values[0] is row 1. */
  readonly values: CellValue[][];
  /**
   * Cells to write back as they were where that differs from `values` (hyperlinks, rich text, error cells),
   * by row index and column index. Sparse.
   */
  readonly originals: (Map<number, OriginalCell> | undefined)[];
  /** Cell styles of an .xlsx sheet by row and column, to keep number formats, fonts and fills. Sparse. */
  readonly styles: ((CellStyle | undefined)[] | undefined)[];
  /** Rows (0-based indexes) hidden in the .xlsx sheet: they stay hidden in the checked copy. */
  readonly hiddenRows: ReadonlySet<number>;
  /** Column widths and hidden columns of the .xlsx sheet, by column index. Sparse. */
  readonly columns: readonly (ColumnFormat | undefined)[];
}

/** The target of a hyperlink cell, or of a =HYPERLINK("https://…", "label") formula with the link written in it. */
export function linkTarget(original: OriginalCell | undefined): string | undefined {
  if (original === null || typeof original !== "object") return undefined;
  if ("hyperlink" in original) return original.hyperlink;
  if ("formula" in original) return hyperlinkFormulaTarget(original.formula ?? "");
  return undefined;
}
