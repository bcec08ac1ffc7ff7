import { hostErrors } from "../../protocol/errors";
import type { Json } from "../../protocol/json";
import { rect, type Rect } from "../../model/address";
import { clearRange, readValues, writeCells } from "../../model/range-data";
import type { SheetModel } from "../../model/sheet";
import { dataBodyRect, headerNames, headerRect, type TableModel } from "../../model/table";
import { addTable, findTable, insertTableRows, renameColumn, renameTable } from "../../model/table-ops";
import type { WorkbookModel } from "../../model/workbook";
import { booleanArg, integerArg, rangeArg, type RangeTarget } from "../args";
import type { ScalarSpec, TypeSpec } from "../spec";

/** workbook.tables (all tables) or worksheet.tables (the tables of one sheet). */
export interface TableScope {
  readonly workbook: WorkbookModel;
  readonly sheet?: SheetModel;
}

function tablesIn(scope: TableScope): TableModel[] {
  return scope.workbook.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet);
}

function findInScope(scope: TableScope, key: Json | undefined): TableModel | undefined {
  if (typeof key !== "string") throw hostErrors.invalidArgument();
  const table = findTable(scope.workbook, key);
  return table && tablesIn(scope).includes(table) ? table : undefined;
}

function flag(
  read: (t: TableModel) => boolean,
  write: (t: TableModel, value: boolean) => void,
): ScalarSpec<TableModel> {
  return {
    get: read,
    set: (t, value) => {
      if (typeof value !== "boolean") throw hostErrors.invalidArgument();
      write(t, value);
    },
  };
}

export const tableCollectionSpec: TypeSpec<TableScope> = {
  name: "TableCollection",
  scalars: { count: { get: (scope) => tablesIn(scope).length } },
  objectMethods: {
    add: {
      type: "Table",
      get: (scope, call, args) => {
        const defaultSheet = scope.sheet ?? scope.workbook.active;
        const target = rangeArg(call, args[0], defaultSheet, scope.sheet);
        return addTable(scope.workbook, target.sheet, target.rect, booleanArg(args, 1, false));
      },
    },
    getItem: {
      type: "Table",
      get: (scope, _call, args) => findInScope(scope, args[0]) ?? notFound(),
    },
    getItemOrNullObject: { type: "Table", get: (scope, _call, args) => findInScope(scope, args[0]) ?? null },
    getItemAt: {
      type: "Table",
      get: (scope, _call, args) => tablesIn(scope)[integerArg(args, 0)] ?? notFound(),
    },
  },
  methods: { getCount: { returnsValue: true, call: (scope) => tablesIn(scope).length } },
  collection: {
    itemType: "Table",
    items: (scope) => tablesIn(scope),
    byKey: (scope, key) => findInScope(scope, key) ?? notFound(),
  },
};

function notFound(): never {
  throw hostErrors.itemNotFound();
}

function tableRange(table: TableModel, r: Rect | undefined): RangeTarget {
  if (!r || r.rowCount < 1) throw hostErrors.itemNotFound();
  return { sheet: table.sheet, rect: r };
}

export const tableSpec: TypeSpec<TableModel> = {
  name: "Table",
  keyOf: (t) => t.id,
  isAlive: (t) => !t.deleted,
  scalars: {
    id: { get: (t) => t.id },
    name: { get: (t) => t.name, set: (t, value, call) => renameTable(call.workbook, t, stringValue(value)) },
    style: { get: (t) => t.style, set: (t, value) => (t.style = stringValue(value)) },
    showHeaders: flag(
      (t) => t.showHeaders,
      (t, v) => {
        if (v !== t.showHeaders) throw hostErrors.notModelled("hiding a table's header row");
      },
    ),
    showTotals: flag(
      (t) => t.showTotals,
      (t, v) => {
        if (v !== t.showTotals) throw hostErrors.notModelled("table total rows");
      },
    ),
    showBandedRows: flag(
      (t) => t.showBandedRows,
      (t, v) => (t.showBandedRows = v),
    ),
    showFilterButton: flag(
      (t) => t.showFilterButton,
      (t, v) => (t.showFilterButton = v),
    ),
  },
  navigation: {
    worksheet: { type: "Worksheet", get: (t) => t.sheet },
    columns: { type: "TableColumnCollection", get: (t) => t },
    rows: { type: "TableRowCollection", get: (t) => t },
  },
  objectMethods: {
    getRange: { type: "Range", get: (t) => tableRange(t, t.rect) },
    getHeaderRowRange: { type: "Range", get: (t) => tableRange(t, headerRect(t)) },
    getDataBodyRange: { type: "Range", get: (t) => tableRange(t, dataBodyRect(t)) },
    convertToRange: {
      type: "Range",
      get: (t, call) => {
        call.workbook.removeTable(t);
        return tableRange(t, t.rect);
      },
    },
  },
  methods: {
    // Deleting a table removes it together with its cells' contents and formats.
    delete: {
      call: (t, _args, call) => {
        clearRange(t.sheet, t.rect, "All");
        call.workbook.removeTable(t);
      },
    },
  },
};

