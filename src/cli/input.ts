import * as fs from "node:fs";
import * as path from "node:path";
import { type CellValue, type NumberEvidence, type SheetLayout, linkCellValue } from "../sheet";
import {
  CsvProblem,
  type Separator,
  decodeText,
  looksBinary,
  looksLikeUtf16WithoutBom,
  readCsvCells,
} from "./csv";
import { CliError, oneLine } from "./errors";
import { type CliWords } from "./lang";
import { type SheetCells, linkTarget, readXlsxSheet } from "./xlsx";

/**
 * The sheet to check, read into memory: its cells for the check and what is needed to write it back (SheetCells;
 * a CSV file has no originals, styles, hidden rows or column formats).
 */
export interface InputSheet extends SheetCells {
  readonly kind: "csv" | "xlsx";
  /** The worksheet's name, or the CSV file's name without extension. */
  readonly name: string;
  /** Rows (0-based indexes) that are an Excel table's totals row: totals lines whatever they hold. */
  readonly tableTotalsRows: ReadonlySet<number>;
  readonly separator?: Separator;
  /** How a CSV file's fields write numbers (an .xlsx sheet's text cells show it themselves). */
  readonly numberEvidence?: NumberEvidence;
  /** Rows of an Audit sheet from an earlier check (a re-checked .checked.xlsx), to carry the log over. */
  readonly earlierAuditRows: readonly (readonly CellValue[])[];
}

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

const startsWith = (head: Uint8Array, bytes: readonly number[]) =>
  bytes.every((byte, index) => head[index] === byte);

function fileKind(head: Uint8Array): FileKind | undefined {
  return SIGNATURES.find((signature) => startsWith(head, signature.bytes))?.what;
}

/** Checks the file is there and is a file with content; returns its size. */
function statInput(file: string): number {
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
  return stat.size;
}

/** The system's words for why a file cannot be read (EACCES …), in the sentence of the command's language. */
function cannotRead(file: string, error: unknown): CliError {
  const problem = oneLine(error);
  return new CliError((w) => w.input.cannotRead({ file, problem }));
}

function readHead(file: string): Uint8Array {
  const head = Buffer.alloc(8);
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    fs.readSync(fd, head, 0, 8, 0);
  } catch (error) {
    throw cannotRead(file, error);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return head;
}

/**
 * Reads the sheet to check from an .xlsx or .csv file; every problem with the file is a CliError. `beforeParse`
 * sees a CSV file's bytes before they are parsed (the CLI starts its evaluation thread with them).
 */
export async function readInput(
  file: string,
  sheetName: string | undefined,
  progress?: ReadProgress,
  beforeParse?: (bytes: Uint8Array) => void,
): Promise<InputSheet> {
  const extension = path.extname(file).toLowerCase();
  const size = statInput(file);
  if (extension === ".csv") {
    if (sheetName !== undefined) throw new CliError((w) => w.command.sheetOfCsv({ sheet: sheetName }));
    return readCsvInput(file, beforeParse);
  }
  if (extension === ".xlsx" || extension === ".xlsm") {
    const head = readHead(file);
    if (!startsWith(head, ZIP)) {
      if (startsWith(head, OLE2)) throw new CliError((w) => w.input.oldOrProtected({ file }));
      const what = fileKind(head);
      throw new CliError((w) =>
        what === undefined
          ? w.input.notAWorkbook({ file })
          : w.input.notAWorkbookButKind({ file, kind: w.input.kinds[what] }),
      );
    }
    return readXlsxInput(file, sheetName, size, progress);
  }
  if (extension === ".xls") throw new CliError((w) => w.input.xls({ file }));
  if (extension === ".ods" || extension === ".numbers")
    throw new CliError((w) => w.input.otherSpreadsheet({ file }));
  throw new CliError((w) =>
    extension ? w.input.unknownType({ file, extension }) : w.input.noExtension({ file }),
  );
}

function readCsvInput(file: string, beforeParse?: (bytes: Uint8Array) => void): InputSheet {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  const kind = fileKind(bytes) ?? (startsWith(bytes, ZIP) ? "zip" : undefined);
  if (kind !== undefined || looksBinary(bytes)) {
    if (kind === undefined && looksLikeUtf16WithoutBom(bytes))
      throw new CliError((w) => w.input.utf16WithoutBom({ file }));
    throw new CliError((w) =>
      kind === undefined
        ? w.input.notCsv({ file })
        : w.input.notCsvButKind({ file, kind: w.input.kinds[kind] }),
    );
  }
  const text = decodeText(bytes);
  if (text.trim() === "") throw new CliError((w) => w.input.empty({ file }));
  beforeParse?.(bytes);
  let cells: ReturnType<typeof readCsvCells>;
  try {
    cells = readCsvCells(text);
  } catch (error) {
    if (error instanceof CsvProblem)
      throw new CliError((w, language) => w.csv.inFile({ file, problem: error.in(language) }));
    throw error;
  }
  const { separator, rows, numberEvidence } = cells;
  return {
    kind: "csv",
    name: path.parse(file).name,
    values: rows,
    originals: [],
    styles: [],
    hiddenRows: new Set(),
    columns: [],
    tableTotalsRows: new Set(),
    separator,
    numberEvidence,
    earlierAuditRows: [],
  };
}

async function readXlsxInput(
  file: string,
  sheetName: string | undefined,
  size: number,
  progress?: ReadProgress,
): Promise<InputSheet> {
  try {
    return { kind: "xlsx", ...(await readXlsxSheet(file, sheetName, size, progress)) };
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
 * The sheet's values with sales and reference links typed as a hyperlink with other words on it ("Listing") read
 * as their link: the link is what customs look at. Cells whose text is itself a link stay as they are. The input
 * is left as it is: rows that change are copies, the others are shared, and when no row changes the input's own
 * values are returned.
 */
export function readLinkTargets(input: InputSheet, layout: SheetLayout): CellValue[][] {
  const columns = [layout.columns.salesLink, layout.columns.referenceLink].filter(
    (index): index is number => index !== undefined,
  );
  let values = input.values;
  if (columns.length === 0) return values;
  input.originals.forEach((originals, rowIndex) => {
    if (originals === undefined || rowIndex <= layout.headerRowIndex) return;
    let row: CellValue[] | undefined;
    for (const column of columns) {
      const target = linkTarget(originals.get(column));
      if (target === undefined) continue;
      const cells = row ?? values[rowIndex];
      const linked = linkCellValue(cells[column], target);
      if (linked === cells[column]) continue;
      row ??= [...cells];
      row[column] = linked;
    }
    if (row === undefined) return;
    if (values === input.values) values = [...values];
    values[rowIndex] = row;
  });
  return values;
}
