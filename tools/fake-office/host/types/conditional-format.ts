import { hostErrors } from "../../protocol/errors";
import { isJsonObject, type Json } from "../../protocol/json";
import { normalizeColor } from "../../model/cell-format";
import {
  CELL_VALUE_OPERATORS,
  TEXT_OPERATORS,
  appliesTo,
  clearArea,
  type ConditionalFormatModel,
  type ConditionalFormatTypeName,
  type ConditionalStyle,
} from "../../model/conditional-format";
import type { SheetModel } from "../../model/sheet";
import { enumArg, integerArg, stringArg, type RangeTarget } from "../args";
import type { ChildSpec, ScalarSpec, TypeSpec } from "../spec";

export interface ConditionalFormatTarget {
  readonly sheet: SheetModel;
  readonly model: ConditionalFormatModel;
}

const TYPES: readonly ConditionalFormatTypeName[] = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

function formatsOn(range: RangeTarget): ConditionalFormatTarget[] {
  return range.sheet.conditionalFormats
    .filter((model) => appliesTo(model, range.rect))
    .map((model) => ({ sheet: range.sheet, model }));
}

function byId(range: RangeTarget, id: Json | undefined): ConditionalFormatTarget | undefined {
  if (typeof id !== "string") throw hostErrors.invalidArgument();
  return formatsOn(range).find((f) => f.model.id === id);
}

export const conditionalFormatCollectionSpec: TypeSpec<RangeTarget> = {
  name: "ConditionalFormatCollection",
  objectMethods: {
    // New conditional formats go to the top priority, as Excel documents for add().
    add: {
      type: "ConditionalFormat",
      get: (range, call, args): ConditionalFormatTarget => {
        const model: ConditionalFormatModel = {
          id: call.workbook.newId(),
          type: enumArg(args[0], TYPES),
          areas: [range.rect],
          stopIfTrue: false,
          style: {},
          deleted: false,
        };
        range.sheet.conditionalFormats.unshift(model);
        return { sheet: range.sheet, model };
      },
    },
    getItem: {
      type: "ConditionalFormat",
      get: (range, _call, args) => {
        const found = byId(range, args[0]);
        if (!found) throw hostErrors.itemNotFound();
        return found;
      },
    },
    getItemOrNullObject: {
      type: "ConditionalFormat",
      get: (range, _call, args) => byId(range, args[0]) ?? null,
    },
    getItemAt: {
      type: "ConditionalFormat",
      get: (range, _call, args) => {
        const found = formatsOn(range)[integerArg(args, 0)];
        if (!found) throw hostErrors.itemNotFound();
        return found;
      },
    },
  },
  methods: {
    getCount: { returnsValue: true, call: (range) => formatsOn(range).length },
    clearAll: {
      call: (range) => {
        for (const emptied of clearArea(range.sheet.conditionalFormats, range.rect)) emptied.deleted = true;
        range.sheet.conditionalFormats = range.sheet.conditionalFormats.filter((f) => !f.deleted);
      },
    },
  },
  collection: {
    itemType: "ConditionalFormat",
    items: (range) => formatsOn(range),
    byKey: (range, key) => {
      const found = byId(range, key);
      if (!found) throw hostErrors.itemNotFound();
      return found;
    },
  },
};

/** The type-specific view (cellValue, textComparison, custom): ItemNotFound, or null, for another type. */
function typed(
  type: ConditionalFormatTypeName,
  subType: string,
  orNull: boolean,
): ChildSpec<ConditionalFormatTarget> {
  return {
    type: subType,
    get: (target) => {
      if (target.model.type === type) return target;
      if (orNull) return null;
      throw hostErrors.itemNotFound();
    },
  };
}

function singleArea(target: ConditionalFormatTarget): RangeTarget | null {
  const [area, ...more] = target.model.areas;
  return area && more.length === 0 ? { sheet: target.sheet, rect: area } : null;
}

