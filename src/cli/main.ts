import * as fs from "node:fs";
import * as path from "node:path";
import { type AnyLanguage, VAT_TABLE_VERSION } from "../engine";
import {
  type CellValue,
  ProFormaBuilder,
  SUMMARY_MONEY_FORMAT,
  SheetProblem,
  type SheetLayout,
  isAuditHeader,
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
import { AUDIT_SHEET_NAMES, cliWordsOf, sheetNamesOf } from "./lang";
import { type Environment } from "./language";
import {
  type CliOptions,
  checkSettings,
  commandLanguage,
  defaultOutputPath,
  parseCommand,
  usageText,
} from "./options";
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
let stage: "starting" | "reading" | "checking" = "starting";

const EMPTY_ROW: CellValue[] = [];

/** The checked workbook cannot be written, and why in words (the temporary file's name would only confuse). */
function writeProblem(error: unknown, out: string): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  return new CliError((w) => {
    const problem =
      code === "ENOENT"
        ? w.output.noFolder({ folder: path.dirname(path.resolve(out)) })
        : code === "EACCES" || code === "EPERM"
          ? w.output.permissionDenied
          : code === "EISDIR"
            ? w.output.isFolder
            : code === "ENOSPC"
              ? w.output.diskFull
              : oneLine(error);
    return w.output.cannotWrite({ out, problem });
  });
}

/** The file, and the sheet of a workbook, in the words of `language` (messages and the Audit sheet's Source). */
function describeSource(options: CliOptions, input: InputSheet, language: AnyLanguage): string {
  return input.kind === "xlsx"
    ? cliWordsOf(language).input.sheetOfFile({ file: options.file, sheet: input.name })
    : options.file;
}

/** "Audit", "Audit (2)": an Audit sheet's name in any language, as uniqueSheetName numbers it. */
function isAuditSheetName(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, "").toLowerCase();
  return AUDIT_SHEET_NAMES.includes(base);
}

