/**
 * Share costs, planned without Excel: which rows get which share per unit, in which column (added when missing),
 * what the add-in owns afterwards, what the pane says, and when it refuses. The shares are src/sheet's
 * (shareShipmentCosts: by unit weight × quantity, in cents that add up).
 */
import { checkSheetRows } from "../../src/sheet";
import { isRefusal } from "../../taskpane/actions/action-result";
import {
  type CostSharingPlan,
  type SharedTotals,
  costSharingRecord,
  costTargets,
  planCostSharing,
  readCostTotals,
} from "../../taskpane/actions/share-costs";
import { fingerprint } from "../../taskpane/fingerprint";
import { afterWrites, inputsFor, sheetRead, type Worksheet } from "./sheet-cells";

const HEADER = ["SKU", "Destination", "Selling price", "Unit weight kg", "Quantity", "Shipment"];
const SHIPMENT: Worksheet = {
  values: [
    HEADER,
    ["LAMP-9", "DE", 49.9, 0.5, 4, "LGG-1"],
    ["MUG-2", "FR", 12.9, 2, 1, "LGG-2"],
    ["KETTLE-1", "NL", 39.9, 1, 1, "LGG-1"],
  ],
};
const { settings } = inputsFor({ vatDeferral: false });
const freight = (amount: string, shipment = ""): SharedTotals =>
  readCostTotals({ freight: amount, lastMile: "", handling: "", shipment });
const read = (sheet: Worksheet, totals: SharedTotals) =>
  sheetRead(sheet, (outline) => costTargets(outline, totals));

async function plan(sheet: Worksheet, totals: SharedTotals): Promise<CostSharingPlan> {
  const planned = await planCostSharing(read(sheet, totals), settings, totals);
  if (isRefusal(planned)) throw new Error(planned.refused);
  return planned;
}

describe("Share costs", () => {
  test("shares a shipment's freight over its rows by unit weight × quantity, per unit, in a Freight column it adds", async () => {
    // LAMP-9 weighs 0.5 × 4 = 2 kg, KETTLE-1 1 kg: 100.00 goes 66.67 / 33.33, per unit 16.6675 and 33.33.
    const { columns, writes } = await plan(SHIPMENT, freight("100", "LGG-1"));
    expect(columns).toEqual([{ field: "freight", header: "Freight", column: 6, created: true }]);
    expect(writes).toEqual([
      { sheet: "Shipment", row: 0, column: 6, values: [["Freight"]], counted: false },
      { sheet: "Shipment", row: 1, column: 6, values: [[16.6675]], numberFormat: "0.00" },
      { sheet: "Shipment", row: 3, column: 6, values: [[33.33]], numberFormat: "0.00" },
    ]);
  });

  test("puts the added column's header in bold", async () => {
    expect((await plan(SHIPMENT, freight("100"))).formats).toEqual([
      { sheet: "Shipment", row: 0, column: 6, rowCount: 1, columnCount: 1, bold: true },
    ]);
  });

  test("says what it shared over which rows, and where it wrote", async () => {
    expect((await plan(SHIPMENT, freight("100", "LGG-1"))).messages).toEqual([
      "Shared Freight EUR 100.00 over rows 2, 4 of shipment LGG-1 by unit weight × quantity, in cents that add up to the totals.",
      "Wrote the per-unit amounts in Freight (G). Run Check shipment to see their effect.",
    ]);
  });

  test("writes into the empty cells of the sheet's own Freight column; the audit line's summary is the sheet's after", async () => {
    const withFreight: Worksheet = {
      values: [[...HEADER, "Freight"], ...SHIPMENT.values.slice(1).map((row) => [...row, null])],
    };
    const planned = await plan(withFreight, freight("100", "LGG-1"));
    expect(planned.columns).toEqual([{ field: "freight", header: "Freight", column: 6, created: false }]);
    expect(planned.writes.map((write) => [write.row, write.numberFormat])).toEqual([
      [1, undefined],
      [3, undefined],
    ]);
    const after = read({ values: afterWrites(withFreight, planned.writes) }, freight("100"));
    expect(planned.summary).toEqual(checkSheetRows(after.values, after.layout, settings).summary);
  });

  test("owns the cost column it created, with the fingerprint of the shipment's shares", async () => {
    const totals = freight("100", "LGG-1");
    const planned = await plan(SHIPMENT, totals);
    const record = costSharingRecord(read(SHIPMENT, totals), planned, planned.writes);
    expect(record.columns).toEqual([
      {
        field: "freight",
        header: "Freight",
        column: 6,
        kind: "cost",
        created: true,
        firstRow: 1,
        lastRow: 3,
        whole: fingerprint([16.6675, null, 33.33]),
        shares: { "shipment:LGG-1": fingerprint([16.6675, 33.33]) },
      },
    ]);
  });

  test("shares again over the cells it wrote before", async () => {
    const totals = freight("100", "LGG-1");
    const first = await plan(SHIPMENT, totals);
    const again: Worksheet = {
      values: afterWrites(SHIPMENT, first.writes),
      record: costSharingRecord(read(SHIPMENT, totals), first, first.writes),
    };
    const second = await plan(again, freight("120", "LGG-1"));
    expect(second.columns).toEqual([{ field: "freight", header: "Freight", column: 6, created: false }]);
    expect(second.writes).toEqual([
      { sheet: "Shipment", row: 1, column: 6, values: [[20]] },
      { sheet: "Shipment", row: 3, column: 6, values: [[40]] },
    ]);
    expect(second.formats).toEqual([]);
  });
});

