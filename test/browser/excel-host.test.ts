/**
 * What the pane meets in Excel beyond one click: another sheet becoming active, the pane shown again after running
 * hidden (the shared runtime), an Excel that does not answer at first, other display languages. The built pane
 * under Microsoft's real Office.js, against the simulated Excel on the web (tools/fake-office).
 */
import * as fs from "fs";
import * as path from "path";
import type { Frame } from "playwright-core";
import { ROOT, act, hook, hookValue, openPane, paneStats, setPaneVisible, waitIdle } from "./harness";
import { describeInBrowser } from "./suite";
import { languageOfTag } from "../../src/engine";
import { paneWordsOf } from "../../taskpane/lang";
import { HEADER, largeWorkbookInPage, sampleWorkbook } from "./sample";

const text = async (page: Frame, selector: string) => ((await page.textContent(selector)) ?? "").trim();

/** Waits until the status line says `expected` (the pane re-reads on its own, after an event). */
async function statusSays(page: Frame, expected: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      (globalThis as unknown as { document: Document }).document
        .getElementById("status")
        ?.textContent?.includes(wanted) === true,
    expected,
    { timeout: 30_000 },
  );
}

/** The requirement sets manifest.xml declares, name → lowest version: the oldest Excel that loads the add-in. */
function declaredRequirementSets(): Record<string, string> {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifest)?.[1] ?? "";
  return Object.fromEntries(
    [...requirements.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"/g)].map((match) => [
      match[1],
      match[2],
    ]),
  );
}

/** The sample, plus a sheet "Returns" with the same columns in another order, its header in row 1. */
function twoShipments() {
  const workbook = sampleWorkbook();
  const order = [...HEADER].reverse();
  workbook.sheets?.push({
    name: "Returns",
    values: [
      order,
      order.map((header) => (header === "SKU" ? "RET-1" : header === "Destination" ? "DE" : null)),
    ],
  });
  return workbook;
}

