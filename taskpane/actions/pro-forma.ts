/**
 * Pro forma: a sheet per shipment (proFormaSheets in src/sheet) with each line's price taken apart, subtotals and
 * totals; A4 landscape at 100 % when its columns fit, else one page wide, the header row on every page. The add-in's
 * own pro forma sheets (tracked by id) are replaced on a re-run; a sheet of the user's with the same name is never
 * touched.
 */
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type CellValue,
  PRO_FORMA_COLUMN_FACTS,
  PRO_FORMA_HEADER_ROW_POINTS,
  PRO_FORMA_PAGE,
  type PrintFit,
  type ProFormaColumn,
  type ProFormaSheet,
  type Settings,
  type ShipmentCheck,
  TEXT_FORMAT,
  cellText,
  columnWidthPoints,
  isEmptyCell,
  isTextColumn,
  proFormaPrintFit,
  proFormaSheets,
  uniqueSheetName,
} from "../../src/sheet";
import { type CellBlockWrite, type CellFormat } from "../cell-writes";
import { type ExcelBatch, queueFormats, readCellBlock, writeCellBlocks } from "../excel-adapter";
import { fingerprint } from "../fingerprint";
import { adjacentRuns, cellAddress, describeRows } from "../geometry";
import { type CreatedSheets } from "../ownership";
import {
  ACTION_LABELS,
  ACTION_NEEDS,
  type ActionResult,
  type Asking,
  type PaneInputs,
  type Question,
  actionResult,
} from "./action-result";
import { type CheckSteps, batchSteps, checkSheetRowsInSteps } from "./check-in-steps";
import { recordRun } from "./records";
import { type SheetRead, readSheet, tableTotalsHints } from "./sheet-source";

/** A sheet's columns (0-based) that are text, and those that are money. */
const textColumns = (columns: readonly ProFormaColumn[]) =>
  columns.flatMap((name, index) => (isTextColumn(PRO_FORMA_COLUMN_FACTS[name]) ? [index] : []));
const moneyColumns = (columns: readonly ProFormaColumn[]) =>
  columns.flatMap((name, index) => (PRO_FORMA_COLUMN_FACTS[name].money ? [index] : []));
/** The money columns' number format: the facts give it once for them all. */
const PRO_FORMA_MONEY_FORMAT = PRO_FORMA_COLUMN_FACTS["Unit price"].numberFormat;

/** How a pro forma sheet is printed. */
export interface ProFormaPrint {
  /** Each column's width in points, from A: the facts' width as Excel draws it (no autofit: see queuePageSetup). */
  readonly columnWidths: readonly number[];
  /** At 100 % when the columns fit A4 landscape, else one page wide (proFormaPrintFit). */
  readonly fit: PrintFit;
}

/** A pro forma sheet and the worksheet it goes to. */
export interface ProFormaTarget {
  readonly sheet: ProFormaSheet;
  /** The worksheet's name: the add-in's own sheet to replace, or a new sheet's. */
  readonly name: string;
  /** True when it replaces the add-in's own sheet of an earlier run. */
  readonly replaced: boolean;
  readonly print: ProFormaPrint;
  /** The add-in's sheet of an earlier run that the user edited and keeps: renamed to this, never touched again. */
  readonly keptAs?: { readonly sheet: string; readonly name: string };
  /** The worksheet id of the add-in's sheet it replaces (or the user keeps). */
  readonly trackedId?: string;
}

export interface ProFormaPlan {
  readonly check: ShipmentCheck;
  readonly targets: readonly ProFormaTarget[];
  /** Number formats, set before the values: SKU, description and HS code stay text; money shows cents. */
  readonly numberFormats: readonly CellFormat[];
  readonly writes: readonly CellBlockWrite[];
  /** The title, the header row and the totals in bold, once written. */
  readonly boldFormats: readonly CellFormat[];
  readonly messages: string[];
}

