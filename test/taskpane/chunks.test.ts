import fc from "fast-check";
import { type CellBlockWrite } from "../../taskpane/cell-writes";
import {
  WRITE_OVERHEAD_BYTES,
  chunkWrites,
  fixedSpans,
  halve,
  isPayloadTooLarge,
  jsonBytes,
  rowsPerRead,
  splitChunk,
  utf8Length,
} from "../../taskpane/chunks";

describe("byte estimates", () => {
  test("utf8Length is the UTF-8 byte length", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        (text) => utf8Length(text) === Buffer.byteLength(text, "utf8"),
      ),
    );
    expect(utf8Length("é€😀")).toBe(2 + 3 + 4);
  });

  test("jsonBytes is the size of the JSON a request carries", () => {
    expect(jsonBytes([["Liège", 1.5, ""]])).toBe(Buffer.byteLength(JSON.stringify([["Liège", 1.5, ""]])));
    expect(jsonBytes(undefined)).toBe(4);
  });
});

describe("row spans", () => {
  test("cover every row once, in order, each of at most the rows per read", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        (start, count, size) => {
          const spans = fixedSpans(start, start + count, size);
          let next = start;
          for (const span of spans) {
            expect(span.start).toBe(next);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end - span.start).toBeLessThanOrEqual(size);
            next = span.end;
          }
          expect(next).toBe(start + count);
        },
      ),
    );
  });

  test("fixed spans and halves", () => {
    expect(fixedSpans(0, 10, 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
      { start: 8, end: 10 },
    ]);
    expect(fixedSpans(0, 0, 4)).toEqual([]);
    expect(halve({ start: 2, end: 7 })).toEqual([
      { start: 2, end: 4 },
      { start: 4, end: 7 },
    ]);
    expect(halve({ start: 2, end: 3 })).toBeUndefined();
  });

  test("rows per read come from the sample rows with a safety margin, at least one", () => {
    const row = ["SKU-000001", "A description", 12.5, "https://www.amazon.de/dp/B000000001"];
    const perRow = jsonBytes(row);
    expect(rowsPerRead([row, row], 4, 4_000_000, 3)).toBe(Math.floor(4_000_000 / (perRow * 3)));
    expect(rowsPerRead([row], 4)).toBe(Math.floor(4_000_000 / (perRow * 2)));
    expect(rowsPerRead([], 10, 4_000_000, 1)).toBe(Math.floor(4_000_000 / 32));
    expect(rowsPerRead([["x".repeat(100)]], 1, 10)).toBe(1);
  });
});

describe("cell block writes in chunks", () => {
  const write = (row: number, rows: number, width = 3, text = "value"): CellBlockWrite<string> => ({
    sheet: "Sheet1",
    row,
    column: 2,
    values: Array.from({ length: rows }, (_, i) =>
      Array.from({ length: width }, (_, j) => `${text}-${row + i}-${j}`),
    ),
  });

  /** Every cell of the input as "sheet!row,column=value", to compare what the chunks write. */
  const cells = (writes: readonly CellBlockWrite<string>[]) =>
    writes
      .flatMap((p) =>
        p.values.flatMap((line, i) =>
          line.map((value, j) => `${p.sheet}!${p.row + i},${p.column + j}=${value}`),
        ),
      )
      .sort();

  test("write every cell exactly once and keep each request under the budget", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 4 })), {
          maxLength: 12,
        }),
        fc.integer({ min: 400, max: 5000 }),
        (shapes, budget) => {
          let row = 0;
          const writes = shapes.map(([rows, width]) => {
            const made = write(row, rows, width);
            row += rows + 1;
            return made;
          });
          const chunks = chunkWrites(writes, budget);
          expect(cells(chunks.flat())).toEqual(cells(writes));
          for (const chunk of chunks) {
            const bytes = chunk.reduce(
              (total, p) =>
                total + p.values.reduce((sum, line) => sum + jsonBytes(line) + 1, WRITE_OVERHEAD_BYTES),
              0,
            );
            const singleRow = chunk.length === 1 && chunk[0].values.length === 1;
            if (!singleRow) expect(bytes).toBeLessThanOrEqual(budget);
          }
        },
      ),
    );
  });

  test("small writes share a chunk; a large one is cut by rows", () => {
    const chunks = chunkWrites([write(0, 2), write(10, 2)], 10_000);
    expect(chunks).toHaveLength(1);
    const big = write(0, 1000);
    const cut = chunkWrites([big], (jsonBytes(big.values) + WRITE_OVERHEAD_BYTES) / 4);
    expect(cut.length).toBeGreaterThanOrEqual(4);
    expect(cut.every((chunk) => chunk.length === 1)).toBe(true);
    expect(cut[1][0].row).toBe(cut[0][0].row + cut[0][0].values.length);
  });

  test("keeps a write's number format on its slices", () => {
    const formatted = { ...write(0, 100), numberFormat: "0.0%" };
    for (const chunk of chunkWrites([formatted], 1000)) expect(chunk[0].numberFormat).toBe("0.0%");
  });

  test("a chunk splits in two by writes, then by rows, down to one row", () => {
    expect(splitChunk([write(0, 1), write(5, 1), write(9, 1)])?.map((half) => half.length)).toEqual([1, 2]);
    const halves = splitChunk([write(0, 5)]);
    expect(halves?.map((half) => half[0].values.length)).toEqual([2, 3]);
    expect(halves?.[1][0].row).toBe(2);
    expect(splitChunk([write(0, 1)])).toBeUndefined();
  });
});

test("payload errors are recognised by code or message", () => {
  expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded", message: "" })).toBe(true);
  expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
  expect(
    isPayloadTooLarge({
      code: "GeneralException",
      message: "The request payload size has exceeded the limit.",
    }),
  ).toBe(true);
  expect(isPayloadTooLarge({ code: "ItemNotFound", message: "The requested resource doesn't exist." })).toBe(
    false,
  );
  expect(isPayloadTooLarge(new Error("boom"))).toBe(false);
  expect(isPayloadTooLarge(undefined)).toBe(false);
});
