import { type DutyRule, dutyOn } from "./duty";
import { Exact, ONE, equal, sum, toCents, toNumber } from "./exact";

export interface InverseValueInput {
  /** P: the VAT-inclusive selling price per unit on the sales link, in EUR. */
  readonly price: Exact;
  /** r: the destination's VAT rate as a fraction. */
  readonly vatRate: Exact;
  /**
   * The per-unit costs Belgian customs accept as deductions (docs/rules.md, Deductions customs accept):
   * platform (C: commission, packaging), transport (T: EU freight after import, last mile, fulfilment fee) and
   * handling (H) lines.
   */
  readonly deductions: readonly Exact[];
  readonly duty: DutyRule;
}

/** The solution: V to 34 significant digits, V rounded to the cent, and the duty charged on that value. */
export interface InverseValue {
  /** V: the import declaration value per unit. Zero or less when the deductions exceed the net price. */
  readonly value: Exact;
  /** V rounded half-up to the cent: the value to declare. */
  readonly valueInCents: Exact;
  /**
   * The import duty on the value as declared (valueInCents), rounded half-up to the cent: what customs charge, and
   * what an auditor recomputes from the pro forma.
   */
  readonly dutyInCents: Exact;
  /** C + T + H: the sum of the deductions. */
  readonly deducted: Exact;
}

/**
 * The divisor (1 + r)(1 + d) of the inverse value for one pair of rates, with 1 + r and the divisor's reciprocal.
 * A sheet uses a handful of pairs for all its rows: the bulk check keeps one per pair (src/sheet/check-memo.ts).
 */
export interface InverseDivisor {
  /** The rates it is the divisor of. */
  readonly vatRate: Exact;
  readonly adValorem: Exact;
  readonly onePlusVat: Exact;
  readonly denominator: Exact;
  /** 1 / denominator to 34 digits: multiplying by it is far cheaper than dividing. */
  readonly reciprocal: Exact;
}

export function inverseDivisor(vatRate: Exact, adValorem: Exact): InverseDivisor {
  const onePlusVat = ONE.plus(vatRate);
  const denominator = onePlusVat.times(ONE.plus(adValorem));
  return { vatRate, adValorem, onePlusVat, denominator, reciprocal: ONE.dividedBy(denominator) };
}

/**
 * How close to a half cent the product with the reciprocal may come before the division must decide its cent:
 * far below the distance from a half cent that a quotient of this product's amounts can have without being
 * exactly on it (at least 1 / (2·denominator·10^decimals), about 1e-13), far above the error of 34 digits
 * (about 1e-30 for amounts below a billion).
 */
const SAFELY_BELOW_HALF_CENT = new Exact("0.005").minus("1e-24");
const SAFELY_ABOVE_MINUS_HALF_CENT = SAFELY_BELOW_HALF_CENT.negated();

/** Whether an approximation rounds to the same cent as the exact amount it approximates. */
function roundsSafely(approximation: Exact, inCents: Exact): boolean {
  const rest = approximation.minus(inCents);
  return rest.lessThan(SAFELY_BELOW_HALF_CENT) && rest.greaterThan(SAFELY_ABOVE_MINUS_HALF_CENT);
}

/**
 * Solves V = P/(1+r) − C − T − H − duty(V) in closed form, without iterating.
 * With duty(V) = d·V + s: V = (P − (1+r)(C+T+H+s)) / ((1+r)(1+d)).
 * With "d % MIN a MAX b": V0 = (N − s)/(1+d); if d·V0 falls outside [a, b] the bound is the duty and
 * V = N − s − bound (duty rises with V, so exactly one case holds).
 *
 * The quotient is the numerator times the divisor's reciprocal; where that product is within its error of a half
 * cent, decimal.js's division to 34 digits decides the cent (it rounds to the same cent as the exact quotient; an
 * exact half cent is a terminating decimal, which it gives exactly). `divisor` must be the one of the input's
 * rates; the bulk check passes the one it keeps for them.
 */
