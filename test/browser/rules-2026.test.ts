/**
 * The rules of December 2026 in the pane (issue 12): the built pane in headless Chromium, Microsoft's Office.js in
 * the simulated Excel on the web, checking examples/parcels-2026.csv's rows as a forwarder pastes them. The
 * pane writes the same figures, flags and words as src/sheet gives for the same cells (the CLI's logic), and its
 * summary shows the EUR 3 low-value duty, the rows at a reduced VAT rate and the goods that need a licence.
 */
import * as fs from "fs";
import * as path from "path";
import {
  type CellValue,
  OUTPUT_COLUMNS,
  checkShipment,
  columnLetters,
  plainSummary,
  readSettings,
  summaryFacts,
} from "../../src/sheet";
import { readCsvCells } from "../../src/cli/csv";
import { act, axeViolations, hook, openPane, ROOT } from "./harness";
import { describeInBrowser } from "./suite";

type Grid = (string | number | boolean)[][];

/** The example's rows as cells, as the bulk checker reads them. */
function exampleCells(): CellValue[][] {
  return readCsvCells(fs.readFileSync(path.join(ROOT, "examples", "parcels-2026.csv"), "utf8")).rows;
}

const STORED = {
  declarationDate: "2026-12-01",
  vatDeferral: false,
  exchangeRates: { PLN: 4.22 },
  vatRates: { "DE:4901": 0.07 },
};

describeInBrowser("the rules of December 2026 in the pane", (suite) => {
  test("Check shipment writes src/sheet's flags and words for B2C parcels, and the summary shows the 2026 rules", async () => {
    const cells = exampleCells();
    const { pane: page, watch } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Parcels.xlsx",
        sheets: [{ name: "Parcels", values: cells }],
        activeSheet: "Parcels",
        settings: { "customsInverseValue.settings": STORED },
      },
    });
    expect(await act(page, "#check")).toBe("done");

    const expected = checkShipment(cells, readSettings(STORED));
    const width = cells[0].length;
    const last = columnLetters(width + OUTPUT_COLUMNS.length - 1);
    const sheet = await hook<Grid>(page, "getValues", `Parcels!A1:${last}${cells.length}`);
    const flagsAt = width + OUTPUT_COLUMNS.indexOf("Flags");
    const explanationAt = width + OUTPUT_COLUMNS.indexOf("Explanation");
    const bySku = new Map(sheet.slice(1).map((row) => [String(row[0]), row]));
    expect(sheet.slice(1).map((row) => row[flagsAt])).toEqual(
      expected.rows.map((row) => row.flags.join(", ")),
    );
    expect(sheet.slice(1).map((row) => row[explanationAt])).toEqual(
      expected.rows.map((row) => row.explanation),
    );

    const flags = (sku: string) => String(bySku.get(sku)?.[flagsAt]).split(", ");
    expect(flags("EARBUD-DE")).toContain("UNKNOWN_MARKETPLACE");
    expect(String(bySku.get("EARBUD-DE")?.[explanationAt])).toMatch(/short link/i);
    expect(flags("SOCKS-DE")).toEqual(expect.arrayContaining(["INVALID_GTIN", "NOT_A_PRODUCT_PAGE"]));
    expect(flags("MUG-DE")).toEqual(expect.arrayContaining(["MISSING_PRODUCT_ID", "UNKNOWN_MARKETPLACE"]));
    expect(flags("PBANK-PL")).toContain("CONTROLLED_GOODS");
    expect(flags("TOY-FR")).toContain("CONTROLLED_GOODS");
    expect(flags("BOLT-DE")).toContain("CONTROLLED_GOODS");
    expect(String(bySku.get("CASE-NL-1")?.[explanationAt])).toMatch(/Low-value B2C consignment PCL-7001/);
    expect(String(bySku.get("LAMP-BG")?.[explanationAt])).toMatch(/irrevocable rate of 1\.95583 BGN per EUR/);

    // The summary: the facts of src/sheet, in the pane.
    const facts = summaryFacts(plainSummary(expected.summary)).filter((fact) =>
      ["lowValueDuty", "reducedVatRates", "controlledGoods"].includes(fact.key),
    );
    expect(facts.map((fact) => fact.key)).toEqual(["lowValueDuty", "reducedVatRates", "controlledGoods"]);
    const body = (await page.innerText("#result-body")).replace(/\s+/g, " ");
    for (const fact of facts) expect(body).toContain(`${fact.label} ${fact.text}`);
    expect(body).toContain("Rows at a reduced VAT rate DE HS 4901 at 7 %: row 4");
    expect(watch.pageErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  test("a month of parcels: the low-value duty names its first 10 consignments, not every one", async () => {
    const [header, parcel] = exampleCells();
    const shipmentAt = header.indexOf("Shipment");
    const parcels = Array.from({ length: 12 }, (_, i) =>
      parcel.map((cell, column) => (column === shipmentAt ? `PCL-${String(i + 1).padStart(2, "0")}` : cell)),
    );
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Month.xlsx",
        sheets: [{ name: "Parcels", values: [header, ...parcels] }],
        activeSheet: "Parcels",
        settings: { "customsInverseValue.settings": STORED },
      },
    });
    expect(await act(page, "#check")).toBe("done");
    const duty = (await page.innerText('dt:text-is("Low-value duty (EUR 3 per item)") + dd')).replace(
      /\s+/g,
      " ",
    );
    expect(duty).toMatch(/^EUR 36\.00 12 B2C consignments up to EUR 150: PCL-01 EUR 3\.00/);
    expect(duty).toMatch(/PCL-10 EUR 3\.00 \(1 item, value EUR [\d.]+\) and 2 more$/);
    expect(duty).not.toContain("PCL-11");
  }, 90_000);
});
