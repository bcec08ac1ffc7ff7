import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { ProFormaSpool, type SpoolBlock } from "../../src/cli/pro-forma-spool";
import {
  cellText as text,
  lineArbitrary,
  randomBatches,
  settleOrder,
  sheetLines,
} from "../sheet/pro-forma-lines";
import {
  type PlacedLine,
  ProFormaBuilder,
  type ProFormaLine,
  SEPARATE_PRO_FORMA_LIMIT,
  UNIT_AMOUNTS,
  type UnitAmount,
} from "../../src/sheet";

/**
 * The command line's store of pro forma lines (ProFormaSpool): a temporary file that gives back every block as it
 * was kept, whatever its words and numbers, so that the pro forma built from it is the one built in memory; and
 * that is gone once disposed of.
 */

const context = { declarationDate: "2026-11-21", vatTableVersion: "test table" };

let directory: string;
beforeAll(() => (directory = fs.mkdtempSync(path.join(os.tmpdir(), "customs-check-spool-"))));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** Runs `use` with a new spool in the test's directory, disposed of after. */
function withSpool<T>(use: (spool: ProFormaSpool) => T): T {
  const spool = new ProFormaSpool(directory);
  try {
    return use(spool);
  } finally {
    spool.dispose();
  }
}

function oneByOne(lines: readonly PlacedLine[]) {
  const builder = new ProFormaBuilder();
  for (const placed of lines) builder.addLine(placed.row, placed.shipment, placed.line);
  return builder.sheets(context);
}

describe("the pro forma of lines spooled to a file", () => {
  test.each([
    ["a sheet per shipment", { min: 1, max: SEPARATE_PRO_FORMA_LIMIT }],
    [
      "one sheet grouped by shipment",
      { min: SEPARATE_PRO_FORMA_LIMIT + 1, max: 2 * SEPARATE_PRO_FORMA_LIMIT },
    ],
  ])(
    "law (%s): in random batches or as shipments settle, the sheets of the lines one by one",
    (_, shipments) => {
      fc.assert(
        fc.property(
          sheetLines(shipments).chain((lines) =>
            fc.tuple(
              fc.constant(lines),
              fc.oneof(
                randomBatches(lines),
                fc.integer({ min: 1, max: 20 }).map((chunk) => settleOrder(lines, chunk)),
              ),
            ),
          ),
          ([lines, batches]) => {
            const expected = oneByOne(lines);
            withSpool((spool) => {
              const builder = new ProFormaBuilder(spool);
              for (const batch of batches) builder.addLines(batch);
              expect(builder.sheets(context)).toEqual(expected);
              // Streamed, as the command line writes them: the same rows, read back from the file again.
              const streamed = builder.streamedSheets(context);
              expect(streamed.map((sheet) => [...sheet.rows()])).toEqual(expected.map((sheet) => sheet.rows));
            });
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});

describe("ProFormaSpool", () => {
  test("law: gives back each block as it was kept, in any order, kept and read in turns", () => {
    const block = fc.array(
      fc.record({
        row: fc.oneof(fc.integer({ min: 1, max: 1_048_576 }), fc.constantFrom(2 ** 31, -0)),
        shipment: fc.option(text, { freq: 3 }),
        line: fc.option(lineArbitrary, { freq: 4 }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 12 }), fc.array(fc.nat()), (blocks, picks) => {
        withSpool((spool) => {
          const refs: SpoolBlock[] = [];
          blocks.forEach((lines, index) => {
            const ref = spool.keep(lines);
            expect(spool.read(ref)).toEqual(lines);
            // An earlier block, while the last ones may still be in the write buffer.
            const earlier = (picks[index] ?? 0) % (index + 1);
            refs.push(ref);
            expect(spool.read(refs[earlier])).toEqual(blocks[earlier]);
          });
          for (const [index, ref] of [...refs.entries()].reverse())
            expect(spool.read(ref)).toEqual(blocks[index]);
        });
      }),
      { numRuns: 80 },
    );
  });

  test("keeps numbers exactly (doubles, -0, NaN, infinities) and long words, in blocks larger than its buffers", () => {
    const line = (index: number): ProFormaLine => ({
      sku: `SKU-${index}`,
      description:
        index % 7 === 0 ? "é".repeat(20_000) : index % 11 === 0 ? "\ud83d".repeat(9_000) : "Desk lamp",
      hsCode: "9405 21 40",
      quantity: [1, 2.5, -0, 1e-7, NaN, Infinity][index % 6],
      unitCents: Object.fromEntries(
        UNIT_AMOUNTS.map((amount, column) => [amount, column === index % 10 ? 2 ** 53 - 1 : -index]),
      ) as Record<UnitAmount, number>,
      lineTotalCents: -Infinity,
    });
    const lines: PlacedLine[] = Array.from({ length: 300 }, (_, index) => ({
      row: index * 1000,
      shipment: index % 3 === 0 ? null : `S${index % 4}`,
      line: index % 13 === 0 ? null : line(index),
    }));
    withSpool((spool) => {
      const big = spool.keep(lines);
      const small = spool.keep(lines.slice(0, 3));
      expect(big.bytes).toBeGreaterThan(2 ** 20);
      expect(spool.read(small)).toEqual(lines.slice(0, 3));
      const back = spool.read(big);
      expect(back).toEqual(lines);
      expect(Object.is(back[2].line?.quantity, -0)).toBe(true);
      expect(fs.statSync(spool.path).size).toBe(big.bytes + small.bytes);
    });
  });

  test("a file of its own in the temporary directory or the one it is given, removed by dispose()", () => {
    const first = new ProFormaSpool();
    const second = new ProFormaSpool(directory);
    try {
      expect(path.dirname(first.path)).toBe(os.tmpdir());
      expect(path.dirname(second.path)).toBe(directory);
      const third = new ProFormaSpool(directory);
      expect(third.path).not.toBe(second.path);
      third.dispose();
      const ref = first.keep([{ row: 5, shipment: "S1", line: null }]);
      expect(fs.existsSync(first.path)).toBe(true);
      first.dispose();
      expect(fs.existsSync(first.path)).toBe(false);
      expect(() => first.dispose()).not.toThrow();
      expect(() => first.read(ref)).toThrow(/disposed/);
      expect(() => first.keep([{ row: 6, shipment: "S1", line: null }])).toThrow(/disposed/);
    } finally {
      first.dispose();
      second.dispose();
    }
    expect(fs.existsSync(second.path)).toBe(false);
  });
});
