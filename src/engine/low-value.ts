import { type IsoDate } from "./dates";
import { type Exact, ZERO, exact, sum } from "./exact";

/**
 * Low-value B2C consignments in 2026 (domain.md section 9).
 *
 * - Council Regulation (EU) 2026/382: the EUR 150 duty relief ends on 2026-07-01; from 2026-07-01 to 2028-06-30 a B2C
 *   distance-sale consignment of an intrinsic value up to EUR 150 pays a flat EUR 3 duty per item, an item being the
 *   goods of one tariff subheading in the consignment. B2B and own-stock imports (FBA replenishment) keep the normal
 *   duty.
 * - Delegated Regulation (EU) 2026/1022: product identifiers (GTIN, merchant and manufacturer product ids) are
 *   required in the import declarations of such consignments from 2026-11-01.
 */

/** How goods are imported: as own stock (FBA, B2B: a standard H1 declaration) or sold to consumers (B2C). */
export type Channel = "stock" | "B2C";

export const CHANNELS: readonly Channel[] = ["stock", "B2C"];

/** The words users write for each channel, compared without case, spaces, dots or dashes. */
const CHANNEL_WORDS: ReadonlyMap<string, Channel> = new Map([
  ["stock", "stock"],
  ["ownstock", "stock"],
  ["fba", "stock"],
  ["b2b", "stock"],
  ["replenishment", "stock"],
  ["lager", "stock"],
  ["voorraad", "stock"],
  ["备货", "stock"],
  ["头程备货", "stock"],
  ["b2c", "B2C"],
  ["parcel", "B2C"],
  ["distancesale", "B2C"],
  ["distancesales", "B2C"],
  ["venteadistance", "B2C"],
  ["colis", "B2C"],
  ["pakket", "B2C"],
  ["afstandsverkoop", "B2C"],
  ["paket", "B2C"],
  ["fernverkauf", "B2C"],
  ["直邮", "B2C"],
  ["小包", "B2C"],
]);

/** The channel a cell names ("FBA", "B2C", "parcel"), or undefined. */
export function channelOf(text: string): Channel | undefined {
  const key = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s._/-]/g, "");
  return CHANNEL_WORDS.get(key);
}

/** The EUR 3 duty applies to consignments declared from this day to LOW_VALUE_DUTY_UNTIL, both included. */
export const LOW_VALUE_DUTY_FROM: IsoDate = "2026-07-01";
export const LOW_VALUE_DUTY_UNTIL: IsoDate = "2028-06-30";
/** The intrinsic value up to which a consignment is of low value, in EUR. */
export const LOW_VALUE_THRESHOLD: Exact = exact(150);
/** The duty per item, in EUR. */
export const LOW_VALUE_DUTY_PER_ITEM: Exact = exact(3);
/** Product identifiers are required in the declarations of B2C consignments from this day. */
export const PRODUCT_ID_REQUIRED_FROM: IsoDate = "2026-11-01";

export function lowValueDutyApplies(channel: Channel, date: IsoDate): boolean {
  return channel === "B2C" && date >= LOW_VALUE_DUTY_FROM && date <= LOW_VALUE_DUTY_UNTIL;
}

export function productIdRequired(channel: Channel, date: IsoDate): boolean {
  return channel === "B2C" && date >= PRODUCT_ID_REQUIRED_FROM;
}

/** The item of a row: the tariff subheading its HS code starts with (8 or 6 digits), or the code as written. */
export function lowValueItem(hsDigits: string, itemDigits: 6 | 8): string {
  return hsDigits.length >= itemDigits ? hsDigits.slice(0, itemDigits) : hsDigits;
}

/** A line of a consignment, as the EUR 3 duty sees it. */
export interface ConsignmentLine {
  /** The line's item (lowValueItem). */
  readonly item: string;
  readonly quantity: Exact;
  /** Intrinsic value of one unit: the declared value, or the value the product computed where none is declared. */
  readonly unitValue: Exact;
}

export interface LowValueDuty {
  /** Intrinsic value of the consignment: Σ unit value × quantity. */
  readonly intrinsicValue: Exact;
  /** Whether it is at most EUR 150. */
  readonly lowValue: boolean;
  /** Distinct items, each with its units in the consignment and the EUR 3 shared over them (exact). */
  readonly items: ReadonlyMap<string, { readonly units: Exact; readonly dutyPerUnit: Exact }>;
  /** EUR 3 × items, when of low value; else zero. */
  readonly duty: Exact;
}

/** The EUR 3 duty of a consignment: EUR 3 per distinct item, shared over the units of that item. */
export function lowValueDuty(lines: readonly ConsignmentLine[]): LowValueDuty {
  const intrinsicValue = sum(lines.map((line) => line.unitValue.times(line.quantity)));
  const units = new Map<string, Exact>();
  for (const line of lines) units.set(line.item, (units.get(line.item) ?? ZERO).plus(line.quantity));
  const items = new Map(
    [...units].map(([item, count]) => [
      item,
      { units: count, dutyPerUnit: LOW_VALUE_DUTY_PER_ITEM.dividedBy(count) },
    ]),
  );
  const lowValue = intrinsicValue.lessThanOrEqualTo(LOW_VALUE_THRESHOLD);
  return {
    intrinsicValue,
    lowValue,
    items,
    duty: lowValue ? LOW_VALUE_DUTY_PER_ITEM.times(items.size) : ZERO,
  };
}
