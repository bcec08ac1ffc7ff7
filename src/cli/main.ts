import * as fs from "node:fs";
import * as path from "node:path";
import { VAT_TABLE_VERSION } from "../engine";
import {
  AUDIT_COLUMNS,
  type CellValue,
  ProFormaBuilder,
  SUMMARY_MONEY_FORMAT,
  SheetProblem,
  type SheetLayout,
  VAT_DEFERRAL_SHEET,
  headerKey,
  isEmptyCell,
  dataRows,
  sheetLayout,
  sheetNotes,
  summaryFacts,
  shipmentEnds,
  uniqueSheetName,
} from "../sheet";
import { type CheckResult } from "./check-result";
import { columnsRead, earlierCheck, forgetOwnVatRates } from "./columns";
import { valuesBeyondHeader } from "./csv";
import { CliError, oneLine, printable } from "./errors";
import { type CheckReport, type RowOutcome } from "./evaluation";
import {
  type Evaluation,
  type CheckRequest,
  WORKER_MIN_CSV_BYTES,
  WORKER_MIN_ROWS,
  evaluateCsvInWorker,
  evaluateInThisThread,
  evaluateRowsInWorker,
  workerAvailable,
} from "./evaluate";
import { type InputSheet, readInput, readLinkTargets } from "./input";
import { type CliOptions, USAGE, defaultOutputPath, parseCommand } from "./options";
import { type Progress, progressBar } from "./progress";
import { cleanedCellsText, hiddenRowsText, summaryText } from "./summary-text";
import {
  type SummaryLine,
  createCheckedWorkbook,
  firstRowTexts,
  openOutput,
  storableText,
  workbookSheets,
} from "./xlsx";

/**
 * customs-check FILE [options]: checks a shipment sheet and writes the checked workbook (docs/contracts.md, Command line).
 * Exit 0: no row at RISK or ERROR; 1: some are; 2: the check did not complete (a usage or file problem, said in
 * one line on stderr); 130, 143, 129: ended by SIGINT (Ctrl-C), SIGTERM or SIGHUP, the unfinished workbook removed.
 */
export interface Streams {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
}

/**
 * Temporary workbooks being written (FILE.checked.xlsx.PID.part) and their file descriptors: removed when the
 * check is interrupted or stalls, so that no half-written file is left behind.
 */
const unfinished = new Map<string, number | undefined>();

function removeUnfinished(): void {
  for (const [file, fd] of unfinished) {
    // Windows cannot remove a file that is still open.
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {
      // Already closed.
    }
    fs.rmSync(file, { force: true });
  }
  unfinished.clear();
}

/** What the check is doing, for the message when it stops before finishing. */
let stage = "starting";

const EMPTY_ROW: CellValue[] = [];

/** Why a file cannot be written, in words (the temporary file's name would only confuse). */
function writeProblem(error: unknown, out: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `the folder ${path.dirname(path.resolve(out))} does not exist`;
  if (code === "EACCES" || code === "EPERM")
    return "permission denied (is the file open in Excel, or the folder read-only?)";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOSPC") return "the disk is full";
  return oneLine(error);
}

function describeSource(options: CliOptions, input: InputSheet): string {
  return input.kind === "xlsx" ? `${options.file}, sheet "${input.name}"` : options.file;
}

/** A workbook this checker wrote: it has an Audit sheet whose first row is the audit log's header. */
function writtenByThisChecker(file: string): boolean {
  const header = AUDIT_COLUMNS.map(headerKey).join("\t");
  try {
    // The sheet list and the Audit sheet's first row: a few kilobytes, whatever the size of the workbook.
    return (workbookSheets(file) ?? []).some(
      (sheet) =>
        sheet.fileNumber !== undefined &&
        /^audit(?: \(\d+\))?$/i.test(sheet.name) &&
        firstRowTexts(file, sheet.fileNumber).map(headerKey).join("\t") === header,
    );
  } catch {
    // Not a zip, or a damaged one: not a workbook this checker wrote.
    return false;
  }
}

/**
 * The checked workbook replaces a file already there only when it is one this checker wrote (a re-check), or
 * with --force; never a read-only file. Judged before any work, so nothing is read in vain.
 */
function checkOutput(options: CliOptions): void {
  const { out } = options;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(out);
  } catch {
    // Nothing there (or a folder that does not exist, which opening the file says).
    return;
  }
  const given = out !== defaultOutputPath(options.file);
  const name = given ? `--out ${out}` : `${out} (the default output)`;
  const elsewhere = given ? "choose another --out name" : "move it away or choose --out";
  if (stat.isDirectory()) throw new CliError(`${name} is a folder: give a file name ending in .xlsx`);
  let writable = (stat.mode & 0o222) !== 0;
  try {
    fs.accessSync(out, fs.constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable)
    throw new CliError(`${name} already exists and is read-only, so it is not replaced: ${elsewhere}`);
  if (!options.force && !writtenByThisChecker(out)) {
    throw new CliError(
      `${name} already exists and is not a workbook this checker wrote: ${elsewhere}, or add --force to replace it`,
    );
  }
}

