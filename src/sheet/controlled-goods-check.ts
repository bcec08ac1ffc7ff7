import { type ControlledRegime, type IsoDate, controlledRegimesOf } from "../engine";
import { type RowReader } from "./row-reader";

/** The goods of the regime's longest prefix that the code falls under ("flat-rolled iron or steel"). */
function goodsOf(regime: ControlledRegime, hsDigits: string): string {
  const matches = regime.prefixes.filter((entry) => hsDigits.startsWith(entry.prefix));
  return matches.reduce((longest, entry) => (entry.prefix.length > longest.prefix.length ? entry : longest))
    .goods;
}

/**
 * Goods that need a licence, a certificate or a declaration before import (src/engine/controlled-goods.ts): a
 * CONTROLLED_GOODS finding naming each regime, its act and what to prepare. A regime not yet in force on the
 * declaration date is still named, with its date: goods cleared now are often sold after it.
 */
export function checkControlledGoods(
  read: RowReader,
  hsDigits: string,
  date: IsoDate,
): readonly { readonly id: string; readonly name: string }[] {
  const regimes = controlledRegimesOf(hsDigits);
  for (const regime of regimes) {
    const from =
      regime.appliesFrom !== undefined && date < regime.appliesFrom
        ? ` It applies to declarations from ${regime.appliesFrom}.`
        : "";
    read.flag(
      "CONTROLLED_GOODS",
      `${read.header("hsCode")} ${hsDigits} is ${goodsOf(regime, hsDigits)}: ${regime.name}, ${regime.law}. ${regime.prepare}${from}`,
    );
  }
  return regimes.map(({ id, name }) => ({ id, name }));
}
