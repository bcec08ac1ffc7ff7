import fc from "fast-check";
import {
  type PlacedLine,
  ProFormaBuilder,
  type ProFormaLineStore,
  SEPARATE_PRO_FORMA_LIMIT,
  checkShipment,
  proFormaLine,
  proFormaSheets,
} from "../../src/sheet";
import { lineArbitrary, randomBatches, settleOrder, sheetLines } from "./pro-forma-lines";
import { row, settings, sheet } from "./sample";

/**
 * The pro forma built from lines kept in a store (ProFormaBuilder's ProFormaLineStore), as the command line builds
 * it for a million rows: whatever the store, however the lines come (one by one, in batches, in any order, in the
 * order shipments settle), the sheets are those of the lines given one by one; the builder holds none of the lines,
 * and a streamed sheet reads its lines back from the store only as its rows are iterated.
 */

const context = { declarationDate: "2026-11-21", vatTableVersion: "test table" };

/**
 * A store that keeps copies, as a file would, and counts what it keeps and reads. It checks what the builder
 * promises: a block holds lines of one shipment, in row order, none of them a row with errors.
 */
class CountingStore implements ProFormaLineStore<number> {
  readonly blocks: PlacedLine[][] = [];
  kept = 0;
  reads = 0;

  keep(lines: readonly PlacedLine[]): number {
    if (lines.length === 0) throw new Error("an empty block");
    for (const [index, placed] of lines.entries()) {
      if (placed.shipment !== lines[0].shipment) throw new Error("a block of two shipments");
      if (index > 0 && placed.row < lines[index - 1].row) throw new Error("a block out of row order");
      if (placed.line === null) throw new Error("a row with errors in a block");
    }
    this.kept += lines.length;
    this.blocks.push(structuredClone([...lines]));
    return this.blocks.length - 1;
  }

  read(ref: number): readonly PlacedLine[] {
    this.reads++;
    return structuredClone(this.blocks[ref]);
  }
}

/** The sheets of the lines given one by one, in memory: what the pro forma has always been. */
function oneByOne(lines: readonly PlacedLine[]) {
  const builder = new ProFormaBuilder();
  for (const placed of lines) builder.addLine(placed.row, placed.shipment, placed.line);
  return builder.sheets(context);
}

function inStore(batches: readonly (readonly PlacedLine[])[]) {
  const store = new CountingStore();
  const builder = new ProFormaBuilder(store);
  for (const batch of batches) builder.addLines(batch);
  return { store, builder };
}

