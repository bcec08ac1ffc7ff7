import { Exact } from "./exact";

/**
 * Customs convert with the rate the ECB published on the penultimate Wednesday of the month before (UCC-IA
 * Art. 146), quoted as units per EUR: EUR = amount / rate. The result stays exact; money is rounded at the end.
 */
export function toEuro(amount: Exact, unitsPerEuro: Exact): Exact {
  return amount.dividedBy(unitsPerEuro);
}
