import { VAT_TABLE_VERSION, toNumber } from "../engine";
import {
  type CellValue,
  type RowCheck,
  type RowHints,
  type Settings,
  type SheetLayout,
  ShipmentChecker,
  type Status,
  auditRow,
  describeSettings,
  jsonRow,
  jsonSummary,
  outputCells,
  type PlainSummary,
  plainSummary,
  type ProFormaContext,
  type ProFormaLine,
  VatDeferralTally,
  type VatDeferralSheet,
  proFormaLine,
} from "../sheet";

/**
 * The command line's side of the sheet check (src/sheet's ShipmentChecker, which checks the rows): the final
 * rows as the checked workbook needs them (plain data, to cross from a worker thread) with their --json row, the
 * first rows at risk for the text summary, the --json summary and the audit row. Each row's outcome carries its pro forma line,
 * from which the writing thread builds the pro forma sheets (ProFormaBuilder). The VAT deferral statement is
 * tallied here as rows settle (VatDeferralTally, a line per shipment × regime × destination × rate, no rows kept)
 * and crosses to the writing thread finished, with the report.
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
  readonly proForma: ProFormaLine | null;
  /** The row of the --json report as JSON text (JSON.stringify of jsonRow), when asked for. */
  readonly json: string | undefined;
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
  /** The VAT deferral statement's rows (src/sheet/vat-deferral.ts), with the pro forma's context: plain data. */
  readonly vatDeferral: VatDeferralSheet;
  readonly auditRow: readonly CellValue[];
  readonly settingsText: string;
  /** The first RISK and ERROR rows, in sheet order, and how many there are in all. */
  readonly notable: readonly NotableRow[];
  readonly notableCount: number;
  /** The summary of the --json report as JSON text, when asked for: the rows came with their outcomes. */
  readonly jsonSummary: string | undefined;
}

export interface EvaluatorSetup {
  readonly layout: SheetLayout;
  readonly settings: Settings;
  /** What the file says about rows beyond their cells (an Excel table's totals rows). */
  readonly hints: RowHints;
  /**
   * Last row index of each shipment id (shipmentEnds, or the survey of a file read twice); undefined for a check
   * begun before the survey has ended, which learns them later (learnEnds).
   */
  readonly shipmentEnds: ReadonlyMap<string, number> | undefined;
  readonly json: boolean;
  /** File and sheet, for the audit row. */
  readonly source: string;
  readonly time: Date;
}

const NOTABLE_ROWS = 10;

export class ShipmentEvaluator {
  private readonly checker: ShipmentChecker;
  /** The VAT deferral statement, fed every settled row, as the summary is. */
  private readonly vatDeferral = new VatDeferralTally();
  /** The first RISK and ERROR rows in sheet order (rows settle out of order), and how many there are. */
  private notable: NotableRow[] = [];
  private notableCount = 0;

  constructor(private readonly setup: EvaluatorSetup) {
    this.checker = new ShipmentChecker(setup.layout, setup.settings, {
      hints: setup.hints,
      shipmentEnds: setup.shipmentEnds,
    });
  }

  /** Checks rows starting at `startIndex`; returns the rows whose results became final. */
  evaluate(rows: readonly (readonly CellValue[])[], startIndex: number): RowOutcome[] {
    return this.outcomes(this.checker.add(rows, startIndex));
  }

  /** The shipments' last rows, for a check begun without them: the rows that became final (ShipmentChecker.learnEnds). */
  learnEnds(ends: ReadonlyMap<string, number>): RowOutcome[] {
    return this.outcomes(this.checker.learnEnds(ends));
  }

  /** Settles the shipments still open (none, when the ends were right) and builds the report. */
  finish(): { outcomes: RowOutcome[]; report: CheckReport } {
    const { rows, summary } = this.checker.finish();
    const outcomes = this.outcomes(rows);
    const { settings } = this.setup;
    const proFormaContext: ProFormaContext = {
      declarationDate: settings.declarationDate,
      vatTableVersion: VAT_TABLE_VERSION,
    };
    const report: CheckReport = {
      summary: plainSummary(summary),
      proFormaContext,
      vatDeferral: this.vatDeferral.sheet(proFormaContext, settings.language),
      auditRow: auditRow(this.setup.time, this.setup.source, summary, settings),
      settingsText: describeSettings(settings),
      notable: this.notable,
      notableCount: this.notableCount,
      jsonSummary: this.setup.json ? JSON.stringify(jsonSummary(summary)) : undefined,
    };
    return { outcomes, report };
  }

  private outcomes(rows: readonly RowCheck[]): RowOutcome[] {
    return rows.map((row) => {
      this.vatDeferral.add(row);
      if (row.status === "RISK" || row.status === "ERROR") this.noteRow(row);
      return {
        index: row.row - 1,
        output: outputCells(row),
        vatRate: row.vatRate === null ? null : toNumber(row.vatRate),
        status: row.status,
        shipment: row.shipment,
        proForma: proFormaLine(row),
        json: this.setup.json ? JSON.stringify(jsonRow(row)) : undefined,
      };
    });
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
