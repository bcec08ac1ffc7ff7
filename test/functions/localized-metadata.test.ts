/**
 * The custom functions in five languages, the way Microsoft documents it ("Custom functions naming and
 * localization"): functions.json in English from the JSDoc, functions-LANG.json for French, Dutch, German and
 * Chinese with the same ids and each name and description in that language, and manifest.xml pointing each Office
 * language at its file. Then the functions' errors in Excel's language, naming the argument as Excel shows it.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import { FUNCTION_TRANSLATIONS } from "../../functions/lang";
import { DIST, ExcelError, type FunctionMetadata, loadFunctions } from "./excel-host";

const LANGUAGES = ["fr", "nl", "de", "zh"] as const;
const read = (file: string) =>
  JSON.parse(readFileSync(join(DIST, file), "utf8")) as { functions: FunctionMetadata[] };

if (!existsSync(join(DIST, "functions.json")))
  throw new Error("dist/functions.json is missing: run `npm run build` (npm test does it in pretest)");

const english = read("functions.json").functions;

/** Microsoft's rule for a function's name: a letter first, then letters, digits, underscores or periods; 3 or more. */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

describe.each(LANGUAGES)("functions-%s.json", (language) => {
  const localized = read(`functions-${language}.json`).functions;

  test("has every function of functions.json, with the same ids, types and parameters", () => {
    expect(localized.map((fn) => fn.id)).toEqual(english.map((fn) => fn.id));
    localized.forEach((fn, index) => {
      const base = english[index];
      expect(fn.parameters.map((p) => [p.type, p.dimensionality, p.optional, p.repeating])).toEqual(
        base.parameters.map((p) => [p.type, p.dimensionality, p.optional, p.repeating]),
      );
      expect(fn.result).toEqual(base.result);
    });
  });

  test("names each function as Microsoft allows, each name once", () => {
    for (const fn of localized) expect(fn.name).toMatch(FUNCTION_NAME);
    expect(new Set(localized.map((fn) => fn.name.toUpperCase())).size).toBe(localized.length);
  });

  test("describes every function and parameter in its language, not in English", () => {
    localized.forEach((fn, index) => {
      const base = english[index];
      expect(fn.description).not.toBe(base.description);
      fn.parameters.forEach((parameter, at) => {
        expect(parameter.description?.length).toBeGreaterThan(3);
        expect(parameter.description).not.toBe(base.parameters[at].description);
        expect(parameter.name).toMatch(/^\p{L}[\p{L}\p{N}_]*$/u);
      });
      expect(new Set(fn.parameters.map((p) => p.name)).size).toBe(fn.parameters.length);
    });
  });

  test("functions/lang has words for exactly these functions and parameters", () => {
    const words = FUNCTION_TRANSLATIONS[language];
    expect(Object.keys(words).sort()).toEqual(english.map((fn) => fn.id).sort());
    for (const fn of english)
      expect(Object.keys(words[fn.id].parameters).sort()).toEqual(fn.parameters.map((p) => p.name).sort());
  });
});

