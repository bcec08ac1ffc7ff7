import type { Json } from "./protocol/json";
import { seedValue } from "./model/cell-value";
import type { CellFormat } from "./model/cell-format";
import { readFormat } from "./model/range-format";
import { workbookFromSeed, type SeedValue, type WorkbookSeed } from "./model/seed";
import type { FormulaEvaluator, WorkbookModel } from "./model/workbook";
import type { ExcelWebHost, InjectedFailure, OversizeMode, SyncLogEntry, SyncStats } from "./host/excel-web";
import {
  read,
  resolveAddress,
  snapshotConditionalFormats,
  snapshotSheet,
  snapshotWorkbook,
  type ConditionalFormatSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from "./host/inspect";

type Cells = (number | string | boolean)[][];

/** The uniform format of a range, null where its cells differ (Range.format semantics). */
export type RangeFormatReading = { [K in keyof CellFormat]-?: CellFormat[K] | null };

/**
 * The test hook, installed as window.__fakeExcel. Addresses are "Sheet1!A1:C3" or, without a
 * sheet, on the active sheet. Everything returned is plain JSON, so page.evaluate can carry it.
 */
export interface FakeExcelHook {
  /** The live workbook model (for node tests; browser tests use the JSON helpers below). */
  readonly workbook: WorkbookModel;
  /** Counters of the syncs so far. */
  readonly stats: SyncStats;
  /** One entry per sync that sent a request. */
  readonly log: readonly SyncLogEntry[];
  /** A fresh workbook (the seed, or one empty "Sheet1"); clears stats, log and injected failures. */
  reset(seed?: WorkbookSeed): void;
  /** Replaces the workbook with the seed; keeps stats. */
  loadWorkbook(seed: WorkbookSeed): void;
  resetStats(): void;
  snapshot(): WorkbookSnapshot;
  sheet(name?: string): SheetSnapshot;
  getValues(address: string): Cells;
  getFormulas(address: string): Cells;
  getText(address: string): string[][];
  getNumberFormats(address: string): string[][];
  getFormat(address: string): RangeFormatReading;
  getConditionalFormats(sheet?: string): ConditionalFormatSnapshot[];
  getSettings(): Record<string, Json>;
  /** Writes cells as a user would have left them (stored as given, like a seed). */
  setValues(address: string, values: SeedValue[][]): void;
  /** The user selects a range (and so activates its sheet). */
  setSelection(address: string): void;
  setActiveWorksheet(name: string): void;
  /** Delays each answer to the add-in's requests by this many milliseconds. */
  setLatency(ms: number): void;
  /** The request/response limit in bytes (5 MB by default, as Excel on the web). */
  setPayloadLimit(bytes: number): void;
  /** The next sync that sends a request is rejected with this error, without touching the workbook. */
  failNextSync(failure: InjectedFailure): void;
  setOversizeMode(mode: OversizeMode): void;
  /** While true, the add-in's requests wait unanswered (Excel on the web busy calculating); false answers them. */
  setSilent(silent: boolean): void;
  documentSettings(): Record<string, Json>;
  /** The XDM event registrations of the add-in, in order. */
  registrations(): { name: string; added: boolean }[];
  /** The RichApi event registrations (Worksheet._RegisterDataChangedEvent …), in order. */
  richApiEvents(): { name: string; key: Json }[];
  /** Values for formulas the add-in writes (the fake has no calculation engine; default 0). */
  setFormulaEvaluator(evaluator: FormulaEvaluator | null): void;
}

export function createHook(host: ExcelWebHost): FakeExcelHook {
  const replaceWorkbook = (seed: WorkbookSeed | undefined) => {
    const evaluator = host.workbook.formulaEvaluator;
    host.replaceWorkbook(workbookFromSeed(seed ?? {}));
    host.workbook.formulaEvaluator = evaluator;
  };
  const range = (address: string) => resolveAddress(host.workbook, address);
  return {
    get workbook() {
      return host.workbook;
    },
    get stats() {
      return host.stats;
    },
    get log() {
      return host.log;
    },
    reset(seed) {
      replaceWorkbook(seed);
      host.resetStats();
      host.clearFailures();
    },
    loadWorkbook: replaceWorkbook,
    resetStats: () => host.resetStats(),
    snapshot: () => snapshotWorkbook(host.workbook),
    sheet(name) {
      const sheet = name === undefined ? host.workbook.active : host.workbook.findSheet(name);
      if (!sheet) throw new Error(`fake-office: no sheet "${name}"`);
      return snapshotSheet(host.workbook, sheet);
    },
    getValues: (address) => {
      const t = range(address);
      return read.values(t.sheet, t.rect);
    },
    getFormulas: (address) => {
      const t = range(address);
      return read.formulas(t.sheet, t.rect);
    },
    getText: (address) => {
      const t = range(address);
      return read.text(t.sheet, t.rect);
    },
    getNumberFormats: (address) => {
      const t = range(address);
      return read.numberFormats(t.sheet, t.rect);
    },
    getFormat(address) {
      const t = range(address);
      const keys: (keyof CellFormat)[] = [
        "fillColor",
        "fontBold",
        "fontItalic",
        "fontColor",
        "fontName",
        "fontSize",
        "fontUnderline",
        "fontStrikethrough",
        "wrapText",
        "horizontalAlignment",
        "verticalAlignment",
        "numberFormat",
        "borderEdgeTop",
        "borderEdgeBottom",
        "borderEdgeLeft",
        "borderEdgeRight",
      ];
      return Object.fromEntries(
        keys.map((key) => [key, readFormat(t.sheet, t.rect, key) ?? null]),
      ) as RangeFormatReading;
    },
    getConditionalFormats(sheetName) {
      const sheet = sheetName === undefined ? host.workbook.active : host.workbook.findSheet(sheetName);
      if (!sheet) throw new Error(`fake-office: no sheet "${sheetName}"`);
      return snapshotConditionalFormats(sheet);
    },
    getSettings: () => snapshotWorkbook(host.workbook).settings,
    setValues(address, values) {
      const t = range(address);
      values.forEach((line, i) =>
        line.forEach((raw, j) => {
          const cell = t.sheet.cells.ensure(t.rect.row + i, t.rect.column + j);
          cell.value = seedValue(raw);
          delete cell.formula;
          t.sheet.cells.prune(t.rect.row + i, t.rect.column + j);
        }),
      );
    },
    setSelection(address) {
      const t = range(address);
      host.workbook.select(t.sheet, t.rect);
    },
    setActiveWorksheet(name) {
      const sheet = host.workbook.findSheet(name);
      if (!sheet) throw new Error(`fake-office: no sheet "${name}"`);
      host.workbook.activate(sheet);
    },
    setLatency: (ms) => {
      host.latencyMs = ms;
    },
    setPayloadLimit: (bytes) => {
      host.payloadLimitBytes = bytes;
    },
    failNextSync: (failure) => host.failNextSync(failure),
    setFormulaEvaluator: (evaluator) => {
      host.workbook.formulaEvaluator = evaluator ?? undefined;
    },
    setOversizeMode: (mode) => {
      host.oversize = mode;
    },
    setSilent: (silent) => {
      host.silent = silent;
    },
    documentSettings: () => ({ ...host.documentSettings }),
    registrations: () => host.registrations.map((entry) => ({ ...entry })),
    richApiEvents: () => host.richApi.events.map((entry) => ({ ...entry })),
  };
}
