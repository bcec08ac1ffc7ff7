import * as fs from "node:fs";
import * as path from "node:path";
import { type AnyLanguage } from "../engine";
import {
  type CellValue,
  type EarlierRecord,
  type MergedArea,
  MergedCells,
  type SheetLayout,
  type SheetSurveyResult,
  NumberEvidenceTally,
  SheetProblem,
  SheetSurvey,
  isOwnVatRate,
  linkCellValue,
  evidenceColumns,
  parseFilledVatRates,
  withConventions,
} from "../sheet";
import {
  CsvProblem,
  type CsvEncoding,
  type Separator,
  csvCells,
  headerWidth,
  looksBinary,
  looksLikeUtf16WithoutBom,
  valueBeyondHeader,
} from "./csv";
import { type CsvChunk, csvFileChunks, sniffCsvFile } from "./csv-file";
import { earlierCheck } from "./columns";
import { CliError, oneLine } from "./errors";
import { type CliWords, cliWordsOf } from "./lang";
import {
  type CellNotes,
  type CellStyle,
  type ColumnFormat,
  type HyperlinkTargets,
  type OriginalCell,
  type XlsxRows,
  chosenSheetName,
  linkTarget,
  readEarlierAuditRows,
  readXlsxRows,
} from "./xlsx";

/**
 * The sheet to check, read twice a chunk of rows at a time: a first read (surveyInput) finds the layout, the
 * shipments' last rows and everything the checked workbook needs besides the rows; the second (readInputRows) gives
 * the rows to check and write. Nothing holds all the rows.
 */
export interface InputFile {
  readonly kind: "csv" | "xlsx";
  readonly file: string;
  readonly size: number;
  /** The worksheet asked for (--sheet). */
  readonly wanted: string | undefined;
  /** When the file was last written, as the first read found it: the second read must find the same file. */
  readonly modified: number;
}

/** What the first read of the sheet found. */
export interface SurveyedInput extends InputFile {
  /** The worksheet's name, or the CSV file's name without extension. */
  readonly name: string;
  readonly separator?: Separator;
  readonly encoding?: CsvEncoding;
  readonly survey: SheetSurveyResult;
  /** Rows (0-based indexes) hidden in the .xlsx sheet: they stay hidden in the checked copy. */
  readonly hiddenRows: ReadonlySet<number>;
  /** Column widths and hidden columns of the .xlsx sheet, by column index. Sparse. */
  readonly columns: readonly (ColumnFormat | undefined)[];
  /** Rows (0-based indexes) that are an Excel table's totals row: totals lines whatever they hold. */
  readonly tableTotalsRows: ReadonlySet<number>;
  /** Rows of an Audit sheet from an earlier check (a re-checked .checked.xlsx), to carry the log over. */
  readonly earlierAuditRows: readonly (readonly CellValue[])[];
  /** What the checker's record of its last check of the sheet says (the VAT rates it filled). */
  readonly earlierRecord: EarlierRecord | undefined;
  /** The sheet's hyperlinks, put on their cells by the second read. */
  readonly links: HyperlinkTargets;
  /** The .xlsx sheet's merged cells, which the second read reads its rows with (merged-cells.ts). */
  readonly mergedAreas: readonly MergedArea[];
  /** The notes on the .xlsx sheet's cells: on the same cells of the checked copy. */
  readonly notes: CellNotes;
}

/** Rows of the sheet as the second read gives them, from row `start`. */
export interface InputRows {
  readonly start: number;
  /**
   * The cells as the check reads them (cellsAsChecked) and the checked sheet writes them, with `originals` where
   * a cell is more than its value (a hyperlink is written as it was, whatever the check read from it).
   */
  readonly values: readonly (readonly CellValue[])[];
  readonly originals: readonly (ReadonlyMap<number, OriginalCell> | undefined)[];
  readonly styles: readonly ((CellStyle | undefined)[] | undefined)[];
}

export type InputRowSink = (rows: InputRows) => void | Promise<void>;

