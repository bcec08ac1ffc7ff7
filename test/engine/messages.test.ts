import * as fs from "node:fs";
import * as path from "node:path";
import {
  ENGLISH,
  MESSAGE_CATALOGUES,
  type FixKey,
  type FixParams,
  InputError,
  type Language,
  type ProblemKey,
  type ProblemParams,
  SETTING_NAMES,
  fixText,
  inputErrorText,
  problemText,
  rowFindingText,
  settingLabel,
} from "../../src/engine";

/** Parameters for every key: the compiler refuses this table when a key is added to the catalogue without one. */
const quoted = { text: "abc", as: "quoted" } as const;
const PROBLEMS: { readonly [K in ProblemKey]: ProblemParams[K] } = {
  empty: {},
  notANumber: { shown: quoted },
  readsTwoWays: { text: "1.299", asThousands: "1299", asDecimal: "1.299" },
  tooLarge: { number: "1e+308" },
  tooManyDigits: { number: "1234567890.123456", digits: 15 },
  notMoreThanZero: { number: "0" },
  negative: { number: "-1" },
  notAFraction: { number: "19" },
  percentNotBelowHundred: { shown: { text: "100 %", as: "quoted" } },
  percentNotAmount: { shown: quoted },
  percentage: { shown: quoted },
  currencyNotAllowed: { shown: quoted, host: "cell" },
  inCurrency: { shown: quoted, codes: ["SEK", "DKK"] },
  cellError: { error: "#N/A" },
  mergedCell: { area: "F5:F7" },
  argumentError: { error: "#N/A" },
  uncalculatedFormula: { formula: "A1*2" },
  noValueHere: { type: "WebImage" },
  dataTypeNotANumber: { shown: quoted },
  notADate: { shown: quoted },
  notAnExcelDate: { serial: -1 },
  invalidDateCell: {},
  notText: { shown: quoted },
  notAnHsCode: { shown: quoted },
  invalidHsCode: { problem: { key: "hsCodeDigitCount", params: { digits: "94052", count: 5 } } },
  hsCodeNotDigits: { number: "-3" },
  hsCodeMissing: {},
  hsCodeHasOtherCharacters: { text: "94O521" },
  hsCodeDigitCount: { digits: "94052", count: 5 },
  noSuchChapter: { chapter: "77" },
  vatNumberMissing: {},
  vatNumberNoPrefix: { number: "136695976" },
  vatCheckDigitsWrong: { number: "DE136695977" },
  belgianNineDigits: { number: "BE411905847", written: "BE0411905847" },
  vatNumberNotOffline: { prefix: "XI" },
  vatNumberFormat: { number: "DE12", prefix: "DE" },
  greekVatPrefix: { number: "GR094259216", written: "EL094259216" },
  gtinNotDigits: { text: "4006381333931X" },
  gtinLength: { digits: "40063813339", count: 11 },
  gtinCheckDigit: { digits: "4006381333932", check: 1 },
  countryChosenByBuyer: { name: "AliExpress" },
  countryInHost: { name: "Shein", domain: "shein.com" },
  countryInPath: { name: "Temu", domain: "temu.com" },
  notAQuantity: { number: "0" },
  negativeWeight: { number: "-1" },
  notADutyRate: { text: "lots" },
  notABound: { text: "MIN x" },
  minAboveMax: { minimum: "5", maximum: "1" },
  countryMissing: {},
  unknownCountry: { text: "Mars" },
  outsideEu: { code: "GB" },
  beforeVatTable: { start: "2020-01-01", date: "2019-12-31" },
  dateBeforeVatTable: { start: "2020-01-01", date: "2019-12-31" },
  noShipmentTotals: {},
  noLinesToShare: {},
  negativeWeightOnLine: { line: 2, weight: "-1" },
  allWeightsZero: {},
  noValueLeft: { netPrice: "8.40" },
  notAWebLink: {},
  unknownMarketplace: { host: "shop.example.com" },
  noAsin: {},
  shortLink: { host: "amzn.eu" },
  noCountryInLink: {
    name: "AliExpress",
    why: { key: "countryChosenByBuyer", params: { name: "AliExpress" } },
  },
  noProductId: { name: "Amazon", productIdName: "ASIN" },
  noFixedRate: { code: "SEK" },
  cellsForWeights: { cells: 1, weights: 2 },
  notAnOffenceLevel: { level: "4" },
  thirdOffence: {},
  notACurrencyCode: { text: "KRONA" },
  eurNeedsNoRate: {},
  zeroRate: {},
  implausibleRate: { rate: "1e-400", minimum: "0.000001", maximum: "1000000000" },
  notAnHsPrefix: { text: "ab" },
  notACountryAndPrefix: { text: "4901" },
  notAChannel: { text: "air" },
  notItemDigits: { text: "4" },
  notOfTheForm: { line: "SEK 11.39", example: "SEK=11.39" },
  notALanguage: { text: "es" },
};
const FIXES: { readonly [K in FixKey]: FixParams[K] } = {
  enterAmount: {},
  enterAmountInEur: {},
  enterPrice: {},
  positiveCosts: {},
  positiveCostsAndValues: {},
  writeRate: {},
  enterRate: {},
  writePercentOrFraction: { percent: "19", fraction: "0.19" },
  enterCountryOrRate: {},
  enterDuty: {},
  writeDuty: {},
  swapBounds: {},
  enterExcelDate: {},
  writeIsoDate: {},
  enterDate: {},
  enterQuantity: {},
  enterUnits: {},
  enterWeight: {},
  enterWeightInKg: {},
  fixFormula: {},
  unmergeCells: {},
  calculateFormulas: {},
  correctCellFirst: { then: "enterPrice" },
  referToField: { then: "enterPrice" },
  enterHsCode: {},
  hsCodeDigits: {},
  convertToEur: {},
  writeOneWay: {},
  enterEuCountry: {},
  enterCountryOfDelivery: {},
  useCountryCode: {},
  enterEuCountryCode: {},
  dateInVatTable: { start: "2020-01-01" },
  dateFrom: { start: "2020-01-01" },
  positiveShipmentCost: {},
  oneWeightPerLine: {},
  positiveWeights: {},
  fillWeights: {},
  costsPerUnit: {},
  enterSalesLink: {},
  enterFullSalesLink: {},
  useDestinationStore: {},
  enterAmazonLink: {},
  useProductPage: {},
  pasteFullLink: {},
  enterGtin: {},
  enterUnitsPerEuroOrFixed: { codes: "BGN, HRK" },
  enterVatNumber: {},
  enterShipmentCost: {},
  enterShipmentTotal: {},
  positiveShipmentTotal: {},
  enterOneShipmentTotal: {},
  sameCountAsWeights: {},
  enterOffence: {},
  chooseOffence: {},
  enterFinePerHsCode: {},
  talkToBroker: {},
  enterForeignAmount: {},
  enterTolerance: {},
  enterFine: { example: 250 },
  useCurrencyCodes: {},
  otherCurrenciesOnly: {},
  enterUnitsOf: { code: "SEK", example: "SEK=11.39" },
  useHsPrefix: {},
  useCountryAndPrefix: {},
  chooseChannel: {},
  chooseItemDigits: {},
  enterFraction: {},
  onePerLine: { example: "SEK=11.39" },
  chooseLanguage: {},
};

