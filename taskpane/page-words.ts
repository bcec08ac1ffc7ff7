/**
 * The words of taskpane.html in the pane's language. The page keeps English as written (what shows before the
 * script runs, and outside Excel's webviews); each element names its text by its key in the catalogue:
 * data-words="page.sourceHeading" for its text, data-words-placeholder / data-words-aria-label / data-words-title
 * for an attribute. Attributes of their own, not classes or types: the build's minifier removes attributes it thinks
 * redundant (type="text"), never data-*.
 */
import { type AnyLanguage } from "../src/engine";
import { type PaneWords, paneWordsOf } from "./lang";
import { htmlLangOf } from "./pane-language";

/** The attributes whose value the catalogue gives, each named by data-words-<attribute>. */
export const WORDED_ATTRIBUTES = ["placeholder", "aria-label", "title"] as const;

/** The catalogue's text at a dotted path ("page.sourceHeading"), or undefined when there is none or it is no text. */
export function wordsAt(words: PaneWords, path: string): string | undefined {
  let at: unknown = words;
  for (const part of path.split(".")) {
    if (typeof at !== "object" || at === null || !Object.prototype.hasOwnProperty.call(at, part))
      return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === "string" ? at : undefined;
}

/** Every key the page names, for the check that the catalogue has them all. */
export function pageKeys(doc: Document): string[] {
  const selector = ["[data-words]", ...WORDED_ATTRIBUTES.map((name) => `[data-words-${name}]`)].join(",");
  return [...doc.querySelectorAll(selector)].flatMap((element) =>
    ["words", ...WORDED_ATTRIBUTES.map((name) => `words-${name}`)].flatMap((name) => {
      const key = element.getAttribute(`data-${name}`);
      return key === null ? [] : [key];
    }),
  );
}

/**
 * Puts the page's words in `language`: every element's named text and attributes, the document's title and
 * `<html lang>`. A key the catalogue lacks leaves the English as written (and fails the page's test).
 */
export function applyPageWords(doc: Document, language: AnyLanguage): void {
  const words = paneWordsOf(language);
  doc.documentElement.lang = htmlLangOf(language);
  for (const element of doc.querySelectorAll<HTMLElement>("[data-words]")) {
    const text = wordsAt(words, element.dataset.words ?? "");
    if (text !== undefined) element.textContent = text;
  }
  for (const name of WORDED_ATTRIBUTES) {
    for (const element of doc.querySelectorAll(`[data-words-${name}]`)) {
      const text = wordsAt(words, element.getAttribute(`data-words-${name}`) ?? "");
      if (text !== undefined) element.setAttribute(name, text);
    }
  }
  doc.getElementById("support-link")?.setAttribute("href", supportPage(language));
}

/** The help page in a language: support.html in English, support-fr.html … in the others (manifest.xml's too). */
export function supportPage(language: AnyLanguage): string {
  return language === "en" || language === "qps" ? "support.html" : `support-${language}.html`;
}
