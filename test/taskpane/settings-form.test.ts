import { SETTING_NAMES, type SettingName } from "../../src/engine";
import {
  type FormField,
  type SettingsForm,
  formFieldOf,
  formFromStored,
  parsePairs,
  readForm,
  storedFromForm,
} from "../../taskpane/settings-form";

const form: SettingsForm = {
  declarationDate: "2026-11-21",
  tolerance: "0,05",
  vatDeferral: false,
  offenceLevel: "2",
  fineFirst: "250",
  fineSecond: "1.000,00",
  exchangeRates: "SEK=11.39\nPLN : 4,31",
  dutyRates: "9405=4.7 %\n6912=0.035; 8517 = 2 % MIN 0.40 MAX 2.50",
  vatRates: "DE:4901=7 %\nfr : 4901 10 = 5,5 %; DE:2203=0.19",
  channel: "B2C",
  lowValueItemDigits: "6",
  controlledGoods: false,
  language: "fr",
};
const today = new Date("2026-11-21T10:00:00Z");

describe("the settings form", () => {
  test("reads into the settings the sheet logic uses", () => {
    const reading = readForm(form, today);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.settings.declarationDate).toBe("2026-11-21");
    expect(reading.settings.tolerance.toNumber()).toBe(0.05);
    expect(reading.settings.vatDeferral).toBe(false);
    expect(reading.settings.offenceLevel).toBe(2);
    expect(reading.settings.fines).toEqual({ firstOffencePerHsCode: 250, secondOffencePerHsCode: 1000 });
    expect(
      Object.fromEntries(
        Object.entries(reading.settings.exchangeRates).map(([code, rate]) => [code, rate.toNumber()]),
      ),
    ).toEqual({ SEK: 11.39, PLN: 4.31 });
    // Stored as an object: prefixes come back in key order.
    expect(reading.settings.dutyRates.map(({ prefix }) => prefix)).toEqual(["6912", "8517", "9405"]);
    // The longest prefix first, so that it wins.
    expect(
      reading.settings.vatRates.map(({ country, prefix, rate }) => [country, prefix, rate.toNumber()]),
    ).toEqual([
      ["FR", "490110", 0.055],
      ["DE", "4901", 0.07],
      ["DE", "2203", 0.19],
    ]);
    expect(reading.settings.channel).toBe("B2C");
    expect(reading.settings.lowValueItemDigits).toBe(6);
    expect(reading.settings.controlledGoods).toBe(false);
    expect(reading.settings.language).toBe("fr");
  });

  test("round-trips through what the workbook stores", () => {
    const reading = readForm(form, today);
    if (!reading.ok) throw new Error(reading.message);
    const again = formFromStored(JSON.parse(JSON.stringify(reading.stored)));
    expect(again).toEqual({
      declarationDate: "2026-11-21",
      tolerance: "0.05",
      vatDeferral: false,
      offenceLevel: "2",
      fineFirst: "250",
      fineSecond: "1000",
      exchangeRates: "SEK=11.39\nPLN=4.31",
      dutyRates: "6912=3.5 %\n8517=2 % MIN 0.4 MAX 2.5\n9405=4.7 %",
      vatRates: "FR:490110=5.5 %\nDE:4901=7 %\nDE:2203=19 %",
      channel: "B2C",
      lowValueItemDigits: "6",
      controlledGoods: false,
      language: "fr",
    });
    const second = readForm(again, today);
    expect(second.ok && second.stored).toEqual(reading.stored);
  });

  test("keeps an empty declaration date empty (it means the day of the check)", () => {
    const reading = readForm({ ...form, declarationDate: "" }, today);
    expect(reading.ok && reading.stored.declarationDate).toBe("");
    expect(reading.ok && reading.settings.declarationDate).toBe("2026-11-21");
  });

  test.each([
    [
      { tolerance: "abc" },
      "tolerance",
      'Settings, tolerance: "abc" is not a number. Enter the tolerance in EUR per unit, e.g. 0.05',
    ],
    [
      { declarationDate: "21.11" },
      "declarationDate",
      'Settings, declaration date: "21.11" is not a date. Write it as YYYY-MM-DD, e.g. 2024-08-31',
    ],
    [
      { exchangeRates: "SEK 11.39" },
      "exchangeRates",
      'Settings, exchange rates: "SEK 11.39" is not of the form SEK=11.39. Write one per line, e.g. SEK=11.39',
    ],
    [
      { exchangeRates: "SEK=0" },
      "exchangeRates",
      "Settings, exchange rate SEK: 0 is not a rate. Enter units of SEK per EUR, e.g. SEK=11.39",
    ],
    [
      { exchangeRates: "KRONA=11" },
      "exchangeRates",
      'Settings, exchange rates: "KRONA" is not a currency code. Use ISO codes such as SEK or PLN',
    ],
    [{ dutyRates: "94=12" }, "dutyRates", "Settings, duty rate 94: 12 is not a fraction. Write 12 % or 0.12"],
    [
      { dutyRates: "ab=1 %" },
      "dutyRates",
      'Settings, duty rates: "ab" is not an HS code prefix. Use 2 to 10 digits, e.g. 9405',
    ],
    [
      { vatRates: "DE 4901 7 %" },
      "vatRates",
      'Settings, reduced VAT rates: "DE 4901 7 %" is not of the form DE:4901=7 %. Write one per line, e.g. DE:4901=7 %',
    ],
    [
      { vatRates: "DE4901=7 %" },
      "vatRates",
      'Settings, reduced VAT rates: "DE4901" is not a destination and an HS code prefix. Write the country code, a colon and 2 to 10 digits, e.g. DE:4901=7 %',
    ],
    [
      { vatRates: "DE:4901=7" },
      "vatRates",
      "Settings, reduced VAT rate DE:4901: 7 is not a fraction. Write 7 % or 0.07",
    ],
    [
      { channel: "air" },
      "channel",
      'Settings, channel: "air" is not a channel. Choose stock (FBA, B2B) or B2C (parcels sold to consumers)',
    ],
    [
      { lowValueItemDigits: "10" },
      "lowValueItemDigits",
      "Settings, digits of a low-value item: 10 is not a length of a tariff subheading. Choose 8 (the CN subheading) or 6 (the HS subheading)",
    ],
    [
      { fineFirst: "lots" },
      "fineFirst",
      'Settings, fine for a first offence: "lots" is not a number. Enter EUR per HS code, e.g. 250',
    ],
    [
      { fineSecond: "-5" },
      "fineSecond",
      "Settings, fine for a second offence: -5 is negative. Enter EUR per HS code, e.g. 500",
    ],
  ])("names the field and the fix: %o", (change, field, message) => {
    expect(readForm({ ...form, ...change }, today)).toEqual({ ok: false, field, message });
  });

  test("pairs", () => {
    expect(parsePairs(" SEK = 11.39 ;\n\nPLN:4.31 ", "exchangeRates", "SEK=11.39")).toEqual([
      ["SEK", "11.39"],
      ["PLN", "4.31"],
    ]);
    expect(storedFromForm({ ...form, tolerance: "", fineFirst: "" }).tolerance).toBeUndefined();
    expect(formFieldOf("dutyRates")).toBe("dutyRates");
  });

  test("a reduced VAT rate is split at its =, never at the colon of its key", () => {
    expect(parsePairs("DE:4901=7 %; fr : 4901 10 = 5,5 %\n", "vatRates", "DE:4901=7 %")).toEqual([
      ["DE:4901", "7 %"],
      ["fr : 4901 10", "5,5 %"],
    ]);
    // The other tables still take a colon for "=".
    expect(parsePairs("PLN:4.31", "exchangeRates", "SEK=11.39")).toEqual([["PLN", "4.31"]]);
    expect(() => parsePairs("DE:4901", "vatRates", "DE:4901=7 %")).toThrow(
      expect.objectContaining({ setting: "vatRates", entry: undefined }),
    );
    expect(storedFromForm({ ...form, vatRates: "" }).vatRates).toEqual({});
  });

  test("the drop-downs and the controlled-goods checkbox", () => {
    const stock = readForm(
      { ...form, channel: "stock", lowValueItemDigits: "8", controlledGoods: true },
      today,
    );
    if (!stock.ok) throw new Error(stock.message);
    expect(stock.stored).toMatchObject({ channel: "stock", lowValueItemDigits: 8, controlledGoods: true });
    // A stored word of a channel shows as its choice; a broken value as the default.
    expect(formFromStored({ channel: "FBA" }).channel).toBe("stock");
    expect(formFromStored({ channel: "parcel" }).channel).toBe("B2C");
    expect(formFromStored({ channel: "air" }).channel).toBe("stock");
    expect(formFromStored({ lowValueItemDigits: "6" }).lowValueItemDigits).toBe("6");
    expect(formFromStored({ controlledGoods: false }).controlledGoods).toBe(false);
  });

  test("a workbook without settings shows the defaults", () => {
    expect(formFromStored({})).toEqual({
      declarationDate: "",
      tolerance: "",
      vatDeferral: true,
      offenceLevel: "1",
      fineFirst: "250",
      fineSecond: "500",
      exchangeRates: "",
      dutyRates: "",
      vatRates: "",
      channel: "stock",
      lowValueItemDigits: "8",
      controlledGoods: true,
      language: "",
    });
  });
});

