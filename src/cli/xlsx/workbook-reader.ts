import type { EventEmitter } from "node:events";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { type CellValue, type MergedArea, formattedCell } from "../../sheet";
import { CliError } from "../errors";
import { AUDIT_SHEET_NAMES, type CliWords } from "../lang";
import { type CellStyle, type ColumnFormat, type OriginalCell, type SheetCells } from "./cells";
import { SheetFormatScanner } from "./sheet-format";
import {
  type CellNotes,
  type WorkbookSheet,
  type ZipEntry,
  ZipProblem,
  decodeAddress,
  entryStream,
  readZipEntries,
  sheetNotes,
  tableTotalsRows,
  verifyZipEntries,
  workbookSheets,
  worksheetLinksPart,
  worksheetPart,
  zipEntries,
} from "./zip-directory";

/**
 * Reads one worksheet of an .xlsx file with the part readers of exceljs's streaming reader (a workbook of 100,000
 * rows takes about a tenth of the memory and time of the in-memory reader), each fed the part it reads straight
 * from the zip (zip-directory.ts says why not through the reader's own pass).
 *
 * exceljs types only WorkbookReader.parse(); these interfaces describe the part readers and the events this reader
 * uses (exceljs 4.4, lib/stream/xlsx/*-reader.js).
 */
interface ParseEvent {
  readonly eventType: string;
  readonly value: unknown;
}
interface WorkbookReaderInternals {
  /** The cell texts, by index, once xl/sharedStrings.xml is read; the sheet's text cells look them up. */
  sharedStrings?: unknown[];
  /** The readers of xl/_rels/workbook.xml.rels, xl/workbook.xml and xl/styles.xml; each takes the part's bytes. */
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  /** Fills `sharedStrings` from the part's bytes; yields nothing with sharedStrings: "cache". */
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  /** The reader of a sheet's relationships ("hyperlinks") and of the sheet ("worksheet"), each yielded once. */
  _parseHyperlinks(part: Readable, fileNumber: string): Iterable<ParseEvent>;
  _parseWorksheet(part: Readable, fileNumber: string): Iterable<ParseEvent>;
}
interface WorksheetReaderInternals {
  /** The sheet's XML as it is unpacked; parse() reads it from here. */
  iterator: AsyncIterable<Buffer | string>;
  parse(): AsyncIterable<readonly ParseEvent[]>;
}
interface HyperlinkReaderInternals extends EventEmitter {
  readonly id: string;
  read(): Promise<void>;
}
interface HyperlinkRelationship {
  readonly rId: string;
  readonly target: string;
}
interface HyperlinkCell {
  readonly ref: string;
  readonly rId?: string;
}

/** Reader options; the benchmark's floor reads through readXlsxSheet, so both read the same way. */
const XLSX_READER_OPTIONS = {
  worksheets: "emit",
  sharedStrings: "cache",
  // Hyperlinks are listed after the rows of a sheet; "emit" is the mode that reports them to a streaming reader.
  hyperlinks: "emit",
  // Styles tell dates from numbers and keep number formats, fonts and fills when the sheet is written back.
  styles: "cache",
  entries: "ignore",
} as const;

/** A worksheet read from an .xlsx workbook: its cells, and what the check learns from the rest of the workbook. */
export interface XlsxSheet extends SheetCells {
  /** The worksheet's name. */
  readonly name: string;
  /** Rows (0-based indexes) that are an Excel table's totals row: totals lines whatever they hold. */
  readonly tableTotalsRows: ReadonlySet<number>;
  /** Rows of the workbook's Audit sheet (a re-checked .checked.xlsx), to carry the log over. */
  readonly earlierAuditRows: readonly (readonly CellValue[])[];
}

/** Rows of a worksheet from `start`, as read: one entry per sheet row, rows without cells empty. */
export interface XlsxRows {
  readonly start: number;
  readonly values: CellValue[][];
  /** Cells to write back as they were where that differs from `values` (SheetCells.originals). Sparse. */
  readonly originals: (Map<number, OriginalCell> | undefined)[];
  readonly styles: ((CellStyle | undefined)[] | undefined)[];
}

