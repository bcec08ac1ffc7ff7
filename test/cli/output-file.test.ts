import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { inside, leftovers, shipmentRows, writeWorkbook } from "./file-helpers";
import { EXAMPLES, EXAMPLE_OPTIONS, type Run, assertBuilt, readWorkbook, runCli, tempDir } from "./helpers";

/**
 * A file already at the output path is replaced only when it is a workbook this checker wrote (a re-check), or
 * with --force; a read-only file never. `--out other.xlsx` used to replace an unrelated workbook, read-only or not.
 */
const dir = tempDir();
const file = inside(dir);
const CSV = path.join(EXAMPLES, "shipment.csv");

beforeAll(() => assertBuilt());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const check = (args: readonly string[]) => runCli([CSV, ...EXAMPLE_OPTIONS, ...args]);

function expectRefused(run: Run, message: RegExp): void {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: "" });
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

/** The file's bytes and modification time, to see that a refused run left it alone. */
const snapshot = (name: string) => ({ bytes: fs.readFileSync(name), mtime: fs.statSync(name).mtimeMs });

async function sheetNames(name: string): Promise<string[]> {
  return (await readWorkbook(name)).worksheets.map((sheet) => sheet.name);
}

describe("an existing file at --out", () => {
  it("an unrelated workbook is refused and left as it was", async () => {
    const other = file("other.xlsx");
    await writeWorkbook(other, shipmentRows(3));
    const before = snapshot(other);
    expectRefused(
      await check(["--out", other]),
      /--out .*other\.xlsx already exists and is not a workbook this checker wrote: choose another --out name, or add --force to replace it/,
    );
    expect(snapshot(other)).toEqual(before);
  });

  it("a file that is no workbook at all is refused", async () => {
    fs.writeFileSync(file("notes.xlsx"), "my notes\n");
    expectRefused(
      await check(["--out", file("notes.xlsx")]),
      /notes\.xlsx already exists and is not a workbook/,
    );
    expect(fs.readFileSync(file("notes.xlsx"), "utf8")).toBe("my notes\n");
  });

  it("a workbook with an Audit sheet of its own (not this checker's log) is refused", async () => {
    const audit = file("audit.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data").addRow(["Invoice", "Amount"]);
    workbook.addWorksheet("Audit").addRow(["Auditor", "Date", "Finding"]);
    await workbook.xlsx.writeFile(audit);
    expectRefused(
      await check(["--out", audit]),
      /audit\.xlsx already exists and is not a workbook this checker wrote/,
    );
  });

  it("--force replaces an unrelated workbook", async () => {
    const other = file("forced.xlsx");
    await writeWorkbook(other, shipmentRows(3));
    const run = await check(["--out", other, "--force"]);
    expect(run.status).toBe(1);
    expect(await sheetNames(other)).toContain("Audit");
  });

  it("a workbook this checker wrote is replaced: checking again needs no --force", async () => {
    const checked = file("again.xlsx");
    expect((await check(["--out", checked])).status).toBe(1);
    const first = fs.statSync(checked).mtimeMs;
    const run = await check(["--out", checked]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(fs.statSync(checked).mtimeMs).toBeGreaterThanOrEqual(first);
  });

  it("so is one saved again by Excel's way of writing (shared strings instead of inline text)", async () => {
    const checked = file("resaved.xlsx");
    expect((await check(["--out", checked])).status).toBe(1);
    const workbook = await readWorkbook(checked);
    await workbook.xlsx.writeFile(checked);
    const run = await check(["--out", checked]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
  });

  it("a read-only file is refused, even a checked workbook and even with --force", async () => {
    const locked = file("locked.xlsx");
    expect((await check(["--out", locked])).status).toBe(1);
    fs.chmodSync(locked, 0o444);
    const before = snapshot(locked);
    for (const extra of [[], ["--force"]]) {
      expectRefused(
        await check(["--out", locked, ...extra]),
        /--out .*locked\.xlsx already exists and is read-only, so it is not replaced: choose another --out name/,
      );
    }
    expect(snapshot(locked)).toEqual(before);
    fs.chmodSync(locked, 0o644);
  });

  it("a folder is refused", async () => {
    fs.mkdirSync(file("folder.xlsx"));
    expectRefused(await check(["--out", file("folder.xlsx")]), /folder\.xlsx is a folder/);
  });
});

describe("the default output FILE.checked.xlsx", () => {
  const input = file("list.csv");
  const output = file("list.checked.xlsx");
  beforeAll(() => fs.copyFileSync(CSV, input));

  it("follows the same rule: an unrelated file there is refused, --force replaces it", async () => {
    fs.writeFileSync(output, "someone else's file\n");
    expectRefused(
      await runCli([input, ...EXAMPLE_OPTIONS]),
      /list\.checked\.xlsx \(the default output\) already exists and is not a workbook this checker wrote: move it away or choose --out, or add --force/,
    );
    expect(fs.readFileSync(output, "utf8")).toBe("someone else's file\n");
    expect((await runCli([input, ...EXAMPLE_OPTIONS, "--force"])).status).toBe(1);
    expect(await sheetNames(output)).toContain("Audit");
    // Now it is this checker's: the next check replaces it without --force.
    expect((await runCli([input, ...EXAMPLE_OPTIONS])).status).toBe(1);
  });

  it("leaves no unfinished file behind", () => {
    expect(leftovers(dir).filter((name) => name.endsWith(".part"))).toEqual([]);
  });
});
