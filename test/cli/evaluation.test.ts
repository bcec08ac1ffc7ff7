import { ShipmentEvaluator, type RowOutcome } from "../../src/cli/evaluation";
import {
  type CellValue,
  ProFormaBuilder,
  checkShipment,
  jsonRow,
  jsonSummary,
  outputCells,
  plainSummary,
  proFormaSheets,
  readSettings,
  sheetLayout,
  shipmentEnds,
  vatDeferralSheet,
} from "../../src/sheet";
import { VAT_TABLE_VERSION } from "../../src/engine";
import { BENCH_HEADER, benchRows } from "../../bench/shipment-data";

/**
 * The evaluator settles rows shipment by shipment, in whatever order shipments complete. Whatever the chunks,
 * its results are those of the shared sheet logic, each row with its --json row.
 */
describe("checking a sheet row by row as the command line does", () => {
  const settings = readSettings({ declarationDate: "2026-11-21" });
  const shipment = BENCH_HEADER.indexOf("Shipment");
  const price = BENCH_HEADER.indexOf("Selling price");
  const values: CellValue[][] = [
    [...BENCH_HEADER],
    ...benchRows(400).map((cells, index) =>
      cells.map((cell, column) => {
        if (column === shipment) return index % 13 === 4 ? null : `S${index % 5}`;
        if (column === price && index % 41 === 3) return "x";
        return cell;
      }),
    ),
  ];
  const layout = sheetLayout(values);
  const expected = checkShipment(values, settings);

  function evaluate(chunkRows: number): {
    outcomes: RowOutcome[];
    report: ReturnType<ShipmentEvaluator["finish"]>["report"];
  } {
    const evaluator = new ShipmentEvaluator({
      layout,
      settings,
      hints: {},
      shipmentEnds: shipmentEnds(values, layout),
      json: true,
      source: "test.csv",
      time: new Date(Date.UTC(2026, 10, 21)),
    });
    const outcomes: RowOutcome[] = [];
    for (let start = 0; start < values.length; start += chunkRows)
      outcomes.push(...evaluator.evaluate(values.slice(start, start + chunkRows), start));
    const { outcomes: last, report } = evaluator.finish();
    return { outcomes: [...outcomes, ...last], report };
  }

  test.each([1, 7, 10_000])("in chunks of %i rows", (chunkRows) => {
    const { outcomes, report } = evaluate(chunkRows);
    expect(outcomes.map((outcome) => outcome.index).sort((a, b) => a - b)).toEqual(
      expected.rows.map((row) => row.row - 1),
    );
    const byIndex = new Map(outcomes.map((outcome) => [outcome.index, outcome]));
    for (const row of expected.rows) {
      expect(byIndex.get(row.row - 1)?.output).toEqual(outputCells(row));
      expect(byIndex.get(row.row - 1)?.json).toBe(JSON.stringify(jsonRow(row)));
    }
    expect(report.summary).toEqual(plainSummary(expected.summary));
    expect(report.jsonSummary).toBe(JSON.stringify(jsonSummary(expected.summary)));
    const notable = expected.rows.filter((row) => row.status === "RISK" || row.status === "ERROR");
    expect(report.notableCount).toBe(notable.length);
    expect(report.notable.map((row) => row.row)).toEqual(notable.slice(0, 10).map((row) => row.row));

    const proForma = new ProFormaBuilder();
    for (const outcome of outcomes) proForma.addLine(outcome.index + 1, outcome.shipment, outcome.proForma);
    const context = { declarationDate: "2026-11-21", vatTableVersion: VAT_TABLE_VERSION };
    expect(report.proFormaContext).toEqual(context);
    expect(proForma.sheets(context)).toEqual(proFormaSheets(expected, context));
    // The VAT deferral statement, tallied as rows settle, whatever their order.
    expect(report.vatDeferral).toEqual(vatDeferralSheet(expected, context));
  });
});
