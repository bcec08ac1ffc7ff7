import { type DutyRule, dutyOn } from "./duty";
import { Exact, ONE, toCents } from "./exact";

/** Deductions per unit, grouped the way Belgian customs accept them (domain.md section 3). */
export interface UnitCosts {
  /** C: platform commission and packaging. */
  readonly platform: Exact;
  /** T: freight within the EU after import, last mile, fulfilment fee. */
  readonly transport: Exact;
  /** H: handling, sorting, customs and clearance fees, port, T1. */
  readonly handling: Exact;
}

export interface InverseValueInput {
  /** P: the VAT-inclusive selling price per unit on the sales link, in EUR. */
  readonly price: Exact;
  /** r: the destination's VAT rate as a fraction. */
  readonly vatRate: Exact;
  readonly costs: UnitCosts;
  readonly duty: DutyRule;
}

/** The exact, unrounded solution. */
export interface InverseValue {
  /** V: the import declaration value per unit. Zero or less when the deductions exceed the net price. */
  readonly value: Exact;
  /** The import duty charged on V. */
  readonly duty: Exact;
}

/**
 * Solves V = P/(1+r) − C − T − H − duty(V) in closed form, without iterating.
 * With duty(V) = d·V + s: V = (P − (1+r)(C+T+H+s)) / ((1+r)(1+d)), one division.
 * With "d % MIN a MAX b": V0 = (N − s)/(1+d); if d·V0 falls outside [a, b] the bound is the duty and
 * V = N − s − bound (duty rises with V, so exactly one case holds).
 */
export function inverseValue({ price, vatRate, costs, duty }: InverseValueInput): InverseValue {
  const onePlusVat = ONE.plus(vatRate);
  const deducted = costs.platform.plus(costs.transport).plus(costs.handling).plus(duty.specific);
  const value = price.minus(onePlusVat.times(deducted)).dividedBy(onePlusVat.times(ONE.plus(duty.adValorem)));
  if (duty.minimum === undefined && duty.maximum === undefined) {
    return { value, duty: value.times(duty.adValorem).plus(duty.specific) };
  }
  const adValorem = value.times(duty.adValorem);
  const bound =
    duty.minimum !== undefined && adValorem.lessThan(duty.minimum)
      ? duty.minimum
      : duty.maximum !== undefined && adValorem.greaterThan(duty.maximum)
        ? duty.maximum
        : undefined;
  if (bound === undefined) return { value, duty: adValorem.plus(duty.specific) };
  const boundedValue = price.dividedBy(onePlusVat).minus(deducted).minus(bound);
  return { value: boundedValue, duty: dutyOn(boundedValue, duty) };
}

/** Declaration ratio = declaration value / price (the value as declared, i.e. rounded to the cent). */
export function declarationRatio(declaredValue: Exact, price: Exact): Exact {
  return declaredValue.dividedBy(price);
}

/** One unit's price taken apart, each line in cents; the lines add up to the price to the cent. */
export interface Breakdown {
  readonly salesVat: Exact;
  readonly platform: Exact;
  readonly transport: Exact;
  readonly handling: Exact;
  readonly duty: Exact;
  readonly value: Exact;
}

export const BREAKDOWN_LINES = ["salesVat", "platform", "transport", "handling", "duty", "value"] as const;

/**
 * Rounds each line half-up to the cent, except the sales VAT, which takes the price's remainder so the lines add
 * up exactly. The value and the duty stay exactly what INVERSEVALUE and DUTY give (they are what is declared and
 * charged); the VAT line is within a cent of the exact VAT when the costs are whole cents, within 1.5 cents
 * otherwise.
 */
export function breakdown(input: InverseValueInput, result: InverseValue): Breakdown {
  const value = toCents(result.value);
  const duty = toCents(result.duty);
  const platform = toCents(input.costs.platform);
  const transport = toCents(input.costs.transport);
  const handling = toCents(input.costs.handling);
  const salesVat = toCents(input.price).minus(value).minus(duty).minus(platform).minus(transport).minus(handling);
  return { salesVat, platform, transport, handling, duty, value };
}

/** The exact sales VAT contained in a VAT-inclusive price: P·r/(1+r). */
export function salesVatIn(price: Exact, vatRate: Exact): Exact {
  return price.minus(netPrice(price, vatRate));
}

/** The price without VAT: P/(1+r). */
export function netPrice(price: Exact, vatRate: Exact): Exact {
  return vatRate.isZero() ? price : price.dividedBy(ONE.plus(vatRate));
}

