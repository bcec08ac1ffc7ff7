/**
 * The words of every input problem, in one catalogue: a problem and its fix are named by a key with parameters
 * (InputError carries them), and a language is one table with every key (the Language type says so; the
 * compiler refuses a table that misses one). English is here with the keys; French, Dutch, German and Chinese are
 * each one more table of the same keys in ./lang (test/lang/engine.test.ts holds them to the same parameters).
 */

/** Who hands a value over. It decides how the value is shown in a message, and nothing else. */
export type Host = "cell" | "argument" | "setting";

/** A value as a message shows it: in quotes, as "the text …" (the functions' arguments), or as it is. */
export interface Shown {
  readonly text: string;
  readonly as: "quoted" | "theText" | "plain";
}

/** No parameters. */
type None = Readonly<Record<never, never>>;

/** Each problem's key with the parameters its words need. */
export interface ProblemParams {
  empty: None;
  notANumber: { readonly shown: Shown };
  readsTwoWays: { readonly text: string; readonly asThousands: string; readonly asDecimal: string };
  tooLarge: { readonly number: string };
  tooManyDigits: { readonly number: string; readonly digits: number };
  notMoreThanZero: { readonly number: string };
  negative: { readonly number: string };
  notAFraction: { readonly number: string };
  /** A rate written as a percentage ("100 %", or 1 formatted as 100 %) that is not below 100 %. */
  percentNotBelowHundred: { readonly shown: Shown };
  percentNotAmount: { readonly shown: Shown };
  percentage: { readonly shown: Shown };
  currencyNotAllowed: { readonly shown: Shown; readonly host: Host };
  inCurrency: { readonly shown: Shown; readonly codes: readonly string[] };
  /** A sheet cell that holds an error value ("#N/A"). */
  cellError: { readonly error: string };
  /** A sheet cell of a merged area over several rows ("F5:F7") in a field that is each row's own. */
  mergedCell: { readonly area: string };
  /** A function argument that is an error value; `error` when Excel says which. */
  argumentError: { readonly error?: string };
  uncalculatedFormula: { readonly formula: string };
  /** A data type (an image, an unknown kind) with no plain value; `type` when it has one. */
  noValueHere: { readonly type?: string };
  dataTypeNotANumber: { readonly shown: Shown };
  notADate: { readonly shown: Shown };
  notAnExcelDate: { readonly serial: number };
  invalidDateCell: None;
  notText: { readonly shown: Shown };
  notAnHsCode: { readonly shown: Shown };
  /** readHsCode's reading (src/engine/hs-code.ts) says what is wrong with the code. */
  invalidHsCode: { readonly problem: Problem };
  hsCodeNotDigits: { readonly number: string };
  hsCodeMissing: None;
  hsCodeHasOtherCharacters: { readonly text: string };
  hsCodeDigitCount: { readonly digits: string; readonly count: number };
  noSuchChapter: { readonly chapter: string };
  vatNumberMissing: None;
  vatNumberNoPrefix: { readonly number: string };
  vatCheckDigitsWrong: { readonly number: string };
  /** A Belgian number written with 9 digits; `written` is the number with its 0 when that makes it right. */
  belgianNineDigits: { readonly number: string; readonly written?: string };
  vatNumberNotOffline: { readonly prefix: string };
  vatNumberFormat: { readonly number: string; readonly prefix: string };
  /** A Greek number written with GR, its ISO code, not EL, its VIES prefix. */
  greekVatPrefix: { readonly number: string; readonly written: string };
  gtinNotDigits: { readonly text: string };
  gtinLength: { readonly digits: string; readonly count: number };
  gtinCheckDigit: { readonly digits: string; readonly check: number };
  /** Why a marketplace's link cannot say its country (links.ts): the buyer's settings choose it (AliExpress). */
  countryChosenByBuyer: { readonly name: string };
  countryInHost: { readonly name: string; readonly domain: string };
  countryInPath: { readonly name: string; readonly domain: string };
  notAQuantity: { readonly number: string };
  negativeWeight: { readonly number: string };
  notADutyRate: { readonly text: string };
  notABound: { readonly text: string };
  minAboveMax: { readonly minimum: string; readonly maximum: string };
  countryMissing: None;
  unknownCountry: { readonly text: string };
  outsideEu: { readonly code: string };
  /** A VAT rate looked up for a date before the table. */
  beforeVatTable: { readonly start: string; readonly date: string };
  /** A declaration date (a setting) before the table. */
  dateBeforeVatTable: { readonly start: string; readonly date: string };
  noLinesToShare: None;
  /** The pane's shipment totals for Share costs, all empty. */
  noShipmentTotals: None;
  negativeWeightOnLine: { readonly line: number; readonly weight: string };
  allWeightsZero: None;
  noValueLeft: { readonly netPrice: string };
  notAWebLink: None;
  unknownMarketplace: { readonly host: string };
  noAsin: None;
  shortLink: { readonly host: string };
  noCountryInLink: { readonly name: string; readonly why: Problem };
  noProductId: { readonly name: string; readonly productIdName: string };
  noFixedRate: { readonly code: string };
  cellsForWeights: { readonly cells: number; readonly weights: number };
  notAnOffenceLevel: { readonly level: string };
  thirdOffence: None;
  notACurrencyCode: { readonly text: string };
  eurNeedsNoRate: None;
  zeroRate: None;
  implausibleRate: { readonly rate: string; readonly minimum: string; readonly maximum: string };
  notAnHsPrefix: { readonly text: string };
  notACountryAndPrefix: { readonly text: string };
  notAChannel: { readonly text: string };
  notItemDigits: { readonly text: string };
  notOfTheForm: { readonly line: string; readonly example: string };
  notALanguage: { readonly text: string };
}