/** Takes a worksheet's rows a chunk at a time, in order; the reading waits while it works. */
export type XlsxRowSink = (rows: XlsxRows) => void | Promise<void>;

/** Hyperlink targets by row index and column index, from the <hyperlinks> after a sheet's rows. */
export type HyperlinkTargets = ReadonlyMap<number, ReadonlyMap<number, string>>;

/** What a read of a worksheet learns besides its rows. */
export interface XlsxSheetFacts {
  readonly name: string;
  /** Rows (0-based indexes) that are an Excel table's totals row: totals lines whatever they hold. */
  readonly tableTotalsRows: ReadonlySet<number>;
  readonly hiddenRows: ReadonlySet<number>;
  readonly columns: readonly (ColumnFormat | undefined)[];
  /** Rows read, up to the last one with a cell. */
  readonly rowCount: number;
  /** The sheet's hyperlinks: known only once its rows are read, given to a second read to put on their cells. */
  readonly links: HyperlinkTargets;
  /** The sheet's merged cells, listed after its rows: a second read reads its rows with them (merged-cells.ts). */
  readonly mergedAreas: readonly MergedArea[];
  /** The notes on the sheet's cells (its comments part), written on the same cells of the checked copy. */
  readonly notes: CellNotes;
}

/** Rows handed to the sink at once. */
const ROWS_PER_CHUNK = 2000;

/** A cell style worth writing back: exceljs gives every unstyled cell an empty object of its own. */
function keptStyle(style: CellStyle | undefined): CellStyle | undefined {
  if (style === undefined) return undefined;
  return style.numFmt || style.font || style.fill || style.border || style.alignment || style.protection
    ? style
    : undefined;
}

/**
 * A cell's value for the sheet logic, and what to write back when that is not the same: formulas give their
 * cached result (the checked copy holds values; the input keeps its formulas), rich text its text, error cells
 * their error text ("#N/A"), as Excel's range.values do. A number is read with what its `format` shows (a
 * percentage, a currency: formattedCell); the writer writes its number back with its style.
 */
function convert(
  value: ExcelJS.CellValue,
  format: string | undefined,
): { check: CellValue; original?: OriginalCell } {
  if (value === null || value === undefined) return { check: null };
  if (typeof value === "number") return { check: formattedCell(value, format) };
  if (typeof value !== "object" || value instanceof Date) return { check: value };
  if ("formula" in value || "sharedFormula" in value) {
    const formula = value as ExcelJS.CellFormulaValue;
    const result = formula.result;
    // exceljs's streaming reader drops an error result (<c t="e">) and reads it as no result at all (NaN where
    // it parses one): either way the value is unknown, and the check refuses it rather than read it as empty.
    if (result === undefined || result === null || (typeof result === "number" && Number.isNaN(result)))
      return { check: { formula: formula.formula ?? "" }, original: value };
    if (typeof result === "object" && !(result instanceof Date)) {
      return { check: result.error, original: result };
    }
    // =HYPERLINK("https://…", "Listing") keeps its formula: a link column reads its target (cellsAsChecked in input.ts).
    if (/^\s*HYPERLINK\s*\(/i.test(formula.formula ?? "")) return { check: result, original: value };
    return { check: typeof result === "number" ? formattedCell(result, format) : result };
  }
  if ("richText" in value) return { check: value.richText.map((run) => run.text).join(""), original: value };
  if ("error" in value) return { check: value.error, original: value };
  if ("hyperlink" in value) return { check: value.text, original: value };
  return { check: String(value) };
}

/**
 * Reads a worksheet's rows into `sink` a chunk at a time, and the hyperlinks listed after them; `links` (from an
 * earlier read) are put on their cells as the rows come. Returns how many rows were read.
 */
async function readRows(
  worksheet: WorksheetReaderInternals,
  sink: XlsxRowSink,
  hyperlinks: HyperlinkCell[],
  links: HyperlinkTargets | undefined,
  scanner?: SheetFormatScanner,
): Promise<number> {
  if (scanner !== undefined) {
    const source = worksheet.iterator;
    worksheet.iterator = (async function* () {
      for await (const chunk of source) {
        scanner.push(chunk);
        yield chunk;
      }
    })();
  }
  let chunk: { values: CellValue[][]; originals: XlsxRows["originals"]; styles: XlsxRows["styles"] } = {
    values: [],
    originals: [],
    styles: [],
  };
  let start = 0;
  const flush = async () => {
    const rows: XlsxRows = { start, ...chunk };
    start += chunk.values.length;
    chunk = { values: [], originals: [], styles: [] };
    await sink(rows);
  };
  for await (const events of worksheet.parse()) {
    for (const event of events) {
      if (event.eventType === "hyperlink") {
        hyperlinks.push(event.value as HyperlinkCell);
        continue;
      }
      if (event.eventType !== "row") continue;
      const row = event.value as ExcelJS.Row;
      const index = row.number - 1;
      // Rows without cells before this one are empty rows of the chunk.
      while (start + chunk.values.length < index) {
        chunk.values.push([]);
        if (chunk.values.length === ROWS_PER_CHUNK) await flush();
      }
      const cells: CellValue[] = [];
      let rowStyles: (CellStyle | undefined)[] | undefined;
      let rowOriginals: Map<number, OriginalCell> | undefined;
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const column = columnNumber - 1;
        const style = keptStyle(cell.style);
        const { check, original } = convert(cell.value, style?.numFmt);
        while (cells.length < column) cells.push(null);
        cells.push(check);
        if (original !== undefined) (rowOriginals ??= new Map()).set(column, original);
        if (style !== undefined) (rowStyles ??= [])[column] = style;
      });
      const targets = links?.get(index);
      if (targets !== undefined) rowOriginals = withLinks(cells, rowOriginals, targets);
      const at = chunk.values.length;
      chunk.values.push(cells);
      if (rowOriginals !== undefined) chunk.originals[at] = rowOriginals;
      if (rowStyles !== undefined) chunk.styles[at] = rowStyles;
      if (chunk.values.length === ROWS_PER_CHUNK) await flush();
    }
  }
  if (chunk.values.length > 0) await flush();
  return start;
}

