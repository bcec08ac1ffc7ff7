/**
 * The settings form of the task pane, as text fields, drop-downs and checkboxes, to and from the settings the workbook keeps
 * (StoredSettings, read by the sheet logic's readSettings). The form only splits its text into settings; the
 * values are read, and refused with the setting and the fix named, by readSettings. A refusal names its
 * setting by name (SettingsError), and the form field is found from that name; it is said in the pane's language.
 * Pure.
 */
import {
  DEFAULT_FINES,
  type SettingName,
  channelOf,
  exact,
  inputErrorText,
  settingLabel,
} from "../src/engine";
import { type Settings, SettingsError, type StoredSettings, readSettings, storeSettings } from "../src/sheet";
import { paneMessages, paneWords } from "./pane-language";

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
  /** One CC:PREFIX=RATE per line: a destination, an HS code prefix and its reduced VAT rate ("DE:4901=7 %"). */
  readonly vatRates: string;
  /** The channel of rows without a Channel cell, a drop-down: "stock" or "B2C". */
  readonly channel: string;
  /** The digits of the subheading that make a low-value item, a drop-down: "8" or "6". */
  readonly lowValueItemDigits: string;
  /** Whether the controlled-goods table flags rows (a checkbox, as VAT deferral: it cannot be wrong). */
  readonly controlledGoods: boolean;
  /**
   * The language of the words written into the workbook, a drop-down of the five codes; empty until the sheet is
   * first checked, when the pane's language is chosen (readSettings reads empty as English).
   */
  readonly language: string;
}

/** The checkboxes: they cannot hold a wrong value, so no setting's refusal is shown at them. */
type Checkbox = "vatDeferral" | "controlledGoods";

export type FormField = Exclude<keyof SettingsForm, Checkbox>;

/** The form field of each setting: every setting has one (the type says so), and no two share one. */
const FORM_FIELD: Readonly<Record<SettingName, FormField>> = {
  declarationDate: "declarationDate",
  tolerance: "tolerance",
  offenceLevel: "offenceLevel",
  firstOffenceFine: "fineFirst",
  secondOffenceFine: "fineSecond",
  exchangeRates: "exchangeRates",
  dutyRates: "dutyRates",
  vatRates: "vatRates",
  channel: "channel",
  lowValueItemDigits: "lowValueItemDigits",
  language: "language",
};

export type FormReading =
  | { readonly ok: true; readonly settings: Settings; readonly stored: StoredSettings }
  | { readonly ok: false; readonly field: FormField; readonly message: string };

/** The table settings the form writes as pairs, one per line. */
type PairSetting = "exchangeRates" | "dutyRates" | "vatRates";

/**
 * "SEK=11.39\nPLN:4.31" → [["SEK","11.39"],["PLN","4.31"]]; a line without "=" is a SettingsError naming the
 * setting. The key of a reduced VAT rate has a colon of its own ("DE:4901=7 %"), so there only "=" parts a pair.
 */
export function parsePairs(text: string, setting: PairSetting, example: string): [string, string][] {
  const pair = setting === "vatRates" ? /^([^=]+?)\s*=\s*(.+)$/ : /^([^=:]+?)\s*[=:]\s*(.+)$/;
  return text
    .split(/[\n;]+/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const match = pair.exec(line);
      if (match === null)
        throw new SettingsError(
          setting,
          undefined,
          { key: "notOfTheForm", params: { line, example } },
          { key: "onePerLine", params: { example } },
        );
      return [match[1].trim(), match[2].trim()];
    });
}

/** A field's text; an empty field is a setting not given (its default). */
const given = (text: string): string | undefined => (text.trim() === "" ? undefined : text.trim());

