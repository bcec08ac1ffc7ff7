import {
  DEFAULT_FINES,
  type DutyRule,
  Exact,
  type FineSettings,
  type Fix,
  type IsoDate,
  InputError,
  type OffenceLevel,
  type Problem,
  type SettingName,
  ZERO,
  amountOf,
  dateOf,
  dutyRuleOf,
  type EuCountry,
  euCountry,
  rateOf,
  type Channel,
  channelOf,
  isoDateOf,
  offenceLevelOf,
  VAT_TABLE_START,
  currencyCode,
  exampleRate,
  readHsCode,
  requireNonNegative,
  requirePlausibleRate,
  settingLabel,
  type AnyLanguage,
  isLanguageCode,
  PSEUDO,
} from "../engine";

/**
 * How a shipment is checked (docs/contracts.md, Settings). Kept with the workbook in Excel and given as options to the
 * CLI. Practice, not law, is a setting here with the practice as its default (fines, tolerance, VAT deferral).
 */
export interface Settings {
  /** Date of the declaration: picks the VAT rate where a row has no date of its own. */
  readonly declarationDate: IsoDate;
  /** Declared values this many EUR per unit or less below the inverse value are not flagged. */
  readonly tolerance: Exact;
  /** VAT deferral needs the destination's VAT number; on by default. */
  readonly vatDeferral: boolean;
  readonly offenceLevel: OffenceLevel;
  readonly fines: FineSettings;
  /** Customs exchange rates, units of the currency per EUR (e.g. SEK → 11.39). */
  readonly exchangeRates: Readonly<Record<string, Exact>>;
  /** Duty rates by HS code prefix, used where a row has no duty rate; the longest prefix wins. */
  readonly dutyRates: readonly { readonly prefix: string; readonly rule: DutyRule }[];
  /**
   * VAT rates by destination and HS code prefix, for goods taxed at a reduced rate (books, food …), used where a row
   * has no VAT rate of its own; the longest prefix wins (vatRateFor).
   */
  readonly vatRates: readonly ReducedVatRate[];
  /** How a row without a Channel cell is imported: own stock (FBA, B2B: the normal duty) unless set to B2C. */
  readonly channel: Channel;
  /**
   * The digits of the tariff subheading that make an "item" of the EUR 3 low-value duty (Council Regulation (EU)
   * 2026/382): 8 (the CN subheading) by default, 6 (the HS subheading) as a setting.
   */
  readonly lowValueItemDigits: 6 | 8;
  /** The table of goods that need a licence, a certificate or a declaration (CONTROLLED_GOODS); on by default. */
  readonly controlledGoods: boolean;
  /**
   * The language of the words the check writes (explanations, output headers, the Summary, Pro forma, Audit and VAT
   * deferral sheets): a workbook setting, so that a colleague with another Office language gets the same words.
   */
  readonly language: AnyLanguage;
}

/** A reduced VAT rate of a destination for the goods of an HS code prefix. */
export interface ReducedVatRate {
  readonly country: EuCountry;
  readonly prefix: string;
  readonly rate: Exact;
}

function defaultSettings(today: Date = new Date()): Settings {
  return {
    declarationDate: isoDateOf(today),
    tolerance: ZERO,
    vatDeferral: true,
    offenceLevel: 1,
    fines: DEFAULT_FINES,
    exchangeRates: {},
    dutyRates: [],
    vatRates: [],
    channel: "stock",
    lowValueItemDigits: 8,
    controlledGoods: true,
    language: "en",
  };
}

/** Settings as plain JSON, the way the workbook stores them; the task pane's form and the CLI give text. */
export interface StoredSettings {
  declarationDate?: string;
  tolerance?: number | string;
  vatDeferral?: boolean;
  offenceLevel?: number | string;
  fines?: { firstOffencePerHsCode?: number | string; secondOffencePerHsCode?: number | string };
  exchangeRates?: Record<string, number | string>;
  dutyRates?: Record<string, number | string>;
  /** Reduced VAT rates keyed "DE:4901". */
  vatRates?: Record<string, number | string>;
  channel?: string;
  lowValueItemDigits?: number | string;
  controlledGoods?: boolean;
  /** en, fr, nl, de or zh. */
  language?: string;
}

/**
 * A setting that cannot be read. It names the setting by its name, so the task pane's form and the CLI's options
 * find their field by `setting`, never by the words of the message.
 */
export class SettingsError extends InputError {
  constructor(
    readonly setting: SettingName,
    /** The currency or HS code prefix of the line of a table setting (exchange rates, duty rates) it is about. */
    readonly entry: string | undefined,
    problem: Problem,
    fix: Fix,
  ) {
    super(settingLabel(setting, entry), problem, fix);
    this.name = "SettingsError";
  }
}

