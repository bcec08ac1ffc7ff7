/**
 * The five languages of the product and how each writes numbers, amounts and dates. Every layer has one catalogue
 * of words per language (src/engine/lang, src/sheet/lang, src/cli/lang, taskpane/lang, functions/lang); this file is
 * what they share: which languages there are, how an Office or system language tag picks one, and the formats a
 * catalogue puts its parameters in. docs/glossary.md has the domain's words in each language.
 */
import type { IsoDate } from "./dates";

export const LANGUAGES = ["en", "fr", "nl", "de", "zh"] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language choice. */
export const LANGUAGE_NAMES: Readonly<Record<LanguageCode, string>> = {
  en: "English",
  fr: "Français",
  nl: "Nederlands",
  de: "Deutsch",
  zh: "简体中文",
};

export function isLanguageCode(text: string): text is LanguageCode {
  return (LANGUAGES as readonly string[]).includes(text);
}

/**
 * The language of a BCP 47 tag (Office.context.displayLanguage "fr-BE", LANG "de_DE.UTF-8"): fr-*, nl-*, de-* give
 * that language; Chinese only in its simplified script (zh-CN, zh-SG, zh-Hans-*; zh-TW and zh-HK are traditional
 * and get undefined, as does every other language). Undefined means the caller's default, English.
 */
export function languageOfTag(tag: string | undefined | null): LanguageCode | undefined {
  if (tag === undefined || tag === null) return undefined;
  // POSIX locales write "de_DE.UTF-8@euro": the part before the dot or the at is the tag.
  const parts = tag.trim().split(/[.@]/)[0].toLowerCase().split(/[-_]/);
  const [language] = parts;
  if (language === "fr" || language === "nl" || language === "de" || language === "en") return language;
  if (language !== "zh") return undefined;
  if (parts.includes("hans")) return "zh";
  if (parts.includes("hant")) return undefined;
  // A bare "zh" is Mandarin in the simplified script in every system we know; Taiwan, Hong Kong and Macau write
  // the traditional one.
  return parts.length === 1 || parts.some((part) => part === "cn" || part === "sg") ? "zh" : undefined;
}

/** How a language writes what the catalogues put into their sentences. */
export interface Formats {
  readonly language: LanguageCode;
  /** 1250.4 → "1,250.40" (en, zh) or "1.250,40" (fr, nl, de): two decimals. */
  readonly amount: (value: number) => string;
  /** "EUR 1,250.40" / "EUR 1.250,40": an amount of euros in every sentence of the product. */
  readonly money: (value: number) => string;
  /** A whole count: 12500 → "12,500" / "12.500". */
  readonly count: (value: number) => string;
  /** A number as written, any decimals: 0.3 → "0.3" / "0,3". */
  readonly number: (value: number | string) => string;
  /** A rate written as a percentage from its decimal text ("7", "5.5"): "7 %", "5,5 %". */
  readonly percent: (percentText: string) => string;
  /** An ISO date as the language writes it: 2026-12-30 → "2026-12-30", "30/12/2026", "30-12-2026", "30.12.2026". */
  readonly date: (date: IsoDate) => string;
  /** Intl.PluralRules's category of a count in this language ("one", "other" …). */
  readonly plural: (value: number) => Intl.LDMLPluralRule;
  /** A list of items joined the way the language joins them: "A, B or C" / "A, B ou C". */
  readonly or: (items: readonly string[]) => string;
  readonly and: (items: readonly string[]) => string;
}

/** The Intl locale each language's numbers follow; fr, nl and de all write 1.250,40 (the choice for Belgium). */
const NUMBER_LOCALE: Readonly<Record<LanguageCode, string>> = {
  en: "en-GB",
  fr: "de-DE",
  nl: "de-DE",
  de: "de-DE",
  zh: "en-GB",
};

const LIST_LOCALE: Readonly<Record<LanguageCode, string>> = {
  en: "en-GB",
  fr: "fr-FR",
  nl: "nl-NL",
  de: "de-DE",
  zh: "zh-CN",
};

