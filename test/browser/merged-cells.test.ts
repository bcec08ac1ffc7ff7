/**
 * Merged cells in the pane: the built pane in headless Chromium, Microsoft's Office.js in the simulated Excel on the
 * web. A shipment's number and destination merged over its rows are read in each row, as Excel shows them; a
 * quantity merged over two rows is refused in both (src/sheet/merged-cells.ts), never read as 1 in the lower one.
 */
import { OUTPUT_COLUMNS, checkShipment, columnLetters, readSettings } from "../../src/sheet";
import { act, hook, hookValue, openPane } from "./harness";
import { describeInBrowser } from "./suite";

type Grid = (string | number | boolean | null)[][];

const HEADER = [
  "SKU",
  "HS code",
  "Quantity",
  "Destination",
  "Sales link",
  "Selling price",
  "Commission",
  "Declared value",
  "Shipment",
];
const STORED = { declarationDate: "2026-12-01", vatDeferral: false };
const LINK = "https://www.amazon.de/dp/B0CX7KQ2LM";

/** A desk lamp on amazon.de; the shipment's number and destination only where `written`. */
const lamp = (sku: string, quantity: number | null, written: boolean) => [
  sku,
  "94052140",
  quantity,
  written ? "DE" : null,
  LINK,
  39.99,
  6,
  20.5,
  written ? "LGG-2412-01" : null,
];

describeInBrowser("merged cells in the pane", (suite) => {
  test("a shipment merged over its rows is read in each; a merged quantity is refused in both rows", async () => {
    const values = [
      HEADER,
      lamp("LAMP-1", 2, true),
      lamp("LAMP-2", 3, false),
      lamp("LAMP-3", 4, false),
      lamp("UNITS-1", 6, true),
      lamp("UNITS-2", null, true),
    ];
    const { pane: page, watch } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Merged.xlsx",
        sheets: [{ name: "Shipment", values, merges: ["D2:D4", "I2:I4", "C5:C6"] }],
        activeSheet: "Shipment",
        settings: { "customsInverseValue.settings": STORED },
      },
    });
    expect(await act(page, "#check")).toBe("done");

    const last = columnLetters(HEADER.length + OUTPUT_COLUMNS.length - 1);
    const sheet = await hook<Grid>(page, "getValues", `Shipment!A1:${last}6`);
    const output = (name: (typeof OUTPUT_COLUMNS)[number]) => HEADER.length + OUTPUT_COLUMNS.indexOf(name);
    const written = checkShipment(
      [HEADER, lamp("LAMP-1", 2, true), lamp("LAMP-2", 3, true), lamp("LAMP-3", 4, true)],
      readSettings(STORED),
    );
    written.rows.forEach((row, index) => {
      expect(sheet[1 + index][output("Inverse value")]).toBe(Number(row.inverseValue?.toFixed(2)));
      expect(sheet[1 + index][output("Status")]).toBe(row.status);
      expect(sheet[1 + index][output("Explanation")]).toBe(row.explanation);
    });
    for (const line of [sheet[4], sheet[5]]) {
      expect(line[output("Status")]).toBe("ERROR");
      expect(line[output("Inverse value")]).toBe("");
      expect(line[output("Explanation")]).toContain("Quantity: the cell is merged over C5:C6");
    }
    // The cells the user wrote stay as they were.
    expect(await hook<Grid>(page, "getValues", "Shipment!C2:D6")).toEqual([
      [2, "DE"],
      [3, ""],
      [4, ""],
      [6, "DE"],
      ["", "DE"],
    ]);
    expect(watch.pageErrors).toEqual([]);
  }, 90_000);

  test("600 shipments of two rows, more merged areas than Excel answers at once, are all read", async () => {
    const rows = 1_200;
    const values = [
      HEADER,
      ...Array.from({ length: rows }, (_, index) => {
        const line = lamp(`LAMP-${index}`, 1, index % 2 === 0);
        if (index % 2 === 0) line[8] = `LGG-${index / 2}`;
        return line;
      }),
    ];
    // Each shipment's Destination and Shipment merged over its two rows: 1,200 areas.
    const merges = Array.from({ length: rows / 2 }, (_, pair) => [
      `D${2 * pair + 2}:D${2 * pair + 3}`,
      `I${2 * pair + 2}:I${2 * pair + 3}`,
    ]).flat();
    const { pane: page, watch } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Merged.xlsx",
        sheets: [{ name: "Shipment", values, merges }],
        activeSheet: "Shipment",
        settings: { "customsInverseValue.settings": STORED },
      },
    });
    expect(await act(page, "#check")).toBe("done");
    const status = columnLetters(HEADER.length + OUTPUT_COLUMNS.indexOf("Status"));
    const statuses = (await hook<Grid>(page, "getValues", `Shipment!${status}2:${status}${rows + 1}`)).flat();
    // Missed, a lower row would have no destination (ERROR) and be a shipment of its own.
    expect(statuses.filter((value) => value === "ERROR")).toEqual([]);
    const log = await hookValue<{ error?: string }[]>(page, "log");
    expect(log.some((entry) => entry.error === "GeneralException")).toBe(true);
    expect(watch.pageErrors).toEqual([]);
  }, 120_000);

  test("an area across the 2,000-row ranges the pane asks about is read whole, though Excel cuts areas to a range", async () => {
    // Sheet rows 2000–2002 are one shipment, its number and destination merged over them.
    const values = [
      HEADER,
      ...Array.from({ length: 2_100 }, (_, index) => {
        const sheetRow = index + 2;
        const line = lamp(`LAMP-${index}`, 1, sheetRow < 2000 || sheetRow > 2002 || sheetRow === 2000);
        if (sheetRow === 2000) line[8] = "LGG-ACROSS";
        return line;
      }),
    ];
    const { pane: page, watch } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Merged.xlsx",
        sheets: [{ name: "Shipment", values, merges: ["D2000:D2002", "I2000:I2002"] }],
        activeSheet: "Shipment",
        settings: { "customsInverseValue.settings": STORED },
      },
    });
    expect(await act(page, "#check")).toBe("done");
    const status = columnLetters(HEADER.length + OUTPUT_COLUMNS.indexOf("Status"));
    // Cut to the first range, the area would be D2000 alone: rows 2001 and 2002 without a destination, ERROR.
    expect(
      (await hook<Grid>(page, "getValues", `Shipment!${status}2000:${status}2002`)).flat(),
    ).not.toContain("ERROR");
    expect(watch.pageErrors).toEqual([]);
  }, 120_000);
});
