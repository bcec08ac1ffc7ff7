import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { jsonReport, checkShipment, readSettings, type CellValue } from "../../src/sheet";
import { BENCH_HEADER, benchRows } from "../../bench/shipment-data";
import { EARLY_WORKER_MIN_BYTES, WORKER_MIN_ROWS } from "../../src/cli/evaluate";
import { BIN, assertBuilt, cliEnv, readWorkbook, runCli, tempDir } from "./helpers";

/**
 * Issue 15: the bulk checker's memory does not grow with the rows. The file is read twice a chunk at a time, rows
 * are written as they are checked, the --json document is streamed; a sheet longer than Excel holds goes on in
 * further sheets with the header repeated.
 */
beforeAll(assertBuilt);

const DATE = "2026-11-21";

function csvField(cell: CellValue): string {
  const text = cell === null || cell === undefined ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The bench's rows as a CSV file: shipments of 200 lines, a few risky rows, prices over a wide range. */
function writeCsv(file: string, rows: readonly (readonly CellValue[])[]): void {
  const fd = fs.openSync(file, "w");
  try {
    for (let start = 0; start < rows.length; start += 10_000)
      fs.writeSync(
        fd,
        rows
          .slice(start, start + 10_000)
          .map((row) => `${row.map(csvField).join(",")}\r\n`)
          .join(""),
      );
  } finally {
    fs.closeSync(fd);
  }
}

/** The CLI in a child process with a heap limit, stdout kept as it comes. */
function runWithHeapLimit(
  args: readonly string[],
  heapMb: number,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, BIN, ...args], {
      env: cliEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) =>
      resolve({ status, stdout: Buffer.concat(stdout).toString("utf8"), stderr }),
    );
  });
}

describe("a file larger than the memory the checker is given", () => {
  const ROWS = 200_000;
  let dir: string;
  let values: CellValue[][];
  beforeAll(() => {
    dir = tempDir();
    values = [[...BENCH_HEADER], ...benchRows(ROWS)];
    writeCsv(path.join(dir, "month.csv"), values);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is checked within a heap far below what holding its rows takes, with the JSON of the in-memory check", async () => {
    // Holding the rows, their checks and the JSON took 1.1 GB for 200,000 rows before (issue 15); 160 MB of heap
    // holds a few chunks of rows, the open shipment and the writer's buffers.
    const run = await runWithHeapLimit(
      [path.join(dir, "month.csv"), "--date", DATE, "--json", "--out", path.join(dir, "month.checked.xlsx")],
      160,
    );
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.status);
    const expected = jsonReport(checkShipment(values, readSettings({ declarationDate: DATE }, new Date())));
    // The very bytes JSON.stringify gives for the whole report: the document is streamed, not rebuilt.
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
  }, 240_000);
});

describe("--jsonl", () => {
  it("prints a JSON object per checked row, then the summary, as --json's document holds them", async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, "lines.csv");
      const rows = [[...BENCH_HEADER], ...benchRows(600)];
      writeCsv(file, rows);
      const out = path.join(dir, "lines.checked.xlsx");
      const [lines, document] = await Promise.all([
        runCli([file, "--date", DATE, "--jsonl", "--out", out]),
        runCli([file, "--date", DATE, "--json", "--out", path.join(dir, "document.checked.xlsx")]),
      ]);
      expect(lines.stderr).toBe("");
      const objects = lines.stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const { rows: jsonRows, summary } = JSON.parse(document.stdout) as {
        rows: unknown[];
        summary: unknown;
      };
      expect(objects).toHaveLength(jsonRows.length + 1);
      expect(objects.slice(0, -1)).toEqual(jsonRows);
      expect(objects[objects.length - 1]).toEqual({ summary });
      expect(lines.status).toBe(document.status);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is one choice with --json, not both", async () => {
    const run = await runCli(["examples/shipment.csv", "--json", "--jsonl"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--json and --jsonl both given: choose one/);
  });
});

