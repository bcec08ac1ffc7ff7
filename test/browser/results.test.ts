/**
 * The flagged-row list of the built pane, in Chromium under the real Office.js: a split shipment at risk said once
 * per shipment, rows grouped by status and shipment, the status filter, "Show more", short accessible names, the
 * skip link past the list, money kept with "EUR", the long list of exposed shipments cut short, and the fine as a
 * range where under-declared rows have no HS code.
 */
import type { Frame } from "playwright-core";
import { type Seed, act, openPane } from "./harness";
import { HEADER, largeWorkbookInPage } from "./sample";
import { describeInBrowser } from "./suite";

type Cell = string | number | null;
type Row = Partial<Record<(typeof HEADER)[number], Cell>>;

/** A lamp sold on amazon.fr, declared above its inverse value (OK). */
const LAMP: Row = {
  SKU: "LAMP",
  Description: "Desk lamp",
  "HS code": "9405 21 40",
  Qty: 4,
  "Unit weight kg": 0.8,
  Destination: "FR",
  "Sales link": "https://www.amazon.fr/dp/B08N5WRWNW",
  "Prix TTC": 49.9,
  Commission: 4.99,
  "FBA fee": 3.07,
  "Duty rate": 0.047,
  "Declared value": 35,
  "VAT number": "FR40303265045",
};
const UNDER = { "Declared value": 4 };

const line = (row: Row): Cell[] => HEADER.map((header) => ({ ...LAMP, ...row })[header] ?? null);

/**
 * Header in row 1. Shipment S1 (rows 2–52): 45 rows under-declared, then 6 good rows detained with them. S2 (rows
 * 53–57) is split: one row under-declared, one without a price, three good rows. X01–X12 (rows 58–69): one
 * under-declared row each. S3 (rows 70–71): good rows.
 */
function workbook(): Seed {
  const rows: Row[] = [
    ...Array.from({ length: 45 }, (_, i) => ({ SKU: `LAMP-${i + 1}`, Shipment: "S1", ...UNDER })),
    ...Array.from({ length: 6 }, (_, i) => ({ SKU: `GOOD-${i + 1}`, Shipment: "S1" })),
    { SKU: "MUG-1", Shipment: "S2", ...UNDER },
    { SKU: "BAD-1", Shipment: "S2", "Prix TTC": null },
    ...Array.from({ length: 3 }, (_, i) => ({ SKU: `CUP-${i + 1}`, Shipment: "S2" })),
    ...Array.from({ length: 12 }, (_, i) => ({
      SKU: `SOLO-${i + 1}`,
      Shipment: `X${String(i + 1).padStart(2, "0")}`,
      ...UNDER,
    })),
    { SKU: "FINE-1", Shipment: "S3" },
    { SKU: "FINE-2", Shipment: "S3" },
  ];
  return {
    name: "Split.xlsx",
    sheets: [{ name: "Shipment", values: [[...HEADER], ...rows.map(line)] }],
    activeSheet: "Shipment",
  };
}

async function texts(page: Frame, selector: string): Promise<string[]> {
  return page.$$eval(selector, (nodes) =>
    nodes.map((node) => (node.textContent ?? "").replace(/\s+/g, " ").trim()),
  );
}

/** The focused element's id, data-row or data-filter: where the keyboard is. */
async function focused(page: Frame): Promise<string> {
  return page.evaluate(() => {
    const active = (globalThis as unknown as { document: Document }).document
      .activeElement as HTMLElement | null;
    return active?.id || active?.dataset.row || active?.dataset.filter || active?.tagName || "";
  });
}

const cards = (page: Frame, section: string) => page.$$(`.flagged-${section} button[data-row]`);

