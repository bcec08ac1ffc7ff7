/**
 * The pane's language: Office's display language through the engine's tags, unless the user chose one in Settings;
 * `<html lang>` of each; the catalogue's texts as the page names them; the pseudo-locale over every text; the
 * settings' refusals and the amounts of a sentence in the pane's language.
 */
import * as fs from "fs";
import * as path from "path";
import { LANGUAGES, PSEUDO } from "../../src/engine";
import { paneWordsOf } from "../../taskpane/lang";
import { wordsAt } from "../../taskpane/page-words";
import {
  htmlLangOf,
  paneLanguage,
  paneLanguageChoice,
  paneLanguageOf,
  paneWords,
  setPaneLanguage,
} from "../../taskpane/pane-language";
import { readForm, formFromStored } from "../../taskpane/settings-form";
import { MONEY_IN_TEXT } from "../../taskpane/ui-dom";

afterEach(() => setPaneLanguage("en"));

describe("the pane's language", () => {
  test.each([
    ["fr-FR", "fr"],
    ["fr-BE", "fr"],
    ["nl-BE", "nl"],
    ["de-AT", "de"],
    ["zh-CN", "zh"],
    ["zh-Hans-SG", "zh"],
    ["zh-TW", "en"],
    ["qps-ploc", PSEUDO],
    ["en-US", "en"],
    ["pt-BR", "en"],
    [undefined, "en"],
  ])("follows Office's display language %s: %s", (display, language) => {
    expect(paneLanguageOf(display, "")).toBe(language);
  });

  test("a choice in Settings overrides Office's language, automatic gives it back", () => {
    expect(paneLanguageOf("fr-BE", "de")).toBe("de");
    expect(paneLanguageOf("qps-ploc", "nl")).toBe("nl");
    expect(paneLanguageOf("de-DE", "")).toBe("de");
  });

  test("the choice as the workbook keeps it: one of the five languages, anything else automatic", () => {
    for (const code of LANGUAGES) expect(paneLanguageChoice(code)).toBe(code);
    for (const other of ["", "auto", "qps", "EN", 3, null, undefined])
      expect(paneLanguageChoice(other)).toBe("");
  });

  test("<html lang> names Chinese by its simplified script and the pseudo-locale by Office's tag", () => {
    expect(LANGUAGES.map(htmlLangOf)).toEqual(["en", "fr", "nl", "de", "zh-CN"]);
    expect(htmlLangOf(PSEUDO)).toBe("qps-ploc");
  });

  test("the words are the language's the pane speaks now", () => {
    expect(paneWords().title).toBe("Customs Inverse Value");
    setPaneLanguage(PSEUDO);
    expect(paneLanguage()).toBe(PSEUDO);
    expect(paneWords().title).toBe(paneWordsOf(PSEUDO).title);
    expect(paneWords().title).toMatch(/^⟦.*⟧$/);
  });
});

describe("the catalogue", () => {
  const page = fs.readFileSync(path.join(__dirname, "../../taskpane/taskpane.html"), "utf8");
  /** Each element of the page that names its text, with the English it has as written. */
  const named = [...page.matchAll(/<(\w+)\b[^>]*\sdata-words="([^"]+)"[^>]*>([^<]*)<\/\1\s*>/g)].map(
    (match) => ({
      key: match[2],
      english: match[3].replace(/\s+/g, " ").trim(),
    }),
  );
  const attributes = [...page.matchAll(/\sdata-words-[a-z-]+="([^"]+)"/g)].map((match) => match[1]);

  test("has a text for every key the page names, the page's English as written", () => {
    const english = paneWordsOf("en");
    expect(named.length).toBeGreaterThan(50);
    for (const { key, english: written } of named)
      expect([key, wordsAt(english, key)]).toEqual([key, written]);
    for (const key of attributes) expect([key, typeof wordsAt(english, key)]).toEqual([key, "string"]);
    // Every element that names a key has its text from it: none is left with a text of its own.
    expect([...page.matchAll(/\sdata-words="/g)]).toHaveLength(named.length);
  });

  test("in the pseudo-locale, every text is accented and marked", () => {
    const leaves = (value: unknown): unknown[] =>
      typeof value === "object" && value !== null ? Object.values(value).flatMap(leaves) : [value];
    const texts = leaves(paneWordsOf(PSEUDO)).filter((leaf): leaf is string => typeof leaf === "string");
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) expect(text).toMatch(/^⟦[\s\S]*⟧$/);
    expect(texts.filter((text) => /[A-Za-z]/.test(text))).toEqual([]);
    // A parameter (the user's sheet name) stays as it is, inside the marks.
    expect(paneWordsOf(PSEUDO).status.read({ source: "Shipment!A1:Q10" })).toMatch(
      /^⟦.* Shipment!A1:Q10\.⟧$/,
    );
  });

  test("sentences format their numbers in the language's way", () => {
    const words = paneWordsOf("en");
    expect(words.result.checked({ rows: 12500, counts: [] })).toBe("Checked 12,500 rows: .");
    expect(words.share.cost({ header: "Freight", amount: 1250.4 })).toBe("Freight EUR 1,250.40");
    expect(words.result.detentionOnly({ count: 1 })).toMatch(/^1 more row is flagged only because/);
  });
});

describe("said in the pane's language", () => {
  const form = formFromStored({});

  test("a refused setting is said in the engine's words of the pane's language", () => {
    const english = readForm({ ...form, tolerance: "abc" });
    expect(english).toMatchObject({
      ok: false,
      field: "tolerance",
      message: 'Settings, tolerance: "abc" is not a number. Enter the tolerance in EUR per unit, e.g. 0.05',
    });
    setPaneLanguage(PSEUDO);
    const pseudo = readForm({ ...form, tolerance: "abc" });
    expect(pseudo.ok).toBe(false);
    if (pseudo.ok) return;
    // The pane's words around the engine's: both in the pseudo-locale, the typed text as typed.
    expect(pseudo.message).toMatch(/^⟦.*⟦.*⟧.*⟧$/);
    expect(pseudo.message).toContain('"abc"');
    expect(pseudo.message).not.toMatch(/Settings|tolerance|number/);
  });

  test("an amount is kept on one line in either way of writing it", () => {
    const amounts = (text: string) => [...text.matchAll(MONEY_IN_TEXT)].map((match) => match[0]);
    expect(amounts("Declared EUR 1,250.40 covers EUR 980")).toEqual(["EUR 1,250.40", "EUR 980"]);
    expect(amounts("Déclaré EUR 1.250,40, valeur EUR 12.500,00.")).toEqual(["EUR 1.250,40", "EUR 12.500,00"]);
    expect(amounts("EUR -3,50 et EUR 0.40")).toEqual(["EUR -3,50", "EUR 0.40"]);
  });
});
