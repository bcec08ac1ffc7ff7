/**
 * Share costs: the shipment's freight, last-mile and handling invoices shared over its rows by unit weight × quantity
 * (shareShipmentCosts in src/sheet, in cents that add up), the amounts per unit written into the Freight, Last mile
 * and Handling columns (added when missing), only into empty cells or cells the add-in filled before.
 */
import { InputError, type Exact, ZERO, amountOf, isBlank, requireNonNegative } from "../../src/engine";
import {
  SHARED_COST_FIELDS,
  type Settings,
  type SharedCostField,
  type ShipmentCosts,
  type Summary,
  columnLetters,
  shareShipmentCosts,
} from "../../src/sheet";
import { type CellBlockWrite, type CellFormat, columnWrites, writesCell } from "../cell-writes";
import { type ExcelBatch, PaneProblem, queueFormats, writeCellBlocks } from "../excel-adapter";
import { adjacentRuns, describeRows } from "../geometry";
import { sheetWordsOf } from "../../src/sheet/lang";
import { paneWordsOf } from "../lang";
import {
  type SheetRecord,
  type OwnedColumn,
  judgeCells,
  ownedField,
  recordCostWrite,
  shareKey,
  withColumns,
} from "../ownership";
import { paneWords } from "../pane-language";
import {
  ACTION_NEEDS,
  type ActionResult,
  type PaneInputs,
  type Refusal,
  actionResult,
  isRefusal,
} from "./action-result";
import { type CheckSteps, batchSteps, checkSheetRowsInSteps } from "./check-in-steps";
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

/** The shipment totals as typed in the pane. */
export interface CostTotals {
  readonly freight: string;
  readonly lastMile: string;
  readonly handling: string;
  readonly shipment: string;
}

/** The totals to share, and the shipment to share them over (every row when undefined). */
export interface SharedTotals {
  readonly costs: ShipmentCosts;
  readonly shipment?: string;
}

/** The totals' fields as the pane names them, in its words. */
const costLabel = (field: SharedCostField): string =>
  paneWords().share[
    ({ freight: "freightTotal", lastMile: "lastMileTotal", handling: "handlingTotal" } as const)[field]
  ];

/** Cost columns the add-in creates show their amounts in cents. */
const COST_FORMAT = "0.00";

/** The totals typed in the pane as amounts; empty is 0; anything else is an InputError naming the field. */
export function readCostTotals(totals: CostTotals): SharedTotals {
  const amount = (field: SharedCostField): Exact => {
    const text = totals[field];
    if (isBlank(text)) return ZERO;
    const label = costLabel(field);
    const { value } = amountOf(text, label, "enterShipmentTotal", { host: "setting", currency: "EUR only" });
    return requireNonNegative(value, label, "positiveShipmentTotal");
  };
  const costs = { freight: amount("freight"), lastMile: amount("lastMile"), handling: amount("handling") };
  if (SHARED_COST_FIELDS.every((field) => costs[field].isZero())) {
    throw new InputError(paneWords().share.totals, "noShipmentTotals", "enterOneShipmentTotal");
  }
  const shipment = totals.shipment.trim();
  return shipment === "" ? { costs } : { costs, shipment };
}

/** The cost fields with a total to share. */
function sharedFields(totals: SharedTotals): SharedCostField[] {
  return SHARED_COST_FIELDS.filter((field) => !totals.costs[field].isZero());
}

/** What Share costs reads besides the block: the cost columns' formulas, or room for the ones it adds. */
export function costTargets(outline: SheetOutline, totals: SharedTotals): WriteTargets {
  const fields = sharedFields(totals);
  const present = fields.filter((field) => outline.firstRowsLayout.columns[field] !== undefined);
  return {
    newColumns: fields.length - present.length,
    writtenColumns: present.map(
      (field) => outline.block.left + (outline.firstRowsLayout.columns[field] as number),
    ),
  };
}

/** A cost column the shares go to. */
export interface CostColumn {
  readonly field: SharedCostField;
  readonly header: string;
  /** 0-based sheet column. */
  readonly column: number;
  /** True when the add-in adds it. */
  readonly created: boolean;
}

export interface CostSharingPlan {
  readonly totals: SharedTotals;
  readonly columns: readonly CostColumn[];
  /** The rows that get a share, as indexes into the columns' data rows (dataStart..lastDataRow). */
  readonly targets: readonly number[];
  /** The record's key of this sharing (the shipment's, or all rows'). */
  readonly key: string;
  /** Headers of the added columns, then the amounts per unit. */
  readonly writes: readonly CellBlockWrite[];
  /** The added columns' headers in bold. */
  readonly formats: readonly CellFormat[];
  /** The summary of the sheet after sharing (for the audit line). */
  readonly summary: Summary;
  readonly messages: string[];
}

/**
 * Which cells get which share, or why nothing is written (no share possible, cells of the user's in the way). The
 * summary's check of the sheet after sharing runs in steps.
 */
