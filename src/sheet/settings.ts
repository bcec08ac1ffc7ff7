import {
  DEFAULT_FINES,
  type DutyRule,
  Exact,
  type FineSettings,
  type IsoDate,
  InputError,
  type OffenceLevel,
  ZERO,
  exact,
  isoDateFromText,
  isoDateOf,
  parseDutyExpression,
  MAX_AMOUNT,
  VAT_TABLE_START,
  currenciesOf,
  currencyCode,
  exampleRate,
  numberFromText,
  readHsCode,
} from "../engine";

/**
 * How a shipment is checked (design.md section 3). Kept with the workbook in Excel and given as options to the
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
  };
}

/** Settings as plain JSON, the way the workbook stores them and the task pane edits them. */
export interface StoredSettings {
  declarationDate?: string;
  tolerance?: number | string;
  vatDeferral?: boolean;
  offenceLevel?: number;
  fines?: { firstOffencePerHsCode?: number; secondOffencePerHsCode?: number };
  exchangeRates?: Record<string, number | string>;
  dutyRates?: Record<string, number | string>;
}

/**
 * Customs rates of the world's currencies lie between about 0.3 (KWD) and 500,000 (VES, IRR) units per EUR; the
 * bounds leave room and keep every conversion finite.
 */
const MIN_EXCHANGE_RATE = "0.000001";
const MAX_EXCHANGE_RATE = "1000000000";

/** An amount in EUR: a percentage or another currency is no such amount, and a number that reads two ways is refused. */
function amount(value: number | string, field: string, fix: string): Exact {
  let parsed: Exact | undefined;
  if (typeof value === "number") parsed = Number.isFinite(value) ? exact(value) : undefined;
  else {
    const reading = numberFromText(value, field, fix);
    if (reading.percent) throw new InputError(field, `${value.trim()} is a percentage, not an amount`, fix);
    if (reading.currency !== undefined && currenciesOf(reading.currency)?.[0] !== "EUR")
      throw new InputError(field, `${value.trim()} is not in EUR`, fix);
    parsed = reading.value;
  }
  if (parsed === undefined) throw new InputError(field, `${JSON.stringify(value)} is not a number`, fix);
  if (parsed.isNegative()) throw new InputError(field, `${parsed.toString()} is negative`, fix);
  if (parsed.greaterThanOrEqualTo(MAX_AMOUNT))
    throw new InputError(field, `${parsed.toString()} is too large`, fix);
  return parsed;
}

/** Reads stored settings over the defaults; each bad value is an InputError naming the setting and the fix. */
export function readSettings(stored: StoredSettings, today: Date = new Date()): Settings {
  const defaults = defaultSettings(today);
  const declarationDate =
    stored.declarationDate === undefined || stored.declarationDate === ""
      ? defaults.declarationDate
      : isoDateFromText(stored.declarationDate, "declaration date");
  if (declarationDate < VAT_TABLE_START)
    throw new InputError(
      "declaration date",
      `${declarationDate} is before the VAT table begins (${VAT_TABLE_START})`,
      `Enter a date from ${VAT_TABLE_START} on`,
    );
  const tolerance =
    stored.tolerance === undefined
      ? ZERO
      : amount(stored.tolerance, "tolerance", "Enter the tolerance in EUR per unit, e.g. 0.05");
  const level = stored.offenceLevel ?? 1;
  if (level !== 1 && level !== 2 && level !== 3)
    throw new InputError("offence level", `${level} is not 1, 2 or 3`, "Choose offence 1, 2 or 3");
  const fines: FineSettings = {
    firstOffencePerHsCode: amount(
      stored.fines?.firstOffencePerHsCode ?? DEFAULT_FINES.firstOffencePerHsCode,
      "fine for a first offence",
      "Enter EUR per HS code, e.g. 250",
    ).toNumber(),
    secondOffencePerHsCode: amount(
      stored.fines?.secondOffencePerHsCode ?? DEFAULT_FINES.secondOffencePerHsCode,
      "fine for a second offence",
      "Enter EUR per HS code, e.g. 500",
    ).toNumber(),
  };
  const exchangeRates: Record<string, Exact> = {};
  for (const [currency, rate] of Object.entries(stored.exchangeRates ?? {})) {
    const code = currencyCode(currency);
    if (code === undefined)
      throw new InputError(
        "exchange rates",
        `"${currency}" is not a currency code`,
        "Use ISO codes such as SEK or PLN",
      );
    if (code === "EUR")
      throw new InputError(
        "exchange rates",
        "EUR needs no exchange rate",
        "Give rates for other currencies only",
      );
    const fix = `Enter units of ${code} per EUR, e.g. ${exampleRate(code)}`;
    const value = amount(rate, `exchange rate ${code}`, fix);
    if (value.isZero()) throw new InputError(`exchange rate ${code}`, "0 is not a rate", fix);
    if (value.lessThan(MIN_EXCHANGE_RATE) || value.greaterThan(MAX_EXCHANGE_RATE))
      throw new InputError(
        `exchange rate ${code}`,
        `${value.toString()} is not a plausible rate (rates are between ${MIN_EXCHANGE_RATE} and ${MAX_EXCHANGE_RATE} units per EUR)`,
        fix,
      );
    exchangeRates[code] = value;
  }
  const dutyRates = Object.entries(stored.dutyRates ?? {})
    .map(([prefix, rate]) => {
      const digits = prefix.replace(/[\s.]/g, "");
      if (!/^\d{2,10}$/.test(digits))
        throw new InputError(
          "duty rates",
          `"${prefix}" is not an HS code prefix`,
          "Use 2 to 10 digits, e.g. 9405",
        );
      const rule: DutyRule =
        typeof rate === "number"
          ? {
              adValorem: amount(rate, `duty rate ${digits}`, "Enter a fraction such as 0.047"),
              specific: ZERO,
            }
          : parseDutyExpression(rate, `duty rate ${digits}`);
      if (rule.adValorem.greaterThanOrEqualTo(1) && typeof rate === "number") {
        throw new InputError(
          `duty rate ${digits}`,
          `${rate} is not a fraction`,
          `Write ${rate} % or ${rate / 100}`,
        );
      }
      return { prefix: digits, rule };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return {
    declarationDate,
    tolerance,
    vatDeferral: stored.vatDeferral ?? true,
    offenceLevel: level,
    fines,
    exchangeRates,
    dutyRates,
  };
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
