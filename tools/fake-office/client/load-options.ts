import { ErrorCodes, FakeOfficeError, Messages } from "../protocol/errors";

export interface QueryOption {
  select: string[];
  expand: string[];
  top?: number;
  skip?: number;
}

function invalidArgument(name: string): FakeOfficeError {
  return new FakeOfficeError({
    code: ErrorCodes.invalidArgument,
    message: Messages.invalidArgumentNamed(name),
  });
}

/**
 * Turns what load() accepts into select/expand lists, following the runtime's
 * ClientRequestContextBase._parseQueryOption: a comma-separated string, an array of names,
 * { select, expand, top, skip }, or the property-object form { values: true, format: { fill: { color: true } } }.
 */
export function parseLoadOption(option: unknown): QueryOption {
  if (option === undefined || option === null) return { select: [], expand: [] };
  if (typeof option === "string") return { select: parseNames(option), expand: [] };
  if (Array.isArray(option)) return { select: option.map(String), expand: [] };
  if (typeof option !== "object") throw invalidArgument("option");
  const record = option as Record<string, unknown>;
  if (isSelectExpandOption(record)) {
    return {
      select: namesFrom(record["select"], "option.select"),
      expand: namesFrom(record["expand"], "option.expand"),
      ...numberOption(record, "top"),
      ...numberOption(record, "skip"),
    };
  }
  const result: QueryOption = { select: [], expand: [] };
  parseObjectForm(result, "", "option", record);
  return result;
}

/** "items/name" means the items' name; "a/items/b" is "a/b" (the runtime's sanitizeForAnyItemsSlash). */
function parseNames(text: string): string[] {
  return text
    .split(",")
    .map((name) => sanitize(name.trim()))
    .filter((name) => name.length > 0);
}

function sanitize(name: string): string {
  const lower = name.toLowerCase();
  if (lower === "items" || lower === "items/") return "*";
  const withoutItems = lower.startsWith("items/") || lower.startsWith("items.") ? name.slice(6) : name;
  return withoutItems.replace(/[/.]items[/.]/gi, "/");
}

function namesFrom(value: unknown, argument: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return parseNames(value);
  if (Array.isArray(value)) return value.map(String);
  throw invalidArgument(argument);
}

function numberOption(record: Record<string, unknown>, key: "top" | "skip"): { top?: number; skip?: number } {
  const value = record[key];
  if (value === undefined || value === null) return {};
  if (typeof value !== "number") throw invalidArgument(`option.${key}`);
  return { [key]: value };
}

function isSelectExpandOption(record: Record<string, unknown>): boolean {
  const isNames = (value: unknown) => typeof value === "string" || Array.isArray(value);
  if (isNames(record["select"]) || isNames(record["expand"])) return true;
  if (typeof record["top"] === "number" || typeof record["skip"] === "number") return true;
  return Object.keys(record).length === 0;
}

function parseObjectForm(
  result: QueryOption,
  prefix: string,
  argument: string,
  option: Record<string, unknown>,
): void {
  for (const [key, value] of Object.entries(option)) {
    const path = prefix.length === 0 ? key : `${prefix}/${key}`;
    const argumentPath = `${argument}.${key}`;
    if (key === "$all") {
      if (typeof value !== "boolean") throw invalidArgument(argumentPath);
      if (value) result.select.push(prefix.length === 0 ? "*" : `${prefix}/*`);
    } else if (key === "$top" || key === "$skip") {
      if (typeof value !== "number" || prefix.length > 0) throw invalidArgument(argumentPath);
      if (key === "$top") result.top = value;
      else result.skip = value;
    } else if (typeof value === "boolean") {
      if (value) result.select.push(path);
    } else if (typeof value === "object" && value !== null) {
      parseObjectForm(result, path, argumentPath, value as Record<string, unknown>);
    } else {
      throw invalidArgument(argumentPath);
    }
  }
}
