import fc from "fast-check";
import {
  type DutyRule,
  type InverseValueInput,
  NO_DUTY,
  ZERO,
  breakdown,
  declarationRatio,
  exact,
  inverseValue,
  netPrice,
  parseDutyExpression,
  salesVatIn,
  sum,
  toCents,
  toEuro,
} from "../../src/engine";

const noCosts = { platform: ZERO, transport: ZERO, handling: ZERO };
const adValorem = (rate: string): DutyRule => ({ adValorem: exact(rate), specific: ZERO });

function line(price: string, vatRate: string, costs = noCosts, duty: DutyRule = NO_DUTY): InverseValueInput {
  return { price: exact(price), vatRate: exact(vatRate), costs, duty };
}
const cents = (input: InverseValueInput) => toCents(inverseValue(input).value).toFixed(2);

describe("published figures (domain.md section 10)", () => {
  test("VAT-inclusive 100.00 at 19 % is net 84.03 with VAT 15.97", () => {
    expect(toCents(netPrice(exact(100), exact("0.19"))).toFixed(2)).toBe("84.03");
    expect(toCents(salesVatIn(exact(100), exact("0.19"))).toFixed(2)).toBe("15.97");
    const parts = breakdown(line("100", "0.19"), inverseValue(line("100", "0.19")));
    expect([parts.salesVat.toFixed(2), parts.value.toFixed(2)]).toEqual(["15.97", "84.03"]);
  });

  test("121.00 at 21 % is 100.00", () => {
    expect(cents(line("121", "0.21"))).toBe("100.00");
  });

  test("watermelons (US broker exam 1999 Q5): the EU reading deducts no freight to the border, 11.51", () => {
    const input = line(
      "15.00",
      "0",
      { platform: exact("1.50"), transport: exact("0.85"), handling: ZERO },
      { adValorem: ZERO, specific: exact("1.14") },
    );
    expect(cents(input)).toBe("11.51");
  });

  test("a 10 % referral fee on EUR 119 including VAT is 11.90", () => {
    expect(toCents(exact(119).times("0.10")).toFixed(2)).toBe("11.90");
  });

  test("299 SEK at 11.3900 SEK per EUR is EUR 26.25", () => {
    expect(toCents(toEuro(exact(299), exact("11.3900"))).toFixed(2)).toBe("26.25");
  });
});

describe("the closed form V = (N0 − C − T − H − s) / (1 + d)", () => {
  test("duty is charged on the value being solved for, not on the net price", () => {
    // N0 = 119 / 1.19 = 100; V = (100 − 10 − 5 − 5) / 1.12 = 71.428571...
    const input = line("119", "0.19", { platform: exact(10), transport: exact(5), handling: exact(5) }, adValorem("0.12"));
    const result = inverseValue(input);
    expect(result.value.toDecimalPlaces(6).toString()).toBe("71.428571");
    expect(result.value.plus(result.duty).toDecimalPlaces(20).toString()).toBe("80");
    // The shortcut V ≈ N·(1 − d) under-states V by N·d²/(1 + d).
    const shortcut = exact(80).times("0.88");
    expect(result.value.minus(shortcut).toDecimalPlaces(10).toString()).toBe(exact(80).times("0.0144").dividedBy("1.12").toDecimalPlaces(10).toString());
  });

  test("a specific duty is deducted before dividing by 1 + d", () => {
    const input = line("119", "0.19", noCosts, { adValorem: exact("0.1"), specific: exact("1.10") });
    expect(cents(input)).toBe("89.91"); // (100 − 1.10) / 1.1
  });

  test("anti-dumping and countervailing rates add to the ad valorem rate", () => {
    const combined = parseDutyExpression("6.5 % + 22.5 % AD + 3 % CVD", "duty");
    expect(combined.adValorem.toString()).toBe("0.32");
    expect(cents(line("132", "0", noCosts, combined))).toBe("100.00");
  });

  test("MIN: when d·V0 is below the minimum, the minimum is the duty", () => {
    const rule = parseDutyExpression("4 % MIN 2.00", "duty");
    const input = line("20", "0", noCosts, rule); // V0 = 19.23, 4 % of it is 0.77 < 2
    const result = inverseValue(input);
    expect(toCents(result.value).toFixed(2)).toBe("18.00");
    expect(toCents(result.duty).toFixed(2)).toBe("2.00");
  });

  test("MAX: when d·V0 is above the maximum, the maximum is the duty", () => {
    const rule = parseDutyExpression("10 % MIN 1 MAX 5", "duty");
    const result = inverseValue(line("110", "0", noCosts, rule)); // V0 = 100, 10 % = 10 > 5
    expect(toCents(result.value).toFixed(2)).toBe("105.00");
    expect(toCents(result.duty).toFixed(2)).toBe("5.00");
  });

  test("between MIN and MAX the ad valorem rate applies", () => {
    const result = inverseValue(line("110", "0", noCosts, parseDutyExpression("10 % MIN 1 MAX 50", "duty")));
    expect(toCents(result.value).toFixed(2)).toBe("100.00");
  });

  test("the value goes to zero or below when the deductions exceed the net price", () => {
    const result = inverseValue(line("10", "0.21", { platform: exact(5), transport: exact(5), handling: ZERO }));
    expect(result.value.isNegative()).toBe(true);
  });

  test("the ratio is the declared value over the price", () => {
    expect(declarationRatio(exact("21.70"), exact("49.90")).toDecimalPlaces(4).toString()).toBe("0.4349");
  });
});

