import fc from "fast-check";
import Decimal from "decimal.js";
import {
  type CellValue,
  type RowCheck,
  SummaryTally,
  applyShipmentRules,
  checkRow,
  checkShipment,
  formattedCell,
  readAmount,
  readSettings,
  sheetLayout,
} from "../../src/sheet";
import { inverseDivisor } from "../../src/engine";
import { CheckMemo } from "../../src/sheet/check-memo";

/** Every kind of column the row check reads, so that every reader goes through the memo. */
const HEADER = [
  "SKU",
  "Description",
  "HS code",
  "Quantity",
  "Destination",
  "Sales link",
  "Selling price",
  "Currency",
  "Commission",
  "Commission rate",
  "Packaging",
  "Freight",
  "Last mile",
  "FBA fee",
  "Handling",
  "Duty rate",
  "Specific duty",
  "VAT rate",
  "Declared value",
  "VAT number",
  "Shipment",
  "Date",
] as const;
type Header = (typeof HEADER)[number];

const settings = readSettings({ declarationDate: "2026-11-21", exchangeRates: { SEK: "11.3900" } });

/** Zero written every way, -0 first among them: the memo must not read a 0 after a -0 as negative. */
const ZEROS: readonly CellValue[] = [-0, 0, "-0", "0", "-0,00", "0.00", "(0)", "−0"];
/** Cells the memo does not key (a date, a formula without a result), which it must hand through. */
const UNKEYED: readonly CellValue[] = [new Date(Date.UTC(2026, 10, 21)), { formula: "B2*2" }, true];
/** Numbers with what their formats show: the same number as a percentage, in euros, in kronor, and -0 so. */
const FORMATTED: readonly CellValue[] = [
  formattedCell(0.15, "0%"),
  formattedCell(0.15, '#,##0.00 "€"'),
  formattedCell(0.15, '#,##0.00 "kr"'),
  formattedCell(19.99, "[$SEK] #,##0.00"),
  formattedCell(-0, "0%"),
  formattedCell(-0, '#,##0.00 "€"'),
];

const amount = fc.oneof(
  fc.constantFrom<CellValue>(
    ...ZEROS,
    ...UNKEYED,
    ...FORMATTED,
    19.99,
    "19,99",
    "19.99",
    "1.299",
    "1.299,00",
    "1,299.00",
    "€ 12,50",
    "330 SEK",
    "12 EUR",
    "15 %",
    "abc",
    "",
    " ",
    null,
    undefined,
    "#N/A",
    -3,
    1e12,
  ),
  fc.integer({ min: 0, max: 30_000 }).map((cents) => cents / 100),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
);
const rate = fc.constantFrom<CellValue>(
  ...ZEROS,
  ...FORMATTED,
  0.19,
  "19 %",
  "19%",
  "0,21",
  19,
  0.055,
  "",
  null,
  "x",
);
const POOLS: Readonly<Record<Header, fc.Arbitrary<CellValue>>> = {
  SKU: fc.constantFrom<CellValue>("A-1", "B-2", 1, -0, null),
  Description: fc.constantFrom<CellValue>("Desk lamp", "", null, 0),
  "HS code": fc.constantFrom<CellValue>(
    "9405 21 40",
    94052140,
    9012100,
    "0901 21 00",
    "9012100",
    -0,
    0,
    "0",
    "77 00 00 00",
    "abc",
    "",
    940521.5,
    ...UNKEYED,
  ),
  Quantity: fc.constantFrom<CellValue>(40, 1, 0, -0, "2,5", "", 1.5, -1, "10", null),
  Destination: fc.constantFrom<CellValue>("FR", "DE", "BE", "XX", "", "fr", null, 0),
  "Sales link": fc.constantFrom<CellValue>(
    "https://www.amazon.fr/dp/B08N5WRWNW",
    "https://www.amazon.de/dp/B08N5WRWNW",
    "not a link",
    "",
    null,
  ),
  "Selling price": amount,
  Currency: fc.constantFrom<CellValue>(null, null, null, "", "EUR", "SEK", "kr", "XYZ"),
  Commission: amount,
  "Commission rate": rate,
  Packaging: amount,
  Freight: amount,
  "Last mile": amount,
  "FBA fee": amount,
  Handling: amount,
  "Duty rate": fc.constantFrom<CellValue>(
    ...ZEROS,
    ...FORMATTED,
    0.047,
    "4.7 %",
    "4,7 %",
    "4.7 % MIN 0.40 MAX 2.50",
    "12 %",
    0.12,
    "",
    null,
    "abc",
  ),
  "Specific duty": amount,
  "VAT rate": rate,
  "Declared value": amount,
  "VAT number": fc.constantFrom<CellValue>(
    "FR40303265045",
    "fr 403 032 650 45",
    " FR40303265045 ",
    "DE136695976",
    "BE0403170701",
    "BE403170701",
    "PL1234567890",
    "XX123",
    "",
    null,
    12345,
  ),
  Shipment: fc.constantFrom<CellValue>("LGG-1", "LGG-2", null, "", 0, -0),
  Date: fc.constantFrom<CellValue>(null, "", "2026-11-21", "21/11/2026", 46347, -0, 0, "2019-01-01", "soon"),
};

