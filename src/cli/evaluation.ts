import { InputError, VAT_TABLE_VERSION, toNumber } from "../engine";
import {
  type CellValue,
  type RowCheck,
  type Settings,
  type SheetLayout,
  type Status,
  applyShipmentRules,
  auditRow,
  checkRow,
  columnHeader,
  describeSettings,
  isProductRow,
  jsonReport,
  type RowHints,
  rowKind,
  type SkippedRow,
  outputCells,
  type PlainSummary,
  plainSummary,
  type ProFormaContext,
  type ProFormaLine,
  proFormaLine,
  readText,
  SummaryTally,
} from "../sheet";

/**
 * The check of a whole sheet, row by row, so that the checked workbook can be written while later rows are
 * still being checked (in a worker thread for large files). A row's result is final once every row of its
 * shipment has been checked: the detention flag of a split shipment depends on the other rows of the shipment.
 * Rows, flags and summary are those of src/sheet's checkShipment, computed the same way; each row's outcome
 * carries its pro forma line, from which the writing thread builds the pro forma sheets (ProFormaBuilder).
 */

/** The final result of one row, as the checked sheet shows it. Plain data: it crosses to the writing thread. */
export interface RowOutcome {
  /** Index of the row in the sheet's values (0-based; the sheet row number is index + 1). */
  readonly index: number;
  /** The output columns' cells, in OUTPUT_COLUMNS order. */
  readonly output: (number | string)[];
  /** The VAT rate the check used, to fill an empty "VAT rate" cell. */
  readonly vatRate: number | null;
  readonly status: Status;
  /** The row's shipment and its line on the pro forma, which the writing thread builds as rows settle. */
  readonly shipment: string | null;
  readonly proForma: ProFormaLine;
}

/** A row worth showing in the text summary. */
export interface NotableRow {
  readonly row: number;
  readonly sku: string | null;
  readonly status: Status;
  readonly flags: readonly string[];
  readonly explanation: string;
}

export interface CheckReport {
  readonly summary: PlainSummary;
  /** What the pro forma sheets say besides the lines, which come with the row outcomes. */
  readonly proFormaContext: ProFormaContext;
  readonly auditRow: readonly CellValue[];
  readonly settingsText: string;
  /** The first RISK and ERROR rows, in sheet order, and how many there are in all. */
  readonly notable: readonly NotableRow[];
  readonly notableCount: number;
  /** The --json document (design.md section 4), when asked for. */
  readonly json: string | undefined;
}

export interface EvaluationContext {
  readonly layout: SheetLayout;
  readonly settings: Settings;
  /** What the file says about rows beyond their cells (an Excel table's totals rows). */
  readonly hints: RowHints;
  /**
   * Last row index of each shipment id, from shipmentEnds(); undefined until known (a worker parsing a CSV file
   * starts checking before the main thread has them): rows of a shipment then wait in the open.
   */
  readonly shipmentEnds: ReadonlyMap<string, number> | undefined;
  readonly json: boolean;
  /** File and sheet, for the audit row. */
  readonly source: string;
  readonly time: Date;
}

const NOTABLE_ROWS = 10;