export async function planCostSharing(
  read: SheetRead,
  settings: Settings,
  totals: SharedTotals,
  steps?: CheckSteps,
): Promise<CostSharingPlan | Refusal> {
  const { block, sheet, record, layout } = read;
  const { costs, shipment } = totals;
  const fields = sharedFields(totals);
  const sharing = shareShipmentCosts(
    read.values,
    layout,
    costs,
    {
      shipment,
      firstRowNumber: read.firstRowNumber,
      hints: tableTotalsHints(read),
      numberFormats: read.cells.numberFormats,
    },
    settings.language,
  );
  const words = paneWords().share;
  if (!sharing.ok)
    return {
      refused: words.notShared({
        problems: sharing.problems.slice(0, 5),
        more: Math.max(0, sharing.problems.length - 5),
      }),
    };

  const key = shareKey(shipment);
  let next = read.appendStart;
  const columns: CostColumn[] = fields.map((field) => {
    const index = layout.columns[field];
    const header =
      index === undefined ? sheetWordsOf(settings.language).headers.fields[field] : block.headers[index];
    return {
      field,
      header,
      column: index === undefined ? next++ : block.left + index,
      created: index === undefined,
    };
  });
  const offset = sheet.source.row - read.dataStart;
  const targets = sharing.shares.map((share) => share.index + offset);
  const refusals: string[] = [];
  for (const column of columns) {
    if (column.created) continue;
    const owned = ownedField(record, column.field);
    const verdict = judgeCells(
      {
        header: column.header,
        column: column.column,
        values: columnValues(read, column.column),
        formulas: columnFormulas(read, column.column),
        firstRowNumber: read.dataStart + 1,
        targets,
      },
      owned?.kind === "cost" ? owned : undefined,
      key,
    );
    if (!verdict.writable) refusals.push(verdict.message);
  }
  if (refusals.length > 0) return { refused: refusals.join(" ") };

  const writes: CellBlockWrite[] = [];
  const formats: CellFormat[] = [];
  const createdColumns = columns.filter((column) => column.created);
  for (const run of adjacentRuns(createdColumns.map((column) => column.column))) {
    const headers = createdColumns
      .filter((column) => column.column >= run.start && column.column < run.start + run.count)
      .map((column) => column.header);
    writes.push({
      sheet: sheet.sheetName,
      row: block.headerRow,
      column: run.start,
      values: [headers],
      counted: false,
    });
    formats.push({
      sheet: sheet.sheetName,
      row: block.headerRow,
      column: run.start,
      rowCount: 1,
      columnCount: run.count,
      bold: true,
    });
  }
  for (const column of columns) {
    const cells = sharing.shares.map((share) => ({
      row: sheet.source.row + share.index,
      value: share.perUnit[column.field].toNumber(),
    }));
    const runs = columnWrites(sheet.sheetName, column.column, cells);
    writes.push(...(column.created ? runs.map((run) => ({ ...run, numberFormat: COST_FORMAT })) : runs));
  }

  // The audit line reflects the sheet after sharing.
  const after = read.values.map((row) => [...row]);
  const width = block.right - block.left + 1;
  for (const share of sharing.shares) {
    for (const column of columns) {
      if (column.column - block.left < width)
        after[share.index][column.column - block.left] = share.perUnit[column.field].toNumber();
    }
  }
  const summary = (
    await checkSheetRowsInSteps(
      after,
      layout,
      settings,
      { firstRowNumber: read.firstRowNumber, hints: tableTotalsHints(read) },
      steps,
    )
  ).summary;

  const shared = {
    costs: columns.map((column) =>
      words.cost({ header: column.header, amount: costs[column.field].toNumber() }),
    ),
    rows: describeRows(sharing.shares.map((share) => share.row)),
  };
  const messages = [
    shipment === undefined ? words.shared(shared) : words.sharedInShipment({ ...shared, shipment }),
    words.wrote({
      columns: columns.map((column) =>
        words.column({ header: column.header, letter: columnLetters(column.column) }),
      ),
    }),
  ];
  return { totals, columns, targets, key, writes, formats, summary, messages };
}

/** The sheet's record once `written` went through: the cost columns the add-in wrote, with what it wrote there. */
export function costSharingRecord(
  read: SheetRead,
  plan: CostSharingPlan,
  written: readonly CellBlockWrite[],
): SheetRecord {
  const owned: OwnedColumn[] = [];
  for (const column of plan.columns) {
    const before = column.created ? emptyColumn(read) : columnValues(read, column.column);
    const after = columnAfter(read, column.column, before, written);
    const headerWritten =
      !column.created || writesCell(written, read.sheet.sheetName, read.block.headerRow, column.column);
    if (!headerWritten) continue;
    owned.push(
      recordCostWrite(
        ownedField(read.record, column.field),
        {
          field: column.field,
          header: column.header,
          column: column.column,
          created: column.created,
          firstRow: read.dataStart,
          lastRow: read.lastDataRow,
        },
        before,
        after,
        plan.targets,
        plan.key,
      ),
    );
  }
  return withColumns(read.record, owned);
}

/** Bold headers, the shares in chunks, then the record and the audit line. */
async function applyCostSharing(
  batch: ExcelBatch,
  read: SheetRead,
  inputs: PaneInputs,
  plan: CostSharingPlan,
): Promise<ActionResult> {
  queueFormats(batch, plan.formats);
  const report = await writeCellBlocks(batch, plan.writes, "sharingCosts");
  const { shipment } = plan.totals;
  const workbookWords = paneWordsOf(inputs.settings.language);
  await recordRun(batch, read, inputs, {
    record: costSharingRecord(read, plan, report.written),
    summary: plan.summary,
    actionLabel:
      shipment === undefined
        ? workbookWords.actions.shareCosts
        : workbookWords.audit.shareCostsOf({ shipment }),
    write: report,
  });
  return actionResult("shareCosts", read, plan.messages, batch.stats, report);
}

export async function shareCosts(
  batch: ExcelBatch,
  inputs: PaneInputs,
  typed: CostTotals,
): Promise<ActionResult> {
  const totals = readCostTotals(typed);
  const read = await readSheet(
    batch,
    inputs,
    (outline) => costTargets(outline, totals),
    ACTION_NEEDS.shareCosts,
  );
  const plan = await planCostSharing(read, inputs.settings, totals, batchSteps(batch));
  if (isRefusal(plan)) throw new PaneProblem(plan.refused);
  return applyCostSharing(batch, read, inputs, plan);
}
