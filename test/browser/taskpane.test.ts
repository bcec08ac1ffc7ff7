/**
 * The task pane in a real browser: dist/taskpane.html in headless Debian Chromium under Microsoft's real
 * Office.js, inside the simulated Excel on the web (tools/fake-office). Fill VAT rates, Check shipment, Share costs and Pro forma on a sample shipment; the
 * workbook's contents, the summary, the user's cells left alone, refusals, cell text shown as text, the number of
 * syncs at 1,000 and 50,000 rows, payload retries and Cancel, and the pane outside Excel.
 */
import * as fs from "fs";
import * as path from "path";
import type { Frame } from "playwright-core";
import { exact } from "../../src/engine";
import {
  type CellValue,
  AUDIT_COLUMNS,
  OUTPUT_COLUMNS,
  PRO_FORMA_COLUMNS,
  checkShipment,
  outputCells,
  readSettings,
  shareShipmentCosts,
  sheetLayout,
} from "../../src/sheet";
import {
  type Seed,
  type SyncStats,
  ROOT,
  act,
  axeViolations,
  callCustomFunction,
  customFunctionIds,
  hook,
  hookValue,
  openPane,
  paneStats,
  screenshotPane,
  waitIdle,
} from "./harness";
import { describeInBrowser } from "./suite";
import { XSS, largeWorkbookInPage, sampleWorkbook } from "./sample";

const FIVE_MB = 5 * 1024 * 1024;
const ARTIFACTS = path.join(ROOT, "test-artifacts");

type Grid = (string | number | boolean)[][];

interface SheetSnapshot {
  name: string;
  values: Grid;
  formulas: Grid;
  formats: Record<string, { numberFormat?: string; fontBold?: boolean }>;
  conditionalFormats: {
    ranges: string[];
    rule: { formula1?: string; operator?: string };
    format: { fillColor?: string };
  }[];
  freezeRows: number;
  pageLayout: { values: Record<string, unknown>; printTitleRows: string | null };
}

interface WorkbookSnapshot {
  selection: string;
  activeSheet: string;
  sheets: SheetSnapshot[];
  settings: Record<string, unknown>;
}

const settings = readSettings({});

async function text(page: Frame, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, " ").trim();
}

async function sheetOf(page: Frame, name: string): Promise<SheetSnapshot> {
  return hook<SheetSnapshot>(page, "sheet", name);
}

async function openDetails(page: Frame, id: string): Promise<void> {
  if ((await page.getAttribute(`#${id}`, "open")) === null) await page.click(`#${id} > summary`);
}

