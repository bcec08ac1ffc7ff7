import * as fs from "node:fs";
import * as path from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { SaxesParser } from "saxes";
import { HEADER } from "./helpers";

/** Helpers for the tests of damaged, odd and hostile input files: zip entries, XML validity, workbooks. */

interface Entry {
  readonly name: string;
  /** Offset of the entry's packed data in the file. */
  readonly data: number;
  readonly compressedSize: number;
  readonly method: number;
}

/** The entries of a zip file, from its central directory. */
export function zipEntries(bytes: Buffer): Entry[] {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip file");
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    entries.push({
      name,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      data: local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

export type Damage = "ones" | "zeros" | "flipped";

/**
 * A copy of a zip file with bytes of one entry's deflated data overwritten a third of the way in: the kind of
 * damage a bad disk or an interrupted copy leaves, with the zip's directory intact.
 */
export function damageEntry(from: string, to: string, entryName: string, damage: Damage): void {
  const bytes = Buffer.from(fs.readFileSync(from));
  const entry = zipEntries(bytes).find((candidate) => candidate.name === entryName);
  if (entry === undefined || entry.method !== 8) throw new Error(`${from} has no deflated ${entryName}`);
  const start = entry.data + Math.floor(entry.compressedSize / 3);
  const length = damage === "flipped" ? 64 : 16;
  for (let index = start; index < start + length && index < entry.data + entry.compressedSize; index++)
    bytes[index] = damage === "ones" ? 0xff : damage === "zeros" ? 0 : bytes[index] ^ 0x5a;
  fs.writeFileSync(to, bytes);
}

/** The XML parts of an .xlsx file that a strict XML 1.0 parser refuses, with its reason. */
export function invalidXmlParts(file: string): string[] {
  const bytes = fs.readFileSync(file);
  const problems: string[] = [];
  for (const entry of zipEntries(bytes)) {
    if (!/\.(xml|rels)$/.test(entry.name)) continue;
    const packed = bytes.subarray(entry.data, entry.data + entry.compressedSize);
    const xml = (entry.method === 8 ? inflateRawSync(packed) : packed).toString("utf8");
    const parser = new SaxesParser();
    let problem: Error | undefined;
    parser.on("error", (error) => (problem ??= error));
    parser.write(xml).close();
    if (problem !== undefined) problems.push(`${entry.name}: ${problem.message}`);
  }
  return problems;
}

/** A product row of HEADER's columns that the check reads without trouble. */
export function productRow(sku: string, price = 20): (string | number | null)[] {
  return [
    sku,
    "9405 21 40",
    1,
    "DE",
    "https://www.amazon.de/dp/B0CX7KQ2LM",
    price,
    "EUR",
    3,
    3,
    0,
    9,
    "DE136695976",
    null,
  ];
}

/** A workbook written by exceljs's in-memory writer: shared strings and styles, as Excel itself saves them. */
export async function writeWorkbook(
  file: string,
  rows: readonly (readonly ExcelJS.CellValue[])[],
  shape?: (sheet: ExcelJS.Worksheet) => void,
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Shipment");
  for (const row of rows) sheet.addRow([...row]);
  shape?.(sheet);
  await workbook.xlsx.writeFile(file);
}

/** A shipment of `count` ordinary rows under HEADER. */
export function shipmentRows(count: number): (string | number | null)[][] {
  return [
    HEADER,
    ...Array.from({ length: count }, (_, index) => productRow(`LAMP-${index + 1}`, 20 + (index % 7))),
  ];
}

/** Files in `dir` whose name says they are an unfinished or checked workbook. */
export function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith(".part") || name.includes(".checked."));
}

export const inside = (dir: string) => (name: string) => path.join(dir, name);
