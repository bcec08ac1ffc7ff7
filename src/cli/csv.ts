import { isAscii, isUtf8 } from "node:buffer";
import {
  type CellValue,
  type NumberEvidence,
  NumberEvidenceTally,
  findHeaderRow,
  mapColumns,
} from "../sheet";
import { WordedError, type Wording } from "./errors";

/**
 * CSV files as product lists come: comma or semicolon separated (Excel writes semicolons where the decimal
 * separator is a comma, as in Belgium), UTF-8 with or without a byte order mark, quoted fields with separators,
 * quotes and line breaks inside.
 */
export type Separator = "," | ";" | "\t";
const SEPARATORS: readonly Separator[] = [",", ";", "\t"];

/**
 * Windows-1252 differs from Latin-1 in 0x80–0x9F (€, curly quotes, dashes, Š, Ž…). Node's TextDecoder reads
 * "windows-1252" as Latin-1, so those bytes are mapped here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}

/**
 * UTF-16 text by its byte order mark: Excel's "Unicode Text" export is UTF-16LE with a BOM (and tab-separated);
 * big-endian files come from older Mac tools.
 */
function utf16Encoding(bytes: ArrayLike<number>): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Whole UTF-16 code units (an even number of bytes) as text. */
function decodeUtf16Units(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
  const units = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Node decodes little-endian only: big-endian is byte-swapped into a copy first.
  return (encoding === "utf-16le" ? units : Buffer.from(units).swap16()).toString("utf16le");
}

/**
 * UTF-16 without a BOM shows as ASCII with a NUL byte beside each character: said so instead of "not text".
 */
export function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) & ~1;
  if (end < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < end; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = end / 2;
  return Math.max(evenZeros, oddZeros) > pairs * 0.6 && Math.min(evenZeros, oddZeros) < pairs * 0.05;
}

/** How a CSV file's bytes are read as text (see CsvEncodingSniffer). */
export type CsvEncoding = "utf-8" | "windows-1252" | "gbk" | "utf-16le" | "utf-16be";

/**
 * Whether bytes that are not UTF-8 are Chinese text as Chinese Windows saves it (GBK, code page 936: Excel's
 * "CSV" export there) rather than Windows-1252. In GBK every byte from 0x80 on comes in a pair, a lead byte
 * 0x81–0xFE and a trail byte 0x40–0xFE but 0x7F, and GB2312's characters (the hanzi, and the full-width
 * punctuation and pinyin letters Chinese text has among them: "，", "（", "ü") are lead 0xA1–0xF7, trail
 * 0xA1–0xFE. A German or French Windows-1252 text has its accented letters between ASCII ones ("für": a lead
 * and an ASCII trail), so few of its pairs are hanzi, and a lone 0x80 (€) or 0xFF (ÿ) is none at all.
 */
class GbkTally {
  /** A lead byte whose trail is the next byte (of the next chunk, if this one ended); -1 when none. */
  private lead = -1;
  private hanzi = 0;
  private other = 0;
  private possible = true;

  push(chunk: Uint8Array): void {
    if (!this.possible) return;
    let from = 0;
    if (this.lead >= 0 && chunk.length > 0) {
      this.pair(chunk[0]);
      from = 1;
    }
    // Most chunks of a Chinese list are ASCII too (SKUs, prices, links): skipped without a loop.
    if (isAscii(chunk.subarray(from))) return;
    for (let index = from; index < chunk.length && this.possible; index++) {
      const byte = chunk[index];
      if (this.lead >= 0) this.pair(byte);
      else if (byte >= 0x81 && byte <= 0xfe) this.lead = byte;
      else if (byte >= 0x80) this.possible = false;
    }
  }

  private pair(trail: number): void {
    if (trail < 0x40 || trail === 0x7f || trail === 0xff) this.possible = false;
    else if (this.lead >= 0xa1 && this.lead <= 0xf7 && trail >= 0xa1) this.hanzi++;
    else this.other++;
    this.lead = -1;
  }

