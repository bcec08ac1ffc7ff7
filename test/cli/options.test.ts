import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { CliError } from "../../src/cli/errors";
import { SETTING_OPTIONS, USAGE, parseCommand } from "../../src/cli/options";
import { SETTING_NAMES, type SettingName } from "../../src/engine";
import {
  EXAMPLES,
  EXAMPLE_OPTIONS,
  HEADER,
  assertBuilt,
  csvText,
  parseReport,
  runCli,
  tempDir,
} from "./helpers";

/** The options of docs/contracts.md, Command line, change what they say and nothing else. */
const CSV = path.join(EXAMPLES, "shipment.csv");
let dir: string;

beforeAll(() => {
  dir = tempDir();
  assertBuilt();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const check = (args: readonly string[]) =>
  runCli([...args, "--json", "--out", path.join(dir, `${Math.random().toString(36).slice(2)}.xlsx`)]);

describe("offence, deferral, tolerance", () => {
  it("--offence 2 doubles the fine per HS code; --offence 3 has no amount (blacklisting)", async () => {
    const [first, second, third] = await Promise.all([
      check([CSV, ...EXAMPLE_OPTIONS]),
      check([CSV, ...EXAMPLE_OPTIONS, "--offence", "2"]),
      check([CSV, ...EXAMPLE_OPTIONS, "--offence", "3"]),
    ]);
    expect(parseReport(first).summary.fineExposure).toBe(750);
    expect(parseReport(second).summary.fineExposure).toBe(1500);
    expect(parseReport(third).summary.fineExposure).toBeNull();
    expect(parseReport(third).summary.underDeclaredHsCodes).toEqual(
      parseReport(first).summary.underDeclaredHsCodes,
    );
  });

  it("under-declared rows without a valid HS code: the JSON names them and the fine's bounds; the text gives the range", async () => {
    const file = path.join(dir, "no-codes.csv");
    fs.writeFileSync(
      file,
      csvText([
        ["SKU", "Selling price", "Destination", "Declared value", "HS code"],
        ["A", 100, "DE", 10, "94052140"],
        ["B", 100, "DE", 10, ""],
        ["C", 100, "DE", 10, ""],
      ]),
    );
    const out = path.join(dir, "no-codes.checked.xlsx");
    const [json, jsonl, text] = await Promise.all([
      check([file, "--date", "2026-11-20"]),
      runCli([
        file,
        "--date",
        "2026-11-20",
        "--jsonl",
        "--out",
        path.join(dir, "no-codes-jsonl.checked.xlsx"),
      ]),
      runCli([file, "--date", "2026-11-20", "--out", out]),
    ]);
    const { summary } = parseReport(json);
    // The contract's figure counts the codes given; the rows without one are 94052140, or one code each.
    expect(summary.fineExposure).toBe(250);
    expect(summary.underDeclaredWithoutHsCode).toEqual({
      rows: 2,
      firstRows: [3, 4],
      fineExposureAtLeast: 250,
      fineExposureUpTo: 750,
    });
    const lines = jsonl.stdout.trimEnd().split("\n");
    expect(JSON.parse(lines[lines.length - 1])).toEqual({ summary });
    expect(text.stdout).toContain(
      "Fine exposure     EUR 250.00 to EUR 750.00 (1 under-declared HS code × EUR 250.00, offence 1; 2 under-declared rows without a valid HS code, rows 3, 4: give each its code for the exact fine)",
    );
  });

  it("--no-vat-deferral drops MISSING_VAT_NUMBER and nothing else", async () => {
    const [withDeferral, without] = await Promise.all([
      check([CSV, ...EXAMPLE_OPTIONS]),
      check([CSV, ...EXAMPLE_OPTIONS, "--no-vat-deferral"]),
    ]);
    const before = parseReport(withDeferral).rows;
    const after = parseReport(without).rows;
    expect(before.some((row) => row.flags.includes("MISSING_VAT_NUMBER"))).toBe(true);
    expect(after.some((row) => row.flags.includes("MISSING_VAT_NUMBER"))).toBe(false);
    const bottle = after.find((row) => row.sku === "LUM-BTL-750");
    expect(bottle?.flags).not.toContain("MISSING_VAT_NUMBER");
    expect(after.map((row) => row.inverseValue)).toEqual(before.map((row) => row.inverseValue));
  });

  it("--tolerance lets a declared value a few cents short pass", async () => {
    const [strict, tolerant] = await Promise.all([
      check([CSV, ...EXAMPLE_OPTIONS]),
      check([CSV, ...EXAMPLE_OPTIONS, "--tolerance", "0.05"]),
    ]);
    // LUM-LAMP-BE declares 20.99 against an inverse value of 21.01.
    const lamp = (rows: ReturnType<typeof parseReport>["rows"]) =>
      rows.find((row) => row.sku === "LUM-LAMP-BE");
    expect(lamp(parseReport(strict).rows)?.flags).toContain("UNDER_DECLARED");
    expect(lamp(parseReport(tolerant).rows)?.flags).not.toContain("UNDER_DECLARED");
  });
});

describe("date and currency", () => {
  const finland = csvText([
    HEADER,
    [
      "FI-1",
      "9405 21 40",
      10,
      "FI",
      "https://www.amazon.de/dp/B0CX7KQ2LM",
      49.9,
      "EUR",
      7.49,
      3.63,
      "4.7 %",
      30,
      "FI01120389",
      null,
    ],
  ]);

  it("--date picks the VAT rate in force: Finland 24 % before 1 September 2024, 25.5 % from then", async () => {
    const file = path.join(dir, "finland.csv");
    fs.writeFileSync(file, finland);
    const [before, after] = await Promise.all([
      check([file, "--date", "2024-08-31"]),
      check([file, "--date", "2024-09-01"]),
    ]);
    expect(parseReport(before).rows[0].vatRate).toBe(0.24);
    expect(parseReport(after).rows[0].vatRate).toBe(0.255);
    expect(parseReport(after).rows[0].inverseValue).toBeLessThan(
      parseReport(before).rows[0].inverseValue as number,
    );
  });

  it("--fx SEK=11.39 converts a row priced in SEK (299 SEK is EUR 26.25; without the rate the row cannot be read)", async () => {
    const file = path.join(dir, "sweden.csv");
    fs.writeFileSync(
      file,
      csvText([
        HEADER,
        [
          "SE-1",
          "9405 21 40",
          1,
          "SE",
          "https://www.amazon.se/dp/B0CX7KQ2LM",
          299,
          "SEK",
          null,
          null,
          0,
          250,
          "SE556188840401",
          null,
        ],
      ]),
    );
    const [without, converted] = await Promise.all([check([file]), check([file, "--fx", "SEK=11.39"])]);
    expect(parseReport(without).rows[0].flags).toEqual(["INVALID_INPUT"]);
    expect(parseReport(without).rows[0].explanation).toContain("SEK");
    // 299 / 11.39 = 26.25 incl. 25 % VAT: 21.00 without VAT (no costs, no duty); 250 SEK declared is EUR 21.95.
    expect(parseReport(converted).rows[0]).toMatchObject({
      status: "OK",
      vatRate: 0.25,
      inverseValue: 21,
      declaredValue: 21.95,
    });
  });
});

describe("the settings of December 2026 (issue 12)", () => {
  const PARCELS = path.join(EXAMPLES, "parcels-2026.csv");
  const PARCEL_OPTIONS = ["--date", "2026-12-01", "--fx", "PLN=4.22"];

  /** Two B2C-sized lines of one consignment without a Channel column, two CN subheadings of one HS subheading. */
  const consignment = csvText([
    HEADER,
    ...[
      ["CASE-1", "3926 90 97"],
      ["CASE-2", "3926 90 92"],
    ].map(([sku, hs]) => [
      sku,
      hs,
      1,
      "DE",
      "https://www.amazon.de/dp/B0CX7KQ2LM",
      12.99,
      "EUR",
      "15 %",
      0.2,
      "6.5 %",
      8.2,
      "DE136695976",
      "PCL-1",
    ]),
  ]);
  const lowValue = (run: Awaited<ReturnType<typeof check>>) =>
    (
      parseReport(run).summary as {
        lowValueConsignments?: { consignment: string; items: number; duty: number }[];
      }
    ).lowValueConsignments;

  it("--vat-rate DE:4901=7% taxes the German book at 7 % and the summary lists the rate", async () => {
    const [standard, reduced] = await Promise.all([
      check([PARCELS, ...PARCEL_OPTIONS]),
      check([PARCELS, ...PARCEL_OPTIONS, "--vat-rate", "DE:4901=7%"]),
    ]);
    const book = (run: Awaited<ReturnType<typeof check>>) =>
      parseReport(run).rows.find((row) => row.sku === "BOOK-DE");
    expect(book(standard)?.vatRate).toBe(0.19);
    expect(book(reduced)?.vatRate).toBe(0.07);
    // Less VAT taken off the same price: a higher value.
    expect(book(reduced)?.inverseValue).toBeGreaterThan(book(standard)?.inverseValue as number);
    expect(parseReport(reduced).summary).toMatchObject({
      reducedVatRates: [{ country: "DE", prefix: "4901", rate: 0.07, rows: 1 }],
    });
  });

  it("--channel b2c makes rows without a Channel cell B2C: the EUR 3 duty per item, 8 digits or --low-value-item 6", async () => {
    const file = path.join(dir, "consignment.csv");
    fs.writeFileSync(file, consignment);
    const [stock, b2c, hsItems] = await Promise.all([
      check([file, "--date", "2026-12-01"]),
      check([file, "--date", "2026-12-01", "--channel", "b2c"]),
      check([file, "--date", "2026-12-01", "--channel", "B2C", "--low-value-item", "6"]),
    ]);
    expect(lowValue(stock)).toBeUndefined();
    expect(lowValue(b2c)).toEqual([expect.objectContaining({ consignment: "PCL-1", items: 2, duty: 6 })]);
    expect(lowValue(hsItems)).toEqual([expect.objectContaining({ consignment: "PCL-1", items: 1, duty: 3 })]);
  });

  it("--no-controlled-goods drops CONTROLLED_GOODS and nothing else", async () => {
    const [checked, unchecked] = await Promise.all([
      check([PARCELS, ...PARCEL_OPTIONS]),
      check([PARCELS, ...PARCEL_OPTIONS, "--no-controlled-goods"]),
    ]);
    const after = parseReport(unchecked);
    expect(after.rows.some((row) => row.flags.includes("CONTROLLED_GOODS"))).toBe(false);
    expect(after.summary).not.toHaveProperty("controlledGoods");
    expect(after.rows.map((row) => row.flags)).toEqual(
      parseReport(checked).rows.map((row) => row.flags.filter((flag) => flag !== "CONTROLLED_GOODS")),
    );
  });

  it("stores what the options say, as the workbook stores settings", () => {
    const parsed = parseCommand([
      "list.csv",
      "--vat-rate",
      "DE:4901=7%",
      "--vat-rate",
      "fr : 49.01 = 5,5 %",
      "--channel",
      "b2c",
      "--low-value-item",
      "6",
      "--no-controlled-goods",
    ]);
    if (parsed.kind !== "check") throw new Error("expected a check");
    expect(parsed.options.storedSettings).toEqual({
      vatRates: { "DE:4901": "7%", "fr : 49.01": "5,5 %" },
      channel: "b2c",
      lowValueItemDigits: "6",
      controlledGoods: false,
    });
    const defaults = parseCommand(["list.csv"]);
    if (defaults.kind !== "check") throw new Error("expected a check");
    expect(defaults.options.storedSettings).toEqual({});
  });

  test.each([
    [
      ["--vat-rate", "DE4901 7%"],
      '--vat-rate: "DE4901 7%" is not of the form DE:4901=7%. Write the country code, a colon and 2 to 10 digits, e.g. DE:4901=7 %',
    ],
    [
      ["--vat-rate", "DE-4901=7%"],
      '--vat-rate: "DE-4901" is not a destination and an HS code prefix. Write the country code, a colon and 2 to 10 digits, e.g. DE:4901=7 %',
    ],
    [
      ["--vat-rate", "DE:4901=abc"],
      /^--vat-rate DE:4901: "abc" is not a number\. Write the rate as 19 % or 0\.19$/,
    ],
    [["--vat-rate", "DE:4901=150"], /^--vat-rate DE:4901: 150 is not a fraction/],
    [["--vat-rate", "US:4901=7%"], /^--vat-rate US:4901: .*\bUS\b/],
    [
      ["--vat-rate", "DE:4901=7%", "--vat-rate", "de:49.01=5%"],
      "--vat-rate DE:4901 is given twice (DE:4901=7% and de:49.01=5%): give one rate per destination and prefix",
    ],
    [
      ["--channel", "air"],
      '--channel: "air" is not a channel. Choose stock (FBA, B2B) or B2C (parcels sold to consumers)',
    ],
    [["--channel", " "], "--channel is empty: choose stock or b2c, or leave --channel out for stock"],
    [
      ["--low-value-item", "7"],
      "--low-value-item: 7 is not a length of a tariff subheading. Choose 8 (the CN subheading) or 6 (the HS subheading)",
    ],
    [["--low-value-item", "0x8"], /^--low-value-item: 0x8 is not a length of a tariff subheading\./],
    [["--no-controlled-goods=yes"], /^--no-controlled-goods takes no value/],
  ])("refuses %j with the option named and the fix", (args, message) => {
    expect(() => parseCommand(["list.csv", ...args])).toThrow(message);
  });

  it("--help names each option, in the column layout of the others", () => {
    for (const option of [
      "--vat-rate CC:PREFIX=RATE",
      "--channel stock|b2c",
      "--low-value-item 8|6",
      "--no-controlled-goods",
    ])
      expect(USAGE).toContain(`\n  ${option}`);
    // Descriptions start in column 24, on the option's line or, after a long option, on the next.
    const options = USAGE.slice(USAGE.indexOf("Options:\n"), USAGE.indexOf("\n\nExit status"));
    for (const line of options.split("\n").slice(1)) {
      if (/^ {2}--\S+(?: \S+)?$/.test(line)) continue;
      expect([line, line[22]]).toEqual([line, " "]);
      expect([line, line[23]]).toEqual([line, expect.stringMatching(/\S/)]);
    }
  });
});

describe("help and output", () => {
  it("--help prints the usage and exits 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: customs-check FILE");
    expect(run.stdout).toContain("--fx CUR=RATE");
    expect(run.stdout).toMatch(/--force +replace the --out file/);
    expect(run.stdout).toMatch(
      /Exit status: 0 .* 1 .*\n2 the check did not complete.*130 or 143 interrupted/s,
    );
  });

  it("writes FILE.checked.xlsx next to the input by default, for .csv and .xlsx alike", async () => {
    const sub = path.join(dir, "default");
    fs.mkdirSync(sub);
    fs.copyFileSync(CSV, path.join(sub, "list.csv"));
    const run = await runCli([path.join(sub, "list.csv"), ...EXAMPLE_OPTIONS]);
    expect(run.status).toBe(1);
    expect(fs.existsSync(path.join(sub, "list.checked.xlsx"))).toBe(true);
    expect(fs.readdirSync(sub).sort()).toEqual(["list.checked.xlsx", "list.csv"]);
    expect(run.stdout).toContain(`Checked workbook  ${path.join(sub, "list.checked.xlsx")}`);
  });

  it("exits 0 when no row is at RISK or ERROR", async () => {
    const file = path.join(dir, "clean.csv");
    fs.writeFileSync(
      file,
      csvText([
        HEADER,
        [
          "DE-1",
          "9405 21 40",
          5,
          "DE",
          "https://www.amazon.de/dp/B0CX7KQ2LM",
          39.99,
          "EUR",
          6,
          3.63,
          "4.7 %",
          25,
          "DE136695976",
          "A7",
        ],
      ]),
    );
    const run = await check([file]);
    expect(run.status).toBe(0);
    expect(parseReport(run).summary).toMatchObject({ rows: 1, ok: 1, risk: 0, error: 0, fineExposure: 0 });
  });
});

