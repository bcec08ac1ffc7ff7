import { type DutyRule, dutyOn } from "./duty";
import { Exact, ONE, sum, toCents, toNumber } from "./exact";

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

/** (1 + r)(1 + d) and its reciprocal, kept per pair of rates: a sheet uses a handful of pairs for all its rows. */
interface Divisor {
  readonly onePlusVat: Exact;
  readonly denominator: Exact;
  readonly reciprocal: Exact;
}
const divisors = new Map<Exact, Map<Exact, Divisor>>();
const DIVISOR_LIMIT = 1_000;

function divisorFor(vatRate: Exact, adValorem: Exact): Divisor {
  let byDuty = divisors.get(vatRate);
  if (byDuty === undefined) {
    if (divisors.size >= DIVISOR_LIMIT) divisors.clear();
    byDuty = new Map();
    divisors.set(vatRate, byDuty);
  }
  let divisor = byDuty.get(adValorem);
  if (divisor === undefined) {
    if (byDuty.size >= DIVISOR_LIMIT) byDuty.clear();
    const onePlusVat = ONE.plus(vatRate);
    const denominator = onePlusVat.times(ONE.plus(adValorem));
    divisor = { onePlusVat, denominator, reciprocal: ONE.dividedBy(denominator) };
    byDuty.set(adValorem, divisor);
  }
  return divisor;
}

/**
 * How close to a half cent a 34-digit approximation may come before the exact division must decide its cent:
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
 * The quotient is formed by multiplying with the cached reciprocal of the denominator, exact to 33 digits and
 * far cheaper than dividing; where that approximation is within its error of a half cent, the exact division
 * decides the cent.
 */
export function inverseValue({ price, vatRate, deductions, duty }: InverseValueInput): InverseValue {
  const divisor = divisorFor(vatRate, duty.adValorem);
  const deducted = sum(deductions);
  const withSpecific = duty.specific.isZero() ? deducted : deducted.plus(duty.specific);
  const numerator = withSpecific.isZero() ? price : price.minus(divisor.onePlusVat.times(withSpecific));
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
    // An exact half cent is a terminating decimal, which the 34-digit division gives exactly.
    value = price.minus(divisor.onePlusVat.times(withSpecific.plus(bound))).dividedBy(divisor.onePlusVat);
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
