import {
  AUDIT_COLUMNS,
  type CellValue,
  auditRecordCells,
  auditRow,
  checkShipment,
  earlierRecord,
  formatFilledVatRates,
  ownVatRateRows,
  parseFilledVatRates,
  readSettings,
  sheetLayout,
  vatRateFills,
  withoutOwnVatRates,
} from "../../src/sheet";
import { HEADER, row, settings, sheet } from "./sample";

const header = [...HEADER, "VAT rate"];
const line = (overrides: Parameters<typeof row>[0], vat: CellValue): CellValue[] => [...row(overrides), vat];

describe("VAT rates the checker filled are its own", () => {
  test("the record of filled rates is short and reads back exactly", () => {
    const filled = new Map([
      [5, 0.24],
      [6, 0.24],
      [7, 0.24],
      [9, 0.2],
      [12, 0.24],
      [13, 0.255],
    ]);
    const text = formatFilledVatRates(filled);
    expect(text).toBe("0.24: 5-7, 12; 0.2: 9; 0.255: 13");
    expect(parseFilledVatRates(text)).toEqual(filled);
    expect(parseFilledVatRates("nonsense; 1.5: 4; 0.2: x, 8")).toEqual(new Map([[8, 0.2]]));
  });

  test("a re-check works out again the rates it filled, and never touches a rate the user typed or changed", () => {
    // First check, declaration date 2024-08-31: FI 24 %, filled in rows 4 and 5; row 6 has the user's 14 %.
    const first = [
      header,
      line({ Destination: "FI" }, null),
      line({ Destination: "FI" }, null),
      line({ Destination: "FI" }, 0.14),
    ];
    const layout = sheetLayout(first);
    const august = vatRateFills(first, layout, readSettings({ declarationDate: "2024-08-31" }));
    expect(august.fills.map(({ row, rate }) => [row, rate])).toEqual([
      [2, 0.24],
      [3, 0.24],
    ]);
    const recorded = new Map(august.fills.map(({ row, rate }) => [row, rate]));

    // The checked copy: the rates filled; then the user corrects row 3's destination and types 0.1 in row 2.
    const checked = first.map((cells) => [...cells]);
    for (const { index, rate } of august.fills) checked[index][header.length - 1] = rate;
    checked[2][HEADER.indexOf("Destination")] = "DE";
    const typedOver = checked.map((cells) => [...cells]);
    typedOver[1][header.length - 1] = 0.1;

    // Re-checked on 2024-09-01 (FI 25.5 %): the checker's own rates are worked out again.
    const september = readSettings({ declarationDate: "2024-09-01" });
    const own = ownVatRateRows(checked, layout, recorded);
    expect(own).toEqual([1, 2]);
    const again = vatRateFills(withoutOwnVatRates(checked, layout, own), layout, september);
    expect(again.fills.map(({ row, rate }) => [row, rate])).toEqual([
      [2, 0.255],
      [3, 0.19],
    ]);
    // The check uses them too: no stale 24 %.
    const check = checkShipment(withoutOwnVatRates(checked, layout, own), september);
    expect(check.rows.map((r) => r.vatRate?.toNumber())).toEqual([0.255, 0.19, 0.14]);

    // A rate the user typed over the checker's is the user's from then on.
    expect(ownVatRateRows(typedOver, layout, recorded)).toEqual([2]);
  });

  test("without a VAT rate column nothing is the checker's", () => {
    const values = sheet(row());
    expect(ownVatRateRows(values, sheetLayout(values), new Map([[4, 0.2]]))).toEqual([]);
  });
});

describe("the CLI's record in the Audit sheet", () => {
  const summary = checkShipment(sheet(row()), settings).summary;
  const audit = (...records: CellValue[][]): CellValue[][] => [
    [...AUDIT_COLUMNS],
    ...records.map((record) => [...auditRow(new Date(0), "list.xlsx", summary, settings), ...record]),
  ];

  test("names the output columns by header and letter and the rates filled, and reads back", () => {
    const cells = auditRecordCells({
      sheet: "Shipment",
      outputs: [
        { header: "Inverse value", letter: "V" },
        { header: "Status (customs check)", letter: "Y" },
      ],
      vatColumn: "U",
      filledVatRates: "0.2: 4-6",
    });
    // Each cell says what it is: the Audit sheet's header stays the audit columns.
    expect(cells).toEqual([
      "Checked sheet: Shipment",
      "Output columns: Inverse value=V, Status (customs check)=Y",
      "VAT rates filled: U: 0.2: 4-6",
    ]);
    const other = auditRecordCells({
      sheet: "Other",
      outputs: [{ header: "Status", letter: "B" }],
      filledVatRates: "",
    });
    expect(other[2]).toBe("VAT rates filled:");
    expect(earlierRecord(audit(other, cells), "Shipment")).toEqual({
      checkedBefore: true,
      record: {
        sheet: "Shipment",
        outputs: [
          { header: "Inverse value", index: 21 },
          { header: "Status (customs check)", index: 24 },
        ],
        vatColumn: 20,
        filledVatRates: "0.2: 4-6",
      },
    });
  });

  test("a long list of rates goes on in the next cells", () => {
    const filled = new Map(Array.from({ length: 20_000 }, (_, i) => [2 + 2 * i, i % 2 === 0 ? 0.2 : 0.21]));
    const text = formatFilledVatRates(filled);
    const cells = auditRecordCells({ sheet: "S", outputs: [], vatColumn: "H", filledVatRates: text });
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) expect(String(cell).length).toBeLessThanOrEqual(32_767);
    const record = earlierRecord(audit(cells), "S").record;
    expect(parseFilledVatRates(record?.filledVatRates ?? "")).toEqual(filled);
  });

  test("an Audit sheet from before records, or none, is told apart", () => {
    expect(earlierRecord([], "S")).toEqual({ checkedBefore: false });
    expect(earlierRecord([[...AUDIT_COLUMNS], auditRow(new Date(0), "x", summary, settings)], "S")).toEqual({
      checkedBefore: true,
    });
    expect(earlierRecord([["Time", "Who"]], "S")).toEqual({ checkedBefore: false });
  });
});