/** Each fix's key with its parameters. */
export interface FixParams {
  enterAmount: None;
  enterAmountInEur: None;
  enterPrice: None;
  positiveCosts: None;
  positiveCostsAndValues: None;
  writeRate: None;
  enterRate: None;
  writePercentOrFraction: { readonly percent: string; readonly fraction: string };
  enterCountryOrRate: None;
  enterDuty: None;
  writeDuty: None;
  swapBounds: None;
  enterExcelDate: None;
  writeIsoDate: None;
  enterDate: None;
  enterQuantity: None;
  enterUnits: None;
  enterWeight: None;
  enterWeightInKg: None;
  fixFormula: None;
  unmergeCells: None;
  calculateFormulas: None;
  /** An error value in an argument: correct it, or do what the argument needs. */
  correctCellFirst: { readonly then: Fix };
  /** An entity where a number belongs: what the argument needs, and how to take a field of the entity. */
  referToField: { readonly then: Fix };
  enterHsCode: None;
  hsCodeDigits: None;
  convertToEur: None;
  writeOneWay: None;
  enterEuCountry: None;
  enterCountryOfDelivery: None;
  useCountryCode: None;
  enterEuCountryCode: None;
  dateInVatTable: { readonly start: string };
  dateFrom: { readonly start: string };
  positiveShipmentCost: None;
  oneWeightPerLine: None;
  positiveWeights: None;
  fillWeights: None;
  costsPerUnit: None;
  enterSalesLink: None;
  enterFullSalesLink: None;
  useDestinationStore: None;
  enterAmazonLink: None;
  useProductPage: None;
  pasteFullLink: None;
  enterGtin: None;
  enterUnitsPerEuroOrFixed: { readonly codes: string };
  enterVatNumber: None;
  enterShipmentCost: None;
  enterShipmentTotal: None;
  positiveShipmentTotal: None;
  enterOneShipmentTotal: None;
  sameCountAsWeights: None;
  enterOffence: None;
  chooseOffence: None;
  enterFinePerHsCode: None;
  talkToBroker: None;
  enterForeignAmount: None;
  enterTolerance: None;
  enterFine: { readonly example: number };
  useCurrencyCodes: None;
  otherCurrenciesOnly: None;
  enterUnitsOf: { readonly code: string; readonly example: string };
  useHsPrefix: None;
  useCountryAndPrefix: None;
  chooseChannel: None;
  chooseItemDigits: None;
  enterFraction: None;
  onePerLine: { readonly example: string };
  chooseLanguage: None;
}

