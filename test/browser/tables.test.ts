/**
 * The task pane on an Excel table whose host grows tables over the columns written right of them, as desktop Excel's
 * AutoCorrect "Include new rows and columns in table" does with an add-in's writes too (fake-office's option
 * tableAutoExpand; office-js #2093, #6745, and #3191 for rows below). Check shipment writes its six columns next to the
 * table and the table takes them in; Check shipment again, Fill VAT rates, Pro forma and Share costs then find the
 * add-in's columns inside the table by their headers and do what they do where the table stays as it is (Excel on the
 * web): no refusal, no second set of columns, no output read as input, the user's rows below the table untouched.
 */
import type { Frame } from "playwright-core";
import { OUTPUT_COLUMNS } from "../../src/sheet";
import { type Seed, act, hook, openPane, waitIdle } from "./harness";
import { HEADER, sampleWorkbook } from "./sample";
import { type BrowserSuite, describeInBrowser } from "./suite";

type Grid = (string | number | boolean)[][];

interface WorkbookSnapshot {
  sheets: { name: string; values: Grid }[];
  tables: { name: string; address: string; headers: string[] }[];
}

/** What one action did: the pane's state, its status line and result, and the table and cells after it. */
interface Step {
  state: string;
  status: string;
  result: string;
  source: string;
  table: { address: string; headers: string[] };
  /** Shipment!R3:AE12: the add-in's columns, what is right of them, and the rows below the table. */
  right: Grid;
}

/** Row 11 blank, row 12 a total line of the user's, below the table (rows 3-10). */
const BELOW: Grid = [[], ["Total", "", "", "", "", "", "", "=SUM(H4:H10)"]];

function workbook(): Seed {
  const seed = sampleWorkbook({ tables: [{ address: "Shipment!A3:Q10", name: "Lines" }] });
  seed.sheets?.[0].values?.push(...BELOW);
  return seed;
}

async function text(page: Frame, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, " ").trim();
}

const ACTIONS = ["#check", "#check", "#fill-vat", "#pro-forma", "#share", "#check"] as const;

/** Runs the actions on the table "Lines"; returns each step and the workbook's sheets at the end. */
async function run(
  suite: BrowserSuite,
  tableAutoExpand: boolean,
): Promise<{ steps: Step[]; sheets: WorkbookSnapshot["sheets"] }> {
  const { pane: page } = await openPane(suite.browser, suite.served, {
    workbook: workbook(),
    fake: { tableAutoExpand },
  });
  await page.selectOption("#source", "table:Lines");
  await waitIdle(page);
  const steps: Step[] = [];
  for (const action of ACTIONS) {
    if (action === "#share") {
      if ((await page.getAttribute("#share-section", "open")) === null)
        await page.click("#share-section > summary");
      await page.fill("#share-freight", "100");
    }
    const state = await act(page, action);
    const snapshot = await hook<WorkbookSnapshot>(page, "snapshot");
    const table = snapshot.tables.find((item) => item.name === "Lines")!;
    steps.push({
      state,
      status: await text(page, "#status"),
      result: await text(page, "#result-body"),
      source: await text(page, "#source-info"),
      table: { address: table.address, headers: table.headers },
      right: await hook<Grid>(page, "getValues", "Shipment!R3:AE12"),
    });
  }
  const { sheets } = await hook<WorkbookSnapshot>(page, "snapshot");
  // The Audit sheet records the time of each run.
  return { steps, sheets: sheets.filter((sheet) => sheet.name !== "Audit") };
}

describeInBrowser("task pane on a table that grows over the columns written next to it", (suite) => {
  test("Check shipment, again, Fill VAT rates, Pro forma and Share costs: the add-in's columns found inside the table", async () => {
    const grown = await run(suite, true);
    const [first, second, vat, proForma, share, last] = grown.steps;
    for (const step of grown.steps) expect(step.state).toBe("done");

    // Check shipment: six columns R-W, which the table takes in under the pane's own headers.
    expect(first!.status).toContain("Checked 7 rows");
    expect(first!.right[0]!.slice(0, 6)).toEqual([...OUTPUT_COLUMNS]);
    expect(first!.table).toEqual({
      address: "Shipment!A3:W10",
      headers: [...HEADER, ...OUTPUT_COLUMNS],
    });
    // From then on the table is the source, the add-in's columns included; they are not read as input columns.
    expect(second!.source).toBe("Shipment!A3:W10: 23 columns, 15 recognised.");

    // Check shipment again: the same cells updated in place, nothing written right of them.
    expect(second!.result).toContain("Updated the columns R–W in place");
    expect(second!.right).toEqual(first!.right);
    expect(second!.table).toEqual(first!.table);
    for (const row of first!.right.slice(0, 8)) expect(row.slice(6)).toEqual(Array(8).fill(""));

    // Fill VAT rates and Pro forma add no column; Share costs adds Freight, which the table takes in too.
    expect(vat!.table).toEqual(first!.table);
    expect(proForma!.table).toEqual(first!.table);
    expect(share!.table).toEqual({
      address: "Shipment!A3:X10",
      headers: [...HEADER, ...OUTPUT_COLUMNS, "Freight"],
    });
    expect(last!.status).toContain("Checked 7 rows");
    expect(last!.right[0]!.slice(0, 8)).toEqual([...OUTPUT_COLUMNS, "Freight", ""]);

    // The user's rows below the table are as they were.
    expect(last!.right.slice(8)).toEqual([Array(14).fill(""), Array(14).fill("")]);
    const below = grown.sheets.find((sheet) => sheet.name === "Shipment")!.values.slice(10, 12);
    expect(below.map((row) => row.slice(0, 8))).toEqual([Array(8).fill(""), BELOW[1]]);

    // Everything else is as where the table does not grow (Excel on the web): results, sheets, pro forma sheets.
    const kept = await run(suite, false);
    expect(kept.steps.map((step) => step.table.address)).toEqual(
      Array(ACTIONS.length).fill("Shipment!A3:Q10"),
    );
    const withoutSource = (step: Step) => ({
      ...step,
      table: undefined,
      source: step.source.replace(/^Shipment!A3:[A-Z]+10/, ""),
      result: step.result.replace(/Shipment!A3:[A-Z]+10/g, ""),
    });
    expect(grown.steps.map(withoutSource)).toEqual(kept.steps.map(withoutSource));
    expect(grown.sheets).toEqual(kept.sheets);
  }, 120_000);
});
