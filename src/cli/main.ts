import * as fs from "node:fs";
import * as path from "node:path";
import { VAT_TABLE_VERSION } from "../engine";
import {
  type CellValue,
  ProFormaBuilder,
  SheetProblem,
  type SheetLayout,
  isEmptyCell,
  sheetLayout,
  uniqueSheetName,
} from "../sheet";
import { columnsRead } from "./columns";
import { CliError, oneLine } from "./errors";
import { type CheckReport, type RowOutcome, checkedRows, shipmentEnds } from "./evaluation";
import {
  type Evaluation,
  type EvaluationContext,
  WORKER_MIN_CSV_BYTES,
  WORKER_MIN_ROWS,
  evaluateCsvInWorker,
  evaluateInThisThread,
  evaluateRowsInWorker,
  workerAvailable,
} from "./evaluate";
import { type InputSheet, readInput, readLinkTargets } from "./input";
import { type CliOptions, USAGE, parseCommand } from "./options";
import { type Progress, progressBar } from "./progress";
import { summaryText } from "./summary-text";
import { type SummaryLine } from "./workbook";

/**
 * customs-check FILE [options]: checks a shipment sheet and writes the checked workbook (design.md section 4).
 * Exit 0: no row at RISK or ERROR; 1: some are; 2: a usage or file problem, said in one line on stderr.
 */
export interface Streams {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
}

export interface CheckResult {
  readonly report: CheckReport;
  readonly input: InputSheet;
  readonly layout: SheetLayout;
  readonly out: string;
}

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

