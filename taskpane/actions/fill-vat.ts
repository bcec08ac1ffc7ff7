/**
 * Fill VAT rates: each empty VAT rate cell gets the standard rate of the row's destination on the row's date (or the
 * declaration date); a rate the user typed and a formula are never touched; rates the add-in filled before are its
 * own and are worked out again (issue 8). Without a VAT rate column it adds one. The rates come from src/sheet
 * (vatRateFills through vat-plan.ts); this module decides where they go and what the pane says.
 */
import {
  type FilledVatRates,
  type Settings,
  type Summary,
  columnLetters,
  formatFilledVatRates,
} from "../../src/sheet";
import { type CellBlockWrite, type CellFormat, columnWrites } from "../cell-writes";
import { type ExcelBatch, queueFormats, writeCellBlocks } from "../excel-adapter";
import { sheetWordsOf } from "../../src/sheet/lang";
import { paneWordsOf } from "../lang";
import { type SheetRecord, recordedVatRates, withColumns } from "../ownership";
import { paneWords } from "../pane-language";
import {
  type OwnVatRates,
  type VatWrite,
  filledAfterWrite,
  ownRatesMessages,
  ownVatRates,
  planVatRates,
  writtenVatRates,
} from "../vat-plan";
import { ACTION_NEEDS, type ActionResult, type PaneInputs, actionResult } from "./action-result";
import { type CheckSteps, batchSteps, checkSheetRowsInSteps } from "./check-in-steps";
import { recordRun } from "./records";
import {
  type SheetOutline,
  type SheetRead,
  type WriteTargets,
  columnFormulas,
  readSheet,
  tableTotalsHints,
} from "./sheet-source";

/** Filled rates show one decimal of a percent (5.5 %). */
const VAT_RATE_FORMAT = "0.0%";

/** The sheet's VAT rate column as read, and the rates in it that the add-in filled before and still holds. */
export interface VatRatesRead {
  /** 0-based sheet column of the VAT rate column; undefined when the sheet has none. */
  readonly column?: number;
  /** Its header as the sheet has it. */
  readonly header?: string;
  /** The rates the add-in recorded as filled, by sheet row number. */
  readonly recorded: FilledVatRates;
  /** The rates that are still its own (the cell holds what it wrote), emptied for the sheet logic. */
  readonly own: OwnVatRates;
  /** The VAT rate cell's formula, by index into the read values. */
  readonly formulaAt: (index: number) => unknown;
}

/** The VAT rate column of the sheet as read: the add-in's own rates are worked out again, never the user's. */
export function vatRatesRead(read: SheetRead): VatRatesRead {
  const index = read.layout.columns.vatRate;
  const column = index === undefined ? undefined : read.block.left + index;
  const formulas = column === undefined ? [] : columnFormulas(read, column);
  const formulaAt = (row: number) => formulas[read.sheet.source.row + row - read.dataStart];
  const recorded =
    column === undefined || index === undefined
      ? new Map<number, number>()
      : recordedVatRates(read.record, column, read.block.headers[index]);
  const own = ownVatRates(read.values, read.layout, recorded, read.firstRowNumber, formulaAt);
  return {
    ...(column === undefined || index === undefined ? {} : { column, header: read.block.headers[index] }),
    recorded,
    own,
    formulaAt,
  };
}

/** What Fill VAT rates reads besides the block: the VAT rate column's formulas, or room for the column it adds. */
export function vatFillTargets(outline: SheetOutline): WriteTargets {
  const vat = outline.firstRowsLayout.columns.vatRate;
  return vat === undefined
    ? { newColumns: 1, writtenColumns: [] }
    : { newColumns: 0, writtenColumns: [outline.block.left + vat] };
}

export interface VatFillPlan {
  /** 0-based sheet column the rates go to: the sheet's VAT rate column, or the one added. */
  readonly column: number;
  /** The header of the column the add-in adds, when the sheet has none and there are rates to fill. */
  readonly addedHeader?: CellBlockWrite;
  /** The header (when added) and the rates, in blocks of consecutive rows. */
  readonly writes: readonly CellBlockWrite[];
  readonly rates: VatRatesRead;
  readonly vatWrites: readonly VatWrite[];
  /** Rows left empty, and why ("Row 7: ..."). */
  readonly notFilled: readonly string[];
}

/** Which VAT rate cells get which rate. */
export function planVatFill(read: SheetRead, settings: Settings): VatFillPlan {
  const { block, sheet, firstRowNumber, layout } = read;
  const rates = vatRatesRead(read);
  const column = rates.column ?? read.appendStart;
  const vatPlan = planVatRates(read.values, layout, rates.own, settings, {
    firstRowNumber,
    fillEmpty: true,
    hints: tableTotalsHints(read),
    formulaAt: rates.formulaAt,
  });
  const words = paneWords().vat;
  const notFilled = vatPlan.skipped.map(({ row, reason }) => words.rowNotFilled({ row, reason }));
  for (const row of vatPlan.formulaRows) notFilled.push(words.rowFormula({ row }));
  const cells = vatPlan.writes.map((write) => ({ row: sheet.source.row + write.index, value: write.value }));
  const fills = columnWrites(sheet.sheetName, column, cells).map((write) => ({
    ...write,
    numberFormat: VAT_RATE_FORMAT,
  }));
  const addedHeader: CellBlockWrite | undefined =
    rates.column === undefined && cells.length > 0
      ? {
          sheet: sheet.sheetName,
          row: block.headerRow,
          column,
          values: [[sheetWordsOf(settings.language).headers.fields.vatRate]],
          counted: false,
        }
      : undefined;
  return {
    column,
    ...(addedHeader === undefined ? {} : { addedHeader }),
    writes: addedHeader === undefined ? fills : [addedHeader, ...fills],
    rates,
    vatWrites: vatPlan.writes,
    notFilled,
  };
}

