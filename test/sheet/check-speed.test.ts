import fc from "fast-check";
import { type AnyLanguage, Exact, LANGUAGES, PSEUDO } from "../../src/engine";
import {
  type Flag,
  FLAGS,
  type RowCheck,
  applyShipmentRules,
  checkRow,
  readSettings,
  sheetLayout,
  statusOf,
} from "../../src/sheet";
import { CheckMemo } from "../../src/sheet/check-memo";
import { sheetWordsOf } from "../../src/sheet/lang";
import { GOOD, row, sheet } from "./sample";

/**
 * The shipment rule as it was written before it was made fast (shipment-check.ts): a spread copy of each detained
 * row and its sentence said anew for every row. applyShipmentRules must give exactly what it gives: the same fields
 * in the same order, the same words.
 */
function plainShipmentRules(rows: readonly RowCheck[], language: AnyLanguage): RowCheck[] {
  const riskRows = new Map<string, number[]>();
  for (const row of rows) {
    if (row.shipment === null || row.status !== "RISK") continue;
    const numbers = riskRows.get(row.shipment);
    if (numbers === undefined) riskRows.set(row.shipment, [row.row]);
    else numbers.push(row.row);
  }
  if (riskRows.size === 0) return [...rows];
  const says = sheetWordsOf(language).explanations;
  return rows.map((row) => {
    const atRisk = row.shipment === null ? undefined : riskRows.get(row.shipment);
    if (atRisk === undefined || (atRisk.length === 1 && atRisk[0] === row.row)) return row;
    const othersCount = row.status === "RISK" ? atRisk.length - 1 : atRisk.length;
    const named = atRisk
      .slice(0, 4)
      .filter((number) => number !== row.row)
      .slice(0, 3);
    const flags: Flag[] = [...row.flags, "SHIPMENT_DETENTION"];
    const reason = says.shipmentDetention({
      shipment: row.shipment as string,
      rows: named.map(String),
      count: othersCount,
      more: othersCount - named.length,
    });
    const ownExplanation = row.flags.length === 0 ? "" : row.explanation;
    const explanation =
      ownExplanation === "" ? reason : says.sentences({ sentences: [ownExplanation, reason] });
    return { ...row, flags, status: statusOf(flags), explanation, ownExplanation };
  });
}

const values = sheet(row());
const template = checkRow(values[3], 4, sheetLayout(values), readSettings({ declarationDate: "2026-11-21" }));

/** Rows of a few shipments (and none), any flags, so that shipments have from none to many rows at RISK. */
const rowsArbitrary = fc
  .array(
    fc.record({
      shipment: fc.constantFrom<string | null>("LGG-1", "LGG-2", "LGG-3", null),
      flags: fc.oneof(
        // Mostly rows at RISK and OK or REVIEW ones, so that shipments have more than four rows at RISK.
        fc.constantFrom<Flag[]>(
          [],
          ["UNDER_DECLARED"],
          ["MISSING_LINK", "CONTROLLED_GOODS"],
          ["CONTROLLED_GOODS"],
        ),
        fc.subarray(FLAGS.filter((flag) => flag !== "SHIPMENT_DETENTION")),
      ),
      explanation: fc.constantFrom("Own reason.", "Another reason, longer."),
    }),
    { maxLength: 60, size: "max" },
  )
  .map((specs) =>
    specs.map(({ shipment, flags, explanation }, index): RowCheck => ({
      ...template,
      row: index + 4,
      sku: `${GOOD.SKU}-${index}`,
      shipment,
      flags,
      status: statusOf(flags),
      explanation,
    })),
  );

describe.each<AnyLanguage>([...LANGUAGES, PSEUDO])(
  "applyShipmentRules in %s gives what the plain rule gives",
  (language) => {
    test("law: the same rows, fields in the same order, the same words", () => {
      fc.assert(
        fc.property(rowsArbitrary, (rows) => {
          const fast = applyShipmentRules(rows, language);
          const plain = plainShipmentRules(rows, language);
          expect(fast.map((one) => JSON.stringify(one))).toStrictEqual(
            plain.map((one) => JSON.stringify(one)),
          );
          expect(fast.map((one) => Object.keys(one))).toStrictEqual(plain.map((one) => Object.keys(one)));
          // Applied again (a re-check of settled rows), still alike.
          expect(applyShipmentRules(fast, language).map((one) => JSON.stringify(one))).toStrictEqual(
            plainShipmentRules(plain, language).map((one) => JSON.stringify(one)),
          );
        }),
        { numRuns: 100 },
      );
    });

    test("a detained row has every field of the row it was made from, then ownExplanation", () => {
      const risky: RowCheck = { ...template, shipment: "LGG-1", flags: ["MISSING_LINK"], status: "RISK" };
      const rows = [
        { ...risky, row: 4 },
        { ...template, row: 5, shipment: "LGG-1" },
      ];
      const detained = applyShipmentRules(rows, language)[1];
      expect(Object.keys(detained)).toStrictEqual([...Object.keys(template), "ownExplanation"]);
    });
  },
);

/** A Decimal by its digits and its sign (-0 is not 0). */
const exactly = (value: Exact) => `${value.isNegative() ? "-" : "+"}${value.abs().toString()}`;

/** Decimals of any length and size. */
const decimal = fc.oneof(
  fc
    .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -340, max: 340 }))
    .map(([digits, exponent]) => new Exact(`${digits}e${exponent}`)),
  fc.integer({ min: -100_000, max: 100_000 }).map((cents) => new Exact(cents).dividedBy(100)),
  fc.constantFrom(new Exact(0), new Exact("-0")),
);
/**
 * Near neighbours: one double written with 1 to 21 of its digits, decimals that a double cannot all tell apart
 * ("0.1" and "0.10000000000000001" are one double), in any order.
 */
const neighbours = fc
  .tuple(
    fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: 0.001, max: 1e6 })),
    fc.shuffledSubarray(
      Array.from({ length: 21 }, (_, index) => index + 1),
      { minLength: 2 },
    ),
  )
  .map(([number, precisions]) => precisions.map((digits) => new Exact(number.toPrecision(digits))));

describe("CheckMemo.shared gives an amount equal to the one it is given", () => {
  test("law: over any sequence of amounts, each one shared is the amount, to the digit and the sign", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            decimal.map((one) => [one]),
            neighbours,
          ),
          { maxLength: 60 },
        ),
        (groups) => {
          const memo = new CheckMemo();
          for (const amount of groups.flat()) expect(exactly(memo.shared(amount))).toBe(exactly(amount));
        },
      ),
      { numRuns: 500 },
    );
  });

  test("equal amounts share one Decimal", () => {
    const memo = new CheckMemo();
    const first = new Exact("12.34");
    memo.shared(first);
    expect(memo.shared(new Exact("12.340"))).toBe(first);
    expect(memo.shared(new Exact("12.3400000000000000001"))).not.toBe(first);
  });
});