describeInBrowser("the flagged rows in the pane", (suite) => {
  test("says a split shipment's detention once, groups by status and shipment, and shows more on request", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: workbook() });
    expect(await act(page, "#check")).toBe("done");
    expect(await page.innerText("#status")).toBe("Checked 70 rows: 2 OK, 9 review, 58 risk, 1 error.");
    expect(await texts(page, ".flagged-sections h4")).toEqual(["Error (1)", "Risk (58)", "Review (9)"]);

    // S1's detention is one line, not a sentence in each of its 45 cards; its 6 good rows have no card.
    expect(await texts(page, ".detention")).toEqual([
      "Shipment S1: 51 rows at risk of detention with it (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 41 more).",
    ]);
    expect((await texts(page, ".explanation")).filter((text) => text.includes("has rows at risk"))).toEqual(
      [],
    );
    expect(await page.$('button[data-row="47"]')).toBeNull();
    expect(await texts(page, ".flagged-REVIEW .hint")).toEqual([
      "9 more rows are flagged only because a row of their shipment is at risk: see their shipment under Risk.",
    ]);
    expect(await texts(page, ".flagged-ERROR h5")).toEqual(["Shipment S2 (at risk of detention)"]);

    // A card is named short (status, row, SKU, description, first flag); its explanation stays visible, amounts kept with "EUR".
    const lamp = page.getByRole("button", { name: /^Risk Row 2 · LAMP-1( · [^,]+)?, UNDER_DECLARED$/ });
    expect(await lamp.count()).toBe(1);
    expect(await page.innerText('[data-row="2"] + .explanation')).toMatch(
      /^Declared EUR 4\.00 is EUR [\d.,]+ below the inverse value EUR [\d.,]+\.$/,
    );
    expect(await texts(page, '[data-row="2"] + .explanation .money')).toHaveLength(3);

    // 58 at risk: the first 20, then 20 more (the focus on the first of them), then the last 18.
    expect(await cards(page, "RISK")).toHaveLength(20);
    expect(await texts(page, ".flagged-RISK .show-more button")).toEqual(["Show 20 more", "Show all 58"]);
    await page.focus(".flagged-RISK .show-more button");
    await page.page().keyboard.press("Enter");
    expect(await cards(page, "RISK")).toHaveLength(40);
    expect(await focused(page)).toBe("22");
    await page.click(".flagged-RISK .show-more button >> text=Show 18 more");
    expect(await cards(page, "RISK")).toHaveLength(58);
    expect(await page.$(".flagged-RISK .show-more")).toBeNull();
    // Now S2's rows at risk are shown too, and with them its line: still one line per shipment.
    expect(await texts(page, ".detention")).toEqual([
      "Shipment S1: 51 rows at risk of detention with it (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 41 more).",
      "Shipment S2: 4 rows at risk of detention with it (rows 54, 55, 56, 57).",
    ]);
  }, 90_000);

  test("filters by status from the keyboard, skips past the list, and cuts the exposed shipments short", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: workbook() });
    expect(await act(page, "#check")).toBe("done");

    // The filter: toggle buttons in the tiles' order, one pressed; the focus stays on the one chosen.
    expect(await texts(page, ".status-filter button")).toEqual([
      "All (68)",
      "Review (9)",
      "Risk (58)",
      "Error (1)",
    ]);
    expect(await page.getAttribute(".status-filter", "aria-label")).toBe("Show rows by status");
    await page.focus('[data-filter="ERROR"]');
    await page.page().keyboard.press("Space");
    expect(await texts(page, ".flagged-sections h4")).toEqual(["Error (1)"]);
    expect(await page.getAttribute('[data-filter="ERROR"]', "aria-pressed")).toBe("true");
    expect(await page.getAttribute('[data-filter="all"]', "aria-pressed")).toBe("false");
    expect(await focused(page)).toBe("ERROR");
    expect(await page.innerText('[data-row="54"] + .explanation')).not.toContain("Shipment S2");
    await page.page().keyboard.press("Shift+Tab");
    await page.page().keyboard.press("Shift+Tab");
    await page.page().keyboard.press("Enter");
    expect(await texts(page, ".flagged-sections h4")).toEqual(["Review (9)"]);
    await page.click('[data-filter="all"]');
    expect(await texts(page, ".flagged-sections h4")).toEqual(["Error (1)", "Risk (58)", "Review (9)"]);

    // The skip link comes before the list and takes the focus past it.
    const skip = page.getByRole("link", { name: "Skip the flagged rows" });
    expect(
      await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: Document }).document;
        const link = doc.querySelector(".skip-link");
        const firstCard = doc.querySelector("button[data-row]");
        return link !== null && firstCard !== null && (link.compareDocumentPosition(firstCard) & 4) !== 0;
      }),
    ).toBe(true);
    await skip.focus();
    await page.page().keyboard.press("Enter");
    expect(await focused(page)).toBe("after-result");
    expect(page.url()).not.toContain("#after-result");

    // 14 shipments exposed: the first 10, "and 4 more", and the whole list on request.
    const exposed = 'dt:text-is("Shipments exposed to detention") + dd';
    expect((await page.innerText(exposed)).replace(/\s+/g, " ")).toContain(
      "S1, S2, X01, X02, X03, X04, X05, X06, X07, X08 and 4 more Show all 14",
    );
    await page.click(`${exposed} .fact-more`);
    expect(await page.innerText(exposed)).toContain("X08, X09, X10, X11, X12");
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { document: Document }).document.activeElement?.tagName,
      ),
    ).toBe("DD");
    expect(await texts(page, 'dt:text-is("Fine exposure") + dd > .money')).toEqual(["EUR 250.00"]);
  }, 90_000);

  test("under-declared rows without a valid HS code: the fine is a range, their rows named, never EUR 0.00", async () => {
    const seed: Seed = {
      name: "NoCodes.xlsx",
      sheets: [
        {
          name: "Shipment",
          values: [
            [...HEADER],
            line({ SKU: "NO-CODE-1", "HS code": null, ...UNDER }),
            line({ SKU: "NO-CODE-2", "HS code": null, ...UNDER }),
          ],
        },
      ],
      activeSheet: "Shipment",
    };
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: seed });
    expect(await act(page, "#check")).toBe("done");
    const fine = 'dt:text-is("Fine exposure") + dd';
    expect((await texts(page, fine))[0]).toMatch(/^EUR 250\.00 to EUR 500\.00/);
    expect(await texts(page, `${fine} > .fact-detail`)).toEqual([
      "EUR 250.00 per HS code, offence 1; 2 under-declared rows without a valid HS code, rows 2, 3: give each its code for the exact fine",
    ]);
    // Each amount kept on one line with its "EUR".
    expect(await texts(page, `${fine} .money`)).toEqual(expect.arrayContaining(["EUR 250.00", "EUR 500.00"]));
  }, 90_000);

  test("50,000 rows: the pane builds only the cards it shows", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbookBuilder: { fn: largeWorkbookInPage, arg: 50_000 },
    });
    expect(await act(page, "#check", 170_000)).toBe("done");
    const flagged = Number((await page.innerText(".status-filter button")).replace(/\D/g, ""));
    expect(flagged).toBeGreaterThan(10_000);
    expect((await page.$$("button[data-row]")).length).toBeLessThanOrEqual(3 * 20);
    expect(await page.$$eval("#result-body *", (nodes) => nodes.length)).toBeLessThan(2_000);
  }, 200_000);
});