/** The pro forma sheets, where each goes and what the pane says about them (the rows checked in steps). */
export async function planProForma(
  read: SheetRead,
  settings: Settings,
  steps?: CheckSteps,
): Promise<ProFormaPlan> {
  const { sheet, created } = read;
  const check = await checkSheetRowsInSteps(
    read.values,
    read.layout,
    settings,
    { firstRowNumber: read.firstRowNumber, hints: tableTotalsHints(read) },
    steps,
  );
  const sheets = proFormaSheets(check, {
    declarationDate: settings.declarationDate,
    vatTableVersion: VAT_TABLE_VERSION,
  });
  // The add-in's own sheets (tracked by id) are replaced; a user's sheet of the same name never is.
  const taken = new Set(sheet.sheetNames.map((item) => item.name.toLowerCase()));
  taken.add(read.audit.name.toLowerCase());
  const targets = sheets.map((proForma): ProFormaTarget => {
    const trackedId = created.proForma[proForma.name];
    const tracked =
      trackedId === undefined ? undefined : sheet.sheetNames.find((item) => item.id === trackedId);
    const print: ProFormaPrint = {
      columnWidths: proForma.columns.map((column) => columnWidthPoints(PRO_FORMA_COLUMN_FACTS[column].width)),
      fit: proFormaPrintFit(proForma.columns),
    };
    return tracked !== undefined
      ? { sheet: proForma, name: tracked.name, replaced: true, print, trackedId: tracked.id }
      : { sheet: proForma, name: uniqueSheetName(proForma.name, taken), replaced: false, print };
  });

  const numberFormats: CellFormat[] = [];
  const boldFormats: CellFormat[] = [];
  for (const { sheet: proForma, name } of targets) {
    const { columns, rows, headerRowIndex, totalRowIndexes } = proForma;
    for (const run of adjacentRuns(textColumns(columns)))
      numberFormats.push({
        sheet: name,
        row: 0,
        column: run.start,
        rowCount: rows.length,
        columnCount: run.count,
        numberFormat: TEXT_FORMAT,
      });
    if (rows.length > headerRowIndex + 1)
      for (const run of adjacentRuns(moneyColumns(columns)))
        numberFormats.push({
          sheet: name,
          row: headerRowIndex + 1,
          column: run.start,
          rowCount: rows.length - headerRowIndex - 1,
          columnCount: run.count,
          numberFormat: PRO_FORMA_MONEY_FORMAT,
        });
    const boldRow = (row: number, columnCount: number): CellFormat => ({
      sheet: name,
      row,
      column: 0,
      rowCount: 1,
      columnCount,
      bold: true,
    });
    boldFormats.push(
      boldRow(0, 1),
      boldRow(headerRowIndex, columns.length),
      ...totalRowIndexes.map((index) => boldRow(index, columns.length)),
    );
  }
  const writes: CellBlockWrite[] = targets.map((target) => ({
    sheet: target.name,
    row: 0,
    column: 0,
    values: target.sheet.rows.map((row) =>
      Array.from({ length: target.sheet.columns.length }, (_, index): CellValue => row[index] ?? ""),
    ),
  }));

  const leftOut = [...new Set(sheets.flatMap((proForma) => proForma.leftOut))];
  const renamed = targets.filter((target) => !target.replaced && target.name !== target.sheet.name);
  const messages = [
    `${targets.some((target) => target.replaced) ? "Created or replaced" : "Created"} ${targets.length} pro forma sheet${targets.length === 1 ? "" : "s"}: ${targets.map((target) => target.name).join(", ")}. ${printWords(targets)}`,
  ];
  if (renamed.length > 0)
    messages.push(
      `A sheet of yours already had the name ${renamed.map((target) => `"${target.sheet.name}"`).join(", ")}; it was left alone and the pro forma went to ${renamed.map((target) => `"${target.name}"`).join(", ")}.`,
    );
  if (leftOut.length > 0)
    messages.push(`Left out because of errors (fix them and run Pro forma again): ${describeRows(leftOut)}.`);
  return { check, targets, numberFormats, writes, boldFormats, messages };
}

/** "A4 landscape at 100 %, header row on every page.", naming the sheets when some print one page wide. */
function printWords(targets: readonly ProFormaTarget[]): string {
  const at = (fit: PrintFit) =>
    targets.filter((target) => target.print.fit === fit).map((target) => target.name);
  const actual = at("100 %");
  const scaled = at("one page wide");
  if (scaled.length === 0) return "A4 landscape at 100 %, header row on every page.";
  if (actual.length === 0) return "A4 landscape, one page wide, header row on every page.";
  return `A4 landscape, header row on every page; at 100 %: ${actual.join(", ")}; one page wide: ${scaled.join(", ")}.`;
}

