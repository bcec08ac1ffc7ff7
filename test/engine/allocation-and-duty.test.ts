import fc from "fast-check";
import {
  allocateByWeight,
  exact,
  isoDateFromExcelSerial,
  isoDateFromText,
  lineWeights,
  parseDutyExpression,
  sum,
} from "../../src/engine";

describe("sharing a shipment cost by weight × quantity", () => {
  test("shares are whole cents that add up exactly to the total", () => {
    const shares = allocateByWeight(exact(100), [exact(1), exact(1), exact(1)]);
    expect(shares.map((share) => share.toFixed(2))).toEqual(["33.34", "33.33", "33.33"]);
  });

  test("weight × quantity decides the share", () => {
    const weights = lineWeights([exact("0.5"), exact(2)], [exact(4), exact(1)]);
    expect(allocateByWeight(exact(1200), weights).map((share) => share.toFixed(2))).toEqual([
      "600.00",
      "600.00",
    ]);
  });

  test("the largest remainders get the leftover cents", () => {
    const shares = allocateByWeight(exact("0.10"), [exact(1), exact(2), exact(3), exact(4)]);
    expect(shares.map((share) => share.toFixed(2))).toEqual(["0.01", "0.02", "0.03", "0.04"]);
    expect(allocateByWeight(exact("0.05"), [exact(1), exact(2), exact(3)]).map((s) => s.toFixed(2))).toEqual([
      "0.01",
      "0.02",
      "0.02",
    ]);
  });

  test("law: for any total and weights the shares add up to the total and none is off by a cent or more", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 40 })
          .filter((w) => w.some((x) => x > 0)),
        (totalCents, grams) => {
          const total = exact(totalCents).dividedBy(100);
          const weights = grams.map((g) => exact(g).dividedBy(1000));
          const shares = allocateByWeight(total, weights);
          expect(sum(shares).equals(total)).toBe(true);
          const totalWeight = sum(weights);
          shares.forEach((share, i) => {
            expect(share.minus(total.times(weights[i]).dividedBy(totalWeight)).abs().lessThan("0.01")).toBe(
              true,
            );
          });
        },
      ),
    );
  });

  test("bad input is refused with the field named", () => {
    expect(() => allocateByWeight(exact(-1), [exact(1)])).toThrow(/total: -1 is negative/);
    expect(() => allocateByWeight(exact(10), [exact(0), exact(0)])).toThrow(/weights: every weight is 0/);
    expect(() => allocateByWeight(exact(10), [exact(1), exact(-1)])).toThrow(
      /weights: line 2 has the negative weight/,
    );
    expect(allocateByWeight(exact(0), [exact(0)]).map(String)).toEqual(["0"]);
  });
});

describe("duty written as the tariff writes it", () => {
  test.each([
    ["12 %", "0.12", undefined, undefined],
    ["12%", "0.12", undefined, undefined],
    ["4,7 % MIN 0,40 MAX 2,50", "0.047", "0.4", "2.5"],
    ["3.5 % MAX 5 EUR", "0.035", undefined, "5"],
    ["6.5 % + 22.5 % AD", "0.29", undefined, undefined],
    ["150 % AD", "1.5", undefined, undefined],
  ])("%p", (text, adValorem, minimum, maximum) => {
    const rule = parseDutyExpression(text, "dutyRate");
    expect(rule.adValorem.toString()).toBe(adValorem);
    expect(rule.minimum?.toString()).toBe(minimum);
    expect(rule.maximum?.toString()).toBe(maximum);
  });

  test.each(["twelve", "12", "12 % MIN", "12 % MIN 5 MAX 2", "-3 %"])("%p is refused", (text) => {
    expect(() => parseDutyExpression(text, "dutyRate")).toThrow(/^dutyRate: /);
  });
});

describe("dates", () => {
  test("Excel serial numbers are calendar dates", () => {
    expect(isoDateFromExcelSerial(45535, "date")).toBe("2024-08-31");
    expect(isoDateFromExcelSerial(45536.75, "date")).toBe("2024-09-01");
    expect(isoDateFromExcelSerial(61, "date")).toBe("1900-03-01");
    expect(() => isoDateFromExcelSerial(-1, "date")).toThrow(/date: -1 is not a date/);
  });

  test("dates written as text", () => {
    expect(isoDateFromText("2024-08-31", "date")).toBe("2024-08-31");
    expect(isoDateFromText("31/08/2024", "date")).toBe("2024-08-31");
    expect(isoDateFromText("1.9.2024", "date")).toBe("2024-09-01");
    expect(() => isoDateFromText("2024-02-30", "date")).toThrow(/not a date/);
    expect(() => isoDateFromText("yesterday", "date")).toThrow(/Write it as YYYY-MM-DD/);
  });
});