  /** Chinese text: every high byte in a pair, a few GB2312 characters at least (a header), nine in ten pairs. */
  likely(): boolean {
    return this.possible && this.lead < 0 && this.hanzi >= 4 && this.other * 10 <= this.hanzi;
  }
}

/** The bytes of a UTF-8 sequence that starts with `lead`; 1 for ASCII and for bytes no sequence starts with. */
function utf8SequenceLength(lead: number): number {
  return lead >= 0xc2 && lead <= 0xdf
    ? 2
    : lead >= 0xe0 && lead <= 0xef
      ? 3
      : lead >= 0xf0 && lead <= 0xf4
        ? 4
        : 1;
}

/** Where a UTF-8 sequence that the bytes end before its end starts; `bytes.length` when none is cut off. */
function cutUtf8Sequence(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back];
    // Continuation bytes (10xxxxxx) belong to a sequence that starts further back.
    if ((byte & 0xc0) === 0x80) continue;
    return utf8SequenceLength(byte) > back ? length - back : length;
  }
  return length;
}

const NO_BYTES = new Uint8Array(0);

/**
 * Decides a streamed file's encoding from all of its bytes, as decodeText does from the whole file: UTF-16 by
 * the BOM of the first two bytes; else UTF-8 if every byte is, else GBK if the bytes are Chinese text in it
 * (GbkTally), else Windows-1252. It has to see the whole file
 * before any text is used: one byte that is not UTF-8 near the end (Excel's plain "CSV" export of one "é")
 * changes how the bytes before it read. Cheap: it validates without decoding and keeps at most the few bytes of a
 * UTF-8 sequence cut by the end of a chunk.
 */
export class CsvEncodingSniffer {
  private readonly head: number[] = [];
  private utf8 = true;
  /** The start of a UTF-8 sequence the last chunk ended inside, to be validated with the bytes that end it. */
  private cut: Uint8Array = NO_BYTES;
  private readonly gbk = new GbkTally();

  /** The file's next bytes. */
  push(chunk: Uint8Array): void {
    for (let index = 0; this.head.length < 2 && index < chunk.length; index++) this.head.push(chunk[index]);
    // Every byte is tallied as GBK too, however the file is cut: its encoding is known only at its end.
    this.gbk.push(chunk);
    if (this.utf8 && chunk.length > 0) this.validateUtf8(chunk);
  }

  private validateUtf8(chunk: Uint8Array): void {
    let rest = chunk;
    if (this.cut.length > 0) {
      const needed = utf8SequenceLength(this.cut[0]) - this.cut.length;
      const ending = Buffer.concat([this.cut, chunk.subarray(0, needed)]);
      if (chunk.length < needed) {
        this.cut = ending;
        return;
      }
      this.cut = NO_BYTES;
      if (!isUtf8(ending)) {
        this.utf8 = false;
        return;
      }
      rest = chunk.subarray(needed);
    }
    const end = cutUtf8Sequence(rest);
    if (!isUtf8(rest.subarray(0, end))) this.utf8 = false;
    else if (end < rest.length) this.cut = rest.slice(end);
  }

  /** The encoding, once every chunk of the file has been pushed. */
  encoding(): CsvEncoding {
    // A sequence the file ends inside is not UTF-8.
    const utf16 = utf16Encoding(this.head);
    if (utf16 !== undefined) return utf16;
    if (this.utf8 && this.cut.length === 0) return "utf-8";
    return this.gbk.likely() ? "gbk" : "windows-1252";
  }
}

/**
 * Decodes a file a chunk at a time: the texts of all chunks, joined, are decodeText's text of the whole file
 * however the bytes are cut (inside a UTF-8 sequence, a UTF-16 code unit or surrogate pair, the BOM). The encoding
 * is CsvEncodingSniffer's for the same bytes; UTF-8 that turns out not to be (the file changed in between) throws
 * a TypeError rather than read other text.
 */
