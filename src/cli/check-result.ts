import { type SheetLayout } from "../sheet";
import { type CheckReport } from "./evaluation";
import { type InputSheet } from "./input";

/** What a finished check gives the summaries: the report, the sheet as read, where its columns are, the output. */
export interface CheckResult {
  readonly report: CheckReport;
  readonly input: InputSheet;
  readonly layout: SheetLayout;
  readonly out: string;
  /** Cells of the checked sheet whose text held characters XML forbids: the first few, and how many. */
  readonly cleaned: { readonly cells: readonly string[]; readonly count: number };
}