function stringValue(value: Json): string {
  if (typeof value !== "string") throw hostErrors.invalidArgument();
  return value;
}

/** A table column, addressed by its stable id so it survives renames. */
export interface ColumnTarget {
  readonly table: TableModel;
  readonly id: number;
}

function columnIndex(column: ColumnTarget): number {
  const index = column.table.columnIds.indexOf(column.id);
  if (index < 0) throw hostErrors.itemNotFound();
  return index;
}

function findColumn(table: TableModel, key: Json | undefined): ColumnTarget | undefined {
  if (typeof key === "number") return table.columnIds.includes(key) ? { table, id: key } : undefined;
  if (typeof key !== "string") throw hostErrors.invalidArgument();
  const index = headerNames(table).findIndex((name) => name.toLowerCase() === key.toLowerCase());
  return index < 0 ? undefined : { table, id: table.columnIds[index]! };
}

function columnRect(column: ColumnTarget, part: "all" | "header" | "body"): Rect | undefined {
  const { table } = column;
  const c = table.rect.column + columnIndex(column);
  if (part === "header") return headerRect(table) && rect(table.rect.row, c, 1, 1);
  const body = dataBodyRect(table);
  return part === "body"
    ? rect(body.row, c, body.rowCount, 1)
    : rect(table.rect.row, c, table.rect.rowCount, 1);
}

export const tableColumnCollectionSpec: TypeSpec<TableModel> = {
  name: "TableColumnCollection",
  scalars: { count: { get: (t) => t.columnIds.length } },
  objectMethods: {
    getItem: { type: "TableColumn", get: (t, _call, args) => findColumn(t, args[0]) ?? notFound() },
    getItemOrNullObject: { type: "TableColumn", get: (t, _call, args) => findColumn(t, args[0]) ?? null },
    getItemAt: {
      type: "TableColumn",
      get: (t, _call, args): ColumnTarget => {
        const id = t.columnIds[integerArg(args, 0)];
        return id === undefined ? notFound() : { table: t, id };
      },
    },
  },
  methods: { getCount: { returnsValue: true, call: (t) => t.columnIds.length } },
  collection: {
    itemType: "TableColumn",
    items: (t) => t.columnIds.map((id): ColumnTarget => ({ table: t, id })),
    byKey: (t, key) => findColumn(t, key) ?? notFound(),
  },
};

export const tableColumnSpec: TypeSpec<ColumnTarget> = {
  name: "TableColumn",
  keyOf: (c) => c.id,
  isAlive: (c) => !c.table.deleted && c.table.columnIds.includes(c.id),
  scalars: {
    id: { get: (c) => c.id },
    index: { get: (c) => columnIndex(c) },
    name: {
      get: (c) => headerNames(c.table)[columnIndex(c)]!,
      set: (c, value) => renameColumn(c.table, columnIndex(c), stringValue(value)),
    },
    values: {
      get: (c) => readValues(c.table.sheet, columnRect(c, "all")!),
      cellCount: (c) => c.table.rect.rowCount,
    },
  },
  objectMethods: {
    getRange: { type: "Range", get: (c) => tableRange(c.table, columnRect(c, "all")) },
    getHeaderRowRange: { type: "Range", get: (c) => tableRange(c.table, columnRect(c, "header")) },
    getDataBodyRange: { type: "Range", get: (c) => tableRange(c.table, columnRect(c, "body")) },
  },
};

/** A table row, as the absolute sheet row it was added at. */
export interface RowTarget {
  readonly table: TableModel;
  readonly row: number;
}

function rowRect(r: RowTarget): Rect {
  return rect(r.row, r.table.rect.column, 1, r.table.rect.columnCount);
}

export const tableRowCollectionSpec: TypeSpec<TableModel> = {
  name: "TableRowCollection",
  scalars: { count: { get: (t) => dataBodyRect(t).rowCount } },
  objectMethods: {
    add: {
      type: "TableRow",
      get: (t, call, args): RowTarget => {
        const values = args[1];
        const rowCount = Array.isArray(values) ? values.length : 1;
        if (rowCount < 1) throw hostErrors.invalidArgument();
        const index = args[0] === null || args[0] === undefined ? undefined : integerArg(args, 0);
        const inserted = insertTableRows(t, index, rowCount);
        if (values !== undefined && values !== null) writeCells(call.workbook, t.sheet, inserted, values);
        return { table: t, row: inserted.row };
      },
    },
  },
  methods: { getCount: { returnsValue: true, call: (t) => dataBodyRect(t).rowCount } },
};

export const tableRowSpec: TypeSpec<RowTarget> = {
  name: "TableRow",
  isAlive: (r) => !r.table.deleted,
  scalars: {
    index: { get: (r) => r.row - dataBodyRect(r.table).row },
    values: {
      get: (r) => readValues(r.table.sheet, rowRect(r)),
      set: (r, value, call) => writeCells(call.workbook, r.table.sheet, rowRect(r), value),
      cellCount: (r) => r.table.rect.columnCount,
    },
  },
  objectMethods: { getRange: { type: "Range", get: (r) => tableRange(r.table, rowRect(r)) } },
};