describe("no option value reaches an internal error", () => {
  // parseCommand in this process: thousands of values in the time one run of the CLI takes.
  const values = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "0",
      "-0",
      "1e-400",
      "1e400",
      "1e308",
      "NaN",
      "Infinity",
      "0x10",
      "5%",
      "1.299",
      "1,5",
      " ",
    ),
    fc.double().map(String),
  );
  it.each(["--tolerance", "--date", "--offence", "--channel", "--low-value-item"])(
    "%s VALUE is read or refused as a usage error",
    (option) => {
      fc.assert(
        fc.property(values, (value) => {
          try {
            parseCommand(["list.csv", `${option}=${value}`]);
          } catch (error) {
            expect(error).toBeInstanceOf(CliError);
            expect((error as CliError).message).toContain(option);
          }
        }),
        { numRuns: 2000 },
      );
    },
  );

  it("--fx CUR=VALUE for any currency code and value is read or refused as a usage error", () => {
    const codes = fc.oneof(
      fc.constantFrom("SEK", "EUR", "XYZ", "sek", "PLN", ""),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(codes, values, (code, value) => {
        try {
          parseCommand(["list.csv", `--fx=${code}=${value}`]);
        } catch (error) {
          expect(error).toBeInstanceOf(CliError);
          expect((error as CliError).message).toMatch(/^--fx\b/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("--vat-rate for any destination, prefix and rate", () => {
  it("is read or refused as a usage error", () => {
    const keys = fc.oneof(
      fc.constantFrom("DE:4901", "de : 49.01", "US:4901", "DE:", ":4901", "DE4901", "XX:12", "DE:49a", ""),
      fc.string({ maxLength: 8 }),
    );
    const rates = fc.oneof(fc.constantFrom("7%", "0.07", "7", "150 %", "-1", "abc", "", " "), fc.string());
    fc.assert(
      fc.property(keys, rates, (key, rate) => {
        try {
          parseCommand(["list.csv", `--vat-rate=${key}=${rate}`]);
        } catch (error) {
          expect(error).toBeInstanceOf(CliError);
          expect((error as CliError).message).toMatch(/^--vat-rate\b/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("every setting maps to its option", () => {
  /** A bad value of each setting the command line gives; null for those it has no option for. */
  const BAD: Readonly<Record<SettingName, readonly [string, string] | null>> = {
    declarationDate: ["--date", "2019-12-31"],
    tolerance: ["--tolerance", "5%"],
    offenceLevel: ["--offence", "4"],
    exchangeRates: ["--fx", "SEK=0"],
    firstOffenceFine: null,
    secondOffenceFine: null,
    dutyRates: null,
    vatRates: ["--vat-rate", "DE:4901=150"],
    channel: ["--channel", "air"],
    lowValueItemDigits: ["--low-value-item", "7"],
    language: ["--lang", "xx"],
  };

  test.each(SETTING_NAMES)("a bad %s is named by its option, found by the setting's name", (setting) => {
    const option = SETTING_OPTIONS[setting];
    const bad = BAD[setting];
    expect(bad?.[0] ?? null).toBe(option);
    if (option === null || bad === null) return;
    expect(USAGE).toContain(option);
    expect(() => parseCommand(["list.csv", ...bad])).toThrow(new RegExp(`^${option}\\b`));
  });

  test("an exchange rate names its currency; the settings without an option are never given here", () => {
    expect(() => parseCommand(["list.csv", "--fx", "SEK=0"])).toThrow(
      "--fx SEK: 0 is not a rate. Enter units of SEK per EUR, e.g. SEK=11.39",
    );
    const parsed = parseCommand([
      "list.csv",
      "--date",
      "2024-11-20",
      "--tolerance",
      "0.05",
      "--offence",
      "2",
      "--no-vat-deferral",
      "--fx",
      "SEK=11.39",
    ]);
    if (parsed.kind !== "check") throw new Error("expected a check");
    expect(parsed.options.storedSettings.fines).toBeUndefined();
    expect(parsed.options.storedSettings.dutyRates).toBeUndefined();
  });
});
