/**
 * Pro forma: a sheet per shipment (proFormaSheets in src/sheet) with each line's price taken apart, subtotals and
 * totals; A4 landscape at 100 % when its columns fit, else one page wide, the header row on every page. The add-in's
 * own pro forma sheets (tracked by id) are replaced on a re-run; a sheet of the user's with the same name is never
 * touched (own-sheets.ts, shared with the VAT deferral statement).
 */
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type CellValue,
  PRO_FORMA_COLUMN_FACTS,
  PRO_FORMA_HEADER_ROW_POINTS,
  type ProFormaColumn,
  type ProFormaSheet,
  type Settings,
  type ShipmentCheck,
  TEXT_FORMAT,
  columnWidthPoints,
  isTextColumn,
  proFormaPrintFit,
  proFormaSheets,
} from "../../src/sheet";
import { type CellBlockWrite, type CellFormat } from "../cell-writes";
import { type ExcelBatch, queueFormats, writeCellBlocks } from "../excel-adapter";
import { fingerprint } from "../fingerprint";
import { adjacentRuns, describeRows } from "../geometry";
import { paneWordsOf } from "../lang";
import { type CreatedSheets } from "../ownership";
import { paneWords } from "../pane-language";
import {
  ACTION_NEEDS,
  type ActionResult,
  type Asking,
  type PaneInputs,
  type Question,
  actionResult,
} from "./action-result";
import { type CheckSteps, batchSteps, checkSheetRowsInSteps } from "./check-in-steps";
import {
  type EditedSheet,
  type OwnSheetTarget,
  type SheetPrint,
  editedSheetQuestion,
  editedSheets,
  keepingEditedTargets,
  keptNames as keptNamesOf,
  placeOwnSheet,
  printWords,
  queuePrintSetup,
  readOwnSheets,
  unkeptPrintMessages,
} from "./own-sheets";
import { recordRun } from "./records";
import { type SheetRead, readSheet, tableTotalsHints } from "./sheet-source";

export { type PageLayoutReading, unkeptPrintMessages } from "./own-sheets";

/** A sheet's columns (0-based) that are text, and those that are money. */
const textColumns = (columns: readonly ProFormaColumn[]) =>
  columns.flatMap((name, index) => (isTextColumn(PRO_FORMA_COLUMN_FACTS[name]) ? [index] : []));
const moneyColumns = (columns: readonly ProFormaColumn[]) =>
  columns.flatMap((name, index) => (PRO_FORMA_COLUMN_FACTS[name].money ? [index] : []));
/** The money columns' number format: the facts give it once for them all. */
const PRO_FORMA_MONEY_FORMAT = PRO_FORMA_COLUMN_FACTS["Unit price"].numberFormat;

/** How a pro forma sheet is printed: at 100 % when its columns fit A4 landscape, else one page wide (proFormaPrintFit). */
export type ProFormaPrint = SheetPrint;

/** A pro forma sheet and the worksheet it goes to. */
export interface ProFormaTarget extends OwnSheetTarget {
  readonly sheet: ProFormaSheet;
  readonly print: ProFormaPrint;
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
  const sheets = proFormaSheets(
    check,
    { declarationDate: settings.declarationDate, vatTableVersion: VAT_TABLE_VERSION },
    settings.language,
  );
  // The add-in's own sheets (tracked by id) are replaced; a user's sheet of the same name never is.
  const taken = new Set(sheet.sheetNames.map((item) => item.name.toLowerCase()));
  taken.add(read.audit.name.toLowerCase());
  const targets = sheets.map((proForma): ProFormaTarget => ({
    ...placeOwnSheet(
      proForma.name,
      created.proForma[proForma.name],
      sheet.sheetNames,
      taken,
      settings.language,
    ),
    sheet: proForma,
    print: {
      columnWidths: proForma.columns.map((column) => columnWidthPoints(PRO_FORMA_COLUMN_FACTS[column].width)),
      fit: proFormaPrintFit(proForma.columns),
    },
  }));

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
  const words = paneWords().proForma;
  const written = { sheets: targets.map((target) => target.name), print: printWords(targets) };
  const messages = [
    targets.some((target) => target.replaced) ? words.createdOrReplaced(written) : words.created(written),
  ];
  if (renamed.length > 0)
    messages.push(
      words.nameTaken({
        wanted: renamed.map((target) => target.sheet.name),
        used: renamed.map((target) => target.name),
      }),
    );
  if (leftOut.length > 0) messages.push(words.leftOut({ rows: describeRows(leftOut) }));
  return { check, targets, numberFormats, writes, boldFormats, messages };
}

