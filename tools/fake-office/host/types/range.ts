import { Messages, hostErrors } from "../../protocol/errors";
import type { Json } from "../../protocol/json";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  boundingRect,
  cellCount,
  formatAddress,
  intersect,
  isEntireColumn,
  isEntireRow,
  isInsideGrid,
  rect,
  type Rect,
} from "../../model/address";
import {
  clearRange,
  readFormulas,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  writeCells,
  writeNumberFormats,
  type ClearTarget,
} from "../../model/range-data";
import { booleanArg, enumArg, integerArg, rangeArg, type RangeTarget } from "../args";
import type { ChildSpec, HostCall, ScalarSpec, TypeSpec } from "../spec";
import { mergedAreasOf } from "./range-areas";

function inGrid(r: Rect): Rect {
  if (!isInsideGrid(r)) throw hostErrors.invalidArgument();
  return r;
}

/** A child range of the same sheet computed from the parent's rectangle and the arguments. */
function derived(compute: (r: Rect, args: Json[]) => Rect): ChildSpec<RangeTarget> {
  return {
    type: "Range",
    get: (target, _call, args) => ({ sheet: target.sheet, rect: inGrid(compute(target.rect, args)) }),
  };
}

function sameSheetArgument(target: RangeTarget, call: HostCall, value: Json | undefined): Rect {
  return rangeArg(call, value, target.sheet, target.sheet).rect;
}

/** Worksheet.getUsedRange / Range.getUsedRange: null when nothing is used (the OrNullObject variants). */
export function usedRange(
  target: RangeTarget | { sheet: RangeTarget["sheet"] },
  valuesOnly: boolean,
): RangeTarget | null {
  const used = target.sheet.cells.usedRect(valuesOnly);
  if (!used) return null;
  if (!("rect" in target)) return { sheet: target.sheet, rect: used };
  const inside = intersect(used, target.rect);
  return inside ? { sheet: target.sheet, rect: inside } : null;
}

function cellMatrix(
  read: (target: RangeTarget) => Json,
  write?: (target: RangeTarget, value: Json, call: HostCall) => void,
): ScalarSpec<RangeTarget> {
  const spec: ScalarSpec<RangeTarget> = {
    get: (target) => read(target),
    cellCount: (target) => cellCount(target.rect),
  };
  return write ? { ...spec, set: write } : spec;
}

const values = cellMatrix(
  (t) => readValues(t.sheet, t.rect),
  (t, value, call) => writeCells(call.workbook, t.sheet, t.rect, value, call.tableAutoExpand),
);
const formulas = cellMatrix(
  (t) => readFormulas(t.sheet, t.rect),
  (t, value, call) => writeCells(call.workbook, t.sheet, t.rect, value, call.tableAutoExpand),
);
const numberFormat = cellMatrix(
  (t) => readNumberFormats(t.sheet, t.rect),
  (t, value) => writeNumberFormats(t.sheet, t.rect, value),
);

const CLEAR_TARGETS: readonly ClearTarget[] = [
  "All",
  "Formats",
  "Contents",
  "Hyperlinks",
  "RemoveHyperlinks",
  "ResetContents",
];

