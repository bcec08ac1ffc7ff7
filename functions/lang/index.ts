/**
 * The custom functions in the language of Excel: functions/lang/LANG.json gives each function's and parameter's
 * name and description in French, Dutch, German and Chinese (webpack.config.js makes functions-LANG.json of them,
 * which manifest.xml points each Office language at); English is the JSDoc of functions.ts. At run time the same
 * words name the argument in an error message, so that the message says the name Excel showed the user.
 */
import { type AnyLanguage, type LanguageCode, anyLanguageOfTag } from "../../src/engine";
import de from "./de.json";
import fr from "./fr.json";
import nl from "./nl.json";
import zh from "./zh.json";

/** One language's words of the functions, keyed by function id, then by the parameter's English name. */
export type FunctionWords = Readonly<
  Record<
    string,
    {
      readonly name: string;
      readonly description: string;
      readonly parameters: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
    }
  >
>;

export const FUNCTION_TRANSLATIONS: Readonly<Record<Exclude<LanguageCode, "en">, FunctionWords>> = {
  fr,
  nl,
  de,
  zh,
};

/**
 * Excel's display language, which also picks the metadata Excel shows (manifest.xml's overrides); English outside
 * Excel (the functions' tests run the bundle without office.js).
 */
export function functionsLanguage(): AnyLanguage {
  const tag = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
  return anyLanguageOfTag(tag) ?? "en";
}

/**
 * The names an error message gives its field in a language: a parameter's English name (or a list of them, "a, b")
 * becomes the name Excel shows in that language; anything else stays as it is.
 */
export function parameterField(language: AnyLanguage, functionId: string, field: string): string {
  if (language === "en" || language === "qps") return field;
  const parameters = FUNCTION_TRANSLATIONS[language][functionId]?.parameters ?? {};
  return field
    .split(", ")
    .map((name) => parameters[name]?.name ?? name)
    .join(", ");
}
