import { EU_COUNTRIES, InputError, VAT_RATE_HISTORY, euCountry, vatRateOn } from "../../src/engine";

const rate = (country: string, date: string) =>
  vatRateOn(euCountry(country, "country"), date).rate.toNumber();

describe("EU standard VAT rates by date (docs/rules.md, VAT rates)", () => {
  test.each([
    ["FI", "2024-08-31", 0.24],
    ["FI", "2024-09-01", 0.255],
    ["EE", "2023-12-31", 0.2],
    ["EE", "2024-01-01", 0.22],
    ["EE", "2025-06-30", 0.22],
    ["EE", "2025-07-01", 0.24],
    ["RO", "2025-07-31", 0.19],
    ["RO", "2025-08-01", 0.21],
    ["SK", "2024-12-31", 0.2],
    ["SK", "2025-01-01", 0.23],
    ["DE", "2020-06-30", 0.19],
    ["DE", "2020-07-01", 0.16],
    ["DE", "2020-12-31", 0.16],
    ["DE", "2021-01-01", 0.19],
    ["IE", "2020-09-01", 0.21],
    ["IE", "2021-02-28", 0.21],
    ["IE", "2021-03-01", 0.23],
    ["LU", "2023-01-01", 0.16],
    ["LU", "2023-12-31", 0.16],
    ["LU", "2024-01-01", 0.17],
  ])("%s on %s is %s", (country, date, expected) => {
    expect(rate(country, date)).toBe(expected);
  });

  const current: Record<string, number> = {
    AT: 0.2,
    BE: 0.21,
    BG: 0.2,
    HR: 0.25,
    CY: 0.19,
    CZ: 0.21,
    DK: 0.25,
    EE: 0.24,
    FI: 0.255,
    FR: 0.2,
    DE: 0.19,
    GR: 0.24,
    HU: 0.27,
    IE: 0.23,
    IT: 0.22,
    LV: 0.21,
    LT: 0.21,
    LU: 0.17,
    MT: 0.18,
    NL: 0.21,
    PL: 0.23,
    PT: 0.23,
    RO: 0.21,
    SK: 0.23,
    SI: 0.22,
    ES: 0.21,
    SE: 0.25,
  };
  test("the current rates of all 27 member states", () => {
    expect(Object.keys(current).sort()).toEqual([...EU_COUNTRIES].sort());
    for (const country of EU_COUNTRIES)
      expect([country, rate(country, "2026-11-21")]).toEqual([country, current[country]]);
  });

  test("every entry carries its source and the periods run in date order", () => {
    for (const periods of Object.values(VAT_RATE_HISTORY)) {
      periods.forEach((period, index) => {
        expect(period.source.length).toBeGreaterThan(20);
        if (index > 0) expect(period.from > periods[index - 1].from).toBe(true);
      });
    }
  });

  test("Greece answers to EL and GR, and to its name, in any case", () => {
    for (const written of ["EL", "el", "GR", "gr", "Greece", " greece "])
      expect(rate(written, "2026-01-01")).toBe(0.24);
  });

  test("a date before the table begins is refused, naming the date and the fix", () => {
    expect(() => vatRateOn("DE", "2019-12-31")).toThrow(
      /date: the VAT table begins on 2020-01-01.*Use a date from 2020-01-01 on/,
    );
  });

  test.each([
    ["", /missing/],
    ["XX", /not a country we know/],
    ["GB", /GB is outside the EU/],
    ["United States", /US is outside the EU/],
  ])("destination %p is refused", (written, message) => {
    expect(() => euCountry(written, "vat")).toThrow(InputError);
    expect(() => euCountry(written, "vat")).toThrow(message);
  });
});
