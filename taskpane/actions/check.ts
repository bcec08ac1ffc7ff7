/**
 * Check shipment: every row checked by src/sheet (ShipmentChecker, the one sheet checker, a few thousand rows at a
 * time: check-in-steps.ts), its results written in the six output columns right of the data (created on the first
 * run, updated in place afterwards), the Status column coloured by conditional formats, and the VAT rates the add-in
 * filled before worked out again. Refuses, before writing anything, when an output column holds what the add-in did
 * not write.
 */
import {
  type CellValue,
  OUTPUT_COLUMNS,
  OUTPUT_COLUMN_FACTS,
  type OutputColumn,
  STATUS_COLOURS,
  STATUSES,
  type Settings,
  type ShipmentCheck,
  cellText,
  columnLetters,
  formatFilledVatRates,
  outputCells,
} from "../../src/sheet";
import {
  type CellBlockWrite,
  type CellFormat,
  cellSetKey,
  columnWrites,
  formatAround,
  writeAround,
  writesCell,
} from "../cell-writes";
import { type ExcelBatch, PaneProblem, queueFormats, writeCellBlocks } from "../excel-adapter";
import { fingerprint } from "../fingerprint";
import { type Rect, adjacentRuns, cellAddress } from "../geometry";
import {
  type SheetRecord,
  type OwnedColumn,
  blockHashes,
  judgeColumn,
  keptCells,
  keptValue,
  ownedField,
  typedCells,
  withColumns,
} from "../ownership";
import { paneWordsOf } from "../lang";
import { paneWords } from "../pane-language";
import {
  type VatWrite,
  filledAfterWrite,
  ownRatesMessages,
  planVatRates,
  writtenVatRates,
} from "../vat-plan";
import {
  ACTION_NEEDS,
  type ActionResult,
  type Answer,
  type Asking,
  type Question,
  type PaneInputs,
  type Refusal,
  actionResult,
  isRefusal,
} from "./action-result";
import { type CheckSteps, batchSteps, checkSheetRowsInSteps } from "./check-in-steps";
import { type VatRatesRead, vatRatesRead } from "./fill-vat";
import { recordRun } from "./records";
import {
  type SheetOutline,
  type SheetRead,
  type WriteTargets,
  columnAfter,
  columnFormulas,
  columnValues,
  emptyColumn,
  readSheet,
  tableTotalsHints,
} from "./sheet-source";

/** The output columns already in the sheet (an earlier run's), by the outline, as 0-based sheet columns. */
function existingOutputs(outline: SheetOutline): Map<OutputColumn, number> {
  const positions = new Map<OutputColumn, number>();
  for (const name of OUTPUT_COLUMNS) {
    const index = outline.firstRowsLayout.outputColumns[name];
    if (index !== undefined) positions.set(name, outline.block.left + index);
  }
  return positions;
}

/** What Check shipment reads besides the block: its output columns' formulas, and the VAT rates it filled. */
export function checkTargets(outline: SheetOutline): WriteTargets {
  const existing = existingOutputs(outline);
  // The VAT rate column's formulas too, when the add-in filled rates there before: it may write them again.
  const vat = outline.firstRowsLayout.columns.vatRate;
  const ownVat = vat !== undefined && outline.record.vatFills !== undefined ? [outline.block.left + vat] : [];
  return {
    newColumns: OUTPUT_COLUMNS.length - existing.size,
    writtenColumns: [...existing.values(), ...ownVat],
  };
}

/** The Status column's data rows: conditional formats cleared over the rows of the last run too, then set anew. */
export interface StatusColouring {
  readonly sheet: string;
  readonly clear: Rect;
  readonly colour: Rect;
}

export interface CheckPlan {
  readonly check: ShipmentCheck;
  /** 0-based sheet column of each output column: in place, or new to the right. */
  readonly positions: ReadonlyMap<OutputColumn, number>;
  /** The output columns already in the sheet, updated in place. */
  readonly existing: ReadonlyMap<OutputColumn, number>;
  /** The output columns the check adds, in order. */
  readonly added: readonly OutputColumn[];
  /** Headers of the added columns, the results of every data row (blank rows emptied), the VAT rates anew. */
  readonly writes: readonly CellBlockWrite[];
  /** Set before the writes: text columns must be text before the explanations arrive. */
  readonly formats: readonly CellFormat[];
  readonly statusColouring?: StatusColouring;
  readonly rates: VatRatesRead;
  readonly vatWrites: readonly VatWrite[];
  /** Data rows of the source, below the header. */
  readonly dataRows: number;
  /** The values the user chose to keep in each output column (keptValue), recorded with it. */
  readonly kept: ReadonlyMap<OutputColumn, readonly string[]>;
  /** The cells left as they are because the user keeps them: their count, for the pane's words. */
  readonly keptCount: number;
}