describeInBrowser("task pane in Chromium", (suite) => {
  test("fills VAT rates, checks, shares costs and writes pro forma sheets, leaving the user's cells alone", async () => {
    const { pane: page, watch } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    expect(await page.getAttribute("#app", "data-state")).toBe("ready");
    expect(await text(page, "#source-info")).toContain("Shipment!A1:Q10");
    // The same page hosts the custom functions (shared runtime).
    expect(await customFunctionIds(page)).toEqual(expect.arrayContaining(["INVERSEVALUE", "VATRATE"]));
    const before = await sheetOf(page, "Shipment");

    // Fill VAT rates: only the empty cells; the typed 5.5 % and the formula stay.
    expect(await act(page, "#fill-vat")).toBe("done");
    const vat = await hook<Grid>(page, "getValues", "Shipment!L4:L10");
    expect(vat.map((cells) => cells[0])).toEqual([0.2, 0.19, 0.2, 0.055, 0.2, 0.2, 0.21]);
    expect((await hook<Grid>(page, "getFormulas", "Shipment!L8"))[0][0]).toBe("=0.1+0.1");
    expect((await hook<Grid>(page, "getNumberFormats", "Shipment!L4:L7")).map((cells) => cells[0])).toEqual([
      "0.0%",
      "0.0%",
      "0.0%",
      "General",
    ]);
    expect(await text(page, "#result-body")).toContain("Filled 5 empty VAT rate cells");

    // Check shipment: six columns right of the data with the sheet logic's figures and words.
    expect(await act(page, "#check")).toBe("done");
    const sheet = await hook<Grid>(page, "getValues", "Shipment!A1:W10");
    expect(sheet[2].slice(17, 23)).toEqual([...OUTPUT_COLUMNS]);
    const expected = checkShipment(sheet.map((cells) => cells.slice(0, 17)) as CellValue[][], settings, {
      firstRowNumber: 1,
    });
    expect(expected.rows).toHaveLength(7);
    for (const row of expected.rows) expect(sheet[row.row - 1].slice(17, 23)).toEqual(outputCells(row));
    expect(expected.rows.map((row) => row.status)).toEqual([
      "OK",
      "RISK",
      "RISK",
      "OK",
      "RISK",
      "ERROR",
      "REVIEW",
    ]);
    const formats = await hook<Grid>(page, "getNumberFormats", "Shipment!R4:W4");
    expect(formats[0]).toEqual(["0.00", "0.00%", "0.00", "@", "@", "@"]);

    // Status colours: conditional formats on U4:U10 only, no per-cell fill.
    const shipment = await sheetOf(page, "Shipment");
    expect(shipment.conditionalFormats).toHaveLength(4);
    for (const format of shipment.conditionalFormats) expect(format.ranges).toEqual(["U4:U10"]);
    expect(shipment.conditionalFormats.map((format) => format.rule.formula1).sort()).toEqual([
      '="ERROR"',
      '="OK"',
      '="REVIEW"',
      '="RISK"',
    ]);
    expect(Object.values(shipment.formats).some((format) => "fillColor" in format)).toBe(false);

    // The user's cells: formulas, notes, the other sheet.
    expect(shipment.formulas[9][0]).toBe('=UPPER("kettle-1")');
    expect(shipment.formulas[4][12]).toBe("=2*2");
    expect(shipment.values[3][16]).toBe("checked by Anna");
    for (let row = 0; row < 10; row++) {
      for (let column = 0; column < 17; column++) {
        if (column === 11) continue; // VAT rate: filled where empty
        expect([row, column, shipment.formulas[row]?.[column] ?? ""]).toEqual([
          row,
          column,
          before.formulas[row]?.[column] ?? "",
        ]);
      }
    }
    expect((await sheetOf(page, "Notes")).values).toEqual([["Keep this sheet"]]);

    // The summary in the pane, and cell text shown as text.
    const body = await text(page, "#result-body");
    expect(await text(page, ".counts")).toBe("2 OK 1 Review 3 Risk 1 Error");
    // The summary's facts in the words of the CLI and the Summary sheet (src/sheet/output-sheets.ts).
    expect(body).toContain("Under-declared HS codes 69120023, 85444290");
    expect(body).toContain(
      `Fine exposure EUR ${(expected.summary.fineExposure?.toNumber() ?? 0).toFixed(2)} 2 under-declared HS codes × EUR 250.00, offence 1`,
    );
    expect(body).toContain(`Outstanding duty EUR ${expected.summary.outstandingDuty.toFixed(2)}`);
    expect(body).toContain(
      "Shipments exposed to detention LGG-2, LGG-3 one inspection detains every item of a shipment",
    );
    expect(body).toContain("Ignored cost columns (not deductible) Advertising");
    expect(body).toContain("Rows to look at (5)");
    expect(body).toContain(`Row 6 · XSS-1 · ${XSS}`);
    expect(await page.$$("img")).toHaveLength(0);
    expect(watch.dialogs).toEqual([]);

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await screenshotPane(page, path.join(ARTIFACTS, "taskpane.png"));

    // A flagged row's entry selects the row, by click and by keyboard.
    await page.click('button[data-row="5"]');
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: Document }).document
          .getElementById("status")
          ?.textContent?.includes("Selected row 5") === true,
    );
    expect((await hook<WorkbookSnapshot>(page, "snapshot")).selection).toBe("Shipment!A5:Q5");
    await page.focus('button[data-row="9"]');
    await page.page().keyboard.press("Enter");
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: Document }).document
          .getElementById("status")
          ?.textContent?.includes("Selected row 9") === true,
    );
    expect((await hook<WorkbookSnapshot>(page, "snapshot")).selection).toBe("Shipment!A9:Q9");

    // Share costs over shipment LGG-1: a Freight column is created and only its rows get a share.
    await openDetails(page, "share-section");
    await page.fill("#share-freight", "100");
    await page.fill("#share-shipment", "LGG-1");
    expect(await act(page, "#share")).toBe("done");
    const afterShare = await hook<Grid>(page, "getValues", "Shipment!A1:X10");
    expect(afterShare[2][23]).toBe("Freight");
    const sharing = shareShipmentCosts(
      afterShare.map((cells) => cells.slice(0, 17)) as CellValue[][],
      sheetLayout(afterShare.map((cells) => cells.slice(0, 17)) as CellValue[][]),
      { freight: exact(100), lastMile: exact(0), handling: exact(0) },
      { shipment: "LGG-1" },
    );
    if (!sharing.ok) throw new Error(sharing.problems.join("; "));
    expect(sharing.shares.map((share) => share.row)).toEqual([4, 7]);
    for (const share of sharing.shares)
      expect(afterShare[share.row - 1][23]).toBe(share.perUnit.freight.toNumber());
    expect(afterShare.slice(4, 6).map((cells) => cells[23])).toEqual(["", ""]);
    // Shared again: the cells hold what the add-in wrote, so they may be replaced. The amount in the money format.
    await page.fill("#share-freight", "1250,4");
    expect(await act(page, "#share")).toBe("done");
    expect(await text(page, "#result-body")).toContain(
      "Shared Freight EUR 1,250.40 over rows 4, 7 of shipment LGG-1",
    );
    await page.fill("#share-freight", "120");
    expect(await act(page, "#share")).toBe("done");

    // Checked again: updated in place, the freight now deducted.
    expect(await act(page, "#check")).toBe("done");
    const rechecked = await hook<Grid>(page, "getValues", "Shipment!A1:Y10");
    expect(rechecked[2].slice(17, 24)).toEqual([...OUTPUT_COLUMNS, "Freight"]);
    expect(rechecked[2][24]).toBe("");
    const expectedAgain = checkShipment(
      rechecked.map((cells) => [...cells.slice(0, 17), cells[23]]) as CellValue[][],
      settings,
      { firstRowNumber: 1 },
    );
    for (const row of expectedAgain.rows)
      expect(rechecked[row.row - 1].slice(17, 23)).toEqual(outputCells(row));

    // Pro forma: a sheet per shipment with totals, bold header and totals, money formats and print settings.
    expect(await act(page, "#pro-forma")).toBe("done");
    const proForma = await sheetOf(page, "Pro forma LGG-1");
    const headerIndex = proForma.values.findIndex((cells) => cells[0] === "SKU");
    // The sheet's own columns: deductions that are nil on every line of LGG-1 are left out.
    expect(proForma.values[headerIndex]).toEqual(
      PRO_FORMA_COLUMNS.filter((name) => !["Packaging", "Last mile", "Handling"].includes(name)),
    );
    expect(proForma.values[headerIndex + 1][0]).toBe("LAMP-9");
    expect(proForma.values[headerIndex + 3][0]).toBe("Totals");
    expect(proForma.formats[`A${headerIndex + 1}`]?.fontBold).toBe(true);
    expect(proForma.formats[`A${headerIndex + 4}`]?.fontBold).toBe(true);
    expect(proForma.formats[`E${headerIndex + 2}`]?.numberFormat).toBe("#,##0.00");
    expect(proForma.pageLayout.values.orientation).toBe("Landscape");
    // Twelve columns: A4 landscape at 100 %, not shrunk to fit.
    expect(proForma.pageLayout.values.zoom).toMatchObject({ scale: 100 });
    expect(proForma.pageLayout.printTitleRows).toContain(`${headerIndex + 1}:`);
    expect(proForma.freezeRows).toBe(headerIndex + 1);
    const names = () =>
      hook<WorkbookSnapshot>(page, "snapshot").then((snapshot) => snapshot.sheets.map((item) => item.name));
    expect(await names()).toEqual([
      "Shipment",
      "Notes",
      "Audit",
      "Pro forma LGG-1",
      "Pro forma LGG-3",
      "Pro forma LGG-2",
    ]);
    // Run again: the add-in's own sheets are replaced, not duplicated.
    expect(await act(page, "#pro-forma")).toBe("done");
    expect(await names()).toEqual([
      "Shipment",
      "Notes",
      "Audit",
      "Pro forma LGG-1",
      "Pro forma LGG-3",
      "Pro forma LGG-2",
    ]);

    // Audit: one line per run, under the AUDIT_COLUMNS header.
    const audit = await sheetOf(page, "Audit");
    expect(audit.values[0]).toEqual([...AUDIT_COLUMNS]);
    expect(audit.values.slice(1).map((cells) => String(cells[1]).replace(/^.*\((.*)\)$/, "$1"))).toEqual([
      "Fill VAT rates",
      "Check shipment",
      "Share costs LGG-1",
      "Share costs LGG-1",
      "Share costs LGG-1",
      "Check shipment",
      "Pro forma",
      "Pro forma",
    ]);
    expect(audit.values[2].slice(2, 7)).toEqual([7, 2, 1, 3, 1]);
    // The time of each run: an Excel date-time (local time), shown to the second.
    expect(typeof audit.values[1][0]).toBe("number");
    expect(audit.formats.A2?.numberFormat).toBe("yyyy-mm-dd hh:mm:ss");

    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    // The real Office.js loaded everything it needed within the pane's Content-Security-Policy, from nowhere else.
    expect(watch.cspViolations).toEqual([]);
    expect(watch.blocked).toEqual([]);
  }, 120_000);

  test("under the real Office.js every function of functions.json is associated in the pane's page and callable", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    const metadata = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    expect((await customFunctionIds(page)).sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    // Worked example of the README: 49.90 to Germany, 0.40 + 3.20 + 1.50 of costs, 4.7 % duty.
    expect(
      await callCustomFunction(page, "INVERSEVALUE", 49.9, "DE", [[0.4]], [[3.2]], [[1.5]], 0.047, null),
    ).toEqual({ value: expect.any(Number) });
    expect(await callCustomFunction(page, "VATRATE", "BE", "2026-11-21")).toEqual({ value: 0.21 });
    expect(await callCustomFunction(page, "ASIN", "https://www.amazon.de/dp/B08N5WRWNW")).toEqual({
      value: "B08N5WRWNW",
    });
    // Bad input is Excel's #VALUE! with the field and the fix (CustomFunctions.Error of the real runtime).
    expect(await callCustomFunction(page, "NETPRICE", "abc", "DE")).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("price"),
    });
  }, 60_000);

  test("asks before writing over a cell typed into the add-in's columns, naming it; keeps it or overwrites it", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    expect(await act(page, "#check")).toBe("done");
    // Sorting the rows (here: reversing them) moves the add-in's cells with them: still the add-in's own.
    const rows = await hook<Grid>(page, "getValues", "Shipment!A4:W10");
    await hook(page, "setValues", "Shipment!A4:W10", [...rows].reverse());
    expect(await act(page, "#check")).toBe("done");
    expect((await hook<Grid>(page, "getValues", "Shipment!A4:A10")).map((cells) => cells[0])[0]).toBe(
      "KETTLE-1",
    );
    await hook(page, "setValues", "Shipment!V6", [["my own note"]]);
    const before = await hook<WorkbookSnapshot>(page, "snapshot");
    // The question, beside the action, with the focus on it; nothing written yet.
    expect(await act(page, "#check")).toBe("question");
    expect(await page.getAttribute("#action-message", "data-question")).toBe("typedCells");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("action-message");
    expect(await text(page, "#action-message")).toContain(
      'A cell of the add-in\'s column "Flags" was typed into since its last run: V6 ("my own note").',
    );
    expect(
      await page.$$eval("#action-message button", (buttons) => buttons.map((b) => b.textContent)),
    ).toEqual(["Keep my cell", "Overwrite it", "Not now"]);
    expect(await hook<WorkbookSnapshot>(page, "snapshot")).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    // Not now: nothing written, the question gone.
    await page.click("#action-message button[data-answer=later]");
    expect(await page.isHidden("#action-message")).toBe(true);
    expect(await hook<WorkbookSnapshot>(page, "snapshot")).toEqual(before);
    // Keep: the check writes every other cell, and the next run leaves the note without asking.
    expect(await act(page, "#check")).toBe("question");
    await page.click("#action-message button[data-answer=keep]");
    expect(await waitIdle(page)).toBe("done");
    expect((await hook<Grid>(page, "getValues", "Shipment!V6"))[0][0]).toBe("my own note");
    expect(await text(page, "#result-body")).toContain(
      "Left 1 cell you typed into the add-in's columns as it is",
    );
    expect(await act(page, "#check")).toBe("done");
    expect((await hook<Grid>(page, "getValues", "Shipment!V6"))[0][0]).toBe("my own note");
    // Overwrite: another typed cell is asked about, and written over when the user says so.
    await hook(page, "setValues", "Shipment!V7", [["another note"]]);
    expect(await act(page, "#check")).toBe("question");
    expect(await text(page, "#action-message")).toContain('V7 ("another note")');
    await page.click("#action-message button[data-answer=overwrite]");
    expect(await waitIdle(page)).toBe("done");
    expect((await hook<Grid>(page, "getValues", "Shipment!V7"))[0][0]).not.toBe("another note");
    expect((await hook<Grid>(page, "getValues", "Shipment!V6"))[0][0]).toBe("my own note");
  }, 90_000);

  test("never renames or replaces a user's sheet with a pro forma sheet's name", async () => {
    const workbook = sampleWorkbook();
    workbook.sheets?.push({ name: "Pro forma LGG-2", values: [["my own pro forma"]] });
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook });
    expect(await act(page, "#pro-forma")).toBe("done");
    expect((await sheetOf(page, "Pro forma LGG-2")).values).toEqual([["my own pro forma"]]);
    expect((await sheetOf(page, "Pro forma LGG-2 (2)")).values.some((cells) => cells[0] === "CABLE-7")).toBe(
      true,
    );
    expect(await text(page, "#result-body")).toContain(
      'A sheet of yours already had the name "Pro forma LGG-2"',
    );
  }, 60_000);

  test("keeps settings and the column mapping in the workbook, and names the field of a bad setting", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    await openDetails(page, "settings-section");
    await page.fill("#tolerance", "abc");
    expect(await act(page, "#check")).toBe("error");
    expect(await text(page, "#settings-error")).toBe(
      'Settings, tolerance: "abc" is not a number. Enter the tolerance in EUR per unit, e.g. 0.05',
    );
    expect(await page.getAttribute("#tolerance", "aria-invalid")).toBe("true");
    await page.fill("#tolerance", "0.10");
    await page.selectOption("#offence-level", "2");
    await page.fill("#exchange-rates", "SEK 11.39");
    await page.click("#save-settings");
    expect(await text(page, "#settings-error")).toContain("exchange rates");
    await page.fill("#exchange-rates", "SEK=11.39");
    await page.click("#save-settings");
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: Document }).document.getElementById("status")?.textContent ===
        "Settings saved in this workbook.",
    );

    // Correct the mapping: the notes column is not the description.
    await openDetails(page, "mapping-section");
    await page.selectOption("#map-description", { label: "Notes (Q)" });
    await waitIdle(page);
    expect(await act(page, "#check")).toBe("done");
    // Tolerance 0.10: CABLE-7 (0.06 below) is no longer under-declared; offence 2: EUR 500 per HS code.
    expect(await text(page, "#result-body")).toContain(
      "Under-declared HS codes 69120023 Fine exposure EUR 500.00 1 under-declared HS code × EUR 500.00, offence 2",
    );
    // Descriptions now come from Notes, empty on row 5.
    expect(await text(page, 'button[data-row="5"] .row-title')).toMatch(/^Risk Row 5 · MUG-2\b/);
    expect(await text(page, 'button[data-row="5"] + .explanation')).toMatch(/^Declared EUR 4\.00/);

    // A colleague opens the saved workbook: the same settings and mapping.
    const saved = (await hook<WorkbookSnapshot>(page, "snapshot")).settings;
    const { pane: colleague } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook({ settings: saved }),
    });
    expect(await colleague.inputValue("#tolerance")).toBe("0.1");
    expect(await colleague.inputValue("#offence-level")).toBe("2");
    expect(await colleague.inputValue("#exchange-rates")).toBe("SEK=11.39");
    expect(await colleague.inputValue("#map-description")).toBe("16");
  }, 60_000);

  test("checks an Excel table and writes its results next to it", async () => {
    const workbook = sampleWorkbook({ tables: [{ address: "Shipment!A3:Q10", name: "Lines" }] });
    workbook.sheets?.[0].values?.push([], ["Total", null, null, null, null, null, null, "=SUM(H4:H10)"]);
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook });
    await page.selectOption("#source", "table:Lines");
    await waitIdle(page);
    expect(await text(page, "#source-info")).toContain("Shipment!A3:Q10");
    expect(await act(page, "#check")).toBe("done");
    expect(await text(page, "#status")).toContain("Checked 7 rows");
    const values = await hook<Grid>(page, "getValues", "Shipment!R3:W3");
    expect(values[0]).toEqual([...OUTPUT_COLUMNS]);
  }, 60_000);

  test("fills VAT rates of the selected cells only, in a VAT rate column it adds", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbookBuilder: { fn: largeWorkbookInPage, arg: 20 },
    });
    await hook(page, "setSelection", "Shipment!A1:R11");
    await page.selectOption("#source", "selection");
    await waitIdle(page);
    expect(await text(page, "#source-info")).toContain("Shipment!A1:R11");
    expect(await act(page, "#fill-vat")).toBe("done");
    const values = await hook<Grid>(page, "getValues", "Shipment!F1:S21");
    expect(values[0][13]).toBe("VAT rate");
    const rates: Record<string, number> = {
      DE: 0.19,
      FR: 0.2,
      IT: 0.22,
      ES: 0.21,
      NL: 0.21,
      BE: 0.21,
      PL: 0.23,
      SE: 0.25,
    };
    for (let row = 1; row <= 10; row++) expect(values[row][13]).toBe(rates[String(values[row][0])]);
    for (let row = 11; row <= 20; row++) expect(values[row][13]).toBe("");
    expect(await text(page, "#result-body")).toContain('Added the column "VAT rate" (S)');
    // Checked afterwards, the selection still finds the column the add-in added next to it.
    expect(await act(page, "#check")).toBe("done");
    expect((await hook<Grid>(page, "getValues", "Shipment!T1:Y1"))[0]).toEqual([...OUTPUT_COLUMNS]);
    expect(await text(page, "#status")).toContain("Checked 10 rows");
  }, 60_000);

  test("the number of syncs does not grow with the rows: 1,000 and 50,000 rows", async () => {
    const measure = async (rows: number) => {
      const { pane: page } = await openPane(suite.browser, suite.served, {
        workbookBuilder: { fn: largeWorkbookInPage, arg: rows },
      });
      await hook(page, "resetStats");
      const started = Date.now();
      expect(await act(page, "#check", 170_000)).toBe("done");
      const seconds = (Date.now() - started) / 1000;
      const stats = await hookValue<SyncStats>(page, "stats");
      const pane = await paneStats(page);
      const status = await text(page, "#status");
      await page.page().close();
      return { rows, seconds, stats, pane, status };
    };
    const small = await measure(1_000);
    const large = await measure(50_000);
    console.log(
      [small, large]
        .map(
          ({ rows, seconds, stats, pane }) =>
            `${rows} rows: ${stats.syncs} syncs (${pane.readChunks} read + ${pane.writeChunks} write chunks), largest request ${stats.largestRequestBytes} B, largest response ${stats.largestResponseBytes} B, ${seconds.toFixed(1)} s`,
        )
        .join("\n"),
    );
    expect(large.status).toContain("Checked 50,000 rows");
    for (const run of [small, large]) {
      expect(run.stats.syncs).toBe(run.pane.syncs);
      expect(run.stats.failedSyncs).toBe(0);
      expect(run.pane.retries).toBe(0);
      expect(run.stats.largestRequestBytes).toBeLessThan(FIVE_MB);
      expect(run.stats.largestResponseBytes).toBeLessThan(FIVE_MB);
      expect(run.stats.calculationSuspendedSyncs).toBeGreaterThanOrEqual(run.pane.writeChunks);
    }
    // Beyond the chunks, the same fixed number of syncs at 1,000 and at 50,000 rows.
    const fixed = (run: typeof small) => run.stats.syncs - run.pane.readChunks - run.pane.writeChunks;
    expect(fixed(large)).toBe(fixed(small));
    expect(small.pane.readChunks + small.pane.writeChunks).toBe(2);
    expect(large.stats.syncs).toBeLessThan(30);
  }, 200_000);

  test("retries a chunk smaller when Excel says it is too large, and says what was written after Cancel", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbookBuilder: { fn: largeWorkbookInPage, arg: 4_000 },
      fake: { payloadLimitBytes: 400_000 },
    });
    await hook(page, "resetStats");
    expect(await act(page, "#check")).toBe("done");
    const pane = await paneStats(page);
    const log = await hookValue<{ error?: string }[]>(page, "log");
    expect(pane.retries).toBeGreaterThan(0);
    expect(
      log.some(
        (entry) =>
          entry.error === "RequestPayloadSizeLimitExceeded" ||
          entry.error === "ResponsePayloadSizeLimitExceeded",
      ),
    ).toBe(true);
    expect((await hook<Grid>(page, "getValues", "Shipment!V4001"))[0][0]).not.toBe("");

    // Slow sheet, small chunks: Cancel stops between chunks and says what was written.
    await hook(page, "setLatency", 200);
    await hook(page, "setPayloadLimit", 150_000);
    await page.click("#check");
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: Document }).document
          .getElementById("progress-label")
          ?.textContent?.startsWith("Writing results") === true,
      undefined,
      { timeout: 60_000 },
    );
    // The progress counts the 4,000 product rows, not the header row above them.
    expect(await text(page, "#progress-label")).toMatch(/^Writing results: [\d,]+ of 4,000 rows$/);
    await page.click("#cancel");
    expect(await waitIdle(page)).toBe("cancelled");
    const stopped = await text(page, "#result-body");
    expect(stopped).toMatch(
      /You cancelled: results went into [\d,]+ of 4,000 rows; the other rows were not written/,
    );
    const written = /went into ([\d,]+) of/.exec(stopped)?.[1] as string;
    expect(await text(page, "#result-heading")).toBe(
      `Result: Check shipment (cancelled: ${written} of 4,000 rows written)`,
    );
    expect(await text(page, "#status")).toContain("Check shipment cancelled:");
    // The Audit line records the run as cancelled, with the rows written.
    const audit = (await hook<Grid>(page, "getValues", "Audit!B1:B20")).filter((line) => line[0] !== "");
    expect(audit[audit.length - 1][0]).toMatch(
      new RegExp(`\\(Check shipment; cancelled: ${written} of 4,000 rows written\\)$`),
    );
    await hook(page, "setLatency", 0);
    expect(await act(page, "#check")).toBe("done");
    expect(await text(page, "#status")).toContain("Checked 4,000 rows");
  }, 120_000);

  test("with no Office theme (Excel on the web gives none) it follows the system's light or dark scheme", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook(),
      colorScheme: "dark",
    });
    const background = () =>
      page.evaluate(() => {
        const { document, getComputedStyle } = globalThis as unknown as Window & typeof globalThis;
        return getComputedStyle(document.body).backgroundColor;
      });
    expect(await page.evaluate(() => typeof Office.context.officeTheme)).toBe("undefined");
    expect(await page.getAttribute("html", "data-theme")).toBeNull();
    const dark = await background();
    await page.page().emulateMedia({ colorScheme: "light" });
    const light = await background();
    // The sum of the red, green and blue channels of "rgb(r, g, b)".
    const luminance = (colour: string) =>
      (colour.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, channel) => sum + Number(channel), 0);
    expect(luminance(dark)).toBeLessThan(200);
    expect(luminance(light)).toBeGreaterThan(600);
  }, 60_000);

  test("outside Excel (the real Office.js in a plain browser) it says so and does nothing else", async () => {
    const { pane: page, watch } = await openPane(suite.browser, suite.served, {
      outsideExcel: true,
      waitReady: false,
    });
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: Document }).document.getElementById("app")?.dataset.state ===
        "not-in-excel",
      undefined,
      { timeout: 30_000 },
    );
    expect(await text(page, "#status")).toBe(
      "This add-in works inside Excel. Open it from Excel: Home › Check Shipment.",
    );
    expect(await page.isVisible("#pane")).toBe(false);
    expect(await page.isVisible("#check")).toBe(false);
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    // Nothing but the page and Office.js's own files was asked for.
    expect(watch.blocked).toEqual([]);
  }, 60_000);
});

export type { Seed };