/** A row that computes every figure, so that rows with a few cells changed reach the calculation too. */
const GOOD: Readonly<Partial<Record<Header, CellValue>>> = {
  SKU: "LAMP-9",
  Description: "Desk lamp",
  "HS code": "9405 21 40",
  Quantity: 40,
  Destination: "FR",
  "Sales link": "https://www.amazon.fr/dp/B08N5WRWNW",
  "Selling price": 49.9,
  Commission: 4.99,
  Packaging: 0.3,
  Freight: 0.8,
  "Last mile": 1.2,
  "FBA fee": 3.07,
  Handling: 0.45,
  "Duty rate": 0.047,
  "Declared value": 30,
  "VAT number": "FR40303265045",
  Shipment: "LGG-1",
};

const euros = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((c) => c / 100);

/** Mostly a good row with its amounts varied and up to three cells from the pools, sometimes any cells at all. */
const anyRow: fc.Arbitrary<CellValue[]> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.record({
          "Selling price": euros(5, 300),
          Commission: euros(0, 30),
          "FBA fee": fc.constantFrom(2.5, 2.73, 3.07, -0, 0, "3,07"),
          "Duty rate": POOLS["Duty rate"],
          "Declared value": euros(0, 300),
          Shipment: POOLS.Shipment,
        }),
        fc
          .subarray([...HEADER], { maxLength: 3 })
          .chain((headers) =>
            fc.tuple(...headers.map((header) => fc.tuple(fc.constant(header), POOLS[header]))),
          ),
      )
      .map(([varied, changed]) => {
        const cells: Partial<Record<Header, CellValue>> = {
          ...GOOD,
          ...varied,
          ...Object.fromEntries(changed),
        };
        return HEADER.map((header) => cells[header]);
      }),
  },
  { weight: 1, arbitrary: fc.record(POOLS).map((cells) => HEADER.map((header) => cells[header])) },
);

/** A check as plain data: a Decimal by its digits and sign (-0 is not 0), a number -0 as "-0". */
function canonical(value: unknown): unknown {
  if (value instanceof Decimal) return `${value.isNegative() ? "-" : "+"}${value.abs().toString()}`;
  if (typeof value === "number" && Object.is(value, -0)) return "-0";
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, canonical(inner)]));
  return value;
}

/** The rows of a sheet checked without a memo, each shipment's rules applied: what the memo must not change. */
function withoutMemo(values: readonly (readonly CellValue[])[], rows: readonly RowCheck[]): RowCheck[] {
  const layout = sheetLayout(values);
  return applyShipmentRules(rows.map((row) => checkRow(values[row.row - 1], row.row, layout, settings)));
}

