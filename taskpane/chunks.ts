/**
 * Chunk sizing for Excel requests. Excel on the web refuses a request or a response over 5 MB; the add-in keeps each
 * under REQUEST_BUDGET_BYTES (about 4 MB), estimated from the JSON the cells travel as, and splits a chunk in two
 * when Excel still says it is too large: by its payload error codes, or, for a large chunk, once, by the
 * GeneralException Excel on the web also answers oversized requests with. Pure: no Office here.
 */
import { type CellBlockWrite } from "./cell-writes";

/** What one request (or one response) may carry: about 4 MB, under Excel on the web's 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Room kept in each write request for what travels with the cells (formats, calculation suspension, paths). */
export const REQUEST_RESERVE_BYTES = 32_768;

/** What a range write costs besides its cells: the action, the object path and the address. */
export const WRITE_OVERHEAD_BYTES = 300;

/** Bytes of a string in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON in UTF-8: what it weighs in a request. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/** Half-open row range [start, end) of a 2-D block. */
export interface RowSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * How many rows to read per request, from sample rows of the block (the header scan). Responses carry values and,
 * for a few columns, formulas; `safety` covers rows longer than the sample.
 */
export function rowsPerRead(
  sampleRows: readonly (readonly unknown[])[],
  columnCount: number,
  budget = REQUEST_BUDGET_BYTES,
  safety = 2,
): number {
  return Math.max(1, Math.floor(budget / readRowBytes(sampleRows, columnCount, safety)));
}

/** What one row of a read is estimated to weigh in the response, from sample rows, with the safety margin. */
export function readRowBytes(
  sampleRows: readonly (readonly unknown[])[],
  columnCount: number,
  safety = 2,
): number {
  const sampleBytes = sampleRows.reduce((total, row) => total + jsonBytes(row), 0);
  const perRow = sampleRows.length === 0 ? 0 : sampleBytes / sampleRows.length;
  // An empty cell still costs `"",` (3 bytes) in the response.
  return Math.max(perRow, columnCount * 3 + 2) * safety;
}

/** Cuts [start, end) into spans of at most `size` rows. */
export function fixedSpans(start: number, end: number, size: number): RowSpan[] {
  const spans: RowSpan[] = [];
  const step = Math.max(1, Math.floor(size));
  for (let at = start; at < end; at += step) spans.push({ start: at, end: Math.min(end, at + step) });
  return spans;
}

/** The two halves of a span, for a retry after a payload error; undefined when it is one row. */
export function halve(span: RowSpan): [RowSpan, RowSpan] | undefined {
  if (span.end - span.start < 2) return undefined;
  const middle = span.start + Math.floor((span.end - span.start) / 2);
  return [
    { start: span.start, end: middle },
    { start: middle, end: span.end },
  ];
}

/** Excel's answer when a request or response is over its size limit (5 MB in Excel on the web). */
export function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "PayloadTooLarge"
  )
    return true;
  return typeof message === "string" && /payload size|payload.*(too large|limit)/i.test(message);
}

/**
 * Excel on the web's other answer to an oversized request or response: GeneralException, "An internal error has
 * occurred" (office-js-docs-reference #354, office-js #1012). It is also Excel's answer to much else, so only a large
 * chunk is sent again on it, and only once (retryAfter).
 */
export function isGeneralException(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "GeneralException"
  );
}

/** A chunk of at least this share of the budget may be what a GeneralException is about. */
export const LARGE_CHUNK_SHARE = 0.25;

/**
 * How a chunk Excel refused goes again: "payload" (a payload error: in halves, as often as it takes), "suspect" (a
 * GeneralException on a large chunk that was not halved for one before: in halves, once), or undefined (give up
 * with Excel's error). `suspected` says the chunk is a half of a chunk halved for a GeneralException or a null read.
 */
export function retryAfter(
  error: unknown,
  chunk: { readonly bytes: number; readonly budget: number; readonly suspected: boolean },
): "payload" | "suspect" | undefined {
  if (isPayloadTooLarge(error)) return "payload";
  if (isGeneralException(error) && !chunk.suspected && chunk.bytes >= chunk.budget * LARGE_CHUNK_SHARE)
    return "suspect";
  return undefined;
}

/** The estimated bytes of a write request carrying `chunk` (as chunkWrites counts them). */
export function chunkBytes<Cell>(chunk: readonly CellBlockWrite<Cell>[]): number {
  return chunk.reduce(
    (total, write) =>
      total + write.values.reduce((sum, row) => sum + jsonBytes(row) + 1, WRITE_OVERHEAD_BYTES),
    0,
  );
}

/** A write cut to rows [start, end) of its values. */
function sliceWrite<Cell>(write: CellBlockWrite<Cell>, span: RowSpan): CellBlockWrite<Cell> {
  return { ...write, row: write.row + span.start, values: write.values.slice(span.start, span.end) };
}

/**
 * Groups writes into requests of at most `budget` bytes, in order; a write larger than the budget is cut by rows.
 * Every cell of every write ends up in exactly one chunk.
 */
export function chunkWrites<Cell>(
  writes: readonly CellBlockWrite<Cell>[],
  budget: number = REQUEST_BUDGET_BYTES,
): CellBlockWrite<Cell>[][] {
  const chunks: CellBlockWrite<Cell>[][] = [];
  let current: CellBlockWrite<Cell>[] = [];
  let bytes = 0;
  const flush = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
    bytes = 0;
  };
  for (const write of writes) {
    const rowBytes = write.values.map((row) => jsonBytes(row) + 1);
    const total = rowBytes.reduce((sum, size) => sum + size, WRITE_OVERHEAD_BYTES);
    if (bytes + total <= budget) {
      current.push(write);
      bytes += total;
      continue;
    }
    // Fill what is left of the current chunk, then whole chunks, with slices of this write.
    let start = 0;
    while (start < rowBytes.length) {
      let end = start;
      let sliceBytes = WRITE_OVERHEAD_BYTES;
      while (end < rowBytes.length && bytes + sliceBytes + rowBytes[end] <= budget)
        sliceBytes += rowBytes[end++];
      if (end === start) {
        if (current.length > 0) {
          flush();
          continue;
        }
        sliceBytes += rowBytes[end++];
      }
      current.push(sliceWrite(write, { start, end }));
      bytes += sliceBytes;
      start = end;
      if (start < rowBytes.length) flush();
    }
  }
  flush();
  return chunks;
}

/** A chunk split in two for a retry: by writes, or by rows when it is one write; undefined for a single row. */
export function splitChunk<Cell>(
  chunk: readonly CellBlockWrite<Cell>[],
): [CellBlockWrite<Cell>[], CellBlockWrite<Cell>[]] | undefined {
  if (chunk.length > 1) {
    const middle = Math.floor(chunk.length / 2);
    return [chunk.slice(0, middle), chunk.slice(middle)];
  }
  const [write] = chunk;
  const halves = write === undefined ? undefined : halve({ start: 0, end: write.values.length });
  return halves === undefined ? undefined : [[sliceWrite(write, halves[0])], [sliceWrite(write, halves[1])]];
}
