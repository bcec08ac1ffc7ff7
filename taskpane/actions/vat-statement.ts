/**
 * VAT statement: the VAT deferral statement of src/sheet (vatDeferralSheet: a line per shipment × regime ×
 * destination × rate, the totals by regime, the notes) on the add-in's own "VAT deferral" sheet, formatted and
 * printed as the bulk checker writes it. The add-in's sheet (tracked by worksheet id) is replaced on a re-run; a sheet
 * of the user's with that name is never touched ("VAT deferral (2)"); the add-in's sheet that the user edited since
 * it was written is replaced only after asking, or kept as "VAT deferral (edited)" and left alone (own-sheets.ts, as
 * the pro forma).
 */
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type CellValue,
  type Settings,
  type ShipmentCheck,
  TEXT_FORMAT,
  VAT_DEFERRAL_COLUMNS,
  VAT_DEFERRAL_COLUMN_FACTS,
  type VatDeferralSheet,
  vatDeferralSheet,
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
  keptNames,
  placeOwnSheet,
  printWords,
  queuePrintSetup,
  readOwnSheets,
  sheetPrint,
  unkeptPrintMessages,
} from "./own-sheets";
import { recordRun } from "./records";
import { type SheetRead, readSheet, tableTotalsHints } from "./sheet-source";

/** The statement and the worksheet it goes to. */
export interface VatStatementTarget extends OwnSheetTarget {
  readonly print: SheetPrint;
}

/** Rows of the statement as a block of sheet rows (0-based). */
export interface RowSpan {
  readonly row: number;
  readonly rowCount: number;
}

export interface VatStatementPlan {
  readonly check: ShipmentCheck;
  readonly statement: VatDeferralSheet;
  readonly target: VatStatementTarget;
  /** Number formats, set before the values: the words as text; money to the cent with thousands; the rate in %. */
  readonly numberFormats: readonly CellFormat[];
  /** The whole statement from A1, every row as wide as the header. */
  readonly write: CellBlockWrite;
  /** The title, the header row and the totals in bold, once written. */
  readonly boldFormats: readonly CellFormat[];
  /** The header and the lines down to the last total: wrapped where the facts say, rows as tall as their words. */
  readonly table: RowSpan;
  /** 0-based columns whose words wrap within their width below the header (Treatment, VAT numbers). */
  readonly wrapColumns: readonly number[];
  readonly messages: string[];
}

const COLUMN_COUNT = VAT_DEFERRAL_COLUMNS.length;

/** The statement's columns (0-based) by number format, General left out (a count needs none). */
function columnsByFormat(): Map<string, number[]> {
  const formats = new Map<string, number[]>();
  VAT_DEFERRAL_COLUMNS.forEach((column, index) => {
    const { numberFormat } = VAT_DEFERRAL_COLUMN_FACTS[column];
    if (numberFormat === "General") return;
    formats.set(numberFormat, [...(formats.get(numberFormat) ?? []), index]);
  });
  return formats;
}

