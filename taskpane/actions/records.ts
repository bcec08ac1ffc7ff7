/**
 * The finishing step of every action, and the pane's choices kept in the workbook: the record of what the add-in
 * owns in the sheet, the settings, the sheets it created and a line in the Audit sheet, all in one last sync.
 */
import { type AnyLanguage } from "../../src/engine";
import {
  AUDIT_COLUMNS,
  AUDIT_COLUMN_FACTS,
  type CellValue,
  type StoredSettings,
  type Summary,
  auditHeaders,
  auditRow,
} from "../../src/sheet";
import { type ExcelBatch, type WriteReport, setNumberFormat, settingsMap } from "../excel-adapter";
import {
  CREATED_SHEETS_KEY,
  type CreatedSheets,
  PANE_LANGUAGE_KEY,
  SETTINGS_KEY,
  type SheetRecord,
  type SourceChoice,
  readRecord,
  recordKey,
} from "../ownership";
import { type PaneWords, paneWordsOf } from "../lang";
import { type PaneLanguageChoice, paneLanguageChoice } from "../pane-language";
import { type PaneInputs, stoppedAuditNote } from "./action-result";
import { type AuditTarget, type SheetRead } from "./sheet-source";

/** What a run leaves in the workbook besides its cells: what it owns now, and what its audit line says. */
export interface RunRecord {
  /** The sheet's record after the run (unchanged when undefined). */
  readonly record?: SheetRecord;
  /** The sheets the add-in created, after the run (unchanged when undefined). */
  readonly created?: CreatedSheets;
  readonly summary: Summary;
  /** The action as the audit line names it, in the workbook's language ("Share costs LGG-1"). */
  readonly actionLabel: string;
  /** How the run's write went: a cancelled or stopped write is recorded as such, with the rows it wrote. */
  readonly write?: WriteReport;
}

/** The workbook settings and the audit line a run leaves. */
export interface RunSettings {
  readonly record: SheetRecord;
  readonly created: CreatedSheets;
  readonly auditLine: CellValue[];
}

/**
 * The run as the Audit line's Source names it, in the workbook's words (`words`): "Check shipment", "Check shipment;
 * cancelled: 2,157 of 20,000 rows written".
 */
function runLabel(run: RunRecord, words: PaneWords): string {
  const note = stoppedAuditNote(run.write, words);
  return note === "" ? run.actionLabel : words.audit.stoppedRun({ action: run.actionLabel, note });
}

/** What the run keeps in the settings (the sheet's record with its mapping and source) and its audit line. */
export function runSettings(read: SheetRead, inputs: PaneInputs, run: RunRecord, time: Date): RunSettings {
  // The Audit sheet is the workbook's: its words are in the workbook's language, whoever runs the pane.
  const words = paneWordsOf(inputs.settings.language);
  return {
    record: {
      ...(run.record ?? read.record),
      sheetName: read.sheet.sheetName,
      headerRow: read.block.headerRow,
      mapping: inputs.mapping,
      source: inputs.source,
    },
    created: { ...(run.created ?? read.created), audit: read.audit.name },
    auditLine: auditRow(
      time,
      words.audit.source({ source: read.view.sourceLabel, run: runLabel(run, words) }),
      run.summary,
      inputs.settings,
    ),
  };
}

/**
 * Audit columns with a format of their own, set before the line is written: text (a source or settings text must
 * never become a formula or a date), the time as a date-time, amounts with thousands.
 */
const AUDIT_FORMATTED_COLUMNS = AUDIT_COLUMNS.flatMap((name, index) =>
  AUDIT_COLUMN_FACTS[name].numberFormat === "General"
    ? []
    : [{ index, format: AUDIT_COLUMN_FACTS[name].numberFormat }],
);

