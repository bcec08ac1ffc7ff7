import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_FINES, type SettingName, inputErrorText } from "../engine";
import { SettingsError, type StoredSettings, readSettings } from "../sheet";
import { CliError } from "./errors";

/** What the user asked for on the command line (docs/contracts.md, Command line). */
export interface CliOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  /** Where the checked workbook goes: --out, or FILE.checked.xlsx next to the input. */
  readonly out: string;
  /** --force: replace an existing file at `out` even when this checker did not write it. */
  readonly force: boolean;
  readonly json: boolean;
  /** The options as the workbook stores settings (already checked here); each thread reads them from this. */
  readonly storedSettings: StoredSettings;
  /** "Today" for the default declaration date, fixed once so every thread reads the same settings. */
  readonly now: Date;
}

export type ParsedCommand =
  { readonly kind: "help" } | { readonly kind: "check"; readonly options: CliOptions };

export const USAGE = `Usage: customs-check FILE [options]
       npm run check -- FILE [options]

Checks a shipment sheet (.xlsx or .csv) the way Belgian customs value e-commerce imports (the inverse
value from the marketplace price) and writes the checked workbook FILE.checked.xlsx next to it: the sheet
with Inverse value, Declaration ratio, Duty, Status, Flags and Explanation, a Summary, Pro forma
breakdowns and an Audit sheet. The input file is never changed.

Options:
  --sheet NAME         worksheet to check in an .xlsx file (default: the first visible one)
  --out FILE           where to write the checked workbook (.xlsx; never the input file). A file
                       already there is replaced only when it is a workbook this checker wrote
  --force              replace the --out file (or FILE.checked.xlsx) even when this checker did
                       not write it (a read-only file is never replaced)
  --json               print one JSON document (rows and summary) instead of the text summary
  --date YYYY-MM-DD    declaration date: picks the VAT rates (default: today)
  --offence 1|2|3      offence level for the fine exposure (1: EUR ${DEFAULT_FINES.firstOffencePerHsCode}, 2: EUR ${DEFAULT_FINES.secondOffencePerHsCode} per HS code,
                       3: blacklisting, no amount; default 1)
  --tolerance X        EUR per unit a declared value may be below the inverse value (default 0)
  --no-vat-deferral    VAT deferral not used: no VAT number required
  --fx CUR=RATE        customs exchange rate in units per EUR, e.g. --fx SEK=11.39 (repeatable)
  --vat-rate CC:PREFIX=RATE
                       reduced VAT rate by destination and HS code prefix, e.g. --vat-rate DE:4901=7%
                       (repeatable; the longest prefix wins; a row's own VAT rate still wins over it)
  --channel stock|b2c  channel of rows without a Channel cell: stock (own stock, FBA, B2B: the normal
                       duty; the default) or b2c (parcels sold to consumers: the EUR 3 low-value duty)
  --low-value-item 8|6 digits of the tariff subheading that make one item of the EUR 3 low-value duty:
                       8 (the CN subheading, the default) or 6 (the HS subheading)
  --no-controlled-goods
                       goods that need a licence, a certificate or a declaration are not flagged
  --help               this text

Exit status: 0 the check completed and no row is at RISK or ERROR; 1 some rows are at RISK or ERROR;
2 the check did not complete (a usage or file problem, said in one line on stderr; no workbook is
written); 130 or 143 interrupted by Ctrl-C (SIGINT) or SIGTERM (the unfinished workbook is removed).`;

const OPTIONS = {
  sheet: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  json: { type: "boolean" },
  date: { type: "string" },
  offence: { type: "string" },
  tolerance: { type: "string" },
  "no-vat-deferral": { type: "boolean" },
  fx: { type: "string", multiple: true },
  "vat-rate": { type: "string", multiple: true },
  channel: { type: "string" },
  "low-value-item": { type: "string" },
  "no-controlled-goods": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** node:util's messages span several lines; say the same in one. */
function argumentProblem(error: unknown): CliError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(--?[\w-]+)/.exec(message)?.[1] ?? "an option";
  const hint = "Run customs-check --help for the options";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new CliError(`Unknown option ${option}. ${hint}`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(message)) return new CliError(`${option} takes no value. ${hint}`);
    if (/ambiguous/.test(message)) {
      return new CliError(`${option} needs a value; for a value that starts with "-" write ${option}=VALUE`);
    }
    return new CliError(`${option} needs a value. ${hint}`);
  }
  return new CliError(`${message.split("\n")[0]}. ${hint}`);
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
    if (!match)
      throw new CliError(
        `--fx ${value}: write the customs rate as CUR=RATE in units per EUR, e.g. --fx SEK=11.39`,
      );
    // Two rates for one currency: the one that would win is a guess; the user must say which.
    const code = match[1].toUpperCase();
    const earlier = given.get(code);
    if (earlier !== undefined) {
      throw new CliError(
        `--fx ${code} is given twice (${earlier} and ${value.trim()}): give one rate per currency`,
      );
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
      throw new CliError(
        optionMessage(
          new SettingsError(
            "vatRates",
            undefined,
            { key: "notOfTheForm", params: { line: value.trim(), example: "DE:4901=7%" } },
            "useCountryAndPrefix",
          ),
        ),
      );
    // One destination and prefix twice (however spaced or cased): the rate that would win is a guess.
    const key = match[1].replace(/[\s.]/g, "").toUpperCase();
    const earlier = given.get(key);
    if (earlier !== undefined) {
      throw new CliError(
        `--vat-rate ${key} is given twice (${earlier} and ${value.trim()}): give one rate per destination and prefix`,
      );
    }
    given.set(key, value.trim());
    rates[match[1]] = match[2];
  }
  return rates;
}

