import type { Json } from "../protocol/json";

/**
 * Excel settings carry Dates as "Date(<ms>)" strings: the runtime replaces them before sending
 * (Setting.value, SettingCollection.add) and turns them back into Dates when values are loaded.
 */
const PREFIX = "Date(";
const SUFFIX = ")";

export function stringifyDates(value: unknown): Json {
  if (value === undefined) return null;
  const text = JSON.stringify(value, function (this: Record<string, unknown>, key, entry: unknown) {
    const original = this[key];
    return original instanceof Date ? `${PREFIX}${original.getTime()}${SUFFIX}` : entry;
  });
  return text === undefined ? null : (JSON.parse(text) as Json);
}

export function reviveDates(value: Json): unknown {
  return JSON.parse(JSON.stringify(value), (_key, entry: unknown) => {
    if (typeof entry === "string" && entry.length > 6 && entry.startsWith(PREFIX) && entry.endsWith(SUFFIX)) {
      return new Date(Number(entry.slice(PREFIX.length, -SUFFIX.length)));
    }
    return entry;
  });
}
