/**
 * The sheet check of src/sheet (ShipmentChecker, as checkSheetRows runs it), fed a few thousand rows at a time with a
 * turn of the event loop between: at 21–30k rows/s, 50,000 rows in one go would block the page for about 2 s, while
 * desktop Office restarts an add-in unresponsive for 5 s and the custom functions (same runtime) show #BUSY!
 * meanwhile. The results are the one-go check's (test/taskpane/check-in-steps.test.ts).
 */
import {
  type CellValue,
  type RowCheck,
  type Settings,
  type SheetLayout,
  type ShipmentCheck,
  type ShipmentCheckerOptions,
  finishSheetCheck,
  sheetRowsChecker,
} from "../../src/sheet";
import { type ExcelBatch } from "../excel-adapter";
import { type ProgressPhase, progressLabel } from "../pane-language";

/** Rows checked between two turns of the event loop: about 0.1 s of work. */
export const CHECK_STEP_ROWS = 2_000;

/** Lets the page breathe: Excel's messages, a click on Cancel, the custom functions' calls. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How a long check is cut: rows per step, and what runs between two steps (a yield; it may also throw Cancelled). */
export interface CheckSteps {
  readonly rows?: number;
  /** Called between steps with the rows checked so far and the rows in all. */
  readonly pause?: (done: number, total: number) => Promise<void>;
}

/** checkSheetRows, in steps: the same rows, flags and summary, with a pause every `steps.rows` rows. */
export async function checkSheetRowsInSteps(
  values: readonly (readonly CellValue[])[],
  layout: SheetLayout,
  settings: Settings,
  options: Omit<ShipmentCheckerOptions, "shipmentEnds"> = {},
  steps: CheckSteps = {},
): Promise<ShipmentCheck> {
  const { layout: marked, checker } = sheetRowsChecker(values, layout, settings, options);
  const size = Math.max(1, Math.floor(steps.rows ?? CHECK_STEP_ROWS));
  const pause = steps.pause ?? (() => yieldToEventLoop());
  const settled: RowCheck[] = [];
  for (let start = 0; start < values.length; start += size) {
    if (start > 0) await pause(start, values.length);
    for (const row of checker.add(values.slice(start, start + size), start)) settled.push(row);
  }
  return finishSheetCheck(marked, checker, settled);
}

/**
 * The steps of a check inside an action: progress on the pane and a yield between steps, and Cancel honoured there
 * when the check comes before the action writes anything (`cancellable`; after its writes, the action must still
 * record what it wrote).
 */
export function batchSteps(
  batch: ExcelBatch,
  { phase = "checking", cancellable = true }: { phase?: ProgressPhase; cancellable?: boolean } = {},
): CheckSteps {
  return {
    pause: async (done, total) => {
      batch.control.progress(done, total, progressLabel(phase, done, total));
      await yieldToEventLoop();
      if (cancellable) batch.throwIfCancelled();
    },
  };
}