/**
 * A sheet's print settings as Excel reports them once set: PageLayout's orientation, paperSize and zoom (typed here,
 * not as Excel.PageLayoutZoomOptions, so that this pure plan reads no Office.js member).
 */
export interface PageLayoutReading {
  readonly orientation: string;
  readonly paperSize: string;
  readonly zoom: {
    readonly scale?: number | null;
    readonly horizontalFitToPages?: number | null;
    readonly verticalFitToPages?: number | null;
  };
}

/** Each print setting the pane makes, whether a reading shows it kept, and where the user sets it by hand. */
const PRINT_SETTINGS: readonly {
  readonly words: (print: ProFormaPrint) => string;
  readonly kept: (reading: PageLayoutReading, print: ProFormaPrint) => boolean;
  readonly where: string;
}[] = [
  { words: () => "A4", kept: (reading) => reading.paperSize === "A4", where: "Page Layout > Size" },
  {
    words: () => "landscape",
    kept: (reading) => reading.orientation === "Landscape",
    where: "Page Layout > Orientation",
  },
  {
    words: (print) => print.fit,
    kept: ({ zoom }, print) =>
      print.fit === "100 %"
        ? zoom.scale === 100 && (zoom.horizontalFitToPages ?? 0) === 0
        : zoom.horizontalFitToPages === 1,
    where: "Page Layout > Scale to Fit",
  },
];

/**
 * The print settings Excel did not keep, read back after they were set: some Excel versions leave fit to pages
 * unset (office-js #1860, when the Page Layout tab is not open). One sentence per setting, naming its sheets.
 */
export function unkeptPrintMessages(
  targets: readonly ProFormaTarget[],
  readings: readonly PageLayoutReading[],
): string[] {
  const unkept = new Map<string, { where: string; sheets: string[] }>();
  targets.forEach((target, index) => {
    const reading = readings[index];
    for (const setting of PRINT_SETTINGS) {
      if (reading === undefined || setting.kept(reading, target.print)) continue;
      const words = setting.words(target.print);
      const entry = unkept.get(words) ?? { where: setting.where, sheets: [] };
      entry.sheets.push(target.name);
      unkept.set(words, entry);
    }
  });
  return [...unkept].map(
    ([words, { where, sheets }]) =>
      `Excel did not keep the print setting '${words}' on sheet${sheets.length === 1 ? "" : "s"} ${sheets.join(", ")}: set it in ${where} before printing.`,
  );
}

/**
 * Column widths from the facts, the header row wrapped two lines tall, A4 landscape with narrow margins at 100 % or
 * one page wide, the header row printed on every page and frozen; the page layout is loaded to check it stuck. No
 * autofit: Excel's measures whole columns (office-js #5999, #1017), so the title and notes above and below the table
 * would widen column A and the sheet would print at half size.
 */
