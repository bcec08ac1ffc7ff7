/**
 * What every action is given and what it hands back to the pane: the inputs (where the data is, the checked settings,
 * the mapping), the action's result in sentences, and the words for a write that stopped before the end. Pure.
 */
import {
  type Field,
  REQUIRED_FIELDS,
  type RowCheck,
  type Settings,
  type StoredSettings,
  type Summary,
} from "../../src/sheet";
import { type ExcelRequestCounts, type WriteReport, describeError } from "../excel-adapter";
import { type PaneWords } from "../lang";
import { paneWords } from "../pane-language";
import { type RowTarget } from "./navigation";
import { type SheetChoice, type SheetRead, type SheetView } from "./sheet-source";

/**
 * What an action asks before it writes over the user's work: cells typed into the add-in's columns, a pro forma
 * sheet or the VAT deferral statement edited since the add-in wrote it. The first choice is the safe one: keep.
 */
export type QuestionTopic = "typedCells" | "changedProForma" | "changedVatStatement";
export type Answer = "keep" | "overwrite";

export interface Question {
  readonly topic: QuestionTopic;
  readonly text: string;
  readonly choices: readonly { readonly answer: Answer; readonly label: string }[];
}

/** What the pane hands every action: where the data is, the checked settings and the user's column mapping. */
export interface PaneInputs extends SheetChoice {
  readonly settings: Settings;
  readonly stored: StoredSettings;
  /** The user's corrections: field → header text, or null for "not in this sheet". */
  readonly mapping: Readonly<Record<string, string | null>>;
  /** The user's answers to the action's questions, when it is run again after asking. */
  readonly answers?: Readonly<Partial<Record<QuestionTopic, Answer>>>;
}

export type ActionName = "fillVat" | "check" | "shareCosts" | "proForma" | "vatStatement";

/**
 * The columns each action cannot work without; a sheet without one of them still offers the other actions (and
 * the column mapping, to pick it). Fill VAT rates goes by the destination; Share costs by unit weight.
 */
export const ACTION_NEEDS: Readonly<Record<ActionName, readonly Field[]>> = {
  fillVat: ["destination"],
  check: REQUIRED_FIELDS,
  shareCosts: ["unitWeight"],
  proForma: REQUIRED_FIELDS,
  vatStatement: REQUIRED_FIELDS,
};

export interface ActionResult {
  readonly action: ActionName;
  readonly view: SheetView;
  /** What was done, in sentences. */
  readonly messages: readonly string[];
  /** Set when the action stopped before the end (Cancel or an error between chunks): what was and was not written. */
  readonly stopped?: string;
  /** The same in a few words, for the result's heading and the Audit line ("cancelled: 2,157 of 20,000 rows written"). */
  readonly stoppedNote?: string;
  readonly summary?: Summary;
  /** Rows with flags, in sheet order (Check shipment). */
  readonly flagged?: readonly RowCheck[];
  readonly shipments?: readonly string[];
  readonly proFormaSheets?: readonly string[];
  /** Which sheet and columns a flagged row's entry selects. */
  readonly rowTarget?: RowTarget;
  readonly stats: ExcelRequestCounts;
}

/** An action that asks before it writes: it wrote nothing, and runs again with the answer. */
export interface Asking {
  readonly action: ActionName;
  readonly view: SheetView;
  readonly question: Question;
}

export function isAsking(outcome: ActionResult | Asking): outcome is Asking {
  return "question" in outcome;
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
  report: WriteReport,
  extra: Partial<ActionResult> = {},
): ActionResult {
  const stopped = stoppedMessage(action, report);
  return {
    action,
    view: read.view,
    messages,
    ...(stopped === undefined ? {} : { stopped, stoppedNote: stoppedAuditNote(report) }),
    rowTarget: { sheetName: read.sheet.sheetName, left: read.block.left, right: read.block.right },
    stats: { ...stats },
    ...extra,
  };
}

/** The user pressed Cancel (Cancelled), rather than Excel refusing a chunk. */
const cancelledByUser = (report: WriteReport) =>
  report.stoppedBy instanceof Error && report.stoppedBy.name === "Cancelled";

/** What a write that stopped before the end did and did not write; undefined when it went through. */
function stoppedMessage(action: ActionName, report: WriteReport): string | undefined {
  if (report.complete) return undefined;
  const { done, planned } = report.rows;
  const words = paneWords().stopped;
  return cancelledByUser(report)
    ? words.cancelled({ action, done, planned })
    : words.byExcel({ action, error: describeError(report.stoppedBy), done, planned });
}

/**
 * The note on a run whose write stopped ("cancelled: 2,157 of 20,000 rows written"), "" when it went through: in
 * the pane's words for the result's heading, in the workbook's (`words`) for the Audit line.
 */
export function stoppedAuditNote(report: WriteReport | undefined, words: PaneWords = paneWords()): string {
  if (report === undefined || report.complete) return "";
  const { done, planned } = report.rows;
  return cancelledByUser(report)
    ? words.stopped.auditCancelled({ done, planned })
    : words.stopped.auditByExcel({ done, planned });
}