export interface ReadProgress {
  /** Bytes of the file read so far, of `total`. */
  (read: number, total: number): void;
}

/** What a file is by its first bytes: the key of its words in the catalogue (input.kinds). */
type FileKind = keyof CliWords["input"]["kinds"];

const SIGNATURES: readonly { bytes: readonly number[]; what: FileKind }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "png" },
  { bytes: [0xff, 0xd8, 0xff], what: "jpeg" },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "pdf" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "gif" },
  { bytes: [0x1f, 0x8b], what: "gzip" },
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97-2003 .xls files and password-protected .xlsx files are OLE2 compound documents. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Bytes looked at to tell text from a binary file (looksBinary looks at 8 KB). */
const HEAD_BYTES = 8192;

const startsWith = (head: Uint8Array, bytes: readonly number[]) =>
  bytes.every((byte, index) => head[index] === byte);

function fileKind(head: Uint8Array): FileKind | undefined {
  return SIGNATURES.find((signature) => startsWith(head, signature.bytes))?.what;
}

/** Checks the file is there and is a file with content; returns its size and when it was last written. */
function statInput(file: string): { size: number; modified: number } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new CliError((w) => w.input.notFound({ file }));
    throw cannotRead(file, error);
  }
  if (stat.isDirectory()) throw new CliError((w) => w.input.isFolder({ file }));
  if (stat.size === 0) throw new CliError((w) => w.input.empty({ file }));
  return { size: stat.size, modified: stat.mtimeMs };
}

/** The system's words for why a file cannot be read (EACCES …), in the sentence of the command's language. */
export function cannotRead(file: string, error: unknown): CliError {
  const problem = oneLine(error);
  return new CliError((w) => w.input.cannotRead({ file, problem }));
}

