/**
 * Fill VAT rates, planned without Excel: which cells get which rate, the column it adds when there is none, what the
 * add-in owns afterwards and what the pane says. The rates are src/sheet's (vatRateFills).
 */
import { planVatFill, vatFillOutcome, vatFillTargets } from "../../taskpane/actions/fill-vat";
import { inputsFor, sheetRead, type Worksheet } from "./sheet-cells";

const HEADER = ["SKU", "Destination", "Selling price", "VAT rate", "Declared value"];
const { settings } = inputsFor();
const rates: Worksheet = {
  values: [
    HEADER,
    ["A", "FR", 49.9, null, 30],
    ["B", "DE", 49.9, 0.07, 30],
    ["C", "FR", 49.9, 0.2, 30],
    ["D", "XX", 49.9, null, 30],
    ["E", "DE", 49.9, null, 30],
  ],
  formulas: { D4: "=0.1+0.1" },
};
const read = (sheet: Worksheet) => sheetRead(sheet, vatFillTargets);

describe("Fill VAT rates", () => {
  test("fills the empty VAT rate cells only, with the destination's standard rate, shown as 0.0 %", async () => {
    const plan = planVatFill(read(rates), settings);
    expect(plan.column).toBe(3);
    expect(plan.addedHeader).toBeUndefined();
    expect(plan.writes).toEqual([
      { sheet: "Shipment", row: 1, column: 3, values: [[0.2]], numberFormat: "0.0%" },
      { sheet: "Shipment", row: 5, column: 3, values: [[0.19]], numberFormat: "0.0%" },
    ]);
  });

  test("never touches a rate the user typed, nor a formula", async () => {
    const rows = planVatFill(read(rates), settings).writes.map((write) => write.row);
    expect(rows).not.toContain(2);
    expect(rows).not.toContain(3);
  });

  test("says what it filled, and which rows it could not fill and why", async () => {
    const sheet = read(rates);
    const plan = planVatFill(sheet, settings);
    const { messages } = await vatFillOutcome(sheet, settings, plan, plan.writes);
    expect(messages[0]).toBe(
      "Filled 2 empty VAT rate cells in column D with the standard rate of the destination on the row's date (or the declaration date). Rates you typed were left as they were.",
    );
    expect(messages[1]).toMatch(/^Not filled: Row 5: /);
  });

  test("keeps the rates it filled in the sheet's record, as its own", async () => {
    const sheet = read(rates);
    const plan = planVatFill(sheet, settings);
    expect((await vatFillOutcome(sheet, settings, plan, plan.writes)).record.vatFills).toEqual({
      header: "VAT rate",
      column: 3,
      rates: "0.2: 2; 0.19: 6",
    });
  });

  test("with every rate in place, says there was nothing to fill", async () => {
    const full: Worksheet = { values: [HEADER, ["A", "FR", 49.9, 0.2, 30]] };
    const plan = planVatFill(read(full), settings);
    expect(plan.writes).toEqual([]);
    expect((await vatFillOutcome(read(full), settings, plan, [])).messages).toEqual([
      "No empty VAT rate cells to fill: every row has a rate (or no destination the rate can come from).",
    ]);
  });
});

describe("Fill VAT rates on a sheet without a VAT rate column", () => {
  const noColumn: Worksheet = {
    values: [
      ["SKU", "Destination", "Selling price"],
      ["A", "IT", 20],
      ["B", "PL", 20],
    ],
  };

  test("adds a column named VAT rate right of the data, header first", async () => {
    const plan = planVatFill(read(noColumn), settings);
    expect(plan.column).toBe(3);
    expect(plan.writes).toEqual([
      { sheet: "Shipment", row: 0, column: 3, values: [["VAT rate"]], counted: false },
      { sheet: "Shipment", row: 1, column: 3, values: [[0.22], [0.23]], numberFormat: "0.0%" },
    ]);
  });

  test("owns the column it added, with its header in bold, once the header is written", async () => {
    const sheet = read(noColumn);
    const plan = planVatFill(sheet, settings);
    const outcome = await vatFillOutcome(sheet, settings, plan, plan.writes);
    expect(outcome.record.columns).toEqual([
      {
        field: "vatRate",
        header: "VAT rate",
        column: 3,
        kind: "vatRate",
        created: true,
        firstRow: 1,
        lastRow: 2,
      },
    ]);
    expect(outcome.formats).toEqual([
      { sheet: "Shipment", row: 0, column: 3, rowCount: 1, columnCount: 1, bold: true },
    ]);
    expect(outcome.messages).toContain('Added the column "VAT rate" (D).');
  });

  test("owns nothing when nothing was written (cancelled)", async () => {
    const sheet = read(noColumn);
    const plan = planVatFill(sheet, settings);
    const outcome = await vatFillOutcome(sheet, settings, plan, []);
    expect(outcome.record.columns).toEqual([]);
    expect(outcome.record.vatFills).toBeUndefined();
    expect(outcome.formats).toEqual([]);
  });
});

describe("rates the add-in filled before (issue 8)", () => {
  test("are worked out again on a new declaration date; cleared when the row no longer gives one", async () => {
    const filled: Worksheet = {
      values: [
        ["SKU", "Destination", "Selling price", "VAT rate"],
        ["A", "FI", 49.9, 0.24],
        ["B", "", 49.9, 0.24],
      ],
      record: {
        sheetName: "Shipment",
        columns: [],
        vatFills: { header: "VAT rate", column: 3, rates: "0.24: 2-3" },
      },
    };
    const september = inputsFor({ declarationDate: "2024-09-01" }).settings;
    const sheet = read(filled);
    const plan = planVatFill(sheet, september);
    expect(plan.vatWrites).toEqual([
      { index: 1, row: 2, value: 0.255 },
      { index: 2, row: 3, value: "" },
    ]);
    const outcome = await vatFillOutcome(sheet, september, plan, plan.writes);
    expect(outcome.record.vatFills?.rates).toBe("0.255: 2");
    expect(outcome.messages.slice(0, 3)).toEqual([
      "Worked out again 1 VAT rate the add-in had filled before: the row's destination or date, or the declaration date, has changed since.",
      "Cleared 1 VAT rate the add-in had filled before: the row no longer gives a rate (its explanation says why).",
      expect.stringMatching(/^Not filled: Row 3: /),
    ]);
  });
});
