import * as fs from "node:fs";
import {
  type CsvEncoding,
  CsvDecoder,
  CsvEncodingSniffer,
  CsvRowReader,
  type Separator,
  detectSeparator,
} from "./csv";
import { CliError, oneLine } from "./errors";

/**
 * A CSV file read a chunk at a time (csv.ts has the rules; this reads the file): its encoding and separator first,
 * then its rows, as many times as the check needs (the main thread for the survey and the writing, the worker thread
 * for the check), each read the same rows. Memory holds a chunk of the file and the row it ends in.
 */

/** Bytes read at a time: large enough that parsing costs little per call, small beside any memory limit. */
const CHUNK_BYTES = 1 << 20;
/** Characters the separator is detected from (detectSeparator looks at as many). */
const SEPARATOR_HEAD = 64 * 1024;

/** Rows of a CSV file from row `start` (0-based), with the file's line where each starts. */
export interface CsvChunk {
  readonly start: number;
  readonly rows: string[][];
  readonly lines: readonly number[];
  /** Bytes of the file read so far. */
  readonly bytesRead: number;
}

function fileChunks(file: string): AsyncIterable<Buffer> {
  return fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
}

function cannotRead(file: string, error: unknown): CliError {
  const problem = oneLine(error);
  return new CliError((w) => w.input.cannotRead({ file, problem }));
}

/**
 * The file's encoding (decided by all its bytes: one byte that is not UTF-8 makes it Windows-1252) and separator
 * (by its first lines). `progress` is told the bytes read.
 */
export async function sniffCsvFile(
  file: string,
  progress?: (read: number) => void,
): Promise<{ encoding: CsvEncoding; separator: Separator }> {
  const sniffer = new CsvEncodingSniffer();
  let read = 0;
  try {
    for await (const bytes of fileChunks(file)) {
      sniffer.push(bytes);
      read += bytes.length;
      progress?.(read);
    }
  } catch (error) {
    throw cannotRead(file, error);
  }
  const encoding = sniffer.encoding();
  const decoder = new CsvDecoder(encoding);
  let head = "";
  try {
    for await (const bytes of fileChunks(file)) {
      head += decoder.decode(bytes);
      if (head.length >= SEPARATOR_HEAD) break;
    }
  } catch (error) {
    throw cannotRead(file, error);
  }
  if (head.length < SEPARATOR_HEAD) head += decoder.end();
  return { encoding, separator: detectSeparator(head.slice(0, SEPARATOR_HEAD)) };
}

/**
 * Reads the file's rows into `sink` a chunk at a time, in order; the reading waits while the sink works. Throws
 * CsvProblem where the text cannot be read as rows.
 */
export async function csvFileChunks(
  file: string,
  encoding: CsvEncoding,
  separator: Separator,
  sink: (chunk: CsvChunk) => void | Promise<void>,
): Promise<void> {
  const decoder = new CsvDecoder(encoding);
  const reader = new CsvRowReader(separator);
  let start = 0;
  let bytesRead = 0;
  const give = async ({ rows, lines }: { rows: string[][]; lines: readonly number[] }) => {
    if (rows.length === 0) return;
    const chunk: CsvChunk = { start, rows, lines, bytesRead };
    start += rows.length;
    await sink(chunk);
  };
  const source = fileChunks(file);
  const chunks = source[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (error) {
      throw cannotRead(file, error);
    }
    if (next.done === true) break;
    bytesRead += next.value.length;
    await give(reader.push(decoder.decode(next.value)));
  }
  await give(reader.push(decoder.end()));
  await give(reader.end());
}