describe("every setting has its field in the form", () => {
  /** A value of each setting that readSettings refuses: the compiler wants one for every setting. */
  const BAD: Readonly<Record<SettingName, Partial<SettingsForm>>> = {
    declarationDate: { declarationDate: "2019-12-31" },
    tolerance: { tolerance: "5%" },
    offenceLevel: { offenceLevel: "4" },
    firstOffenceFine: { fineFirst: "€ lots" },
    secondOffenceFine: { fineSecond: "-1" },
    exchangeRates: { exchangeRates: "SEK=abc" },
    dutyRates: { dutyRates: "9405=150" },
    vatRates: { vatRates: "DE:4901=150" },
    channel: { channel: "air" },
    lowValueItemDigits: { lowValueItemDigits: "7" },
    language: { language: "klingon" },
  };

  test("each setting maps to its own form field", () => {
    const fields = SETTING_NAMES.map((setting) => formFieldOf(setting));
    expect(new Set(fields).size).toBe(SETTING_NAMES.length);
    const formFields: readonly FormField[] = Object.keys(form).filter(
      (key): key is FormField => key !== "vatDeferral" && key !== "controlledGoods",
    );
    expect([...fields].sort()).toEqual([...formFields].sort());
  });

  test.each(SETTING_NAMES)("a bad %s is shown at its field, found by the setting's name", (setting) => {
    const reading = readForm({ ...form, ...BAD[setting] }, today);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.field).toBe(formFieldOf(setting));
    expect(Object.keys(BAD[setting])).toEqual([reading.field]);
  });

  test("a setting with no field is a programming error, never another field", () => {
    expect(() => formFieldOf("vatDeferral" as SettingName)).toThrow(/no field for the setting vatDeferral/);
  });
});
