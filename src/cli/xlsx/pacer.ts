import type ExcelJS from "exceljs";

/** Rows written between two turns of the event loop, so the zip compresses while rows are written. */
const ROWS_PER_TURN = 2000;
/** Written XML waiting to be compressed, at most; beyond this the writer waits for the zip. */
const BACKLOG_BYTES = 32 * 1024 * 1024;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

/**
 * What exceljs 4.4 keeps for a sheet being written (lib/utils/stream-buf.js): XML buffered until the zip takes
 * the entry, then written into the PassThrough stream archiver reads the entry from, whose buffers hold what the
 * zip has not compressed yet.
 */
interface StreamState {
  readonly length?: number;
}
interface SheetStreamInternals {
  readonly stream?: {
    readonly buffers?: readonly { readonly length: number }[];
    readonly pipes?: readonly {
      readonly _writableState?: StreamState;
      readonly _readableState?: StreamState;
    }[];
  };
}

function backlog(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as SheetStreamInternals).stream;
  const entry = stream?.pipes?.[0];
  let bytes = (entry?._writableState?.length ?? 0) + (entry?._readableState?.length ?? 0);
  for (const buffer of stream?.buffers ?? []) bytes += buffer.length;
  return bytes;
}

/**
 * exceljs's streaming writer hands rows to the zip without waiting for it, so rows written faster than they are
 * compressed pile up in memory (over 100 MB for a large sheet while the second core checks rows). Every few
 * thousand rows the pacer gives the zip a turn of the event loop and, while more than BACKLOG_BYTES of a sheet's
 * XML wait, lets it catch up. (If exceljs's internals change, the backlog reads 0 and only the turns remain.)
 */
export class ZipPacer {
  private written = 0;

  /** After each row written to the sheet. */
  async row(sheet: ExcelJS.Worksheet): Promise<void> {
    if (++this.written % ROWS_PER_TURN !== 0) return;
    await turn();
    while (backlog(sheet) > BACKLOG_BYTES) await pause();
  }
}
