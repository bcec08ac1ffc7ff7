import fc from "fast-check";
import {
  type DutyRule,
  type Exact,
  dutyOn,
  type InverseValueInput,
  NO_DUTY,
  ZERO,
  priceBreakdown,
  declarationRatio,
  exact,
  inverseDivisor,
  inverseValue,
  netPrice,
  parseDutyExpression,
  roundedDeclarationRatio,
  sum,
  toCents,
  toEuro,
} from "../../src/engine";

const noCosts: Exact[] = [];
/** The sales VAT contained in a VAT-inclusive price, P·r/(1+r), exactly: the oracle for the VAT line. */
const salesVatIn = (price: Exact, vatRate: Exact) => price.minus(netPrice(price, vatRate));
const adValorem = (rate: string): DutyRule => ({ adValorem: exact(rate), specific: ZERO });

function line(
  price: string,
  vatRate: string,
  deductions = noCosts,
  duty: DutyRule = NO_DUTY,
): InverseValueInput {
  return { price: exact(price), vatRate: exact(vatRate), deductions, duty };
}
const cents = (input: InverseValueInput) => toCents(inverseValue(input).value).toFixed(2);

describe("published figures (docs/rules.md, Published figures)", () => {
  test("VAT-inclusive 100.00 at 19 % is net 84.03 with VAT 15.97", () => {
    expect(toCents(netPrice(exact(100), exact("0.19"))).toFixed(2)).toBe("84.03");
    expect(toCents(salesVatIn(exact(100), exact("0.19"))).toFixed(2)).toBe("15.97");
    const parts = priceBreakdown(line("100", "0.19"), inverseValue(line("100", "0.19")));
    expect([parts.salesVat.toFixed(2), parts.value.toFixed(2)]).toEqual(["15.97", "84.03"]);
  });

  test("121.00 at 21 % is 100.00", () => {
    expect(cents(line("121", "0.21"))).toBe("100.00");
  });

  test("watermelons (US broker exam 1999 Q5): the EU reading deducts no freight to the border, 11.51", () => {
    const input = line("15.00", "0", [exact("1.50"), exact("0.85")], {
      adValorem: ZERO,
      specific: exact("1.14"),
    });
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
    const input = line("119", "0.19", [exact(10), exact(5), exact(5)], adValorem("0.12"));
    const result = inverseValue(input);
    expect(result.value.toDecimalPlaces(6).toString()).toBe("71.428571");
    expect(result.value.plus(dutyOn(result.value, input.duty)).toDecimalPlaces(20).toString()).toBe("80");
    // The shortcut V ≈ N·(1 − d) under-states V by N·d²/(1 + d).
    const shortcut = exact(80).times("0.88");
    expect(result.value.minus(shortcut).toDecimalPlaces(10).toString()).toBe(
      exact(80).times("0.0144").dividedBy("1.12").toDecimalPlaces(10).toString(),
    );
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
    expect(result.dutyInCents.toFixed(2)).toBe("2.00");
  });

  test("MAX: when d·V0 is above the maximum, the maximum is the duty", () => {
    const rule = parseDutyExpression("10 % MIN 1 MAX 5", "duty");
    const result = inverseValue(line("110", "0", noCosts, rule)); // V0 = 100, 10 % = 10 > 5
    expect(toCents(result.value).toFixed(2)).toBe("105.00");
    expect(result.dutyInCents.toFixed(2)).toBe("5.00");
  });

  test("between MIN and MAX the ad valorem rate applies", () => {
    const result = inverseValue(line("110", "0", noCosts, parseDutyExpression("10 % MIN 1 MAX 50", "duty")));
    expect(toCents(result.value).toFixed(2)).toBe("100.00");
  });

  test("the value goes to zero or below when the deductions exceed the net price", () => {
    const result = inverseValue(line("10", "0.21", [exact(5), exact(5)]));
    expect(result.value.isNegative()).toBe(true);
  });

  test("the ratio is the declared value over the price", () => {
    expect(declarationRatio(exact("21.70"), exact("49.90")).toDecimalPlaces(4).toString()).toBe("0.4349");
  });
});

