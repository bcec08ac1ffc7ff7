import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { inside, productRow } from "./file-helpers";
import { BIN, HEADER, ROOT, assertBuilt, cliEnv, csvText, tempDir } from "./helpers";

/**
 * Ctrl-C (SIGINT) or SIGTERM while the checked workbook is written: the unfinished FILE.checked.xlsx.PID.part
 * (11-15 MB on a large sheet) is removed, one line says so, and the exit status is 130 or 143 (128 + the signal's
 * number, as shells report a process ended by a signal).
 */
const dir = tempDir();
const file = inside(dir);
const INPUT = file("large.csv");

beforeAll(() => {
  assertBuilt();
  const rows = Array.from({ length: 150_000 }, (_, index) => {
    const row = productRow(`LAMP-${index + 1}`, 20 + (index % 13));
    row[12] = `S-${Math.floor(index / 40)}`;
    return row;
  });
  fs.writeFileSync(INPUT, csvText([HEADER, ...rows]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const unfinished = () => fs.readdirSync(dir).filter((name) => name.endsWith(".part"));

/** Runs the CLI and sends `signal` once the unfinished workbook has grown past a few hundred kilobytes. */
function interrupt(
  signal: NodeJS.Signals,
  out: string,
): Promise<{ status: number | null; stderr: string; partSeen: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, INPUT, "--date", "2024-11-20", "--out", out], {
      cwd: ROOT,
      env: cliEnv(),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let partSeen = 0;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const poll = setInterval(() => {
      const part = unfinished()[0];
      const size = part === undefined ? 0 : fs.statSync(file(part)).size;
      if (size > 300_000) {
        partSeen = size;
        clearInterval(poll);
        child.kill(signal);
      }
    }, 20);
    child.on("error", reject);
    child.on("close", (status) => {
      clearInterval(poll);
      resolve({ status, stderr, partSeen });
    });
  });
}

describe.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)("%s while the workbook is written", (signal, status) => {
  it(`removes the unfinished workbook and exits ${status} with one line`, async () => {
    const out = file(`${signal}.checked.xlsx`);
    const run = await interrupt(signal, out);
    // The signal came while the workbook was being written, not after the check had finished.
    expect(run.partSeen).toBeGreaterThan(300_000);
    expect(run.status).toBe(status);
    expect(run.stderr).toBe(
      `customs-check: interrupted (${signal}): the check did not finish; the unfinished workbook was removed\n`,
    );
    expect(unfinished()).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});
