import type { AnyLanguage } from "../engine";
import { type CliWords, cliWordsOf } from "./lang";

/**
 * A message in the words of any language: the CLI's catalogue, and the language itself for the engine's messages
 * (a bad option value is said with them). Errors are worded when they are printed, in the language the command
 * speaks, so that code deep in the readers need not know it.
 */
export type Wording = (words: CliWords, language: AnyLanguage) => string;

/** An error said in the language it is printed in; `message` is the English, for logs, tests and other threads. */
export class WordedError extends Error {
  constructor(readonly wording: Wording) {
    super(wording(cliWordsOf("en"), "en"));
    this.name = "WordedError";
  }

  /** The message in `language`. */
  in(language: AnyLanguage): string {
    return this.wording(cliWordsOf(language), language);
  }
}

/**
 * A problem the user can fix: a wrong option, a missing or unreadable file, a sheet that cannot be checked.
 * The CLI prints its message as one line on stderr and exits with 2, without a stack trace.
 */
export class CliError extends WordedError {
  constructor(wording: Wording) {
    super(wording);
    this.name = "CliError";
  }
}

/** The message of anything thrown, on one line; a WordedError's in `language`, any other in its own words. */
export function oneLine(error: unknown, language: AnyLanguage = "en"): string {
  const text =
    error instanceof WordedError
      ? error.in(language)
      : error instanceof Error
        ? error.message
        : String(error);
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/**
 * Characters a terminal would act on or that would hide what a line says: C0 and C1 controls and DEL (an SKU
 * with "\x1b[2J" would clear the screen), bidi controls (U+202E turns the rest of a line around), line and
 * paragraph separators, lone surrogates and the non-characters U+FFFE and U+FFFF.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be matched
  /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text from a file or the command line, safe to print: each unprintable character shown as \xHH or U+HHHH. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}
