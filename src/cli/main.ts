import * as fs from "node:fs";
import * as path from "node:path";
import { VAT_TABLE_VERSION } from "../engine";
import {
  ProFormaBuilder,
  SUMMARY_MONEY_FORMAT,
  dataRows,
  isAuditHeader,
  sheetNotes,
  summaryFacts,
  uniqueSheetName,
} from "../sheet";
import { type CheckResult } from "./check-result";
import { columnsRead } from "./columns";
import { type CsvEncoding, type Separator } from "./csv";
import { CliError, oneLine, printable } from "./errors";
import { type CheckReport, type RowOutcome } from "./evaluation";
import {
  type CheckRequest,
  type Evaluation,
  EARLY_WORKER_MIN_BYTES,
  EvaluationThread,
  WORKER_MIN_ROWS,
  evaluateInThisThread,
  evaluateInWorker,
  workerAvailable,
} from "./evaluate";
import { type SurveyedInput, describeInput, openInput, readInputRows, surveyInput } from "./input";
import { JsonReportStream } from "./json-report";
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
import { ProFormaSpool } from "./pro-forma-spool";
import { type Progress, progressBar } from "./progress";
import { cleanedCellsText, hiddenRowsText, summaryText } from "./summary-text";
import {
  type InputRow,
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
async function runCheck(options: CliOptions, streams: Streams): Promise<CheckResult> {
  const { stderr } = streams;
  const time = new Date();
  // A missing input is said by openInput: it comes first.
  if (fs.existsSync(options.file)) checkOutput(options);
  const input = openInput(options.file, options.sheet);
  // Started now, it loads while the input is read; it checks the rows once the first read has found the plan.
  const thread =
    input.size >= EARLY_WORKER_MIN_BYTES && workerAvailable() ? new EvaluationThread() : undefined;
  const words = cliWordsOf(options.language);
  // A rough row count from the file size decides whether a bar is worth drawing while reading.
  const progress: Progress = progressBar(stderr, Math.round(input.size / 150), words.progress);
  const request = (source: string): CheckRequest => ({
    // The command's language goes into the settings: the sheet layer writes the workbook's words in it.
    storedSettings: checkSettings(options),
    now: options.now,
    json: options.report !== "text",
    source,
    time,
  });
  try {
    stage = "reading";
    progress.phase("reading", Math.max(1, Math.round(input.size / 1024)));
    const surveyed = await surveyInput(
      input,
      options.language,
      (read) => progress.update(Math.round(read / 1024)),
      // The thread checks the first rows of a CSV file while this one reads the rest (evaluate.ts).
      thread === undefined
        ? undefined
        : (layout, csv, source) => thread.beginTentatively(request(source), layout, csv),
    );
    progress.stop();
    return await checkAndWrite(
      options,
      surveyed,
      streams,
      thread,
      request(describeInput(surveyed, options.language)),
    );
  } finally {
    progress.stop();
    // The check's own, or never used.
    await thread?.stop();
  }
}

/** A row read, waiting for its check to settle (product rows) or for the rows before it to be written. */
interface WaitingRow {
  readonly index: number;
  readonly row: InputRow;
  readonly product: boolean;
}

/** The second read: rows checked as they are read, written in sheet order as their results are final. */
async function checkAndWrite(
  options: CliOptions,
  input: SurveyedInput,
  streams: Streams,
  thread: EvaluationThread | undefined,
  context: CheckRequest,
): Promise<CheckResult> {
  const { survey } = input;
  const { layout } = survey;
  const hints = { tableTotalsRows: input.tableTotalsRows };
  const { language } = options;
  const words = cliWordsOf(language);

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
  // The pro forma's lines wait in a file of their own until the checked sheet is written (pro-forma-spool.ts).
  const spool = new ProFormaSpool();
  unfinished.set(spool.path, undefined);
  let progress: Progress | undefined;
  let evaluation: Evaluation | undefined;
  try {
    const plan = { layout, hints, shipmentEnds: survey.shipmentEnds };
    const worker = survey.productRows >= WORKER_MIN_ROWS && workerAvailable();
    const csv =
      input.kind === "csv"
        ? {
            file: input.file,
            encoding: input.encoding as CsvEncoding,
            separator: input.separator as Separator,
          }
        : undefined;
    evaluation = worker
      ? evaluateInWorker(thread ?? new EvaluationThread(), context, plan, csv)
      : evaluateInThisThread(context, plan);
    // exceljs is loaded here (half a second): once the input has been read and found checkable, and a worker
    // has started checking the rows.
    const workbook = await createCheckedWorkbook(output);
    const running = evaluation;
    const taken = new Set<string>();
    // Sheet names go into the workbook's XML too: characters it cannot hold are left out.
    const sheetName = () => uniqueSheetName(storableText(input.name), taken, language);
    const sheet = workbook.checkedSheet(
      sheetName(),
      {
        width: survey.width,
        headRows: survey.headRows,
        columns: input.columns,
        hiddenRows: input.hiddenRows,
        mergedAreas: input.mergedAreas,
        notes: input.notes,
      },
      layout,
      options.maxSheetRows,
      sheetName,
    );
    const report = new JsonReportStream(streams.stdout, options.report);

    progress = progressBar(streams.stderr, survey.productRows, words.progress);
    progress.phase("checking", survey.productRows);
    const bar = progress;
    const proForma = new ProFormaBuilder(spool);
    const settled = new Map<number, RowOutcome>();
    let waiting: WaitingRow[] = [];
    let next = 0;
    let productsWritten = 0;
    /** Takes the results that came and writes the rows now final, in sheet order. */
    const writeFinalRows = async () => {
      const outcomes = running.take();
      if (outcomes.length > 0) {
        for (const outcome of outcomes) settled.set(outcome.index, outcome);
        proForma.addLines(
          outcomes.map((outcome) => ({
            row: outcome.index + 1,
            shipment: outcome.shipment,
            line: outcome.proForma,
          })),
        );
      }
      for (; next < waiting.length; next++) {
        const { index, row, product } = waiting[next];
        const outcome = product ? settled.get(index) : undefined;
        if (product && outcome === undefined) break;
        settled.delete(index);
        await sheet.writeRow(index, row, outcome);
        if (outcome?.json !== undefined) await report.row(outcome.json);
        if (product && ++productsWritten % 1000 === 0) bar.update(productsWritten);
      }
      // Written rows are let go.
      if (next > 4096) {
        waiting = waiting.slice(next);
        next = 0;
      }
    };
    await readInputRows(input, async (rows) => {
      const products = new Set<number>();
      for (const row of dataRows(rows.values, layout, hints, rows.start))
        if (row.kind === "product") products.add(row.index);
      rows.values.forEach((cells, offset) => {
        const index = rows.start + offset;
        waiting.push({
          index,
          row: { cells, originals: rows.originals[offset], styles: rows.styles[offset] },
          product: products.has(index),
        });
      });
      await running.give(rows.start, rows.values);
      await writeFinalRows();
    });
    running.end();
    let checkReport: CheckReport | undefined;
    while (checkReport === undefined || next < waiting.length) {
      const before = next;
      checkReport = await running.wait();
      await writeFinalRows();
      // The check has ended and still a row waits for its result: never a silent gap in the checked sheet.
      if (checkReport !== undefined && next < waiting.length && next === before)
        throw new Error(`the check gave no result for row ${waiting[next].index + 1}`);
    }
    sheet.finish();
    bar.update(productsWritten);
    progress.stop();
    await report.end(checkReport.jsonSummary);

    // The sheets' names are the sheet layer's words, as the task pane names them.
    const names = sheetNamesOf(language);
    const summaryName = uniqueSheetName(names.summary, taken, language);
    const proFormaSheets = proForma
      .streamedSheets(checkReport.proFormaContext, language)
      .map((proFormaSheet) => {
        const base = storableText(proFormaSheet.name);
        const parts = sheetParts(proFormaSheet.rowCount, options.maxSheetRows);
        return {
          sheet: proFormaSheet,
          names: Array.from({ length: parts }, () => uniqueSheetName(base, taken, language)),
        };
      });
    const vatDeferralName = uniqueSheetName(checkReport.vatDeferral.name, taken, language);
    const auditName = uniqueSheetName(names.audit, taken, language);
    const cleaned = { cells: sheet.cleanedCells, count: sheet.cleanedCount };
    const splits = [
      ...(sheet.names.length > 1
        ? [words.checkedSheetSplit({ sheets: sheet.names, rows: options.maxSheetRows })]
        : []),
      ...proFormaSheets
        .filter(({ names: parts }) => parts.length > 1)
        .map(({ names: parts }) => words.proFormaSplit({ sheets: parts, rows: options.maxSheetRows })),
    ];
    workbook.summarySheet(
      summaryName,
      words.summarySheet.title({ file: path.basename(options.file) }),
      summaryLines(
        options,
        input,
        checkReport,
        proFormaSheets.flatMap(({ names: parts }) => parts),
        vatDeferralName,
        context.time,
        cleaned,
        splits,
      ),
    );
    for (const { sheet: proFormaSheet, names: parts } of proFormaSheets)
      await workbook.proFormaSheet(parts, proFormaSheet, options.maxSheetRows);
    await workbook.vatDeferralSheet(vatDeferralName, checkReport.vatDeferral);
    workbook.auditSheet(auditName, input.earlierAuditRows, checkReport.auditRow, sheet.record(), language);
    await workbook.commit();
    if (writeError !== undefined) throw writeError;
    fs.renameSync(temporary, options.out);
    unfinished.delete(temporary);
    return { report: checkReport, input, layout, out: options.out, cleaned, splits };
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
    spool.dispose();
    unfinished.delete(spool.path);
  }
}

/** Sheets a sheet of `rows` rows takes at `maxRows` a sheet, each after the first beginning with the header. */
function sheetParts(rows: number, maxRows: number): number {
  return rows <= maxRows ? 1 : 1 + Math.ceil((rows - maxRows) / (maxRows - 1));
}

/** The Summary sheet's rows the CLI adds around the sheet layer's figures, in the command's language. */
function summaryLines(
  options: CliOptions,
  input: SurveyedInput,
  report: CheckReport,
  proFormaNames: readonly string[],
  vatDeferralName: string,
  time: Date,
  cleaned: CheckResult["cleaned"],
  splits: readonly string[],
): SummaryLine[] {
  const { layout } = input.survey;
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
      fact.detail,
    ]),
    [words.unmappedColumns, list(layout.unmappedColumns)],
    [words.columnsRead, columnsRead(layout)],
    [words.settings, report.settingsText],
    [words.vatTable, VAT_TABLE_VERSION],
    [words.proForma, list(proFormaNames)],
    [words.vatDeferral, vatDeferralName],
    ...[...sheetNotes(summary, language), ...splits].map((note) => [words.rowsAndColumns, note] as const),
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
    const result = await Promise.race([runCheck(options, streams), watch.stalled]);
    const { report } = result;
    // A JSON report went to stdout as the rows were checked.
    if (options.report === "text") streams.stdout.write(summaryText(options, result));
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
