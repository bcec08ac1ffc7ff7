import * as fs from "node:fs";
import * as path from "node:path";
import { EXAMPLES, HEADER, type Run, assertBuilt, csvText, runCli, tempDir } from "./helpers";

/**
 * Usage and file problems: exit 2, one line on stderr that names the problem (no stack trace), nothing on stdout,
 * no workbook written.
 */
// Made when the file loads: the table of cases below names files in it.
const dir = tempDir();
const CSV = path.join(EXAMPLES, "shipment.csv");
const XLSX = path.join(EXAMPLES, "shipment.xlsx");

beforeAll(() => {
  assertBuilt();
  const write = (name: string, content: string | Buffer) => fs.writeFileSync(path.join(dir, name), content);
  write("image.xlsx", Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"));
  write("noise.xlsx", Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)));
  write("empty.csv", "");
  write("empty.xlsx", "");
  write("blank.csv", "\r\n ; \r\n\r\n");
  write("no-header.csv", "Item,Colour,Size\r\nLamp,white,M\r\n");
  write(
    "duplicates.csv",
    csvText([
      ["SKU", "Price", "Selling price", "Destination"],
      ["A", 10, 12, "DE"],
    ]),
  );
  write(
    "no-destination.csv",
    csvText([
      ["SKU", "Selling price"],
      ["A", 10],
    ]),
  );
  write("image.csv", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
  write("notes.txt", "not a spreadsheet\n");
  write("cut.xlsx", fs.readFileSync(XLSX).subarray(0, 3000));
  write("old.xls", Buffer.from("d0cf11e0a1b11ae1000000000000000000000000", "hex"));
  write(
    "list.csv",
    csvText([
      HEADER,
      [
        "A",
        "9405 21 40",
        1,
        "DE",
        "https://www.amazon.de/dp/B0CX7KQ2LM",
        20,
        "EUR",
        3,
        3,
        0,
        9,
        "DE136695976",
        null,
      ],
    ]),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const inDir = (name: string) => path.join(dir, name);

function expectUsageError(run: Run, message: RegExp): void {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: "" });
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/^customs-check: /);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.stderr).toMatch(message);
}

