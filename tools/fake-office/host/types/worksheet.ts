import { hostErrors } from "../../protocol/errors";
import type { Json } from "../../protocol/json";
import { MAX_COLUMNS, MAX_ROWS, isInsideGrid, rect, type Rect } from "../../model/address";
import { normalizeColor } from "../../model/cell-format";
import type { SheetModel, SheetVisibility } from "../../model/sheet";
import type { WorkbookModel } from "../../model/workbook";
import {
  booleanArg,
  enumArg,
  integerArg,
  optionalStringArg,
  rangeArg,
  stringArg,
  type RangeTarget,
} from "../args";
import type { ChildSpec, TypeSpec } from "../spec";
import { usedRange } from "./range";

const VISIBILITIES: readonly SheetVisibility[] = ["Visible", "Hidden", "VeryHidden"];

function neighbour(step: 1 | -1, orNull: boolean): ChildSpec<SheetModel> {
  return {
    type: "Worksheet",
    get: (sheet, call, args) => {
      const visibleOnly = booleanArg(args, 0, false);
      const sheets = call.workbook.sheets;
      for (let i = sheets.indexOf(sheet) + step; i >= 0 && i < sheets.length; i += step) {
        if (!visibleOnly || sheets[i]!.visibility === "Visible") return sheets[i]!;
      }
      if (orNull) return null;
      throw hostErrors.itemNotFound();
    },
  };
}

export const worksheetSpec: TypeSpec<SheetModel> = {
  name: "Worksheet",
  keyOf: (sheet) => sheet.id,
  isAlive: (sheet) => !sheet.deleted,
  scalars: {
    id: { get: (s) => s.id },
    name: {
      get: (s) => s.name,
      set: (s, value, call) => call.workbook.renameSheet(s, stringValue(value)),
    },
    position: {
      get: (s, call) => call.workbook.sheets.indexOf(s),
      set: (s, value, call) => call.workbook.moveSheet(s, numberValue(value)),
    },
    visibility: {
      get: (s) => s.visibility,
      set: (s, value, call) => setVisibility(call.workbook, s, enumArg(value, VISIBILITIES)),
    },
    tabColor: {
      get: (s) => s.tabColor,
      set: (s, value) => {
        s.tabColor = value === "" ? "" : normalizeColor(value);
      },
    },
    showGridlines: { get: (s) => s.showGridlines, set: (s, v) => (s.showGridlines = booleanValue(v)) },
    showHeadings: { get: (s) => s.showHeadings, set: (s, v) => (s.showHeadings = booleanValue(v)) },
    standardWidth: { get: (s) => s.standardWidth, set: (s, v) => (s.standardWidth = numberValue(v)) },
    standardHeight: { get: () => 15 },
  },
  navigation: {
    freezePanes: { type: "WorksheetFreezePanes", get: (s) => s },
    autoFilter: { type: "AutoFilter", get: (s) => s },
    pageLayout: { type: "PageLayout", get: (s) => s },
    tables: { type: "TableCollection", get: (s, call) => ({ workbook: call.workbook, sheet: s }) },
  },
  objectMethods: {
    getRange: {
      type: "Range",
      get: (sheet, call, args): RangeTarget => {
        const address = optionalStringArg(args, 0);
        if (address === undefined || address === "")
          return { sheet, rect: rect(0, 0, MAX_ROWS, MAX_COLUMNS) };
        return rangeArg(call, address, sheet, sheet);
      },
    },
    getRangeByIndexes: {
      type: "Range",
      get: (sheet, _call, args): RangeTarget => {
        const r = rect(integerArg(args, 0), integerArg(args, 1), integerArg(args, 2), integerArg(args, 3));
        if (!isInsideGrid(r)) throw hostErrors.invalidArgument();
        return { sheet, rect: r };
      },
    },
    getCell: {
      type: "Range",
      get: (sheet, _call, args): RangeTarget => {
        const r = rect(integerArg(args, 0), integerArg(args, 1), 1, 1);
        if (!isInsideGrid(r)) throw hostErrors.invalidArgument();
        return { sheet, rect: r };
      },
    },
    // A blank sheet's used range is A1 (Excel's documented behaviour); the OrNullObject variant is null.
    getUsedRange: {
      type: "Range",
      get: (sheet, _call, args) =>
        usedRange({ sheet }, booleanArg(args, 0, false)) ?? { sheet, rect: rect(0, 0, 1, 1) },
    },
    getUsedRangeOrNullObject: {
      type: "Range",
      get: (sheet, _call, args) => usedRange({ sheet }, booleanArg(args, 0, false)),
    },
    getNext: neighbour(1, false),
    getNextOrNullObject: neighbour(1, true),
    getPrevious: neighbour(-1, false),
    getPreviousOrNullObject: neighbour(-1, true),
  },
  methods: {
    activate: { call: (s, _args, call) => call.workbook.activate(s) },
    delete: { call: (s, _args, call) => call.workbook.deleteSheet(s) },
  },
};

function setVisibility(workbook: WorkbookModel, sheet: SheetModel, visibility: SheetVisibility): void {
  if (visibility !== "Visible" && sheet.visibility === "Visible" && workbook.visibleSheets().length === 1) {
    throw hostErrors.invalidOperation("A workbook must contain at least one visible worksheet.");
  }
  sheet.visibility = visibility;
}

