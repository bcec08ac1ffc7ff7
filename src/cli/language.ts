import { type LanguageCode, languageOfTag } from "../engine";

/** The environment variables of a process (process.env), or a test's stand-in for them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The language of the system's locale, for a command without --lang: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set (POSIX precedence: LC_ALL overrides every category, LC_MESSAGES is the category of messages, LANG
 * the default of all), an empty one counting as unset. The first set decides even when the product does not
 * speak its language: LC_ALL=es_ES.UTF-8 is Spanish, said in English, not in what LANG would give. "C", "POSIX"
 * and any language the product has no words for give English.
 */
export function systemLanguage(env: Environment): LanguageCode {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value.trim() !== "",
  );
  return languageOfTag(locale) ?? "en";
}
