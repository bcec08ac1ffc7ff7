import {
  type Channel,
  type IsoDate,
  PRODUCT_ID_REQUIRED_FROM,
  channelOf,
  gtinOfNumber,
  productIdRequired,
  readGtin,
} from "../engine";
import { cellNumber, isEmptyCell, readText } from "./cell-values";
import { type RowReader } from "./row-reader";

/** The row's channel: its Channel cell ("FBA", "B2C", "parcel" …), else the settings' default. */
export function checkChannel(read: RowReader, fallback: Channel): Channel {
  const text = read.read("channel", readText);
  if (text === undefined) return fallback;
  const channel = channelOf(text);
  if (channel === undefined) {
    read.invalid(read.words.sheet.explanations.notAChannel({ column: read.header("channel"), text }));
    return fallback;
  }
  return channel;
}

/**
 * Product identifiers (Delegated Regulation (EU) 2026/1022): a GTIN given is checked on any row (a wrong check digit
 * is a wrong code, whatever the channel); a B2C row declared from 2026-11-01 needs a GTIN or another product id.
 * Own-stock rows (FBA, B2B) need none.
 */
export function checkProductIds(read: RowReader, channel: Channel, date: IsoDate): void {
  const says = read.words.sheet.explanations;
  const cell = read.cell("gtin");
  const hasGtin = !isEmptyCell(cell);
  // Text goes through the row's reader, which refuses an error value or an uncalculated formula as input.
  const number = cellNumber(cell);
  const written = number !== undefined ? gtinOfNumber(number) : read.read("gtin", readText);
  if (written !== undefined) {
    const reading = readGtin(written);
    if (!reading.valid)
      read.flag(
        "INVALID_GTIN",
        says.invalidGtin({ column: read.header("gtin"), problem: read.problem(reading.problem) }),
      );
  }
  if (hasGtin || !isEmptyCell(read.cell("productId")) || !productIdRequired(channel, date)) return;
  read.flag(
    "MISSING_PRODUCT_ID",
    says.missingProductId({
      gtinColumn: read.header("gtin"),
      productIdColumn: read.header("productId"),
      from: PRODUCT_ID_REQUIRED_FROM,
    }),
  );
}
