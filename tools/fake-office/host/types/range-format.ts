import { hostErrors } from "../../protocol/errors";
import type { Json } from "../../protocol/json";
import { normalizeColor, type BorderStyle, type FormatKey, type FormatPatch } from "../../model/cell-format";
import {
  applyFormat,
  autofitColumns,
  readBorder,
  readFormat,
  setBorder,
  type BorderIndex,
} from "../../model/range-format";
import { enumArg, type RangeTarget } from "../args";
import type { ScalarSpec, TypeSpec } from "../spec";

function formatProperty(
  key: FormatKey,
  parse: (value: Json) => FormatPatch[FormatKey],
): ScalarSpec<RangeTarget> {
  return {
    get: (t) => (readFormat(t.sheet, t.rect, key) ?? null) as Json,
    set: (t, value) => applyFormat(t.sheet, t.rect, { [key]: parse(value) }),
  };
}

function booleanValue(value: Json): boolean {
  if (typeof value !== "boolean") throw hostErrors.invalidArgument();
  return value;
}

function numberValue(value: Json): number {
  if (typeof value !== "number" || value < 0) throw hostErrors.invalidArgument();
  return value;
}

/** Excel treats "" as "reset the property"; null is not a valid input for one property. */
function colorValue(value: Json): string | undefined {
  if (value === "") return undefined;
  return normalizeColor(value);
}

function oneOf(allowed: readonly string[]): (value: Json) => string {
  return (value) => enumArg(value, allowed);
}

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const UNDERLINE = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];

/** Column widths and row heights: the common value over the range, or null when they differ. */
function dimension(
  read: (t: RangeTarget, index: number) => number,
  write: (t: RangeTarget, index: number, value: number) => void,
  axis: "column" | "row",
): ScalarSpec<RangeTarget> {
  const indexes = (t: RangeTarget) => {
    const start = axis === "column" ? t.rect.column : t.rect.row;
    const count = axis === "column" ? t.rect.columnCount : t.rect.rowCount;
    return Array.from({ length: count }, (_, i) => start + i);
  };
  return {
    get: (t) => {
      const all = indexes(t).map((i) => read(t, i));
      return all.every((w) => w === all[0]) ? all[0]! : null;
    },
    set: (t, value) => {
      const points = numberValue(value);
      for (const i of indexes(t)) write(t, i, points);
    },
  };
}

export const rangeFormatSpec: TypeSpec<RangeTarget> = {
  name: "RangeFormat",
  scalars: {
    wrapText: formatProperty("wrapText", booleanValue),
    horizontalAlignment: formatProperty("horizontalAlignment", oneOf(HORIZONTAL)),
    verticalAlignment: formatProperty("verticalAlignment", oneOf(VERTICAL)),
    columnWidth: dimension(
      (t, c) => t.sheet.columnWidth(c),
      (t, c, w) => t.sheet.columnWidths.set(c, w),
      "column",
    ),
    rowHeight: dimension(
      (t, r) => t.sheet.rowHeight(r),
      (t, r, h) => t.sheet.rowHeights.set(r, h),
      "row",
    ),
  },
  navigation: {
    fill: { type: "RangeFill", get: (t) => t },
    font: { type: "RangeFont", get: (t) => t },
    borders: { type: "RangeBorderCollection", get: (t) => t },
  },
  methods: {
    autofitColumns: { call: (t) => autofitColumns(t.sheet, t.rect) },
    // Row heights follow the content automatically in Excel; the fake keeps heights as set.
    autofitRows: { call: () => undefined },
  },
};

export const rangeFillSpec: TypeSpec<RangeTarget> = {
  name: "RangeFill",
  scalars: { color: formatProperty("fillColor", colorValue) },
  methods: { clear: { call: (t) => applyFormat(t.sheet, t.rect, { fillColor: undefined }) } },
};

export const rangeFontSpec: TypeSpec<RangeTarget> = {
  name: "RangeFont",
  scalars: {
    bold: formatProperty("fontBold", booleanValue),
    italic: formatProperty("fontItalic", booleanValue),
    strikethrough: formatProperty("fontStrikethrough", booleanValue),
    color: formatProperty("fontColor", colorValue),
    name: formatProperty("fontName", (v) => {
      if (typeof v !== "string" || v === "") throw hostErrors.invalidArgument();
      return v;
    }),
    size: formatProperty("fontSize", (v) => {
      if (typeof v !== "number" || v < 1 || v > 409) throw hostErrors.invalidArgument();
      return v;
    }),
    underline: formatProperty("fontUnderline", oneOf(UNDERLINE)),
  },
};

/** The border sides the fake models (the diagonals are not). */
const BORDER_INDEXES: readonly BorderIndex[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];

export interface BorderTarget {
  readonly range: RangeTarget;
  readonly index: BorderIndex;
}

function borderIndex(value: Json | undefined): BorderIndex {
  if (value === "DiagonalDown" || value === "DiagonalUp") {
    throw hostErrors.notModelled("diagonal borders");
  }
  return enumArg(value, BORDER_INDEXES);
}

export const rangeBorderCollectionSpec: TypeSpec<RangeTarget> = {
  name: "RangeBorderCollection",
  scalars: { count: { get: () => BORDER_INDEXES.length } },
  objectMethods: {
    getItem: {
      type: "RangeBorder",
      get: (t, _call, args): BorderTarget => ({ range: t, index: borderIndex(args[0]) }),
    },
  },
  collection: {
    itemType: "RangeBorder",
    items: (t) => BORDER_INDEXES.map((index): BorderTarget => ({ range: t, index })),
    byKey: (t, key): BorderTarget => ({ range: t, index: borderIndex(key) }),
  },
};

function borderProperty(key: keyof BorderStyle, parse: (value: Json) => string): ScalarSpec<BorderTarget> {
  return {
    get: (t) => readBorder(t.range.sheet, t.range.rect, t.index)?.[key] ?? null,
    set: (t, value) => setBorder(t.range.sheet, t.range.rect, t.index, { [key]: parse(value) }),
  };
}

const LINE_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export const rangeBorderSpec: TypeSpec<BorderTarget> = {
  name: "RangeBorder",
  keyOf: (t) => t.index,
  scalars: {
    sideIndex: { get: (t) => t.index },
    style: borderProperty("style", oneOf(LINE_STYLES)),
    weight: borderProperty("weight", oneOf(WEIGHTS)),
    color: borderProperty("color", normalizeColor),
  },
};