/** The shipment id of a row exactly as checkRow reads it (an unreadable cell counts as no shipment). */
function shipmentOf(cells: readonly CellValue[], layout: SheetLayout, header: string): string | null {
  const index = layout.columns.shipment;
  if (index === undefined) return null;
  try {
    return readText(cells[index], header) ?? null;
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/**
 * Which rows the check covers (1) and which it skips (0): the product rows below the header (rowKind, as
 * checkRows and the evaluator decide). Totals lines and notes are added to `skipped`, for the summary.
 */
export function checkedRows(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  hints: RowHints,
  skipped?: SkippedRow[],
): Uint8Array {
  const checked = new Uint8Array(values.length);
  for (let index = layout.headerRowIndex + 1; index < values.length; index++) {
    const kind = rowKind(values[index] ?? [], layout, hints.tableTotalsRows?.has(index));
    if (kind === "product") checked[index] = 1;
    else if (kind !== "blank") skipped?.push({ row: index + 1, kind });
  }
  return checked;
}

/**
 * The report with the totals lines and notes the writing thread found (checkedRows sees every row before any is
 * written; the evaluator may see a skipped row only after it was written and let go). In the JSON document only
 * the summary, its last member, is read and written again: the rows can be many.
 */
export function withSkippedRows(report: CheckReport, skipped: readonly SkippedRow[]): CheckReport {
  if (skipped.length === 0) return report;
  const rows = skipped.map(({ row, kind }) => ({ row, kind }));
  return {
    ...report,
    summary: { ...report.summary, skippedRows: [...skipped] },
    json: report.json === undefined ? undefined : withSummaryKey(report.json, "skippedRows", rows),
  };
}

/** A JSON document {"rows": [...], "summary": {...}} with one more key in its summary. */
function withSummaryKey(json: string, key: string, value: unknown): string {
  // Inside JSON strings a quote is escaped, so this finds the summary member itself.
  const marker = ',"summary":';
  const at = json.lastIndexOf(marker);
  if (at >= 0 && json.endsWith("}")) {
    try {
      const summary = JSON.parse(json.slice(at + marker.length, -1)) as Record<string, unknown>;
      return `${json.slice(0, at)}${marker}${JSON.stringify({ ...summary, [key]: value })}}`;
    } catch {
      // Not that shape: the whole document is read below.
    }
  }
  try {
    const document = JSON.parse(json) as { summary?: Record<string, unknown> };
    if (document.summary !== undefined)
      return JSON.stringify({ ...document, summary: { ...document.summary, [key]: value } });
  } catch {
    // Some other document (one object per line): left as it is.
  }
  return json;
}

/** The index of the last checked row of each shipment: once it is checked, the shipment's rows are final. */
export function shipmentEnds(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  checked: Uint8Array,
): Map<string, number> {
  const ends = new Map<string, number>();
  if (layout.columns.shipment === undefined) return ends;
  const header = columnHeader(layout, "shipment");
  for (let index = layout.headerRowIndex + 1; index < values.length; index++) {
    if (checked[index] === 0) continue;
    const shipment = shipmentOf(values[index] ?? [], layout, header);
    if (shipment !== null) ends.set(shipment, index);
  }
  return ends;
}

export class ShipmentEvaluator {
  /** Every row's check, kept only for the --json report: the summary and pro forma are built as rows settle. */
  private readonly kept: RowCheck[] | undefined;
  private readonly tally = new SummaryTally();
  /** The first RISK and ERROR rows in sheet order (rows settle out of order), and how many there are. */
  private notable: NotableRow[] = [];
  private notableCount = 0;
  private readonly open = new Map<string, RowCheck[]>();
  private ends: ReadonlyMap<string, number> | undefined;
  /** Rows up to this index have been checked. */
  private checkedUpTo = -1;

  constructor(private readonly context: EvaluationContext) {
    this.ends = context.shipmentEnds;
    this.kept = context.json ? [] : undefined;
  }

  /** The shipments' last rows, when they come after the first rows: settles the shipments already complete. */
  knowShipmentEnds(ends: ReadonlyMap<string, number>): RowOutcome[] {
    this.ends = ends;
    const outcomes: RowOutcome[] = [];
    for (const [shipment, group] of this.open) {
      const end = ends.get(shipment);
      if (end !== undefined && end <= this.checkedUpTo) {
        this.open.delete(shipment);
        this.settle(applyShipmentRules(group), outcomes);
      }
    }
    return outcomes;
  }

  /** Checks rows starting at `startIndex`; returns the rows whose results became final. */
  evaluate(rows: readonly (readonly CellValue[])[], startIndex: number): RowOutcome[] {
    const { layout, settings, hints } = this.context;
    const outcomes: RowOutcome[] = [];
    for (let offset = 0; offset < rows.length; offset++) {
      const index = startIndex + offset;
      const cells = rows[offset] ?? [];
      if (index <= layout.headerRowIndex || !isProductRow(cells, layout, hints.tableTotalsRows?.has(index)))
        continue;
      const row = checkRow(cells, index + 1, layout, settings);
      if (row.shipment === null) {
        this.settle([row], outcomes);
        continue;
      }
      let group = this.open.get(row.shipment);
      if (group === undefined) this.open.set(row.shipment, (group = []));
      group.push(row);
      if (this.ends?.get(row.shipment) === index) {
        this.open.delete(row.shipment);
        this.settle(applyShipmentRules(group), outcomes);
      }
    }
    this.checkedUpTo = Math.max(this.checkedUpTo, startIndex + rows.length - 1);
    return outcomes;
  }

  /** Settles the shipments still open (none, when the ends were right) and builds the report. */
  finish(): { outcomes: RowOutcome[]; report: CheckReport } {
    const outcomes: RowOutcome[] = [];
    for (const group of this.open.values()) this.settle(applyShipmentRules(group), outcomes);
    this.open.clear();
    const { layout, settings } = this.context;
    const summary = this.tally.summary(layout, settings);
    const report: CheckReport = {
      summary: plainSummary(summary),
      proFormaContext: { declarationDate: settings.declarationDate, vatTableVersion: VAT_TABLE_VERSION },
      auditRow: auditRow(this.context.time, this.context.source, summary, settings),
      settingsText: describeSettings(settings),
      notable: this.notable,
      notableCount: this.notableCount,
      json:
        this.kept === undefined
          ? undefined
          : JSON.stringify(jsonReport({ layout, rows: this.kept.sort((a, b) => a.row - b.row), summary })),
    };
    return { outcomes, report };
  }

  private settle(rows: readonly RowCheck[], outcomes: RowOutcome[]): void {
    for (const row of rows) {
      this.kept?.push(row);
      this.tally.add(row);
      if (row.status === "RISK" || row.status === "ERROR") this.noteRow(row);
      outcomes.push({
        index: row.row - 1,
        output: outputCells(row),
        vatRate: row.vatRate === null ? null : toNumber(row.vatRate),
        status: row.status,
        shipment: row.shipment,
        proForma: proFormaLine(row),
      });
    }
  }

  private noteRow(row: RowCheck): void {
    this.notableCount++;
    if (this.notable.length === NOTABLE_ROWS && row.row > this.notable[NOTABLE_ROWS - 1].row) return;
    const note: NotableRow = {
      row: row.row,
      sku: row.sku,
      status: row.status,
      flags: [...row.flags],
      explanation: row.explanation,
    };
    this.notable = [...this.notable, note].sort((a, b) => a.row - b.row).slice(0, NOTABLE_ROWS);
  }
}
