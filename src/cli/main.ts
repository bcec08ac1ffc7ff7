import * as fs from "node:fs";
import * as path from "node:path";
import { VAT_TABLE_VERSION } from "../engine";
import { type CellValue, SheetProblem, type SheetLayout, isBlankRow, sheetLayout, uniqueSheetName } from "../sheet";
import { CliError, oneLine } from "./errors";
import { type CheckReport, type RowOutcome, shipmentEnds } from "./evaluation";
import { evaluateRows } from "./evaluate";
import { type InputSheet, readInput, readLinkTargets } from "./input";
import { type CliOptions, USAGE, parseCommand } from "./options";
import { type Progress, progressBar } from "./progress";
import { summaryText } from "./summary-text";
import {
  CheckedSheetWriter,
  type SummaryLine,
  columnsRead,
  newWorkbook,
  openOutput,
  writeAuditSheet,
  writeProFormaSheet,
  writeSummarySheet,
} from "./workbook";

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

/** Rows written between two turns of the event loop, so the zip stream compresses while rows are written. */
const ROWS_PER_TURN = 2000;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const first = fs.statSync(a);
    const second = fs.statSync(b);
    return first.ino === second.ino && first.dev === second.dev;
  } catch {
    return false;
  }
}

function describeSource(options: CliOptions, input: InputSheet): string {
  return input.kind === "xlsx" ? `${options.file}, sheet "${input.name}"` : options.file;
}

/** Reads, checks and writes; returns what the summary needs. Every user-fixable problem is a CliError. */
export async function runCheck(options: CliOptions, stderr: NodeJS.WriteStream): Promise<CheckResult> {
  if (sameFile(options.out, options.file)) {
    throw new CliError(`--out ${options.out} is the input file: the checked workbook never overwrites the input; choose another name`);
  }
  let size = 0;
  try {
    size = fs.statSync(options.file).size;
  } catch {
    // readInput says what is wrong with the file.
  }
  // A rough row count from the file size decides whether a bar is worth drawing while reading.
  let progress: Progress = progressBar(stderr, Math.round(size / 150));
  progress.phase("Reading", Math.max(1, Math.round(size / 1024)));
  const input = await readInput(options.file, options.sheet, (read) => progress.update(Math.round(read / 1024)));
  progress.stop();

  const where = input.kind === "xlsx" ? `${options.file}, sheet "${input.name}"` : options.file;
  if (input.values.every((cells) => cells.every((cell) => cell === null || cell === undefined || cell === ""))) {
    throw new CliError(input.kind === "xlsx" ? `Sheet "${input.name}" of ${options.file} is empty` : `${options.file} is empty`);
  }
  let layout: SheetLayout;
  try {
    layout = sheetLayout(input.values);
  } catch (error) {
    if (error instanceof SheetProblem) throw new CliError(`${where}: ${error.message}`);
    throw error;
  }
  readLinkTargets(input, layout);

  const { values } = input;
  const checked = new Uint8Array(values.length);
  for (let index = layout.headerRowIndex + 1; index < values.length; index++) {
    if (!isBlankRow(values[index] ?? [], layout)) checked[index] = 1;
  }

  const temporary = `${options.out}.${process.pid}.part`;
  let output: fs.WriteStream;
  try {
    output = openOutput(temporary);
  } catch (error) {
    throw new CliError(`Cannot write the checked workbook ${options.out}: ${oneLine(error)}`);
  }
  let writeError: Error | undefined;
  output.on("error", (error) => (writeError ??= error));
  try {
    const workbook = newWorkbook(output);
    const taken = new Set<string>();
    const sheet = new CheckedSheetWriter(workbook, uniqueSheetName(input.name, taken), input, layout);
    const time = new Date();
    const evaluation = evaluateRows({
      values,
      layout,
      storedSettings: options.storedSettings,
      now: options.now,
      shipmentEnds: shipmentEnds(values, layout),
      json: options.json,
      source: describeSource(options, input),
      time,
    });

    progress = progressBar(stderr, values.length);
    progress.phase("Checking", values.length);
    const settled: (RowOutcome | undefined)[] = new Array<RowOutcome | undefined>(values.length);
    let next = 0;
    let sinceTurn = 0;
    let report: CheckReport | undefined;
    while (report === undefined) {
      const step = await evaluation.next();
      if (step.done) report = step.value;
      else for (const outcome of step.value) settled[outcome.index] = outcome;
      // Rows are written in sheet order as soon as they are final; unchecked rows need nothing.
      while (next < values.length && (checked[next] === 0 || settled[next] !== undefined || report !== undefined)) {
        sheet.writeRow(next, settled[next]);
        settled[next] = undefined;
        next++;
        if (++sinceTurn >= ROWS_PER_TURN) {
          sinceTurn = 0;
          progress.update(next);
          await turn();
        }
      }
    }
    sheet.finish();
    progress.stop();

    const summaryName = uniqueSheetName("Summary", taken);
    const proFormaNames = report.proForma.map((proForma) => uniqueSheetName(proForma.name, taken));
    const auditName = uniqueSheetName("Audit", taken);
    writeSummarySheet(workbook, summaryName, `Customs check: ${path.basename(options.file)}`, summaryLines(options, input, layout, report, proFormaNames, time));
    report.proForma.forEach((proForma, position) => writeProFormaSheet(workbook, proFormaNames[position], proForma));
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
      throw new CliError(`Cannot write the checked workbook ${options.out}: ${oneLine(error)}`);
    }
    throw error;
  } finally {
    progress.stop();
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
    [input.kind === "xlsx" ? "Sheet" : "Format", input.kind === "xlsx" ? input.name : `CSV, separator ${separator}`],
    ["Checked at", time.toISOString()],
    ["Header row", layout.headerRowIndex + 1],
    ["Rows checked", summary.rows],
    ["OK", summary.ok],
    ["REVIEW", summary.review],
    ["RISK", summary.risk],
    ["ERROR", summary.error],
    ["Under-declared HS codes", `${summary.underDeclaredHsCodes.length}: ${list(summary.underDeclaredHsCodes)}`],
    [
      "Offence level",
      summary.finePerHsCode === null ? `${summary.offenceLevel} (blacklisting)` : `${summary.offenceLevel} (EUR ${summary.finePerHsCode} per HS code)`,
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
export async function main(argv: readonly string[], streams: Streams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
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
