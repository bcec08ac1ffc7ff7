import { type SheetLayout } from "../sheet";
import { type CheckReport } from "./evaluation";
import { type SurveyedInput } from "./input";

/** What a finished check gives the summaries: the report, the sheet as read, where its columns are, the output. */
export interface CheckResult {
  readonly report: CheckReport;
  readonly input: SurveyedInput;
  readonly layout: SheetLayout;
  readonly out: string;
  /** Cells of the checked sheet whose text held characters XML forbids: the first few, and how many. */
  readonly cleaned: { readonly cells: readonly string[]; readonly count: number };
  /** Sheets that go on in other sheets beyond Excel's rows, said in the command's language. */
  readonly splits: readonly string[];
}
