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
