/**
 * The task pane in Chromium under the real Office.js and the simulated Excel (issue 8, "Never a silently wrong number"): a column of the
 * user's named like the add-in's is kept and the add-in's gets a distinct header; totals lines and notes under the
 * data are not checked and are named; VAT rates the add-in filled are worked out again on a re-run.
 */
import type { Frame } from "playwright-core";
import { OUTPUT_COLUMNS } from "../../src/sheet";
import { act, hook, openPane } from "./harness";
import { describeInBrowser } from "./suite";
import { sampleWorkbook } from "./sample";

type Grid = (string | number | boolean)[][];

async function text(page: Frame, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, " ").trim();
}

async function openDetails(page: Frame, id: string): Promise<void> {
  if ((await page.getAttribute(`#${id}`, "open")) === null) await page.click(`#${id} > summary`);
}

describeInBrowser("the user's rows and columns in the task pane", (suite) => {
  test("keeps a Status column of the user's and writes the check's beside it under a distinct header", async () => {
    const workbook = sampleWorkbook();
    const values = workbook.sheets?.[0].values as (string | number | null)[][];
    values[2].push("Status");
    values[3].push("paid");
    values[5].push("shipped");
    const { pane: page, watch } = await openPane(suite.browser, suite.served, { workbook });
    expect(await act(page, "#check")).toBe("done");
    const sheet = await hook<Grid>(page, "getValues", "Shipment!R3:X10");
    expect(sheet[0]).toEqual([
      "Status",
      ...OUTPUT_COLUMNS.map((name) => (name === "Status" ? "Status (customs check)" : name)),
    ]);
    expect(sheet.slice(1).map((cells) => cells[0])).toEqual(["paid", "", "shipped", "", "", "", ""]);
    expect(sheet.slice(1).map((cells) => cells[4])).toEqual(expect.arrayContaining(["RISK", "ERROR"]));
    expect(await text(page, "#result-body")).toContain(
      'Your column "Status" is kept as it is; the check\'s Status column is "Status (customs check)".',
    );

    // Checked again: the add-in's columns are found by its records and updated in place; the user's stays.
    expect(await act(page, "#check")).toBe("done");
    expect(await hook<Grid>(page, "getValues", "Shipment!R3:Y10")).toEqual(
      sheet.map((cells) => [...cells, ""]),
    );
    expect(watch.pageErrors).toEqual([]);
  }, 60_000);

  test("a totals line and a footnote under the data are not checked, and are named", async () => {
    const workbook = sampleWorkbook();
    const values = workbook.sheets?.[0].values as (string | number | null)[][];
    values.push([], ["Total", null, null, 280, null, null, null, 225.5], ["* Prices include VAT."]);
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook });
    expect(await act(page, "#check")).toBe("done");
    expect(await text(page, "#status")).toContain("Checked 7 rows");
    const body = await text(page, "#result-body");
    expect(body).toContain("Row 12 read as a totals line, not checked.");
    expect(body).toContain("Row 13 read as a note, not checked.");
    // No results on those rows.
    expect(await hook<Grid>(page, "getValues", "Shipment!R12:W13")).toEqual([
      ["", "", "", "", "", ""],
      ["", "", "", "", "", ""],
    ]);
  }, 60_000);

  test("VAT rates the add-in filled are worked out again; a rate the user typed stays", async () => {
    const header = [
      "SKU",
      "HS code",
      "Destination",
      "Sales link",
      "Selling price",
      "Declared value",
      "VAT rate",
    ];
    const link = "https://www.amazon.de/dp/B08N5WRWNW";
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Finland.xlsx",
        sheets: [
          {
            name: "Finland",
            values: [
              header,
              ["FI-1", "94052140", "FI", link, 49.9, 45, null],
              ["FI-2", "94052140", "FI", link, 49.9, 45, null],
              ["FI-3", "94052140", "FI", link, 49.9, 45, 0.14],
            ],
          },
        ],
        activeSheet: "Finland",
      },
    });
    await openDetails(page, "settings-section");
    await page.fill("#declaration-date", "2024-08-31");
    expect(await act(page, "#fill-vat")).toBe("done");
    expect(await hook<Grid>(page, "getValues", "Finland!G2:G4")).toEqual([[0.24], [0.24], [0.14]]);

    // The user corrects FI-2's destination; the declaration date moves past Finland's rise to 25.5 %.
    await hook(page, "setValues", "Finland!C3", [["DE"]]);
    await page.fill("#declaration-date", "2024-09-01");
    expect(await act(page, "#check")).toBe("done");
    expect(await hook<Grid>(page, "getValues", "Finland!G2:G4")).toEqual([[0.255], [0.19], [0.14]]);
    expect(await text(page, "#result-body")).toContain(
      "Worked out again 2 VAT rates the add-in had filled before",
    );

    // A rate typed over the add-in's is the user's from then on.
    await hook(page, "setValues", "Finland!G2", [[0.1]]);
    await page.fill("#declaration-date", "2024-08-31");
    expect(await act(page, "#fill-vat")).toBe("done");
    expect(await hook<Grid>(page, "getValues", "Finland!G2:G4")).toEqual([[0.1], [0.19], [0.14]]);
  }, 60_000);

  test("a sales link written as =HYPERLINK(url, label) is read as its link, not its label", async () => {
    const listing = '=HYPERLINK("https://www.amazon.fr/dp/B08N5WRWNW","Listing")';
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Links.xlsx",
        sheets: [
          {
            name: "Links",
            values: [
              [
                "SKU",
                "HS code",
                "Destination",
                "Sales link",
                "Selling price",
                "Declared value",
                "VAT number",
              ],
              ["LAMP-1", "94052140", "DE", "Listing", 49.9, 40, "DE136695976"],
            ],
            formulas: [
              [null, null, null, null, null, null, null],
              [null, null, null, listing, null, null, null],
            ],
          },
        ],
        activeSheet: "Links",
      },
    });
    expect(await act(page, "#check")).toBe("done");
    const row = (await hook<Grid>(page, "getValues", "Links!A2:M2"))[0].join(" | ");
    // amazon.fr for goods to DE: the link itself was read.
    expect(row).toContain("LINK_COUNTRY_MISMATCH");
    expect(row).not.toContain("MISSING_LINK");
    expect((await hook<Grid>(page, "getValues", "Links!D2"))[0][0]).toBe("Listing");
  }, 60_000);
});