describe("laws of the calculation", () => {
  const amount = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => exact(c).dividedBy(100));
  const rate = (maxPermille: number) => fc.integer({ min: 0, max: maxPermille }).map((p) => exact(p).dividedBy(1000));
  const anyLine = fc
    .record({
      price: fc.integer({ min: 1, max: 500_000 }).map((c) => exact(c).dividedBy(100)),
      vatRate: rate(270),
      platform: amount(200),
      transport: amount(200),
      handling: amount(100),
      adValorem: rate(400),
      specific: amount(20),
    })
    .map(
      (r): InverseValueInput => ({
        price: r.price,
        vatRate: r.vatRate,
        costs: { platform: r.platform, transport: r.transport, handling: r.handling },
        duty: { adValorem: r.adValorem, specific: r.specific },
      }),
    );
  const positive = anyLine.filter((input) => inverseValue(input).value.greaterThan(0));

  test("the breakdown adds up to the price to the cent", () => {
    fc.assert(
      fc.property(positive, (input) => {
        const parts = breakdown(input, inverseValue(input));
        const lines = [parts.salesVat, parts.platform, parts.transport, parts.handling, parts.duty, parts.value];
        expect(sum(lines).equals(toCents(input.price))).toBe(true);
        lines.forEach((part) => expect(part.decimalPlaces()).toBeLessThanOrEqual(2));
      }),
    );
  });

  test("the VAT line is within a cent of the exact VAT when costs are whole cents", () => {
    fc.assert(
      fc.property(positive, (input) => {
        const parts = breakdown(input, inverseValue(input));
        const exactVat = salesVatIn(input.price, input.vatRate);
        expect(parts.salesVat.minus(exactVat).abs().lessThanOrEqualTo("0.01")).toBe(true);
      }),
    );
  });

  test("value rises with the price and falls with every cost and with the duty rate", () => {
    fc.assert(
      fc.property(anyLine, fc.integer({ min: 1, max: 10_000 }).map((c) => exact(c).dividedBy(100)), (input, more) => {
        const base = inverseValue(input).value;
        const { costs, duty } = input;
        expect(inverseValue({ ...input, price: input.price.plus(more) }).value.greaterThan(base)).toBe(true);
        expect(inverseValue({ ...input, costs: { ...costs, platform: costs.platform.plus(more) } }).value.lessThan(base)).toBe(true);
        expect(inverseValue({ ...input, costs: { ...costs, transport: costs.transport.plus(more) } }).value.lessThan(base)).toBe(true);
        expect(inverseValue({ ...input, costs: { ...costs, handling: costs.handling.plus(more) } }).value.lessThan(base)).toBe(true);
        expect(inverseValue({ ...input, duty: { ...duty, specific: duty.specific.plus(more) } }).value.lessThan(base)).toBe(true);
        const higherRate = { ...duty, adValorem: duty.adValorem.plus("0.01") };
        const withHigherRate = inverseValue({ ...input, duty: higherRate }).value;
        if (base.greaterThan(0)) expect(withHigherRate.lessThan(base)).toBe(true);
      }),
    );
  });

  test("the ratio lies in (0, 1) whenever the value is positive and VAT is charged", () => {
    fc.assert(
      fc.property(positive, (input) => {
        fc.pre(input.vatRate.greaterThan(0));
        const value = toCents(inverseValue(input).value);
        fc.pre(value.greaterThan(0));
        const ratio = declarationRatio(value, input.price);
        expect(ratio.greaterThan(0)).toBe(true);
        expect(ratio.lessThan(1)).toBe(true);
      }),
    );
  });

  test("with no VAT, no costs and no duty the value is the whole price (ratio 1)", () => {
    expect(cents(line("49.90", "0"))).toBe("49.90");
  });

  test("results are never NaN or infinite", () => {
    fc.assert(
      fc.property(anyLine, (input) => {
        const result = inverseValue(input);
        expect(result.value.isFinite()).toBe(true);
        expect(result.duty.isFinite()).toBe(true);
      }),
    );
  });

  test("MIN/MAX duties solve the same equation V = N − duty(V)", () => {
    fc.assert(
      fc.property(
        anyLine,
        amount(10),
        amount(30),
        (input, minimum, extra) => {
          const duty: DutyRule = { ...input.duty, minimum, maximum: minimum.plus(extra) };
          const result = inverseValue({ ...input, duty });
          const net = netPrice(input.price, input.vatRate).minus(input.costs.platform).minus(input.costs.transport).minus(input.costs.handling);
          expect(result.value.plus(result.duty).minus(net).abs().lessThan("1e-20")).toBe(true);
        },
      ),
    );
  });
});
