/**
 * The engine's messages (input problems, their fixes, the settings' names) in each language: English is in
 * ../messages.ts with the keys and their parameters, each other language is one table of the same type here.
 */
import type { AnyLanguage, LanguageCode } from "../language";
import { PSEUDO, pseudoOf } from "../language";
import { ENGLISH, type Language } from "../messages";
import { de } from "./de";
import { fr } from "./fr";
import { nl } from "./nl";
import { zh } from "./zh";

export const MESSAGE_CATALOGUES: Readonly<Record<LanguageCode, Language>> = { en: ENGLISH, fr, nl, de, zh };

const PSEUDO_MESSAGES = pseudoOf(ENGLISH);

export function messagesOf(language: AnyLanguage): Language {
  return language === PSEUDO ? PSEUDO_MESSAGES : MESSAGE_CATALOGUES[language];
}