function queuePageSetup(worksheet: Excel.Worksheet, target: ProFormaTarget): Excel.PageLayout {
  const { sheet: proForma, print } = target;
  const { headerRowIndex } = proForma;
  print.columnWidths.forEach((points, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  const header = worksheet.getRangeByIndexes(headerRowIndex, 0, 1, proForma.columns.length).format;
  header.wrapText = true;
  header.rowHeight = PRO_FORMA_HEADER_ROW_POINTS;
  const layout = worksheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation = Excel.PageOrientation.landscape;
  layout.setPrintMargins(Excel.PrintMarginUnit.inches, { ...PRO_FORMA_PAGE.marginsInches });
  layout.zoom = print.fit === "100 %" ? { scale: 100 } : { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${headerRowIndex + 1}:$${headerRowIndex + 1}`);
  worksheet.freezePanes.freezeRows(headerRowIndex + 1);
  return layout.load("zoom, orientation, paperSize");
}

/** The sheets emptied or added and formatted (one sync), the values in chunks, then bold, page setup and records. */
async function applyProForma(
  batch: ExcelBatch,
  read: SheetRead,
  inputs: PaneInputs,
  plan: ProFormaPlan,
): Promise<ActionResult> {
  const workbook = batch.context.workbook;
  const worksheets = new Map<string, Excel.Worksheet>();
  // The user's edited sheets first get their new names, so that the new sheets can take the names they had.
  for (const target of plan.targets)
    if (target.keptAs !== undefined) batch.worksheet(target.keptAs.sheet).name = target.keptAs.name;
  for (const target of plan.targets) {
    if (target.replaced) {
      const worksheet = batch.worksheet(target.name);
      worksheet.getRange().clear(Excel.ClearApplyTo.all);
      worksheets.set(target.name, worksheet.load("id"));
    } else worksheets.set(target.name, workbook.worksheets.add(target.name).load("id"));
  }
  queueFormats(batch, plan.numberFormats, worksheets);
  await batch.sync();

  const report = await writeCellBlocks(batch, plan.writes, "Writing pro forma sheets");

  const written = new Map(plan.targets.map((target) => [target.name, batch.worksheet(target.name)]));
  queueFormats(batch, plan.boldFormats, written);
  const layouts = plan.targets.map((target) =>
    queuePageSetup(written.get(target.name) as Excel.Worksheet, target),
  );
  const proFormaIds: Record<string, string> = { ...read.created.proForma };
  // What each sheet holds as written, to tell an edit next time; a sheet cut short by Cancel gets none.
  const writtenPrints: Record<string, string> = { ...read.created.proFormaWritten };
  plan.targets.forEach((target, index) => {
    const id = (worksheets.get(target.name) as Excel.Worksheet).id;
    proFormaIds[target.sheet.name] = id;
    if (target.trackedId !== undefined) delete writtenPrints[target.trackedId];
    if (report.complete) writtenPrints[id] = fingerprint((plan.writes[index]?.values ?? []).flat());
  });
  await recordRun(batch, read, inputs, {
    created: { ...read.created, proForma: proFormaIds, proFormaWritten: writtenPrints },
    summary: plan.check.summary,
    actionLabel: ACTION_LABELS.proForma,
    write: report,
  });
  // recordRun synced: the layouts are loaded.
  return actionResult(
    "proForma",
    read,
    [...plan.messages, ...unkeptPrintMessages(plan.targets, layouts)],
    batch.stats,
    { report, what: "pro forma lines" },
    { summary: plan.check.summary, proFormaSheets: plan.targets.map((target) => target.name) },
  );
}

/** A pro forma sheet of the add-in's that the user edited since it was written, and the cells that say so. */
export interface EditedProForma {
  readonly target: ProFormaTarget;
  /** A few cells that hold something else than the new pro forma has there ("A45", their text). */
  readonly cells: readonly { readonly address: string; readonly text: string }[];
}

/**
 * The add-in's sheets about to be replaced that were edited since it wrote them: what they hold now (`current`, by
 * sheet name: every used cell from A1) no longer has the fingerprint recorded when they were written. A sheet
 * without a record (written by an earlier version) is not known to be edited.
 */
export function editedProFormas(
  plan: ProFormaPlan,
  created: CreatedSheets,
  current: ReadonlyMap<string, readonly (readonly CellValue[])[]>,
): EditedProForma[] {
  return plan.targets.flatMap((target, index) => {
    const recorded = target.trackedId === undefined ? undefined : created.proFormaWritten?.[target.trackedId];
    const cells = current.get(target.name);
    if (!target.replaced || recorded === undefined || cells === undefined) return [];
    if (fingerprint(cells.flat()) === recorded) return [];
    const next = plan.writes[index]?.values ?? [];
    const differing: { address: string; text: string }[] = [];
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (differing.length < 3 && !isEmptyCell(cell) && cellText(cell) !== cellText(next[r]?.[c] ?? ""))
          differing.push({ address: cellAddress(r, c), text: cellText(cell).slice(0, 40) });
      }),
    );
    return [{ target, cells: differing }];
  });
}

/** The question before replacing pro forma sheets the user edited, naming them and what they hold. */
export function editedProFormaQuestion(
  edited: readonly EditedProForma[],
  keptNames: readonly string[],
): Question {
  const described = edited.map(({ target, cells }) => {
    const what = cells.map((cell) => `${cell.address} "${cell.text}"`).join(", ");
    return `"${target.name}"${what === "" ? "" : ` (${what})`}`;
  });
  const one = edited.length === 1;
  return {
    topic: "changedProForma",
    text: one
      ? `The pro forma sheet ${described[0]} was changed since the add-in wrote it. Keep your sheet (renamed "${keptNames[0]}") and write the new pro forma beside it, or replace it?`
      : `${edited.length} pro forma sheets were changed since the add-in wrote them: ${described.map((sheet, index) => `${sheet}, kept as "${keptNames[index]}"`).join("; ")}. Keep your sheets under those names and write the new pro forma beside them, or replace them?`,
    choices: [
      { answer: "keep", label: one ? "Keep my sheet" : "Keep my sheets" },
      { answer: "overwrite", label: one ? "Replace it" : "Replace them" },
    ],
  };
}

/** The plan with the user's edited sheets kept under new names, and new sheets for the pro forma. */
function keepingEdited(
  plan: ProFormaPlan,
  edited: readonly EditedProForma[],
  keptNames: readonly string[],
  sheetNames: readonly string[],
): ProFormaPlan {
  const renamed = new Map(edited.map(({ target }, index) => [target.name, keptNames[index]]));
  const taken = new Set([...sheetNames, ...keptNames].map((name) => name.toLowerCase()));
  for (const name of renamed.keys()) taken.delete(name.toLowerCase());
  const names = new Map<string, string>();
  const targets = plan.targets.map((target): ProFormaTarget => {
    const keptAs = renamed.get(target.name);
    if (keptAs === undefined) return target;
    const name = uniqueSheetName(target.sheet.name, taken);
    names.set(target.name, name);
    return { ...target, name, replaced: false, keptAs: { sheet: target.name, name: keptAs } };
  });
  const moved = (sheet: string) => names.get(sheet) ?? sheet;
  return {
    ...plan,
    targets,
    numberFormats: plan.numberFormats.map((format) => ({ ...format, sheet: moved(format.sheet) })),
    writes: plan.writes.map((write) => ({ ...write, sheet: moved(write.sheet) })),
    boldFormats: plan.boldFormats.map((format) => ({ ...format, sheet: moved(format.sheet) })),
    messages: [
      ...plan.messages,
      `Kept your edited ${edited.length === 1 ? "sheet" : "sheets"} as ${keptNames.map((name) => `"${name}"`).join(", ")}; the add-in will not touch ${edited.length === 1 ? "it" : "them"} again.`,
    ],
  };
}

/** What the add-in's sheets about to be replaced hold now, every used cell from A1 (read in chunks). */
async function readReplaced(
  batch: ExcelBatch,
  plan: ProFormaPlan,
  created: CreatedSheets,
): Promise<Map<string, CellValue[][]>> {
  const recorded = plan.targets.filter(
    (target) =>
      target.replaced &&
      target.trackedId !== undefined &&
      created.proFormaWritten?.[target.trackedId] !== undefined,
  );
  const used = recorded.map((target) =>
    batch
      .worksheet(target.name)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  if (recorded.length === 0) return new Map();
  await batch.sync();
  const current = new Map<string, CellValue[][]>();
  for (const [index, target] of recorded.entries()) {
    const range = used[index];
    if (range.isNullObject) {
      current.set(target.name, []);
      continue;
    }
    const read = await readCellBlock(
      batch,
      target.name,
      { first: 0, last: range.rowIndex + range.rowCount - 1 },
      { left: 0, right: range.columnIndex + range.columnCount - 1 },
      [],
      (plan.writes[plan.targets.indexOf(target)]?.values ?? []).slice(0, 50),
      "Reading the pro forma sheets",
    );
    current.set(target.name, read.values);
  }
  return current;
}

export async function proForma(batch: ExcelBatch, inputs: PaneInputs): Promise<ActionResult | Asking> {
  const read = await readSheet(
    batch,
    inputs,
    () => ({ newColumns: 0, writtenColumns: [] }),
    ACTION_NEEDS.proForma,
  );
  const plan = await planProForma(read, inputs.settings, batchSteps(batch));
  const answer = inputs.answers?.changedProForma;
  const edited =
    answer === "overwrite"
      ? []
      : editedProFormas(plan, read.created, await readReplaced(batch, plan, read.created));
  if (edited.length === 0) return applyProForma(batch, read, inputs, plan);
  const sheetNames = read.sheet.sheetNames.map((item) => item.name);
  const taken = new Set(sheetNames.map((name) => name.toLowerCase()));
  const keptNames = edited.map(({ target }) => uniqueSheetName(`${target.name} (edited)`, taken));
  if (answer === undefined)
    return { action: "proForma", view: read.view, question: editedProFormaQuestion(edited, keptNames) };
  return applyProForma(batch, read, inputs, keepingEdited(plan, edited, keptNames, sheetNames));
}
