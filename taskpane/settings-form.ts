/**
 * The settings form of the task pane, as text fields, to and from the settings the workbook keeps
 * (StoredSettings, read by the sheet logic's readSettings). Bad input becomes a message that names the field and the
 * fix: the sheet logic's own InputError messages wherever it checks the value. Pure.
 */
import { InputError, exact, readNumberText } from "../src/engine";
import { type Settings, type StoredSettings, readSettings, storeSettings } from "../src/sheet";

export interface SettingsForm {
  readonly declarationDate: string;
  readonly tolerance: string;
  readonly vatDeferral: boolean;
  readonly offenceLevel: string;
  readonly fineFirst: string;
  readonly fineSecond: string;
  /** One CUR=RATE per line (or separated by ";"), units of the currency per EUR. */
  readonly exchangeRates: string;
  /** One PREFIX=RATE per line, the rate as a fraction or as the tariff writes it ("4.7 % MIN 0.40 MAX 2.50"). */
  readonly dutyRates: string;
}

export type FormField = Exclude<keyof SettingsForm, "vatDeferral">;

export type FormReading =
  | { readonly ok: true; readonly settings: Settings; readonly stored: StoredSettings }
  | { readonly ok: false; readonly field: FormField; readonly message: string };

/** "SEK=11.39\nPLN=4.31" → [["SEK","11.39"],["PLN","4.31"]]; a line without "=" is an InputError naming the field. */
export function parsePairs(text: string, field: string, example: string): [string, string][] {
  return text
    .split(/[\n;]+/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const match = /^([^=:]+?)\s*[=:]\s*(.+)$/.exec(line);
      if (match === null)
        throw new InputError(
          field,
          `"${line}" is not of the form ${example}`,
          `Write one per line, e.g. ${example}`,
        );
      return [match[1].trim(), match[2].trim()];
    });
}

function fine(text: string, field: string, example: string): number | undefined {
  if (text.trim() === "") return undefined;
  const amount = readNumberText(text);
  if (amount === undefined)
    throw new InputError(field, `"${text.trim()}" is not a number`, `Enter EUR per HS code, e.g. ${example}`);
  return amount.toNumber();
}

/** The form as StoredSettings; throws InputError for what is not even of the right form. */
export function storedFromForm(form: SettingsForm): StoredSettings {
  const level = Number(form.offenceLevel);
  const dutyRates = Object.fromEntries(
    parsePairs(form.dutyRates, "duty rates", "9405=4.7 %").map(
      ([prefix, rate]): [string, number | string] => {
        // A plain number is a fraction (0.047); text with % or MIN/MAX is the tariff's wording.
        const number = /%|MIN|MAX/i.test(rate) ? undefined : readNumberText(rate);
        return [prefix, number === undefined ? rate : number.toNumber()];
      },
    ),
  );
  return {
    declarationDate: form.declarationDate.trim(),
    ...(form.tolerance.trim() === "" ? {} : { tolerance: form.tolerance.trim() }),
    vatDeferral: form.vatDeferral,
    offenceLevel: Number.isInteger(level) ? level : Number.NaN,
    fines: {
      firstOffencePerHsCode: fine(form.fineFirst, "fine for a first offence", "250"),
      secondOffencePerHsCode: fine(form.fineSecond, "fine for a second offence", "500"),
    },
    exchangeRates: Object.fromEntries(parsePairs(form.exchangeRates, "exchange rates", "SEK=11.39")),
    dutyRates,
  };
}

/** Which form field an InputError's field name (from readSettings or from here) belongs to. */
export function formFieldOf(errorField: string): FormField {
  if (errorField.startsWith("declaration date")) return "declarationDate";
  if (errorField.startsWith("tolerance")) return "tolerance";
  if (errorField.startsWith("offence")) return "offenceLevel";
  if (errorField.includes("first offence")) return "fineFirst";
  if (errorField.includes("second offence")) return "fineSecond";
  if (errorField.startsWith("exchange rate")) return "exchangeRates";
  return "dutyRates";
}

/** Reads and checks the form: the settings to use and to store, or the first problem in words. */
export function readForm(form: SettingsForm, today: Date = new Date()): FormReading {
  try {
    const stored = storedFromForm(form);
    const settings = readSettings(stored, today);
    return { ok: true, settings, stored: storedSettingsToKeep(settings, form) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { ok: false, field: formFieldOf(error.field), message: `Settings, ${error.message}` };
  }
}

/**
 * What the workbook keeps: the checked settings, except that an empty declaration date stays empty (it means "the
 * day of the check", not the day the settings were saved).
 */
function storedSettingsToKeep(settings: Settings, form: SettingsForm): StoredSettings {
  const stored = storeSettings(settings);
  return form.declarationDate.trim() === "" ? { ...stored, declarationDate: "" } : stored;
}

const pairsText = (pairs: Record<string, number | string> | undefined) =>
  Object.entries(pairs ?? {})
    .map(([key, value]) => `${key}=${typeof value === "number" ? exact(value).toString() : value}`)
    .join("\n");

/** The form showing stored settings (what a colleague opening the workbook sees). */
export function formFromStored(stored: StoredSettings): SettingsForm {
  const text = (value: number | string | undefined) => (value === undefined ? "" : String(value));
  return {
    declarationDate: stored.declarationDate ?? "",
    tolerance: text(stored.tolerance),
    vatDeferral: stored.vatDeferral ?? true,
    offenceLevel: String(stored.offenceLevel ?? 1),
    fineFirst: text(stored.fines?.firstOffencePerHsCode ?? 250),
    fineSecond: text(stored.fines?.secondOffencePerHsCode ?? 500),
    exchangeRates: pairsText(stored.exchangeRates),
    dutyRates: pairsText(stored.dutyRates),
  };
}

/** Settings as the workbook stores them, from whatever a setting holds (a missing or broken value gives defaults). */
export function storedFromSetting(value: unknown): StoredSettings {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as StoredSettings)
    : {};
}