/** Reads, checks and writes; returns what the summary needs. Every user-fixable problem is a CliError. */
async function runCheck(options: CliOptions, stderr: NodeJS.WriteStream): Promise<CheckResult> {
  // A missing input is said by readInput: it comes first.
  if (fs.existsSync(options.file)) checkOutput(options);
  let size = 0;
  try {
    size = fs.statSync(options.file).size;
  } catch {
    // readInput says what is wrong with the file.
  }
  // A rough row count from the file size decides whether a bar is worth drawing while reading.
  const progress: Progress = progressBar(stderr, Math.round(size / 150));
  const time = new Date();
  const context = (source: string): CheckRequest => ({
    storedSettings: options.storedSettings,
    now: options.now,
    json: options.json,
    source,
    time,
  });
  // A large CSV file is checked by a second thread that starts on the bytes while this one parses them.
  let evaluation: Evaluation | undefined;
  const startEarly = (bytes: Uint8Array) => {
    if (bytes.length >= WORKER_MIN_CSV_BYTES && workerAvailable())
      evaluation = evaluateCsvInWorker(context(options.file), bytes);
  };
  try {
    stage = "reading the file";
    progress.phase("Reading", Math.max(1, Math.round(size / 1024)));
    const input = await readInput(
      options.file,
      options.sheet,
      (read) => progress.update(Math.round(read / 1024)),
      startEarly,
    );
    progress.stop();
    return await checkAndWrite(options, input, stderr, context(describeSource(options, input)), evaluation);
  } finally {
    progress.stop();
    await evaluation?.stop();
  }
}

