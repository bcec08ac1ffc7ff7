/**
 * The pane's sheet check in steps (check-in-steps.ts): the same rows, flags and summary as the one-go check of
 * src/sheet, with a turn of the event loop between steps, so that a 50,000-row check never blocks Excel for seconds.
 */
import { type CellValue, checkSheetRows, sheetLayout } from "../../src/sheet";
import { isRefusal } from "../../taskpane/actions/action-result";
import { checkTargets, planCheck } from "../../taskpane/actions/check";
import {
  CHECK_STEP_ROWS,
  batchSteps,
  checkSheetRowsInSteps,
  yieldToEventLoop,
} from "../../taskpane/actions/check-in-steps";
import { Cancelled, type ExcelBatch } from "../../taskpane/excel-adapter";
import { inputsFor, sheetRead, type Worksheet } from "./sheet-cells";

const HEADER = ["SKU", "HS code", "Destination", "Sales link", "Selling price", "Declared value", "Shipment"];
const COUNTRIES = ["DE", "FR", "NL", "FI", "XX"];

/** A shipment sheet of `rows` lines: shipments of 7 rows across step boundaries, some under-declared (RISK, which
 * detains the rest of its shipment), some with errors, notes and blank rows. */
function shipmentSheet(rows: number): CellValue[][] {
  const values: CellValue[][] = [["Shipment list, week 12"], [], HEADER];
  for (let i = 0; i < rows; i++) {
    if (i % 97 === 13) {
      values.push([]);
      continue;
    }
    if (i % 211 === 5) {
      values.push(["Note: the lines below were repacked"]);
      continue;
    }
    const country = COUNTRIES[i % COUNTRIES.length];
    const price = i % 53 === 0 ? "n/a" : 20 + (i % 37) * 3.5;
    const declared = i % 11 === 0 ? 1 : 100;
    values.push([
      `SKU-${i}`,
      i % 17 === 0 ? "9405" : "94052140",
      country,
      `https://www.amazon.${country.toLowerCase()}/dp/B08N5WRWNW`,
      price,
      declared,
      `LGG-${Math.floor(i / 7)}`,
    ]);
  }
  return values;
}

const { settings } = inputsFor({ vatDeferral: false });

test("gives the one-go check's rows, flags and summary, whatever the size of the steps", async () => {
  const values = shipmentSheet(2_000);
  const layout = sheetLayout(values);
  const options = { firstRowNumber: 1 };
  const oneGo = checkSheetRows(values, layout, settings, options);
  expect(oneGo.rows.some((row) => row.flags.includes("SHIPMENT_DETENTION"))).toBe(true);
  for (const size of [1, 250, 999, 10_000]) {
    const pause = jest.fn(() => Promise.resolve());
    const inSteps = await checkSheetRowsInSteps(values, layout, settings, options, { rows: size, pause });
    expect(inSteps).toEqual(oneGo);
    // The work is split: a pause between every two steps, with how far the check got.
    expect(pause).toHaveBeenCalledTimes(Math.ceil(values.length / size) - 1);
    if (size === 250) expect(pause.mock.calls[0]).toEqual([250, values.length]);
  }
});

test("a layout mapped from the header alone learns its decimal marks as checkSheetRows does", async () => {
  const sheet: Worksheet = { values: shipmentSheet(400) };
  const read = sheetRead(sheet, checkTargets);
  expect(read.layout.decimalMarks).toBeUndefined();
  const oneGo = checkSheetRows(read.values, read.layout, settings);
  expect(await checkSheetRowsInSteps(read.values, read.layout, settings, {}, { rows: 64 })).toEqual(oneGo);
});

test("Check shipment's plan checks in steps, with the same plan as without them", async () => {
  const read = sheetRead({ values: shipmentSheet(600) }, checkTargets);
  const pause = jest.fn(() => Promise.resolve());
  const stepped = await planCheck(read, settings, { rows: 100, pause });
  const whole = await planCheck(read, settings, { rows: 1_000_000 });
  if (isRefusal(stepped) || isRefusal(whole) || "question" in stepped || "question" in whole)
    throw new Error("refused");
  // rates.formulaAt is a closure of each plan: the rest compares as data.
  const { rates: steppedRates, ...steppedPlan } = stepped;
  const { rates: wholeRates, ...wholePlan } = whole;
  expect(steppedPlan).toEqual(wholePlan);
  expect(steppedRates.own).toEqual(wholeRates.own);
  expect(pause.mock.calls.length).toBe(Math.ceil(read.values.length / 100) - 1);
});

test("by default it yields to the event loop (a timer) between steps of CHECK_STEP_ROWS rows", async () => {
  const values = shipmentSheet(CHECK_STEP_ROWS * 2 + 10);
  const timers = jest.spyOn(global, "setTimeout");
  try {
    await checkSheetRowsInSteps(values, sheetLayout(values), settings);
    expect(timers).toHaveBeenCalledTimes(Math.ceil(values.length / CHECK_STEP_ROWS) - 1);
    expect(timers.mock.calls.every(([, delay]) => delay === 0)).toBe(true);
  } finally {
    timers.mockRestore();
  }
  await expect(yieldToEventLoop()).resolves.toBeUndefined();
});

describe("inside an action (batchSteps)", () => {
  const batchWith = (cancelled: boolean) => {
    const progress = jest.fn();
    const batch = { control: { cancelled: () => cancelled, progress }, throwIfCancelled: () => {} };
    batch.throwIfCancelled = () => {
      if (cancelled) throw new Cancelled();
    };
    return { batch: batch as unknown as ExcelBatch, progress };
  };

  test("shows progress and stops on Cancel between steps, before anything is written", async () => {
    const { batch, progress } = batchWith(true);
    const values = shipmentSheet(500);
    await expect(
      checkSheetRowsInSteps(values, sheetLayout(values), settings, {}, { ...batchSteps(batch), rows: 100 }),
    ).rejects.toBeInstanceOf(Cancelled);
    expect(progress).toHaveBeenCalledWith(100, values.length, `Checking: 100 of ${values.length} rows`);
  });

  test("after an action's writes it does not stop on Cancel (the record of what was written must follow)", async () => {
    const { batch } = batchWith(true);
    const values = shipmentSheet(500);
    const steps = { ...batchSteps(batch, { phase: "summingUp", cancellable: false }), rows: 100 };
    await expect(checkSheetRowsInSteps(values, sheetLayout(values), settings, {}, steps)).resolves.toEqual(
      checkSheetRows(values, sheetLayout(values), settings),
    );
  });
});
