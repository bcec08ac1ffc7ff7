import { Exact, ONE, sum, toCents } from "./exact";

/**
 * Import VAT (domain.md section 11). The taxable amount on import is the customs value, plus the duties due because
 * of the import, plus the incidental expenses up to the first place of destination in the member state of import
 * (VAT Directive 2006/112/EC Arts. 85–86; Belgian VAT Code Art. 34). The product reads the incidental expenses as
 * the EU freight after import and the handling, sorting, customs and clearance fees; the last mile, FBA and
 * platform fees come after the first destination and are not in the base.
 */

/** How the import VAT of a row is treated (domain.md section 11). */
export type VatRegime = "CP42" | "ET14000" | "PAID";

export const VAT_REGIMES: readonly VatRegime[] = ["CP42", "ET14000", "PAID"];

/**
 * - CP42: customs procedure 42 (VAT Directive Art. 143(1)(d) and 143(2)): exempt at import in Belgium, the goods go
 *   on to another member state, where the intra-Community acquisition is self-assessed.
 * - ET14000: the Belgian ET 14.000 licence (Art. 5 §3 of Royal Decree No. 7): due in Belgium, declared and deducted
 *   in the same periodic Belgian VAT return, so no cash at the border.
 * - PAID: paid at clearance.
 */
export const VAT_REGIME_WORDS: Readonly<Record<VatRegime, string>> = {
  CP42: "procedure 42: exempt at import in Belgium; the acquisition is self-assessed in the destination country",
  ET14000: "ET 14.000: due in Belgium, deferred to the periodic Belgian VAT return (no cash at the border)",
  PAID: "paid at import: due at clearance",
};

/** The words users write for each regime, compared without case, spaces, dots or dashes. */
const REGIME_WORDS: readonly (readonly [string, VatRegime])[] = [
  ["cp42", "CP42"],
  ["42", "CP42"],
  ["procedure42", "CP42"],
  ["regime42", "CP42"],
  ["régime42", "CP42"],
  ["regeling42", "CP42"],
  ["verfahren42", "CP42"],
  ["et14000", "ET14000"],
  ["14000", "ET14000"],
  ["article5", "ET14000"],
  ["art5", "ET14000"],
  ["artikel5", "ET14000"],
  ["paid", "PAID"],
  ["none", "PAID"],
  ["payé", "PAID"],
  ["paye", "PAID"],
  ["betaald", "PAID"],
  ["bezahlt", "PAID"],
  ["已付", "PAID"],
];

const regimeKey = (text: string) => text.toLowerCase().replace(/[\s.\-_§°]/g, "");

/** The regime a cell names ("CP42", "procedure 42", "ET 14.000", "article 5", "paid"), or undefined. */
export function vatRegimeOf(text: string): VatRegime | undefined {
  const key = regimeKey(text);
  return REGIME_WORDS.find(([word]) => word === key)?.[1];
}

/** The import VAT base of one unit: customs value + duty + incidental costs up to the first destination. */
export function importVatBase(customsValue: Exact, duty: Exact, incidentalCosts: readonly Exact[]): Exact {
  return sum([customsValue, duty, ...incidentalCosts]);
}

/** Import VAT on `units` units of a base at a rate, rounded once, half-up, to the cent (a line, or one unit). */
export function importVatOn(base: Exact, rate: Exact, units: Exact): Exact {
  // base × ONE (one unit) is the base rounded to the precision, which it already is unless it has more digits.
  const line = units === ONE && base.precision() <= Exact.precision ? base : base.times(units);
  return toCents(line.times(rate));
}
