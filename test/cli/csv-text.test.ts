import * as fs from "node:fs";
import * as path from "node:path";
import { decodeText, detectSeparator, parseCsvFrom } from "../../src/cli/csv";
import { inside, leftovers } from "./file-helpers";
import {
  EXAMPLES,
  EXAMPLE_OPTIONS,
  HEADER,
  type Run,
  assertBuilt,
  csvText,
  parseReport,
  runCli,
  tempDir,
} from "./helpers";

/**
 * CSV text that would lose rows is refused, naming the line: a quote that never closes took the rest of the file
 * into one cell (995 of 1,000 rows vanished into a cell of 81,575 characters). UTF-16 text, as Excel's "Unicode
 * Text" export writes it, is read.
 */
const dir = tempDir();
const file = inside(dir);
const CSV = path.join(EXAMPLES, "shipment.csv");

beforeAll(() => assertBuilt());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A product list of `count` rows with a description column; `edit` changes the raw text of chosen lines. */
function productList(
  count: number,
  edit: (line: string, lineNumber: number) => string = (line) => line,
): string {
  const header = [...HEADER, "Description"];
  const rows = Array.from({ length: count }, (_, index) => [
    `LAMP-${index + 1}`,
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
    `Desk lamp model ${index + 1}`,
  ]);
  return csvText([header, ...rows])
    .split("\r\n")
    .map((line, index) => edit(line, index + 1))
    .join("\r\n");
}

const check = (name: string, extra: readonly string[] = []) =>
  runCli([file(name), "--date", "2024-11-20", "--out", file(`${name}.out.xlsx`), ...extra]);

function expectRefusedAtLine(run: Run, name: string, line: number): void {
  expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: "" });
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain(`${file(name)}, line ${line}: `);
}

describe("quotes that would swallow rows", () => {
  it("a quote never closed: refused naming the line where it opens, however far the file goes", async () => {
    // Line 6 is the fifth product: its description opens a quote that nothing closes.
    const text = productList(1000, (line, number) =>
      number === 6 ? line.replace("Desk lamp model 5", '"Desk lamp model 5') : line,
    );
    fs.writeFileSync(file("open-quote.csv"), text);
    const run = await check("open-quote.csv");
    expectRefusedAtLine(run, "open-quote.csv", 6);
    expect(run.stderr).toMatch(
      /never closed, so the rest of the file \(995 more lines\) would be read as one cell/,
    );
  });

  it("the same in a file large enough to be checked in a second thread", async () => {
    const text = productList(12_000, (line, number) =>
      number === 9000 ? line.replace("Desk lamp model", '"Desk lamp model') : line,
    );
    expect(text.length).toBeGreaterThan(400_000);
    fs.writeFileSync(file("open-quote-large.csv"), text);
    expectRefusedAtLine(await check("open-quote-large.csv"), "open-quote-large.csv", 9000);
  });

  it('a quote that only closes lines later inside other text (5" screen) is refused naming both lines', async () => {
    const text = productList(1000, (line, number) =>
      number === 6
        ? line.replace("Desk lamp model 5", '"Desk lamp model 5')
        : number === 400
          ? line.replace("Desk lamp model 399", 'Desk lamp 5" screen')
          : line,
    );
    fs.writeFileSync(file("late-quote.csv"), text);
    const run = await check("late-quote.csv");
    expectRefusedAtLine(run, "late-quote.csv", 6);
    expect(run.stderr).toMatch(/only closes on line 400/);
  });

  it("a cell longer than Excel's 32,767 characters is refused naming its line", async () => {
    const text = productList(50, (line, number) =>
      number === 11 ? line.replace("Desk lamp model 10", `"${"x".repeat(40_000)}"`) : line,
    );
    fs.writeFileSync(file("long-cell.csv"), text);
    const run = await check("long-cell.csv");
    expectRefusedAtLine(run, "long-cell.csv", 11);
    expect(run.stderr).toMatch(/40,000 characters .* more than the 32,767 Excel holds in a cell/);
  });

  it("quoted fields with line breaks, commas and doubled quotes are still read", async () => {
    const text = productList(20, (line, number) =>
      number === 3 ? line.replace("Desk lamp model 2", '"Desk lamp, 5"" screen\r\nwith bulb"') : line,
    );
    fs.writeFileSync(file("good-quotes.csv"), text);
    const run = await check("good-quotes.csv", ["--json"]);
    expect(run.stderr).toBe("");
    expect(parseReport(run).summary.rows).toBe(20);
  });

  it("writes no workbook for a refused file", () => {
    expect(leftovers(dir).filter((name) => !name.startsWith("good-quotes"))).toEqual([]);
  });
});

