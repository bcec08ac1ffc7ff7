import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Damage, damageEntry, inside, leftovers, shipmentRows, writeWorkbook } from "./file-helpers";
import { BIN, ROOT, type Run, assertBuilt, cliEnv, runCli, tempDir } from "./helpers";

/**
 * A workbook whose sheet, shared strings or styles are damaged inside the zip is refused: exit 2, one line naming
 * the file and the damaged part, no workbook written. exceljs's streaming reader takes such data as it comes: it
 * read a damaged sheet as other rows, or stopped without an error and the CLI exited 0 ("no row at risk") in
 * silence.
 */
const dir = tempDir();
const file = inside(dir);
const GOOD = file("good.xlsx");
const PARTS: readonly [string, RegExp][] = [
  ["xl/worksheets/sheet1.xml", /the part xl\/worksheets\/sheet1\.xml \(sheet "Shipment"\)/],
  ["xl/sharedStrings.xml", /the part xl\/sharedStrings\.xml \(the cell texts\)/],
  ["xl/styles.xml", /the part xl\/styles\.xml \(the cell formats\)/],
];
const DAMAGES: readonly Damage[] = ["ones", "zeros", "flipped"];
const cases = PARTS.flatMap(([part, named]) => DAMAGES.map((damage) => [part, damage, named] as const));
const nameOf = (part: string, damage: Damage) => `${path.basename(part, ".xml")}-${damage}.xlsx`;

beforeAll(async () => {
  assertBuilt();
  await writeWorkbook(GOOD, shipmentRows(200));
  for (const [part, damage] of cases) damageEntry(GOOD, file(nameOf(part, damage)), part, damage);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectRefused(run: Run, name: string): void {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: "" });
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(run.stderr).toContain(name);
}

describe("a damaged part of an .xlsx file", () => {
  it("the undamaged workbook is checked (the damage, not the workbook, is refused)", async () => {
    const run = await runCli([GOOD, "--date", "2024-11-20", "--out", file("good.out.xlsx")]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/200 rows/);
  });

  const runs = new Map<string, Run>();
  beforeAll(async () => {
    await Promise.all(
      cases.map(async ([part, damage]) => {
        const name = nameOf(part, damage);
        runs.set(name, await runCli([file(name), "--date", "2024-11-20", "--out", file(`${name}.out.xlsx`)]));
      }),
    );
  });

  it.each(cases)("%s, bytes %s: exit 2 naming the file and the part", (part, damage, named) => {
    const name = nameOf(part, damage);
    const run = runs.get(name) as Run;
    expectRefused(run, file(name));
    expect(run.stderr).toMatch(/could not be read as an Excel workbook: /);
    expect(run.stderr).toMatch(named);
    expect(run.stderr).toMatch(/is damaged: .*Open it in Excel/);
  });

  it("writes no workbook and leaves no unfinished file", () => {
    expect(leftovers(dir).filter((name) => !name.startsWith("good."))).toEqual([]);
  });
});

/**
 * Behind the checksums, the CLI never exits 0 from a check that did not finish: with the checks switched off
 * (a preloaded module replaces them), exceljs meets the damaged styles, stops without an error, and Node's event
 * loop runs dry with the check still waiting. That exited 0 with nothing printed.
 */
describe("a check that stops without an error", () => {
  const stub = file("no-verification.js");
  beforeAll(() => {
    const zip = path.join(ROOT, "build", "src", "cli", "xlsx", "zip-directory.js");
    fs.writeFileSync(stub, `require(${JSON.stringify(zip)}).verifyZipEntries = async () => {};\n`);
  });

  function runUnverified(args: readonly string[]): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--require", stub, BIN, ...args], {
        cwd: ROOT,
        env: cliEnv(),
      });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  }

  it.each(DAMAGES)("styles damaged (%s): exit 2, never 0", async (damage) => {
    const name = nameOf("xl/styles.xml", damage);
    const run = await runUnverified([file(name), "--out", file(`${name}.unverified.xlsx`)]);
    expectRefused(run, file(name));
    expect(run.stderr).toMatch(/stopped before it finished|could not be read as an Excel workbook/);
    expect(fs.existsSync(file(`${name}.unverified.xlsx`))).toBe(false);
  });

  it("a sheet whose XML stops short is refused even when its data unpacks", async () => {
    const name = nameOf("xl/worksheets/sheet1.xml", "ones");
    const run = await runUnverified([file(name), "--out", file(`${name}.unverified.xlsx`)]);
    expectRefused(run, file(name));
  });
});