const cases: [string, string[], RegExp][] = [
  ["a missing file", [inDir("missing.csv")], /File not found: .*missing\.csv/],
  [
    "a PNG renamed .xlsx",
    [inDir("image.xlsx")],
    /image\.xlsx is not an Excel workbook \(it is a PNG image\)/,
  ],
  ["random bytes renamed .xlsx", [inDir("noise.xlsx")], /noise\.xlsx is not an Excel workbook/],
  [
    "a workbook cut short",
    [inDir("cut.xlsx")],
    /cut\.xlsx could not be read as an Excel workbook: the file is cut short/,
  ],
  [
    "an Excel 97-2003 file",
    [inDir("old.xls")],
    /old\.xls is an Excel 97-2003 workbook: save it in Excel as \.xlsx/,
  ],
  [
    "an unknown extension",
    [inDir("notes.txt")],
    /unknown file type "\.txt"; give an \.xlsx workbook or a \.csv file/,
  ],
  ["a PNG renamed .csv", [inDir("image.csv")], /image\.csv is not a CSV text file \(it is a PNG image\)/],
  ["an empty .csv", [inDir("empty.csv")], /empty\.csv is empty/],
  ["an empty .xlsx", [inDir("empty.xlsx")], /empty\.xlsx is empty/],
  ["a CSV of blank lines", [inDir("blank.csv")], /blank\.csv is empty/],
  [
    "no header row",
    [inDir("no-header.csv")],
    /no-header\.csv: No header row: none of the first 30 rows names a price column/,
  ],
  [
    "duplicate headers",
    [inDir("duplicates.csv")],
    /Duplicate headers: "Price" and "Selling price" both mean "Selling price"/,
  ],
  ["a missing required column", [inDir("no-destination.csv")], /No "Destination" column/],
  [
    "a sheet that does not exist",
    [XLSX, "--sheet", "Invoices"],
    /No sheet "Invoices" in .*shipment\.xlsx: its sheet is "Shipment"/,
  ],
  ["--sheet on a CSV file", [CSV, "--sheet", "Shipment"], /--sheet is for \.xlsx workbooks/],
  ["--offence 4", [inDir("list.csv"), "--offence", "4"], /--offence: 4 is not 1, 2 or 3/],
  ["--tolerance abc", [inDir("list.csv"), "--tolerance", "abc"], /--tolerance: "abc" is not a number/],
  ["--date 2024-13-45", [inDir("list.csv"), "--date", "2024-13-45"], /--date: "2024-13-45" is not a date/],
  ["--fx SEK", [inDir("list.csv"), "--fx", "SEK"], /--fx SEK: write the customs rate as CUR=RATE/],
  ["--fx SEK=abc", [inDir("list.csv"), "--fx", "SEK=abc"], /--fx SEK: "abc" is not a number/],
  ["an unknown option", [inDir("list.csv"), "--fast"], /Unknown option --fast/],
  // Option values that were accepted without complaint, or ended in an internal error (issue 8).
  [
    "--tolerance 5%",
    [inDir("list.csv"), "--tolerance", "5%"],
    /^customs-check: --tolerance: 5 ?% .*e\.g\. 0\.05/,
  ],
  ["--fx EUR=2", [inDir("list.csv"), "--fx", "EUR=2"], /^customs-check: --fx\b.*EUR needs no exchange rate/],
  [
    "--fx XYZ=2",
    [inDir("list.csv"), "--fx", "XYZ=2"],
    /^customs-check: --fx\b.*"XYZ" is not a currency code/,
  ],
  [
    "--date ''",
    [inDir("list.csv"), "--date", ""],
    /^customs-check: --date is empty: give the declaration date as YYYY-MM-DD/,
  ],
  ["--date= (empty)", [inDir("list.csv"), "--date="], /^customs-check: --date is empty/],
  [
    "--date before the VAT table",
    [inDir("list.csv"), "--date", "2019-12-31"],
    /^customs-check: --date: 2019-12-31 is before the VAT table begins \(2020-01-01\)/,
  ],
  ["--fx SEK=0", [inDir("list.csv"), "--fx", "SEK=0"], /^customs-check: --fx SEK: 0 .*units of SEK per EUR/],
  ["--fx SEK=-1", [inDir("list.csv"), "--fx", "SEK=-1"], /^customs-check: --fx SEK: -1 is negative/],
  ["--fx SEK=NaN", [inDir("list.csv"), "--fx", "SEK=NaN"], /^customs-check: --fx SEK: "NaN" is not a number/],
  [
    "--fx SEK=Infinity",
    [inDir("list.csv"), "--fx", "SEK=Infinity"],
    /^customs-check: --fx SEK: "Infinity" is not a number/,
  ],
  [
    "--fx SEK=1e-400",
    [inDir("list.csv"), "--fx", "SEK=1e-400"],
    /^customs-check: --fx SEK: .*between 0\.000001 and 1000000000 units per EUR/,
  ],
  [
    "--fx SEK=1e308",
    [inDir("list.csv"), "--fx", "SEK=1e308"],
    /^customs-check: --fx SEK: .*(too large|between)/,
  ],
  [
    "--fx given twice for one currency",
    [inDir("list.csv"), "--fx", "SEK=11.39", "--fx", "sek=11.93"],
    /^customs-check: --fx SEK is given twice \(SEK=11\.39 and sek=11\.93\): give one rate per currency/,
  ],
  [
    "--offence 0x1",
    [inDir("list.csv"), "--offence", "0x1"],
    /^customs-check: --offence 0x1: choose offence 1, 2 or 3/,
  ],
  ["no file", [], /No file given/],
  ["two files", [inDir("list.csv"), CSV], /One file at a time/],
  [
    "--out that is not .xlsx",
    [inDir("list.csv"), "--out", inDir("list.out.csv")],
    /the checked workbook is an \.xlsx file/,
  ],
  [
    "--out in a folder that does not exist",
    [inDir("list.csv"), "--out", inDir("nowhere/x.xlsx")],
    /Cannot write the checked workbook .*: the folder .*nowhere does not exist/,
  ],
];

describe("exit 2 with one line", () => {
  // The runs are independent: start them a few at a time, then look at each.
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    const queue = [...cases];
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift())
        runs.set(next[0], await runCli(next[1]));
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  });

  it.each(cases)("%s", (name, _args, message) => {
    expectUsageError(runs.get(name) as Run, message);
  });

  it("refuses --out equal to the input, however it is spelled, and leaves the input as it was", async () => {
    const input = inDir("keep.xlsx");
    fs.copyFileSync(XLSX, input);
    const before = fs.readFileSync(input);
    const spelled = path.join(dir, ".", "sub", "..", "keep.xlsx");
    for (const out of [input, spelled]) {
      expectUsageError(
        await runCli([input, "--out", out]),
        /is the input file: the checked workbook never overwrites the input/,
      );
    }
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("writes no workbook when the check cannot run", () => {
    expect(
      fs.readdirSync(dir).filter((name) => name.includes(".checked.") || name.endsWith(".part")),
    ).toEqual([]);
  });
});