/** Reads one setting with the engine's readers; their InputError becomes a SettingsError naming the setting. */
function readSetting<T>(setting: SettingName, read: (field: string) => T, entry?: string): T {
  try {
    return read(settingLabel(setting, entry));
  } catch (error) {
    if (!(error instanceof InputError) || error instanceof SettingsError) throw error;
    throw new SettingsError(setting, entry, error.problem, error.fix);
  }
}

const AS_SETTING = { host: "setting" } as const;

/** An amount in EUR, zero or more: a percentage or another currency is no such amount. */
function euros(value: number | string, field: string, fix: Fix): Exact {
  const amount = amountOf(value, field, fix, { ...AS_SETTING, currency: "EUR only" });
  return requireNonNegative(amount.value, field, fix);
}

/** Reads stored settings over the defaults; each bad value is a SettingsError naming the setting and the fix. */
export function readSettings(stored: StoredSettings, today: Date = new Date()): Settings {
  const defaults = defaultSettings(today);
  const declarationDate = readSetting("declarationDate", (field) => {
    const date =
      stored.declarationDate === undefined || stored.declarationDate === ""
        ? defaults.declarationDate
        : dateOf(stored.declarationDate, field);
    if (date < VAT_TABLE_START)
      throw new InputError(
        field,
        { key: "dateBeforeVatTable", params: { date, start: VAT_TABLE_START } },
        { key: "dateFrom", params: { start: VAT_TABLE_START } },
      );
    return date;
  });
  const { tolerance } = stored;
  const toleranceInEur =
    tolerance === undefined
      ? ZERO
      : readSetting("tolerance", (field) => euros(tolerance, field, "enterTolerance"));
  const offenceLevel = readSetting("offenceLevel", (field) =>
    offenceLevelOf(stored.offenceLevel ?? 1, field, "chooseOffence", AS_SETTING),
  );
  const fine = (setting: SettingName, given: number | string | undefined, practice: number) =>
    readSetting(setting, (field) =>
      euros(given ?? practice, field, { key: "enterFine", params: { example: practice } }).toNumber(),
    );
  const fines: FineSettings = {
    firstOffencePerHsCode: fine(
      "firstOffenceFine",
      stored.fines?.firstOffencePerHsCode,
      DEFAULT_FINES.firstOffencePerHsCode,
    ),
    secondOffencePerHsCode: fine(
      "secondOffenceFine",
      stored.fines?.secondOffencePerHsCode,
      DEFAULT_FINES.secondOffencePerHsCode,
    ),
  };
  const exchangeRates: Record<string, Exact> = {};
  for (const [currency, rate] of Object.entries(stored.exchangeRates ?? {})) {
    const code = currencyCode(currency);
    if (code === undefined)
      throw new SettingsError(
        "exchangeRates",
        undefined,
        { key: "notACurrencyCode", params: { text: currency } },
        "useCurrencyCodes",
      );
    if (code === "EUR")
      throw new SettingsError("exchangeRates", undefined, "eurNeedsNoRate", "otherCurrenciesOnly");
    exchangeRates[code] = readSetting(
      "exchangeRates",
      (field) => {
        const fix: Fix = { key: "enterUnitsOf", params: { code, example: exampleRate(code) } };
        // Written as an amount is: no percent, no other currency.
        const value = euros(rate, field, fix);
        return requirePlausibleRate(value, field, fix);
      },
      code,
    );
  }
  const dutyRates = Object.entries(stored.dutyRates ?? {})
    .map(([prefix, rate]) => {
      const digits = prefix.replace(/[\s.]/g, "");
      if (!/^\d{2,10}$/.test(digits))
        throw new SettingsError(
          "dutyRates",
          undefined,
          { key: "notAnHsPrefix", params: { text: prefix } },
          "useHsPrefix",
        );
      const rule = readSetting(
        "dutyRates",
        (field) => dutyRuleOf(rate, field, "enterFraction", AS_SETTING),
        digits,
      );
      return { prefix: digits, rule };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    declarationDate,
    tolerance: toleranceInEur,
    vatDeferral: stored.vatDeferral ?? true,
    offenceLevel,
    fines,
    exchangeRates,
    dutyRates,
    vatRates: readVatRates(stored.vatRates ?? {}),
    channel:
      stored.channel === undefined || stored.channel === ""
        ? defaults.channel
        : settingChannel(stored.channel),
    lowValueItemDigits: lowValueItemDigitsOf(stored.lowValueItemDigits ?? defaults.lowValueItemDigits),
    controlledGoods: stored.controlledGoods ?? defaults.controlledGoods,
    language: languageSetting(stored.language),
  };
}

/** "DE:4901" → 7 %: the destination must be an EU country, the prefix 2 to 10 digits, the rate a VAT rate. */
function readVatRates(stored: Record<string, number | string>): ReducedVatRate[] {
  return Object.entries(stored)
    .map(([key, rate]) => {
      const match = /^\s*([A-Za-z]{2})\s*:\s*([\d\s.]+)$/.exec(key);
      const digits = match?.[2].replace(/[\s.]/g, "") ?? "";
      if (match === null || !/^\d{2,10}$/.test(digits))
        throw new SettingsError(
          "vatRates",
          undefined,
          { key: "notACountryAndPrefix", params: { text: key } },
          "useCountryAndPrefix",
        );
      const entry = `${match[1].toUpperCase()}:${digits}`;
      const country = readSetting("vatRates", (field) => euCountry(match[1], field), entry);
      const value = readSetting("vatRates", (field) => rateOf(rate, field, "writeRate", AS_SETTING), entry);
      return { country, prefix: digits, rate: value };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/** The language setting: one of the five codes (or the test pseudo-locale); empty is English. */
function languageSetting(text: string | undefined): AnyLanguage {
  if (text === undefined || text.trim() === "") return "en";
  const code = text.trim().toLowerCase();
  if (isLanguageCode(code) || code === PSEUDO) return code;
  throw new SettingsError("language", undefined, { key: "notALanguage", params: { text } }, "chooseLanguage");
}

/** The channel setting: a word channelOf knows ("stock", "FBA", "B2C" …). */
function settingChannel(text: string): Channel {
  const channel = channelOf(text);
  if (channel === undefined)
    throw new SettingsError("channel", undefined, { key: "notAChannel", params: { text } }, "chooseChannel");
  return channel;
}

function lowValueItemDigitsOf(value: number | string): 6 | 8 {
  const digits = Number(String(value).trim());
  if (digits !== 6 && digits !== 8)
    throw new SettingsError(
      "lowValueItemDigits",
      undefined,
      { key: "notItemDigits", params: { text: String(value) } },
      "chooseItemDigits",
    );
  return digits;
}

/**
 * The reduced VAT rate of the settings for goods of this HS code to this destination, longest prefix first; a
 * row's own VAT rate wins over it.
 */
export function reducedVatRateFor(
  country: EuCountry,
  hsDigits: string,
  settings: Settings,
): ReducedVatRate | undefined {
  if (settings.vatRates.length === 0 || hsDigits === "") return undefined;
  return settings.vatRates.find((entry) => entry.country === country && hsDigits.startsWith(entry.prefix));
}

/** The stored form of settings, for saving with the workbook and for the audit log. */
export function storeSettings(settings: Settings): Required<StoredSettings> {
  return {
    declarationDate: settings.declarationDate,
    tolerance: settings.tolerance.toNumber(),
    vatDeferral: settings.vatDeferral,
    offenceLevel: settings.offenceLevel,
    fines: { ...settings.fines },
    exchangeRates: Object.fromEntries(
      Object.entries(settings.exchangeRates).map(([code, rate]) => [code, rate.toNumber()]),
    ),
    dutyRates: Object.fromEntries(settings.dutyRates.map(({ prefix, rule }) => [prefix, describeDuty(rule)])),
    vatRates: Object.fromEntries(
      settings.vatRates.map(({ country, prefix, rate }) => [`${country}:${prefix}`, rate.toNumber()]),
    ),
    channel: settings.channel,
    lowValueItemDigits: settings.lowValueItemDigits,
    controlledGoods: settings.controlledGoods,
    language: settings.language,
  };
}

/** A duty rule in the tariff's words, e.g. "4.7 % MIN 0.4 MAX 2.5". */
export function describeDuty(rule: DutyRule): string {
  const bounds = [
    rule.minimum ? ` MIN ${rule.minimum.toString()}` : "",
    rule.maximum ? ` MAX ${rule.maximum.toString()}` : "",
  ].join("");
  return `${rule.adValorem.times(100).toString()} %${bounds}`;
}

/** The duty rule for an HS code from the settings' table, longest prefix first. */
export function dutyRuleFor(hsCode: string | undefined, settings: Settings): DutyRule | undefined {
  if (hsCode === undefined || settings.dutyRates.length === 0) return undefined;
  const reading = readHsCode(hsCode);
  const digits = reading.valid ? reading.digits : hsCode.replace(/\D/g, "");
  return settings.dutyRates.find(({ prefix }) => digits.startsWith(prefix))?.rule;
}
