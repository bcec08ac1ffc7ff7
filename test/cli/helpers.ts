import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

/** Helpers for the end-to-end tests: the CLI runs as users run it, `node bin/customs-check.js`, on the build. */
export const ROOT = path.join(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "customs-check.js");
export const EXAMPLES = path.join(ROOT, "examples");

/** The example's settings: the README shows the same command. */
export const EXAMPLE_OPTIONS = ["--date", "2024-11-20", "--fx", "SEK=11.39", "--fx", "PLN=4.33"];

/** The tests run the compiled CLI; a build older than the sources would test old code. npm test builds first. */
export function assertBuilt(): void {
  const sources = path.join(ROOT, "src", "cli");
  // Sub-folders too (src/cli/xlsx).
  for (const name of fs
    .readdirSync(sources, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))) {
    const compiled = path.join(ROOT, "build", "src", "cli", name.replace(/\.ts$/, ".js"));
    if (!fs.existsSync(compiled))
      throw new Error(`build/ has no ${name}: run npm run build:node (npm test does it)`);
    if (fs.statSync(compiled).mtimeMs + 1000 < fs.statSync(path.join(sources, name)).mtimeMs) {
      throw new Error(`build/ is older than src/cli/${name}: run npm run build:node (npm test does it)`);
    }
  }
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment the CLI runs in: this process's, with the locale pinned to C (English), so that the tests'
 * English expectations hold on a French or Chinese machine too; `locale` sets LC_ALL, LC_MESSAGES or LANG for the
 * tests of the language choice.
 */
export function cliEnv(
  locale: Partial<Record<"LC_ALL" | "LC_MESSAGES" | "LANG", string>> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "C" };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANGUAGE;
  return { ...env, ...locale };
}

export function runCli(
  args: readonly string[],
  cwd: string = ROOT,
  env: NodeJS.ProcessEnv = cliEnv(),
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "customs-check-"));
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/**
 * The JSON document of a --json run, with the shape checked by the caller. Written out here from
 * docs/contracts.md (JSON report) rather than imported from src/sheet: the contract must not follow the
 * implementation silently.
 */
export interface ReportJson {
  rows: {
    row: number;
    sku: string | null;
    status: string;
    flags: string[];
    vatRate: number | null;
    inverseValue: number | null;
    ratio: number | null;
    duty: number | null;
    declaredValue: number | null;
    explanation: string;
    importVatBase: number | null;
    importVat: number | null;
    vatRegime: string;
  }[];
  summary: {
    rows: number;
    ok: number;
    review: number;
    risk: number;
    error: number;
    underDeclaredHsCodes: string[];
    fineExposure: number | null;
    outstandingDuty: number;
    shipmentsExposed: string[];
    importVat: {
      paidAtImport: number;
      deferredET14000: number;
      exemptCP42: number;
      destinationVatEstimate: Record<string, number>;
    };
    /** Written when there are any (docs/contracts.md, Additions to the command line). */
    underDeclaredWithoutHsCode?: {
      rows: number;
      firstRows: number[];
      fineExposureAtLeast: number | null;
      fineExposureUpTo: number | null;
    };
  };
}

export function parseReport(run: Run): ReportJson {
  return JSON.parse(run.stdout) as ReportJson;
}

/** A CSV file from rows of fields (quoted where needed). */
export function csvText(rows: readonly (readonly (string | number | null)[])[], separator = ","): string {
  const field = (value: string | number | null) => {
    const text = value === null ? "" : String(value);
    return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(separator)).join("\r\n") + "\r\n";
}

/** The example's header, for small hand-made sheets. */
export const HEADER = [
  "SKU",
  "HS code",
  "Quantity",
  "Destination",
  "Sales link",
  "Selling price",
  "Currency",
  "Commission",
  "FBA fee",
  "Duty rate",
  "Declared value",
  "VAT number",
  "Shipment",
];

/** exceljs reads conditional formatting into worksheet.conditionalFormattings, which its typings leave out. */
export function conditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}