export class CsvDecoder {
  /** UTF-8's and GBK's decoder keeps the bytes of a character cut by a chunk's end; UTF-8's drops a BOM. */
  private readonly text: InstanceType<typeof TextDecoder> | undefined;
  /** UTF-16's BOM bytes not yet passed. */
  private bom = 2;
  /** A UTF-16 code unit's first byte that ended the last chunk; -1 when none. */
  private half = -1;
  /** Whether any text came yet: a leading U+FEFF is dropped once. */
  private started = false;

  constructor(readonly encoding: CsvEncoding) {
    this.text =
      encoding === "utf-8"
        ? new TextDecoder("utf-8", { fatal: true })
        : encoding === "gbk"
          ? new TextDecoder("gbk")
          : undefined;
  }

  /** The text of the file's next bytes, as far as they make whole characters. */
  decode(chunk: Uint8Array): string {
    if (this.encoding === "utf-16le" || this.encoding === "utf-16be") return this.utf16(chunk, this.encoding);
    return this.first(
      this.text === undefined ? decodeWindows1252(chunk) : this.text.decode(chunk, { stream: true }),
    );
  }

  /**
   * The text of the file's last bytes (`chunk`, if any; without, of those already pushed) and of any kept for
   * them (a last odd UTF-16 byte, from a file cut short, is left out). The whole file as one last chunk is decoded
   * faster than pushed: Node decodes a large text in one go twice as fast as a streamed one.
   */
  end(chunk: Uint8Array = NO_BYTES): string {
    if (this.text === undefined) return chunk.length === 0 ? "" : this.decode(chunk);
    return this.first(this.text.decode(chunk));
  }