describe("values beyond the header: a decimal comma that split a number", () => {
  it("refuses the file naming the line, however many rows come after it", async () => {
    // Line 8 is the seventh product: its selling price "20,50" is written without quotes in a comma file.
    const text = productList(1000, (line, number) =>
      number === 8 ? line.replace("amazon.de/dp/B0CX7KQ2LM,20,", "amazon.de/dp/B0CX7KQ2LM,20,50,") : line,
    );
    fs.writeFileSync(file("split-price.csv"), text);
    const run = await check("split-price.csv");
    expectRefusedAtLine(run, "split-price.csv", 8);
    expect(run.stderr).toMatch(
      /15 values under 14 column headers: "Desk lamp model 7", the 15th, has no header/,
    );
    expect(run.stderr).toMatch(/Put such numbers in quotes \("12,99"\)/);
  });

  it("counts a quoted line break as a line of the file", async () => {
    const text = productList(20, (line, number) =>
      number === 3
        ? line.replace("Desk lamp model 2", '"Desk lamp\r\nwith bulb"')
        : number === 10
          ? `${line},extra`
          : line,
    );
    fs.writeFileSync(file("split-after-break.csv"), text);
    expectRefusedAtLine(await check("split-after-break.csv"), "split-after-break.csv", 11);
  });

  it("the same in a file large enough to be checked in a second thread", async () => {
    const text = productList(12_000, (line, number) => (number === 11_000 ? `${line},,7` : line));
    fs.writeFileSync(file("split-large.csv"), text);
    expectRefusedAtLine(await check("split-large.csv"), "split-large.csv", 11_000);
  });

  it("empty fields after the last header are no values: the file is checked", async () => {
    const text = productList(20, (line) => `${line},,`);
    fs.writeFileSync(file("trailing-commas.csv"), text);
    const run = await check("trailing-commas.csv", ["--json"]);
    expect(run.stderr).toBe("");
    expect(parseReport(run).summary.rows).toBe(20);
  });
});

describe("UTF-16 text (Excel's Unicode Text export)", () => {
  /** The example as Excel's "Unicode Text" export writes it: tab-separated, UTF-16 with a BOM. */
  function unicodeText(): string {
    const text = decodeText(fs.readFileSync(CSV));
    const { rows } = parseCsvFrom(text, detectSeparator(text), 0, Infinity);
    const field = (value: string) => (/[\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    return rows.map((row) => row.map(field).join("\t")).join("\r\n") + "\r\n";
  }
  const utf16 = (text: string, bigEndian: boolean) => {
    const little = Buffer.from(text, "utf16le");
    return Buffer.concat([
      Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
      bigEndian ? little.swap16() : little,
    ]);
  };

  let expected: ReturnType<typeof parseReport>;
  beforeAll(async () => {
    expected = parseReport(await runCli([CSV, "--json", "--out", file("utf8.out.xlsx"), ...EXAMPLE_OPTIONS]));
    fs.writeFileSync(file("utf16le.csv"), utf16(unicodeText(), false));
    fs.writeFileSync(file("utf16be.csv"), utf16(unicodeText(), true));
  });

  it.each(["utf16le.csv", "utf16be.csv"])("%s gives the check of the UTF-8 file", async (name) => {
    const run = await runCli([file(name), "--json", "--out", file(`${name}.out.xlsx`), ...EXAMPLE_OPTIONS]);
    expect(run.stderr).toBe("");
    expect(parseReport(run)).toEqual(expected);
  });

  it("a large UTF-16 file, checked in a second thread, reads every row", async () => {
    const text = productList(8000).replace(/,/g, "\t");
    fs.writeFileSync(file("large-utf16.csv"), utf16(text, false));
    const run = await check("large-utf16.csv", ["--json"]);
    expect(run.stderr).toBe("");
    expect(parseReport(run).summary.rows).toBe(8000);
  });

  it("UTF-16 without a byte order mark is refused saying what it is and how to save it", async () => {
    fs.writeFileSync(file("no-bom.csv"), Buffer.from(unicodeText(), "utf16le"));
    const run = await check("no-bom.csv");
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 2, stdout: "" });
    expect(run.stderr).toMatch(/no-bom\.csv looks like UTF-16 text without a byte order mark.*CSV UTF-8/);
  });
});
