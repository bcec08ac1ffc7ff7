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
  it.each(["--tolerance", "--date", "--offence"])(
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
