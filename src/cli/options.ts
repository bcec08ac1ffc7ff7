import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import {
  type AnyLanguage,
  DEFAULT_FINES,
  type LanguageCode,
  type SettingName,
  inputErrorText,
  isLanguageCode,
  messagesOf,
} from "../engine";
import { EXCEL_MAX_ROWS, SettingsError, type StoredSettings, readSettings } from "../sheet";
import { CliError } from "./errors";
import { type ReportKind } from "./json-report";
import { cliWordsOf } from "./lang";
import { type Environment, systemLanguage } from "./language";

/** What the user asked for on the command line (docs/contracts.md, Command line). */
export interface CliOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  /** Where the checked workbook goes: --out, or FILE.checked.xlsx next to the input. */
  readonly out: string;
  /** --force: replace an existing file at `out` even when this checker did not write it. */
  readonly force: boolean;
  /** What goes to stdout: the text summary, or the JSON report as one document (--json) or in lines (--jsonl). */
  readonly report: ReportKind;
  /**
   * Rows a sheet of the checked workbook holds before it goes on in another: Excel's limit, lower only for tests
   * (CUSTOMS_CHECK_SHEET_ROWS in the environment), which cannot write a million rows to see a sheet split.
   */
  readonly maxSheetRows: number;
  /** The options as the workbook stores settings (already checked here); each thread reads them from this. */
  readonly storedSettings: StoredSettings;
  /** "Today" for the default declaration date, fixed once so every thread reads the same settings. */
  readonly now: Date;
  /**
   * The language the command speaks (text summary, stderr) and the checked workbook's words are in: --lang, else
   * the system's (commandLanguage). The pseudo-locale only from code (tests), never from the command line.
   */
  readonly language: AnyLanguage;
}

export type ParsedCommand =
  { readonly kind: "help" } | { readonly kind: "check"; readonly options: CliOptions };

/** customs-check --help in a language. */
export function usageText(language: AnyLanguage): string {
  return cliWordsOf(language).usage({
    firstFine: DEFAULT_FINES.firstOffencePerHsCode,
    secondFine: DEFAULT_FINES.secondOffencePerHsCode,
  });
}

/** The help in English, as docs/contracts.md and the README quote it. */
export const USAGE = usageText("en");

const OPTIONS = {
  sheet: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  date: { type: "string" },
  offence: { type: "string" },
  tolerance: { type: "string" },
  "no-vat-deferral": { type: "boolean" },
  fx: { type: "string", multiple: true },
  "vat-rate": { type: "string", multiple: true },
  channel: { type: "string" },
  "low-value-item": { type: "string" },
  "no-controlled-goods": { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** node:util's messages span several lines; say the same in one. */
function argumentProblem(error: unknown): CliError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? "an option";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return new CliError((w) => w.command.unknownOption({ option }));
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(message))
      return new CliError((w) => w.command.takesNoValue({ option }));
    if (/ambiguous/.test(message)) return new CliError((w) => w.command.needsDashedValue({ option }));
    return new CliError((w) => w.command.needsValue({ option }));
  }
  return new CliError((w) => w.command.otherProblem({ problem: message.split("\n")[0] }));
}

/**
 * The language a command speaks: a valid --lang (the last one, as parseArgs takes it), else the system's. Read
 * before the command is parsed, so that even a problem with the other options is said in it; a bad --lang is
 * said in the system's language.
 */
export function commandLanguage(argv: readonly string[], env: Environment): LanguageCode {
  let given: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === "--") break;
    const match = /^--([^=]+)(?:=([\s\S]*))?$/.exec(argv[index]);
    if (match === null) continue;
    const [, name, inline] = match;
    // Only options that take a value: their value is skipped, so "--sheet --lang" names a sheet.
    if (
      !Object.prototype.hasOwnProperty.call(OPTIONS, name) ||
      OPTIONS[name as keyof typeof OPTIONS].type !== "string"
    )
      continue;
    const value = inline ?? argv[++index];
    if (name === "lang") given = value;
  }
  const code = given?.trim().toLowerCase();
  return code !== undefined && isLanguageCode(code) ? code : systemLanguage(env);
}

