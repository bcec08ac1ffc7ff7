import { hostErrors } from "../protocol/errors";
import { rect, type Rect } from "./address";
import type { CellValue } from "./cell-value";
import { SheetModel } from "./sheet";
import type { TableModel } from "./table";

/** Computes the value of a formula the add-in wrote; the fake has no calculation engine. */
export type FormulaEvaluator = (
  formula: string,
  where: { sheet: string; row: number; column: number },
) => CellValue;

export interface Selection {
  sheet: SheetModel;
  rect: Rect;
}

const INVALID_SHEET_CHARACTERS = /[:\\/?*[\]]/;

/** The whole in-memory workbook the fake host serves. */
export class WorkbookModel {
  name = "Book1.xlsx";
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** Setting values as the JSON text Excel stores them in. */
  readonly settings = new Map<string, string>();
  calculationMode = "Automatic";
  formulaEvaluator: FormulaEvaluator | undefined;
  private activeSheet!: SheetModel;
  private selected!: Selection;
  private nextSheetNumber = 1;
  private nextObjectNumber = 1;

  constructor(firstSheetName = "Sheet1") {
    const sheet = this.addSheet(firstSheetName);
    this.activate(sheet);
  }

  get active(): SheetModel {
    return this.activeSheet;
  }

  get selection(): Selection {
    return this.selected;
  }

  newId(): string {
    const n = this.nextObjectNumber++;
    return `{00000000-0001-0000-0000-${String(n).padStart(12, "0")}}`;
  }

  findSheet(nameOrId: string): SheetModel | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === lower);
  }

  getSheet(nameOrId: string): SheetModel {
    const sheet = this.findSheet(nameOrId);
    if (!sheet) throw hostErrors.itemNotFound();
    return sheet;
  }

  addSheet(name?: string): SheetModel {
    let finalName = name;
    if (finalName === undefined) {
      do finalName = `Sheet${this.nextSheetNumber++}`;
      while (this.findSheet(finalName));
    } else {
      this.checkNewName(finalName, undefined);
      const numbered = /^Sheet(\d+)$/i.exec(finalName);
      if (numbered) this.nextSheetNumber = Math.max(this.nextSheetNumber, Number(numbered[1]) + 1);
    }
    const sheet = new SheetModel(this.newId(), finalName);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    this.checkNewName(name, sheet);
    sheet.name = name;
  }

  /** Excel's sheet-name rules: 1-31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
  private checkNewName(name: string, renaming: SheetModel | undefined): void {
    const invalid =
      name.length === 0 ||
      name.length > 31 ||
      INVALID_SHEET_CHARACTERS.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLowerCase() === "history";
    if (invalid) throw hostErrors.invalidArgument();
    const existing = this.findSheet(name);
    if (existing && existing !== renaming && existing.name.toLowerCase() === name.toLowerCase()) {
      throw hostErrors.itemAlreadyExists();
    }
  }

  visibleSheets(): SheetModel[] {
    return this.sheets.filter((s) => s.visibility === "Visible");
  }

  deleteSheet(sheet: SheetModel): void {
    if (sheet.visibility === "Visible" && this.visibleSheets().length === 1) {
      throw hostErrors.invalidOperation("A workbook must contain at least one visible worksheet.");
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    for (const table of this.tables.filter((t) => t.sheet === sheet)) this.removeTable(table);
    if (this.activeSheet === sheet) {
      const next =
        this.sheets.slice(index).find(isVisible) ?? this.sheets.slice(0, index).reverse().find(isVisible)!;
      this.activate(next);
    }
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw hostErrors.invalidArgument();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible") throw hostErrors.invalidOperation();
    if (this.activeSheet === sheet && this.selected) return;
    this.activeSheet = sheet;
    this.selected = { sheet, rect: rect(0, 0, 1, 1) };
  }

  /** Selecting a range also activates its sheet, as Range.select() does. */
  select(sheet: SheetModel, r: Rect): void {
    this.activate(sheet);
    this.selected = { sheet, rect: r };
  }

  removeTable(table: TableModel): void {
    const index = this.tables.indexOf(table);
    if (index >= 0) this.tables.splice(index, 1);
    table.deleted = true;
  }
}

function isVisible(sheet: SheetModel): boolean {
  return sheet.visibility === "Visible";
}