  /** Text without a U+FEFF that starts the file (a UTF-8 BOM after TextDecoder's own, or an editor's). */
  private first(text: string): string {
    if (this.started || text === "") return text;
    this.started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  private utf16(chunk: Uint8Array, encoding: "utf-16le" | "utf-16be"): string {
    let from = Math.min(this.bom, chunk.length);
    this.bom -= from;
    let text = "";
    if (this.half >= 0 && from < chunk.length) {
      const [low, high] = encoding === "utf-16le" ? [this.half, chunk[from]] : [chunk[from], this.half];
      text = String.fromCharCode(low | (high << 8));
      this.half = -1;
      from++;
    }
    const end = from + ((chunk.length - from) & ~1);
    if (end > from) text += decodeUtf16Units(chunk.subarray(from, end), encoding);
    if (end < chunk.length) this.half = chunk[end];
    return text;
  }
}

/**
 * The file's text. UTF-16 with a BOM is read as such; bytes that are not UTF-8 are read as GBK where they are
 * Chinese text in it (Chinese Windows's "CSV"), else as Windows-1252, which Excel's plain "CSV" export writes. The streamed reading, fed the whole file as one last chunk.
 */
export function decodeText(bytes: Uint8Array): string {
  const sniffer = new CsvEncodingSniffer();
  sniffer.push(bytes);
  return new CsvDecoder(sniffer.encoding()).end(bytes);
}

/** Text files have no NUL bytes (UTF-16 aside, known by its BOM); images, zip files and other binaries do. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Encoding(bytes) !== undefined) return false;
  const end = Math.min(bytes.length, 8192);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return false;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Fields read to find the header are cut to this length (see parseRows). */
const SNIFFED_FIELD_LENGTH = 1000;
/** Excel holds at most this many characters in a cell. */
const MAX_CELL_LENGTH = 32_767;

/**
 * CSV text that cannot be read without losing rows: a quote that never closes takes the rest of the file into
 * one cell, and a cell longer than Excel holds is almost always a quote closed far too late. `line` is the
 * file's line (1-based) where the field starts, as a text editor numbers it.
 */
export class CsvProblem extends WordedError {
  constructor(
    readonly line: number,
    wording: Wording,
  ) {
    super(wording);
    this.name = "CsvProblem";
  }
}

/** The line (1-based) of the text at `index`: CRLF, LF and a lone CR each end a line. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = 0; at < index; at++) {
    const code = text.charCodeAt(at);
    if (code === LF || (code === CR && text.charCodeAt(at + 1) !== LF)) line++;
  }
  return line;
}

function unclosedQuote(line: number, rest: number): CsvProblem {
  return new CsvProblem(line, (w) =>
    rest === 0 ? w.csv.unclosedQuoteLine({ line }) : w.csv.unclosedQuoteFile({ line, rest }),
  );
}

function misplacedQuote(line: number, closes: number): CsvProblem {
  return new CsvProblem(line, (w) => w.csv.misplacedQuote({ line, closes }));
}

function longCell(line: number, length: number): CsvProblem {
  return new CsvProblem(line, (w) => w.csv.longCell({ line, length, limit: MAX_CELL_LENGTH }));
}

/**
 * Parses CSV text into rows of fields (RFC 4180, leniently: a quote inside an unquoted field is kept as text,
 * text after a closing quote is appended). `maxRows` stops early. Throws CsvProblem for a quote never closed
 * and a cell longer than Excel holds.
 */
function parseCsv(text: string, separator: Separator, maxRows = Infinity): string[][] {
  return parseRows(text, separator, 0, maxRows, true).rows;
}

/**
 * Parses up to `maxRows` rows from `start` (the start of a row) and says where the next row starts: the text in
 * pieces gives the same rows as in one go. Throws CsvProblem as parseCsv does.
 */
export function parseCsvFrom(
  text: string,
  separator: Separator,
  start: number,
  maxRows: number,
): { rows: string[][]; next: number } {
  return parseRows(text, separator, start, maxRows, true);
}

/**
 * The whole-text parse: the row reader fed the text as its one and last chunk. `whole` says the text is the whole
 * file: false for the head that sniffs the separator, which may end inside a quoted field, and whose long
 * "fields" may come from trying the wrong separator.
 */
function parseRows(
  text: string,
  separator: Separator,
  start: number,
  maxRows: number,
  whole: boolean,
): { rows: string[][]; next: number } {
  // Lines are counted from `start`; the lines above it only to word a problem (counting them each time would
  // make reading a file in pieces quadratic).
  const scanner = new RowScanner(separator, !whole, () => lineAt(text, start) - 1);
  const rows: string[][] = [];
  const next = scanner.scan(text, start, maxRows, true, rows, []);
  return { rows, next };
}

/** Rows parsed from CSV text, with the file's line (1-based) where each starts. */
export interface CsvRows {
  readonly rows: string[][];
  /** `lines[i]` is the line rows[i] starts on: CRLF, LF and a lone CR each end a line, quoted ones too. */
  readonly lines: number[];
}

/**
 * Parses a CSV file a chunk of text at a time, for files too large to hold (a million rows): the rows of all
 * pushes and the end, joined, are parseCsv's rows of the whole text however it is cut, and a file parseCsv
 * refuses is refused with the same CsvProblem (same line, same words), at the push that shows it or at the end.
 * It keeps only the row not yet finished; of a field too long to be a cell, only its length and lines.
 */
export class CsvRowReader {
  private readonly scanner: RowScanner;

  constructor(separator: Separator) {
    this.scanner = new RowScanner(separator, false, () => 0);
  }

  /** The rows the text completes (a row is complete once the line break after it is read). */
  push(text: string): CsvRows {
    return this.read(text, false);
  }

  /** The last row, when the file does not end with a line break; call it once, after the last push. */
  end(): CsvRows {
    return this.read("", true);
  }