describe("the bulk check's memo (check-memo.ts) gives the readings of no memo", () => {
  test("law: one memo over rows checked in any order, each row checked once or more, gives every row what no memo gives", () => {
    fc.assert(
      fc.property(
        fc.array(anyRow, { minLength: 1, maxLength: 25 }).chain((rows) => {
          const indices = [...rows.keys(), ...rows.keys()];
          return fc.tuple(
            fc.constant(rows),
            fc.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length }),
          );
        }),
        ([rows, order]) => {
          const values = [[...HEADER], ...rows];
          const layout = sheetLayout(values);
          const memo = new CheckMemo();
          for (const index of order) {
            const cells = values[index + 1];
            const memoized = checkRow(cells, index + 2, layout, settings, memo);
            expect(canonical(memoized)).toStrictEqual(
              canonical(checkRow(cells, index + 2, layout, settings)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("law: the whole check (ShipmentChecker and its memo) of a sheet, and of its rows shuffled, is the check without a memo", () => {
    fc.assert(
      fc.property(
        fc
          .array(anyRow, { minLength: 1, maxLength: 30 })
          .chain((rows) =>
            fc.tuple(
              fc.constant(rows),
              fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
            ),
          ),
        ([rows, shuffled]) => {
          for (const values of [
            [[...HEADER], ...rows],
            [[...HEADER], ...shuffled],
          ]) {
            const check = checkShipment(values, settings);
            const expected = withoutMemo(values, check.rows);
            expect(canonical(check.rows)).toStrictEqual(canonical(expected));
            const tally = new SummaryTally();
            expected.forEach((row) => tally.add(row));
            tally.skip(check.summary.skippedRows);
            expect(canonical(check.summary)).toStrictEqual(canonical(tally.summary(check.layout, settings)));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test("a -0 read first does not make a later 0 negative, nor a 0 a later -0 other than no memo reads it", () => {
    for (const order of [
      [-0, 0, "-0", "0"],
      [0, -0, "0", "-0"],
    ]) {
      const memo = new CheckMemo();
      for (const cell of order) {
        const memoized = memo.cell(readAmount, cell, "Selling price", undefined);
        expect(canonical(memoized)).toStrictEqual(canonical(readAmount(cell, "Selling price")));
        expect(memoized?.value.isNegative()).toBe(false);
      }
    }
  });

  test("keys by value, with the type and the column: 12 and '12' are two readings, an HS code 9012100 is not '9012100'", () => {
    const memo = new CheckMemo();
    expect(memo.hsCode(9012100)).toEqual({ valid: true, digits: "09012100", restoredLeadingZero: true });
    expect(memo.hsCode("9012100").valid).toBe(false);
    expect(memo.hsCode(9012100).valid).toBe(true);
    // Equal values read once share their reading: what makes the memo worth having.
    expect(memo.cell(readAmount, 19.99, "Freight", undefined)).toBe(
      memo.cell(readAmount, 19.99, "Freight", undefined),
    );
    expect(memo.cell(readAmount, "1.299", "Freight", ",")?.value.toString()).toBe("1299");
    expect(memo.cell(readAmount, "1.299", "Freight", ".")?.value.toString()).toBe("1.299");
    expect(() => memo.cell(readAmount, "1.299", "Freight", undefined)).toThrow(/1299/);
  });

  test("keeps the inverse value's divisor by the rates' values: another Decimal of 0.21 finds it, 0.21 + 10^-20 does not", () => {
    const memo = new CheckMemo();
    const kept = memo.divisor(new Decimal("0.21"), new Decimal("0.047"));
    expect(memo.divisor(new Decimal("0.210"), new Decimal("0.047"))).toBe(kept);
    expect(kept).toStrictEqual(inverseDivisor(new Decimal("0.21"), new Decimal("0.047")));
    const longer = memo.divisor(new Decimal("0.21000000000000000001"), new Decimal("0.047"));
    expect(longer).not.toBe(kept);
    expect(longer.onePlusVat.toString()).toBe("1.21000000000000000001");
    expect(memo.divisor(new Decimal("0.21"), new Decimal("0"))).not.toBe(kept);
  });
});