function dateIn(language: LanguageCode, date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match;
  switch (language) {
    case "en":
      return date;
    case "fr":
      return `${day}/${month}/${year}`;
    case "nl":
      return `${day}-${month}-${year}`;
    case "de":
      return `${day}.${month}.${year}`;
    case "zh":
      return `${year}年${Number(month)}月${Number(day)}日`;
  }
}

/** Below this size a double has less than a thousandth of a cent between neighbours (10^13 · 2^-52 ≈ 0.002). */
const CENTS_FORMAT_LIMIT = 1e13;

/**
 * A whole number of cents to two decimals with the grouping of en-GB ("1,250.40") or de-DE ("1.250,40"), the
 * text Intl.NumberFormat gives it; undefined for any other number (Intl formats it then). Intl formats the
 * shortest decimal that reads back as the double, and for such a number below CENTS_FORMAT_LIMIT that decimal is
 * the cents themselves, so nothing is rounded. The amounts of the explanations are such numbers (the row check
 * rounds them to the cent first); Intl, at about half a microsecond a call, took a twentieth of the sheet check.
 * test/engine/language-formats.test.ts holds it to Intl.
 */
function wholeCentsText(value: number, group: string, decimal: string): string | undefined {
  if (!(Math.abs(value) < CENTS_FORMAT_LIMIT)) return undefined;
  const cents = Math.round(value * 100);
  if (cents / 100 !== value) return undefined;
  const magnitude = Math.abs(cents);
  const units = String(Math.floor(magnitude / 100));
  const fraction = magnitude % 100;
  let grouped = units.slice(0, ((units.length - 1) % 3) + 1);
  for (let at = grouped.length; at < units.length; at += 3) grouped += group + units.slice(at, at + 3);
  // A negative zero was made 0 by the caller; cents < 0 means a negative amount of at least a cent.
  return `${cents < 0 ? "-" : ""}${grouped}${decimal}${fraction < 10 ? "0" : ""}${fraction}`;
}

function formatsFor(language: LanguageCode): Formats {
  // One formatter of each kind per language: toLocaleString with options builds a new one per call (about 0.1 ms).
  const amounts = new Intl.NumberFormat(NUMBER_LOCALE[language], {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const counts = new Intl.NumberFormat(NUMBER_LOCALE[language], { maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(LIST_LOCALE[language]);
  const ors = new Intl.ListFormat(LIST_LOCALE[language], { type: "disjunction" });
  const ands = new Intl.ListFormat(LIST_LOCALE[language], { type: "conjunction" });
  const comma = NUMBER_LOCALE[language] === "de-DE";
  const [group, decimal] = comma ? [".", ","] : [",", "."];
  // `+ 0` turns a negative zero from rounding into 0, which would otherwise print as "-0.00".
  const amount = (value: number) => wholeCentsText(value + 0, group, decimal) ?? amounts.format(value + 0);
  const number = (value: number | string) => {
    const text = String(value);
    return comma ? text.replace(".", ",") : text;
  };
  return {
    language,
    amount,
    money: (value) => `EUR ${amount(value)}`,
    count: (value) => counts.format(value),
    number,
    percent: (percentText) => `${number(percentText)} %`,
    date: (date) => dateIn(language, date),
    plural: (value) => plurals.select(value),
    or: (items) => ors.format(items),
    and: (items) => ands.format(items),
  };
}

const FORMATS: Readonly<Record<LanguageCode, Formats>> = {
  en: formatsFor("en"),
  fr: formatsFor("fr"),
  nl: formatsFor("nl"),
  de: formatsFor("de"),
  zh: formatsFor("zh"),
};

export function formatsOf(language: LanguageCode): Formats {
  return FORMATS[language];
}

/**
 * Microsoft's pseudo-locale (qps-ploc, an Office display language for testing): English with every letter of the
 * catalogues accented and each message in ⟦ ⟧, so that a text the catalogues did not make stands out as plain
 * English. Not offered to users; the browser tests run the pane in it.
 */
export const PSEUDO = "qps";
export type AnyLanguage = LanguageCode | typeof PSEUDO;

/** The language of a tag, the pseudo-locale included ("qps-ploc" → "qps"). */
export function anyLanguageOfTag(tag: string | undefined | null): AnyLanguage | undefined {
  return tag?.trim().toLowerCase().startsWith("qps") === true ? PSEUDO : languageOfTag(tag);
}

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((letter, index) => [
    letter,
    [..."åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][index],
  ]),
);

/**
 * A message's text in the pseudo-locale. Parameters are put in by the catalogue, so `keep` gives the texts that
 * came from outside it (a header, a cell's value): they stay as they are.
 */
export function pseudoText(text: string, keep: readonly string[] = []): string {
  const kept = keep.filter((part) => part.length > 0).sort((a, b) => b.length - a.length);
  let out = "";
  for (let at = 0; at < text.length;) {
    const part = kept.find((candidate) => text.startsWith(candidate, at));
    if (part !== undefined) {
      out += part;
      at += part.length;
    } else {
      out += ACCENTED[text[at]] ?? text[at];
      at += 1;
    }
  }
  return `⟦${out}⟧`;
}

/** The texts inside a parameter value: strings, and strings in arrays and plain objects. */
function textsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(textsIn);
  return [];
}

/**
 * A catalogue in the pseudo-locale: every string accented, every function's result accented except the texts of
 * its arguments. Works on any catalogue of strings, functions and nested objects of them.
 */
export function pseudoOf<T>(catalogue: T): T {
  if (typeof catalogue === "string") return pseudoText(catalogue) as T;
  if (typeof catalogue === "function") {
    const entry = catalogue as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => {
      const result = entry(...args);
      return typeof result === "string" ? pseudoText(result, args.flatMap(textsIn)) : result;
    }) as T;
  }
  if (Array.isArray(catalogue)) return catalogue.map((item: unknown) => pseudoOf(item)) as T;
  if (typeof catalogue === "object" && catalogue !== null)
    return Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, pseudoOf(value)])) as T;
  return catalogue;
}