/** What a fill leaves: the sheet's record, the summary for the audit line, the words for the pane. */
export interface VatFillOutcome {
  readonly record: SheetRecord;
  readonly summary: Summary;
  /** The added column's header in bold, once it is written. */
  readonly formats: readonly CellFormat[];
  readonly messages: string[];
}

/** The outcome of a fill once `written` went through (all of plan.writes, or fewer after Cancel). */
export async function vatFillOutcome(
  read: SheetRead,
  settings: Settings,
  plan: VatFillPlan,
  written: readonly CellBlockWrite[],
  steps?: CheckSteps,
): Promise<VatFillOutcome> {
  const { sheet, firstRowNumber, layout } = read;
  const { column, rates, addedHeader } = plan;
  // The header the fill gave a column it added: the workbook's word for VAT rate, which the next read maps back.
  const vatHeader =
    addedHeader?.values[0][0] === undefined
      ? sheetWordsOf(settings.language).headers.fields.vatRate
      : String(addedHeader.values[0][0]);
  const done = writtenVatRates(written, plan.vatWrites, sheet.source.row);
  const ownSet = new Set(rates.own.ownRows);
  const filledRows = done.filter((write) => !ownSet.has(write.index)).length;
  const refreshedRows = done.filter((write) => ownSet.has(write.index) && write.value !== "").length;
  const clearedRows = done.filter((write) => write.value === "").length;

  // The audit line reflects the sheet after the fill (an added column gives the same rates the check computes).
  const after = read.values.map((row) => [...row]);
  const vatIndex = column - read.block.left;
  for (const write of written) {
    if (write === addedHeader || vatIndex >= read.block.right - read.block.left + 1) continue;
    write.values.forEach((cells, i) => {
      const row = after[write.row + i - sheet.source.row];
      if (row !== undefined) row[vatIndex] = cells[0];
    });
  }
  const summary = (
    await checkSheetRowsInSteps(
      after,
      layout,
      settings,
      { firstRowNumber, hints: tableTotalsHints(read) },
      steps,
    )
  ).summary;

  const headerWritten = addedHeader !== undefined && written.includes(addedHeader);
  let record = read.record;
  if (headerWritten) {
    record = withColumns(record, [
      {
        field: "vatRate",
        header: vatHeader,
        column,
        kind: "vatRate",
        created: true,
        firstRow: read.dataStart,
        lastRow: read.lastSourceRow,
      },
    ]);
  }
  if (rates.column !== undefined || headerWritten) {
    record = {
      ...record,
      vatFills: {
        header: rates.header ?? vatHeader,
        column,
        rates: formatFilledVatRates(filledAfterWrite(rates.recorded, rates.own, firstRowNumber, done)),
      },
    };
  }
  const formats: CellFormat[] = headerWritten
    ? [{ sheet: sheet.sheetName, row: read.block.headerRow, column, rowCount: 1, columnCount: 1, bold: true }]
    : [];

  const words = paneWords().vat;
  const targets = plan.vatWrites.length;
  const messages =
    targets === 0 ? [rates.own.ownRows.length === 0 ? words.nothingToFill : words.nothingToFillOwnRight] : [];
  if (filledRows > 0) messages.push(words.filled({ count: filledRows, column: columnLetters(column) }));
  messages.push(...ownRatesMessages(refreshedRows, clearedRows));
  if (rates.column === undefined && targets > 0)
    messages.push(words.addedColumn({ header: vatHeader, column: columnLetters(column) }));
  const { notFilled } = plan;
  if (notFilled.length > 0)
    messages.push(words.notFilled({ rows: notFilled.slice(0, 5), more: Math.max(0, notFilled.length - 5) }));
  return { record, summary, formats, messages };
}

/** Writes the plan, then the record and the audit line. */
async function applyVatFill(
  batch: ExcelBatch,
  read: SheetRead,
  inputs: PaneInputs,
  plan: VatFillPlan,
): Promise<ActionResult> {
  const report = await writeCellBlocks(batch, plan.writes, "fillingVatRates");
  // After the writes: the summary's check yields between steps but no longer stops on Cancel (the record must follow).
  const outcome = await vatFillOutcome(
    read,
    inputs.settings,
    plan,
    report.written,
    batchSteps(batch, { phase: "summingUp", cancellable: false }),
  );
  queueFormats(batch, outcome.formats);
  await recordRun(batch, read, inputs, {
    record: outcome.record,
    summary: outcome.summary,
    actionLabel: paneWordsOf(inputs.settings.language).actions.fillVat,
    write: report,
  });
  return actionResult("fillVat", read, outcome.messages, batch.stats, report);
}

export async function fillVatRates(batch: ExcelBatch, inputs: PaneInputs): Promise<ActionResult> {
  const read = await readSheet(batch, inputs, vatFillTargets, ACTION_NEEDS.fillVat);
  return applyVatFill(batch, read, inputs, planVatFill(read, inputs.settings));
}