describeInBrowser("the task pane in Excel's hands", (suite) => {
  test("follows the active worksheet, with that sheet's own columns, never the last sheet's mapping", async () => {
    const { pane: page, watch } = await openPane(suite.browser, suite.served, { workbook: twoShipments() });
    expect(await text(page, "#source-info")).toContain("Shipment!A1:Q10");
    // The user corrects a column on Shipment: saved in Shipment's record.
    await page.click("#mapping-section summary");
    await page.selectOption("#map-description", { index: 1 });
    await waitIdle(page);
    const shipmentMapping = await page.inputValue("#map-description");

    await hook(page, "setActiveWorksheet", "Returns");
    await statusSays(page, "Read Returns!");
    expect(await text(page, "#source-info")).toContain("Returns!A1:Q2");
    // Returns has Description in column N (reversed order): detected there, not Shipment's choice.
    expect(await page.inputValue("#map-description")).not.toBe(shipmentMapping);

    await hook(page, "setActiveWorksheet", "Shipment");
    await statusSays(page, "Read Shipment!");
    expect(await page.inputValue("#map-description")).toBe(shipmentMapping);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
  }, 60_000);

  test("reads the sheet again when the pane is shown again, and not before", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: sampleWorkbook() });
    expect(await text(page, "#source-info")).toContain("Shipment!A1:Q10");
    // Hidden, the shared runtime keeps the page; the user adds a row meanwhile.
    await hook(page, "resetStats");
    expect(await setPaneVisible(page, false)).toBe(true);
    await hook(page, "setValues", "Shipment!A11:B11", [["LAMP-10", "Lamp"]]);
    // Hiding reads nothing: no request in the next half second.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await hookValue<{ syncs: number }>(page, "stats")).syncs).toBe(0);
    expect(await text(page, "#source-info")).toContain("Shipment!A1:Q10");
    expect(await setPaneVisible(page, true)).toBe(true);
    await statusSays(page, "Read Shipment!A1:Q11");
    expect(await act(page, "#check")).toBe("done");
  }, 60_000);

  test("says why it is still reading while Excel does not answer, and reads the sheet when it does", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook(),
      fake: { silent: true },
      waitReady: false,
    });
    await statusSays(page, "Excel has not answered yet");
    expect(await page.getAttribute("#app", "data-state")).toBe("busy");
    await hook(page, "setSilent", false);
    expect(await waitIdle(page)).toBe("ready");
    expect(await text(page, "#source-info")).toContain("Shipment!A1:Q10");
  }, 60_000);

  test("waits for an Office.onReady that comes after 10 s, saying so, instead of declaring it is not in Excel", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook(),
      fake: { appContextDelayMs: 12_000 },
      waitReady: false,
    });
    await statusSays(page, "Still waiting for Excel");
    expect(await page.getAttribute("#app", "data-state")).toBe("loading");
    expect(await waitIdle(page, 30_000)).toBe("ready");
    expect(await text(page, "#source-info")).toContain("Shipment!A1:Q10");
  }, 60_000);

  test("at the lowest requirement sets the manifest declares, every action works under the real Office.js", async () => {
    const sets = declaredRequirementSets();
    expect(Object.keys(sets)).toEqual(expect.arrayContaining(["ExcelApi", "SharedRuntime"]));
    const { pane: page, watch } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook(),
      fake: { requirementSets: sets },
    });
    expect(
      await page.evaluate(
        (excelApi) => [
          Office.context.requirements.isSetSupported("ExcelApi", excelApi),
          Office.context.requirements.isSetSupported("ExcelApi", "1.17"),
        ],
        sets["ExcelApi"],
      ),
    ).toEqual([true, false]);
    // Office.js 1.1.110 does not refuse a call above the advertised sets (its check stays off), nor does the
    // host: test/manifest/requirement-sets.test.ts guards the code; here, every feature check takes the lower path.
    expect(await act(page, "#fill-vat")).toBe("done");
    expect(await act(page, "#check")).toBe("done");
    expect(await act(page, "#pro-forma")).toBe("done");
    await page.click("#share-section summary");
    await page.fill("#share-freight", "12.00");
    expect(await act(page, "#share")).toBe("done");
    expect(watch.pageErrors).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  }, 90_000);

  test.each(["fr-FR", "nl-BE", "de-DE", "zh-CN"])(
    "with Office in %s the pane starts and checks, in that language (test/browser/languages.test.ts has the rest)",
    async (language) => {
      const { pane: page, watch } = await openPane(suite.browser, suite.served, {
        workbook: sampleWorkbook(),
        fake: { displayLanguage: language },
      });
      expect(await page.evaluate(() => Office.context.displayLanguage)).toBe(language);
      expect(await act(page, "#check")).toBe("done");
      const words = paneWordsOf(languageOfTag(language) ?? "en").result;
      const counts = (["OK", "REVIEW", "RISK", "ERROR"] as const).map((status, index) =>
        words.statusCount({ status, count: [2, 1, 3, 1][index] }),
      );
      expect(await text(page, "#status")).toContain(words.checked({ rows: 7, counts }));
      expect(watch.blocked).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    },
    60_000,
  );

  test("an oversized request answered with a bare GeneralException, as Excel on the web does, is sent again in halves", async () => {
    // office-js-docs-reference #354, office-js #1012: no payload code, only "An internal error has occurred". A large
    // request (a quarter of the budget or more) refused so is halved once, as a second refusal is Excel's error: the
    // limit here lets the halves through.
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbookBuilder: { fn: largeWorkbookInPage, arg: 12_000 },
      fake: { oversize: "general-exception" },
    });
    expect(await act(page, "#check")).toBe("done");
    const largest = (await hookValue<{ largestRequestBytes: number }>(page, "stats")).largestRequestBytes;
    await hook(page, "setPayloadLimit", Math.round(largest * 0.75));
    await hook(page, "resetStats");
    expect(await act(page, "#check")).toBe("done");
    const log = await hookValue<{ error?: string }[]>(page, "log");
    expect(log.some((entry) => entry.error === "GeneralException")).toBe(true);
    expect((await paneStats(page)).retries).toBeGreaterThan(0);
    expect(await page.innerText("#status")).toContain("Checked 12,000 rows");
    expect((await hook<unknown[][]>(page, "getValues", "Shipment!V12001"))[0][0]).not.toBe("");
  }, 120_000);
});
