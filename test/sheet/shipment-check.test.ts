import fc from "fast-check";
import {
  AUDIT_COLUMNS,
  PRO_FORMA_COLUMNS,
  auditRow,
  excelLocalDateTime,
  formattedCell,
  checkShipment,
  jsonReport,
  outputCells,
  OUTPUT_COLUMNS,
  ProFormaBuilder,
  proFormaSheets,
  readSettings,
  type RowCheck,
  ShipmentChecker,
  SummaryTally,
  sheetLayout,
  shipmentEnds,
  shareShipmentCosts,
  uniqueSheetName,
  vatRateFills,
} from "../../src/sheet";
import { exact } from "../../src/engine";

/** Index of the first money column (Unit price) of the pro forma. */
const PRO_FORMA_FIRST_MONEY_COLUMN = PRO_FORMA_COLUMNS.indexOf("Unit price");
import { HEADER, row, settings, sheet } from "./sample";

const context = { declarationDate: "2026-11-21", vatTableVersion: "test table" };

describe("shipment rules", () => {
  test("one risky row exposes its whole shipment to detention", () => {
    const check = checkShipment(
      sheet(
        row({ SKU: "A" }),
        row({ SKU: "B", "Declared value": 5 }),
        row({ SKU: "C" }),
        row({ SKU: "D", Shipment: "LGG-2" }),
      ),
      settings,
    );
    expect(check.rows.map((r) => [r.sku, r.status, r.flags])).toEqual([
      ["A", "REVIEW", ["SHIPMENT_DETENTION"]],
      ["B", "RISK", ["UNDER_DECLARED"]],
      ["C", "REVIEW", ["SHIPMENT_DETENTION"]],
      ["D", "OK", []],
    ]);
    expect(check.rows[0].explanation).toBe(
      "Shipment LGG-1 has a row at risk (row 5): if one item is inspected, every item of the shipment is detained.",
    );
    expect(check.summary.shipmentsExposed).toEqual(["LGG-1"]);
  });

  test("a risky row is flagged too when another row of its shipment is risky", () => {
    const check = checkShipment(sheet(row({ "Declared value": 5 }), row({ "Declared value": 6 })), settings);
    expect(check.rows.map((r) => r.flags)).toEqual([
      ["UNDER_DECLARED", "SHIPMENT_DETENTION"],
      ["UNDER_DECLARED", "SHIPMENT_DETENTION"],
    ]);
  });

  test("rows without a shipment id are not grouped", () => {
    const check = checkShipment(
      sheet(row({ Shipment: "", "Declared value": 5 }), row({ Shipment: "" })),
      settings,
    );
    expect(check.rows[1].flags).toEqual([]);
    expect(check.summary.shipmentsExposed).toEqual([]);
  });
});