/** The statement, where it goes and what the pane says about it (the rows checked in steps). */
export async function planVatStatement(
  read: SheetRead,
  settings: Settings,
  steps?: CheckSteps,
): Promise<VatStatementPlan> {
  const { sheet, created } = read;
  const check = await checkSheetRowsInSteps(
    read.values,
    read.layout,
    settings,
    { firstRowNumber: read.firstRowNumber, hints: tableTotalsHints(read) },
    steps,
  );
  const statement = vatDeferralSheet(
    check,
    { declarationDate: settings.declarationDate, vatTableVersion: VAT_TABLE_VERSION },
    settings.language,
  );
  // The add-in's own sheet (tracked by id) is replaced; a user's sheet of the same name never is.
  const taken = new Set(sheet.sheetNames.map((item) => item.name.toLowerCase()));
  taken.add(read.audit.name.toLowerCase());
  const target: VatStatementTarget = {
    ...placeOwnSheet(statement.name, created.vatStatement, sheet.sheetNames, taken, settings.language),
    print: sheetPrint(VAT_DEFERRAL_COLUMNS.map((column) => VAT_DEFERRAL_COLUMN_FACTS[column].width)),
  };
  const { rows, headerRowIndex, totalRowIndexes } = statement;
  const name = target.name;

  // Text from A1 (the words stay words), the figures' formats below the header.
  const numberFormats: CellFormat[] = [];
  for (const [numberFormat, columns] of columnsByFormat()) {
    const first = numberFormat === TEXT_FORMAT ? 0 : headerRowIndex + 1;
    if (rows.length <= first) continue;
    for (const run of adjacentRuns(columns))
      numberFormats.push({
        sheet: name,
        row: first,
        column: run.start,
        rowCount: rows.length - first,
        columnCount: run.count,
        numberFormat,
      });
  }
  const boldRow = (row: number, columnCount: number): CellFormat => ({
    sheet: name,
    row,
    column: 0,
    rowCount: 1,
    columnCount,
    bold: true,
  });
  const boldFormats = [
    boldRow(0, 1),
    boldRow(headerRowIndex, COLUMN_COUNT),
    ...totalRowIndexes.map((index) => boldRow(index, COLUMN_COUNT)),
  ];
  const write: CellBlockWrite = {
    sheet: name,
    row: 0,
    column: 0,
    values: rows.map((row) =>
      Array.from({ length: COLUMN_COUNT }, (_, index): CellValue => row[index] ?? ""),
    ),
  };
  const lastTotal = Math.max(headerRowIndex, ...totalRowIndexes);
  const wrapColumns = VAT_DEFERRAL_COLUMNS.flatMap((column, index) =>
    VAT_DEFERRAL_COLUMN_FACTS[column].wrap ? [index] : [],
  );

  return {
    check,
    statement,
    target,
    numberFormats,
    write,
    boldFormats,
    table: { row: headerRowIndex, rowCount: lastTotal - headerRowIndex + 1 },
    wrapColumns,
    messages: statementMessages(statement, target),
  };
}

/** What the pane says about the statement written to `target`. */
function statementMessages(statement: VatDeferralSheet, target: VatStatementTarget): string[] {
  const words = paneWords().vatStatement;
  const { rows, headerRowIndex, totalRowIndexes, leftOut } = statement;
  const written = {
    sheet: target.name,
    lines: (totalRowIndexes[0] ?? rows.length) - headerRowIndex - 1,
    print: printWords([target]),
  };
  const messages = [target.replaced ? words.replaced(written) : words.created(written)];
  if (!target.replaced && target.name !== statement.name)
    messages.push(words.nameTaken({ wanted: statement.name, used: target.name }));
  if (leftOut.length > 0) messages.push(words.leftOut({ rows: describeRows(leftOut) }));
  return messages;
}

/**
 * The header and the Treatment and VAT numbers cells wrapped, the table's rows as tall as their words (Excel measures
 * rows one at a time: the title and notes above and below are not in them), then the print setup of own-sheets.ts.
 */
function queuePageSetup(worksheet: Excel.Worksheet, plan: VatStatementPlan): Excel.PageLayout {
  const { table, wrapColumns, statement, target } = plan;
  worksheet.getRangeByIndexes(table.row, 0, 1, COLUMN_COUNT).format.wrapText = true;
  if (table.rowCount > 1)
    for (const run of adjacentRuns(wrapColumns))
      worksheet.getRangeByIndexes(table.row + 1, run.start, table.rowCount - 1, run.count).format.wrapText =
        true;
  worksheet.getRangeByIndexes(table.row, 0, table.rowCount, COLUMN_COUNT).format.autofitRows();
  return queuePrintSetup(worksheet, target.print, statement.headerRowIndex);
}

