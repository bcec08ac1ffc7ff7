/** The command line's words in each language (see en.ts). */
import { type AnyLanguage, LANGUAGES, catalogues } from "../../engine";
import { type SheetWords, sheetWordsOf } from "../../sheet/lang";
import { de } from "./de";
import { type CliWords, en } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";
import { zh } from "./zh";

export type { CliWords };
export const CLI_CATALOGUES = { en, fr, nl, de, zh } as const;
export const cliWordsOf = catalogues<CliWords>(CLI_CATALOGUES);

/**
 * The names of the sheets the check adds (Summary, Audit, VAT deferral, Pro forma): the sheet layer's words, which
 * the task pane names them with too, so that either finds the sheets the other wrote.
 */
export function sheetNamesOf(language: AnyLanguage): SheetWords["sheetNames"] {
  return sheetWordsOf(language).sheetNames;
}

/**
 * The Audit sheet's name in every language, in lower case: a re-check carries over the log of an earlier check
 * (and may replace the workbook it wrote) whatever language that check wrote its words in.
 */
export const AUDIT_SHEET_NAMES: readonly string[] = [
  ...new Set(LANGUAGES.map((language) => sheetNamesOf(language).audit.toLowerCase())),
];