describe("manifest.xml", () => {
  interface Override {
    readonly Locale: string;
    readonly Value: string;
  }
  interface Localized {
    readonly id?: string;
    readonly DefaultValue: string;
    readonly Override?: Override | Override[];
  }
  const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
  }).parse(manifest) as {
    OfficeApp: {
      DisplayName: Localized;
      Description: Localized;
      VersionOverrides: {
        Resources: {
          Urls: { Url: Localized[] };
          ShortStrings: { String: Localized[] };
          LongStrings: { String: Localized[] };
        };
      };
    };
  };
  const app = parsed.OfficeApp;
  const resources = app.VersionOverrides.Resources;
  const overrides = (element: Localized) => [element.Override ?? []].flat();
  /** The Office locales each language of the product is given for. */
  const LOCALES = {
    fr: ["fr-FR", "fr-BE", "fr-LU", "fr-CH"],
    nl: ["nl-NL", "nl-BE"],
    de: ["de-DE", "de-AT", "de-CH", "de-LU"],
    zh: ["zh-CN"],
  } as const;
  const allLocales = Object.values(LOCALES).flat().sort();
  const words = [
    ["DisplayName", app.DisplayName],
    ["Description", app.Description],
    ...[...resources.ShortStrings.String, ...resources.LongStrings.String]
      .filter((element) => element.id !== "Functions.Namespace")
      .map((element) => [element.id ?? "", element] as const),
  ] as const;

  test.each(words)("%s is said in every language's locales, never in English", (_id, element) => {
    expect(
      overrides(element)
        .map((o) => o.Locale)
        .sort(),
    ).toEqual(allLocales);
    for (const override of overrides(element)) expect(override.Value).not.toBe(element.DefaultValue);
    // One language, one text: a language's locales say the same.
    for (const locales of Object.values(LOCALES)) {
      const values = new Set(
        overrides(element)
          .filter((o) => (locales as readonly string[]).includes(o.Locale))
          .map((o) => o.Value),
      );
      expect(values.size).toBe(1);
    }
  });

  test("each locale gets the help page of its language, a page the build writes in that language", () => {
    const pages = [
      [app as unknown as { SupportUrl: Localized }]
        .map((office) => office.SupportUrl)
        .concat(resources.Urls.Url.filter((element) => element.id === "GetStarted.LearnMoreUrl")),
    ].flat();
    expect(pages).toHaveLength(2);
    for (const page of pages)
      for (const [language, locales] of Object.entries(LOCALES))
        for (const locale of locales) {
          const file = `support-${language}.html`;
          expect(overrides(page).find((o) => o.Locale === locale)?.Value).toBe(
            `https://localhost:3000/${file}`,
          );
          const html = readFileSync(join(DIST, file), "utf8");
          expect(html).toMatch(new RegExp(`<html lang="?${language === "zh" ? "zh-CN" : language}"?>`));
          expect(html).not.toMatch(/In cells|All calculations run|Choose <strong>/);
        }
  });

  test("the functions' namespace stays CUSTOMS in every language (Excel stores a function by its id)", () => {
    const namespace = resources.ShortStrings.String.find((element) => element.id === "Functions.Namespace");
    expect(namespace?.DefaultValue).toBe("CUSTOMS");
    expect(namespace?.Override).toBeUndefined();
  });

  test("each locale gets the functions' metadata of its language, which the build writes", () => {
    const url = resources.Urls.Url.find((element) => element.id === "Functions.Metadata.Url");
    expect(url?.DefaultValue).toBe("https://localhost:3000/functions.json");
    for (const [language, locales] of Object.entries(LOCALES))
      for (const locale of locales) {
        expect(overrides(url as Localized).find((o) => o.Locale === locale)?.Value).toBe(
          `https://localhost:3000/functions-${language}.json`,
        );
        expect(existsSync(join(DIST, `functions-${language}.json`))).toBe(true);
      }
  });
});

describe("the functions' errors in Excel's language", () => {
  test.each([
    ["en-US", /^price: the text "abc" is not a number/],
    ["fr-FR", new RegExp(`^${FUNCTION_TRANSLATIONS.fr.INVERSEVALUE.parameters.price.name} `)],
    ["de-DE", new RegExp(`^${FUNCTION_TRANSLATIONS.de.INVERSEVALUE.parameters.price.name}`)],
    ["zh-CN", new RegExp(`^${FUNCTION_TRANSLATIONS.zh.INVERSEVALUE.parameters.price.name}`)],
  ])("%s names the argument as Excel shows it", (displayLanguage, message) => {
    const excel = loadFunctions(undefined, { displayLanguage });
    const result = excel.call("INVERSEVALUE", "abc", "DE", 0, 0, 0, 0) as ExcelError;
    expect(result).toBeInstanceOf(ExcelError);
    expect(result.message).toMatch(message);
  });

  test("a cell of a range is named in the language too", () => {
    const english = loadFunctions(undefined, { displayLanguage: "en-GB" });
    const german = loadFunctions(undefined, { displayLanguage: "de-DE" });
    const costs = [[1], ["x"]];
    const inEnglish = english.call("INVERSEVALUE", 20, "DE", costs, 0, 0, 0) as ExcelError;
    const inGerman = german.call("INVERSEVALUE", 20, "DE", costs, 0, 0, 0) as ExcelError;
    expect(inEnglish.message).toMatch(/^platformCosts \(cell 2 of the range\)/);
    expect(inGerman.message).not.toMatch(/cell 2 of the range/);
    expect(inGerman.message).toMatch(/2/);
  });
});