/** The run's line, after the Audit sheet's header (in the workbook's language when the sheet is new). */
function queueAuditLine(
  batch: ExcelBatch,
  audit: AuditTarget,
  auditLine: readonly CellValue[],
  language: AnyLanguage,
): void {
  const workbook = batch.context.workbook;
  let sheet: Excel.Worksheet;
  let row = audit.nextRow;
  if (row === undefined) {
    sheet = workbook.worksheets.add(audit.name);
    const header = sheet.getRangeByIndexes(0, 0, 1, AUDIT_COLUMNS.length);
    header.values = [auditHeaders(language)];
    header.format.font.bold = true;
    row = 1;
  } else sheet = batch.worksheet(audit.name);
  const line = sheet.getRangeByIndexes(row, 0, 1, AUDIT_COLUMNS.length);
  for (const { index, format } of AUDIT_FORMATTED_COLUMNS) setNumberFormat(line.getCell(0, index), format);
  line.values = [auditLine.map((cell) => (cell === null || cell === undefined ? "" : cell))] as unknown[][];
}

/** The last sync of every action: the record of what the add-in owns, settings, created sheets and the audit line. */
export async function recordRun(
  batch: ExcelBatch,
  read: SheetRead,
  inputs: PaneInputs,
  run: RunRecord,
): Promise<void> {
  const settings = batch.context.workbook.settings;
  batch.context.workbook.application.suspendApiCalculationUntilNextSync();
  const kept = runSettings(read, inputs, run, new Date());
  settings.add(recordKey(read.sheet.sheetId), kept.record);
  settings.add(SETTINGS_KEY, inputs.stored);
  settings.add(CREATED_SHEETS_KEY, kept.created);
  queueAuditLine(batch, read.audit, kept.auditLine, inputs.settings.language);
  await batch.sync();
}

/** The sheet whose mapping and source the user changed. */
export interface SheetChoices {
  readonly id: string;
  readonly name: string;
  readonly mapping: PaneInputs["mapping"];
  readonly source: SourceChoice;
}

/** Saves the settings and the mapping alone (when the user edits them), in one sync. */
export async function saveChoices(
  batch: ExcelBatch,
  stored: StoredSettings | undefined,
  sheet?: SheetChoices,
): Promise<void> {
  const settings = batch.context.workbook.settings;
  let existing: Excel.Setting | undefined;
  if (sheet !== undefined) {
    existing = settings.getItemOrNullObject(recordKey(sheet.id)).load("value");
    await batch.sync();
  }
  if (stored !== undefined) settings.add(SETTINGS_KEY, stored);
  if (sheet !== undefined) {
    const record = readRecord(existing?.isNullObject ? undefined : existing?.value, sheet.name);
    settings.add(recordKey(sheet.id), {
      ...record,
      sheetName: sheet.name,
      mapping: sheet.mapping,
      source: sheet.source,
    });
  }
  await batch.sync();
}

/** The user's choice of the pane's language, kept with the workbook like the settings (one sync). */
export async function savePaneLanguage(batch: ExcelBatch, choice: PaneLanguageChoice): Promise<void> {
  batch.context.workbook.settings.add(PANE_LANGUAGE_KEY, choice);
  await batch.sync();
}

/**
 * Settings, the pane's language and the sheet's saved mapping and source, as a colleague saved them with the
 * workbook (one sync).
 */
export async function loadChoices(batch: ExcelBatch): Promise<{
  stored: unknown;
  paneLanguage: PaneLanguageChoice;
  mapping?: PaneInputs["mapping"];
  source?: SourceChoice;
}> {
  const workbook = batch.context.workbook;
  const settings = workbook.settings.load("items/key,items/value");
  const sheet = workbook.worksheets.getActiveWorksheet().load("id,name");
  await batch.sync();
  const map = settingsMap(settings);
  const record = readRecord(map.get(recordKey(sheet.id)), sheet.name);
  return {
    stored: map.get(SETTINGS_KEY),
    paneLanguage: paneLanguageChoice(map.get(PANE_LANGUAGE_KEY)),
    mapping: record.mapping,
    source: record.source,
  };
}
