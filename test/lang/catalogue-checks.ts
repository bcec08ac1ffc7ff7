/**
 * The catalogues of every layer in every language (issue 13): the same keys as English, each message with the same
 * parameters as its English one, none left in English. A message is called with markers for its parameters
 * (⟦name⟧) and formats that mark what they format (⟪…⟫), so the test sees which parameters each language says,
 * whatever its grammar does with them.
 */
import { type Catalogue, type Formats, LANGUAGES, type LanguageCode, type Say } from "../../src/engine";

const OTHERS = LANGUAGES.filter((language) => language !== "en");

/**
 * A parameter's marker: text (a String object, so that its methods work) that also answers as a list of one text
 * (join, map, filter), so that it reads as text and as a list of texts alike.
 */
const marker = (name: string): unknown => {
  const text = `⟦${name}⟧`;
  return Object.assign(new String(text), {
    join: () => text,
    map: <T>(each: (item: string, index: number) => T) => [each(text, 0)],
    filter: (keep: (item: string) => boolean) => (keep(text) ? [text] : []),
  });
};

/** The parameters of a message: each one read is its marker; said whole (a lone argument), it is ⟦#0⟧. */
const PARAMETERS: unknown = new Proxy(
  {},
  {
    get: (_target, key) =>
      key === Symbol.toPrimitive || key === "toString"
        ? () => "⟦#0⟧"
        : typeof key === "string"
          ? marker(key)
          : undefined,
    has: () => true,
  },
);

const tracer = (kind: string) => (value: unknown) => `⟪${kind}:${String(value)}⟫`;

function tracingFormats(language: LanguageCode): Formats {
  return {
    language,
    amount: tracer("amount"),
    money: tracer("money"),
    count: tracer("count"),
    number: tracer("number"),
    percent: tracer("percent"),
    date: tracer("date"),
    plural: () => "other",
    or: tracer("or"),
    and: tracer("and"),
  };
}

const SAY: Say = {
  fix: tracer("fix"),
  problem: tracer("problem"),
  shown: tracer("shown"),
  productIdName: tracer("productIdName"),
};

/** Every message of a catalogue by its path ("explanations.underDeclared"), as the text it gives with markers. */
function said(catalogue: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof catalogue === "string") out.set(path, catalogue);
  else if (typeof catalogue === "function") {
    const entry = catalogue as (...args: unknown[]) => unknown;
    // Engine messages take (params, say); a sentence of the engine takes its parts; the rest take one object.
    const args =
      path.startsWith("problems.") || path.startsWith("fixes.")
        ? [PARAMETERS, SAY]
        : entry.length > 1
          ? Array.from({ length: entry.length }, (_, index) => marker(`#${index}`))
          : path.startsWith("settings.")
            ? [marker("entry")]
            : [PARAMETERS];
    // A message that cannot be said with markers (a lookup by a parameter's value) is reported, not thrown.
    try {
      out.set(path, String(entry(...args)));
    } catch (error) {
      out.set(path, `undefined: cannot be said with markers (${String(error)})`);
    }
  } else if (typeof catalogue === "object" && catalogue !== null)
    for (const [key, value] of Object.entries(catalogue))
      for (const [inner, text] of said(value, path === "" ? key : `${path}.${key}`)) out.set(inner, text);
  return out;
}

/** Words a message must never show: a parameter that went missing or was not turned into text. */
const BROKEN = /undefined|NaN|\[object|\$\{/;

const markersOf = (text: string) => [...new Set(text.match(/⟦[^⟧]+⟧/g) ?? [])].sort();

/** Words that make a text an English sentence, not a code or a name the languages share. */
const ENGLISH_SENTENCE = /\b(the|and|of|is|are|not|with|for|to|from|this|that|or|by|per|no|has)\b/i;

/** What a message says once its parameters and formatted values are taken out. */
const wordsOf = (text: string) => text.replace(/⟦[^⟧]+⟧|⟪[^⟫]*⟫/g, " ");

/** A layer's catalogues (functions of the formats) made with the tracing formats. */
export function traced<W>(
  table: Readonly<Record<LanguageCode, Catalogue<W>>>,
): Record<LanguageCode, unknown> {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, table[language](tracingFormats(language))]),
  ) as Record<LanguageCode, unknown>;
}

export function checkCatalogues(table: Readonly<Record<LanguageCode, unknown>>): void {
  const english = said(table.en);

  test("English has messages, and none says undefined, NaN or an object", () => {
    expect(english.size).toBeGreaterThan(0);
    const broken = [...english].map(([path, text]) => `${path}: ${text}`).filter((line) => BROKEN.test(line));
    expect(broken).toEqual([]);
  });

  describe.each(OTHERS)("in %s", (language) => {
    const translated = said(table[language]);

    test("has exactly the English keys", () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    test("says the same parameters as English in each message", () => {
      const differ = [...english]
        .filter(
          ([path, text]) =>
            translated.has(path) && markersOf(text).join() !== markersOf(translated.get(path) ?? "").join(),
        )
        .map(
          ([path, text]) =>
            `${path}: en ${markersOf(text).join(" ")} | ${language} ${markersOf(translated.get(path) ?? "").join(" ")}`,
        );
      expect(differ).toEqual([]);
    });

    test("leaves no English sentence untranslated", () => {
      const english_left = [...translated]
        .filter(([path, text]) => {
          const words = wordsOf(text);
          const same = wordsOf(english.get(path) ?? "") === words;
          return (
            (same || language === "zh") &&
            ENGLISH_SENTENCE.test(words.replace(/https?:\/\/\S+/g, "").replace(/--[a-z][a-z-]*/g, ""))
          );
        })
        .map(([path, text]) => `${path}: ${text}`);
      expect(english_left).toEqual([]);
    });

    test("says nothing broken", () => {
      const broken = [...translated]
        .map(([path, text]) => `${path}: ${text}`)
        .filter((line) => BROKEN.test(line));
      expect(broken).toEqual([]);
    });
  });
}