/**
 * The header row wrapped two lines tall, then the print setup of own-sheets.ts: column widths from the facts, A4
 * landscape at 100 % or one page wide, the header row on every page and frozen.
 */
function queuePageSetup(worksheet: Excel.Worksheet, target: ProFormaTarget): Excel.PageLayout {
  const { headerRowIndex, columns } = target.sheet;
  const header = worksheet.getRangeByIndexes(headerRowIndex, 0, 1, columns.length).format;
  header.wrapText = true;
  header.rowHeight = PRO_FORMA_HEADER_ROW_POINTS;
  return queuePrintSetup(worksheet, target.print, headerRowIndex);
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

  const report = await writeCellBlocks(batch, plan.writes, "writingProForma");

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
    actionLabel: paneWordsOf(inputs.settings.language).actions.proForma,
    write: report,
  });
  // recordRun synced: the layouts are loaded.
  return actionResult(
    "proForma",
    read,
    [...plan.messages, ...unkeptPrintMessages(plan.targets, layouts)],
    batch.stats,
    report,
    { summary: plan.check.summary, proFormaSheets: plan.targets.map((target) => target.name) },
  );
}

/** A pro forma sheet of the add-in's that the user edited since it was written, and the cells that say so. */
export type EditedProForma = EditedSheet<ProFormaTarget>;

/** What a pro forma target's sheet is about to hold, target by target. */
const nextCells = (plan: ProFormaPlan) => plan.targets.map((_, index) => plan.writes[index]?.values ?? []);

/** The fingerprint recorded when the add-in wrote a pro forma target's sheet, if any. */
const recordedPrint = (created: CreatedSheets) => (target: ProFormaTarget) =>
  target.trackedId === undefined ? undefined : created.proFormaWritten?.[target.trackedId];

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
  return editedSheets(plan.targets, nextCells(plan), recordedPrint(created), current);
}

/** The question before replacing pro forma sheets the user edited, naming them and what they hold. */
export function editedProFormaQuestion(
  edited: readonly EditedProForma[],
  keptNames: readonly string[],
): Question {
  return editedSheetQuestion("proForma", edited, keptNames);
}

/** The plan with the user's edited sheets kept under new names, and new sheets for the pro forma. */
function keepingEdited(
  plan: ProFormaPlan,
  edited: readonly EditedProForma[],
  keptNames: readonly string[],
  sheetNames: readonly string[],
): ProFormaPlan {
  const { targets, moved, message } = keepingEditedTargets(
    plan.targets,
    edited,
    keptNames,
    sheetNames,
    (target) => target.sheet.name,
  );
  return {
    ...plan,
    targets,
    numberFormats: plan.numberFormats.map((format) => ({ ...format, sheet: moved(format.sheet) })),
    writes: plan.writes.map((write) => ({ ...write, sheet: moved(write.sheet) })),
    boldFormats: plan.boldFormats.map((format) => ({ ...format, sheet: moved(format.sheet) })),
    messages: [...plan.messages, message],
  };
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
  const recorded = recordedPrint(read.created);
  const edited =
    answer === "overwrite"
      ? []
      : editedProFormas(
          plan,
          read.created,
          await readOwnSheets(batch, plan.targets, nextCells(plan), recorded, "readingProForma"),
        );
  if (edited.length === 0) return applyProForma(batch, read, inputs, plan);
  const sheetNames = read.sheet.sheetNames.map((item) => item.name);
  const keptNames = keptNamesOf(edited, sheetNames, inputs.settings.language);
  if (answer === undefined)
    return { action: "proForma", view: read.view, question: editedProFormaQuestion(edited, keptNames) };
  return applyProForma(batch, read, inputs, keepingEdited(plan, edited, keptNames, sheetNames));
}