/** The languages of the product: a new one is one more table here. */
const LANGUAGES: readonly (readonly [string, Language])[] = Object.entries(MESSAGE_CATALOGUES);

/** Words a message must never show: a parameter that went missing or was not turned into text. */
const BROKEN = /undefined|null|NaN|\[object|\$\{/;

describe.each(LANGUAGES)("%s: every key has a message", (_name, language) => {
  test("the table has exactly the catalogue's keys", () => {
    expect(Object.keys(language.problems).sort()).toEqual(Object.keys(PROBLEMS).sort());
    expect(Object.keys(language.fixes).sort()).toEqual(Object.keys(FIXES).sort());
    expect(Object.keys(language.settings).sort()).toEqual([...SETTING_NAMES].sort());
  });

  test.each(Object.entries(PROBLEMS))("problem %s", (key, params) => {
    const text = problemText({ key, params } as never, language);
    expect(text.length).toBeGreaterThan(1);
    expect(text).not.toMatch(BROKEN);
    // A problem is a clause: the sentence around it (inputError, rowFinding) adds the capital and the full stop.
    expect(text).not.toMatch(/\.$/);
  });

  test.each(Object.entries(FIXES))("fix %s", (key, params) => {
    const text = fixText({ key, params } as never, language);
    expect(text.length).toBeGreaterThan(1);
    expect(text).not.toMatch(BROKEN);
    expect(text).not.toMatch(/\.$/);
  });

  test.each(SETTING_NAMES)("setting %s", (name) => {
    expect(settingLabel(name, undefined, language)).not.toMatch(BROKEN);
    expect(settingLabel(name, "SEK", language)).not.toMatch(BROKEN);
  });
});

describe("the catalogue and the code", () => {
  /** The product's sources, without the catalogue itself. */
  const sources = ["src", "functions", "taskpane"]
    .flatMap((folder) =>
      fs
        .readdirSync(path.join(__dirname, "..", "..", folder), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts"))
        .map((file) => path.join(__dirname, "..", "..", folder, file)),
    )
    .filter((file) => !file.endsWith(path.join("engine", "messages.ts")))
    .map((file) => fs.readFileSync(file, "utf8"))
    .join("\n");

  test.each([...Object.keys(PROBLEMS), ...Object.keys(FIXES)])(
    "%s is said somewhere (no message is dead)",
    (key) => {
      expect(sources).toContain(`"${key}"`);
    },
  );
});

describe("InputError", () => {
  test("carries its field, key and parameters, and says them in English", () => {
    const error = new InputError("price", { key: "notMoreThanZero", params: { number: "0" } }, "enterPrice");
    expect([error.field, error.key, error.params, error.fix.key]).toEqual([
      "price",
      "notMoreThanZero",
      { number: "0" },
      "enterPrice",
    ]);
    expect(error.message).toBe(
      "price: 0 is not more than 0. Enter the VAT-inclusive selling price per unit on the sales link, in EUR",
    );
    expect(inputErrorText(error, { field: "--price" })).toBe(error.message.replace(/^price/, "--price"));
  });

  test("a key without parameters may be given alone", () => {
    expect(new InputError("url", "notAWebLink", "enterFullSalesLink").problem).toEqual({
      key: "notAWebLink",
      params: {},
    });
  });

  test("a problem said as a row's finding", () => {
    const error = new InputError(
      "Destination",
      { key: "unknownCountry", params: { text: "Mars" } },
      "useCountryCode",
    );
    expect(rowFindingText(error)).toBe(
      'Destination "Mars" is not a country we know: use the two-letter ISO code, e.g. DE, FR or EL.',
    );
  });

  test("the message is the English table's: another language is the same error said otherwise", () => {
    const shouting: Language = {
      ...ENGLISH,
      inputError: (field, problem, fix) => `${field.toUpperCase()}! ${problem}! ${fix}!`,
    };
    const error = new InputError("url", "notAWebLink", "enterFullSalesLink");
    expect(inputErrorText(error, { language: shouting })).toBe(
      "URL! this is not a web link! Enter the full sales link, e.g. https://www.amazon.de/dp/B08N5WRWNW!",
    );
  });
});