/** A layer's catalogue in one language: its words, made with the language's formats. */
export type Catalogue<W> = (formats: Formats) => W;

/**
 * A layer's catalogues (one per language, each of the English one's type, so none can miss a key) as the function
 * that gives the words of a language, each made once; the pseudo-locale is English made pseudo.
 */
export function catalogues<W>(
  table: Readonly<Record<LanguageCode, Catalogue<W>>>,
): (language: AnyLanguage) => W {
  const made = new Map<AnyLanguage, W>();
  return (language) => {
    let words = made.get(language);
    if (words === undefined) {
      words =
        language === PSEUDO ? pseudoOf(table.en(formatsOf("en"))) : table[language](formatsOf(language));
      made.set(language, words);
    }
    return words;
  };
}

/** Latin letters, digits and ASCII signs, and Chinese characters: Chinese text puts a space where one meets the other. */
const ASCII_SIGN = /[\x21-\x7e]/;
const HAN = /\p{Script=Han}/u;
const apart = (before: string, after: string): boolean =>
  (ASCII_SIGN.test(before) && HAN.test(after)) || (HAN.test(before) && ASCII_SIGN.test(after));

/**
 * A Chinese sentence of words and values (a template tag), with a space wherever Latin letters or digits meet
 * Chinese characters (docs/glossary.md: "HS 编码", "第 3 行"), whatever the values hold. The Chinese catalogues'.
 */
export function chineseText(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let out = "";
  const add = (piece: string) => {
    if (piece === "") return;
    if (out !== "" && apart(out.charAt(out.length - 1), piece.charAt(0))) out += " ";
    out += piece;
  };
  strings.forEach((text, index) => {
    add(text);
    if (index < values.length) add(String(values[index]));
  });
  return out;
}

/** A list joined by Intl ("41和43", "SEK、NOK或DKK"), spaced where Latin or digits meet Chinese. */
export const chineseSpaced = (list: string): string =>
  list.replace(/([\x21-\x7e])(?=\p{Script=Han})|(\p{Script=Han})(?=[\x21-\x7e])/gu, "$1$2 ");