/** Reads, checks and writes; returns what the summary needs. Every user-fixable problem is a CliError. */
export async function runCheck(options: CliOptions, stderr: NodeJS.WriteStream): Promise<CheckResult> {
  let size = 0;
  try {
    size = fs.statSync(options.file).size;
  } catch {
    // readInput says what is wrong with the file.
  }
  // A rough row count from the file size decides whether a bar is worth drawing while reading.
  const progress: Progress = progressBar(stderr, Math.round(size / 150));
  const time = new Date();
  const context = (source: string): EvaluationContext => ({
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
  context: EvaluationContext,
  early: Evaluation | undefined,
): Promise<CheckResult> {
  if (input.values.every((cells) => cells.every(isEmptyCell))) {
    throw new CliError(
      input.kind === "xlsx"
        ? `Sheet "${input.name}" of ${options.file} is empty`
        : `${options.file} is empty`,
    );
  }
  let layout: SheetLayout;
  try {
    layout = sheetLayout(input.values);
  } catch (error) {
    if (error instanceof SheetProblem)
      throw new CliError(`${describeSource(options, input)}: ${error.message}`);
    throw error;
  }
  readLinkTargets(input, layout);
  const { values } = input;
  const checked = checkedRows(values, layout);
  // Sent before anything else: the worker checking a CSV file settles shipments once it knows where they end.
  const ends = shipmentEnds(values, layout, checked);
  early?.knowShipmentEnds(ends);

  const temporary = `${options.out}.${process.pid}.part`;
  // exceljs takes half a second to load: only once the input has been read and found checkable.
  const {
    CheckedSheetWriter,
    ZipPacer,
    newWorkbook,
    openOutput,
    writeAuditSheet,
    writeProFormaSheet,
    writeSummarySheet,
  } = await import("./workbook");
  let output: fs.WriteStream;
  try {
    output = openOutput(temporary);
  } catch (error) {
    throw new CliError(
      `Cannot write the checked workbook ${options.out}: ${writeProblem(error, options.out)}`,
    );
  }
  let writeError: Error | undefined;
  output.on("error", (error) => (writeError ??= error));
  let progress: Progress | undefined;
  let evaluation: Evaluation | undefined = early;
  try {
    const workbook = newWorkbook(output);
    const taken = new Set<string>();
    const sheet = new CheckedSheetWriter(workbook, uniqueSheetName(input.name, taken), input, layout);
    const dataRows = values.length - layout.headerRowIndex - 1;
    evaluation ??=
      dataRows >= WORKER_MIN_ROWS && workerAvailable()
        ? evaluateRowsInWorker(context, values, layout, ends)
        : evaluateInThisThread(context, values, layout, ends);
    const results = evaluation.results();

    progress = progressBar(stderr, values.length);
    progress.phase("Checking", values.length);
    const settled: (RowOutcome | undefined)[] = new Array<RowOutcome | undefined>(values.length);
    const proForma = new ProFormaBuilder();
    const pacer = new ZipPacer();
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
        sheet.writeRow(next, settled[next]);
        // Written rows are not needed again (a worker has its own copy): let them go.
        settled[next] = undefined;
        values[next] = EMPTY_ROW;
        next++;
        if (next % 1000 === 0) progress.update(next);
        await pacer.row(sheet.sheet);
      }
    }
    sheet.finish();
    progress.stop();

    const summaryName = uniqueSheetName("Summary", taken);
    const proFormaSheets = proForma.sheets(report.proFormaContext);
    const proFormaNames = proFormaSheets.map((sheet) => uniqueSheetName(sheet.name, taken));
    const auditName = uniqueSheetName("Audit", taken);
    writeSummarySheet(
      workbook,
      summaryName,
      `Customs check: ${path.basename(options.file)}`,
      summaryLines(options, input, layout, report, proFormaNames, context.time),
    );
    for (const [position, sheet] of proFormaSheets.entries()) {
      await writeProFormaSheet(workbook, proFormaNames[position], sheet, pacer);
    }
    writeAuditSheet(workbook, auditName, input.earlierAuditRows, report.auditRow);
    await workbook.commit();
    if (writeError !== undefined) throw writeError;
    fs.renameSync(temporary, options.out);
    return { report, input, layout, out: options.out };
  } catch (error) {
    output.destroy();
    fs.rmSync(temporary, { force: true });
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
  time: Date,
): SummaryLine[] {
  const { summary } = report;
  const fine: CellValue =
    summary.fineExposure === null
      ? "3rd offence: the VAT number is blacklisted and a substantial fine is due (no published amount)"
      : summary.fineExposure;
  const money = { numFmt: "#,##0.00" };
  const separator = input.separator === "\t" ? "tab" : `"${input.separator ?? ","}"`;
  return [
    ["File", options.file],
    [
      input.kind === "xlsx" ? "Sheet" : "Format",
      input.kind === "xlsx" ? input.name : `CSV, separator ${separator}`,
    ],
    ["Checked at", time.toISOString()],
    ["Header row", layout.headerRowIndex + 1],
    ["Rows checked", summary.rows],
    ["OK", summary.ok],
    ["REVIEW", summary.review],
    ["RISK", summary.risk],
    ["ERROR", summary.error],
    [
      "Under-declared HS codes",
      `${summary.underDeclaredHsCodes.length}: ${list(summary.underDeclaredHsCodes)}`,
    ],
    [
      "Offence level",
      summary.finePerHsCode === null
        ? `${summary.offenceLevel} (blacklisting)`
        : `${summary.offenceLevel} (EUR ${summary.finePerHsCode} per HS code)`,
    ],
    ["Fine exposure (EUR)", fine, summary.fineExposure === null ? undefined : money],
    ["Outstanding duty (EUR)", summary.outstandingDuty, money],
    ["Shipments exposed to detention", list(summary.shipmentsExposed)],
    ["Ignored cost columns (not deductible)", list(summary.ignoredCostColumns)],
    ["Unmapped columns", list(layout.unmappedColumns)],
    ["Columns read", columnsRead(layout)],
    ["Settings", report.settingsText],
    ["VAT table", VAT_TABLE_VERSION],
    ["Pro forma", list(proFormaNames)],
    [
      "Notes",
      "Amounts in EUR. The checked sheet holds the input's values (formulas as their results); other sheets of the input are not copied. The input file is unchanged.",
    ],
  ];
}

/** Runs the command line; returns the exit status. */
export async function main(
  argv: readonly string[],
  streams: Streams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  try {
    const command = parseCommand(argv);
    if (command.kind === "help") {
      streams.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { options } = command;
    const result = await runCheck(options, streams.stderr);
    const { report } = result;
    if (options.json) streams.stdout.write(`${report.json ?? "{}"}\n`);
    else streams.stdout.write(summaryText(options, result));
    return report.summary.risk + report.summary.error > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CliError) {
      streams.stderr.write(`customs-check: ${oneLine(error)}\n`);
    } else {
      streams.stderr.write(`customs-check: internal error, please report it: ${oneLine(error)}\n`);
    }
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    () => (process.exitCode = 2),
  );
}
