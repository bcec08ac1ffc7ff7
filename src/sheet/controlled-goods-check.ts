import { type ControlledPrefix, type ControlledRegime, type IsoDate, controlledRegimesOf } from "../engine";
import { type RowReader } from "./row-reader";

/** The regime's longest prefix that the code falls under: its goods are the code's ("flat-rolled iron or steel"). */
function prefixOf(regime: ControlledRegime, hsDigits: string): ControlledPrefix {
  const matches = regime.prefixes.filter((entry) => hsDigits.startsWith(entry.prefix));
  return matches.reduce((longest, entry) => (entry.prefix.length > longest.prefix.length ? entry : longest));
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
    const words = read.words.sheet.controlledGoods[regime.id];
    const prefix = prefixOf(regime, hsDigits);
    read.flag(
      "CONTROLLED_GOODS",
      read.words.sheet.explanations.controlledGoods({
        column: read.header("hsCode"),
        code: hsDigits,
        // A prefix the language's table lacks is named in the engine's words rather than not at all.
        goods: words.goods[prefix.prefix] ?? prefix.goods,
        regime: words.name,
        law: words.law,
        prepare: words.prepare,
        appliesFrom: regime.appliesFrom !== undefined && date < regime.appliesFrom ? regime.appliesFrom : "",
      }),
    );
  }
  return regimes.map(({ id, name }) => ({ id, name }));
}
