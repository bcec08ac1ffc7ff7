import {
  type AnyLanguage,
  type Exact,
  LOW_VALUE_DUTY_PER_ITEM,
  LOW_VALUE_THRESHOLD,
  ZERO,
  lowValueDuty,
  lowValueItem,
  sum,
  toCents,
  toNumber,
} from "../engine";
import { sheetWordsOf } from "./lang";
import { type RowCheck, type RowLowValueDuty } from "./row-check";

/** Checks a row again with its share of the consignment's EUR 3 duty as its duty per unit (checkRow's lowValue). */
export type LowValueRecheck = (row: RowCheck, share: RowLowValueDuty) => RowCheck;

/** The consignment a row belongs to: its shipment id, or the row alone (named in `language`). */
export function consignmentOf(row: RowCheck, language: AnyLanguage = "en"): string {
  return row.shipment ?? sheetWordsOf(language).lowValue.consignmentOfRow({ row: row.row });
}

const euros = (amount: Exact): number => toNumber(toCents(amount));

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
  /** The language of the notes: the check's (settings.language). */
  language: AnyLanguage = "en",
): RowCheck[] {
  const candidates = consignment.filter((row) => row.lowValueCandidate);
  if (candidates.length === 0) return [...consignment];
  // Looked up only for consignments with B2C rows, which are the ones that get words.
  const words = sheetWordsOf(language);
  const name = consignmentOf(consignment[0], language);
  const unknown = consignment.find((row) => row.declaredValue === null && row.inverseValue === null);
  if (unknown !== undefined)
    return withNote(
      consignment,
      words.lowValue.valueUnknown({ consignment: name, row: unknown.row }),
      words.explanations.sentences,
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
      words.lowValue.aboveThreshold({
        consignment: name,
        value: euros(intrinsicValue),
        threshold: euros(LOW_VALUE_THRESHOLD),
        perItem: euros(LOW_VALUE_DUTY_PER_ITEM),
      }),
      words.explanations.sentences,
    );
  return consignment.map((row) => (row.lowValueCandidate ? recheck(row, shareOf(row, intrinsicValue)) : row));
}

/** The consignment's B2C candidates with a sentence added to their explanation. */
function withNote(
  consignment: readonly RowCheck[],
  note: string,
  sentences: (p: { sentences: readonly string[] }) => string,
): RowCheck[] {
  return consignment.map((row) =>
    row.lowValueCandidate ? { ...row, explanation: sentences({ sentences: [row.explanation, note] }) } : row,
  );
}