export function inverseValue(
  input: InverseValueInput,
  divisor: InverseDivisor = inverseDivisor(input.vatRate, input.duty.adValorem),
): InverseValue {
  const { price, deductions, duty } = input;
  // A divisor of other rates would give a plausible wrong value: refuse it.
  if (!equal(divisor.vatRate, input.vatRate) || !equal(divisor.adValorem, duty.adValorem))
    throw new Error("inverseValue: the divisor is not the one of these rates");
  const { onePlusVat } = divisor;
  const deducted = sum(deductions);
  const withSpecific = duty.specific.isZero() ? deducted : deducted.plus(duty.specific);
  const numerator = withSpecific.isZero() ? price : price.minus(onePlusVat.times(withSpecific));
  let value = numerator.times(divisor.reciprocal);
  let valueInCents = toCents(value);
  if (!roundsSafely(value, valueInCents)) {
    value = numerator.dividedBy(divisor.denominator);
    valueInCents = toCents(value);
  }
  const bound =
    duty.minimum === undefined && duty.maximum === undefined
      ? undefined
      : boundReached(value.times(duty.adValorem), duty);
  if (bound !== undefined) {
    value = price.minus(onePlusVat.times(withSpecific.plus(bound))).dividedBy(onePlusVat);
    valueInCents = toCents(value);
  }
  return { value, valueInCents, dutyInCents: toCents(dutyOn(valueInCents, duty)), deducted };
}

/** The MIN or MAX amount an ad valorem duty falls outside of, if any. */
function boundReached(adValorem: Exact, duty: DutyRule): Exact | undefined {
  if (duty.minimum !== undefined && adValorem.lessThan(duty.minimum)) return duty.minimum;
  if (duty.maximum !== undefined && adValorem.greaterThan(duty.maximum)) return duty.maximum;
  return undefined;
}

/** Declaration ratio = declaration value / price (the value as declared, i.e. rounded to the cent). */
export function declarationRatio(declaredValue: Exact, price: Exact): Exact {
  return declaredValue.dividedBy(price);
}

/**
 * The declaration ratio rounded half-up to `decimals` places, as a number for reports. For amounts in whole
 * cents it is integer arithmetic (exact, and much faster than a decimal division over large sheets).
 */
export function roundedDeclarationRatio(declaredValue: Exact, price: Exact, decimals: number): number {
  const scale = 10 ** decimals;
  if (declaredValue.decimalPlaces() <= 2 && price.decimalPlaces() <= 2) {
    const valueCents = Math.round(toNumber(declaredValue) * 100);
    const priceCents = Math.round(toNumber(price) * 100);
    const dividend = 2 * valueCents * scale + priceCents;
    const divisor = 2 * priceCents;
    if (Number.isSafeInteger(dividend) && Number.isSafeInteger(divisor) && valueCents >= 0) {
      let scaled = Math.floor(dividend / divisor);
      if (scaled * divisor > dividend) scaled -= 1;
      else if ((scaled + 1) * divisor <= dividend) scaled += 1;
      return scaled / scale;
    }
  }
  return toNumber(declarationRatio(declaredValue, price).toDecimalPlaces(decimals));
}

/** One unit's price taken apart, each line in cents; the lines add up to the price to the cent. */
export interface PriceBreakdown {
  readonly salesVat: Exact;
  /** The deductions in the order given, each rounded to the cent. */
  readonly deductions: readonly Exact[];
  readonly duty: Exact;
  readonly value: Exact;
}

/**
 * Rounds each line half-up to the cent, except the sales VAT, which takes the price's remainder so the lines add
 * up exactly. The value and the duty stay exactly what INVERSEVALUE and DUTY give (they are what is declared and
 * charged); the VAT line is then at most a cent from the exact VAT rounded to the cent when the costs are whole
 * cents, and a cent more for each cost line that is not.
 */
export function priceBreakdown(input: InverseValueInput, result: InverseValue): PriceBreakdown {
  const inCents = input.deductions.every((line) => line.decimalPlaces() <= 2);
  const deductions = inCents ? input.deductions : input.deductions.map(toCents);
  const deducted = inCents ? result.deducted : sum(deductions);
  const salesVat = toCents(input.price).minus(result.valueInCents).minus(result.dutyInCents).minus(deducted);
  return { salesVat, deductions, duty: result.dutyInCents, value: result.valueInCents };
}

/** The price without VAT: P/(1+r). */
export function netPrice(price: Exact, vatRate: Exact): Exact {
  return vatRate.isZero() ? price : price.dividedBy(ONE.plus(vatRate));
}
