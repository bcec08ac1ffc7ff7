/**
 * The pane in the users' languages (issue 13): under Office set to fr-FR, nl-BE, de-DE and zh-CN the pane speaks
 * that language, writes amounts as it does (EUR 1.250,40 in French, Dutch and German; EUR 1,250.40 in Chinese) and
 * writes the explanations and headers into the workbook in the workbook's language, which the first check takes
 * from the pane. At the pane's narrowest width (320 px) nothing overflows, in the longest-worded languages too.
 * Built pane, headless Chromium, Microsoft's Office.js in the simulated Excel on the web.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Frame } from "playwright-core";
import { type LanguageCode } from "../../src/engine";
import { sheetWordsOf } from "../../src/sheet/lang";
import { paneWordsOf } from "../../taskpane/lang";
import { act, hook, openPane, repositoryRoot, screenshotPane } from "./harness";
import { sampleWorkbook } from "./sample";
import { describeInBrowser } from "./suite";

type Grid = unknown[][];

const OFFICE: readonly (readonly [string, LanguageCode, string])[] = [
  ["fr-FR", "fr", "fr"],
  ["nl-BE", "nl", "nl"],
  ["de-DE", "de", "de"],
  ["zh-CN", "zh", "zh-CN"],
];

/** An amount as the language writes it in the pane's sentences, and as it must never be written there. */
const MONEY: Readonly<Record<LanguageCode, { readonly is: RegExp; readonly isNot: RegExp }>> = {
  en: { is: /EUR \d{1,3}(?:,\d{3})*\.\d{2}\b/, isNot: /EUR \d+,\d{2}\b/ },
  zh: { is: /EUR \d{1,3}(?:,\d{3})*\.\d{2}\b/, isNot: /EUR \d+,\d{2}(?!\d)/ },
  fr: { is: /EUR \d{1,3}(?:\.\d{3})*,\d{2}\b/, isNot: /EUR \d+\.\d{2}(?!\d)/ },
  nl: { is: /EUR \d{1,3}(?:\.\d{3})*,\d{2}\b/, isNot: /EUR \d+\.\d{2}(?!\d)/ },
  de: { is: /EUR \d{1,3}(?:\.\d{3})*,\d{2}\b/, isNot: /EUR \d+\.\d{2}(?!\d)/ },
};

/** Every section open, so that the narrow-width check sees every label, field and result. */
async function openEverySection(pane: Frame): Promise<void> {
  for (const section of ["settings-section", "mapping-section", "share-section", "help-section"])
    if ((await pane.getAttribute(`#${section}`, "open")) === null) await pane.click(`#${section} > summary`);
}

/** Elements wider than the pane, or whose text is cut or runs out of their box. */
async function overflowing(pane: Frame): Promise<string[]> {
  return pane.evaluate(() => {
    const doc = (globalThis as unknown as { document: Document }).document;
    const width = doc.documentElement.clientWidth;
    const found: string[] = [];
    if (doc.documentElement.scrollWidth > width + 1)
      found.push(`the page scrolls sideways: ${doc.documentElement.scrollWidth} px for ${width}`);
    for (const element of doc.body.querySelectorAll("*")) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || element.closest(".visually-hidden") !== null) continue;
      const name = `${element.tagName.toLowerCase()}${element.id === "" ? "" : `#${element.id}`} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
      if (box.right > width + 1) found.push(`${name} ends at ${Math.round(box.right)} px`);
      else if (
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX !== "visible"
      )
        found.push(`${name} cuts its text (${element.scrollWidth} px in ${element.clientWidth})`);
    }
    // A drop-down cuts the text of its choices without a scroll width to show it: measured in the select's font.
    for (const select of doc.querySelectorAll("select")) {
      if (!select.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(select);
      const probe = doc.createElement("span");
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${style.font}`;
      doc.body.append(probe);
      // The arrow takes about 20 px besides the padding.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      for (const option of select.options) {
        probe.textContent = option.text;
        if (probe.offsetWidth > room)
          found.push(
            `select#${select.id} cuts "${option.text}" (${probe.offsetWidth} px in ${Math.round(room)})`,
          );
      }
      probe.remove();
    }
    return found;
  });
}

describeInBrowser("the pane in the users' languages", (suite) => {
  test.each(OFFICE)(
    "Office in %s: the pane speaks %s, writes amounts its way, and the workbook gets the same words",
    async (displayLanguage, language, htmlLang) => {
      const pane = paneWordsOf(language);
      const sheet = sheetWordsOf(language);
      const opened = await openPane(suite.browser, suite.served, {
        workbook: sampleWorkbook(),
        fake: { displayLanguage },
      });
      const page = opened.pane;
      expect(await page.getAttribute("html", "lang")).toBe(htmlLang);
      expect(await page.innerText("h1")).toBe(pane.title);
      expect(await page.innerText("#check")).toBe(pane.actions.check);
      expect(await page.innerText("label[for=source]")).toBe(pane.page.sourceLabel);
      // The help page in the language, as manifest.xml gives it to Office in that language.
      expect(await page.getAttribute("#support-link", "href")).toBe(`support-${language}.html`);

      expect(await act(page, "#check")).toBe("done");
      const result = await page.innerText("#result");
      expect(result).toMatch(MONEY[language].is);
      expect(result).not.toMatch(MONEY[language].isNot);
      expect(await page.innerText("#result-heading")).toBe(
        pane.result.heading({ action: pane.actions.check }),
      );
      // The README's picture of the pane in another language (docs/taskpane-fr.png is this file).
      if (language === "fr") {
        const artifacts = path.join(repositoryRoot(), "test-artifacts");
        fs.mkdirSync(artifacts, { recursive: true });
        await screenshotPane(page, path.join(artifacts, "taskpane-fr.png"));
      }

      // The workbook's language is the pane's at the first check, and its cells say it.
      expect(await page.inputValue("#workbook-language")).toBe(language);
      const grid = await hook<Grid>(page, "getValues", "Shipment!A3:AD10");
      const header = grid[0].map(String);
      const explanation = header.indexOf(sheet.headers.output.Explanation);
      expect(explanation).toBeGreaterThan(0);
      for (const column of Object.values(sheet.headers.output)) expect(header).toContain(column);
      const explanations = grid.slice(1).map((row) => String(row[explanation]));
      const underDeclared = explanations.find((text) => /EUR/.test(text)) ?? "";
      expect(underDeclared).toMatch(/EUR \d/);
      expect(explanations.join("\n")).not.toMatch(/\b(covers the inverse value|below the inverse value)\b/);
      expect(opened.watch.pageErrors).toEqual([]);
    },
    120_000,
  );

  test.each(["de-DE", "fr-FR", "nl-BE", "zh-CN"])(
    "at 320 px in %s nothing overflows, with every section open and a result shown",
    async (displayLanguage) => {
      const { pane, watch } = await openPane(suite.browser, suite.served, {
        workbook: sampleWorkbook(),
        fake: { displayLanguage },
      });
      expect(await act(pane, "#check")).toBe("done");
      await openEverySection(pane);
      expect(await overflowing(pane)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    },
    120_000,
  );
});