describe("laws of the calculation", () => {
  const amount = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => exact(c).dividedBy(100));
  const rate = (maxPermille: number) =>
    fc.integer({ min: 0, max: maxPermille }).map((p) => exact(p).dividedBy(1000));
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
    .map((r): InverseValueInput => ({
      price: r.price,
      vatRate: r.vatRate,
      deductions: [r.platform, r.transport, r.handling],
      duty: { adValorem: r.adValorem, specific: r.specific },
    }));
  const positive = anyLine.filter((input) => inverseValue(input).value.greaterThan(0));

  /** The closed form with decimal.js's division, no reciprocal: the oracle of the value declared. */
  const dividedValue = ({ price, vatRate, deductions, duty }: InverseValueInput): Exact => {
    const onePlusVat = exact(1).plus(vatRate);
    const numerator = price.minus(onePlusVat.times(sum(deductions).plus(duty.specific)));
    return toCents(numerator.dividedBy(onePlusVat.times(exact(1).plus(duty.adValorem))));
  };

  test("law: multiplying by the divisor's reciprocal declares the cent the division declares", () => {
    fc.assert(
      fc.property(anyLine, (input) => {
        expect(inverseValue(input).valueInCents.equals(dividedValue(input))).toBe(true);
        const divisor = inverseDivisor(input.vatRate, input.duty.adValorem);
        expect(inverseValue(input, divisor).valueInCents.equals(dividedValue(input))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("a divisor made for other rates is refused, never used for a plausible wrong value", () => {
    const input = line("49.90", "0.19");
    expect(() => inverseValue(input, inverseDivisor(exact("0.21"), ZERO))).toThrow(
      /not the one of these rates/,
    );
  });

  test("law: a value exactly on a half cent rounds up, though the reciprocal only comes near it", () => {
    // P = (1 + r)(1 + d) × (n + ½) cents: the exact quotient is a half cent; 1/1.21 does not terminate.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), rate(270), rate(120), (cents, vatRate, duty) => {
        const denominator = exact(1).plus(vatRate).times(exact(1).plus(duty));
        const price = denominator.times(exact(cents).plus("0.5")).dividedBy(100);
        const input = { price, vatRate, deductions: noCosts, duty: { adValorem: duty, specific: ZERO } };
        expect(inverseValue(input).valueInCents.toFixed(2)).toBe(
          exact(cents + 1)
            .dividedBy(100)
            .toFixed(2),
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("the breakdown adds up to the price to the cent", () => {
    fc.assert(
      fc.property(positive, (input) => {
        const parts = priceBreakdown(input, inverseValue(input));
        const lines = [parts.salesVat, ...parts.deductions, parts.duty, parts.value];
        expect(sum(lines).equals(toCents(input.price))).toBe(true);
        lines.forEach((part) => expect(part.decimalPlaces()).toBeLessThanOrEqual(2));
      }),
    );
  });

  test("the VAT line is at most a cent from the exact VAT rounded to the cent, when costs are whole cents", () => {
    fc.assert(
      fc.property(positive, (input) => {
        const parts = priceBreakdown(input, inverseValue(input));
        const exactVat = toCents(salesVatIn(input.price, input.vatRate));
        expect(parts.salesVat.minus(exactVat).abs().lessThanOrEqualTo("0.01")).toBe(true);
      }),
    );
  });

  test("value rises with the price and falls with every cost and with the duty rate", () => {
    fc.assert(
      fc.property(
        anyLine,
        fc.integer({ min: 1, max: 10_000 }).map((c) => exact(c).dividedBy(100)),
        (input, more) => {
          const base = inverseValue(input).value;
          const { deductions, duty } = input;
          expect(inverseValue({ ...input, price: input.price.plus(more) }).value.greaterThan(base)).toBe(
            true,
          );
          deductions.forEach((_, index) => {
            const moreCosts = deductions.map((cost, i) => (i === index ? cost.plus(more) : cost));
            expect(inverseValue({ ...input, deductions: moreCosts }).value.lessThan(base)).toBe(true);
          });
          expect(
            inverseValue({ ...input, duty: { ...duty, specific: duty.specific.plus(more) } }).value.lessThan(
              base,
            ),
          ).toBe(true);
          const higherRate = { ...duty, adValorem: duty.adValorem.plus("0.01") };
          const withHigherRate = inverseValue({ ...input, duty: higherRate }).value;
          if (base.greaterThan(0)) expect(withHigherRate.lessThan(base)).toBe(true);
        },
      ),
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

  test("the rounded ratio is the exact ratio rounded half-up, whatever path computes it", () => {
    expect(roundedDeclarationRatio(exact("21.70"), exact("49.90"), 4)).toBe(0.4349);
    expect(roundedDeclarationRatio(exact("8.697"), exact("20"), 4)).toBe(0.4349); // 0.43485 exactly, decimal path
    expect(roundedDeclarationRatio(exact("86.97"), exact("200"), 4)).toBe(0.4349); // 0.43485 exactly, integer path
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (valueCents, priceCents) => {
          const value = exact(valueCents).dividedBy(100);
          const price = exact(priceCents).dividedBy(100);
          expect(roundedDeclarationRatio(value, price, 4)).toBe(
            value.dividedBy(price).toDecimalPlaces(4).toNumber(),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("the integer path of the rounded ratio is decimal.js's ratio up to the largest amounts, at any number of decimals", () => {
    // Amounts up to 10^12 EUR (MAX_AMOUNT) in cents, half of them where 2·value·10^decimals nears 2^53 (the edge
    // of the integer path); values below zero and amounts beyond the cent take decimal.js's own way.
    const cents = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 14n }),
      fc.bigInt({ min: 10n ** 10n, max: 10n ** 13n }),
      fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
    );
    fc.assert(
      fc.property(
        cents,
        cents.filter((price) => price > 0n),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        (valueCents, priceCents, decimals, extraPlaces) => {
          const value = exact(valueCents.toString()).dividedBy(100 * 10 ** extraPlaces);
          const price = exact(priceCents.toString()).dividedBy(100);
          expect(roundedDeclarationRatio(value, price, decimals)).toBe(
            value.dividedBy(price).toDecimalPlaces(decimals).toNumber(),
          );
        },
      ),
      { numRuns: 5000 },
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
        expect(result.dutyInCents.isFinite()).toBe(true);
      }),
    );
  });

  test("the value rounds to the same cent as the exact quotient, half cents included", () => {
    fc.assert(
      fc.property(positive, fc.boolean(), (input, makeTie) => {
        let line = input;
        if (makeTie) {
          // Choose the price so that the exact value is a half cent: V = 12.345 (+ costs back on top).
          const onePlusVat = input.vatRate.plus(1);
          const deducted = sum(input.deductions).plus(input.duty.specific);
          const price = exact("12.345")
            .times(onePlusVat)
            .times(input.duty.adValorem.plus(1))
            .plus(onePlusVat.times(deducted));
          line = { ...input, price };
        }
        const onePlusVat = line.vatRate.plus(1);
        const deducted = sum(line.deductions).plus(line.duty.specific);
        const exactValue = line.price
          .minus(onePlusVat.times(deducted))
          .dividedBy(onePlusVat.times(line.duty.adValorem.plus(1)));
        const result = inverseValue(line);
        expect(result.valueInCents.toFixed(2)).toBe(toCents(exactValue).toFixed(2));
        if (makeTie) expect(result.valueInCents.toFixed(2)).toBe("12.35");
        expect(result.dutyInCents.equals(toCents(dutyOn(result.valueInCents, line.duty)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("the duty is charged on the value as declared, to the cent, as an auditor recomputes it", () => {
    // 2.59 at 20 % VAT and 3.6 % duty: V = 2.59 / (1.2 × 1.036) = 2.0833..., declared 2.08;
    // duty = 3.6 % × 2.08 = 0.07488 → 0.07 (3.6 % of the unrounded V would be 0.075 exactly).
    const result = inverseValue(line("2.59", "0.2", [], adValorem("0.036")));
    expect(result.valueInCents.toFixed(2)).toBe("2.08");
    expect(result.dutyInCents.toFixed(2)).toBe("0.07");
  });

  test("MIN/MAX duties solve the same equation V = N − duty(V)", () => {
    fc.assert(
      fc.property(anyLine, amount(10), amount(30), (input, minimum, extra) => {
        const duty: DutyRule = { ...input.duty, minimum, maximum: minimum.plus(extra) };
        const result = inverseValue({ ...input, duty });
        const net = netPrice(input.price, input.vatRate).minus(sum(input.deductions));
        expect(result.value.plus(dutyOn(result.value, duty)).minus(net).abs().lessThan("1e-20")).toBe(true);
      }),
    );
  });
});
