/**
 * What every action is given and what it hands back to the pane: the inputs (where the data is, the checked settings,
 * the mapping), the action's result in sentences, and the words for a write that stopped before the end. Pure.
 */
import { type RowCheck, type Settings, type StoredSettings, type Summary } from "../../src/sheet";
import { type ExcelRequestCounts, type WriteReport, describeError } from "../excel-adapter";
import { type RowTarget } from "./navigation";
import { type SheetChoice, type SheetRead, type SheetView } from "./sheet-source";

/** What the pane hands every action: where the data is, the checked settings and the user's column mapping. */
export interface PaneInputs extends SheetChoice {
  readonly settings: Settings;
  readonly stored: StoredSettings;
  /** The user's corrections: field → header text, or null for "not in this sheet". */
  readonly mapping: Readonly<Record<string, string | null>>;
}

export type ActionName = "fillVat" | "check" | "shareCosts" | "proForma";

/** Each action's name as the pane, the Audit sheet and the refusals say it. */
export const ACTION_LABELS: Readonly<Record<ActionName, string>> = {
  fillVat: "Fill VAT rates",
  check: "Check shipment",
  shareCosts: "Share costs",
  proForma: "Pro forma",
};

export interface ActionResult {
  readonly action: ActionName;
  readonly view: SheetView;
  /** What was done, in sentences. */
  readonly messages: readonly string[];
  /** Set when the action stopped before the end (Cancel or an error between chunks): what was and was not written. */
  readonly stopped?: string;
  readonly summary?: Summary;
  /** Rows with flags, in sheet order (Check shipment). */
  readonly flagged?: readonly RowCheck[];
  readonly shipments?: readonly string[];
  readonly proFormaSheets?: readonly string[];
  /** Which sheet and columns a flagged row's entry selects. */
  readonly rowTarget?: RowTarget;
  readonly stats: ExcelRequestCounts;
}

/** Why an action writes nothing: the words the pane shows (the user's data in the way, nothing to share, ...). */
export interface Refusal {
  readonly refused: string;
}

export function isRefusal<Plan extends object>(planned: Plan | Refusal): planned is Refusal {
  return "refused" in planned;
}

/** An action's result: what it said, on the sheet it read, with the requests it took. */
export function actionResult(
  action: ActionName,
  read: SheetRead,
  messages: string[],
  stats: ExcelRequestCounts,
  stopped: string | undefined,
  extra: Partial<ActionResult> = {},
): ActionResult {
  return {
    action,
    view: read.view,
    messages,
    ...(stopped === undefined ? {} : { stopped }),
    rowTarget: { sheetName: read.sheet.sheetName, left: read.block.left, right: read.block.right },
    stats: { ...stats },
    ...extra,
  };
}

/** What a write that stopped before the end did and did not write; undefined when it went through. */
export function stoppedMessage(report: WriteReport, what: string, total: number): string | undefined {
  if (report.complete) return undefined;
  const rows = report.written
    .filter((write) => write.values.length > 0)
    .reduce((count, write) => count + write.values.length, 0);
  const reason =
    report.stoppedBy instanceof Error && report.stoppedBy.name === "Cancelled"
      ? "You cancelled"
      : `Excel stopped the write (${describeError(report.stoppedBy)})`;
  return `${reason}: ${what} ${rows.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} row writes went through; the rest were not written. The add-in recorded what it wrote, so running the action again finishes the job.`;
}