/** The sheet emptied or added and formatted (one sync), the values in chunks, then bold, page setup and records. */
async function applyVatStatement(
  batch: ExcelBatch,
  read: SheetRead,
  inputs: PaneInputs,
  plan: VatStatementPlan,
): Promise<ActionResult> {
  const { target } = plan;
  // The user's edited sheet first gets its new name, so that the new statement can take the name it had.
  if (target.keptAs !== undefined) batch.worksheet(target.keptAs.sheet).name = target.keptAs.name;
  let worksheet: Excel.Worksheet;
  if (target.replaced) {
    worksheet = batch.worksheet(target.name);
    worksheet.getRange().clear(Excel.ClearApplyTo.all);
  } else worksheet = batch.context.workbook.worksheets.add(target.name);
  worksheet.load("id");
  queueFormats(batch, plan.numberFormats, new Map([[target.name, worksheet]]));
  await batch.sync();

  const report = await writeCellBlocks(batch, [plan.write], "writingStatement");

  const written = batch.worksheet(target.name);
  queueFormats(batch, plan.boldFormats, new Map([[target.name, written]]));
  const layout = queuePageSetup(written, plan);
  // What the sheet holds as written, to tell an edit next time; a statement cut short by Cancel gets none.
  const { vatStatementWritten: _previous, ...created } = read.created;
  await recordRun(batch, read, inputs, {
    created: {
      ...created,
      vatStatement: worksheet.id,
      ...(report.complete ? { vatStatementWritten: fingerprint(plan.write.values.flat()) } : {}),
    },
    summary: plan.check.summary,
    actionLabel: paneWordsOf(inputs.settings.language).actions.vatStatement,
    write: report,
  });
  // recordRun synced: the layout is loaded.
  return actionResult(
    "vatStatement",
    read,
    [...plan.messages, ...unkeptPrintMessages([target], [layout])],
    batch.stats,
    report,
    { summary: plan.check.summary },
  );
}

/** The statement sheet of the add-in's, edited by the user since it was written, and the cells that say so. */
export type EditedVatStatement = EditedSheet<VatStatementTarget>;

/** The fingerprint recorded when the add-in wrote the statement it is about to replace, if any. */
const recordedPrint = (created: CreatedSheets) => (target: VatStatementTarget) =>
  target.trackedId !== undefined && target.trackedId === created.vatStatement
    ? created.vatStatementWritten
    : undefined;

/**
 * The add-in's statement sheet about to be replaced, if the user edited it since it was written: what it holds now
 * (`current`, by sheet name: every used cell from A1) no longer has the fingerprint recorded when it was written.
 */
export function editedVatStatement(
  plan: VatStatementPlan,
  created: CreatedSheets,
  current: ReadonlyMap<string, readonly (readonly CellValue[])[]>,
): EditedVatStatement[] {
  return editedSheets([plan.target], [plan.write.values], recordedPrint(created), current);
}

/** The question before replacing the statement the user edited, naming it and what it holds. */
export function editedVatStatementQuestion(
  edited: readonly EditedVatStatement[],
  kept: readonly string[],
): Question {
  return editedSheetQuestion("vatStatement", edited, kept);
}

/** The plan with the user's edited sheet kept under a new name (and no longer tracked), and a new statement sheet. */
export function keepingEditedStatement(
  plan: VatStatementPlan,
  edited: readonly EditedVatStatement[],
  kept: readonly string[],
  sheetNames: readonly string[],
): VatStatementPlan {
  const { targets, moved, message } = keepingEditedTargets(
    [plan.target],
    edited,
    kept,
    sheetNames,
    () => plan.statement.name,
  );
  const { trackedId: _untracked, ...target } = targets[0];
  return {
    ...plan,
    target,
    numberFormats: plan.numberFormats.map((format) => ({ ...format, sheet: moved(format.sheet) })),
    write: { ...plan.write, sheet: moved(plan.write.sheet) },
    boldFormats: plan.boldFormats.map((format) => ({ ...format, sheet: moved(format.sheet) })),
    messages: [...statementMessages(plan.statement, target), message],
  };
}

export async function vatStatement(batch: ExcelBatch, inputs: PaneInputs): Promise<ActionResult | Asking> {
  const read = await readSheet(
    batch,
    inputs,
    () => ({ newColumns: 0, writtenColumns: [] }),
    ACTION_NEEDS.vatStatement,
  );
  const plan = await planVatStatement(read, inputs.settings, batchSteps(batch));
  const answer = inputs.answers?.changedVatStatement;
  const recorded = recordedPrint(read.created);
  const edited =
    answer === "overwrite"
      ? []
      : editedVatStatement(
          plan,
          read.created,
          await readOwnSheets(batch, [plan.target], [plan.write.values], recorded, "readingStatement"),
        );
  if (edited.length === 0) return applyVatStatement(batch, read, inputs, plan);
  const sheetNames = read.sheet.sheetNames.map((item) => item.name);
  const kept = keptNames(edited, sheetNames, inputs.settings.language);
  if (answer === undefined)
    return { action: "vatStatement", view: read.view, question: editedVatStatementQuestion(edited, kept) };
  return applyVatStatement(batch, read, inputs, keepingEditedStatement(plan, edited, kept, sheetNames));
}