/** A row's hyperlink cells as exceljs writes hyperlinks, { text, hyperlink }: cells without text have none. */
function withLinks(
  cells: readonly CellValue[],
  originals: Map<number, OriginalCell> | undefined,
  targets: ReadonlyMap<number, string>,
): Map<number, OriginalCell> | undefined {
  let map = originals;
  for (const [column, target] of targets) {
    const text = cells[column];
    if (text === null || text === undefined || text === "") continue;
    (map ??= new Map()).set(column, {
      text: text instanceof Date ? text.toISOString() : String(text),
      hyperlink: target,
    });
  }
  return map;
}

/** The sheet's hyperlinks by row and column: ranges are spread over their cells (10,000 rows at most). */
function hyperlinkTargets(
  links: readonly HyperlinkCell[],
  targets: ReadonlyMap<string, string>,
): Map<number, Map<number, string>> {
  const byRow = new Map<number, Map<number, string>>();
  for (const link of links) {
    const target = link.rId === undefined ? undefined : targets.get(link.rId);
    if (target === undefined) continue;
    const [from, to = from] = link.ref.split(":");
    const start = decodeAddress(from);
    const end = decodeAddress(to);
    if (start === undefined || end === undefined) continue;
    for (let row = start.row; row <= Math.min(end.row, start.row + 10_000); row++) {
      let columns = byRow.get(row);
      if (columns === undefined) byRow.set(row, (columns = new Map()));
      for (let column = start.column; column <= end.column; column++) columns.set(column, target);
    }
  }
  return byRow;
}

/** The small parts that tell the reader the sheet names, the date system and the cell formats. */
const SMALL_PARTS = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"] as const;

/**
 * Gives exceljs's reader the workbook's small parts, read whole and checked by readZipEntries: without
 * xl/styles.xml date cells read as numbers, without xl/workbook.xml the reader fails on the first date cell.
 */
async function readSmallParts(
  reader: WorkbookReaderInternals,
  parts: ReadonlyMap<string, Buffer>,
): Promise<void> {
  const part = (name: (typeof SMALL_PARTS)[number]) => Readable.from([parts.get(name) ?? Buffer.alloc(0)]);
  if (parts.has("xl/_rels/workbook.xml.rels")) await reader._parseRels(part("xl/_rels/workbook.xml.rels"));
  if (parts.has("xl/workbook.xml")) await reader._parseWorkbook(part("xl/workbook.xml"));
  if (parts.has("xl/styles.xml")) await reader._parseStyles(part("xl/styles.xml"));
}

