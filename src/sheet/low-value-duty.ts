import {
  type Exact,
  LOW_VALUE_DUTY_PER_ITEM,
  LOW_VALUE_THRESHOLD,
  ZERO,
  lowValueDuty,
  lowValueItem,
  sum,
  toCents,
} from "../engine";
import { money } from "./output-sheets";
import { type RowCheck, type RowLowValueDuty } from "./row-check";

/** Checks a row again with its share of the consignment's EUR 3 duty as its duty per unit (checkRow's lowValue). */
export type LowValueRecheck = (row: RowCheck, share: RowLowValueDuty) => RowCheck;

/** The consignment a row belongs to: its shipment id, or the row alone. */
export function consignmentOf(row: RowCheck): string {
  return row.shipment ?? `row ${row.row}`;
}

/**
 * The EUR 3 duty on a low-value B2C consignment (Council Regulation (EU) 2026/382; domain.md section 9), applied
 * once every row of the consignment is checked. Its B2C rows declared from 2026-07-01 to 2028-06-30 pay EUR 3 per
 * item (the goods of one tariff subheading), shared over the item's units, when the consignment's intrinsic value
 * (Σ declared value × quantity; the computed value where none is declared) is at most EUR 150: those rows are
 * checked again with that duty. Otherwise they keep the normal duty and say why. Own-stock rows keep the normal
 * duty always.
 *
 * The product's reading, where the regulation meets the inverse method: a row without a declared value counts at
 * its value under the EUR 3 duty, the duty it would pay in a low-value consignment.
 */
export function applyLowValueDuty(
  consignment: readonly RowCheck[],
  itemDigits: 6 | 8,
  recheck: LowValueRecheck,
): RowCheck[] {
  const candidates = consignment.filter((row) => row.lowValueCandidate);
  if (candidates.length === 0) return [...consignment];
  const name = consignmentOf(consignment[0]);
  const unknown = consignment.find((row) => row.declaredValue === null && row.inverseValue === null);
  if (unknown !== undefined)
    return withNote(
      consignment,
      `The value of consignment ${name} is not known (row ${unknown.row} cannot be valued), so the EUR 3 duty of low-value consignments cannot be applied: the normal duty is used.`,
    );

  const itemOf = (row: RowCheck) => lowValueItem(row.hsCode, itemDigits);
  const duty = lowValueDuty(
    candidates.map((row) => ({ item: itemOf(row), quantity: row.quantity, unitValue: ZERO })),
  );
  const shareOf = (row: RowCheck, intrinsicValue: Exact): RowLowValueDuty => {
    const item = itemOf(row);
    const { units, dutyPerUnit } = duty.items.get(item) as { units: Exact; dutyPerUnit: Exact };
    return { consignment: name, intrinsicValue, item, units, dutyPerUnit };
  };
  // The candidates' values under the EUR 3 duty decide the consignment's value where no value is declared.
  const trial = new Map(candidates.map((row) => [row.row, recheck(row, shareOf(row, ZERO))]));
  const intrinsicValue = sum(
    consignment.map((row) => {
      const valued = trial.get(row.row) ?? row;
      return (valued.declaredValue ?? valued.inverseValue ?? ZERO).times(valued.quantity);
    }),
  );
  if (intrinsicValue.greaterThan(LOW_VALUE_THRESHOLD))
    return withNote(
      consignment,
      `Consignment ${name} is ${money(toCents(intrinsicValue))}, above ${money(LOW_VALUE_THRESHOLD)}: the normal duty applies (the duty of ${money(LOW_VALUE_DUTY_PER_ITEM)} per item is for B2C consignments up to ${money(LOW_VALUE_THRESHOLD)}).`,
    );
  return consignment.map((row) => (row.lowValueCandidate ? recheck(row, shareOf(row, intrinsicValue)) : row));
}

/** The consignment's B2C candidates with a sentence added to their explanation. */
function withNote(consignment: readonly RowCheck[], note: string): RowCheck[] {
  return consignment.map((row) =>
    row.lowValueCandidate ? { ...row, explanation: `${row.explanation} ${note}` } : row,
  );
}
