import * as fs from "node:fs";
import * as path from "node:path";
import { type CheckResult } from "../../src/cli/check-result";
import { CliError } from "../../src/cli/errors";
import { ShipmentEvaluator } from "../../src/cli/evaluation";
import { openInput, readInputRows, surveyInput } from "../../src/cli/input";
import { AUDIT_SHEET_NAMES, CLI_CATALOGUES, cliWordsOf, sheetNamesOf } from "../../src/cli/lang";
import { systemLanguage } from "../../src/cli/language";
import {
  type CliOptions,
  checkSettings,
  commandLanguage,
  parseCommand,
  usageText,
} from "../../src/cli/options";
import { displayWidth, labelColumnWidth, summaryText } from "../../src/cli/summary-text";
import { LANGUAGES, type AnyLanguage } from "../../src/engine";
import { readSettings } from "../../src/sheet";
import { EXAMPLES, EXAMPLE_OPTIONS, assertBuilt, cliEnv, parseReport, runCli, tempDir } from "./helpers";

/** The language the command line speaks: --lang, else the system's locale, else English (docs/contracts.md). */
const CSV = path.join(EXAMPLES, "shipment.csv");

describe("the system's language, from the environment", () => {
  it.each([
    [{}, "en"],
    [{ LANG: "C" }, "en"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{ LANG: "POSIX" }, "en"],
    [{ LANG: "fr_BE.UTF-8" }, "fr"],
    [{ LANG: "nl_BE.UTF-8" }, "nl"],
    [{ LANG: "de_DE.UTF-8@euro" }, "de"],
    [{ LANG: "zh_CN.UTF-8" }, "zh"],
    // Traditional Chinese and languages the product has no words for: English.
    [{ LANG: "zh_TW.UTF-8" }, "en"],
    [{ LANG: "es_ES.UTF-8" }, "en"],
  ] as const)("%j gives %s", (env, language) => {
    expect(systemLanguage(env)).toBe(language);
  });

  it("takes LC_ALL over LC_MESSAGES over LANG (POSIX precedence), an empty one as unset", () => {
    const all = { LC_ALL: "de_DE.UTF-8", LC_MESSAGES: "nl_NL.UTF-8", LANG: "fr_FR.UTF-8" };
    expect(systemLanguage(all)).toBe("de");
    expect(systemLanguage({ ...all, LC_ALL: undefined })).toBe("nl");
    expect(systemLanguage({ ...all, LC_ALL: "" })).toBe("nl");
    expect(systemLanguage({ ...all, LC_ALL: " ", LC_MESSAGES: "" })).toBe("fr");
    expect(systemLanguage({ LC_MESSAGES: "zh_CN.UTF-8", LANG: "de_DE.UTF-8" })).toBe("zh");
  });

  it("lets the first variable set decide, even for a language the product does not speak", () => {
    // LC_ALL=C asks for the untranslated messages: English, not LANG's French.
    expect(systemLanguage({ LC_ALL: "C", LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(systemLanguage({ LC_MESSAGES: "es_ES.UTF-8", LANG: "de_DE.UTF-8" })).toBe("en");
  });
});

describe("--lang", () => {
  const check = (argv: readonly string[], env = {}) => {
    const command = parseCommand(["list.csv", ...argv], new Date(), env);
    if (command.kind !== "check") throw new Error("expected a check");
    return command.options;
  };

  it.each(LANGUAGES)("--lang %s sets the language of the command and of the checked workbook", (code) => {
    for (const argv of [["--lang", code], [`--lang=${code}`], ["--lang", code.toUpperCase()]]) {
      const options = check(argv);
      expect(options.language).toBe(code);
      expect(options.storedSettings.language).toBe(code);
      expect(readSettings(checkSettings(options)).language).toBe(code);
      expect(commandLanguage(["list.csv", ...argv], {})).toBe(code);
    }
  });

  it("wins over the system's language, which is the default without it", () => {
    const french = { LANG: "fr_BE.UTF-8" };
    expect(check(["--lang", "de"], french).language).toBe("de");
    expect(check([], french).language).toBe("fr");
    expect(readSettings(checkSettings(check([], french))).language).toBe("fr");
    // The default is no stored setting of its own: the workbook stores what the options say.
    expect(check([], french).storedSettings.language).toBeUndefined();
    // Without an environment (as the other tests call it), English whatever the machine's locale.
    expect(check([]).language).toBe("en");
    expect(readSettings(checkSettings(check([]))).language).toBe("en");
  });

  it.each([["xx"], ["qps"], ["fr-BE"], ["english"]])(
    "refuses --lang %s, naming --lang and the five codes",
    (value) => {
      expect(() => check(["--lang", value])).toThrow(CliError);
      expect(() => check(["--lang", value])).toThrow(
        `--lang: "${value}" is not a language of the product. Choose en, fr, nl, de or zh`,
      );
    },
  );

  it("refuses an empty --lang (an unset variable) and --lang without a value", () => {
    expect(() => check(["--lang", " "])).toThrow(
      "--lang is empty: choose en, fr, nl, de or zh, or leave --lang out for the language of the system",
    );
    expect(() => check(["--lang"])).toThrow(/^--lang needs a value/);
  });

  it("is read before the command is parsed, so that its problems are said in it", () => {
    const env = { LANG: "nl_BE.UTF-8" };
    expect(commandLanguage(["list.csv", "--bogus", "--lang", "de"], env)).toBe("de");
    // The last one counts, as parseArgs takes it; a bad one leaves the system's.
    expect(commandLanguage(["--lang", "de", "--lang", "fr"], env)).toBe("fr");
    expect(commandLanguage(["--lang", "xx"], env)).toBe("nl");
    expect(commandLanguage(["--lang"], env)).toBe("nl");
    // Another option's value, and anything after "--", is no --lang.
    expect(commandLanguage(["--sheet", "--lang", "list.xlsx"], env)).toBe("nl");
    expect(commandLanguage(["--", "--lang", "de"], env)).toBe("nl");
  });
});

describe("the catalogue", () => {
  it("has the same entries in every language", () => {
    const keys = (words: unknown, prefix = ""): string[] =>
      typeof words === "object" && words !== null
        ? Object.entries(words).flatMap(([key, value]) => keys(value, `${prefix}${key}.`))
        : [prefix];
    const english = keys(cliWordsOf("en"));
    expect(english.length).toBeGreaterThan(100);
    for (const language of LANGUAGES) expect(keys(cliWordsOf(language))).toEqual(english);
    expect(Object.keys(CLI_CATALOGUES)).toEqual([...LANGUAGES]);
  });

  it("knows the Audit sheet under its name in every language (the sheet layer's, as the task pane names it)", () => {
    for (const language of LANGUAGES)
      expect(AUDIT_SHEET_NAMES).toContain(sheetNamesOf(language).audit.toLowerCase());
  });

  it("gives the help in each language, English by default", () => {
    expect(usageText("en")).toContain("--lang en|fr|nl|de|zh");
    expect(usageText("qps")).toMatch(/^⟦/);
    expect(usageText("qps")).not.toContain("Usage: customs-check");
  });

  it("measures Chinese labels in terminal columns: a wide character takes two", () => {
    expect(displayWidth("Status")).toBe(6);
    expect(displayWidth("关税")).toBe(4);
    expect(displayWidth("⟦Šţåţûš⟧")).toBe(8);
    expect(labelColumnWidth({ a: "Status", b: "应缴关税" })).toBe(9);
  });
});

describe("the text summary", () => {
  let result: CheckResult;
  let options: CliOptions;

  beforeAll(async () => {
    const command = parseCommand([CSV, ...EXAMPLE_OPTIONS]);
    if (command.kind !== "check") throw new Error("expected a check");
    options = command.options;
    const input = await surveyInput(openInput(CSV, undefined), "en");
    const { layout } = input.survey;
    const evaluator = new ShipmentEvaluator({
      layout,
      settings: readSettings(checkSettings(options), options.now),
      hints: {},
      shipmentEnds: input.survey.shipmentEnds,
      json: false,
      source: CSV,
      time: new Date(Date.UTC(2024, 10, 20)),
    });
    await readInputRows(input, (rows) => void evaluator.evaluate(rows.values, rows.start));
    const { report } = evaluator.finish();
    result = {
      report,
      input: { ...input, hiddenRows: new Set([6, 11]) },
      layout,
      out: "list.checked.xlsx",
      splits: [],
      cleaned: { cells: ["B7"], count: 3 },
    };
  });

  /** The lines with a label, and the column their value starts in (past the label and its padding). */
  function labelledLines(text: string, language: AnyLanguage): { label: string; valueAt: number }[] {
    const labels = Object.values(cliWordsOf(language).summary.labels);
    return text.split("\n").flatMap((line) => {
      const label = labels.find((candidate) => line.startsWith(`  ${candidate} `));
      if (label === undefined) return [];
      return [
        { label, valueAt: 2 + label.length + (/^ */.exec(line.slice(2 + label.length))?.[0].length ?? 0) },
      ];
    });
  }

  it("in English: the labels of the catalogue, the values in column 20 as before", () => {
    const text = summaryText(options, result);
    expect(text).toMatch(/^Checked .*shipment\.csv: 38 rows, header on row 1\n/);
    expect(text).toContain("\n  Status            OK 11   REVIEW 11   RISK 11   ERROR 5\n");
    expect(text).toContain(
      "\n  Cells cleaned     B7 and 2 more (characters Excel cannot store were removed)\n",
    );
    expect(text).toContain(
      "\n  Hidden rows       rows 7, 12 (hidden in the input, still hidden in the checked workbook)\n",
    );
    expect(text).toContain("\n  Checked workbook  list.checked.xlsx\n");
    const lines = labelledLines(text, "en");
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(new Set(lines.map((line) => line.valueAt))).toEqual(new Set([20]));
  });

  it("in the pseudo-locale: every label and sentence of the CLI from the catalogue, the values still aligned", () => {
    const text = summaryText({ ...options, language: "qps" }, result);
    const words = cliWordsOf("qps").summary;
    // The first line and every label are the catalogue's, accented: no English of the CLI is left.
    expect(text).toMatch(/^⟦Çĥéçķéđ .*shipment\.csv: 38 ŕöŵš, ĥéåđéŕ öñ ŕöŵ 1⟧\n/);
    for (const english of ["  Status ", "  Fine exposure ", "  Checked workbook ", "RISK and ERROR rows"])
      expect(text).not.toContain(english);
    const lines = labelledLines(text, "qps");
    expect(lines.map((line) => line.label)).toEqual(
      expect.arrayContaining([words.labels.status, words.labels.fineExposure, words.labels.checkedWorkbook]),
    );
    // The label column is as wide as the widest pseudo label and a space: "⟦Šĥîþɱéñţš éẋþöšéð⟧ " is 20.
    const width = labelColumnWidth(words.labels);
    expect(width).toBe(20);
    expect(new Set(lines.map((line) => line.valueAt))).toEqual(new Set([2 + width]));
    // Codes and the user's text stay as they are: status codes, flags, file names.
    expect(text).toContain("OK 11");
    expect(text).toContain("UNDER_DECLARED");
    expect(text).toContain("list.checked.xlsx");
  });
});

describe("the command line in each language", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    assertBuilt();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses a bad --lang as a usage error: exit 2, one line naming --lang and the five codes", async () => {
    const run = await runCli([CSV, "--lang", "klingon", "--out", path.join(dir, "bad.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'customs-check: --lang: "klingon" is not a language of the product. Choose en, fr, nl, de or zh\n',
    );
    expect(fs.existsSync(path.join(dir, "bad.xlsx"))).toBe(false);
  });

  it("keeps the JSON keys, flags and exit status in every language, --lang or the system's", async () => {
    const json = (extra: readonly string[], env = cliEnv()) =>
      runCli(
        [
          CSV,
          ...EXAMPLE_OPTIONS,
          "--json",
          "--out",
          path.join(dir, `${extra.join("")}${env.LANG}.xlsx`),
          ...extra,
        ],
        undefined,
        env,
      );
    const runs = await Promise.all([
      json([]),
      ...LANGUAGES.map((code) => json(["--lang", code])),
      json([], cliEnv({ LANG: "de_DE.UTF-8" })),
    ]);
    const english = parseReport(runs[0]);
    for (const run of runs) {
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("");
      const report = parseReport(run);
      expect(Object.keys(report)).toEqual(Object.keys(english));
      expect(Object.keys(report.summary)).toEqual(Object.keys(english.summary));
      expect(report.rows.map((row) => [row.row, row.status, row.flags])).toEqual(
        english.rows.map((row) => [row.row, row.status, row.flags]),
      );
    }
  });

  it("prints the help in the language asked for", async () => {
    const run = await runCli(["--help", "--lang", "de"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${usageText("de")}\n`);
  });
});