export type ProblemKey = keyof ProblemParams;
export type FixKey = keyof FixParams;

/** A message of a table: its key and its parameters. */
export type Said<P> = { readonly [K in keyof P]: { readonly key: K; readonly params: P[K] } }[keyof P];
/** The keys of messages without parameters: these may be named by the key alone. */
type Bare<P> = { readonly [K in keyof P]: None extends P[K] ? K : never }[keyof P];

export type Problem = Said<ProblemParams> | Bare<ProblemParams>;
export type Fix = Said<FixParams> | Bare<FixParams>;

/**
 * The settings of a check (src/sheet/settings.ts) that a user can get wrong, named here because their names are
 * words of the product too (VAT deferral is a checkbox: it cannot be wrong).
 */
export const SETTING_NAMES = [
  "declarationDate",
  "tolerance",
  "offenceLevel",
  "firstOffenceFine",
  "secondOffenceFine",
  "exchangeRates",
  "dutyRates",
  "vatRates",
  "channel",
  "lowValueItemDigits",
  "language",
] as const;
export type SettingName = (typeof SETTING_NAMES)[number];

/** What an entry may ask for to word its own parameters in the same language. */
export interface Say {
  readonly fix: (fix: Fix) => string;
  readonly problem: (problem: Problem) => string;
  readonly shown: (shown: Shown) => string;
  /** What a marketplace calls its product number (src/engine/marketplaces.ts), in this language. */
  readonly productIdName: (englishName: string) => string;
}

type Entries<P> = { readonly [K in keyof P]: (params: P[K], say: Say) => string };

