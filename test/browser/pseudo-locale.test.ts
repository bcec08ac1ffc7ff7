/**
 * The pane under Microsoft's pseudo-locale (Office's display language qps-ploc): every text the catalogues make is
 * accented and put in ⟦ ⟧, so a text that some code wrote in plain English stands out. With the sample sheet checked
 * and every section open, no visible text may hold a run of three or more plain ASCII letters outside the markers,
 * except the user's own data from the sheet, the languages' own names, the product's name and codes (EUR, HS, OK,
 * RISK, the flag codes …). Built pane, headless Chromium, Microsoft's Office.js in the simulated Excel on the web.
 */
import type { Frame } from "playwright-core";
import { LANGUAGE_NAMES } from "../../src/engine";
import { act, hook, openPane } from "./harness";
import { sampleWorkbook } from "./sample";
import { describeInBrowser } from "./suite";

/** Codes that stay the same in every language (docs/glossary.md), and the product's name. */
const CODES = new Set([
  "EUR",
  "HS",
  "CN",
  "OK",
  "REVIEW",
  "RISK",
  "ERROR",
  "FBA",
  "SEK",
  "VAT",
  "ASIN",
  "GTIN",
]);
const PRODUCT = "Customs Inverse Value";
/** A flag code of the Flags column (UNDER_DECLARED, SHIPMENT_DETENTION …), read out beside a flagged row. */
const FLAG_CODE = /^[A-Z]+(?:_[A-Z]+)+$/;

/** Every text of the workbook the user typed: its cells (and the start of each, as a row's title cuts it) and sheet names. */
function userData(): string[] {
  const seed = sampleWorkbook();
  const texts = (seed.sheets ?? []).flatMap((sheet) => [
    sheet.name,
    ...(sheet.values ?? []).flat().flatMap((cell) => {
      if (cell === null || cell === undefined || cell === "") return [];
      const text = String(cell);
      return text.length > 40 ? [text, text.slice(0, 39)] : [text];
    }),
  ]);
  return [...new Set(texts)].sort((a, b) => b.length - a.length);
}

/** The text outside the ⟦ ⟧ markers (nested ones included). */
function outsideMarkers(text: string): string {
  let rest = text;
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, " ");
  }
  return rest;
}

/** A text wherever it stands whole: not the "DE" of UNDER_DECLARED. */
const whole = (text: string) =>
  new RegExp(`(?<![A-Za-z0-9_])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9_])`, "g");

/** The plain-English words left in a text once the catalogues' texts, the user's data and the codes are taken out. */
function plainWords(text: string, data: readonly string[]): string[] {
  let rest = outsideMarkers(text);
  for (const allowed of [PRODUCT, ...Object.values(LANGUAGE_NAMES), ...data])
    rest = rest.replace(whole(allowed), " ");
  return (rest.match(/[A-Za-z_]{3,}/g) ?? []).filter((word) => !CODES.has(word) && !FLAG_CODE.test(word));
}

/** Every text a user can see in the pane: text nodes, the choices of its drop-downs, placeholders, labels, title. */
async function visibleTexts(pane: Frame): Promise<string[]> {
  return pane.evaluate(() => {
    const doc = (globalThis as unknown as { document: Document }).document;
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const texts: string[] = [doc.title];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (text === "" || parent === null || parent.closest("select, datalist") !== null || !shown(parent))
        continue;
      texts.push(text);
    }
    for (const select of doc.querySelectorAll("select"))
      if (shown(select)) for (const option of select.options) texts.push(option.text);
    for (const element of doc.querySelectorAll("[placeholder], [aria-label], [title]"))
      if (shown(element))
        for (const name of ["placeholder", "aria-label", "title"]) {
          const value = element.getAttribute(name);
          if (value !== null && value !== "") texts.push(value);
        }
    return texts;
  });
}

describeInBrowser("the pane in the pseudo-locale", (suite) => {
  test("says nothing in plain English: every text comes from the catalogues", async () => {
    const { pane, watch } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook(),
      fake: { displayLanguage: "qps-ploc" },
    });
    expect(await pane.getAttribute("html", "lang")).toBe("qps-ploc");
    expect(await act(pane, "#check")).toBe("done");
    for (const section of ["settings-section", "mapping-section", "share-section", "help-section"])
      if ((await pane.getAttribute(`#${section}`, "open")) === null)
        await pane.click(`#${section} > summary`);
    expect(await pane.isVisible("#result")).toBe(true);

    const data = userData();
    const texts = await visibleTexts(pane);
    // The catalogues' texts are there (the test would pass on an empty pane otherwise).
    expect(texts.filter((text) => text.includes("⟦")).length).toBeGreaterThan(50);
    const english = texts.flatMap((text) => {
      const words = plainWords(text, data);
      return words.length === 0 ? [] : [`${JSON.stringify(text)}: ${words.join(", ")}`];
    });
    expect(english).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
  }, 90_000);

  test("the pane's language is chosen in Settings, applied at once and kept with the workbook; the first check stores the workbook's", async () => {
    const { pane } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook(),
      fake: { displayLanguage: "qps-ploc" },
    });
    const settings = async () =>
      (await hook<{ settings: Record<string, unknown> }>(pane, "snapshot")).settings;
    // No language of its own yet: the workbook's words would be the pane's, and the first check stores it.
    expect(await pane.inputValue("#workbook-language")).toBe("qps");
    expect(await act(pane, "#check")).toBe("done");
    expect(await settings()).toMatchObject({ "customsInverseValue.settings": { language: "qps" } });

    // English chosen: the page, the result and the status line say it at once, without a reload.
    await pane.click("#settings-section > summary");
    await pane.selectOption("#pane-language", "en");
    expect(await pane.getAttribute("html", "lang")).toBe("en");
    expect(await pane.innerText("h1")).toBe("Customs Inverse Value");
    expect(await pane.innerText("#result-heading")).toBe("Result: Check shipment");
    expect(await pane.innerText("#status")).toMatch(/^Checked 7 rows: /);
    expect(await pane.innerText("label[for=source]")).toBe("Rows to check");
    // The workbook keeps its own language: the words in its cells do not change with the pane's.
    expect(await pane.inputValue("#workbook-language")).toBe("qps");
    // Saved in the workbook's settings, as the other settings are (a request of its own, after the switch).
    for (
      let tries = 0;
      (await settings())["customsInverseValue.paneLanguage"] !== "en" && tries < 100;
      tries++
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await settings())["customsInverseValue.paneLanguage"]).toBe("en");

    // A colleague with Office in German opening the workbook gets the pane in the language chosen in it.
    const saved = await settings();
    const { pane: colleague } = await openPane(suite.browser, suite.served, {
      workbook: sampleWorkbook({ settings: saved }),
      fake: { displayLanguage: "de-DE" },
    });
    expect(await colleague.getAttribute("html", "lang")).toBe("en");
    expect(await colleague.inputValue("#pane-language")).toBe("en");
    // Back to Office's language (automatic).
    await colleague.click("#settings-section > summary");
    await colleague.selectOption("#pane-language", "");
    expect(await colleague.getAttribute("html", "lang")).toBe("de");
  }, 90_000);
});