function readHead(file: string, length: number): Uint8Array {
  const head = Buffer.alloc(length);
  let fd: number | undefined;
  let read = 0;
  try {
    fd = fs.openSync(file, "r");
    read = fs.readSync(fd, head, 0, length, 0);
  } catch (error) {
    throw cannotRead(file, error);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return head.subarray(0, read);
}

/**
 * The file to check, by its extension and first bytes: a CSV file that is text, an .xlsx workbook that is a zip.
 * Every problem with the file is a CliError, said before anything is read.
 */
export function openInput(file: string, wanted: string | undefined): InputFile {
  const extension = path.extname(file).toLowerCase();
  const { size, modified } = statInput(file);
  if (extension === ".csv") {
    if (wanted !== undefined) throw new CliError((w) => w.command.sheetOfCsv({ sheet: wanted }));
    const head = readHead(file, HEAD_BYTES);
    const kind = fileKind(head) ?? (startsWith(head, ZIP) ? "zip" : undefined);
    if (kind !== undefined || looksBinary(head)) {
      if (kind === undefined && looksLikeUtf16WithoutBom(head))
        throw new CliError((w) => w.input.utf16WithoutBom({ file }));
      throw new CliError((w) =>
        kind === undefined
          ? w.input.notCsv({ file })
          : w.input.notCsvButKind({ file, kind: w.input.kinds[kind] }),
      );
    }
    return { kind: "csv", file, size, wanted, modified };
  }
  if (extension === ".xlsx" || extension === ".xlsm") {
    const head = readHead(file, 8);
    if (!startsWith(head, ZIP)) {
      if (startsWith(head, OLE2)) throw new CliError((w) => w.input.oldOrProtected({ file }));
      const what = fileKind(head);
      throw new CliError((w) =>
        what === undefined
          ? w.input.notAWorkbook({ file })
          : w.input.notAWorkbookButKind({ file, kind: w.input.kinds[what] }),
      );
    }
    return { kind: "xlsx", file, size, wanted, modified };
  }
  if (extension === ".xls") throw new CliError((w) => w.input.xls({ file }));
  if (extension === ".ods" || extension === ".numbers")
    throw new CliError((w) => w.input.otherSpreadsheet({ file }));
  throw new CliError((w) =>
    extension ? w.input.unknownType({ file, extension }) : w.input.noExtension({ file }),
  );
}

/** The file, and the sheet of a workbook, in the words of `language` (messages and the Audit sheet's Source). */
export function describeInput(
  input: { kind: string; file: string; name: string },
  language: AnyLanguage,
): string {
  return input.kind === "xlsx"
    ? cliWordsOf(language).input.sheetOfFile({ file: input.file, sheet: input.name })
    : input.file;
}

/** A problem of the sheet's layout, said with the file (and sheet) it is in. */
function layoutProblem(problem: SheetProblem, input: { kind: string; file: string; name: string }): CliError {
  const text = problem.message;
  return new CliError((w, language) =>
    w.input.problemAt({ source: describeInput(input, language), problem: text }),
  );
}

/** A CSV file's problem, with the file's name. */
function csvProblem(file: string, problem: CsvProblem): CliError {
  return new CliError((w, language) => w.csv.inFile({ file, problem: problem.in(language) }));
}

/**
 * Told once, while a CSV file is first read, when its first rows have shown the layout: with the decimal marks
 * of the rows read so far (the whole file decides them), how the file is read, and the input as describeInput
 * names it.
 */
export type EarlyLayout = (
  layout: SheetLayout,
  csv: { readonly file: string; readonly encoding: CsvEncoding; readonly separator: Separator },
  source: string,
) => void;

/**
 * The first read: the layout (in the command's language: the output columns' headers and the sheet's problems are
 * the sheet layer's words), the shipments' last rows, the facts of the workbook. `progress` is told bytes.
 */
export async function surveyInput(
  input: InputFile,
  language: AnyLanguage,
  progress?: ReadProgress,
  earlyLayout?: EarlyLayout,
): Promise<SurveyedInput> {
  return input.kind === "csv"
    ? surveyCsv(input, language, progress, earlyLayout)
    : surveyXlsx(input, language, progress);
}

async function surveyCsv(
  input: InputFile,
  language: AnyLanguage,
  progress?: ReadProgress,
  earlyLayout?: EarlyLayout,
): Promise<SurveyedInput> {
  const { file } = input;
  const name = path.parse(file).name;
  const { encoding, separator } = await sniffCsvFile(file, (read) => progress?.(read / 4, input.size));
  const survey = new SheetSurvey({ fieldEvidence: true, language });
  // As readCsvCells: every field of the file, as written, says how it writes numbers.
  const tally = new NumberEvidenceTally();
  /** The lines of the first rows, to name one with a value beyond the header once the header is known. */
  const headLines: number[] = [];
  let width: number | undefined;
  const beyond = (cells: readonly CellValue[], line: number) => {
    const problem = valueBeyondHeader(cells, width as number, line);
    if (problem !== undefined) throw csvProblem(file, problem);
  };
  try {
    await csvFileChunks(file, encoding, separator, (chunk: CsvChunk) => {
      progress?.(input.size / 4 + (chunk.bytesRead * 3) / 4, input.size);
      const known = survey.located();
      // Once the layout is known, only the fields of its number and date columns are evidence (evidenceColumns).
      const columns = known === undefined ? undefined : evidenceColumns(known.columns);
      for (const fields of chunk.rows) tally.addRow(fields, columns);
      const cells = csvCells(chunk.rows);
      survey.add(cells, chunk.start);
      const located = survey.located();
      if (located === undefined) {
        headLines.push(...chunk.lines);
        return;
      }
      const first = width === undefined;
      if (width === undefined) {
        width = headerWidth(survey.headRows()[located.headerRowIndex] ?? []);
        const head = survey.headRows();
        for (let index = located.headerRowIndex + 1; index < head.length && index < chunk.start; index++)
          beyond(head[index], headLines[index]);
      }
      for (let offset = 0; offset < cells.length; offset++) {
        const index = chunk.start + offset;
        if (index > located.headerRowIndex) beyond(cells[offset], chunk.lines[offset]);
      }
      if (first) {
        const layout = withConventions(located, tally.evidence(separator));
        earlyLayout?.(layout, { file, encoding, separator }, describeInput({ ...input, name }, language));
      }
    });
  } catch (error) {
    if (error instanceof CsvProblem) throw csvProblem(file, error);
    if (error instanceof SheetProblem) throw layoutProblem(error, { ...input, name });
    throw error;
  }
  if (!survey.anyCell()) throw new CliError((w) => w.input.empty({ file }));
  let result: SheetSurveyResult;
  try {
    result = survey.finish(tally.evidence(separator));
  } catch (error) {
    if (error instanceof SheetProblem) throw layoutProblem(error, { ...input, name });
    throw error;
  }
  if (width === undefined) {
    // The whole file was among the first rows: the header is known only now.
    width = headerWidth(result.headRows[result.layout.headerRowIndex] ?? []);
    for (let index = result.layout.headerRowIndex + 1; index < result.headRows.length; index++)
      beyond(result.headRows[index], headLines[index]);
  }
  return {
    ...input,
    name,
    separator,
    encoding,
    survey: result,
    hiddenRows: new Set(),
    columns: [],
    tableTotalsRows: new Set(),
    earlierAuditRows: [],
    earlierRecord: undefined,
    links: new Map(),
    mergedAreas: [],
    notes: new Map(),
  };
}

async function surveyXlsx(
  input: InputFile,
  language: AnyLanguage,
  progress?: ReadProgress,
): Promise<SurveyedInput> {
  const { file, wanted, size } = input;
  // A re-check: the Audit sheet says which columns the checker wrote, before the first row is looked at.
  const earlierAuditRows = await xlsxProblems(file, () => readEarlierAuditRows(file, wanted, size));
  const name = (await chosenSheetName(file, wanted)) ?? "";
  const earlier = earlierCheck(earlierAuditRows, name);
  const surveyed = async (mergedAreas?: readonly MergedArea[]) => {
    const survey = new SheetSurvey({ knowledge: earlier.knowledge, language, mergedAreas });
    const facts = await xlsxProblems(file, async () => {
      try {
        return await readXlsxRows({
          file,
          wanted,
          size,
          progress,
          sink: (rows) => survey.add(rows.values, rows.start),
        });
      } catch (error) {
        if (error instanceof SheetProblem) throw layoutProblem(error, { ...input, name });
        throw error;
      }
    });
    if (!survey.anyCell()) throw new CliError((w) => w.input.emptySheet({ file, sheet: facts.name }));
    try {
      return { facts, result: survey.finish() };
    } catch (error) {
      if (error instanceof SheetProblem) throw layoutProblem(error, { ...input, name: facts.name });
      throw error;
    }
  };
  let { facts, result } = await surveyed();
  // The merged cells are listed after the rows: a sheet with some over several rows is surveyed once more with
  // them, so that a shipment's rows under its merged number end where it ends.
  if (new MergedCells(facts.mergedAreas, result.layout).any)
    ({ facts, result } = await surveyed(facts.mergedAreas));
  return {
    ...input,
    name: facts.name,
    survey: result,
    hiddenRows: facts.hiddenRows,
    columns: facts.columns,
    tableTotalsRows: facts.tableTotalsRows,
    earlierAuditRows,
    earlierRecord: earlier.record,
    links: facts.links,
    mergedAreas: facts.mergedAreas,
    notes: facts.notes,
  };
}

/** A workbook the reader cannot read, in words. */
async function xlsxProblems<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CliError) throw error;
    // unzipper's codes for a file that ends early or is not a zip after all; any other in the reader's words.
    const message = oneLine(error);
    throw new CliError((w) => {
      const reason = /FILE_ENDED|unexpected end/i.test(message)
        ? w.input.cutShort
        : /signature|invalid zip|end of central directory/i.test(message)
          ? w.input.notValidZip
          : message;
      return w.input.unreadableWorkbook({ file, reason });
    });
  }
}