/** A workbook this checker wrote: it has an Audit sheet whose first row is the audit log's header, in any language. */
function writtenByThisChecker(file: string): boolean {
  try {
    // The sheet list and the Audit sheet's first row: a few kilobytes, whatever the size of the workbook.
    return (workbookSheets(file) ?? []).some(
      (sheet) =>
        sheet.fileNumber !== undefined &&
        isAuditSheetName(sheet.name) &&
        isAuditHeader(firstRowTexts(file, sheet.fileNumber)),
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
  if (stat.isDirectory())
    throw new CliError((w) => (given ? w.output.givenIsFolder({ out }) : w.output.defaultIsFolder({ out })));
  let writable = (stat.mode & 0o222) !== 0;
  try {
    fs.accessSync(out, fs.constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable)
    throw new CliError((w) => (given ? w.output.givenReadOnly({ out }) : w.output.defaultReadOnly({ out })));
  if (!options.force && !writtenByThisChecker(out))
    throw new CliError((w) => (given ? w.output.givenNotOurs({ out }) : w.output.defaultNotOurs({ out })));
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
  const words = cliWordsOf(options.language);
  const progress: Progress = progressBar(stderr, Math.round(size / 150), words.progress);
  const time = new Date();
  const context = (source: string): CheckRequest => ({
    // The command's language goes into the settings: the sheet layer writes the workbook's words in it.
    storedSettings: checkSettings(options),
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
    stage = "reading";
    progress.phase("reading", Math.max(1, Math.round(size / 1024)));
    const input = await readInput(
      options.file,
      options.sheet,
      (read) => progress.update(Math.round(read / 1024)),
      startEarly,
    );
    progress.stop();
    return await checkAndWrite(
      options,
      input,
      stderr,
      context(describeSource(options, input, options.language)),
      evaluation,
    );
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
  const { file } = options;
  if (input.values.every((cells) => cells.every(isEmptyCell))) {
    throw new CliError((w) =>
      input.kind === "xlsx" ? w.input.emptySheet({ file, sheet: input.name }) : w.input.empty({ file }),
    );
  }
  // A checked workbook checked again: its Audit sheet names the columns and VAT rates the checker wrote.
  const earlier = earlierCheck(input);
  let layout: SheetLayout;
  try {
    // In the command's language: the output columns' headers and the sheet's problems are the sheet layer's words.
    layout = sheetLayout(input.values, undefined, input.numberEvidence, earlier.knowledge, options.language);
  } catch (error) {
    // The sheet layer's words for the problem (English until it says them in other languages).
    if (error instanceof SheetProblem) {
      const problem = error.message;
      throw new CliError((w, language) =>
        w.input.problemAt({ source: describeSource(options, input, language), problem }),
      );
    }
    throw error;
  }
  if (input.kind === "csv") {
    const shifted = valuesBeyondHeader(input.values, layout.headerRowIndex);
    if (shifted !== undefined)
      throw new CliError((w, language) => w.csv.inFile({ file, problem: shifted.in(language) }));
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

  stage = "checking";
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
    throw writeProblem(error, options.out);
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
      uniqueSheetName(storableText(input.name), taken, options.language),
      { ...input, values },
      layout,
    );
    const rowsBelowHeader = values.length - layout.headerRowIndex - 1;
    evaluation ??=
      rowsBelowHeader >= WORKER_MIN_ROWS && workerAvailable()
        ? evaluateRowsInWorker(context, values, layout, hints, ends)
        : evaluateInThisThread(context, values, layout, hints, ends);
    const results = evaluation.results();

    const words = cliWordsOf(options.language);
    progress = progressBar(stderr, values.length, words.progress);
    progress.phase("checking", values.length);
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

    // The sheets' names are the sheet layer's words, as the task pane names them.
    const { language } = options;
    const names = sheetNamesOf(language);
    const summaryName = uniqueSheetName(names.summary, taken, language);
    const proFormaSheets = proForma.sheets(report.proFormaContext, language);
    const proFormaNames = proFormaSheets.map((sheet) =>
      uniqueSheetName(storableText(sheet.name), taken, language),
    );
    const vatDeferralName = uniqueSheetName(report.vatDeferral.name, taken, language);
    const auditName = uniqueSheetName(names.audit, taken, language);
    const cleaned = { cells: sheet.cleanedCells, count: sheet.cleanedCount };
    workbook.summarySheet(
      summaryName,
      words.summarySheet.title({ file: path.basename(options.file) }),
      summaryLines(options, input, layout, report, proFormaNames, vatDeferralName, context.time, cleaned),
    );
    for (const [position, sheet] of proFormaSheets.entries()) {
      await workbook.proFormaSheet(proFormaNames[position], sheet);
    }
    await workbook.vatDeferralSheet(vatDeferralName, report.vatDeferral);
    workbook.auditSheet(auditName, input.earlierAuditRows, report.auditRow, sheet.record(), language);
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
    if (writeError !== undefined || (error as NodeJS.ErrnoException).syscall !== undefined)
      throw writeProblem(writeError ?? error, options.out);
    throw error;
  } finally {
    progress?.stop();
    await evaluation?.stop();
  }
}

/** The Summary sheet's rows the CLI adds around the sheet layer's figures, in the command's language. */
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
  const { language } = options;
  const words = cliWordsOf(language).summarySheet;
  const list = (items: readonly string[]) => words.list({ items });
  const money = { numFmt: SUMMARY_MONEY_FORMAT };
  const format =
    input.separator === "\t" ? words.csvTab : words.csvSeparator({ separator: input.separator ?? "," });
  return [
    [words.file, options.file],
    input.kind === "xlsx" ? [words.sheet, input.name] : [words.format, format],
    [words.checkedAt, time.toISOString()],
    [words.headerRow, layout.headerRowIndex + 1],
    // The figures in the words every rendering of the summary uses (src/sheet/output-sheets.ts).
    ...summaryFacts(summary, Infinity, language).map((fact): SummaryLine => [
      fact.label,
      fact.value,
      fact.money ? money : undefined,
    ]),
    [words.unmappedColumns, list(layout.unmappedColumns)],
    [words.columnsRead, columnsRead(layout)],
    [words.settings, report.settingsText],
    [words.vatTable, VAT_TABLE_VERSION],
    [words.proForma, list(proFormaNames)],
    [words.vatDeferral, vatDeferralName],
    ...sheetNotes(summary, language).map((note) => [words.rowsAndColumns, note] as const),
    ...(cleaned.count === 0 ? [] : [[words.cellsCleaned, cleanedCellsText(cleaned, language)] as const]),
    ...(input.hiddenRows.size === 0
      ? []
      : [[words.hiddenRows, hiddenRowsText(input.hiddenRows, language)] as const]),
    [words.notes, words.notesText],
  ];
}

/**
 * Settles when the event loop runs dry while the check still waits: a reader given damaged data can stop without
 * an error and leave its promise pending, and Node would then exit with status 0 ("no row at risk").
 */
function whenStalled(file: string, out: string): { stalled: Promise<never>; stop: () => void } {
  let listener: () => void = () => {};
  const stalled = new Promise<never>((_, reject) => {
    listener = () => {
      // The stage when it stalled, not when the message is worded.
      const when = stage;
      reject(
        new CliError((w) =>
          when === "starting"
            ? w.run.stalledStarting({ file })
            : when === "reading"
              ? w.run.stalledReading({ file })
              : w.run.stalledChecking({ file, out }),
        ),
      );
    };
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

/**
 * Runs the command line; returns the exit status. Messages quote file names and cells printably. `env` gives the
 * system's language when there is no --lang.
 */
export async function main(
  argv: readonly string[],
  streams: Streams = { stdout: process.stdout, stderr: process.stderr },
  env: Environment = process.env,
): Promise<number> {
  // Known before the command is parsed: a problem with it is said in the language it asks for.
  const language = commandLanguage(argv, env);
  let watch: ReturnType<typeof whenStalled> | undefined;
  try {
    const command = parseCommand(argv, new Date(), env);
    if (command.kind === "help") {
      streams.stdout.write(`${usageText(language)}\n`);
      return 0;
    }
    const { options } = command;
    watch = whenStalled(options.file, options.out);
    const result = await Promise.race([runCheck(options, streams.stderr), watch.stalled]);
    const { report } = result;
    if (options.json) streams.stdout.write(`${terminalSafeJson(report.json ?? "{}")}\n`);
    else streams.stdout.write(summaryText(options, result));
    return report.summary.risk + report.summary.error > 0 ? 1 : 0;
  } catch (error) {
    removeUnfinished();
    const words = cliWordsOf(language);
    const text = oneLine(error, language);
    const line = error instanceof CliError ? text : words.run.internalError({ problem: text });
    streams.stderr.write(`customs-check: ${printable(line)}\n`);
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
  const language = commandLanguage(argv, process.env);
  const words = cliWordsOf(language);
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
        say(removed ? words.run.interruptedRemoved({ signal }) : words.run.interrupted({ signal }));
      end(status);
    });
  }
  process.on("uncaughtException", (error) => {
    removeUnfinished();
    // After main() has settled (its message printed), a stray error of a stream left behind changes nothing.
    if (settled) end(typeof process.exitCode === "number" ? process.exitCode : 2);
    say(words.run.internalError({ problem: oneLine(error, language) }));
    end(2);
  });
  process.on("exit", () => {
    if (settled || ending) return;
    // The last resort behind main()'s own watch: never exit 0 from a check that did not finish.
    removeUnfinished();
    say(words.run.neverFinished);
    process.exitCode = 2;
  });
  main(argv).then(
    (status) => {
      settled = true;
      process.exitCode = status;
    },
    (error: unknown) => {
      settled = true;
      say(words.run.internalError({ problem: oneLine(error, language) }));
      process.exitCode = 2;
    },
  );
}

if (require.main === module) cli(process.argv.slice(2));