describe("the check fed a chunk of rows at a time (ShipmentChecker)", () => {
  // Shipments split over the sheet, rows without one, unreadable prices, a totals line and a note in between.
  const rows = Array.from({ length: 60 }, (_, i) =>
    row({
      SKU: `SKU-${i}`,
      Shipment: i % 7 === 4 ? null : `S${i % 5}`,
      "Prix TTC": i % 11 === 3 ? "x" : 19.99 + i,
      "Declared value": 5 + (i % 13),
    }),
  );
  const values = sheet(
    ...rows.slice(0, 30),
    ["Total", null, null, 1200],
    ["* Prices as listed"],
    ...rows.slice(30),
  );
  const whole = checkShipment(values, settings);
  const layout = sheetLayout(values);

  test("law: whatever the chunks, with the shipments' ends known or not, the rows and summary of the whole check", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (chunkSizes, endsKnown) => {
          const checker = new ShipmentChecker(
            layout,
            settings,
            endsKnown ? { shipmentEnds: shipmentEnds(values, layout) } : {},
          );
          const settled: RowCheck[] = [];
          let chunk = 0;
          for (let start = 0; start < values.length;) {
            const size = chunkSizes[chunk++ % chunkSizes.length];
            settled.push(...checker.add(values.slice(start, start + size), start));
            start += size;
          }
          const { rows: rest, summary } = checker.finish();
          expect([...settled, ...rest].sort((a, b) => a.row - b.row)).toEqual(whole.rows);
          expect(summary).toEqual(whole.summary);
        },
      ),
      { numRuns: 60 },
    );
    expect(whole.summary.skippedRows).toEqual([
      { row: 34, kind: "totals" },
      { row: 35, kind: "note" },
    ]);
  });

  test("law: the ends learnt after any number of chunks (a tentative check) give the rows and summary of the whole check", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: values.length }),
        (chunkSizes, learntAfter) => {
          const checker = new ShipmentChecker(layout, settings);
          const settled: RowCheck[] = [];
          let chunk = 0;
          let learnt = false;
          for (let start = 0; start < values.length;) {
            if (!learnt && start >= learntAfter) {
              settled.push(...checker.learnEnds(shipmentEnds(values, layout)));
              learnt = true;
            }
            const size = chunkSizes[chunk++ % chunkSizes.length];
            settled.push(...checker.add(values.slice(start, start + size), start));
            start += size;
          }
          if (!learnt) settled.push(...checker.learnEnds(shipmentEnds(values, layout)));
          // Once learnt, every shipment has settled by its last row: finish has nothing left but the summary.
          const { rows: rest, summary } = checker.finish();
          expect(rest).toEqual([]);
          expect(settled.sort((a, b) => a.row - b.row)).toEqual(whole.rows);
          expect(summary).toEqual(whole.summary);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("learns the shipments' ends once", () => {
    const checker = new ShipmentChecker(layout, settings, { shipmentEnds: shipmentEnds(values, layout) });
    expect(() => checker.learnEnds(shipmentEnds(values, layout))).toThrow(/ends already/);
  });

  test("with the ends known from the start, a shipment settles as soon as its last row is checked", () => {
    const checker = new ShipmentChecker(layout, settings, { shipmentEnds: shipmentEnds(values, layout) });
    const firstHalf = checker.add(values.slice(0, 20), 0);
    // Rows 4 to 20: shipments S0 to S4 are still open, the rows without a shipment are final.
    expect(firstHalf.map((checked) => checked.shipment)).toEqual(firstHalf.map(() => null));
    expect(firstHalf.length).toBeGreaterThan(0);
  });

  test("needs a layout that knows the sheet's decimal marks", () => {
    const { decimalMarks: _marks, ...unmarked } = layout;
    expect(() => new ShipmentChecker(unmarked, settings)).toThrow(/decimal marks/);
  });
});