/**
 * The second read: the rows into `sink` a chunk at a time, with the cells as the check reads them. The reading waits
 * while the sink works, so that rows are read no faster than they are written.
 */
export async function readInputRows(input: SurveyedInput, sink: InputRowSink): Promise<void> {
  const { layout } = input.survey;
  const ownRates = input.earlierRecord === undefined ? undefined : ownVatRates(input.earlierRecord, layout);
  if (input.kind === "csv") {
    try {
      await csvFileChunks(
        input.file,
        input.encoding as CsvEncoding,
        input.separator as Separator,
        (chunk) => {
          const values = csvCells(chunk.rows);
          return sink({ start: chunk.start, values, originals: [], styles: [] });
        },
      );
    } catch (error) {
      if (error instanceof CsvProblem) throw csvProblem(input.file, error);
      throw error;
    }
    unchanged(input);
    return;
  }
  let read = 0;
  const merged = new MergedCells(input.mergedAreas, layout);
  const facts = await xlsxProblems(input.file, () =>
    readXlsxRows({
      file: input.file,
      wanted: input.wanted,
      size: input.size,
      links: input.links,
      sink: (rows) => {
        read = rows.start + rows.values.length;
        return sink({ ...rows, values: merged.rows(cellsAsChecked(rows, layout, ownRates), rows.start) });
      },
    }),
  );
  // The same file read twice gives the same rows: fewer means it changed, or the reader stopped early.
  if (facts.rowCount !== input.survey.rowCount || read !== input.survey.rowCount)
    throw new CliError((w) => w.input.changedWhileRead({ file: input.file }));
  unchanged(input);
}

