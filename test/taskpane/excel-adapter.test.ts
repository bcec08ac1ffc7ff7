/**
 * The chunked reads and writes of excel-adapter.ts against a fake batch that fails the way Excel on the web does with
 * oversized requests: a GeneralException ("An internal error has occurred", office-js-docs-reference #354, office-js
 * #1012) besides the payload codes, and Range.values that come back null over the cell limit.
 */
import { type CellValue } from "../../src/sheet";
import { type CellBlockWrite } from "../../taskpane/cell-writes";
import { retryAfter } from "../../taskpane/chunks";
import {
  ExcelBatch,
  PaneProblem,
  type RunControl,
  readCellBlock,
  writeCellBlocks,
} from "../../taskpane/excel-adapter";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";

const generalException = () =>
  Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
const payloadTooLarge = () =>
  Object.assign(new Error("The request payload size has exceeded the limit."), {
    code: "RequestPayloadSizeLimitExceeded",
  });

const control: RunControl = { cancelled: () => false, progress: () => undefined };

/** A header and `rows` rows of three text cells. */
function sheet(rows: number): CellValue[][] {
  return [
    ["SKU", "Description", "Link"],
    ...Array.from({ length: rows }, (_, i) => [`SKU-${i}`, `Desk lamp ${i}`, `https://a.de/${i}`]),
  ];
}

function batchOn(cells: CellValue[][], options: FakeExcelOptions, budget: number) {
  const excel = new FakeExcel(cells, options);
  return { excel, batch: new ExcelBatch(excel.context(), control, budget) };
}

/** Reads rows 1..rows of the three columns, sampling the first rows as the pane does. */
function read(batch: ExcelBatch, cells: CellValue[][]) {
  return readCellBlock(
    batch,
    "Shipment",
    { first: 1, last: cells.length - 1 },
    { left: 0, right: 2 },
    [],
    cells.slice(0, 6),
  );
}

describe("reading in chunks", () => {
  // 400 rows of about 45 bytes: chunks of ~220 rows, each about the whole budget (large).
  const cells = sheet(400);
  const budget = 20_000;

  test("a large chunk refused with a GeneralException is read again in halves, once", async () => {
    const { excel, batch } = batchOn(
      cells,
      {
        failSync: ({ reads }) => (reads.some((rect) => rect.rowCount > 150) ? generalException() : undefined),
      },
      budget,
    );
    const block = await read(batch, cells);
    expect(block.values).toEqual(cells.slice(1));
    expect(batch.stats.retries).toBe(1);
    expect(excel.requests[0].reads[0].rowCount).toBeGreaterThan(150);
    expect(excel.requests[1].reads[0].rowCount).toBeLessThanOrEqual(150);
  });

  test("then gives up with Excel's error when the halves are refused too", async () => {
    const { excel, batch } = batchOn(
      cells,
      {
        failSync: ({ reads }) => (reads.some((rect) => rect.rowCount > 10) ? generalException() : undefined),
      },
      budget,
    );
    await expect(read(batch, cells)).rejects.toMatchObject({ code: "GeneralException" });
    expect(batch.stats.retries).toBe(1);
    expect(excel.requests).toHaveLength(2);
  });

  test("a small chunk's GeneralException is Excel's error, not its size: no retry", async () => {
    const { excel, batch } = batchOn(cells, { failSync: () => generalException() }, 4_000_000);
    await expect(read(batch, cells)).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.requests).toHaveLength(1);
    expect(batch.stats.retries).toBe(0);
  });

  test("payload errors still halve as often as it takes", async () => {
    const { batch } = batchOn(
      cells,
      { failSync: ({ reads }) => (reads.some((rect) => rect.rowCount > 30) ? payloadTooLarge() : undefined) },
      budget,
    );
    expect((await read(batch, cells)).values).toEqual(cells.slice(1));
    expect(batch.stats.retries).toBeGreaterThan(2);
  });

  test("values that come back null are a failed read of that chunk: read again in halves", async () => {
    const { batch } = batchOn(cells, { nullValues: (rect) => rect.rowCount > 150 }, budget);
    const block = await read(batch, cells);
    expect(block.values).toEqual(cells.slice(1));
    expect(block.values.every((row) => Array.isArray(row) && row.length === 3)).toBe(true);
    expect(batch.stats.retries).toBe(1);
  });

  test("null again for the halves: a clear error naming the rows, never an empty sheet", async () => {
    const { excel, batch } = batchOn(cells, { nullValues: () => true }, budget);
    const failure = read(batch, cells);
    await expect(failure).rejects.toBeInstanceOf(PaneProblem);
    await expect(failure).rejects.toThrow(
      /Excel answered rows 2–\d+ of sheet "Shipment" without their values.*Nothing was written/,
    );
    expect(excel.requests).toHaveLength(2);
  });
});

describe("writing in chunks", () => {
  const budget = 100_000;
  /** 2,000 rows of three cells in column E: two chunks, the first large. */
  const write: CellBlockWrite = {
    sheet: "Shipment",
    row: 1,
    column: 4,
    values: Array.from({ length: 2_000 }, (_, i) => [`Result ${i}`, 0.5 + i, `OK ${i}`]),
  };
  const written = (excel: FakeExcel) => excel.cells.slice(1).map((row) => row.slice(4, 7));

  test("a large chunk refused with a GeneralException goes again in halves, once, and everything is written", async () => {
    const { excel, batch } = batchOn(
      sheet(2_000),
      {
        failSync: ({ writes }) =>
          writes.some((rect) => rect.rowCount > 1_000) ? generalException() : undefined,
      },
      budget,
    );
    const report = await writeCellBlocks(batch, [write]);
    expect(report.complete).toBe(true);
    expect(batch.stats.retries).toBe(1);
    expect(written(excel)).toEqual(write.values);
  });

  test("then stops with Excel's error and says what went through", async () => {
    const { excel, batch } = batchOn(
      sheet(2_000),
      {
        failSync: ({ writes }) =>
          writes.some((rect) => rect.rowCount > 400) ? generalException() : undefined,
      },
      budget,
    );
    const report = await writeCellBlocks(batch, [write]);
    expect(report.complete).toBe(false);
    expect(report.stoppedBy).toMatchObject({ code: "GeneralException" });
    expect(report.written).toEqual([]);
    expect(batch.stats.retries).toBe(1);
    expect(excel.requests).toHaveLength(2);
  });

  test("a small chunk's GeneralException stops the write at once", async () => {
    const small: CellBlockWrite = { ...write, values: write.values.slice(0, 10) };
    const { excel, batch } = batchOn(sheet(20), { failSync: () => generalException() }, budget);
    const report = await writeCellBlocks(batch, [small]);
    expect(report).toMatchObject({ complete: false, written: [] });
    expect(excel.requests).toHaveLength(1);
    expect(batch.stats.retries).toBe(0);
  });
});

test("retryAfter: payload errors always, a GeneralException only for a large chunk not halved for one before", () => {
  const large = { bytes: 2_000_000, budget: 4_000_000, suspected: false };
  expect(retryAfter(payloadTooLarge(), { ...large, suspected: true })).toBe("payload");
  expect(retryAfter(generalException(), large)).toBe("suspect");
  expect(retryAfter(generalException(), { ...large, suspected: true })).toBeUndefined();
  expect(retryAfter(generalException(), { ...large, bytes: 999_999 })).toBeUndefined();
  expect(retryAfter({ code: "ItemNotFound" }, large)).toBeUndefined();
  expect(retryAfter(undefined, large)).toBeUndefined();
});