export const rangeSpec: TypeSpec<RangeTarget> = {
  name: "Range",
  keepsReference: true,
  isAlive: (target) => !target.sheet.deleted,
  scalars: {
    address: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    addressLocal: { get: (t) => formatAddress(t.sheet.name, t.rect) },
    rowIndex: { get: (t) => t.rect.row },
    columnIndex: { get: (t) => t.rect.column },
    rowCount: { get: (t) => t.rect.rowCount },
    columnCount: { get: (t) => t.rect.columnCount },
    cellCount: { get: (t) => cellCount(t.rect) },
    isEntireColumn: { get: (t) => isEntireColumn(t.rect) },
    isEntireRow: { get: (t) => isEntireRow(t.rect) },
    values,
    formulas,
    formulasLocal: formulas,
    numberFormat,
    numberFormatLocal: numberFormat,
    text: cellMatrix((t) => readText(t.sheet, t.rect)),
    valueTypes: cellMatrix((t) => readValueTypes(t.sheet, t.rect)),
  },
  navigation: {
    format: { type: "RangeFormat", get: (t) => t },
    conditionalFormats: { type: "ConditionalFormatCollection", get: (t) => t },
    worksheet: { type: "Worksheet", get: (t) => t.sheet },
  },
  objectMethods: {
    getCell: derived((r, args) => rect(r.row + integerArg(args, 0), r.column + integerArg(args, 1), 1, 1)),
    getOffsetRange: derived((r, args) =>
      rect(r.row + integerArg(args, 0), r.column + integerArg(args, 1), r.rowCount, r.columnCount),
    ),
    getResizedRange: derived((r, args) =>
      rect(r.row, r.column, r.rowCount + integerArg(args, 0), r.columnCount + integerArg(args, 1)),
    ),
    getAbsoluteResizedRange: derived((r, args) =>
      rect(r.row, r.column, integerArg(args, 0), integerArg(args, 1)),
    ),
    getRow: derived((r, args) => rect(r.row + integerArg(args, 0), r.column, 1, r.columnCount)),
    getColumn: derived((r, args) => rect(r.row, r.column + integerArg(args, 0), r.rowCount, 1)),
    getEntireRow: derived((r) => rect(r.row, 0, r.rowCount, MAX_COLUMNS)),
    getEntireColumn: derived((r) => rect(0, r.column, MAX_ROWS, r.columnCount)),
    getLastRow: derived((r) => rect(r.row + r.rowCount - 1, r.column, 1, r.columnCount)),
    getLastColumn: derived((r) => rect(r.row, r.column + r.columnCount - 1, r.rowCount, 1)),
    getLastCell: derived((r) => rect(r.row + r.rowCount - 1, r.column + r.columnCount - 1, 1, 1)),
    getRowsAbove: derived((r, args) => {
      const count = integerArg(args, 0, 1);
      return rect(r.row - count, r.column, count, r.columnCount);
    }),
    getRowsBelow: derived((r, args) =>
      rect(r.row + r.rowCount, r.column, integerArg(args, 0, 1), r.columnCount),
    ),
    getColumnsBefore: derived((r, args) => {
      const count = integerArg(args, 0, 1);
      return rect(r.row, r.column - count, r.rowCount, count);
    }),
    getColumnsAfter: derived((r, args) =>
      rect(r.row, r.column + r.columnCount, r.rowCount, integerArg(args, 0, 1)),
    ),
    getBoundingRect: {
      type: "Range",
      get: (t, call, args) => ({
        sheet: t.sheet,
        rect: boundingRect(t.rect, sameSheetArgument(t, call, args[0])),
      }),
    },
    getIntersection: {
      type: "Range",
      get: (t, call, args) => {
        const inside = intersect(t.rect, sameSheetArgument(t, call, args[0]));
        if (!inside) throw hostErrors.itemNotFound();
        return { sheet: t.sheet, rect: inside };
      },
    },
    getIntersectionOrNullObject: {
      type: "Range",
      get: (t, call, args) => {
        const inside = intersect(t.rect, sameSheetArgument(t, call, args[0]));
        return inside ? { sheet: t.sheet, rect: inside } : null;
      },
    },
    getUsedRange: {
      type: "Range",
      get: (t, _call, args) => {
        const used = usedRange(t, booleanArg(args, 0, false));
        if (!used) throw hostErrors.itemNotFound();
        return used;
      },
    },
    getUsedRangeOrNullObject: {
      type: "Range",
      get: (t, _call, args) => usedRange(t, booleanArg(args, 0, false)),
    },
    getMergedAreasOrNullObject: mergedAreasOf,
  },
  methods: {
    select: { call: (t, _args, call) => call.workbook.select(t.sheet, t.rect) },
    // Office.js calls it before it splits a large values array into requests of 1,500 cells (setRangePropertiesInBulk).
    _ValidateArraySize: {
      call: (t, args) => {
        if (integerArg(args, 0, 0) !== t.rect.rowCount || integerArg(args, 1, 0) !== t.rect.columnCount)
          throw hostErrors.invalidArgument(Messages.dimensionMismatch);
      },
    },
    clear: { call: (t, args) => clearRange(t.sheet, t.rect, enumArg(args[0], CLEAR_TARGETS, "All")) },
  },
};