/** The file as the first read found it: a file written to between the reads would give rows of two versions. */
function unchanged(input: SurveyedInput): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(input.file);
  } catch {
    // Gone: changed.
  }
  if (stat === undefined || stat.size !== input.size || stat.mtimeMs !== input.modified)
    throw new CliError((w) => w.input.changedWhileRead({ file: input.file }));
}

/** The VAT rates the checker filled in its last check, by sheet row number, when they are in the same column. */
function ownVatRates(record: EarlierRecord, layout: SheetLayout): ReadonlyMap<number, number> | undefined {
  return record.vatColumn === undefined || record.vatColumn !== layout.columns.vatRate
    ? undefined
    : parseFilledVatRates(record.filledVatRates);
}

/**
 * The cells as the check reads them. Sales and reference links typed as a hyperlink with other words on it
 * ("Listing") read as their link: the link is what customs look at (cells whose text is itself a link stay). VAT
 * rate cells that still hold the rate the checker filled in its last check are emptied, so that this check works
 * them out again: a new declaration date or a corrected destination gives the new rate; a rate the user typed, or
 * changed since, stays. Rows that change are copies; the others are shared.
 */
function cellsAsChecked(
  rows: XlsxRows,
  layout: SheetLayout,
  ownRates: ReadonlyMap<number, number> | undefined,
): CellValue[][] {
  const links = [layout.columns.salesLink, layout.columns.referenceLink].filter(
    (index): index is number => index !== undefined,
  );
  if (links.length === 0 && ownRates === undefined) return rows.values;
  return rows.values.map((cells, offset) => {
    const index = rows.start + offset;
    if (index <= layout.headerRowIndex) return cells;
    let row: CellValue[] | undefined;
    const originals = rows.originals[offset];
    if (originals !== undefined) {
      for (const column of links) {
        const target = linkTarget(originals.get(column));
        if (target === undefined) continue;
        const linked = linkCellValue((row ?? cells)[column], target);
        if (linked === (row ?? cells)[column]) continue;
        row ??= [...cells];
        row[column] = linked;
      }
    }
    if (ownRates !== undefined && isOwnVatRate(row ?? cells, index + 1, layout, ownRates)) {
      row ??= [...cells];
      row[layout.columns.vatRate as number] = null;
    }
    return row ?? cells;
  });
}
