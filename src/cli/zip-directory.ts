import * as fs from "node:fs";
import { inflateRawSync } from "node:zlib";

/**
 * Reads a few small entries of a zip file through its central directory. exceljs's streaming reader reads the
 * zip front to back and can miss the last entry (exceljs issue #3064), which in files written by exceljs itself
 * is xl/workbook.xml: the sheet names. The workbook's sheet list is read here instead, before the rows stream.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of up to 65,535 bytes. */
const END_SEARCH = 22 + 65_535;

export class ZipProblem extends Error {}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  if (read < length) throw new ZipProblem("the file is cut short (an incomplete download or copy?)");
  return buffer;
}

/** The named entries' contents (missing names are left out). Throws ZipProblem when the file is no readable zip. */
export function readZipEntries(file: string, names: readonly string[]): Map<string, Buffer> {
  const fd = fs.openSync(file, "r");
  try {
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
    if (end < 0) throw new ZipProblem("the file is cut short or is not a zip archive (no central directory)");
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directorySize > size)
      throw new ZipProblem("the file is cut short (an incomplete download or copy?)");
    const directory = readAt(fd, directoryOffset, directorySize);
    const wanted = new Set(names);
    const entries = new Map<string, Buffer>();
    let at = 0;
    for (let entry = 0; entry < count && at + 46 <= directory.length; entry++) {
      if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY)
        throw new ZipProblem("the zip directory is damaged");
      const method = directory.readUInt16LE(at + 10);
      const compressedSize = directory.readUInt32LE(at + 20);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const localOffset = directory.readUInt32LE(at + 42);
      const name = directory.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, "");
      at += 46 + nameLength + extraLength + commentLength;
      if (!wanted.has(name)) continue;
      const local = readAt(fd, localOffset, 30);
      if (local.readUInt32LE(0) !== LOCAL_HEADER) throw new ZipProblem("the zip directory is damaged");
      const dataOffset = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const data = readAt(fd, dataOffset, compressedSize);
      if (method === 0) entries.set(name, data);
      else if (method === 8) entries.set(name, inflateRawSync(data));
      else throw new ZipProblem(`${name} is compressed with method ${method}, which Excel does not use`);
    }
    return entries;
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