/** The form as StoredSettings, its values as typed; throws SettingsError for lines that are not PAIR=VALUE. */
export function storedFromForm(form: SettingsForm): StoredSettings {
  const tolerance = given(form.tolerance);
  return {
    declarationDate: form.declarationDate.trim(),
    ...(tolerance === undefined ? {} : { tolerance }),
    vatDeferral: form.vatDeferral,
    offenceLevel: given(form.offenceLevel),
    fines: {
      firstOffencePerHsCode: given(form.fineFirst),
      secondOffencePerHsCode: given(form.fineSecond),
    },
    exchangeRates: Object.fromEntries(parsePairs(form.exchangeRates, "exchangeRates", "SEK=11.39")),
    dutyRates: Object.fromEntries(parsePairs(form.dutyRates, "dutyRates", "9405=4.7 %")),
    vatRates: Object.fromEntries(parsePairs(form.vatRates, "vatRates", "DE:4901=7 %")),
    channel: given(form.channel),
    lowValueItemDigits: given(form.lowValueItemDigits),
    controlledGoods: form.controlledGoods,
    language: given(form.language),
  };
}

/** The form field a setting is typed in. */
export function formFieldOf(setting: SettingName): FormField {
  const field = FORM_FIELD[setting];
  // Only a setting added without its field gets here: a programming error, not a user's.
  if (field === undefined) throw new Error(`The settings form has no field for the setting ${setting}`);
  return field;
}

/** Reads and checks the form: the settings to use and to store, or the first problem in words. */
export function readForm(form: SettingsForm, today: Date = new Date()): FormReading {
  try {
    const stored = storedFromForm(form);
    const settings = readSettings(stored, today);
    return { ok: true, settings, stored: storedSettingsToKeep(settings, form) };
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return { ok: false, field: formFieldOf(error.setting), message: settingsErrorText(error) };
  }
}

/** A refused setting in the pane's language: the setting's name, the problem and the fix from the engine's words. */
export function settingsErrorText(error: SettingsError): string {
  const language = paneMessages();
  const field = settingLabel(error.setting, error.entry, language);
  return paneWords().errors.setting({ message: inputErrorText(error, { field, language }) });
}

/**
 * What the workbook keeps: the checked settings, except that an empty declaration date stays empty (it means "the
 * day of the check", not the day the settings were saved).
 */
function storedSettingsToKeep(settings: Settings, form: SettingsForm): StoredSettings {
  const stored = storeSettings(settings);
  return form.declarationDate.trim() === "" ? { ...stored, declarationDate: "" } : stored;
}

const pairsText = (
  pairs: Record<string, number | string> | undefined,
  numberText: (value: number) => string = (value) => exact(value).toString(),
) =>
  Object.entries(pairs ?? {})
    .map(([key, value]) => `${key}=${typeof value === "number" ? numberText(value) : value}`)
    .join("\n");

/** A stored rate as the form shows it, in percent as a reduced rate is written: 0.07 → "7 %". */
const percentText = (rate: number) => `${exact(rate).times(100).toString()} %`;

/** The form showing stored settings (what a colleague opening the workbook sees); fines default to practice. */
export function formFromStored(stored: StoredSettings): SettingsForm {
  const text = (value: number | string | undefined) => (value === undefined ? "" : String(value));
  return {
    declarationDate: stored.declarationDate ?? "",
    tolerance: text(stored.tolerance),
    vatDeferral: stored.vatDeferral ?? true,
    offenceLevel: String(stored.offenceLevel ?? 1),
    fineFirst: text(stored.fines?.firstOffencePerHsCode ?? DEFAULT_FINES.firstOffencePerHsCode),
    fineSecond: text(stored.fines?.secondOffencePerHsCode ?? DEFAULT_FINES.secondOffencePerHsCode),
    exchangeRates: pairsText(stored.exchangeRates),
    dutyRates: pairsText(stored.dutyRates),
    vatRates: pairsText(stored.vatRates, percentText),
    // The drop-downs show one of their choices: a stored word of a channel ("FBA") as its channel.
    channel: channelOf(stored.channel ?? "") ?? "stock",
    lowValueItemDigits: String(stored.lowValueItemDigits ?? 8) === "6" ? "6" : "8",
    controlledGoods: stored.controlledGoods ?? true,
    language: stored.language ?? "",
  };
}

/** Settings as the workbook stores them, from whatever a setting holds (a missing or broken value gives defaults). */
export function storedFromSetting(value: unknown): StoredSettings {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as StoredSettings)
    : {};
}
