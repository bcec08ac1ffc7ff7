import { hostErrors } from "../protocol/errors";
import type { Json } from "../protocol/json";
import { parseRect, splitSheet, type Rect } from "../model/address";
import type { SheetModel } from "../model/sheet";
import type { HostCall } from "./spec";

/** What a Range proxy resolves to on the host: fixed cells of one sheet. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export function stringArg(args: Json[], index: number): string {
  const value = args[index];
  if (typeof value !== "string") throw hostErrors.invalidArgument();
  return value;
}

export function optionalStringArg(args: Json[], index: number): string | undefined {
  const value = args[index];
  return value === undefined || value === null ? undefined : stringArg(args, index);
}

export function integerArg(args: Json[], index: number, fallback?: number): number {
  const value = args[index] ?? fallback;
  if (typeof value !== "number" || !Number.isInteger(value)) throw hostErrors.invalidArgument();
  return value;
}

export function booleanArg(args: Json[], index: number, fallback: boolean): boolean {
  const value = args[index] ?? fallback;
  if (typeof value !== "boolean") throw hostErrors.invalidArgument();
  return value;
}

export function enumArg<T extends string>(value: Json | undefined, allowed: readonly T[], fallback?: T): T {
  const chosen = value ?? fallback;
  const match = allowed.find((a) => typeof chosen === "string" && a.toLowerCase() === chosen.toLowerCase());
  if (match === undefined) throw hostErrors.invalidArgument();
  return match;
}

/** A sheet-relative reference such as "A1:C5"; InvalidArgument for anything Excel would not accept. */
function parseReference(reference: string): Rect {
  const parsed = parseRect(reference);
  if (!parsed) throw hostErrors.invalidArgument();
  return parsed;
}

/**
 * A range argument: a Range object, or an address string ("A1:C5" on `defaultSheet`, or
 * "Sheet2!A1:C5"). A sheet-qualified address naming another sheet than `onlySheet` is refused.
 */
export function rangeArg(
  call: HostCall,
  value: Json | undefined,
  defaultSheet: SheetModel,
  onlySheet?: SheetModel,
): RangeTarget {
  const object = call.objectArgument(value);
  let target: RangeTarget;
  if (object) {
    if (object.type !== "Range" || object.target === null) throw hostErrors.invalidArgument();
    target = object.target as RangeTarget;
  } else if (typeof value === "string") {
    const { sheet, reference } = splitSheet(value);
    const resolvedSheet = sheet === undefined ? defaultSheet : call.workbook.getSheet(sheet);
    target = { sheet: resolvedSheet, rect: parseReference(reference) };
  } else {
    throw hostErrors.invalidArgument();
  }
  if (onlySheet && target.sheet !== onlySheet) throw hostErrors.invalidArgument();
  return target;
}
