import { describeSettings, readSettings } from "../../src/sheet";

/** The Settings cell of the Audit sheet: every setting a reviewer needs to redo the check, in words. */
describe("the settings line of the audit log", () => {
  const today = new Date("2026-11-21T10:00:00Z");

  test("the defaults: the default channel is said, the item digits and the controlled goods are not", () => {
    expect(describeSettings(readSettings({}, today))).toBe(
      "declaration date 2026-11-21; tolerance EUR 0.00; VAT deferral required; offence 1; " +
        "fines EUR 250.00 / EUR 500.00 per HS code; default channel stock",
    );
  });

  test("reduced VAT rates, a B2C channel, 6-digit items and the controlled goods off", () => {
    const settings = readSettings(
      {
        declarationDate: "2026-12-01",
        exchangeRates: { SEK: 11.39 },
        dutyRates: { "9405": "4.7 %" },
        vatRates: { "DE:4901": "7 %", "FR:4901 10": 0.055 },
        channel: "parcel",
        lowValueItemDigits: 6,
        controlledGoods: false,
      },
      today,
    );
    expect(describeSettings(settings)).toBe(
      "declaration date 2026-12-01; tolerance EUR 0.00; VAT deferral required; offence 1; " +
        "fines EUR 250.00 / EUR 500.00 per HS code; exchange rates SEK=11.39; duty rates 9405: 4.7 %; " +
        "reduced VAT rates FR:490110=5.5 %, DE:4901=7 %; default channel B2C; " +
        "low-value items by 6-digit HS subheading; controlled goods not checked",
    );
  });

  test("8-digit items and the controlled goods on are the defaults, not said", () => {
    const line = describeSettings(readSettings({ lowValueItemDigits: "8", controlledGoods: true }, today));
    expect(line).not.toMatch(/subheading|controlled/);
  });
});