describe("a sheet with more rows than a worksheet holds", () => {
  // The limit is Excel's 1,048,576 rows; the test sets 50 (CUSTOMS_CHECK_SHEET_ROWS) to see the split on 130 rows.
  const LIMIT = 50;
  let dir: string;
  let rows: CellValue[][];
  let run: { status: number | null; stdout: string; stderr: string };
  let out: string;
  beforeAll(async () => {
    dir = tempDir();
    rows = [[...BENCH_HEADER], ...benchRows(130)];
    const file = path.join(dir, "Shipment.csv");
    writeCsv(file, rows);
    out = path.join(dir, "Shipment.checked.xlsx");
    run = await runCli([file, "--date", DATE, "--out", out], undefined, {
      ...cliEnv(),
      CUSTOMS_CHECK_SHEET_ROWS: String(LIMIT),
    });
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("goes on in further sheets, each beginning with the header row, every row once and in order", async () => {
    expect(run.stderr).toBe("");
    const workbook = await readWorkbook(out);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    // 131 rows: 50 on the first sheet, then 49 below the header on each further one.
    expect(names.slice(0, 3)).toEqual(["Shipment", "Shipment (2)", "Shipment (3)"]);
    const skus: string[] = [];
    for (const [position, name] of names.slice(0, 3).entries()) {
      const sheet = workbook.getWorksheet(name);
      if (sheet === undefined) throw new Error(`no sheet ${name}`);
      expect(sheet.rowCount).toBeLessThanOrEqual(LIMIT);
      const header = sheet.getRow(1).values as CellValue[];
      expect(header.slice(1, BENCH_HEADER.length + 1)).toEqual([...BENCH_HEADER]);
      expect(header).toContain("Status");
      // The header stays in sight on every sheet.
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      sheet.eachRow((row, number) => {
        if (number > 1) skus.push(String(row.getCell(1).value));
      });
      if (position < 2) expect(sheet.rowCount).toBe(LIMIT);
    }
    expect(skus).toEqual(rows.slice(1).map((row) => row[0]));
  });

  it("says so in the Summary sheet and the text summary, and the pro forma goes on the same way", async () => {
    expect(run.stdout).toMatch(
      /the checked sheet is split over 3 sheets of at most 50 rows \(Shipment, Shipment \(2\), Shipment \(3\)\), each beginning with the header row/,
    );
    expect(run.stdout).toMatch(/the pro forma is split over \d+ sheets of at most 50 rows/);
    const workbook = await readWorkbook(out);
    const summary = workbook.getWorksheet("Summary");
    const texts: string[] = [];
    summary?.eachRow((row) => texts.push(String(row.getCell(2).value)));
    expect(texts.some((text) => text.startsWith("the checked sheet is split over 3 sheets"))).toBe(true);
    const proForma = workbook.worksheets.filter((sheet) => sheet.name.startsWith("Pro forma"));
    expect(proForma.length).toBeGreaterThan(1);
    for (const sheet of proForma) expect(sheet.rowCount).toBeLessThanOrEqual(LIMIT);
    // Each further pro forma sheet begins with the column headers.
    for (const sheet of proForma.slice(1)) expect(sheet.getRow(1).getCell(1).value).toBe("SKU");
  });
});

describe("the check's thread, started while a large file is first read", () => {
  let dir: string;
  beforeAll(() => (dir = tempDir()));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is stopped when the file cannot be checked: the problem is said and the command ends", async () => {
    const file = path.join(dir, "notes.csv");
    const lines = Array.from({ length: 6000 }, (_, index) => `note ${index},${"words ".repeat(8)}`);
    fs.writeFileSync(file, lines.join("\r\n"));
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(EARLY_WORKER_MIN_BYTES);
    const run = await runCli([file, "--date", DATE, "--out", path.join(dir, "notes.checked.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/notes\.csv: No header row/);
    expect(fs.existsSync(path.join(dir, "notes.checked.xlsx"))).toBe(false);
  });

  it("begins with the decimal marks of the first rows and begins again when the whole file shows others", async () => {
    // The first 8,000 prices read either way ("1.299"); the last 2,000 write a decimal comma ("1.299,50"), so
    // the file's prices are 1299 and 1299.50. The thread's tentative check, begun on the first megabyte, read
    // them as 1.299: none of it may reach the report.
    const price = BENCH_HEADER.indexOf("Selling price");
    const rows = benchRows(10_000).map((cells, index) => {
      const written = [...cells];
      written[price] = index < 8000 ? "1.299" : "1.299,50";
      return written;
    });
    const values: CellValue[][] = [[...BENCH_HEADER], ...rows];
    const file = path.join(dir, "late-comma.csv");
    writeCsv(file, values);
    // The first decimal comma lies beyond the first megabyte (a read's chunk): it holds only prices that read
    // either way.
    expect(fs.readFileSync(file).indexOf('"1.299,50"')).toBeGreaterThan(1024 * 1024);
    const run = await runCli([file, "--date", DATE, "--json", "--out", path.join(dir, "late.checked.xlsx")]);
    expect(run.stderr).toBe("");
    const expected = jsonReport(checkShipment(values, readSettings({ declarationDate: DATE }, new Date())));
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
    // The first row's price read as 1299, not 1.299 (its inverse value then is that of a price of 1299).
    const { rows: checked } = JSON.parse(run.stdout) as { rows: { inverseValue: number | null }[] };
    expect(checked).toHaveLength(10_000);
    expect(checked[0].inverseValue).toBeGreaterThan(500);
  });

  it("begins again when a date that reads month first only comes after the first read's rows", async () => {
    // 07/01/2026 is read day first in the first megabyte; the last row's 12/25/2026 shows a column of US dates,
    // so every 07/01/2026 is refused: none of the tentative check's day-first readings may reach the report.
    const values: CellValue[][] = [
      [...BENCH_HEADER, "Date"],
      ...benchRows(10_000).map((cells, index) => [...cells, index < 9_999 ? "07/01/2026" : "12/25/2026"]),
    ];
    const file = path.join(dir, "late-us-date.csv");
    writeCsv(file, values);
    expect(fs.readFileSync(file).indexOf("12/25/2026")).toBeGreaterThan(1024 * 1024);
    const run = await runCli([file, "--date", DATE, "--json", "--out", path.join(dir, "us.checked.xlsx")]);
    expect(run.stderr).toBe("");
    const expected = jsonReport(checkShipment(values, readSettings({ declarationDate: DATE }, new Date())));
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
    const { rows: checked } = JSON.parse(run.stdout) as { rows: { status: string; explanation: string }[] };
    expect(checked[0].status).toBe("ERROR");
    expect(checked[0].explanation).toMatch(/^Date "07\/01\/2026" is 2026-01-07 read day first/);
  });

  it("is stopped when the file has too few rows for it: the rows are checked here, as the in-memory check does", async () => {
    const rows = benchRows(WORKER_MIN_ROWS - 1000).map((cells) => {
      const wordy = [...cells];
      wordy[BENCH_HEADER.indexOf("Description")] =
        `${String(cells[1])} ${"with a long description ".repeat(4)}`;
      return wordy;
    });
    const values: CellValue[][] = [[...BENCH_HEADER], ...rows];
    const file = path.join(dir, "wordy.csv");
    writeCsv(file, values);
    expect(fs.statSync(file).size).toBeGreaterThanOrEqual(EARLY_WORKER_MIN_BYTES);
    const run = await runCli([file, "--date", DATE, "--json", "--out", path.join(dir, "wordy.checked.xlsx")]);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.status);
    const expected = jsonReport(checkShipment(values, readSettings({ declarationDate: DATE }, new Date())));
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
  });
});
