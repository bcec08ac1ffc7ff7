/**
 * Chunk sizing for Excel requests. Excel on the web refuses a request or a response over 5 MB; the add-in keeps each
 * under REQUEST_BUDGET_BYTES (about 4 MB), estimated from the JSON the cells travel as, and splits a chunk in two
 * when Excel still says it is too large. Pure: no Office here.
 */

/** What one request (or one response) may carry: about 4 MB, under Excel on the web's 5 MB limit. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Room kept in each write request for what travels with the cells (formats, calculation suspension, paths). */
export const REQUEST_RESERVE_BYTES = 32_768;

/** What a range write costs besides its cells: the action, the object path and the address. */
export const PIECE_OVERHEAD_BYTES = 300;

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
 * Splits rows into consecutive spans whose byte sizes add up to at most `budget` (a single row larger than the budget
 * gets a span of its own: the retry on a payload error then reports it).
 */
export function planRowSpans(rowBytes: readonly number[], budget: number = REQUEST_BUDGET_BYTES): RowSpan[] {
  const spans: RowSpan[] = [];
  let start = 0;
  let bytes = 0;
  for (let index = 0; index < rowBytes.length; index++) {
    const size = rowBytes[index];
    if (index > start && bytes + size > budget) {
      spans.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += size;
  }
  if (start < rowBytes.length) spans.push({ start, end: rowBytes.length });
  return spans;
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
  const sampleBytes = sampleRows.reduce((total, row) => total + jsonBytes(row), 0);
  const perRow = sampleRows.length === 0 ? 0 : sampleBytes / sampleRows.length;
  // An empty cell still costs `"",` (3 bytes) in the response.
  const estimate = Math.max(perRow, columnCount * 3 + 2) * safety;
  return Math.max(1, Math.floor(budget / estimate));
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

/** A rectangular write: values for the cells from (row, column), on a worksheet. */
export interface Piece<Cell = unknown> {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly Cell[])[];
  /** A number format for every cell of the piece, set just before its values (in the same request). */
  readonly numberFormat?: string;
}

/** Size of a piece in a request: its cells as JSON plus the action around them. */
export function pieceBytes(piece: Piece): number {
  return jsonBytes(piece.values) + PIECE_OVERHEAD_BYTES;
}

/** A piece cut to rows [start, end) of its values. */
export function slicePiece<Cell>(piece: Piece<Cell>, span: RowSpan): Piece<Cell> {
  return { ...piece, row: piece.row + span.start, values: piece.values.slice(span.start, span.end) };
}

/**
 * Groups pieces into requests of at most `budget` bytes, in order; a piece larger than the budget is cut by rows.
 * Every cell of every piece ends up in exactly one chunk.
 */
export function chunkPieces<Cell>(
  pieces: readonly Piece<Cell>[],
  budget: number = REQUEST_BUDGET_BYTES,
): Piece<Cell>[][] {
  const chunks: Piece<Cell>[][] = [];
  let current: Piece<Cell>[] = [];
  let bytes = 0;
  const flush = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
    bytes = 0;
  };
  for (const piece of pieces) {
    const rowBytes = piece.values.map((row) => jsonBytes(row) + 1);
    const total = rowBytes.reduce((sum, size) => sum + size, PIECE_OVERHEAD_BYTES);
    if (bytes + total <= budget) {
      current.push(piece);
      bytes += total;
      continue;
    }
    // Fill what is left of the current chunk, then whole chunks, with slices of this piece.
    let start = 0;
    while (start < rowBytes.length) {
      let end = start;
      let sliceBytes = PIECE_OVERHEAD_BYTES;
      while (end < rowBytes.length && bytes + sliceBytes + rowBytes[end] <= budget)
        sliceBytes += rowBytes[end++];
      if (end === start) {
        if (current.length > 0) {
          flush();
          continue;
        }
        sliceBytes += rowBytes[end++];
      }
      current.push(slicePiece(piece, { start, end }));
      bytes += sliceBytes;
      start = end;
      if (start < rowBytes.length) flush();
    }
  }
  flush();
  return chunks;
}

/** A chunk split in two for a retry: by pieces, or by rows when it is one piece; undefined for a single cell row. */
export function splitChunk<Cell>(chunk: readonly Piece<Cell>[]): [Piece<Cell>[], Piece<Cell>[]] | undefined {
  if (chunk.length > 1) {
    const middle = Math.floor(chunk.length / 2);
    return [chunk.slice(0, middle), chunk.slice(middle)];
  }
  const [piece] = chunk;
  const halves = piece === undefined ? undefined : halve({ start: 0, end: piece.values.length });
  return halves === undefined ? undefined : [[slicePiece(piece, halves[0])], [slicePiece(piece, halves[1])]];
}