/** The sheet to check: the one --sheet names (exactly, else ignoring case), or the first visible worksheet. */
function chooseSheet(
  file: string,
  sheets: readonly WorkbookSheet[],
  wanted: string | undefined,
): WorkbookSheet {
  const worksheets = sheets.filter((sheet) => sheet.fileNumber !== undefined);
  if (worksheets.length === 0) throw new CliError((w) => w.workbook.noWorksheets({ file }));
  if (wanted === undefined) return worksheets.find((sheet) => sheet.state === "visible") ?? worksheets[0];
  const chosen =
    worksheets.find((sheet) => sheet.name === wanted) ??
    worksheets.find((sheet) => sheet.name.toLowerCase() === wanted.trim().toLowerCase());
  if (chosen !== undefined) return chosen;
  const names = worksheets.map((sheet) => sheet.name);
  throw new CliError((w) => w.workbook.noSuchSheet({ file, wanted, sheets: names }));
}

/** What to read from an .xlsx file: the worksheet `wanted` names (or the first visible one), into `sink`. */
export interface XlsxReadRequest {
  readonly file: string;
  readonly wanted: string | undefined;
  readonly size: number;
  /** Told the bytes read of `size`. */
  readonly progress?: (read: number, total: number) => void;
  readonly sink: XlsxRowSink;
  /** The hyperlinks of an earlier read of the sheet, put on their cells as the rows come. */
  readonly links?: HyperlinkTargets;
  /**
   * "audit": only the rows of the workbook's Audit sheet, into the sink (a re-check needs them before the first row
   * of the sheet: the Audit sheet's part comes after it in a workbook this checker wrote).
   */
  readonly part?: "sheet" | "audit";
}

/**
 * The whole worksheet in memory, its hyperlinks on their cells: for small sheets and for the benchmark's floor
 * (the check itself reads a chunk at a time, readXlsxRows).
 */
export async function readXlsxSheet(
  file: string,
  wanted: string | undefined,
  size: number,
  progress?: (read: number, total: number) => void,
): Promise<XlsxSheet> {
  const values: CellValue[][] = [];
  const originals: XlsxRows["originals"] = [];
  const styles: XlsxRows["styles"] = [];
  const facts = await readXlsxRows({
    file,
    wanted,
    size,
    progress,
    sink: (rows) => {
      rows.values.forEach((cells, offset) => {
        const index = rows.start + offset;
        values[index] = cells;
        if (rows.originals[offset] !== undefined) originals[index] = rows.originals[offset];
        if (rows.styles[offset] !== undefined) styles[index] = rows.styles[offset];
      });
    },
  });
  for (const [index, targets] of facts.links) {
    const cells = values[index];
    if (cells !== undefined) originals[index] = withLinks(cells, originals[index], targets);
  }
  const earlierAuditRows = await readEarlierAuditRows(file, wanted, size);
  const { name, hiddenRows, columns, tableTotalsRows } = facts;
  return { name, values, originals, styles, hiddenRows, columns, tableTotalsRows, earlierAuditRows };
}

/**
 * The rows of the workbook's Audit sheet (a re-checked .checked.xlsx: its log is carried over and its record says
 * which columns the checker wrote), read before the sheet; none when the workbook has no Audit sheet.
 */
export async function readEarlierAuditRows(
  file: string,
  wanted: string | undefined,
  size: number,
): Promise<CellValue[][]> {
  let sheets: WorkbookSheet[];
  try {
    sheets = workbookSheets(file) ?? [];
  } catch {
    // A damaged workbook: the read of the sheet says what is wrong with it.
    return [];
  }
  const target = sheets.length === 0 ? undefined : chooseSheet(file, sheets, wanted);
  if (auditSheetOf(sheets, target) === undefined) return [];
  const rows: CellValue[][] = [];
  await readXlsxRows({
    file,
    wanted,
    size,
    part: "audit",
    sink: (chunk) => void rows.push(...chunk.values),
  });
  return rows;
}