/** One language: every problem, every fix, every setting's name and the sentences they are put in. */
export interface Language {
  readonly problems: Entries<ProblemParams>;
  readonly fixes: Entries<FixParams>;
  /**
   * What each marketplace calls its product number, keyed by the English name in src/engine/marketplaces.ts
   * ("Otto article number" → "Otto-Artikelnummer"); a name missing here is said in English.
   */
  readonly productIdNames: Readonly<Record<string, string>>;
  /** A setting's name; `entry` is the currency or HS code prefix of one line of a table setting. */
  readonly settings: { readonly [S in SettingName]: (entry: string | undefined) => string };
  readonly shown: (shown: Shown) => string;
  /** "price: it is empty. Enter the VAT-inclusive …": how an input error is said. */
  readonly inputError: (field: string, problem: string, fix: string) => string;
  /** 'Destination "Mars" is not a country we know: use …': an input problem said as a row's finding. */
  readonly rowFinding: (field: string, problem: string, fix: string) => string;
  /** "price (cell 2 of the range)": the cell of a function's range argument that holds the bad value. */
  readonly cellOfRange: (field: string, cell: number) => string;
  /** A function's error that is no input problem: a defect, said so the user can report it. */
  readonly unexpected: (problem: string) => string;
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
const LINK_EXAMPLE = "https://www.amazon.de/dp/B08N5WRWNW";

export const ENGLISH: Language = {
  problems: {
    empty: () => "it is empty",
    notANumber: ({ shown }, say) => `${say.shown(shown)} is not a number`,
    readsTwoWays: ({ text, asThousands, asDecimal }) =>
      `"${text}" can be read as ${asThousands} or as ${asDecimal}`,
    tooLarge: ({ number }) => `${number} is too large (amounts must be below 10^12)`,
    tooManyDigits: ({ number, digits }) =>
      `${number} has more than ${digits} significant digits, more than Excel keeps`,
    notMoreThanZero: ({ number }) => `${number} is not more than 0`,
    negative: ({ number }) => `${number} is negative`,
    notAFraction: ({ number }) => `${number} is not a fraction`,
    percentNotBelowHundred: ({ shown }, say) => `${say.shown(shown)} is not a rate below 100 %`,
    percentNotAmount: ({ shown }, say) => `${say.shown(shown)} is a percentage, not an amount`,
    percentage: ({ shown }, say) => `${say.shown(shown)} is a percentage`,
    currencyNotAllowed: ({ shown, host }, say) =>
      `${say.shown(shown)} has a currency, but this ${host === "cell" ? "column" : host === "argument" ? "argument" : "setting"} is not an amount`,
    inCurrency: ({ shown, codes }, say) => `${say.shown(shown)} is in ${codes.join(" or ")}`,
    cellError: ({ error }) => `the cell holds the error ${error}`,
    mergedCell: ({ area }) =>
      `the cell is merged over ${area}: one value over several rows may be each row's or their total`,
    argumentError: ({ error }) => `the cell holds ${error ?? "an error"}`,
    uncalculatedFormula: ({ formula }) =>
      `the formula =${formula} has no saved result, or its result is an error`,
    noValueHere: ({ type }) =>
      `${type === undefined ? "an object" : `a ${type} data type`} has no value to read here`,
    dataTypeNotANumber: ({ shown }, say) => `the data type ${say.shown(shown)} is not a number`,
    notADate: ({ shown }, say) => `${say.shown(shown)} is not a date`,
    notAnExcelDate: ({ serial }) => `${serial} is not a date Excel can show`,
    invalidDateCell: () => "the cell holds no valid date",
    notText: ({ shown }, say) => `${say.shown(shown)} is not text`,
    notAnHsCode: ({ shown }, say) => `${say.shown(shown)} is not an HS code`,
    invalidHsCode: ({ problem }, say) => say.problem(problem),
    hsCodeNotDigits: ({ number }) => `${number} is not a code of digits`,
    hsCodeMissing: () => "the HS code is missing",
    hsCodeHasOtherCharacters: ({ text }) => `"${text}" has characters other than digits`,
    hsCodeDigitCount: ({ digits, count }) => `${digits} has ${count} digits, not 6, 8 or 10`,
    noSuchChapter: ({ chapter }) => `chapter ${chapter} does not exist (chapters are 01 to 97, without 77)`,
    vatNumberMissing: () => "the VAT number is missing",
    vatNumberNoPrefix: ({ number }) => `${number} does not start with a country prefix such as DE or EL`,
    vatCheckDigitsWrong: ({ number }) => `the check digits of ${number} are wrong`,
    belgianNineDigits: ({ number, written }) =>
      `${number} has 9 digits: Belgian VAT numbers have 10, starting with 0 or 1${written === undefined ? "" : ` (write ${written})`}`,
    vatNumberNotOffline: ({ prefix }) => `${prefix} numbers cannot be checked offline`,
    vatNumberFormat: ({ number, prefix }) => `${number} does not have the format of a ${prefix} VAT number`,
    greekVatPrefix: ({ number, written }) =>
      `${number} does not have the format of a GR VAT number: Greek VAT numbers start with EL (write ${written})`,
    gtinNotDigits: ({ text }) => `"${text}" is not a GTIN: a GTIN has digits only`,
    gtinLength: ({ digits, count }) =>
      `${digits} has ${count} digits: a GTIN has 8, 12, 13 or 14 (EAN-13 on most European goods)`,
    gtinCheckDigit: ({ digits, check }) =>
      `${digits} has a wrong check digit (GS1 gives ${check} for the digits before it): copy the GTIN from the barcode again`,
    countryChosenByBuyer: ({ name }) =>
      `${name} sets the country of delivery in the buyer's settings, not in the link (de.aliexpress.com is the German language, not a German store)`,
    countryInHost: ({ name, domain }) =>
      `a ${name} link names its country store in the host (de.${domain} …)`,
    countryInPath: ({ name, domain }) =>
      `a ${name} link names its country store in the path (${domain}/de/ …)`,
    notAQuantity: ({ number }) => `${number} units is not a quantity`,
    negativeWeight: ({ number }) => `${number} kg is negative`,
    notADutyRate: ({ text }) => `"${text}" is not a duty rate we can read`,
    notABound: ({ text }) => `"${text}" is not a MIN or MAX amount we can read`,
    minAboveMax: ({ minimum, maximum }) => `MIN ${minimum} is above MAX ${maximum}`,
    countryMissing: () => "the destination country is missing",
    unknownCountry: ({ text }) => `"${text}" is not a country we know`,
    outsideEu: ({ code }) => `${code} is outside the EU, so it has no EU VAT rate`,
    beforeVatTable: ({ start, date }) => `the VAT table begins on ${start}, ${date} is earlier`,
    dateBeforeVatTable: ({ start, date }) => `${date} is before the VAT table begins (${start})`,
    noShipmentTotals: () => "all are empty",
    noLinesToShare: () => "no lines to share the cost over",
    negativeWeightOnLine: ({ line, weight }) => `line ${line} has the negative weight ${weight}`,
    allWeightsZero: () => "every weight is 0, so there is nothing to share by",
    noValueLeft: ({ netPrice }) =>
      `the deductions and duty leave no value: the price without VAT is ${netPrice}`,
    notAWebLink: () => "this is not a web link",
    unknownMarketplace: ({ host }) => `${host} is not a marketplace we know`,
    noAsin: () => "no ASIN in this link (expected /dp/ followed by 10 letters or digits)",
    shortLink: ({ host }) => `${host} is a short link: where it leads cannot be known offline`,
    noCountryInLink: ({ name, why }, say) =>
      `the ${name} link does not say which country's store it is (${say.problem(why)})`,
    noProductId: ({ name, productIdName }, say) =>
      `this ${name} link is not a product page (no ${say.productIdName(productIdName)} in it): a search, category or store page`,
    noFixedRate: ({ code }) => `${code} has no fixed rate to the euro`,
    cellsForWeights: ({ cells, weights }) => `${cells} cells for ${weights} weights`,
    notAnOffenceLevel: ({ level }) => `${level} is not 1, 2 or 3`,
    thirdOffence: () => "a third offence blacklists the VAT number; no fine amount is published",
    notACurrencyCode: ({ text }) => `"${text}" is not a currency code`,
    eurNeedsNoRate: () => "EUR needs no exchange rate",
    zeroRate: () => "0 is not a rate",
    implausibleRate: ({ rate, minimum, maximum }) =>
      `${rate} is not a plausible rate (rates are between ${minimum} and ${maximum} units per EUR)`,
    notAnHsPrefix: ({ text }) => `"${text}" is not an HS code prefix`,
    notACountryAndPrefix: ({ text }) => `"${text}" is not a destination and an HS code prefix`,
    notAChannel: ({ text }) => `"${text}" is not a channel`,
    notItemDigits: ({ text }) => `${text} is not a length of a tariff subheading`,
    notOfTheForm: ({ line, example }) => `"${line}" is not of the form ${example}`,
    notALanguage: ({ text }) => `"${text}" is not a language of the product`,
  },
  fixes: {
    enterAmount: () => "Enter an amount such as 2.50",
    enterAmountInEur: () => "Enter an amount in EUR, e.g. 2.50",
    enterPrice: () => "Enter the VAT-inclusive selling price per unit on the sales link, in EUR",
    positiveCosts: () => "Enter costs as positive amounts: they are deducted from the price",
    positiveCostsAndValues: () => "Enter costs and values as positive amounts",
    writeRate: () => "Write the rate as 19 % or 0.19",
    enterRate: () => "Enter the rate as 19 % or 0.19",
    writePercentOrFraction: ({ percent, fraction }) => `Write ${percent} % or ${fraction}`,
    enterCountryOrRate: () => "Enter a country code such as DE, or the VAT rate as 19 % or 0.19",
    enterDuty: () =>
      'Enter 0 for duty-free goods, a rate such as 12 % or 0.12, or text such as "4.7 % MIN 0.40 MAX 2.50"',
    writeDuty: () =>
      'Write the duty as a fraction (0.12) or as the tariff does, e.g. "12 %" or "4.7 % MIN 0.40 MAX 2.50"',
    swapBounds: () => "Swap the two amounts",
    enterExcelDate: () => "Enter a date such as DATE(2024,8,31)",
    writeIsoDate: () => "Write it as YYYY-MM-DD, e.g. 2024-08-31",
    enterDate: () => "Enter a date such as 2026-11-20",
    enterQuantity: () => "Enter the number of units, e.g. 24",
    enterUnits: () => "Enter the number of units",
    enterWeight: () => "Enter the unit weight in kg, e.g. 0.35",
    enterWeightInKg: () => "Enter the unit weight in kg",
    fixFormula: () => "Fix the formula or type the value",
    unmergeCells: () => "Unmerge the cells (Home › Merge & Center) and write each row's own value in its row",
    calculateFormulas: () =>
      "Open the file in Excel, correct any formula that shows an error, and save it so that its formulas are calculated",
    correctCellFirst: ({ then }, say) => `Correct that cell first, or ${lowerFirst(say.fix(then))}`,
    referToField: ({ then }, say) =>
      `${say.fix(then)} (for a field of a data type, refer to it, e.g. A2.Price)`,
    enterHsCode: () => "Enter the HS code, e.g. 9405 21 40",
    hsCodeDigits: () => "Enter 6 (HS), 8 (CN) or 10 (TARIC) digits",
    convertToEur: () => "Convert it to EUR first, e.g. with CUSTOMS.TOEUR(amount, units per EUR)",
    writeOneWay: () =>
      'Write it so that it reads one way: without a thousands separator ("1299") or with its decimals ("1.299,00" or "1,299.00")',
    enterEuCountry: () => "Enter the EU country of delivery, e.g. DE",
    enterCountryOfDelivery: () => "Enter the EU country of delivery",
    useCountryCode: () => "Use the two-letter ISO code, e.g. DE, FR or EL",
    enterEuCountryCode: () => "Enter an EU country code such as DE",
    dateInVatTable: ({ start }) =>
      `Use a date from ${start} on, or give the VAT rate itself as a fraction such as 0.19`,
    dateFrom: ({ start }) => `Enter a date from ${start} on`,
    positiveShipmentCost: () => "Enter the shipment cost as a positive amount",
    oneWeightPerLine: () => "Give one weight per line",
    positiveWeights: () => "Enter weights as positive numbers",
    fillWeights: () => "Fill in the unit weights (kg) and quantities",
    costsPerUnit: () => "Check that the costs are per unit, not per shipment",
    enterSalesLink: () => `Enter the sales link, e.g. ${LINK_EXAMPLE}`,
    enterFullSalesLink: () => `Enter the full sales link, e.g. ${LINK_EXAMPLE}`,
    useDestinationStore: () => "Use the link of the marketplace's store in the destination country",
    enterAmazonLink: () => "Enter the Amazon product link",
    useProductPage: () => "Use the product page link",
    pasteFullLink: () => `Paste the full product link, e.g. ${LINK_EXAMPLE}`,
    enterGtin: () => "Enter the GTIN (EAN) from the barcode, e.g. 4006381333931",
    enterUnitsPerEuroOrFixed: ({ codes }) =>
      `Enter the rate as units per EUR, e.g. 11.39 for SEK, or the code of a former euro-area currency (${codes})`,
    enterVatNumber: () => "Enter the VAT number with its prefix, e.g. DE136695976",
    enterShipmentCost: () => "Enter the shipment cost in EUR",
    enterShipmentTotal: () => "Enter the shipment's total in EUR, e.g. 1250.00",
    positiveShipmentTotal: () => "Enter the total as a positive amount",
    enterOneShipmentTotal: () => "Enter at least one total (freight, last mile or handling) to share",
    sameCountAsWeights: () => "Select as many quantities as weights",
    enterOffence: () => "Enter 1, 2 or 3",
    chooseOffence: () => "Choose offence 1, 2 or 3",
    enterFinePerHsCode: () => "Enter the fine per HS code in EUR, or leave it empty for the practice default",
    talkToBroker: () => "Talk to your customs broker",
    enterForeignAmount: () => "Enter the amount in the foreign currency",
    enterTolerance: () => "Enter the tolerance in EUR per unit, e.g. 0.05",
    enterFine: ({ example }) => `Enter EUR per HS code, e.g. ${example}`,
    useCurrencyCodes: () => "Use ISO codes such as SEK or PLN",
    otherCurrenciesOnly: () => "Give rates for other currencies only",
    enterUnitsOf: ({ code, example }) => `Enter units of ${code} per EUR, e.g. ${example}`,
    useHsPrefix: () => "Use 2 to 10 digits, e.g. 9405",
    chooseChannel: () => "Choose stock (FBA, B2B) or B2C (parcels sold to consumers)",
    chooseItemDigits: () => "Choose 8 (the CN subheading) or 6 (the HS subheading)",
    useCountryAndPrefix: () => "Write the country code, a colon and 2 to 10 digits, e.g. DE:4901=7 %",
    enterFraction: () => "Enter a fraction such as 0.047",
    onePerLine: ({ example }) => `Write one per line, e.g. ${example}`,
    chooseLanguage: () => "Choose en, fr, nl, de or zh",
  },
  productIdNames: {
    ASIN: "ASIN",
    "bol.com article number": "bol.com article number",
    "Cdiscount product reference": "Cdiscount product reference",
    "Allegro offer number": "Allegro offer number",
    "Kaufland product number": "Kaufland product number",
    "eBay item number": "eBay item number",
    "Otto article number": "Otto article number",
    "Zalando article code": "Zalando article code",
    "Fnac article number": "Fnac article number",
    "eMAG product code": "eMAG product code",
    "Temu goods id": "Temu goods id",
    "Shein goods id": "Shein goods id",
    "AliExpress item number": "AliExpress item number",
  },
  settings: {
    declarationDate: () => "declaration date",
    tolerance: () => "tolerance",
    offenceLevel: () => "offence level",
    firstOffenceFine: () => "fine for a first offence",
    secondOffenceFine: () => "fine for a second offence",
    exchangeRates: (code) => (code === undefined ? "exchange rates" : `exchange rate ${code}`),
    dutyRates: (prefix) => (prefix === undefined ? "duty rates" : `duty rate ${prefix}`),
    channel: () => "channel",
    lowValueItemDigits: () => "digits of a low-value item",
    vatRates: (entry) => (entry === undefined ? "reduced VAT rates" : `reduced VAT rate ${entry}`),
    language: () => "language",
  },
  shown: ({ text, as }) => (as === "quoted" ? `"${text}"` : as === "theText" ? `the text "${text}"` : text),
  inputError: (field, problem, fix) => `${field}: ${problem}. ${fix}`,
  rowFinding: (field, problem, fix) => `${field} ${problem}: ${lowerFirst(fix)}.`,
  cellOfRange: (field, cell) => `${field} (cell ${cell} of the range)`,
  unexpected: (problem) => `Unexpected problem: ${problem}`,
};

/** A problem or a fix as its key and parameters (a bare key has none). */
export function said<P>(message: Said<P> | Bare<P>): Said<P> {
  // A bare key is one whose parameters are None, so {} is its parameters.
  return typeof message === "object" ? message : ({ key: message, params: {} } as unknown as Said<P>);
}

/** An entry called with its own parameters: the key and the parameters come together, so they match. */
type AnyEntry = (params: unknown, say: Say) => string;

function sayIn(language: Language): Say {
  return {
    fix: (fix) => fixText(fix, language),
    problem: (problem) => problemText(problem, language),
    shown: language.shown,
    productIdName: (name) => language.productIdNames[name] ?? name,
  };
}

export function problemText(problem: Problem, language: Language = ENGLISH): string {
  const { key, params } = said<ProblemParams>(problem);
  return (language.problems[key] as AnyEntry)(params, sayIn(language));
}

export function fixText(fix: Fix, language: Language = ENGLISH): string {
  const { key, params } = said<FixParams>(fix);
  return (language.fixes[key] as AnyEntry)(params, sayIn(language));
}

/** A setting's name ("exchange rate SEK" for one line of the exchange rates). */
export function settingLabel(name: SettingName, entry?: string, language: Language = ENGLISH): string {
  return language.settings[name](entry);
}
