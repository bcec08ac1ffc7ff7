import fc from "fast-check";
import { type PlacedLine, type ProFormaLine, UNIT_AMOUNTS, type UnitAmount } from "../../src/sheet";

/**
 * Random pro forma lines for the laws of the pro forma built from a store (pro-forma-stream.test.ts) and from the
 * command line's spool file (test/cli/pro-forma-spool.test.ts): one generator, so that both laws hold for the same
 * lines.
 */

/** Words as cells hold them: ASCII, accents, emoji, Chinese, and lone surrogates (UTF-8 cannot keep those). */
export const cellText = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc
    .array(fc.oneof(fc.string({ unit: "binary", maxLength: 2 }), fc.integer({ min: 0xd800, max: 0xdfff })), {
      maxLength: 6,
    })
    .map((parts) =>
      parts.map((part) => (typeof part === "number" ? String.fromCharCode(part) : part)).join(""),
    ),
);

/** Cents as the check gives them: mostly 0 in the deductions (so columns drop), now and then -0 or very large. */
const cents = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 1, arbitrary: fc.constant(-0) },
  { weight: 5, arbitrary: fc.integer({ min: -2_000, max: 90_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2 ** 31, max: 2 ** 45 }) },
  { weight: 1, arbitrary: fc.maxSafeInteger() },
);

export const lineArbitrary: fc.Arbitrary<ProFormaLine> = fc.record({
  sku: cellText,
  description: cellText,
  hsCode: fc.constantFrom("9405 21 40", "8517 62 00", ""),
  quantity: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom(0.5, 2.25, 0.001, 12.125, 3e9)),
  unitCents: fc.record(
    Object.fromEntries(UNIT_AMOUNTS.map((amount) => [amount, cents])) as Record<UnitAmount, typeof cents>,
  ),
  lineTotalCents: cents,
});

/**
 * Lines of a sheet, rows 5 on (each row once), of up to `shipments` shipments interleaved, some rows without a
 * shipment and some with errors (no line).
 */
export function sheetLines(shipments: { min: number; max: number }): fc.Arbitrary<PlacedLine[]> {
  return fc
    .integer(shipments)
    .chain((count) =>
      fc.array(
        fc.record({
          shipment: fc.option(
            fc.integer({ min: 1, max: count }).map((n) => `S${n}`),
            { freq: 6 },
          ),
          line: fc.option(lineArbitrary, { freq: 5 }),
        }),
        { minLength: 1, maxLength: 120 },
      ),
    )
    .map((entries) => entries.map((entry, index) => ({ row: index + 5, ...entry })));
}

/** The same lines as they would arrive in random batches: in any order, cut anywhere. */
export function randomBatches(lines: readonly PlacedLine[]): fc.Arbitrary<PlacedLine[][]> {
  return fc
    .tuple(
      fc.shuffledSubarray([...lines], { minLength: lines.length, maxLength: lines.length }),
      fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 10 }),
    )
    .map(([shuffled, cuts]) => {
      const batches: PlacedLine[][] = [];
      for (let start = 0, cut = 0; start < shuffled.length; cut++) {
        const size = cuts[cut % cuts.length];
        batches.push(shuffled.slice(start, start + size));
        start += size;
      }
      return batches;
    });
}

/**
 * The same lines in the order the command line settles them: a shipment's lines together once its last row is
 * checked, rows without a shipment in row order a chunk at a time (`chunk` rows), several of these in a batch at
 * times (`together`).
 */
export function settleOrder(
  lines: readonly PlacedLine[],
  chunk: number,
  together: readonly boolean[] = [false],
): PlacedLine[][] {
  const last = new Map<string, number>();
  for (const placed of lines) if (placed.shipment !== null) last.set(placed.shipment, placed.row);
  const settled: PlacedLine[][] = [];
  let open: PlacedLine[] = [];
  for (const placed of lines) {
    if (placed.shipment === null) open.push(placed);
    else if (last.get(placed.shipment) === placed.row)
      settled.push(lines.filter((other) => other.shipment === placed.shipment));
    if (open.length >= chunk) {
      settled.push(open);
      open = [];
    }
  }
  if (open.length > 0) settled.push(open);
  const batches: PlacedLine[][] = [];
  settled.forEach((batch, index) => {
    if (index > 0 && together[index % together.length]) batches[batches.length - 1].push(...batch);
    else batches.push([...batch]);
  });
  return batches;
}