/** The name of the worksheet a read of `wanted` reads (chooseSheet), known before the read; undefined if damaged. */
export function chosenSheetName(file: string, wanted: string | undefined): string | undefined {
  let sheets: WorkbookSheet[] | undefined;
  try {
    sheets = workbookSheets(file);
  } catch {
    return undefined;
  }
  return sheets === undefined || sheets.length === 0 ? undefined : chooseSheet(file, sheets, wanted).name;
}

/** The Audit sheet of an earlier check, in whichever language it wrote its words. */
function auditSheetOf(
  sheets: readonly WorkbookSheet[],
  target: WorkbookSheet | undefined,
): WorkbookSheet | undefined {
  return sheets.find(
    (sheet) =>
      sheet !== target &&
      sheet.fileNumber !== undefined &&
      AUDIT_SHEET_NAMES.includes(sheet.name.toLowerCase()),
  );
}

/**
 * Reads a worksheet of an .xlsx file a chunk of rows at a time. Every problem with the file that the user can fix
 * is a CliError. A read that ends before the end of the sheet's XML is refused, never taken for a shorter sheet.
 */
export async function readXlsxRows(request: XlsxReadRequest): Promise<XlsxSheetFacts> {
  const { file, wanted, size, progress, links, sink } = request;
  const auditOnly = request.part === "audit";
  let sheets: WorkbookSheet[] | undefined;
  let directory: Map<string, ZipEntry>;
  try {
    directory = zipEntries(file);
    sheets = workbookSheets(file);
  } catch (error) {
    if (error instanceof ZipProblem) throw damagedWorkbook(file, error, sheets ?? []);
    throw error;
  }
  if (sheets === undefined) throw new CliError((w) => w.workbook.noWorkbookInside({ file }));
  const target = chooseSheet(file, sheets, wanted);
  let totalsRows: number[];
  let notes: CellNotes;
  let workbookParts: Map<string, Buffer>;
  try {
    totalsRows = tableTotalsRows(file, target.fileNumber as string);
    notes = auditOnly ? new Map() : sheetNotes(file, target.fileNumber as string);
    workbookParts = readZipEntries(file, SMALL_PARTS);
  } catch (error) {
    if (error instanceof ZipProblem) throw damagedWorkbook(file, error, sheets);
    throw error;
  }
  const sheet = auditOnly ? auditSheetOf(sheets, target) : target;
  // readEarlierAuditRows asks for the Audit sheet only when there is one.
  if (sheet === undefined) throw new Error("readXlsxRows: the workbook has no Audit sheet to read");
  // chooseSheet and auditSheetOf give worksheets only, which have a file number.
  const fileNumber = sheet.fileNumber as string;
  const sheetPart = worksheetPart(fileNumber);
  const known = sheets;
  const stopped = () =>
    new CliError((w) => w.workbook.readingStopped({ file, part: partName(w, sheetPart, known) }));
  const sheetEntry = directory.get(sheetPart);
  if (sheetEntry === undefined) throw stopped();
  const sharedStrings = directory.get("xl/sharedStrings.xml");
  const sheetLinks = auditOnly ? undefined : directory.get(worksheetLinksPart(fileNumber));
  const parts = [sharedStrings, sheetLinks, sheetEntry].filter((entry) => entry !== undefined);

  // Every part read is checked against its checksum while it is read: a damaged part must stop the check, never
  // give it wrong cells. Errors are taken up below, whichever comes first.
  const verification = verifyZipEntries(file, parts);
  verification.catch(() => undefined);

  // The bar moves with the packed bytes of the parts read, as a share of the file.
  const packed = Math.max(
    1,
    parts.reduce((sum, entry) => sum + entry.compressedSize, 0),
  );
  let bytesRead = 0;
  const counted = (bytes: number) => {
    bytesRead += bytes;
    progress?.(Math.round((bytesRead / packed) * size), size);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    file,
    XLSX_READER_OPTIONS,
  ) as unknown as WorkbookReaderInternals;
  const scanner = new SheetFormatScanner();
  let rowCount: number | undefined;
  const hyperlinks: HyperlinkCell[] = [];
  const targets = new Map<string, string>();
  const opened: Readable[] = [];
  const open = (entry: ZipEntry) => {
    const stream = entryStream(file, entry, counted);
    opened.push(stream);
    return stream;
  };

  // The parts are read one by one, where they lie in the zip, in the order the rows need them: the shared strings
  // before the sheet, whatever their order in the file, so that no part is missed and no sheet is kept aside.
  const reading = (async () => {
    await readSmallParts(reader, workbookParts);
    if (sharedStrings === undefined) reader.sharedStrings = [];
    // With sharedStrings: "cache" the part reader yields nothing: one step runs it to its end.
    else await reader._parseSharedStrings(open(sharedStrings)).next();
    if (sheetLinks !== undefined)
      for (const event of reader._parseHyperlinks(open(sheetLinks), fileNumber)) {
        const relationships = event.value as HyperlinkReaderInternals;
        relationships.on("hyperlink", (relationship: HyperlinkRelationship) =>
          targets.set(relationship.rId, relationship.target),
        );
        await relationships.read();
      }
    for (const event of reader._parseWorksheet(open(sheetEntry), fileNumber))
      rowCount = auditOnly
        ? await readRows(event.value as WorksheetReaderInternals, sink, [], undefined, scanner)
        : await readRows(event.value as WorksheetReaderInternals, sink, hyperlinks, links, scanner);
  })();
  reading.catch(() => undefined);
  try {
    await Promise.race([reading, verification]);
    await verification;
  } catch (error) {
    // A reader fed damaged data fails in its own words ("invalid distance too far back"); the damage says more.
    const damage = await verification.then(
      () => undefined,
      (problem: unknown) => problem,
    );
    for (const stream of opened) stream.destroy();
    if (damage instanceof ZipProblem) throw damagedWorkbook(file, damage, sheets);
    throw damage ?? error;
  }
  // The parts are intact, so the reader finishes (were it ever to stall, the CLI reports an unfinished check).
  await reading;
  // A sheet whose XML stops short unpacks to its checksum all the same: the rows read must come to its end.
  if (rowCount === undefined || !scanner.complete) throw stopped();
  return {
    name: target.name,
    hiddenRows: scanner.hiddenRows,
    columns: scanner.columns,
    tableTotalsRows: new Set(totalsRows),
    rowCount,
    links: hyperlinkTargets(hyperlinks, targets),
    mergedAreas: scanner.mergedAreas,
    notes,
  };
}