/** Cells typed into one of the add-in's columns since its last write: 0-based sheet rows and their values. */
interface TypedCells {
  readonly name: OutputColumn;
  readonly column: number;
  readonly header: string;
  readonly rows: readonly number[];
  readonly values: readonly CellValue[];
}

/** Cells named in the question, at most; the count says how many more. */
const NAMED_CELLS = 8;

/** The question before writing over cells typed into the add-in's columns, naming them. */
export function typedCellsQuestion(typed: readonly TypedCells[]): Question {
  const words = paneWords().questions;
  const cells = typed.flatMap((column) =>
    column.rows.map((row, i) => ({ address: cellAddress(row, column.column), value: column.values[i] })),
  );
  const named = cells
    .slice(0, NAMED_CELLS)
    .map(({ address, value }) => words.typedCell({ address, text: cellText(value).slice(0, 40) }));
  const count = { cells: cells.length };
  return {
    topic: "typedCells",
    text: words.typedCells({ ...count, columns: typed.map((column) => column.header), named }),
    choices: [
      { answer: "keep", label: words.keepTyped(count) },
      { answer: "overwrite", label: words.overwriteTyped(count) },
    ],
  };
}

/**
 * What to write where, or why nothing is written (an output column holds what the add-in did not write). The rows are
 * checked in steps (`steps`: a yield between them by default).
 */
