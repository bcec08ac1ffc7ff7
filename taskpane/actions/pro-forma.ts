/**
 * Pro forma: a sheet per shipment (proFormaSheets in src/sheet) with each line's price taken apart, subtotals and
 * totals; landscape, one page wide, the header row on every page. The add-in's own pro forma sheets (tracked by id)
 * are replaced on a re-run; a sheet of the user's with the same name is never touched.
 */
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type CellValue,
  PRO_FORMA_COLUMNS,
  PRO_FORMA_COLUMN_FACTS,
  type ProFormaSheet,
  type Settings,
  type ShipmentCheck,
  TEXT_FORMAT,
  isTextColumn,
  proFormaSheets,
  uniqueSheetName,
} from "../../src/sheet";
import { type CellBlockWrite, type CellFormat } from "../cell-writes";
import { type ExcelBatch, queueFormats, writeCellBlocks } from "../excel-adapter";
import { adjacentRuns, describeRows } from "../geometry";
import {
  ACTION_LABELS,
  type ActionResult,
  type PaneInputs,
  actionResult,
  stoppedMessage,
} from "./action-result";
import { type CheckSteps, batchSteps, checkSheetRowsInSteps } from "./check-in-steps";
import { recordRun } from "./records";
import { type SheetRead, readSheet, tableTotalsHints } from "./sheet-source";

const WIDTH = PRO_FORMA_COLUMNS.length;

/** The pro forma columns (0-based) that are text, and those that are money. */
const TEXT_COLUMNS = PRO_FORMA_COLUMNS.flatMap((name, index) =>
  isTextColumn(PRO_FORMA_COLUMN_FACTS[name]) ? [index] : [],
);
const MONEY_COLUMNS = PRO_FORMA_COLUMNS.flatMap((name, index) =>
  PRO_FORMA_COLUMN_FACTS[name].money ? [index] : [],
);
/** The money columns' number format: the facts give it once for them all. */
const PRO_FORMA_MONEY_FORMAT = PRO_FORMA_COLUMN_FACTS["Unit price"].numberFormat;

/** A pro forma sheet and the worksheet it goes to. */
export interface ProFormaTarget {
  readonly sheet: ProFormaSheet;
  /** The worksheet's name: the add-in's own sheet to replace, or a new sheet's. */
  readonly name: string;
  /** True when it replaces the add-in's own sheet of an earlier run. */
  readonly replaced: boolean;
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
    return tracked !== undefined
      ? { sheet: proForma, name: tracked.name, replaced: true }
      : { sheet: proForma, name: uniqueSheetName(proForma.name, taken), replaced: false };
  });

  const numberFormats: CellFormat[] = [];
  const boldFormats: CellFormat[] = [];
  for (const { sheet: proForma, name } of targets) {
    const { rows, headerRowIndex, totalRowIndexes } = proForma;
    for (const run of adjacentRuns(TEXT_COLUMNS))
      numberFormats.push({
        sheet: name,
        row: 0,
        column: run.start,
        rowCount: rows.length,
        columnCount: run.count,
        numberFormat: TEXT_FORMAT,
      });
    if (rows.length > headerRowIndex + 1)
      for (const run of adjacentRuns(MONEY_COLUMNS))
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
      boldRow(headerRowIndex, WIDTH),
      ...totalRowIndexes.map((index) => boldRow(index, WIDTH)),
    );
  }
  const writes: CellBlockWrite[] = targets.map((target) => ({
    sheet: target.name,
    row: 0,
    column: 0,
    values: target.sheet.rows.map((row) =>
      Array.from({ length: WIDTH }, (_, index): CellValue => row[index] ?? ""),
    ),
  }));

  const leftOut = [...new Set(sheets.flatMap((proForma) => proForma.leftOut))];
  const renamed = targets.filter((target) => !target.replaced && target.name !== target.sheet.name);
  const messages = [
    `${targets.some((target) => target.replaced) ? "Created or replaced" : "Created"} ${targets.length} pro forma sheet${targets.length === 1 ? "" : "s"}: ${targets.map((target) => target.name).join(", ")}. Landscape, one page wide, header row on every page.`,
  ];
  if (renamed.length > 0)
    messages.push(
      `A sheet of yours already had the name ${renamed.map((target) => `"${target.sheet.name}"`).join(", ")}; it was left alone and the pro forma went to ${renamed.map((target) => `"${target.name}"`).join(", ")}.`,
    );
  if (leftOut.length > 0)
    messages.push(`Left out because of errors (fix them and run Pro forma again): ${describeRows(leftOut)}.`);
  return { check, targets, numberFormats, writes, boldFormats, messages };
}

/** Landscape, one page wide, the header row printed on every page and frozen. */
function queuePageSetup(worksheet: Excel.Worksheet, proForma: ProFormaSheet): void {
  const { rows, headerRowIndex } = proForma;
  worksheet
    .getRangeByIndexes(headerRowIndex, 0, Math.max(1, rows.length - headerRowIndex), WIDTH)
    .format.autofitColumns();
  worksheet.pageLayout.orientation = Excel.PageOrientation.landscape;
  worksheet.pageLayout.zoom = { horizontalFitToPages: 1 };
  worksheet.pageLayout.setPrintTitleRows(`$${headerRowIndex + 1}:$${headerRowIndex + 1}`);
  worksheet.freezePanes.freezeRows(headerRowIndex + 1);
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
  for (const target of plan.targets)
    queuePageSetup(written.get(target.name) as Excel.Worksheet, target.sheet);
  const proFormaIds: Record<string, string> = { ...read.created.proForma };
  for (const target of plan.targets)
    proFormaIds[target.sheet.name] = (worksheets.get(target.name) as Excel.Worksheet).id;
  await recordRun(batch, read, inputs, {
    created: { ...read.created, proForma: proFormaIds },
    summary: plan.check.summary,
    actionLabel: ACTION_LABELS.proForma,
  });
  return actionResult(
    "proForma",
    read,
    plan.messages,
    batch.stats,
    stoppedMessage(
      report,
      "pro forma",
      plan.writes.reduce((n, write) => n + write.values.length, 0),
    ),
    { summary: plan.check.summary, proFormaSheets: plan.targets.map((target) => target.name) },
  );
}

export async function proForma(batch: ExcelBatch, inputs: PaneInputs): Promise<ActionResult> {
  const read = await readSheet(batch, inputs, () => ({ newColumns: 0, writtenColumns: [] }));
  return applyProForma(batch, read, inputs, await planProForma(read, inputs.settings, batchSteps(batch)));
}
