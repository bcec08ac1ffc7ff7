/**
 * Numbers read with their formats in the pane: the built pane in headless Chromium, Microsoft's Office.js in the
 * simulated Excel on the web. A price formatted in zloty and a commission formatted as a percentage are read as
 * Excel shows them, with the same figures as src/sheet gives for the same numbers written as text.
 */
import { OUTPUT_COLUMNS, checkShipment, columnLetters, readSettings } from "../../src/sheet";
import { act, hook, openPane } from "./harness";
import { describeInBrowser } from "./suite";

type Grid = (string | number | boolean)[][];

const HEADER = [
  "SKU",
  "HS code",
  "Destination",
  "Sales link",
  "Selling price",
  "Commission",
  "Declared value",
];
const STORED = { declarationDate: "2026-12-01", vatDeferral: false, exchangeRates: { PLN: 4.33 } };
const LINK = "https://www.amazon.pl/dp/B08N5WRWNW";
const ZLOTY = "#,##0.00 [$zł-415]";

describeInBrowser("numbers read with their formats in the pane", (suite) => {
  test("a price in zloty and a commission of 15 % are read as Excel shows them, not as euros", async () => {
    const values = [
      HEADER,
      ["LAMP-PL", "94052140", "PL", LINK, 109, 0.15, 43],
      ["LAMP-PL-TEXT", "94052140", "PL", LINK, "109 zł", "15 %", "43 zł"],
    ];
    const general = HEADER.map(() => "General");
    const numberFormats = [
      general,
      ["General", "General", "General", "General", ZLOTY, "0%", ZLOTY],
      general,
    ];
    const { pane: page, watch } = await openPane(suite.browser, suite.served, {
      workbook: {
        name: "Polish.xlsx",
        sheets: [{ name: "Shipment", values, numberFormats }],
        activeSheet: "Shipment",
        settings: { "customsInverseValue.settings": STORED },
      },
    });
    expect(await act(page, "#check")).toBe("done");

    const last = columnLetters(HEADER.length + OUTPUT_COLUMNS.length - 1);
    const sheet = await hook<Grid>(page, "getValues", `Shipment!A1:${last}3`);
    const inverseAt = HEADER.length + OUTPUT_COLUMNS.indexOf("Inverse value");
    const expected = checkShipment([values[0], values[2]], readSettings(STORED)).rows[0];
    // src/sheet's figure for the row written as text; read as euros, the formatted row was worth 4.33 times as much.
    expect(sheet[1][inverseAt]).toBe(Number(expected.inverseValue?.toFixed(2)));
    expect(sheet[2][inverseAt]).toBe(sheet[1][inverseAt]);
    expect(sheet[1].slice(HEADER.length)).toEqual(sheet[2].slice(HEADER.length));
    // The cells the user wrote keep their numbers and formats.
    expect((await hook<Grid>(page, "getValues", "Shipment!E2:G2"))[0]).toEqual([109, 0.15, 43]);
    expect((await hook<Grid>(page, "getNumberFormats", "Shipment!E2:G2"))[0]).toEqual([ZLOTY, "0%", ZLOTY]);
    expect(watch.pageErrors).toEqual([]);
  }, 90_000);
});