  private read(text: string, last: boolean): CsvRows {
    const rows: string[][] = [];
    const lines: number[] = [];
    this.scanner.scan(text, 0, Infinity, last, rows, lines);
    return { rows, lines };
  }
}

/**
 * Where the parser is between two chunks: at the start of a field, inside an unquoted one, inside quotes,
 * just after a quote that a next quote would double, after the closing quote (text there is kept, leniently).
 */
const FIELD = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;
const AFTER_QUOTE = 4;
/** Numbers, not names: the parser compares them once or twice a field. */
type ScanState = typeof FIELD | typeof UNQUOTED | typeof QUOTED | typeof QUOTE_SEEN | typeof AFTER_QUOTE;

/**
 * A new row. Every row comes from this one array literal, the kept unfinished one too: rows of one kind of array,
 * pushed to by one fast path (rows from two literals would make the parser a fifth slower).
 */
function newRow(): string[] {
  return [];
}

/** The first `code` at or after `from`, or the text's length. */
function nextOf(text: string, code: string, from: number): number {
  const at = text.indexOf(code, from);
  return at === -1 ? text.length : at;
}

/**
 * The line ends in text[from, to): CRLF, LF and a lone CR are one each. `crBefore`: the character before `from`
 * is a CR (its LF ends no other line).
 */
function lineEnds(text: string, from: number, to: number, crBefore: boolean): number {
  let count = 0;
  let cr = crBefore;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === CR || (code === LF && !cr)) count++;
    cr = code === CR;
  }
  return count;
}

/**
 * The parser, for the whole-text parse (one chunk, the last) and CsvRowReader (many) alike. A chunk is read
 * field by field as in one go; where it ends, the state of the field it ends in is kept for the next chunk. A
 * field that grows past MAX_CELL_LENGTH can only be refused: its text is dropped and only its length and line
 * breaks counted, which is all its problem needs.
 */
class RowScanner {
  private readonly separator: number;
  private state: ScanState = FIELD;
  /** The fields of the row not yet finished. */
  private row = newRow();
  /**
   * The line (counted from the reader's first) the unfinished row starts on, and the current field's: the line
   * breaks inside a field's quotes are added once it ends.
   */
  private rowLine = 1;
  private line = 1;
  /** The text of the unfinished field kept so far (without the quotes around it, doubled ones single). */
  private value = "";
  /** The characters of the unfinished field dropped from `value`: it is already too long for a cell. */
  private dropped = 0;
  /** Line ends inside the unfinished field's quotes. */
  private breaks = 0;
  /** The last character of the text so far; -1 before any. */
  private lastCode = -1;

  /**
   * `sniff`: reading a head to find the separator, nothing is refused and fields are cut to SNIFFED_FIELD_LENGTH.
   * `linesBefore`: lines of the file above the first chunk, to word a problem with the file's line.
   */
  constructor(
    separator: Separator,
    private readonly sniff: boolean,
    private readonly linesBefore: () => number,
  ) {
    this.separator = separator.charCodeAt(0);
  }

