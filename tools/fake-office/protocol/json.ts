/**
 * JSON values: everything that crosses the fake "wire" between the add-in side (proxies) and the
 * host side (the in-memory workbook). Real Office.js serialises each batch with JSON.stringify, so
 * the fake does the same: Dates, NaN, undefined and functions get exactly the treatment they get in
 * Excel (NaN and undefined become null, a Date becomes an ISO string).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Byte length of a string in UTF-8, the unit of Excel's payload limits. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
