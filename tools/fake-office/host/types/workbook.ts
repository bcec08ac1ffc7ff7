import { hostErrors } from "../../protocol/errors";
import type { Json } from "../../protocol/json";
import { rect } from "../../model/address";
import type { WorkbookModel } from "../../model/workbook";
import { enumArg, stringArg, type RangeTarget } from "../args";
import type { TypeSpec } from "../spec";

export const workbookSpec: TypeSpec<WorkbookModel> = {
  name: "Workbook",
  scalars: {
    name: { get: (wb) => wb.name },
    readOnly: { get: () => false },
  },
  navigation: {
    worksheets: { type: "WorksheetCollection", get: (wb) => wb },
    tables: { type: "TableCollection", get: (wb) => ({ workbook: wb }) },
    settings: { type: "SettingCollection", get: (wb) => wb },
    application: { type: "Application", get: (wb) => wb },
  },
  objectMethods: {
    getSelectedRange: { type: "Range", get: (wb): RangeTarget => ({ ...wb.selection }) },
    getActiveCell: {
      type: "Range",
      get: (wb): RangeTarget => ({
        sheet: wb.selection.sheet,
        rect: rect(wb.selection.rect.row, wb.selection.rect.column, 1, 1),
      }),
    },
  },
};

const CALCULATION_MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;
const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"] as const;

export const applicationSpec: TypeSpec<WorkbookModel> = {
  name: "Application",
  scalars: {
    calculationMode: {
      get: (wb) => wb.calculationMode,
      set: (wb, value) => {
        wb.calculationMode = enumArg(value, CALCULATION_MODES);
      },
    },
    calculationState: { get: () => "Done" },
  },
  methods: {
    // The fake has no calculation engine; validating the argument is all it can do.
    calculate: {
      call: (_wb, args) => {
        enumArg(args[0], CALCULATION_TYPES);
      },
    },
    suspendApiCalculationUntilNextSync: {
      call: (_wb, _args, call) => {
        call.calculationSuspended = true;
      },
    },
    suspendScreenUpdatingUntilNextSync: {
      call: (_wb, _args, call) => {
        call.screenUpdatingSuspended = true;
      },
    },
  },
};

/** A setting is addressed by its key; its value is kept as the JSON text Excel stores. */
export interface SettingTarget {
  readonly workbook: WorkbookModel;
  readonly key: string;
}

function settingKey(args: Json[]): string {
  const key = stringArg(args, 0);
  if (key === "") throw hostErrors.invalidArgument();
  return key;
}

export const settingCollectionSpec: TypeSpec<WorkbookModel> = {
  name: "SettingCollection",
  datesAsStrings: true,
  objectMethods: {
    add: {
      type: "Setting",
      get: (wb, _call, args): SettingTarget => {
        const key = settingKey(args);
        wb.settings.set(key, JSON.stringify(args[1] ?? null));
        return { workbook: wb, key };
      },
    },
    getItem: {
      type: "Setting",
      get: (wb, _call, args): SettingTarget => {
        const key = settingKey(args);
        if (!wb.settings.has(key)) throw hostErrors.itemNotFound();
        return { workbook: wb, key };
      },
    },
    getItemOrNullObject: {
      type: "Setting",
      get: (wb, _call, args): SettingTarget | null => {
        const key = settingKey(args);
        return wb.settings.has(key) ? { workbook: wb, key } : null;
      },
    },
  },
  methods: { getCount: { returnsValue: true, call: (wb) => wb.settings.size } },
  collection: {
    itemType: "Setting",
    items: (wb) => [...wb.settings.keys()].map((key): SettingTarget => ({ workbook: wb, key })),
    byKey: (wb, key): SettingTarget => {
      if (typeof key !== "string" || !wb.settings.has(key)) throw hostErrors.itemNotFound();
      return { workbook: wb, key };
    },
  },
};

export const settingSpec: TypeSpec<SettingTarget> = {
  name: "Setting",
  datesAsStrings: true,
  keyOf: (t) => t.key,
  isAlive: (t) => t.workbook.settings.has(t.key),
  scalars: {
    key: { get: (t) => t.key },
    value: {
      get: (t) => JSON.parse(t.workbook.settings.get(t.key)!) as Json,
      set: (t, value) => {
        t.workbook.settings.set(t.key, JSON.stringify(value));
      },
    },
  },
  methods: {
    delete: {
      call: (t) => {
        t.workbook.settings.delete(t.key);
      },
    },
  },
};