  /**
   * Reads text[from…] into `rows` (and each one's line into `lines`) until `maxRows` are read; `last`: nothing
   * follows the text. Returns where it stopped: the start of the next row, or the text's end.
   */
  scan(
    text: string,
    from: number,
    maxRows: number,
    last: boolean,
    rows: string[][],
    lines: number[],
  ): number {
    if (maxRows <= 0) return Math.min(from, text.length);
    const sep = this.separator;
    const sniff = this.sniff;
    const length = text.length;
    let { state, row, rowLine, line, value, dropped, breaks } = this;
    let index = from;
    // The LF of a CRLF that ended the last chunk's row.
    if (state === FIELD && row.length === 0 && this.lastCode === CR && text.charCodeAt(index) === LF) index++;
    // Where the next LF and CR are, found once per stretch of text (not once per quoted field) to count the
    // line breaks inside quotes: -1 until looked for.
    let nextLf = -1;
    let nextCr = -1;
    scan: for (;;) {
      if (state === FIELD) {
        if (index >= length) break;
        if (text.charCodeAt(index) === QUOTE) {
          index++;
          state = QUOTED;
        } else state = UNQUOTED;
      }
      let field: string;
      // The character that ends the field (a separator or line break) once it is read, while index < length.
      let code = 0;
      if (state === UNQUOTED) {
        const start = index;
        while (index < length) {
          code = text.charCodeAt(index);
          if (code === sep || code === LF || code === CR) break;
          index++;
        }
        if (index === length && !last) {
          value += text.slice(start);
          break;
        }
        field = value === "" ? text.slice(start, index) : value + text.slice(start, index);
      } else {
        if (state === QUOTE_SEEN) {
          // A quote ended the last chunk: doubled, or the closing one.
          if (index === length && !last) break;
          if (text.charCodeAt(index) === QUOTE) {
            value += '"';
            index++;
            state = QUOTED;
          } else state = AFTER_QUOTE;
        }
        if (state === QUOTED) {
          // Runs to the next quote that is not doubled.
          let start = index;
          for (;;) {
            const quote = text.indexOf('"', start);
            const end = quote === -1 ? length : quote;
            if (nextLf < start) nextLf = nextOf(text, "\n", start);
            if (nextCr < start) nextCr = nextOf(text, "\r", start);
            if (nextLf < end || nextCr < end) {
              const at = Math.min(nextLf, nextCr);
              breaks += lineEnds(
                text,
                at,
                end,
                at > 0 ? text.charCodeAt(at - 1) === CR : this.lastCode === CR,
              );
            }
            if (quote === -1) {
              value += text.slice(start);
              index = length;
              if (!last) break scan;
              if (!sniff) {
                // The line break that ends the file ends its last line; it opens none.
                const lastCode = length > 0 ? text.charCodeAt(length - 1) : this.lastCode;
                const rest = breaks - (lastCode === LF || lastCode === CR ? 1 : 0);
                throw unclosedQuote(line + this.linesBefore(), rest);
              }
              // Sniffing, the head may end inside a quoted field: the field is the rest of it.
              break;
            }
            // Most quoted fields are one piece: no concatenation then.
            value = value === "" ? text.slice(start, quote) : value + text.slice(start, quote);
            code = text.charCodeAt(quote + 1);
            if (code === QUOTE) {
              value += '"';
              start = quote + 2;
              continue;
            }
            index = quote + 1;
            if (index === length && !last) {
              state = QUOTE_SEEN;
              break scan;
            }
            break;
          }
          state = AFTER_QUOTE;
        }
        // Most closing quotes are followed by the separator or line break, which ends the field.
        if (index < length && (code === sep || code === LF || code === CR)) field = value;
        else {
          // Anything between the closing quote and the separator belongs to the field (lenient, as Excel does).
          const start = index;
          while (index < length) {
            code = text.charCodeAt(index);
            if (code === sep || code === LF || code === CR) break;
            index++;
          }
          if (index > start && breaks > 0 && !sniff) {
            // A quote that closes in the middle of text, lines after it opened ('5" screen' on a later line), is a
            // quote left open: the lines between would silently become one cell.
            const opens = line + this.linesBefore();
            throw misplacedQuote(opens, opens + breaks);
          }
          if (index === length && !last) {
            value += text.slice(start);
            break;
          }
          field = index === start ? value : value + text.slice(start, index);
        }
      }
      if ((dropped > 0 || field.length > MAX_CELL_LENGTH) && !sniff)
        throw longCell(line + this.linesBefore(), dropped + field.length);
      // Sniffing, a quote left open makes one field of the whole head: no header is that long, and reading
      // headers from such a field costs seconds.
      if (sniff && field.length > SNIFFED_FIELD_LENGTH) field = field.slice(0, SNIFFED_FIELD_LENGTH);
      row.push(field);
      line += breaks;
      value = "";
      dropped = 0;
      breaks = 0;
      state = FIELD;
      if (index >= length) {
        // The end of the text (the last chunk: others keep a field they end in) ends the row.
        rows.push(row);
        lines.push(rowLine);
        row = newRow();
        break;
      }
      index++;
      if (code === sep) continue;
      line++;
      if (code === CR && text.charCodeAt(index) === LF) index++;
      rows.push(row);
      lines.push(rowLine);
      row = newRow();
      rowLine = line;
      if (rows.length >= maxRows) break;
    }
    if (last && index >= length && state === FIELD && row.length > 0) {
      // A separator at the very end of the text still opens one last, empty field.
      row.push("");
      rows.push(row);
      lines.push(rowLine);
      row = newRow();
    }
    // A field already too long for a cell keeps its length, not its text.
    if (!sniff && dropped + value.length > MAX_CELL_LENGTH) {
      dropped += value.length;
      value = "";
    }
    this.state = state;
    this.row = row;
    this.rowLine = rowLine;
    this.line = line;
    this.value = value;
    this.dropped = dropped;
    this.breaks = breaks;
    if (length > 0) this.lastCode = text.charCodeAt(length - 1);
    return Math.min(index, length);
  }
}

