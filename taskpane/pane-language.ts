/**
 * The language the pane speaks: Office's display language (fr-*, nl-*, de-*, zh-CN and zh-Hans give theirs, qps-ploc
 * the pseudo-locale, anything else English), unless the user chose one in Settings (kept in the workbook). The words
 * written INTO the workbook are another matter: they follow the workbook's language setting (Settings.language).
 *
 * The pane is one page that speaks one language at a time, so the language is held here, once, and every message is
 * made in it when it is said (`paneWords()`): the actions need no words passed down to them, and a switch applies to
 * everything said from then on. What was already on screen is said again by the controller (ui.ts).
 */
import {
  type AnyLanguage,
  type Language,
  type LanguageCode,
  PSEUDO,
  anyLanguageOfTag,
  isLanguageCode,
  messagesOf,
} from "../src/engine";
import { type Field } from "../src/sheet";
import { sheetWordsOf } from "../src/sheet/lang";
import { type PaneWords, paneWordsOf } from "./lang";

/** The user's choice in Settings: one of the five languages, or "" for Office's language (automatic). */
export type PaneLanguageChoice = LanguageCode | "";

/** The choice as stored in the workbook (anything else, an older or broken value, is automatic). */
export function paneLanguageChoice(stored: unknown): PaneLanguageChoice {
  return typeof stored === "string" && isLanguageCode(stored) ? stored : "";
}

/** The pane's language: the choice, else the display language's, else English. */
export function paneLanguageOf(displayLanguage: string | undefined, choice: PaneLanguageChoice): AnyLanguage {
  return choice !== "" ? choice : (anyLanguageOfTag(displayLanguage) ?? "en");
}

/** The BCP 47 tag of `<html lang>` (screen readers and hyphenation go by it): Chinese is the simplified script's. */
export function htmlLangOf(language: AnyLanguage): string {
  if (language === PSEUDO) return "qps-ploc";
  return language === "zh" ? "zh-CN" : language;
}

/** Office's display language, when Office.js has said it (undefined outside Office or before Office.onReady). */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : (Office.context?.displayLanguage ?? undefined);
  } catch {
    return undefined;
  }
}

let current: AnyLanguage = "en";

export function paneLanguage(): AnyLanguage {
  return current;
}

export function setPaneLanguage(language: AnyLanguage): void {
  current = language;
}

/** The pane's words in its language now. */
export function paneWords(): PaneWords {
  return paneWordsOf(current);
}

type Progress = PaneWords["progress"];

/** A phase of a running action whose progress the pane shows as "Writing results: 1,000 of 4,000 rows". */
export type ProgressPhase = {
  [K in keyof Progress]: Progress[K] extends (p: { done: number; total: number }) => string ? K : never;
}[keyof Progress];

/** The progress label of a phase, in the pane's words. */
export function progressLabel(phase: ProgressPhase, done: number, total: number): string {
  return paneWords().progress[phase]({ done, total });
}

/** Each field of the shipment sheet as the column mapping and the missing-column notes name it: the sheet's name of it. */
export function paneFieldNames(): Readonly<Record<Field, string>> {
  return sheetWordsOf(current).headers.fields;
}

/** The engine's messages (input problems, their fixes, the settings' names) in the pane's language. */
export function paneMessages(): Language {
  return messagesOf(current);
}