async function checkAndWrite(
  options: CliOptions,
  input: InputSheet,
  stderr: NodeJS.WriteStream,
  context: CheckRequest,
  early: Evaluation | undefined,
): Promise<CheckResult> {
  if (input.values.every((cells) => cells.every(isEmptyCell))) {
    throw new CliError(
      input.kind === "xlsx"
        ? `Sheet "${input.name}" of ${options.file} is empty`
        : `${options.file} is empty`,
    );
  }
  // A checked workbook checked again: its Audit sheet names the columns and VAT rates the checker wrote.
  const earlier = earlierCheck(input);
  let layout: SheetLayout;
  try {
    layout = sheetLayout(input.values, undefined, input.numberEvidence, earlier.knowledge);
  } catch (error) {
    if (error instanceof SheetProblem)
      throw new CliError(`${describeSource(options, input)}: ${error.message}`);
    throw error;
  }
  if (input.kind === "csv") {
    const shifted = valuesBeyondHeader(input.values, layout.headerRowIndex);
    if (shifted !== undefined) throw new CliError(`${options.file}, ${shifted.message}`);
  }
  // The cells as the check reads them; the input's own are left as they were read.
  const values = forgetOwnVatRates(readLinkTargets(input, layout), layout, earlier.record);
  const hints = { tableTotalsRows: input.tableTotalsRows };
  // The product rows: a row is written once its result is final; any other row at once.
  const checked = new Uint8Array(values.length);
  for (const row of dataRows(values, layout, hints)) if (row.kind === "product") checked[row.index] = 1;
  // Sent before anything else: the worker checking a CSV file settles shipments once it knows where they end.
  const ends = shipmentEnds(values, layout, hints);
  early?.knowShipmentEnds(ends);

  stage = `checking the rows and writing ${options.out}`;
  const temporary = `${options.out}.${process.pid}.part`;
  unfinished.set(temporary, undefined);
  let output: fs.WriteStream;
  try {
    output = openOutput(temporary);
    // The descriptor openOutput opened (WriteStream's typings leave `fd` out).
    const fd = (output as unknown as { fd?: unknown }).fd;
    unfinished.set(temporary, typeof fd === "number" ? fd : undefined);
  } catch (error) {
    unfinished.delete(temporary);
    throw new CliError(
      `Cannot write the checked workbook ${options.out}: ${writeProblem(error, options.out)}`,
    );
  }
  let writeError: Error | undefined;
  output.on("error", (error) => (writeError ??= error));
  let progress: Progress | undefined;
  let evaluation: Evaluation | undefined = early;
  try {
    // exceljs is loaded here (half a second): once the input has been read and found checkable.
    const workbook = await createCheckedWorkbook(output);
    const taken = new Set<string>();
    // Sheet names go into the workbook's XML too: characters it cannot hold are left out.
    const sheet = workbook.checkedSheet(
      uniqueSheetName(storableText(input.name), taken),
      { ...input, values },
      layout,
    );
    const rowsBelowHeader = values.length - layout.headerRowIndex - 1;
    evaluation ??=
      rowsBelowHeader >= WORKER_MIN_ROWS && workerAvailable()
        ? evaluateRowsInWorker(context, values, layout, hints, ends)
        : evaluateInThisThread(context, values, layout, hints, ends);
    const results = evaluation.results();

    progress = progressBar(stderr, values.length);
    progress.phase("Checking", values.length);
    const settled: (RowOutcome | undefined)[] = new Array<RowOutcome | undefined>(values.length);
    const proForma = new ProFormaBuilder();
    let next = 0;
    let report: CheckReport | undefined;
    while (report === undefined) {
      const step = await results.next();
      if (step.done) report = step.value;
      else {
        for (const outcome of step.value) {
          settled[outcome.index] = outcome;
          proForma.addLine(outcome.index + 1, outcome.shipment, outcome.proForma);
        }
      }
      // Rows are written in sheet order as soon as they are final; unchecked rows need nothing.
      while (
        next < values.length &&
        (checked[next] === 0 || settled[next] !== undefined || report !== undefined)
      ) {
        await sheet.writeRow(next, settled[next]);
        // Written product rows are not needed again (a worker has its own copy): let them go. The others stay,
        // few as they are, until the check has seen them: it names the totals lines and notes in the summary.
        if (checked[next] === 1) values[next] = EMPTY_ROW;
        settled[next] = undefined;
        next++;
        if (next % 1000 === 0) progress.update(next);
      }
    }
    sheet.finish();
    progress.stop();

    const summaryName = uniqueSheetName("Summary", taken);
    const proFormaSheets = proForma.sheets(report.proFormaContext);
    const proFormaNames = proFormaSheets.map((sheet) => uniqueSheetName(storableText(sheet.name), taken));
    const vatDeferralName = uniqueSheetName(VAT_DEFERRAL_SHEET, taken);
    const auditName = uniqueSheetName("Audit", taken);
    const cleaned = { cells: sheet.cleanedCells, count: sheet.cleanedCount };
    workbook.summarySheet(
      summaryName,
      `Customs check: ${path.basename(options.file)}`,
      summaryLines(options, input, layout, report, proFormaNames, vatDeferralName, context.time, cleaned),
    );
    for (const [position, sheet] of proFormaSheets.entries()) {
      await workbook.proFormaSheet(proFormaNames[position], sheet);
    }
    await workbook.vatDeferralSheet(vatDeferralName, report.vatDeferral);
    workbook.auditSheet(auditName, input.earlierAuditRows, report.auditRow, sheet.record());
    await workbook.commit();
    if (writeError !== undefined) throw writeError;
    fs.renameSync(temporary, options.out);
    unfinished.delete(temporary);
    return { report, input, layout, out: options.out, cleaned };
  } catch (error) {
    output.destroy();
    fs.rmSync(temporary, { force: true });
    unfinished.delete(temporary);
    if (error instanceof CliError) throw error;
    if (writeError !== undefined || (error as NodeJS.ErrnoException).syscall !== undefined) {
      throw new CliError(
        `Cannot write the checked workbook ${options.out}: ${writeProblem(writeError ?? error, options.out)}`,
      );
    }
    throw error;
  } finally {
    progress?.stop();
    await evaluation?.stop();
  }
}

const list = (items: readonly string[]) => (items.length === 0 ? "none" : items.join(", "));

function summaryLines(
  options: CliOptions,
  input: InputSheet,
  layout: SheetLayout,
  report: CheckReport,
  proFormaNames: readonly string[],
  vatDeferralName: string,
  time: Date,
  cleaned: CheckResult["cleaned"],
): SummaryLine[] {
  const { summary } = report;
  const money = { numFmt: SUMMARY_MONEY_FORMAT };
  const separator = input.separator === "\t" ? "tab" : `"${input.separator ?? ","}"`;
  return [
    ["File", options.file],
    [
      input.kind === "xlsx" ? "Sheet" : "Format",
      input.kind === "xlsx" ? input.name : `CSV, separator ${separator}`,
    ],
    ["Checked at", time.toISOString()],
    ["Header row", layout.headerRowIndex + 1],
    // The figures in the words every rendering of the summary uses (src/sheet/output-sheets.ts).
    ...summaryFacts(summary).map((fact): SummaryLine => [
      fact.label,
      fact.value,
      fact.money ? money : undefined,
    ]),
    ["Unmapped columns", list(layout.unmappedColumns)],
    ["Columns read", columnsRead(layout)],
    ["Settings", report.settingsText],
    ["VAT table", VAT_TABLE_VERSION],
    ["Pro forma", list(proFormaNames)],
    ["VAT deferral", vatDeferralName],
    ...sheetNotes(summary).map((note) => ["Rows and columns", note] as const),
    ...(cleaned.count === 0 ? [] : [["Cells cleaned", cleanedCellsText(cleaned)] as const]),
    ...(input.hiddenRows.size === 0 ? [] : [["Hidden rows", hiddenRowsText(input.hiddenRows)] as const]),
    [
      "Notes",
      "Amounts in EUR. The checked sheet holds the input's values (formulas as their results); other sheets of the input are not copied. The input file is unchanged.",
    ],
  ];
}