describe("the pro forma of lines kept in a store", () => {
  test.each([
    ["a sheet per shipment", { min: 1, max: SEPARATE_PRO_FORMA_LIMIT - 1 }],
    [
      "one sheet grouped by shipment",
      { min: SEPARATE_PRO_FORMA_LIMIT + 1, max: 2 * SEPARATE_PRO_FORMA_LIMIT },
    ],
  ])("law (%s): lines in batches in any order give the sheets of the lines one by one", (_, shipments) => {
    fc.assert(
      fc.property(
        sheetLines(shipments).chain((lines) => fc.tuple(fc.constant(lines), randomBatches(lines))),
        ([lines, batches]) => {
          const { store, builder } = inStore(batches);
          expect(builder.sheets(context)).toEqual(oneByOne(batches.flat()));
          expect(builder.sheets(context)).toEqual(oneByOne(lines));
          expect(store.kept).toBe(lines.filter((placed) => placed.line !== null).length);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("law: lines in the order shipments settle give the sheets of the lines one by one", () => {
    fc.assert(
      fc.property(
        sheetLines({ min: 1, max: 2 * SEPARATE_PRO_FORMA_LIMIT }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        (lines, chunk, together) => {
          const batches = settleOrder(lines, chunk, together);
          expect(batches.flat()).toHaveLength(lines.length);
          expect(inStore(batches).builder.sheets(context)).toEqual(oneByOne(lines));
        },
      ),
      { numRuns: 100 },
    );
  });

  test("law: lines of the same row stay in the order they came, batch or no batch", () => {
    const lines = sheetLines({ min: 1, max: 30 }).chain((placed) =>
      fc.tuple(...placed.map((line) => fc.integer({ min: 1, max: 15 }).map((row) => ({ ...line, row })))),
    );
    fc.assert(
      fc.property(
        lines.chain((placed) => randomBatches(placed)),
        (batches) => {
          expect(inStore(batches).builder.sheets(context)).toEqual(oneByOne(batches.flat()));
        },
      ),
      { numRuns: 60 },
    );
  });

  test("shipments whose first rows are the same come in the order those rows came, as a stable sort of the lines", () => {
    const line = fc.sample(lineArbitrary, { numRuns: 1, seed: 3 })[0];
    const names = (builder: ProFormaBuilder<unknown>) => builder.sheets(context).map((one) => one.name);
    const byLine = new ProFormaBuilder();
    byLine.addLine(9, "X", line);
    byLine.addLine(1, "Y", line);
    byLine.addLine(1, "X", null);
    expect(names(byLine)).toEqual(["Pro forma Y", "Pro forma X"]);
    const batched = inStore([
      [{ row: 9, shipment: "X", line }],
      [
        { row: 1, shipment: "Y", line: null },
        { row: 1, shipment: "X", line },
      ],
    ]).builder;
    expect(names(batched)).toEqual(["Pro forma Y", "Pro forma X"]);
  });

  test("a streamed sheet says what the sheet does before its rows are read; rows() gives rowCount rows", () => {
    fc.assert(
      fc.property(
        sheetLines({ min: 1, max: 2 * SEPARATE_PRO_FORMA_LIMIT }).chain((lines) => randomBatches(lines)),
        (batches) => {
          const { store, builder } = inStore(batches);
          const streamed = builder.streamedSheets(context);
          expect(store.reads).toBe(0);
          const sheets = builder.sheets(context);
          expect(streamed.map(({ rows: _rows, rowCount: _count, ...told }) => told)).toEqual(
            sheets.map(({ rows: _rows, ...told }) => told),
          );
          expect(streamed.map((one) => one.rowCount)).toEqual(sheets.map((one) => one.rows.length));
          expect(streamed.map((one) => [...one.rows()])).toEqual(sheets.map((one) => one.rows));
        },
      ),
      { numRuns: 60 },
    );
  });

  test("the sheets of checked rows are the same whether the lines are kept in memory or in a store", () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      row({
        SKU: `P${i}`,
        // Three shipments in the first 20 rows; 20 more after (a grouped sheet): interleaved, some rows without one.
        Shipment: i % 9 === 4 ? null : `S${i < 20 ? i % 3 : i}`,
        Qty: (i % 4) + 1,
        "Prix TTC": i % 11 === 3 ? "x" : 19.99 + i,
        Packaging: i % 5 === 0 ? 0.3 : 0,
        "Declared value": 5 + (i % 13),
      }),
    );
    for (const count of [20, 40]) {
      const check = checkShipment(sheet(...rows.slice(0, count)), settings);
      const lines = check.rows.map((checked) => ({
        row: checked.row,
        shipment: checked.shipment,
        line: proFormaLine(checked),
      }));
      const { builder } = inStore(settleOrder(lines, 7, [false, true]));
      expect(builder.sheets(context).length).toBe(count === 20 ? 4 : 1);
      expect(builder.sheets(context)).toEqual(proFormaSheets(check, context));
    }
  });
});

describe("the builder holds no line: the store has them, and a sheet reads them back as its rows are written", () => {
  /** Paths from `root` to objects that are lines (PlacedLine or ProFormaLine), not looking into `store`. */
  function linesReached(root: object, store: object): string[] {
    const found: string[] = [];
    const seen = new Set<object>([store]);
    const visit = (value: unknown, at: string): void => {
      if (typeof value !== "object" || value === null || seen.has(value)) return;
      seen.add(value);
      if ("unitCents" in value || ("row" in value && "line" in value)) found.push(at);
      const children: [string, unknown][] =
        value instanceof Map
          ? [...value].flatMap(([key, entry], index) => [
              [`${at}<key ${index}>`, key],
              [`${at}<${String(key)}>`, entry],
            ])
          : value instanceof Set
            ? [...value].map((entry, index) => [`${at}{${index}}`, entry])
            : Object.entries(value).map(([key, entry]) => [`${at}.${key}`, entry]);
      for (const [path, child] of children) visit(child, path);
    };
    visit(root, "builder");
    return found;
  }

  const lines: PlacedLine[] = Array.from({ length: 300 }, (_, index) => ({
    row: index + 5,
    shipment: index % 10 === 3 ? null : `S${Math.floor(index / 12)}`,
    line: index % 17 === 0 ? null : fc.sample(lineArbitrary, { numRuns: 1, seed: index })[0],
  }));

  test("with a store, nothing the builder holds is a line; with memory, its lines are (the walk sees them)", () => {
    const { store, builder } = inStore(settleOrder(lines, 10, [false]));
    expect(linesReached(builder, store)).toEqual([]);
    expect(store.kept).toBe(lines.filter((placed) => placed.line !== null).length);
    const inMemory = new ProFormaBuilder();
    inMemory.addLines(lines);
    expect(linesReached(inMemory, {}).length).toBeGreaterThan(0);
  });

  test("rows() reads a block only when its first line is reached, and again each time it is called", () => {
    // 25 shipments of 4 rows in two blocks each, in row order: one grouped sheet, read a block at a time.
    const rows: PlacedLine[] = Array.from({ length: 100 }, (_, index) => ({
      row: index + 1,
      shipment: `S${Math.floor(index / 4)}`,
      line: fc.sample(lineArbitrary, { numRuns: 1, seed: index })[0],
    }));
    const store = new CountingStore();
    const builder = new ProFormaBuilder(store);
    for (let start = 0; start < rows.length; start += 2) builder.addLines(rows.slice(start, start + 2));
    expect(store.blocks).toHaveLength(50);
    const [grouped] = builder.streamedSheets(context);
    expect(store.reads).toBe(0);
    const readsAtRow: number[] = [];
    for (const _ of grouped.rows()) readsAtRow.push(store.reads);
    expect(readsAtRow).toHaveLength(grouped.rowCount);
    const firstLine = grouped.headerRowIndex + 1;
    expect(readsAtRow.slice(0, firstLine).every((reads) => reads === 0)).toBe(true);
    // A shipment's lines, then its subtotal: its first block is read at its first line, its second at its third.
    grouped.totalRowIndexes.slice(0, -1).forEach((subtotal, shipment) => {
      expect(readsAtRow.slice(subtotal - 4, subtotal + 1)).toEqual(
        [1, 1, 2, 2, 2].map((n) => n + 2 * shipment),
      );
    });
    expect(store.reads).toBe(50);
    expect([...grouped.rows()]).toHaveLength(grouped.rowCount);
    expect(store.reads).toBe(100);
  });

  test("a sheet per shipment reads only its own shipment's blocks", () => {
    const { store, builder } = inStore([
      lines.filter((placed) => placed.shipment === "S1"),
      lines.slice(0, 20),
    ]);
    const sheets = builder.streamedSheets(context);
    const s1 = sheets.find((one) => one.name === "Pro forma S1");
    expect(s1).toBeDefined();
    const reads = store.reads;
    const read = [...(s1?.rows() ?? [])];
    expect(read).toHaveLength(s1?.rowCount ?? -1);
    // S1's rows came in two blocks (all of them, then again its first ones from the second batch).
    expect(store.reads - reads).toBe(2);
  });

  test("a shipment's blocks out of row order are read together and put in row order", () => {
    const line = (row: number, shipment: string | null): PlacedLine => ({
      row,
      shipment,
      line: { ...fc.sample(lineArbitrary, { numRuns: 1, seed: row })[0], sku: `row ${row}` },
    });
    const { store, builder } = inStore([
      [line(10, "A"), line(12, "A"), line(5, "B")],
      [line(2, "A"), line(11, "A"), line(1, null)],
    ]);
    const [none, a, b] = builder.streamedSheets(context);
    expect([none.name, a.name, b.name]).toEqual(["Pro forma (no shipment)", "Pro forma A", "Pro forma B"]);
    const rows = a.rows()[Symbol.iterator]();
    for (let index = 0; index <= a.headerRowIndex; index++) rows.next();
    expect(store.reads).toBe(0);
    expect(rows.next().value?.[0]).toBe("row 2");
    expect(store.reads).toBe(2);
    expect([rows.next(), rows.next(), rows.next()].map((next) => next.value?.[0])).toEqual([
      "row 10",
      "row 11",
      "row 12",
    ]);
    expect(store.reads).toBe(2);
  });

  test("rows with errors stay out of the store and are named on their sheet", () => {
    const { store, builder } = inStore([
      [
        { row: 7, shipment: "A", line: null },
        { row: 3, shipment: "A", line: null },
      ],
      [{ row: 4, shipment: "A", line: fc.sample(lineArbitrary, { numRuns: 1, seed: 1 })[0] }],
    ]);
    expect(store.kept).toBe(1);
    const [a] = builder.sheets(context);
    expect(a.leftOut).toEqual([3, 7]);
    expect(a.rows[a.rows.length - 1][0]).toMatch(/rows 3, 7/);
  });
});