/**
 * The separator is the one that makes a header row appear among the first lines (the header need not be the
 * first line); without any header, the one the first non-empty line uses most.
 */
export function detectSeparator(text: string): Separator {
  const head = text.slice(0, 64 * 1024);
  let best: { separator: Separator; mapped: number } | undefined;
  for (const separator of SEPARATORS) {
    const rows = parseRows(head, separator, 0, 30, false).rows;
    const headerRowIndex = findHeaderRow(rows);
    if (headerRowIndex === undefined) continue;
    const layout = mapColumns(rows[headerRowIndex], headerRowIndex);
    const mapped = Object.keys(layout.columns).length;
    if (best === undefined || mapped > best.mapped) best = { separator, mapped };
  }
  if (best !== undefined) return best.separator;
  const firstLine = head.split(/\r\n|\n|\r/).find((line) => line.trim() !== "") ?? "";
  const count = (separator: Separator) => firstLine.split(separator).length;
  return SEPARATORS.reduce((most, separator) => (count(separator) > count(most) ? separator : most), ",");
}

/**
 * Integers up to 11 digits without a leading zero, with decimals after a point, at most 15 significant
 * digits: Excel shows these as the same number. Codes with leading zeros ("0403170701"), long identifiers
 * (EANs), decimal commas, percentages and dates stay text so nothing the user wrote is altered; the sheet's
 * cell readers read such text as numbers where a number is meant.
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,10})(?:\.\d{1,14})?$/;

function digitCount(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits;
}

/** A CSV field as a cell: empty → nothing, a plain number → a number (as Excel would show it), else the text. */
function csvCell(field: string): CellValue {
  if (field === "") return null;
  const first = field.charCodeAt(0);
  // Only fields that start with a digit or a minus sign can be plain numbers; skip the regex for the rest.
  if ((first >= 48 && first <= 57) || first === 45) {
    if (PLAIN_NUMBER.test(field) && digitCount(field) <= 15 && !TWO_READINGS.test(field))
      return Number(field);
  }
  // A field is a slice of the chunk of text it was read from, and V8 keeps the whole chunk alive as long as the
  // slice lives (slices of 13 characters or more share their parent). The check keeps some cells for the whole
  // run (its memo's readings), which measured 300 MB of chunks held at a million rows: a copy holds its own text.
  return field.length >= SHARED_SLICE_LENGTH ? (" " + field).slice(1) : field;
}

/** V8 copies a slice shorter than this (SlicedString::kMinLength); a longer one refers to its parent text. */
const SHARED_SLICE_LENGTH = 13;

/**
 * "1.299" is 1.299 in a file that writes "19.99" and 1299 in one that writes "19,99": it stays text, for the
 * sheet logic to read with the file's decimal mark (src/sheet/number-conventions.ts).
 */
const TWO_READINGS = /^-?[1-9]\d{0,2}\.\d{3}$/;

/** How the fields of a CSV file write their numbers: the evidence of every field, and the separator. */
export function csvNumberEvidence(text: string, separator: Separator): NumberEvidence {
  const tally = new NumberEvidenceTally();
  for (let offset = 0; offset < text.length;) {
    const { rows, next } = parseCsvFrom(text, separator, offset, 10_000);
    if (next <= offset) break;
    offset = next;
    for (const fields of rows)
      for (let column = 0; column < fields.length; column++) tally.addText(column, fields[column]);
  }
  return tally.evidence(separator);
}