export const conditionalFormatSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "ConditionalFormat",
  keyOf: (t) => t.model.id,
  isAlive: (t) => !t.model.deleted && !t.sheet.deleted,
  scalars: {
    id: { get: (t) => t.model.id },
    type: { get: (t) => t.model.type },
    priority: {
      get: (t) => t.sheet.conditionalFormats.indexOf(t.model),
      set: (t, value) => {
        if (typeof value !== "number" || !Number.isInteger(value)) throw hostErrors.invalidArgument();
        const list = t.sheet.conditionalFormats;
        list.splice(list.indexOf(t.model), 1);
        // Out-of-range priorities clamp; negative ones count from the back (Excel's documented rule).
        const position = value < 0 ? Math.max(0, list.length + 1 + value) : Math.min(value, list.length);
        list.splice(position, 0, t.model);
      },
    },
    stopIfTrue: {
      get: (t) => t.model.stopIfTrue,
      set: (t, value) => {
        if (typeof value !== "boolean") throw hostErrors.invalidArgument();
        t.model.stopIfTrue = value;
      },
    },
  },
  navigation: {
    cellValue: typed("CellValue", "CellValueConditionalFormat", false),
    cellValueOrNullObject: typed("CellValue", "CellValueConditionalFormat", true),
    textComparison: typed("ContainsText", "TextConditionalFormat", false),
    textComparisonOrNullObject: typed("ContainsText", "TextConditionalFormat", true),
    custom: typed("Custom", "CustomConditionalFormat", false),
    customOrNullObject: typed("Custom", "CustomConditionalFormat", true),
  },
  objectMethods: {
    getRange: {
      type: "Range",
      get: (t) => {
        const range = singleArea(t);
        if (!range) throw hostErrors.itemNotFound();
        return range;
      },
    },
    getRangeOrNullObject: { type: "Range", get: (t) => singleArea(t) },
  },
  methods: {
    delete: {
      call: (t) => {
        t.model.deleted = true;
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => f !== t.model);
      },
    },
  },
};

const formatNavigation = {
  format: { type: "ConditionalRangeFormat", get: (t: ConditionalFormatTarget) => t },
};

function formulaText(value: Json | undefined): string {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string" || value === "") throw hostErrors.invalidArgument();
  return value;
}

export const cellValueConditionalFormatSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "CellValueConditionalFormat",
  navigation: formatNavigation,
  scalars: {
    rule: {
      get: (t) => (t.model.cellValueRule ? { ...t.model.cellValueRule } : null),
      set: (t, value) => {
        if (!isJsonObject(value)) throw hostErrors.invalidArgument();
        const operator = enumArg(value["operator"], Object.keys(CELL_VALUE_OPERATORS));
        const rule = { operator, formula1: formulaText(value["formula1"]) };
        t.model.cellValueRule =
          CELL_VALUE_OPERATORS[operator] === 2 ? { ...rule, formula2: formulaText(value["formula2"]) } : rule;
      },
    },
  },
};

export const textConditionalFormatSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "TextConditionalFormat",
  navigation: formatNavigation,
  scalars: {
    rule: {
      get: (t) => (t.model.textRule ? { ...t.model.textRule } : null),
      set: (t, value) => {
        if (!isJsonObject(value) || typeof value["text"] !== "string") throw hostErrors.invalidArgument();
        t.model.textRule = { operator: enumArg(value["operator"], TEXT_OPERATORS), text: value["text"] };
      },
    },
  },
};

export const customConditionalFormatSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "CustomConditionalFormat",
  navigation: { ...formatNavigation, rule: { type: "ConditionalFormatRule", get: (t) => t } },
};

const customFormula: ScalarSpec<ConditionalFormatTarget> = {
  get: (t) => t.model.customFormula ?? null,
  set: (t, value) => {
    t.model.customFormula = formulaText(value);
  },
};

export const conditionalFormatRuleSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "ConditionalFormatRule",
  scalars: { formula: customFormula, formulaLocal: customFormula },
};

function styleProperty<K extends keyof ConditionalStyle>(
  key: K,
  parse: (value: Json) => ConditionalStyle[K],
): ScalarSpec<ConditionalFormatTarget> {
  return {
    get: (t) => t.model.style[key] ?? null,
    set: (t, value) => {
      t.model.style[key] = parse(value);
    },
  };
}

function booleanValue(value: Json): boolean {
  if (typeof value !== "boolean") throw hostErrors.invalidArgument();
  return value;
}

function clearStyle(keys: (keyof ConditionalStyle)[]) {
  return { call: (t: ConditionalFormatTarget) => keys.forEach((key) => delete t.model.style[key]) };
}

export const conditionalRangeFormatSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "ConditionalRangeFormat",
  scalars: { numberFormat: styleProperty("numberFormat", (v) => stringArg([v], 0)) },
  navigation: {
    fill: { type: "ConditionalRangeFill", get: (t) => t },
    font: { type: "ConditionalRangeFont", get: (t) => t },
  },
};

export const conditionalRangeFillSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "ConditionalRangeFill",
  scalars: { color: styleProperty("fillColor", normalizeColor) },
  methods: { clear: clearStyle(["fillColor"]) },
};

export const conditionalRangeFontSpec: TypeSpec<ConditionalFormatTarget> = {
  name: "ConditionalRangeFont",
  scalars: {
    bold: styleProperty("fontBold", booleanValue),
    italic: styleProperty("fontItalic", booleanValue),
    strikethrough: styleProperty("fontStrikethrough", booleanValue),
    color: styleProperty("fontColor", normalizeColor),
    underline: styleProperty("fontUnderline", (v) => enumArg(v, ["None", "Single", "Double"])),
  },
  methods: {
    clear: clearStyle(["fontBold", "fontItalic", "fontStrikethrough", "fontColor", "fontUnderline"]),
  },
};