function stringValue(value: Json): string {
  if (typeof value !== "string") throw hostErrors.invalidArgument();
  return value;
}

function numberValue(value: Json): number {
  if (typeof value !== "number") throw hostErrors.invalidArgument();
  return value;
}

function booleanValue(value: Json): boolean {
  if (typeof value !== "boolean") throw hostErrors.invalidArgument();
  return value;
}

function edgeSheet(workbook: WorkbookModel, args: Json[], last: boolean): SheetModel {
  const visibleOnly = booleanArg(args, 0, false);
  const candidates = visibleOnly ? workbook.visibleSheets() : workbook.sheets;
  const sheet = last ? candidates[candidates.length - 1] : candidates[0];
  if (!sheet) throw hostErrors.itemNotFound();
  return sheet;
}

export const worksheetCollectionSpec: TypeSpec<WorkbookModel> = {
  name: "WorksheetCollection",
  objectMethods: {
    add: { type: "Worksheet", get: (wb, _call, args) => wb.addSheet(optionalStringArg(args, 0)) },
    getItem: { type: "Worksheet", get: (wb, _call, args) => wb.getSheet(stringArg(args, 0)) },
    getItemOrNullObject: {
      type: "Worksheet",
      get: (wb, _call, args) => wb.findSheet(stringArg(args, 0)) ?? null,
    },
    getActiveWorksheet: { type: "Worksheet", get: (wb) => wb.active },
    getFirst: { type: "Worksheet", get: (wb, _call, args) => edgeSheet(wb, args, false) },
    getLast: { type: "Worksheet", get: (wb, _call, args) => edgeSheet(wb, args, true) },
  },
  methods: {
    getCount: {
      returnsValue: true,
      call: (wb, args) => (booleanArg(args, 0, false) ? wb.visibleSheets() : wb.sheets).length,
    },
  },
  collection: {
    itemType: "Worksheet",
    items: (wb) => [...wb.sheets],
    byKey: (wb, key) => wb.getSheet(String(key)),
  },
};

export const freezePanesSpec: TypeSpec<SheetModel> = {
  name: "WorksheetFreezePanes",
  methods: {
    freezeRows: {
      call: (s, args) => {
        s.freezeRows = nonNegative(integerArg(args, 0, 1));
        s.freezeColumns = 0;
      },
    },
    freezeColumns: {
      call: (s, args) => {
        s.freezeColumns = nonNegative(integerArg(args, 0, 1));
        s.freezeRows = 0;
      },
    },
    freezeAt: {
      call: (s, args, call) => {
        const frozen = rangeArg(call, args[0], s, s).rect;
        s.freezeRows = frozen.row + frozen.rowCount;
        s.freezeColumns = frozen.column + frozen.columnCount;
      },
    },
    unfreeze: {
      call: (s) => {
        s.freezeRows = 0;
        s.freezeColumns = 0;
      },
    },
  },
  objectMethods: {
    getLocationOrNullObject: {
      type: "Range",
      get: (s) => {
        if (s.freezeRows === 0 && s.freezeColumns === 0) return null;
        const rows = s.freezeRows || MAX_ROWS;
        const columns = s.freezeColumns || MAX_COLUMNS;
        return { sheet: s, rect: rect(0, 0, rows, columns) };
      },
    },
  },
};

function nonNegative(n: number): number {
  if (n < 0 || n >= MAX_ROWS) throw hostErrors.invalidArgument();
  return n;
}

export const autoFilterSpec: TypeSpec<SheetModel> = {
  name: "AutoFilter",
  scalars: {
    enabled: { get: (s) => s.autoFilter !== undefined },
    isDataFiltered: { get: (s) => Object.keys(s.autoFilter?.criteria ?? {}).length > 0 },
    criteria: {
      get: (s) => {
        const filter = s.autoFilter;
        if (!filter) return [];
        return Array.from(
          { length: filter.rect.columnCount },
          (_, i) => filter.criteria[i] ?? { filterOn: "Custom" },
        );
      },
    },
  },
  methods: {
    apply: {
      call: (s, args, call) => {
        const target = rangeArg(call, args[0], s, s).rect;
        const criteria = {
          ...(s.autoFilter && sameRect(s.autoFilter.rect, target) ? s.autoFilter.criteria : {}),
        };
        if (args[1] !== undefined && args[1] !== null) {
          const column = integerArg(args, 1);
          if (column < 0 || column >= target.columnCount) throw hostErrors.invalidArgument();
          if (args[2] !== undefined && args[2] !== null) criteria[column] = args[2];
        }
        s.autoFilter = { rect: target, criteria };
      },
    },
    clearCriteria: {
      call: (s) => {
        if (s.autoFilter) s.autoFilter.criteria = {};
      },
    },
    reapply: { call: () => undefined },
    remove: {
      call: (s) => {
        s.autoFilter = undefined;
      },
    },
  },
  objectMethods: {
    getRange: {
      type: "Range",
      get: (s) => {
        if (!s.autoFilter) throw hostErrors.itemNotFound();
        return { sheet: s, rect: s.autoFilter.rect };
      },
    },
    getRangeOrNullObject: {
      type: "Range",
      get: (s) => (s.autoFilter ? { sheet: s, rect: s.autoFilter.rect } : null),
    },
  },
};

function sameRect(a: Rect, b: Rect): boolean {
  return (
    a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount
  );
}