/** Reads the command line; bad options and bad setting values are CliErrors with one line to print. */
export function parseCommand(argv: readonly string[], now: Date = new Date()): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw argumentProblem(error);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (positionals.length === 0)
    throw new CliError("No file given. Usage: customs-check FILE [options] (--help for the options)");
  if (positionals.length > 1) {
    throw new CliError(
      `One file at a time: got ${positionals.map((name) => `"${name}"`).join(", ")}. Run customs-check --help for the options`,
    );
  }
  const file = positionals[0];

  const stored: StoredSettings = {};
  if (values.date !== undefined) {
    // readSettings takes an empty date for "today"; on the command line it is a mistake (an unset variable).
    if (values.date.trim() === "")
      throw new CliError(
        "--date is empty: give the declaration date as YYYY-MM-DD, or leave --date out for today",
      );
    stored.declarationDate = values.date;
  }
  if (values.tolerance !== undefined) stored.tolerance = values.tolerance;
  if (values["no-vat-deferral"]) stored.vatDeferral = false;
  if (values.offence !== undefined) {
    const level = Number(values.offence.trim());
    // Digits only: Number() also reads "0x1", "1e0" and "1.0" as 1.
    if (!/^\d+$/.test(values.offence.trim())) {
      throw new CliError(`--offence ${values.offence}: choose offence 1, 2 or 3`);
    }
    stored.offenceLevel = level;
  }
  if (values.fx !== undefined) stored.exchangeRates = exchangeRates(values.fx);
  if (values["vat-rate"] !== undefined) stored.vatRates = vatRates(values["vat-rate"]);
  if (values.channel !== undefined) {
    // readSettings takes an empty channel for the default; on the command line it is a mistake.
    if (values.channel.trim() === "")
      throw new CliError("--channel is empty: choose stock or b2c, or leave --channel out for stock");
    stored.channel = values.channel;
  }
  const itemDigits = values["low-value-item"];
  if (itemDigits !== undefined) {
    // Digits only: Number() also reads "0x8", "8e0" and "8.0" as 8.
    if (!/^\s*\d+\s*$/.test(itemDigits))
      throw new CliError(
        optionMessage(
          new SettingsError(
            "lowValueItemDigits",
            undefined,
            { key: "notItemDigits", params: { text: itemDigits } },
            "chooseItemDigits",
          ),
        ),
      );
    stored.lowValueItemDigits = itemDigits;
  }
  if (values["no-controlled-goods"]) stored.controlledGoods = false;

  // Read once here only to refuse a bad value before any file is opened; the threads read them for the check.
  try {
    readSettings(stored, now);
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(optionMessage(error));
    throw error;
  }

  const out = values.out ?? defaultOutputPath(file);
  if (sameFile(out, file)) {
    throw new CliError(
      `--out ${out} is the input file: the checked workbook never overwrites the input; choose another name`,
    );
  }
  if (!/\.xlsx$/i.test(out))
    throw new CliError(`--out ${out}: the checked workbook is an .xlsx file; give a name ending in .xlsx`);
  return {
    kind: "check",
    options: {
      file,
      sheet: values.sheet,
      out,
      force: values.force ?? false,
      json: values.json ?? false,
      storedSettings: stored,
      now,
    },
  };
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
};

/** A bad setting said as the option that gave it ("--fx SEK: 0 is not a rate. …"). */
function optionMessage(error: SettingsError): string {
  const option = SETTING_OPTIONS[error.setting];
  if (option === null) return error.message;
  return inputErrorText(error, { field: error.entry === undefined ? option : `${option} ${error.entry}` });
}