describe("Share costs refuses, writing nothing", () => {
  test("when the rows' cells hold amounts the add-in did not write", async () => {
    const typed: Worksheet = {
      values: [
        [...HEADER, "Freight"],
        ...SHIPMENT.values.slice(1).map((row, i) => [...row, i === 0 ? 5 : null]),
      ],
    };
    const totals = freight("100");
    const planned = await planCostSharing(read(typed, totals), settings, totals);
    expect(isRefusal(planned) && planned.refused).toBe(
      'Column G "Freight" already has values in row 2 that the add-in did not write, so it wrote nothing. Clear those cells if the shared costs should replace them, then run Share costs again.',
    );
  });

  test("when an empty cost cell is formatted in another currency: the share would show and be read in it", async () => {
    const emptyFreight: Worksheet = {
      values: [[...HEADER, "Freight"], ...SHIPMENT.values.slice(1).map((row) => [...row, null])],
      // A column of dollar amounts the user formatted ahead; G3 in euros, as the totals are, is no problem.
      numberFormats: { G2: '"$"#,##0.00', G3: "#,##0.00 [$€-813]", G4: '"$"#,##0.00' },
    };
    const totals = freight("100", "LGG-1");
    const planned = await planCostSharing(read(emptyFreight, totals), settings, totals);
    expect(isRefusal(planned) && planned.refused).toBe(
      'The costs were not shared: Row 2: its empty "Freight" cell is formatted in $, but the shipment totals are in EUR: a share written there would show as $ and be read as $. Format the cell as a number or in EUR (Home › Number Format), then run Share costs again; Row 4: its empty "Freight" cell is formatted in $, but the shipment totals are in EUR: a share written there would show as $ and be read as $. Format the cell as a number or in EUR (Home › Number Format), then run Share costs again.',
    );
    const euros = { ...emptyFreight, numberFormats: { G2: "#,##0.00 [$€-813]", G4: "0.00" } };
    expect(isRefusal(await planCostSharing(read(euros, totals), settings, totals))).toBe(false);
  });

  test("when the costs cannot be shared (no unit weights)", async () => {
    const weightless: Worksheet = { values: SHIPMENT.values.map((row) => [row[0], row[1], row[2], row[4]]) };
    const totals = freight("100");
    const planned = await planCostSharing(read(weightless, totals), settings, totals);
    expect(isRefusal(planned) && planned.refused).toBe(
      'The costs were not shared: No "Unit weight kg" column: costs are shared by unit weight × quantity.',
    );
  });

  test("when the shipment named has no rows", async () => {
    const totals = freight("100", "LGG-9");
    const planned = await planCostSharing(read(SHIPMENT, totals), settings, totals);
    expect(isRefusal(planned) && planned.refused).toBe(
      "The costs were not shared: No rows of shipment LGG-9.",
    );
  });
});

test("shipment totals for Share costs", async () => {
  const { costs, shipment } = readCostTotals({
    freight: "1.250,50",
    lastMile: "",
    handling: "80",
    shipment: " LGG-1 ",
  });
  expect([costs.freight.toNumber(), costs.lastMile.toNumber(), costs.handling.toNumber(), shipment]).toEqual([
    1250.5,
    0,
    80,
    "LGG-1",
  ]);
  expect(() => readCostTotals({ freight: "", lastMile: "", handling: "", shipment: "" })).toThrow(
    "Shipment totals: all are empty. Enter at least one total",
  );
  expect(() => readCostTotals({ freight: "lots", lastMile: "", handling: "", shipment: "" })).toThrow(
    'Freight total: "lots" is not a number. Enter the shipment\'s total in EUR, e.g. 1250.00',
  );
  expect(() => readCostTotals({ freight: "-3", lastMile: "", handling: "", shipment: "" })).toThrow(
    "Freight total: -3 is negative. Enter the total as a positive amount",
  );
  // The engine's amount reader: a percentage or another currency is no total in EUR.
  expect(() => readCostTotals({ freight: "12%", lastMile: "", handling: "", shipment: "" })).toThrow(
    /^Freight total: .*12%/,
  );
  expect(() => readCostTotals({ freight: "80 USD", lastMile: "", handling: "", shipment: "" })).toThrow(
    /^Freight total: .*USD/,
  );
});