/**
 * Settles when the event loop runs dry while the check still waits: a reader given damaged data can stop without
 * an error and leave its promise pending, and Node would then exit with status 0 ("no row at risk").
 */
function whenStalled(file: string): { stalled: Promise<never>; stop: () => void } {
  let listener: () => void = () => {};
  const stalled = new Promise<never>((_, reject) => {
    listener = () =>
      reject(
        new CliError(
          `${file}: the check stopped before it finished (while ${stage}); no checked workbook was written. If it is a workbook, open it in Excel, save it and check it again`,
        ),
      );
    process.once("beforeExit", listener);
  });
  return { stalled, stop: () => process.off("beforeExit", listener) };
}

/**
 * JSON.stringify escapes C0 controls but leaves DEL, C1 controls (0x9b starts a terminal escape) and bidi
 * controls as they are. Outside its strings JSON is ASCII, so escaping them as \uXXXX reads back the same.
 */
function terminalSafeJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Runs the command line; returns the exit status. Messages quote file names and cells printably. */
export async function main(
  argv: readonly string[],
  streams: Streams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  let watch: ReturnType<typeof whenStalled> | undefined;
  try {
    const command = parseCommand(argv);
    if (command.kind === "help") {
      streams.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { options } = command;
    watch = whenStalled(options.file);
    const result = await Promise.race([runCheck(options, streams.stderr), watch.stalled]);
    const { report } = result;
    if (options.json) streams.stdout.write(`${terminalSafeJson(report.json ?? "{}")}\n`);
    else streams.stdout.write(summaryText(options, result));
    return report.summary.risk + report.summary.error > 0 ? 1 : 0;
  } catch (error) {
    removeUnfinished();
    if (error instanceof CliError) {
      streams.stderr.write(`customs-check: ${printable(oneLine(error))}\n`);
    } else {
      streams.stderr.write(`customs-check: internal error, please report it: ${printable(oneLine(error))}\n`);
    }
    return 2;
  } finally {
    watch?.stop();
  }
}

/** Exit statuses for the signals that end a check: 128 + the signal's number, as shells report them. */
const SIGNAL_STATUS: readonly (readonly [NodeJS.Signals, number])[] = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
];

/**
 * The command as the customs-check launcher runs it: exit status from main(), and whatever else ends the process
 * ends it with a line on stderr and no half-written workbook. Ctrl-C (SIGINT) exits 130, SIGTERM 143, SIGHUP 129;
 * an error nothing caught exits 2; so does a check that never finished.
 */
export function cli(argv: readonly string[]): void {
  let settled = false;
  /** process.exit() from a handler below: it has said what happened, and the exit handler must not again. */
  let ending = false;
  const end = (status: number): never => {
    ending = true;
    return process.exit(status);
  };
  const say = (line: string) => {
    // Synchronous: the process ends right after.
    try {
      fs.writeSync(2, `customs-check: ${printable(line)}\n`);
    } catch {
      // stderr is closed: the status says it.
    }
  };
  for (const [signal, status] of SIGNAL_STATUS) {
    process.on(signal, () => {
      const removed = unfinished.size > 0;
      removeUnfinished();
      if (!settled)
        say(
          `interrupted (${signal}): the check did not finish${removed ? "; the unfinished workbook was removed" : ""}`,
        );
      end(status);
    });
  }
  process.on("uncaughtException", (error) => {
    removeUnfinished();
    // After main() has settled (its message printed), a stray error of a stream left behind changes nothing.
    if (settled) end(typeof process.exitCode === "number" ? process.exitCode : 2);
    say(`internal error, please report it: ${oneLine(error)}`);
    end(2);
  });
  process.on("exit", () => {
    if (settled || ending) return;
    // The last resort behind main()'s own watch: never exit 0 from a check that did not finish.
    removeUnfinished();
    say("the check stopped before it finished; no checked workbook was written");
    process.exitCode = 2;
  });
  main(argv).then(
    (status) => {
      settled = true;
      process.exitCode = status;
    },
    (error: unknown) => {
      settled = true;
      say(`internal error, please report it: ${oneLine(error)}`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) cli(process.argv.slice(2));
