import * as fs from "node:fs";
import * as path from "node:path";
import { Readable, Transform, Writable, pipeline as pipe } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as zlib from "node:zlib";
import { columnIndex } from "../../sheet";

/**
 * Reads the entries of a zip file through its central directory, each where it lies. exceljs's streaming reader
 * reads the zip front to back in one pass that often ends before the last entries (exceljs issue #3064): unzipper's
 * Parse stream says it has ended as soon as the whole file has been handed to it (lib/parse.js, 'end' on 'finish'),
 * and exceljs's loop (lib/utils/iterate-stream.js) stops there, with the entries still in the buffer unread. Those
 * are xl/workbook.xml and xl/styles.xml in exceljs's own files, xl/sharedStrings.xml in Excel's.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of up to 65,535 bytes. */
const END_SEARCH = 22 + 65_535;

/**
 * Why a zip file or one of its entries cannot be read: the key of its words in the CLI's catalogue
 * (workbook.zip), or the compression method Excel does not use.
 */
export type ZipReason =
  | { readonly kind: "cutShort" | "noDirectory" | "directoryDamaged" | "dataDamaged" | "checksum" }
  | { readonly kind: "method"; readonly method: number };

/**
 * A zip file that cannot be read; `entry` names the damaged entry when one is. The reader words it for the user
 * (workbook-reader.ts); `message` is for logs.
 */
export class ZipProblem extends Error {
  constructor(
    readonly reason: ZipReason,
    readonly entry?: string,
  ) {
    const why = reason.kind === "method" ? `compression method ${reason.method}` : reason.kind;
    super(entry === undefined ? why : `${entry}: ${why}`);
    this.name = "ZipProblem";
  }
}

/** An entry as the zip's central directory describes it: where its data is, how it is packed, its checksum. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc: number;
  readonly localOffset: number;
}

/** ZIP64 stores sizes and offsets that do not fit in 32 bits in an extra field; these mark them. */
const ZIP64_MARK = 0xffffffff;
const ZIP64_EXTRA = 0x0001;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  if (read < length) throw new ZipProblem({ kind: "cutShort" });
  return buffer;
}

/** The 64-bit values of a ZIP64 extra field, in the order the directory entry's marked fields come. */
function zip64Values(extra: Buffer): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const tag = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (tag === ZIP64_EXTRA) {
      const values: number[] = [];
      for (let field = at + 4; field + 8 <= at + 4 + length && field + 8 <= extra.length; field += 8)
        values.push(Number(extra.readBigUInt64LE(field)));
      return values;
    }
    at += 4 + length;
  }
  return [];
}

