import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { type CellValue } from "../src/sheet";
import { BENCH_HEADER, benchRows } from "./shipment-data";

/**
 * The command line on 100,000 rows (issue 3): CSV → checked workbook and .xlsx → checked workbook, each against
 * its I/O floor (the same input read and the same cells written with the same writer options, no calculation).
 * Every run is a child process: wall time from start to exit, peak memory of the whole process (all threads).
 * Targets: CSV ≤ 10 s, ≤ 1 GiB, ≤ 1.5 × its floor; .xlsx ≤ 1.5 × its floor. Printed, not asserted.
 */
const ROWS = 100_000;
const ROUNDS = 3;
const ROOT = path.join(__dirname, "..", "..");
const MEASURED = path.join(__dirname, "measured.js");
const FLOOR = path.join(__dirname, "cli-floor.js");
const CLI = path.join(ROOT, "bin", "customs-check.js");

interface Measurement {
  readonly seconds: number;
  readonly peakMb: number;
  readonly status: number | null;
}

function measure(script: string, args: readonly string[], report: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [MEASURED, report, script, ...args], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const { maxRssKb } = JSON.parse(fs.readFileSync(report, "utf8")) as { maxRssKb: number };
      resolve({ seconds, peakMb: maxRssKb / 1024, status });
    });
  });
}

function csvField(cell: CellValue): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeInputs(dir: string): Promise<{ csv: string; xlsx: string }> {
  const rows: CellValue[][] = [[...BENCH_HEADER], ...benchRows(ROWS)];
  const csv = path.join(dir, "shipment-100k.csv");
  fs.writeFileSync(csv, rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n");
  // As Excel saves it: a shared-strings table, styles.
  const xlsx = path.join(dir, "shipment-100k.xlsx");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: xlsx,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet("Shipment");
  for (const row of rows) sheet.addRow(row as ExcelJS.CellValue[]).commit();
  sheet.commit();
  await workbook.commit();
  return { csv, xlsx };
}

const best = (runs: readonly Measurement[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const mb = (value: number) => `${Math.round(value)} MB`;
const s = (value: number) => `${value.toFixed(2)} s`;

export async function benchCli(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "customs-bench-"));
  try {
    const inputs = await writeInputs(dir);
    const sizes = `${(fs.statSync(inputs.csv).size / 1e6).toFixed(1)} MB CSV, ${(fs.statSync(inputs.xlsx).size / 1e6).toFixed(1)} MB .xlsx`;
    const report = path.join(dir, "report.json");
    const out = (name: string) => path.join(dir, name);
    const runs: Record<"floorCsv" | "cliCsv" | "floorXlsx" | "cliXlsx", Measurement[]> = {
      floorCsv: [],
      cliCsv: [],
      floorXlsx: [],
      cliXlsx: [],
    };
    // Floors and checks alternate, so that a busy moment of the machine does not favour one of them.
    for (let round = 0; round < ROUNDS; round++) {
      runs.floorCsv.push(await measure(FLOOR, ["csv", inputs.csv, out("floor-csv.xlsx")], report));
      runs.cliCsv.push(
        await measure(CLI, [inputs.csv, "--date", "2026-11-21", "--out", out("csv.checked.xlsx")], report),
      );
      runs.floorXlsx.push(await measure(FLOOR, ["xlsx", inputs.xlsx, out("floor-xlsx.xlsx")], report));
      runs.cliXlsx.push(
        await measure(CLI, [inputs.xlsx, "--date", "2026-11-21", "--out", out("xlsx.checked.xlsx")], report),
      );
    }
    for (const [name, measurements] of Object.entries(runs)) {
      const failed = measurements.find((run) => run.status !== 0 && run.status !== 1);
      if (failed !== undefined) throw new Error(`${name} exited with ${failed.status}`);
    }
    const [a, b, c, d] = [best(runs.floorCsv), best(runs.cliCsv), best(runs.floorXlsx), best(runs.cliXlsx)];
    const checked = (name: string) => `${(fs.statSync(out(name)).size / 1e6).toFixed(1)} MB`;
    const verdict = (ok: boolean) => (ok ? "within target" : "OVER target");
    return [
      `CLI on ${ROWS.toLocaleString("en")} rows (${sizes}; ${os.cpus().length} cores; best of ${ROUNDS} runs, each a child process):`,
      `  (a) I/O floor CSV → xlsx (parse, write the same cells + 6 output columns):  ${s(a.seconds)}, peak ${mb(a.peakMb)}`,
      `  (b) customs-check CSV → checked xlsx (${checked("csv.checked.xlsx")}):              ${s(b.seconds)}, peak ${mb(b.peakMb)}, ${(b.seconds / a.seconds).toFixed(2)} × (a)`,
      `      targets ≤ 10 s, ≤ 1024 MB, ≤ 1.5 × (a): ${verdict(b.seconds <= 10)}, ${verdict(b.peakMb <= 1024)}, ${verdict(b.seconds <= 1.5 * a.seconds)}`,
      `  (c) I/O floor xlsx → xlsx (streaming read, write the same cells + 6 columns): ${s(c.seconds)}, peak ${mb(c.peakMb)}`,
      `  (d) customs-check xlsx → checked xlsx (${checked("xlsx.checked.xlsx")}):             ${s(d.seconds)}, peak ${mb(d.peakMb)}, ${(d.seconds / c.seconds).toFixed(2)} × (c)`,
      `      target ≤ 1.5 × (c): ${verdict(d.seconds <= 1.5 * c.seconds)}`,
      `  all runs (s): floor CSV ${runs.floorCsv.map((run) => run.seconds.toFixed(1)).join(", ")}; CSV ${runs.cliCsv.map((run) => run.seconds.toFixed(1)).join(", ")}; floor xlsx ${runs.floorXlsx.map((run) => run.seconds.toFixed(1)).join(", ")}; xlsx ${runs.cliXlsx.map((run) => run.seconds.toFixed(1)).join(", ")}`,
    ].join("\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