describe("the summary", () => {
  const rows = [
    row({ SKU: "A", "Declared value": 20, Qty: 40 }), // 9405 21 40, short by 9.39
    row({ SKU: "B", "Declared value": 20, Qty: 10, "HS code": "9405.21.40" }), // same code written differently
    row({ SKU: "C", "Declared value": 20, Qty: 5, "HS code": "851762", Shipment: "LGG-2" }),
    row({ SKU: "D", "Prix TTC": "x", Shipment: "LGG-3" }),
    row({ SKU: "E", Shipment: "LGG-4" }),
  ];

  test("counts, distinct HS codes, fine exposure, outstanding duty, exposed shipments, ignored columns", () => {
    const { summary } = checkShipment(sheet(...rows), settings);
    expect(summary).toMatchObject({
      rows: 5,
      ok: 1,
      review: 0,
      risk: 3,
      error: 1,
      underDeclaredHsCodes: ["851762", "94052140"],
    });
    expect(summary.fineExposure?.toNumber()).toBe(500);
    // 4.7 % × (29.39 − 20) × (40 + 10 + 5) = 24.27
    expect(summary.outstandingDuty.toFixed(2)).toBe("24.27");
    expect(summary.shipmentsExposed).toEqual(["LGG-1", "LGG-2"]);
    expect(summary.ignoredCostColumns).toEqual(["Advertising"]);
  });

  test("the fine follows the offence level and the fines set; a third offence has no amount", () => {
    const second = readSettings({ declarationDate: "2026-11-21", offenceLevel: 2 });
    expect(checkShipment(sheet(...rows), second).summary.fineExposure?.toNumber()).toBe(1000);
    const custom = readSettings({ declarationDate: "2026-11-21", fines: { firstOffencePerHsCode: 300 } });
    expect(checkShipment(sheet(...rows), custom).summary.fineExposure?.toNumber()).toBe(600);
    const third = readSettings({ declarationDate: "2026-11-21", offenceLevel: 3 });
    expect(checkShipment(sheet(...rows), third).summary.fineExposure).toBeNull();
  });

  test("under-declared rows without an HS code: the fine counts the codes given, and lies between bounds", () => {
    const under = (sku: string, hsCode: string) => row({ SKU: sku, "HS code": hsCode, "Declared value": 20 });
    const { summary } = checkShipment(
      sheet(under("A", "94052140"), under("B", ""), under("C", "n/a"), row({ SKU: "D", "HS code": "" })),
      settings,
    );
    expect(summary.underDeclaredHsCodes).toEqual(["94052140"]);
    expect(summary.fineExposure?.toNumber()).toBe(250);
    // Rows 5 and 6 (B, C) have no code: they are 94052140, or one code each. D is not under-declared.
    expect(summary.underDeclaredWithoutHsCode).toEqual({ rows: 2, firstRows: [5, 6] });
    expect(summary.fineExposureBounds?.atLeast.toNumber()).toBe(250);
    expect(summary.fineExposureBounds?.upTo.toNumber()).toBe(750);
    const third = readSettings({ declarationDate: "2026-11-21", offenceLevel: 3 });
    expect(checkShipment(sheet(under("B", "")), third).summary.fineExposureBounds).toBeNull();
    expect(checkShipment(sheet(under("A", "94052140")), settings).summary.fineExposureBounds).toBeNull();
  });

  test("the JSON report has exactly the shape of docs/contracts.md, JSON report", () => {
    const report = jsonReport(checkShipment(sheet(row({ "Declared value": 12 })), settings));
    expect(Object.keys(report)).toEqual(["rows", "summary"]);
    expect(Object.keys(report.rows[0])).toEqual([
      "row",
      "sku",
      "status",
      "flags",
      "vatRate",
      "inverseValue",
      "ratio",
      "duty",
      "declaredValue",
      "explanation",
      "importVatBase",
      "importVat",
      "vatRegime",
    ]);
    // Import VAT base: declared 12 + duty 4.7 % of it 0.564 + freight 0.80 + handling 0.45 = 13.814; at 21 %.
    expect(report.rows[0]).toMatchObject({
      row: 4,
      sku: "LAMP-9",
      status: "RISK",
      flags: ["UNDER_DECLARED"],
      vatRate: 0.2,
      inverseValue: 29.39,
      ratio: 0.589,
      duty: 1.38,
      declaredValue: 12,
      importVatBase: 13.81,
      importVat: 2.9,
      vatRegime: "CP42",
    });
    expect(Object.keys(report.summary)).toEqual([
      "rows",
      "ok",
      "review",
      "risk",
      "error",
      "underDeclaredHsCodes",
      "fineExposure",
      "outstandingDuty",
      "shipmentsExposed",
      "importVat",
    ]);
    // 4.7 % × (29.39 − 12) × 40 = 32.6932
    expect(report.summary).toEqual({
      rows: 1,
      ok: 0,
      review: 0,
      risk: 1,
      error: 0,
      underDeclaredHsCodes: ["94052140"],
      fineExposure: 250,
      outstandingDuty: 32.69,
      shipmentsExposed: ["LGG-1"],
      // 13.814 × 40 × 21 % = 116.0376 exempt under procedure 42; in France 13.814 × 40 × 20 % = 110.512.
      importVat: {
        paidAtImport: 0,
        deferredET14000: 0,
        exemptCP42: 116.04,
        destinationVatEstimate: { FR: 110.51 },
      },
    });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test("JSON: under-declared rows without a valid HS code are the last summary key, with the fine's bounds", () => {
    const rows = [row({ "Declared value": 12 }), row({ SKU: "B", "HS code": "TBC-1", "Declared value": 12 })];
    const summaryOf = (offenceLevel: 1 | 3) =>
      jsonReport(checkShipment(sheet(...rows), readSettings({ declarationDate: "2026-11-21", offenceLevel })))
        .summary;
    const first = summaryOf(1);
    expect(Object.keys(first).slice(-2)).toEqual(["importVat", "underDeclaredWithoutHsCode"]);
    // "TBC-1" tells no code: 94052140 again, or one more.
    expect(first).toMatchObject({ underDeclaredHsCodes: ["94052140"], fineExposure: 250 });
    expect(first.underDeclaredWithoutHsCode).toEqual({
      rows: 1,
      firstRows: [5],
      fineExposureAtLeast: 250,
      fineExposureUpTo: 500,
    });
    // A third offence has no amount, and no bounds.
    expect(summaryOf(3)).toMatchObject({
      fineExposure: null,
      underDeclaredWithoutHsCode: {
        rows: 1,
        firstRows: [5],
        fineExposureAtLeast: null,
        fineExposureUpTo: null,
      },
    });
  });

  test("the output cells of a row follow OUTPUT_COLUMNS; an ERROR row shows no numbers", () => {
    const check = checkShipment(sheet(row(), row({ "Prix TTC": "x" })), settings);
    expect(OUTPUT_COLUMNS).toEqual([
      "Inverse value",
      "Declaration ratio",
      "Duty",
      "Status",
      "Flags",
      "Explanation",
    ]);
    expect(outputCells(check.rows[0])).toEqual([
      29.39,
      0.589,
      1.38,
      "OK",
      "",
      "Declared EUR 30.00 covers the inverse value EUR 29.39.",
    ]);
    expect(outputCells(check.rows[1]).slice(0, 5)).toEqual(["", "", "", "ERROR", "INVALID_INPUT"]);
  });
});

describe("sharing shipment costs by weight × quantity", () => {
  const values = sheet(
    row({ SKU: "A", "Unit weight kg": 0.5, Qty: 4 }),
    row({ SKU: "B", "Unit weight kg": 2, Qty: 1 }),
    row({ SKU: "C", "Unit weight kg": 1, Qty: 3, Shipment: "LGG-2" }),
  );
  const layout = sheetLayout(values);
  const totals = { freight: exact(100), lastMile: exact("10.01"), handling: exact(0) };

  test("line shares are whole cents that add up to each total; per unit × quantity gives them back", () => {
    const sharing = shareShipmentCosts(values, layout, totals);
    expect(sharing.ok).toBe(true);
    if (!sharing.ok) return;
    expect(sharing.shares.map((s) => s.lineShare.freight.toFixed(2))).toEqual(["28.57", "28.57", "42.86"]);
    expect(sharing.shares.map((s) => s.lineShare.lastMile.toFixed(2))).toEqual(["2.86", "2.86", "4.29"]);
    expect(sharing.shares[2].perUnit.freight.toString()).toBe("14.28666667");
    for (const share of sharing.shares) {
      const quantity = [4, 1, 3][sharing.shares.indexOf(share)];
      expect(share.perUnit.freight.times(quantity).toDecimalPlaces(2).toFixed(2)).toBe(
        share.lineShare.freight.toFixed(2),
      );
    }
  });

  test("only the rows of the shipment named", () => {
    const sharing = shareShipmentCosts(values, layout, totals, { shipment: "LGG-1" });
    expect(sharing.ok && sharing.shares.map((s) => [s.row, s.lineShare.freight.toFixed(2)])).toEqual([
      [4, "50.00"],
      [5, "50.00"],
    ]);
  });

  test("all or nothing: a row without a weight stops the sharing and is named", () => {
    const broken = sheet(row({ "Unit weight kg": "" }), row({ "Unit weight kg": "heavy" }));
    expect(shareShipmentCosts(broken, sheetLayout(broken), totals)).toEqual({
      ok: false,
      problems: [
        "Row 4: Unit weight kg: it is empty. Enter the unit weight in kg",
        'Row 5: Unit weight kg: "heavy" is not a number. Enter the unit weight in kg, e.g. 0.35',
      ],
    });
  });

  /** The sample sheet with its cost headers renamed. */
  const withHeaders = (renamed: Readonly<Record<string, string>>) =>
    values.map((cells, index) =>
      index === 2 ? cells.map((header) => renamed[String(header)] ?? header) : cells,
    );

  test("the totals are in EUR: never shared into a column whose header puts its amounts in another currency", () => {
    const dollars = withHeaders({ Freight: "Freight ($)", "Last mile": "Last mile (EUR)" });
    expect(shareShipmentCosts(dollars, sheetLayout(dollars), totals)).toEqual({
      ok: false,
      problems: [
        '"Freight ($)": its header puts its amounts in $, but the shipment totals are in EUR. Convert the column to EUR and take the currency out of its header, or, if its amounts already are euros, write EUR in its header',
      ],
    });
    expect(shareShipmentCosts(dollars, sheetLayout(dollars), totals, {}, "de")).toMatchObject({
      ok: false,
      problems: [
        expect.stringContaining("„Freight ($)“: Laut Überschrift sind die Beträge dieser Spalte in $"),
      ],
    });
  });

  test("a column named in euros, or in another currency with no total to share, takes the shares", () => {
    const named = withHeaders({
      Freight: "Freight (€)",
      "Last mile": "Last mile EUR",
      Handling: "Handling (USD)",
    });
    const sharing = shareShipmentCosts(named, sheetLayout(named), totals);
    expect(sharing.ok && sharing.shares.map((s) => s.lineShare.freight.toFixed(2))).toEqual([
      "28.57",
      "28.57",
      "42.86",
    ]);
  });

  test("nor into a row whose amounts are in another currency: a plain share there would be read in it", () => {
    const mixed = sheet(
      row({ SKU: "A", "Unit weight kg": 0.5, Qty: 4, "Prix TTC": "€ 49,90" }),
      row({ SKU: "B", "Unit weight kg": 2, Qty: 1, "Prix TTC": "$59.99" }),
      row({ SKU: "C", "Unit weight kg": 1, Qty: 3, Freight: formattedCell(0.8, '"$"#,##0.00') }),
    );
    expect(shareShipmentCosts(mixed, sheetLayout(mixed), totals)).toEqual({
      ok: false,
      problems: [
        'Row 5: its amounts are in $ ("Prix TTC"), but the shipment totals are in EUR, and a share written in this row would be read in $. Convert the row\'s amounts to EUR first',
        'Row 6: its amounts are in $ ("Freight"), but the shipment totals are in EUR, and a share written in this row would be read in $. Convert the row\'s amounts to EUR first',
      ],
    });
  });

  test("law: for any weights and totals the line shares add up exactly", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 500 })), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (lines, cents) => {
          const generated = sheet(
            ...lines.map(([grams, quantity]) => row({ "Unit weight kg": grams / 1000, Qty: quantity })),
          );
          const total = exact(cents).dividedBy(100);
          const sharing = shareShipmentCosts(generated, sheetLayout(generated), {
            freight: total,
            lastMile: total,
            handling: total,
          });
          expect(sharing.ok).toBe(true);
          if (!sharing.ok) return;
          const added = sharing.shares.reduce((sum, share) => sum.plus(share.lineShare.freight), exact(0));
          expect(added.equals(total)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("pro forma breakdown", () => {
  test("a sheet per shipment whose lines and totals add up; errors are left out and named", () => {
    const check = checkShipment(
      sheet(
        row({ SKU: "A", Qty: 3 }),
        row({ SKU: "B", Qty: 2, "Prix TTC": 20, "Declared value": 10 }),
        row({ SKU: "C", "Prix TTC": "x" }),
        row({ SKU: "D", Shipment: "LGG-2" }),
      ),
      settings,
    );
    const sheets = proFormaSheets(check, context);
    expect(sheets.map((s) => s.name)).toEqual(["Pro forma LGG-1", "Pro forma LGG-2"]);
    const first = sheets[0];
    expect(first.rows[first.headerRowIndex]).toEqual([...PRO_FORMA_COLUMNS]);
    const lines = first.rows.slice(first.headerRowIndex + 1, first.totalRowIndexes[0]);
    expect(lines.map((line) => line[0])).toEqual(["A", "B"]);
    for (const line of lines) {
      const money = line.slice(PRO_FORMA_FIRST_MONEY_COLUMN) as number[];
      const [price, ...parts] = money.slice(0, -1);
      expect(Math.round(parts.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(price * 100));
    }
    const totals = first.rows[first.totalRowIndexes[0]] as (string | number)[];
    expect(totals[0]).toBe("Totals");
    expect(totals[3]).toBe(5);
    const [totalPrice, ...totalParts] = totals.slice(PRO_FORMA_FIRST_MONEY_COLUMN, -1) as number[];
    expect(Math.round(totalParts.reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(totalPrice * 100));
    expect(totals[totals.length - 1]).toBe(totals[totals.length - 2]);
    expect(first.leftOut).toEqual([6]);
    expect(first.rows[first.rows.length - 1][0]).toMatch(/Not on this pro forma because of errors .*rows 6/);
  });

  test("law: for any lines with whole quantities, each total is Σ amount × quantity and the totals add up", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 500, max: 50_000 }), fc.integer({ min: 1, max: 500 })), {
          minLength: 1,
          maxLength: 12,
        }),
        (lines) => {
          const rows = lines.map(([cents, quantity]) =>
            row({ "Prix TTC": cents / 100, Qty: quantity, Freight: 0.4, "Declared value": 1 }),
          );
          const check = checkShipment(sheet(...rows), settings);
          const proForma = proFormaSheets(check, context)[0];
          const lineRows = proForma.rows.slice(
            proForma.headerRowIndex + 1,
            proForma.totalRowIndexes[0],
          ) as number[][];
          const totals = proForma.rows[proForma.totalRowIndexes[0]] as number[];
          const computable = check.rows.filter((r) => r.lines !== null);
          expect(lineRows).toHaveLength(computable.length);
          for (let column = PRO_FORMA_FIRST_MONEY_COLUMN; column < proForma.columns.length - 1; column++) {
            const expected = lineRows.reduce(
              (sum, cells) => sum + Math.round(cells[column] * 100) * cells[3],
              0,
            );
            expect(Math.round(totals[column] * 100)).toBe(expected);
          }
          const [price, ...parts] = totals
            .slice(PRO_FORMA_FIRST_MONEY_COLUMN, -1)
            .map((amount) => Math.round(amount * 100));
          expect(parts.reduce((a, b) => a + b, 0)).toBe(price);
          expect(totals[totals.length - 1]).toBe(totals[totals.length - 2]);
        },
      ),
      { numRuns: 40 },
    );
  });

  test("law: for quantities with any decimals, each total is Σ amount × quantity rounded once to the cent", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 500, max: 50_000 }),
            fc.integer({ min: 1, max: 500_000_000 }),
            fc.integer({ min: 0, max: 9 }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (lines) => {
          const rows = lines.map(([cents, units, decimals]) =>
            row({ "Prix TTC": cents / 100, Qty: units / 10 ** decimals, Freight: 0.4, "Declared value": 1 }),
          );
          const check = checkShipment(sheet(...rows), settings);
          const proForma = proFormaSheets(check, context)[0];
          const totals = proForma.rows[proForma.totalRowIndexes[0]] as number[];
          const priced = check.rows.filter((r) => r.lines !== null);
          const quantity = priced.reduce((sum, r) => sum.plus(r.quantity), exact(0));
          expect(totals[proForma.columns.indexOf("Quantity")]).toBe(quantity.toNumber());
          const price = priced.reduce((sum, r) => sum.plus(r.lines!.price.times(r.quantity)), exact(0));
          expect(totals[PRO_FORMA_FIRST_MONEY_COLUMN]).toBe(price.toDecimalPlaces(2).toNumber());
        },
      ),
      { numRuns: 60 },
    );
  });

  test("beyond 20 shipments, one sheet grouped by shipment with subtotals", () => {
    const many = sheet(...Array.from({ length: 21 }, (_, i) => row({ Shipment: `S${i + 1}` })));
    const sheets = proFormaSheets(checkShipment(many, settings), context);
    expect(sheets.map((s) => s.name)).toEqual(["Pro forma"]);
    expect(sheets[0].totalRowIndexes).toHaveLength(22);
    expect(sheets[0].rows[sheets[0].totalRowIndexes[0]][0]).toBe("Subtotal S1");
  });

  test("law: rows settled in any order (shipment by shipment) give the same pro forma and summary", () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      row({
        SKU: `P${i}`,
        Shipment: i % 9 === 4 ? null : `S${i % 23}`,
        Qty: (i % 4) + 1,
        "Prix TTC": i % 11 === 3 ? "x" : 19.99 + i,
        "Declared value": 5 + (i % 13),
      }),
    );
    for (const count of [5, 30]) {
      const check = checkShipment(sheet(...rows.slice(0, count)), settings);
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...check.rows], { minLength: count, maxLength: count }),
          (shuffled) => {
            const builder = new ProFormaBuilder();
            const tally = new SummaryTally();
            for (const checked of shuffled) {
              builder.add(checked);
              tally.add(checked);
            }
            expect(builder.sheets(context)).toEqual(proFormaSheets(check, context));
            expect(tally.summary(check.layout, settings)).toEqual(check.summary);
          },
        ),
        { numRuns: 25 },
      );
    }
  });

  test("sheet names are valid and unique in Excel", () => {
    const taken = new Set<string>();
    expect(uniqueSheetName("Pro forma A/7:[x]", taken)).toBe("Pro forma A-7--x-");
    expect(uniqueSheetName("Pro forma A/7:[x]", taken)).toBe("Pro forma A-7--x- (2)");
    expect(uniqueSheetName("x".repeat(40), taken)).toHaveLength(31);
  });
});