/** The entries of the zip's central directory, by name. Throws ZipProblem when the file is no readable zip. */
function readDirectory(fd: number): Map<string, ZipEntry> {
  const size = fs.fstatSync(fd).size;
  const tailLength = Math.min(size, END_SEARCH);
  const tail = readAt(fd, size - tailLength, tailLength);
  let end = -1;
  for (let index = tail.length - 22; index >= 0; index--) {
    if (tail.readUInt32LE(index) === END_OF_DIRECTORY) {
      end = index;
      break;
    }
  }
  if (end < 0) throw new ZipProblem({ kind: "noDirectory" });
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directoryOffset + directorySize > size) throw new ZipProblem({ kind: "cutShort" });
  const directory = readAt(fd, directoryOffset, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let entry = 0; entry < count && at + 46 <= directory.length; entry++) {
    if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new ZipProblem({ kind: "directoryDamaged" });
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const name = directory.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, "");
    let size = directory.readUInt32LE(at + 24);
    let compressedSize = directory.readUInt32LE(at + 20);
    let localOffset = directory.readUInt32LE(at + 42);
    if (size === ZIP64_MARK || compressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) {
      const wide = zip64Values(directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      if (size === ZIP64_MARK) size = wide.shift() ?? size;
      if (compressedSize === ZIP64_MARK) compressedSize = wide.shift() ?? compressedSize;
      if (localOffset === ZIP64_MARK) localOffset = wide.shift() ?? localOffset;
    }
    entries.set(name, {
      name,
      method: directory.readUInt16LE(at + 10),
      compressedSize,
      size,
      crc: directory.readUInt32LE(at + 16),
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's packed data begins: after its local header, whose name and extra field may differ in size. */
function dataOffset(fd: number, entry: ZipEntry): number {
  const local = readAt(fd, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipProblem({ kind: "directoryDamaged" }, entry.name);
  return entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
}

function unsupportedMethod(entry: ZipEntry): ZipProblem {
  return new ZipProblem({ kind: "method", method: entry.method }, entry.name);
}

const DAMAGED_DATA = { kind: "dataDamaged" } as const;
const DAMAGED_SUM = { kind: "checksum" } as const;

function damaged(entry: ZipEntry, why: ZipReason): ZipProblem {
  return new ZipProblem(why, entry.name);
}

/** CRC-32 as zip files use it: Node's own where it has one (20.15 and later), else a table. */
const CRC_TABLE = Int32Array.from({ length: 256 }, (_, byte) => {
  let value = byte;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value;
});
function crc32(data: Uint8Array, previous = 0): number {
  if (typeof zlib.crc32 === "function") return zlib.crc32(data, previous);
  let crc = ~previous;
  for (let index = 0; index < data.length; index++) crc = CRC_TABLE[(crc ^ data[index]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

/** The names of all entries of a zip file. Throws ZipProblem when the file is no readable zip. */
export function zipEntries(file: string): Map<string, ZipEntry> {
  const fd = fs.openSync(file, "r");
  try {
    return readDirectory(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The named entries' contents (missing names are left out), each checked against its stored checksum. Throws
 * ZipProblem when the file is no readable zip or an entry is damaged.
 */
export function readZipEntries(file: string, names: readonly string[]): Map<string, Buffer> {
  const fd = fs.openSync(file, "r");
  try {
    const directory = readDirectory(fd);
    const contents = new Map<string, Buffer>();
    for (const name of names) {
      const entry = directory.get(name);
      if (entry === undefined) continue;
      const data = readAt(fd, dataOffset(fd, entry), entry.compressedSize);
      let content: Buffer;
      if (entry.method === 0) content = data;
      else if (entry.method === 8) {
        try {
          content = zlib.inflateRawSync(data);
        } catch {
          throw damaged(entry, DAMAGED_DATA);
        }
      } else throw unsupportedMethod(entry);
      if (content.length !== entry.size || crc32(content) !== entry.crc) throw damaged(entry, DAMAGED_SUM);
      contents.set(name, content);
    }
    return contents;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The unpacked content of an entry, as a stream read from where the entry lies (`counted` is told the packed bytes
 * as they are read). Its checksum is not compared here: verifyZipEntries does that beside the reading.
 */
export function entryStream(file: string, entry: ZipEntry, counted?: (bytes: number) => void): Readable {
  if (entry.method !== 0 && entry.method !== 8) throw unsupportedMethod(entry);
  // An empty range would read to the end of the file.
  if (entry.compressedSize === 0) return Readable.from([]);
  const fd = fs.openSync(file, "r");
  let start: number;
  try {
    start = dataOffset(fd, entry);
  } finally {
    fs.closeSync(fd);
  }
  const source = fs.createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counted?.(chunk.length);
      done(null, chunk);
    },
  });
  // pipeline destroys every stream with the first error, so the last one, which the reader reads, reports it.
  return entry.method === 8
    ? pipe(source, counter, zlib.createInflateRaw(), () => undefined)
    : pipe(source, counter, () => undefined);
}

/**
 * Unpacks the entries and compares each with the size and checksum the zip stores, without keeping the content.
 * exceljs's streaming reader takes damaged data as it comes: it may read a sheet wrongly, stop without a word or
 * hang. Unpacking runs in zlib's threads, so this costs little beside the reader. Throws ZipProblem naming the
 * first damaged entry.
 */
export async function verifyZipEntries(file: string, entries: readonly ZipEntry[]): Promise<void> {
  const fd = fs.openSync(file, "r");
  try {
    for (const entry of entries) {
      if (entry.method !== 0 && entry.method !== 8) throw unsupportedMethod(entry);
      const start = dataOffset(fd, entry);
      let crc = 0;
      let size = 0;
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          crc = crc32(chunk, crc);
          size += chunk.length;
          done();
        },
      });
      if (entry.compressedSize > 0) {
        // autoClose off: the descriptor is shared by the entries and closed once, below.
        const source = fs.createReadStream(file, {
          fd,
          start,
          end: start + entry.compressedSize - 1,
          autoClose: false,
        });
        try {
          if (entry.method === 8) await pipeline(source, zlib.createInflateRaw(), sink);
          else await pipeline(source, sink);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).syscall !== undefined) throw error;
          throw damaged(entry, DAMAGED_DATA);
        }
      }
      if (size !== entry.size || crc !== entry.crc) throw damaged(entry, DAMAGED_SUM);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export interface WorkbookSheet {
  readonly name: string;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** N of xl/worksheets/sheetN.xml; undefined for chart sheets and other kinds of sheet. */
  readonly fileNumber: string | undefined;
}

const decodeXml = (text: string) =>
  text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
    (_entity, decimal: string, hex: string, named: string) => {
      if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[named.toLowerCase()] ?? "";
    },
  );

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found.set(match[1], decodeXml(match[2] ?? match[3] ?? ""));
  return found;
}

/** The workbook's sheets in tab order, or undefined when the zip holds no workbook (not an .xlsx file). */
export function workbookSheets(file: string): WorkbookSheet[] | undefined {
  const entries = readZipEntries(file, ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);
  const workbook = entries.get("xl/workbook.xml")?.toString("utf8");
  if (workbook === undefined) return undefined;
  const targets = new Map<string, string>();
  for (const tag of (entries.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "").match(
    /<(?:\w+:)?Relationship\b[^>]*>/g,
  ) ?? []) {
    const relationship = attributes(tag);
    targets.set(relationship.get("Id") ?? "", relationship.get("Target") ?? "");
  }
  return (workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).map((tag) => {
    const sheet = attributes(tag);
    const relationId =
      [...sheet.entries()].find(([key]) => /(^|:)id$/.test(key) && key !== "sheetId")?.[1] ?? "";
    const target = targets.get(relationId) ?? "";
    return {
      name: sheet.get("name") ?? "",
      state: sheet.get("state") ?? "visible",
      fileNumber: /worksheets\/sheet(\d+)\.xml$/i.exec(target)?.[1],
    };
  });
}

/** The zip entry of worksheet N. */
export const worksheetPart = (fileNumber: string) => `xl/worksheets/sheet${fileNumber}.xml`;
/** The zip entry of worksheet N's relationships (its hyperlinks' targets, its tables). */
export const worksheetLinksPart = (fileNumber: string) => `xl/worksheets/_rels/sheet${fileNumber}.xml.rels`;

/** The texts of <t> elements in a piece of SpreadsheetML (a shared string, an inline string), joined. */
function elementText(xml: string): string {
  return [...xml.matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g)]
    .map((match) => decodeXml(match[1]))
    .join("");
}

/**
 * The texts of the first row of a worksheet, in column order (empty cells left out): enough to recognise a sheet
 * by its header without reading the rows. Inline strings as exceljs writes them and shared strings as Excel
 * saves them are both read. Throws ZipProblem when the file is no readable zip.
 */
export function firstRowTexts(file: string, fileNumber: string): string[] {
  const part = worksheetPart(fileNumber);
  const xml = readZipEntries(file, [part]).get(part)?.toString("utf8");
  const row =
    xml === undefined ? undefined : /<(?:\w+:)?row\b[^>]*>([\s\S]*?)<\/(?:\w+:)?row>/.exec(xml)?.[1];
  if (row === undefined) return [];
  const cells = [...row.matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)];
  let shared: string[] | undefined;
  const texts: string[] = [];
  for (const [, attributeText, body = ""] of cells) {
    const type = attributes(`<c ${attributeText}>`).get("t");
    const value = /<(?:\w+:)?v\b[^>]*>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
    if (type === "s" && value !== undefined) {
      shared ??= (
        readZipEntries(file, ["xl/sharedStrings.xml"]).get("xl/sharedStrings.xml")?.toString("utf8") ?? ""
      )
        .split(/<(?:\w+:)?si\b[^>]*>/)
        .slice(1)
        .map(elementText);
      texts.push(shared[Number(value)] ?? "");
    } else if (type === "inlineStr") texts.push(elementText(body));
    else if (value !== undefined) texts.push(decodeXml(value));
  }
  return texts;
}

/** The relationships of a part: target by type, with targets resolved against the part's folder. */
function relationships(rels: string | undefined, folder: string): { type: string; part: string }[] {
  return (rels?.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []).map((tag) => {
    const relationship = attributes(tag);
    const target = relationship.get("Target") ?? "";
    const part = target.startsWith("/")
      ? target.slice(1)
      : path.posix.normalize(path.posix.join(folder, target));
    return { type: relationship.get("Type") ?? "", part };
  });
}

/**
 * The rows (0-based indexes) of the Excel tables' totals rows on worksheet N: the last `totalsRowCount` rows of
 * each table's range (ECMA-376 Part 1, 18.5.1.2 table). A totals row often has no "Total" label, only a SUBTOTAL
 * under a column: only the table part tells it from a product row begun and left unfinished. Throws ZipProblem
 * when a part is damaged.
 */
export function tableTotalsRows(file: string, fileNumber: string): number[] {
  const relsPart = worksheetLinksPart(fileNumber);
  const rels = readZipEntries(file, [relsPart]).get(relsPart)?.toString("utf8");
  const tables = relationships(rels, "xl/worksheets")
    .filter((relationship) => /\/table$/.test(relationship.type))
    .map((relationship) => relationship.part);
  const rows: number[] = [];
  for (const xml of readZipEntries(file, tables).values()) {
    const table = attributes(/<(?:\w+:)?table\b[^>]*>/.exec(xml.toString("utf8"))?.[0] ?? "");
    const count = Number(table.get("totalsRowCount") ?? 0);
    const end = /:\$?[A-Z]{1,3}\$?(\d+)$/i.exec(table.get("ref") ?? "")?.[1];
    if (end === undefined || !Number.isInteger(count) || count <= 0) continue;
    for (let row = Number(end) - count; row < Number(end); row++) rows.push(row);
  }
  return rows;
}

/** "G12" → row index 11, column index 6; undefined for anything else (an area, a column beyond XFD). */
export function decodeAddress(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  const column = match === null ? undefined : columnIndex(match[1].toUpperCase());
  return match === null || column === undefined ? undefined : { row: Number(match[2]) - 1, column };
}

/** Cell notes by 0-based row index, then column index: the text of each, as Excel shows it. */
export type CellNotes = ReadonlyMap<number, ReadonlyMap<number, string>>;

/**
 * The notes on worksheet N's cells (its comments parts, ECMA-376 Part 1, 18.7.3 comment). Throws ZipProblem
 * when a part is damaged.
 */
export function sheetNotes(file: string, fileNumber: string): CellNotes {
  const relsPart = worksheetLinksPart(fileNumber);
  const rels = readZipEntries(file, [relsPart]).get(relsPart)?.toString("utf8");
  const parts = relationships(rels, "xl/worksheets")
    .filter((relationship) => /\/comments$/.test(relationship.type))
    .map((relationship) => relationship.part);
  const notes = new Map<number, Map<number, string>>();
  for (const xml of readZipEntries(file, parts).values())
    for (const [row, byColumn] of notesIn(xml.toString("utf8"))) {
      const known = notes.get(row);
      if (known === undefined) notes.set(row, byColumn);
      else for (const [column, text] of byColumn) known.set(column, text);
    }
  return notes;
}

/**
 * The notes of a comments part: the text of each, its runs joined ("Author:" first, as Excel writes a note). A
 * threaded comment of Excel 365 has such a note too, a plain text that says it is one and holds the thread.
 */
export function notesIn(xml: string): Map<number, Map<number, string>> {
  const notes = new Map<number, Map<number, string>>();
  // A <comment …/> holds no note: the pattern does not take it, so it cannot take the next comment's text.
  for (const [, tag, body] of xml.matchAll(
    /<((?:\w+:)?comment\b[^>]*?)(?<!\/)>([\s\S]*?)<\/(?:\w+:)?comment>/g,
  )) {
    const cell = decodeAddress(attributes(`<${tag}>`).get("ref") ?? "");
    if (cell === undefined) continue;
    const { row, column } = cell;
    // Phonetic runs (<rPh>) are a reading aid of East Asian text, not the note's text.
    const text = elementText(body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ""));
    let byColumn = notes.get(row);
    if (byColumn === undefined) notes.set(row, (byColumn = new Map()));
    byColumn.set(column, text);
  }
  return notes;
}
