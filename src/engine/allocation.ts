import Decimal from "decimal.js";
import { Exact, ZERO, exact, sum } from "./exact";
import { InputError } from "./input-error";

/**
 * Shares a total out in proportion to weights (weight × quantity), in whole cents that add up exactly to the
 * total: each share is rounded down, then the cents left over go to the largest remainders, the earlier line
 * first on a tie (the largest remainder method).
 */
export function allocateByWeight(
  total: Exact,
  weights: readonly Exact[],
  totalField = "total",
  weightsField = "weights",
): Exact[] {
  if (total.isNegative())
    throw new InputError(
      totalField,
      { key: "negative", params: { number: total.toString() } },
      "positiveShipmentCost",
    );
  if (weights.length === 0) throw new InputError(weightsField, "noLinesToShare", "oneWeightPerLine");
  weights.forEach((weight, index) => {
    if (weight.isNegative()) {
      const params = { line: index + 1, weight: weight.toString() };
      throw new InputError(weightsField, { key: "negativeWeightOnLine", params }, "positiveWeights");
    }
  });
  const totalWeight = sum(weights);
  if (totalWeight.isZero()) {
    if (total.isZero()) return weights.map(() => ZERO);
    throw new InputError(weightsField, "allWeightsZero", "fillWeights");
  }

  const totalCents = total.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const exactShares = weights.map((weight) => totalCents.times(weight).dividedBy(totalWeight));
  const cents = exactShares.map((share) => share.floor());
  let left = totalCents.minus(sum(cents)).toNumber();
  const byRemainder = exactShares
    .map((share, index) => ({ index, remainder: share.minus(cents[index]) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    cents[index] = cents[index].plus(1);
    left -= 1;
  }
  return cents.map((share) => share.dividedBy(100));
}

/** weight × quantity for each line; a missing quantity counts 1. */
export function lineWeights(unitWeights: readonly Exact[], quantities?: readonly Exact[]): Exact[] {
  return unitWeights.map((weight, index) => weight.times(quantities?.[index] ?? exact(1)));
}