/** Rows of fields as rows of cells. */
export function csvCells(fields: readonly (readonly string[])[]): CellValue[][] {
  const rows: CellValue[][] = new Array(fields.length);
  for (let r = 0; r < fields.length; r++) {
    const line = fields[r];
    const cells: CellValue[] = new Array(line.length);
    for (let c = 0; c < line.length; c++) cells[c] = csvCell(line[c]);
    rows[r] = cells;
  }
  return rows;
}

/** Rows of cells from CSV text, with the separator that was detected and how the fields write numbers. */
export function readCsvCells(text: string): {
  separator: Separator;
  rows: CellValue[][];
  numberEvidence: NumberEvidence;
} {
  const separator = detectSeparator(text);
  const fields = parseCsv(text, separator);
  const tally = new NumberEvidenceTally();
  for (const line of fields)
    for (let column = 0; column < line.length; column++) tally.addText(column, line[column]);
  return { separator, rows: csvCells(fields), numberEvidence: tally.evidence(separator) };
}

/**
 * The columns a header names: up to its last non-blank cell. A row's values are checked against this width
 * (valueBeyondHeader), one row at a time for a streamed file.
 */
export function headerWidth(header: readonly CellValue[]): number {
  let width = header.length;
  while (width > 0 && isBlankField(header[width - 1])) width--;
  return width;
}

/** The row's cells up to its last value, blank cells beyond the header's `width` columns being no values. */
function valuesEnd(cells: readonly CellValue[], width: number): number {
  let last = cells.length;
  while (last > width && isBlankField(cells[last - 1])) last--;
  return last;
}

/**
 * A row below the header with a value beyond the header's last column (`width`, headerWidth), as a CsvProblem
 * naming its file line `line`; undefined when it has none. In a comma-separated file a price written with a
 * decimal comma and no quotes ("12,99") is two fields: every later value of the row moves one column to the right,
 * under the wrong header, and the last one lands under none. That row cannot be read right, so the file is
 * refused, not guessed at.
 */
export function valueBeyondHeader(
  cells: readonly CellValue[],
  width: number,
  line: number,
): CsvProblem | undefined {
  const last = valuesEnd(cells, width);
  if (last <= width) return undefined;
  const at = cells.findIndex((cell, column) => column >= width && !isBlankField(cell));
  const extra = cells.slice(at, last).filter((cell) => !isBlankField(cell)).length - 1;
  const text = String(cells[at]);
  const value = text.length > 30 ? `${text.slice(0, 27)}...` : text;
  return new CsvProblem(line, (w) =>
    w.csv.valuesBeyondHeader({ line, values: last, headers: width, value, column: at + 1, more: extra }),
  );
}

/**
 * The first row below the header with a value beyond the header's last column (valueBeyondHeader), naming its
 * line; undefined when there is none.
 */
export function valuesBeyondHeader(
  rows: readonly (readonly CellValue[])[],
  headerRowIndex: number,
): CsvProblem | undefined {
  const width = headerWidth(rows[headerRowIndex] ?? []);
  for (let index = headerRowIndex + 1; index < rows.length; index++) {
    // The row's line is counted only for the row refused: counting it for each would cost a scan of every cell.
    if (valuesEnd(rows[index], width) > width)
      return valueBeyondHeader(rows[index], width, lineOfRow(rows, index));
  }
  return undefined;
}

const isBlankField = (cell: CellValue | undefined) =>
  cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

/** The file's line (1-based) where row `index` starts: one line per row, plus the line breaks inside quoted fields. */
function lineOfRow(rows: readonly (readonly CellValue[])[], index: number): number {
  let line = index + 1;
  for (let row = 0; row < index; row++)
    for (const cell of rows[row])
      if (typeof cell === "string" && /[\r\n]/.test(cell)) line += cell.match(/\r\n|\n|\r/g)?.length ?? 0;
  return line;
}
