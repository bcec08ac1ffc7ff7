/**
 * The pro forma on paper (issue 10, "Print and read"): the built pane in headless Chromium, Microsoft's Office.js in
 * the simulated Excel on the web, whose autofit measures whole columns as Excel's does. Every column as wide as its
 * facts (no autofit, so no title or note widens column A), A4 landscape at 100 % for twelve columns or fewer, and,
 * where Excel does not keep fit to pages (office-js #1860), a result that says so and names the sheet.
 */
import type { Frame } from "playwright-core";
import {
  PRO_FORMA_COLUMN_FACTS,
  PRO_FORMA_TEXT_LINE_LENGTH,
  type ProFormaColumn,
  columnLetters,
  columnWidthPoints,
  uniqueSheetName,
} from "../../src/sheet";
import { type Seed, act, hook, openPane } from "./harness";
import { HEADER, largeWorkbookInPage, sampleWorkbook } from "./sample";
import { describeInBrowser } from "./suite";

type Grid = (string | number | boolean)[][];

interface SheetSnapshot {
  values: Grid;
  formats: Record<string, { wrapText?: boolean; fontBold?: boolean }>;
  columnWidths: Record<string, number>;
  autofittedColumns: string[];
  pageLayout: { values: Record<string, unknown>; printTitleRows: string | null };
}

/** A shipment id long enough that its title line ("Shipment: …") runs over two rows. */
const LONG_SHIPMENT = `LGG-2 consolidated Liège–Leipzig, 3 pallets, DHL Freight booking 99812345678, broker Anna Peeters, Hall 4`;

/** The sample shipment, LGG-2 (with BAD-1, a row without a price, left out) under the long id. */
function workbook(): Seed {
  const seed = sampleWorkbook();
  const shipment = HEADER.indexOf("Shipment");
  const [sheet] = seed.sheets ?? [];
  for (const cells of sheet?.values ?? []) if (cells[shipment] === "LGG-2") cells[shipment] = LONG_SHIPMENT;
  return seed;
}

async function text(page: Frame, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, " ").trim();
}

const sheetOf = (page: Frame, name: string) => hook<SheetSnapshot>(page, "sheet", name);

describeInBrowser("the pro forma on paper", (suite) => {
  test("every column as wide as its facts, whatever the title and notes; A4 landscape at 100 %", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: workbook() });
    expect(await act(page, "#pro-forma")).toBe("done");
    const long = uniqueSheetName(`Pro forma ${LONG_SHIPMENT}`, new Set());
    expect(await text(page, "#result-body")).toContain(
      `Created 3 pro forma sheets: Pro forma LGG-1, Pro forma LGG-3, ${long}. A4 landscape at 100 %, header row on every page.`,
    );
    for (const name of ["Pro forma LGG-1", "Pro forma LGG-3", long]) {
      const sheet = await sheetOf(page, name);
      const headerIndex = sheet.values.findIndex((cells) => cells[0] === "SKU");
      const columns = sheet.values[headerIndex].filter((cell) => cell !== "") as ProFormaColumn[];
      // The sample has commission and FBA fees but none of the other deductions.
      expect(columns).not.toContain("Packaging");
      expect(columns.length).toBeLessThanOrEqual(12);
      expect(sheet.columnWidths).toEqual(
        Object.fromEntries(
          columns.map((column, index) => [
            columnLetters(index),
            columnWidthPoints(PRO_FORMA_COLUMN_FACTS[column].width),
          ]),
        ),
      );
      // No autofit: the title and notes in column A leave it as the facts say (73.5 points, 98 px).
      expect(sheet.autofittedColumns).toEqual([]);
      expect(sheet.columnWidths["A"]).toBe(73.5);
      expect(sheet.formats[`A${headerIndex + 1}`]).toMatchObject({ wrapText: true, fontBold: true });
      expect(sheet.pageLayout.values).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { scale: 100 },
        leftMargin: 18,
        rightMargin: 18,
      });
      expect(sheet.pageLayout.printTitleRows).toBe(`${headerIndex + 1}:${headerIndex + 1}`);
      // The title and notes: short lines in column A, overflowing into the empty cells to their right.
      for (const cells of sheet.values.filter((row) => row.slice(1).every((cell) => cell === "")))
        expect(String(cells[0]).length).toBeLessThanOrEqual(PRO_FORMA_TEXT_LINE_LENGTH);
    }
    const lgg2 = (await sheetOf(page, long)).values.map((cells) => cells[0]);
    expect(lgg2[1]).toMatch(/^Shipment: LGG-2 consolidated/);
    expect(lgg2.at(-1)).toBe("Not on this pro forma because of errors (fix them and check again): rows 9");
  }, 60_000);

  test("where Excel does not keep 'one page wide' (office-js #1860), the result says so and names the sheet", async () => {
    const open = (fitToPagesIgnored: boolean) =>
      openPane(suite.browser, suite.served, {
        workbookBuilder: { fn: largeWorkbookInPage, arg: 150 },
        fake: { fitToPagesIgnored },
      });
    // 150 lines of one shipment with every deduction: fifteen columns, wider than A4 at 100 %.
    const kept = (await open(false)).pane;
    expect(await act(kept, "#pro-forma")).toBe("done");
    expect(await text(kept, "#result-body")).toContain(
      "A4 landscape, one page wide, header row on every page.",
    );
    expect(await text(kept, "#result-body")).not.toContain("did not keep");
    expect((await sheetOf(kept, "Pro forma LGG-0000")).pageLayout.values.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });

    const dropped = (await open(true)).pane;
    expect(await act(dropped, "#pro-forma")).toBe("done");
    expect(await text(dropped, "#result-body")).toContain(
      "Excel did not keep the print setting 'one page wide' on sheet Pro forma LGG-0000: set it in Page Layout > Scale to Fit before printing.",
    );
    const sheet = await sheetOf(dropped, "Pro forma LGG-0000");
    expect(sheet.pageLayout.values).toMatchObject({
      zoom: { scale: 100 },
      paperSize: "A4",
      orientation: "Landscape",
    });
    expect(Object.keys(sheet.columnWidths)).toHaveLength(15);
  }, 90_000);
});