export async function planCheck(
  read: SheetRead,
  settings: Settings,
  steps?: CheckSteps,
  answer?: Answer,
): Promise<CheckPlan | Refusal | { readonly question: Question }> {
  const { block, sheet, record, layout, firstRowNumber } = read;
  const sheetName = sheet.sheetName;
  const hints = tableTotalsHints(read);
  // VAT rates the add-in filled before are its own: the check works them out again and writes them anew.
  const rates = vatRatesRead(read);
  const check = await checkSheetRowsInSteps(
    rates.own.values,
    layout,
    settings,
    { firstRowNumber, hints },
    steps,
  );
  const vatPlan = planVatRates(read.values, layout, rates.own, settings, {
    firstRowNumber,
    fillEmpty: false,
    hints,
    formulaAt: rates.formulaAt,
  });

  // Where each output column is: in place (the columns whose formulas were read), or new to the right.
  const existing = existingOutputs(read);
  const positions = new Map<OutputColumn, number>();
  let next = read.appendStart;
  for (const name of OUTPUT_COLUMNS) positions.set(name, existing.get(name) ?? next++);
  const added = OUTPUT_COLUMNS.filter((name) => !existing.has(name));
  const at = (name: OutputColumn) => positions.get(name) as number;

  // The output block: every data row of the source, checked rows with their results, blank rows emptied.
  const byRow = new Map<number, (number | string)[]>();
  for (const row of check.rows) byRow.set(row.row - 1, outputCells(row));

  // Before writing anything: refuse over a formula or data the add-in has no record of; ask about cells typed
  // into its columns since its last write; leave the cells the user kept before as they are.
  const refusals: string[] = [];
  const typed: TypedCells[] = [];
  const holes = new Set<string>();
  const kept = new Map<OutputColumn, string[]>();
  for (const [name, column] of existing) {
    const header = block.headers[column - block.left] || name;
    const recorded = ownedField(record, name);
    const owned = recorded?.kind === "output" ? recorded : undefined;
    const values = columnValues(read, column);
    const verdict = judgeColumn(
      { header, column, values, formulas: columnFormulas(read, column), firstRowNumber: read.dataStart + 1 },
      owned,
      paneWords().actions.check,
    );
    if (!verdict.writable) {
      refusals.push(verdict.message);
      continue;
    }
    const index = OUTPUT_COLUMNS.indexOf(name);
    const planned = values.map((_, i) => (byRow.get(read.dataStart + i) ?? [])[index] ?? "");
    for (const i of keptCells(values, planned, owned))
      holes.add(cellSetKey(sheetName, read.dataStart + i, column));
    kept.set(name, [...(owned?.kept ?? [])]);
    if (verdict.reason === "changed" && owned !== undefined) {
      const cells = typedCells(values, planned, owned);
      if (cells.length > 0)
        typed.push({
          name,
          column,
          header,
          rows: cells.map((i) => read.dataStart + i),
          values: cells.map((i) => values[i]),
        });
    }
  }
  if (refusals.length > 0) return { refused: refusals.join(" ") };
  if (typed.length > 0) {
    if (answer === undefined) return { question: typedCellsQuestion(typed) };
    if (answer === "keep")
      for (const cells of typed) {
        cells.rows.forEach((row) => holes.add(cellSetKey(sheetName, row, cells.column)));
        kept.set(cells.name, [...new Set([...(kept.get(cells.name) ?? []), ...cells.values.map(keptValue)])]);
      }
  }

  const empty = OUTPUT_COLUMNS.map(() => "");
  const writes: CellBlockWrite[] = [];
  const formats: CellFormat[] = [];
  const addedRuns = adjacentRuns(added.map(at));
  for (const run of addedRuns) {
    writes.push({
      sheet: sheetName,
      row: block.headerRow,
      column: run.start,
      // A column of the user's with an output column's name keeps it: the add-in's gets a distinct header.
      values: [
        OUTPUT_COLUMNS.filter((name) => at(name) >= run.start && at(name) < run.start + run.count).map(
          (name) => layout.outputHeaders[name],
        ),
      ],
      counted: false,
    });
  }
  const order = OUTPUT_COLUMNS.map((name, index) => ({ name, index, column: at(name) }));
  const dataRows = read.lastSourceRow - read.dataStart + 1;
  for (const run of adjacentRuns(order.map((entry) => entry.column))) {
    const members = order
      .filter((entry) => entry.column >= run.start && entry.column < run.start + run.count)
      .sort((a, b) => a.column - b.column);
    const values: (number | string)[][] = [];
    for (let row = read.dataStart; row <= read.lastSourceRow; row++) {
      const cells = byRow.get(row) ?? empty;
      values.push(members.map((entry) => cells[entry.index]));
    }
    if (dataRows > 0) {
      writes.push(
        ...writeAround({ sheet: sheetName, row: read.dataStart, column: run.start, values }, holes),
      );
      for (const entry of members)
        formats.push(
          ...formatAround(
            {
              sheet: sheetName,
              row: read.dataStart,
              column: entry.column,
              rowCount: dataRows,
              columnCount: 1,
              numberFormat: OUTPUT_COLUMN_FACTS[entry.name].numberFormat,
            },
            holes,
          ),
        );
    }
  }
  for (const run of addedRuns)
    formats.push({
      sheet: sheetName,
      row: block.headerRow,
      column: run.start,
      rowCount: 1,
      columnCount: run.count,
      bold: true,
    });
  if (rates.column !== undefined) {
    const cells = vatPlan.writes.map((write) => ({
      row: sheet.source.row + write.index,
      value: write.value,
    }));
    writes.push(...columnWrites(sheetName, rates.column, cells));
  }

  // Status colours on the data rows only, cleared first over the rows the last run coloured.
  const statusColumn = at("Status");
  const previous = ownedField(record, "Status");
  const clearTo = Math.max(read.lastSourceRow, previous?.lastRow ?? 0);
  const statusColouring: StatusColouring | undefined =
    dataRows > 0
      ? {
          sheet: sheetName,
          clear: {
            row: read.dataStart,
            column: statusColumn,
            rowCount: clearTo - read.dataStart + 1,
            columnCount: 1,
          },
          colour: { row: read.dataStart, column: statusColumn, rowCount: dataRows, columnCount: 1 },
        }
      : undefined;

  return {
    check,
    positions,
    existing,
    added,
    writes,
    formats,
    ...(statusColouring === undefined ? {} : { statusColouring }),
    rates,
    vatWrites: vatPlan.writes,
    dataRows,
    kept,
    keptCount: holes.size,
  };
}

/** What a check leaves once `written` went through: the record of the columns it owns, and the pane's words. */
export interface CheckOutcome {
  readonly record: SheetRecord;
  /** The Status column's colours, when anything was written. */
  readonly statusColouring?: StatusColouring;
  readonly messages: string[];
}