describe("audit log and VAT rate filling", () => {
  test("an audit row records time, source, counts, the VAT table and the settings", () => {
    const check = checkShipment(sheet(row()), settings);
    const time = new Date("2026-11-21T10:00:00Z");
    const entry = auditRow(time, "Sheet1", check.summary, settings);
    expect(entry).toHaveLength(AUDIT_COLUMNS.length);
    expect(entry.slice(0, 7)).toEqual([excelLocalDateTime(time), "Sheet1", 1, 1, 0, 0, 0]);
    expect(entry[AUDIT_COLUMNS.length - 1]).toMatch(
      /declaration date 2026-11-21; tolerance EUR 0\.00; VAT deferral required; offence 1; fines EUR 250\.00 \/ EUR 500\.00 per HS code/,
    );
  });

  test("fills only empty VAT rate cells, from destination and date", () => {
    const header = [...HEADER, "VAT rate"];
    const values = [
      header,
      [...row(), ""],
      [...row({ Destination: "DE" }), 0.07],
      [...row({ Destination: "Mars" }), null],
      [...row({ Destination: "FI" }), undefined],
    ];
    const filling = vatRateFills(
      values,
      sheetLayout(values),
      readSettings({ declarationDate: "2024-08-31" }),
    );
    expect(filling.fills.map((fill) => [fill.row, fill.rate])).toEqual([
      [2, 0.2],
      [5, 0.24],
    ]);
    expect(filling.skipped).toEqual([
      { row: 4, reason: expect.stringMatching(/"Mars" is not a country we know/) },
    ]);
  });
});

describe("the audit time", () => {
  test("is an Excel date-time in this machine's local time", () => {
    const time = new Date(2026, 11, 2, 10, 30, 15); // 2 December 2026, 10:30:15 local time
    // 46358 is 2026-12-02 in Excel's serials; 10:30:15 is 37,815 of the day's 86,400 seconds.
    expect(excelLocalDateTime(time)).toBeCloseTo(46358 + 37815 / 86400, 9);
  });
});