/** A part of the workbook in words, for messages: 'the part xl/worksheets/sheet1.xml (sheet "Shipment")'. */
function partName(words: CliWords, part: string, sheets: readonly WorkbookSheet[]): string {
  const parts = words.workbook.parts;
  const sheetNumber = /^xl\/worksheets\/(_rels\/)?sheet(\d+)\.xml/.exec(part);
  const what: Record<string, string> = {
    "xl/sharedStrings.xml": parts.sharedStrings,
    "xl/styles.xml": parts.styles,
    "xl/workbook.xml": parts.workbook,
    "xl/_rels/workbook.xml.rels": parts.workbookLinks,
  };
  let about: string | undefined = what[part];
  if (sheetNumber !== null) {
    const sheet = sheets.find((candidate) => candidate.fileNumber === sheetNumber[2])?.name;
    const links = sheetNumber[1] !== undefined;
    about =
      sheet === undefined
        ? links
          ? parts.linksOfASheet
          : parts.aSheet
        : links
          ? parts.linksOfSheet({ sheet })
          : parts.sheet({ sheet });
  }
  return about === undefined ? parts.part({ part }) : parts.partAbout({ part, about });
}

function damagedWorkbook(file: string, problem: ZipProblem, sheets: readonly WorkbookSheet[]): CliError {
  const { entry, reason } = problem;
  return new CliError((w) => {
    const part = entry === undefined ? undefined : partName(w, entry, sheets);
    // Only an entry has a compression method; the file stands in for it, were one ever without.
    if (reason.kind === "method")
      return w.workbook.partMethod({ file, part: part ?? file, method: reason.method });
    const why = w.workbook.zip[reason.kind];
    return part === undefined
      ? w.input.unreadableWorkbook({ file, reason: why })
      : w.workbook.partDamaged({ file, part, reason: why });
  });
}