export function checkOutcome(
  read: SheetRead,
  plan: CheckPlan,
  written: readonly CellBlockWrite[],
): CheckOutcome {
  const { record, layout, sheet } = read;
  const { positions, existing, rates } = plan;
  const owned: OwnedColumn[] = [];
  for (const name of OUTPUT_COLUMNS) {
    const column = positions.get(name) as number;
    const headerWritten =
      existing.has(name) || writesCell(written, sheet.sheetName, read.block.headerRow, column);
    if (!headerWritten) continue;
    const before = existing.has(name) ? columnValues(read, column) : emptyColumn(read);
    const after = columnAfter(read, column, before, written);
    const header = layout.outputHeaders[name];
    const was = ownedField(record, name);
    owned.push({
      field: name,
      header,
      column,
      kind: "output",
      created: !existing.has(name) || (was?.created ?? false),
      firstRow: read.dataStart,
      lastRow: read.lastDataRow,
      fingerprint: fingerprint(after),
      blocks: blockHashes(after),
      ...((plan.kept.get(name)?.length ?? 0) > 0 ? { kept: plan.kept.get(name) } : {}),
    });
  }
  // Every write counts here, the output columns' too: their rows are the VAT rates' rows.
  const vatWritten =
    rates.column === undefined ? [] : writtenVatRates(written, plan.vatWrites, sheet.source.row);
  const vatRecord =
    rates.column === undefined || rates.header === undefined || record.vatFills === undefined
      ? {}
      : {
          vatFills: {
            header: rates.header,
            column: rates.column,
            rates: formatFilledVatRates(
              filledAfterWrite(rates.recorded, rates.own, read.firstRowNumber, vatWritten),
            ),
          },
        };

  const words = paneWords().check;
  const letter = (name: OutputColumn) => columnLetters(positions.get(name) as number);
  const checked = { rows: plan.check.summary.rows, source: read.view.sourceLabel };
  const kept = plan.keptCount;
  const messages = [
    plan.added.length === 0
      ? words.updatedInPlace({
          ...checked,
          first: letter(OUTPUT_COLUMNS[0]),
          last: columnLetters(Math.max(...positions.values())),
        })
      : words.wroteColumns({
          ...checked,
          letters: OUTPUT_COLUMNS.map(letter),
          headers: OUTPUT_COLUMNS.map((name) => layout.outputHeaders[name]),
        }),
    ...(kept === 0 ? [] : [words.keptTyped({ cells: kept })]),
    ...ownRatesMessages(
      vatWritten.filter((write) => write.value !== "").length,
      vatWritten.filter((write) => write.value === "").length,
    ),
  ];
  return {
    record: { ...withColumns(record, owned), ...vatRecord },
    ...(written.length > 0 && plan.statusColouring !== undefined
      ? { statusColouring: plan.statusColouring }
      : {}),
    messages,
  };
}

function queueStatusColours(batch: ExcelBatch, colouring: StatusColouring): void {
  const sheet = batch.worksheet(colouring.sheet);
  const { clear, colour } = colouring;
  sheet
    .getRangeByIndexes(clear.row, clear.column, clear.rowCount, clear.columnCount)
    .conditionalFormats.clearAll();
  const statusRange = sheet.getRangeByIndexes(colour.row, colour.column, colour.rowCount, colour.columnCount);
  for (const status of STATUSES) {
    const { fill, font, bold } = STATUS_COLOURS[status];
    const format = statusRange.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    format.cellValue.format.fill.color = `#${fill}`;
    format.cellValue.format.font.color = `#${font}`;
    format.cellValue.format.font.bold = bold;
    format.cellValue.rule = {
      formula1: `="${status}"`,
      operator: Excel.ConditionalCellValueOperator.equalTo,
    };
  }
}

/** Formats, then the results in chunks, then the status colours, the record and the audit line. */
async function applyCheck(
  batch: ExcelBatch,
  read: SheetRead,
  inputs: PaneInputs,
  plan: CheckPlan,
): Promise<ActionResult> {
  queueFormats(batch, plan.formats);
  const report = await writeCellBlocks(batch, plan.writes, "writingResults");
  const outcome = checkOutcome(read, plan, report.written);
  if (outcome.statusColouring !== undefined) queueStatusColours(batch, outcome.statusColouring);
  await recordRun(batch, read, inputs, {
    record: outcome.record,
    summary: plan.check.summary,
    actionLabel: paneWordsOf(inputs.settings.language).actions.check,
    write: report,
  });
  const { rows, summary } = plan.check;
  return actionResult("check", read, outcome.messages, batch.stats, report, {
    summary,
    flagged: rows.filter((row) => row.flags.length > 0),
    shipments: [...new Set(rows.map((row) => row.shipment).filter((id): id is string => id !== null))].sort(),
  });
}

export async function checkShipment(batch: ExcelBatch, inputs: PaneInputs): Promise<ActionResult | Asking> {
  const read = await readSheet(batch, inputs, checkTargets, ACTION_NEEDS.check);
  const plan = await planCheck(read, inputs.settings, batchSteps(batch), inputs.answers?.typedCells);
  if (isRefusal(plan)) throw new PaneProblem(plan.refused);
  if ("question" in plan) return { action: "check", view: read.view, question: plan.question };
  return applyCheck(batch, read, inputs, plan);
}