/** The checked workbook's default name: "list.csv" and "list.xlsx" both give "list.checked.xlsx", beside the input. */
export function defaultOutputPath(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.checked.xlsx`);
}

/** Exchange rates from repeated --fx CUR=RATE options; readSettings judges the codes and rates. */
function exchangeRates(values: readonly string[]): Record<string, string> {
  const rates: Record<string, string> = {};
  const given = new Map<string, string>();
  for (const value of values) {
    const match = /^\s*([^=\s]+)\s*=\s*(.+?)\s*$/.exec(value);
    if (!match) throw new CliError((w) => w.command.fxForm({ value }));
    // Two rates for one currency: the one that would win is a guess; the user must say which.
    const code = match[1].toUpperCase();
    const earlier = given.get(code);
    if (earlier !== undefined) {
      throw new CliError((w) => w.command.fxTwice({ currency: code, first: earlier, second: value.trim() }));
    }
    given.set(code, value.trim());
    rates[match[1]] = match[2];
  }
  return rates;
}

/**
 * Reduced VAT rates from repeated --vat-rate CC:PREFIX=RATE options, keyed "CC:PREFIX" as the workbook stores them;
 * readSettings judges the countries, prefixes and rates.
 */
function vatRates(values: readonly string[]): Record<string, string> {
  const rates: Record<string, string> = {};
  const given = new Map<string, string>();
  for (const value of values) {
    const match = /^\s*([^=]*?)\s*=\s*(.+?)\s*$/.exec(value);
    if (!match || match[1] === "")
      throw optionProblem(
        new SettingsError(
          "vatRates",
          undefined,
          { key: "notOfTheForm", params: { line: value.trim(), example: "DE:4901=7%" } },
          "useCountryAndPrefix",
        ),
      );
    // One destination and prefix twice (however spaced or cased): the rate that would win is a guess.
    const key = match[1].replace(/[\s.]/g, "").toUpperCase();
    const earlier = given.get(key);
    if (earlier !== undefined) {
      throw new CliError((w) => w.command.vatRateTwice({ key, first: earlier, second: value.trim() }));
    }
    given.set(key, value.trim());
    rates[match[1]] = match[2];
  }
  return rates;
}

/**
 * Reads the command line; bad options and bad setting values are CliErrors with one line to print. `env` gives
 * the system's language when there is no --lang: main passes process.env; without it (tests) there is no locale,
 * so English, whatever the machine's.
 */
export function parseCommand(
  argv: readonly string[],
  now: Date = new Date(),
  env: Environment = {},
): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentProblem(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (positionals.length === 0) throw new CliError((w) => w.command.noFile);
  if (positionals.length > 1) throw new CliError((w) => w.command.oneFileAtATime({ files: positionals }));
  const file = positionals[0];

  const stored: StoredSettings = {};
  if (values.date !== undefined) {
    // readSettings takes an empty date for "today"; on the command line it is a mistake (an unset variable).
    if (values.date.trim() === "") throw new CliError((w) => w.command.emptyDate);
    stored.declarationDate = values.date;
  }
  if (values.tolerance !== undefined) stored.tolerance = values.tolerance;
  if (values["no-vat-deferral"]) stored.vatDeferral = false;
  if (values.offence !== undefined) {
    const level = Number(values.offence.trim());
    // Digits only: Number() also reads "0x1", "1e0" and "1.0" as 1.
    const offence = values.offence;
    if (!/^\d+$/.test(offence.trim())) throw new CliError((w) => w.command.offenceChoice({ value: offence }));
    stored.offenceLevel = level;
  }
  if (values.fx !== undefined) stored.exchangeRates = exchangeRates(values.fx);
  if (values["vat-rate"] !== undefined) stored.vatRates = vatRates(values["vat-rate"]);
  if (values.channel !== undefined) {
    // readSettings takes an empty channel for the default; on the command line it is a mistake.
    if (values.channel.trim() === "") throw new CliError((w) => w.command.emptyChannel);
    stored.channel = values.channel;
  }
  const itemDigits = values["low-value-item"];
  if (itemDigits !== undefined) {
    // Digits only: Number() also reads "0x8", "8e0" and "8.0" as 8.
    if (!/^\s*\d+\s*$/.test(itemDigits))
      throw optionProblem(
        new SettingsError(
          "lowValueItemDigits",
          undefined,
          { key: "notItemDigits", params: { text: itemDigits } },
          "chooseItemDigits",
        ),
      );
    stored.lowValueItemDigits = itemDigits;
  }
  if (values["no-controlled-goods"]) stored.controlledGoods = false;
  let language: LanguageCode = systemLanguage(env);
  if (values.lang !== undefined) {
    // readSettings takes an empty language for English and knows the pseudo-locale; on the command line the one
    // is a mistake (an unset variable) and the other is for tests only.
    const given = values.lang;
    if (given.trim() === "") throw new CliError((w) => w.command.emptyLanguage);
    const code = given.trim().toLowerCase();
    if (!isLanguageCode(code)) {
      throw optionProblem(
        new SettingsError(
          "language",
          undefined,
          { key: "notALanguage", params: { text: given } },
          "chooseLanguage",
        ),
      );
    }
    stored.language = code;
    language = code;
  }

  // Read once here only to refuse a bad value before any file is opened; the threads read them for the check.
  try {
    readSettings(stored, now);
  } catch (error) {
    if (error instanceof SettingsError) throw optionProblem(error);
    throw error;
  }

  if (values.json === true && values.jsonl === true) throw new CliError((w) => w.command.jsonAndJsonl);
  const out = values.out ?? defaultOutputPath(file);
  if (sameFile(out, file)) throw new CliError((w) => w.command.outIsInput({ out }));
  if (!/\.xlsx$/i.test(out)) throw new CliError((w) => w.command.outNotXlsx({ out }));
  return {
    kind: "check",
    options: {
      file,
      sheet: values.sheet,
      out,
      force: values.force ?? false,
      report: values.jsonl === true ? "jsonl" : values.json === true ? "json" : "text",
      maxSheetRows: maxSheetRows(env),
      storedSettings: stored,
      now,
      language,
    },
  };
}

/** The rows a sheet holds: Excel's limit, or a lower one of at least 10 rows set for a test. */
function maxSheetRows(env: Environment): number {
  const given = Number(env.CUSTOMS_CHECK_SHEET_ROWS);
  return Number.isInteger(given) && given >= 10 && given < EXCEL_MAX_ROWS ? given : EXCEL_MAX_ROWS;
}

/** The same file by path, or by identity (a link, another spelling of the path). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const first = fs.statSync(a);
    const second = fs.statSync(b);
    return first.ino === second.ino && first.dev === second.dev;
  } catch {
    return false;
  }
}

/**
 * The option that gives each setting; null for the settings the command line has no option for (they keep their
 * defaults, so no value of theirs can be wrong here).
 */
export const SETTING_OPTIONS: Readonly<Record<SettingName, string | null>> = {
  declarationDate: "--date",
  tolerance: "--tolerance",
  offenceLevel: "--offence",
  exchangeRates: "--fx",
  firstOffenceFine: null,
  secondOffenceFine: null,
  dutyRates: null,
  vatRates: "--vat-rate",
  channel: "--channel",
  lowValueItemDigits: "--low-value-item",
  language: "--lang",
};

/**
 * A bad setting said as the option that gave it ("--fx SEK: 0 is not a rate. …"), with the engine's messages in
 * the language the command speaks.
 */
function optionProblem(error: SettingsError): CliError {
  const option = SETTING_OPTIONS[error.setting];
  return new CliError((_, language) => {
    const messages = messagesOf(language);
    const field =
      option === null
        ? messages.settings[error.setting](error.entry)
        : error.entry === undefined
          ? option
          : `${option} ${error.entry}`;
    return inputErrorText(error, { language: messages, field });
  });
}

/**
 * The stored settings the check reads: the options', with the language the command speaks, so that the checked
 * workbook and the --json explanations are in it too (the sheet layer writes them in Settings.language).
 */
export function checkSettings(options: CliOptions): StoredSettings {
  return { ...options.storedSettings, language: options.language };
}
