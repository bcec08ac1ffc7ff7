import { SettingsError, readSettings } from "../../src/sheet";

/** readSettings reads each setting with the engine's readers and names a bad one by its setting, not by words. */
const today = new Date("2026-11-21T10:00:00Z");
const refusal = (stored: Parameters<typeof readSettings>[0]): SettingsError => {
  try {
    readSettings(stored, today);
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error("expected a SettingsError");
};

describe("a bad setting is a SettingsError naming the setting", () => {
  test.each<[Parameters<typeof readSettings>[0], string, string | undefined, string]>([
    [
      { declarationDate: "2019-12-31" },
      "declarationDate",
      undefined,
      "declaration date: 2019-12-31 is before the VAT table begins (2020-01-01). Enter a date from 2020-01-01 on",
    ],
    [
      { tolerance: "330 SEK" },
      "tolerance",
      undefined,
      "tolerance: 330 SEK is in SEK. Enter the tolerance in EUR per unit, e.g. 0.05",
    ],
    [
      { offenceLevel: "4" },
      "offenceLevel",
      undefined,
      "offence level: 4 is not 1, 2 or 3. Choose offence 1, 2 or 3",
    ],
    [
      { fines: { firstOffencePerHsCode: "lots" } },
      "firstOffenceFine",
      undefined,
      'fine for a first offence: "lots" is not a number. Enter EUR per HS code, e.g. 250',
    ],
    [
      { exchangeRates: { SEK: "1e-9" } },
      "exchangeRates",
      "SEK",
      "exchange rate SEK: 0.000000001 is not a plausible rate (rates are between 0.000001 and 1000000000 units per EUR). Enter units of SEK per EUR, e.g. SEK=11.39",
    ],
    [
      { exchangeRates: { EUR: 1 } },
      "exchangeRates",
      undefined,
      "exchange rates: EUR needs no exchange rate. Give rates for other currencies only",
    ],
    [
      { dutyRates: { "9405": -0.1 } },
      "dutyRates",
      "9405",
      "duty rate 9405: -0.1 is negative. Write the rate as 19 % or 0.19",
    ],
  ])("%o", (stored, setting, entry, message) => {
    const error = refusal(stored);
    expect([error.setting, error.entry, error.message]).toEqual([setting, entry, message]);
  });
});

describe("settings are read by the readers the sheet and the functions use", () => {
  test("text settings read as cells do: decimal commas, a fine in EUR, an offence as text", () => {
    const settings = readSettings(
      { tolerance: "0,05", offenceLevel: "2", fines: { secondOffencePerHsCode: "€ 1.000,00" } },
      today,
    );
    expect([
      settings.tolerance.toString(),
      settings.offenceLevel,
      settings.fines.secondOffencePerHsCode,
    ]).toEqual(["0.05", 2, 1000]);
  });

  test("a duty rate as a fraction in text, or with a % sign above 100 % (anti-dumping totals)", () => {
    const settings = readSettings({ dutyRates: { "9405": "0.047", "6912": "150 %" } }, today);
    expect(settings.dutyRates.map(({ prefix, rule }) => [prefix, rule.adValorem.toString()])).toEqual([
      ["6912", "1.5"],
      ["9405", "0.047"],
    ]);
  });
});
