import {
  AUDIT_COLUMNS,
  STATUSES,
  STATUS_COLOURS,
  THIRD_OFFENCE,
  auditRow,
  checkShipment,
  money,
  plainSummary,
  readSettings,
  summaryFacts,
} from "../../src/sheet";
import { row, sheet } from "./sample";

/** The output's facts, one home for the CLI text, the Summary sheet, the pane and the Audit line. */
const underDeclared = sheet(
  row({ "Declared value": 5 }),
  row({ SKU: "B", "HS code": "8517 62 00", "Declared value": 5 }),
);
const factsAt = (offenceLevel: 1 | 2 | 3) => {
  const settings = readSettings({ declarationDate: "2026-11-21", offenceLevel });
  const check = checkShipment(underDeclared, settings);
  return { check, settings, facts: summaryFacts(plainSummary(check.summary)) };
};

describe("the summary's facts", () => {
  test("in one order: rows, the statuses as everywhere, HS codes, offence, fine, duty, shipments, import VAT, licences, ignored columns", () => {
    expect(factsAt(1).facts.map((fact) => fact.key)).toEqual([
      "rows",
      ...STATUSES.map((status) => status.toLowerCase()),
      "hsCodes",
      "offence",
      "fineExposure",
      "outstandingDuty",
      "shipmentsExposed",
      "importVatPaid",
      "importVatDeferred",
      "importVatExempt",
      // 8517 62 00 is radio equipment (CE, RED).
      "controlledGoods",
      "ignoredCostColumns",
    ]);
  });

  test("import VAT by regime, procedure 42's destination VAT said to be an estimate", () => {
    const exempt = factsAt(1).facts.find((fact) => fact.key === "importVatExempt");
    expect(exempt?.money).toBe(true);
    expect(exempt?.detail).toMatch(/^destination VAT, an estimate: [A-Z]{2} EUR [\d,]+\.\d\d/);
  });

  test("the fine: an amount in EUR with how it comes about", () => {
    const fine = factsAt(2).facts.find((fact) => fact.key === "fineExposure");
    expect(fine).toMatchObject({
      value: 1000,
      text: "EUR 1,000.00",
      detail: "2 under-declared HS codes × EUR 500.00, offence 2",
      money: true,
    });
  });

  describe("under-declared rows without a valid HS code", () => {
    const settings = readSettings({ declarationDate: "2026-11-21" });
    const without = (sku: string, hsCode: string | null = null) =>
      row({ SKU: sku, "HS code": hsCode, "Declared value": 5 });
    const fineOf = (rows: ReturnType<typeof row>[], language: "en" | "fr" | "zh" = "en") => {
      const check = checkShipment(sheet(...rows), settings);
      const fact = summaryFacts(plainSummary(check.summary), Infinity, language).find(
        (entry) => entry.key === "fineExposure",
      );
      return { fact, audit: auditRow(new Date(0), "test", check.summary, settings) };
    };

    test("make the fine a range, never the codes given alone: at least one code, at most one per row", () => {
      const { fact, audit } = fineOf([without("A"), without("B", "n/a")]);
      expect(fact).toMatchObject({
        value: "EUR 250.00 to EUR 500.00",
        text: "EUR 250.00 to EUR 500.00",
        detail:
          "EUR 250.00 per HS code, offence 1; 2 under-declared rows without a valid HS code, rows 4, 5: give each its code for the exact fine",
        money: false,
      });
      expect(audit[AUDIT_COLUMNS.indexOf("Fine exposure")]).toBe("EUR 250.00 to EUR 500.00");
      expect(fineOf([without("A"), without("B")], "fr").fact?.text).toBe("de EUR 250,00 à EUR 500,00");
    });

    test("beside codes given, each is one of them or one of its own; a code too short to tell counts as none", () => {
      const { fact } = fineOf([without("A", "9405 21 40"), without("B", "9405")]);
      expect(fact).toMatchObject({
        text: "EUR 250.00 to EUR 500.00",
        detail:
          "1 under-declared HS code × EUR 250.00, offence 1; an under-declared row without a valid HS code, row 5: give it its code for the exact fine",
      });
    });

    test("one such row and no code given is one code: the fine is exact", () => {
      expect(fineOf([without("A")]).fact).toMatchObject({
        value: 250,
        text: "EUR 250.00",
        detail: "an under-declared row without a valid HS code, row 4: one HS code × EUR 250.00, offence 1",
        money: true,
      });
    });

    test("many rows: the first named and the count, in Chinese without nested brackets", () => {
      const rows = Array.from({ length: 25 }, (_, index) => without(`R${index}`));
      const { fact } = fineOf(rows, "zh");
      expect(fact?.text).toBe("EUR 250.00 至 EUR 6,250.00");
      expect(fact?.detail).toBe(
        `每个 HS 编码 EUR 250.00，按第 1 次违规计；25 行低报商品的 HS 编码缺失或无效：第 ${Array.from({ length: 20 }, (_, index) => index + 4).join("、")} 行 …（共 25 行）；补填有效的 HS 编码后即可得出准确罚款金额`,
      );
    });
  });

  test("a third offence is worded once, in the facts and in the Audit line", () => {
    const { check, settings, facts } = factsAt(3);
    expect(facts.find((fact) => fact.key === "fineExposure")).toMatchObject({
      value: THIRD_OFFENCE,
      text: THIRD_OFFENCE,
      money: false,
    });
    const audit = auditRow(new Date(0), "test", check.summary, settings);
    expect(audit[AUDIT_COLUMNS.indexOf("Fine exposure")]).toBe(THIRD_OFFENCE);
  });

  test("amounts in words carry the currency and thousands separators", () => {
    expect(money(1250.4)).toBe("EUR 1,250.40");
    expect(money(0)).toBe("EUR 0.00");
  });
});

test("every status has its colours, as RGB hex", () => {
  for (const status of STATUSES) {
    expect(STATUS_COLOURS[status].fill).toMatch(/^[0-9A-F]{6}$/);
    expect(STATUS_COLOURS[status].font).toMatch(/^[0-9A-F]{6}$/);
  }
});
