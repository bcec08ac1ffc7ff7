import type { Json } from "./json";

/**
 * The request and response of one context.sync(), modelled on the real runtime's message (object
 * paths plus a list of actions). Both are JSON-serialised and measured against the payload limits.
 */

/** How an API object is reached from its parent: a navigation property, a method or a collection key. */
export interface PathInfo {
  readonly id: number;
  readonly parent: number | null;
  readonly kind: "root" | "property" | "method" | "item";
  readonly name: string;
  readonly args: Json[];
}

export type Action =
  | { readonly a: "instantiate"; readonly path: number }
  | { readonly a: "set"; readonly path: number; readonly name: string; readonly value: Json }
  | { readonly a: "method"; readonly path: number; readonly name: string; readonly args: Json[] }
  | {
      readonly a: "query";
      readonly path: number;
      readonly select: string[];
      readonly expand: string[];
      readonly top?: number;
      readonly skip?: number;
    }
  | { readonly a: "trace"; readonly message: string };

export interface RequestBody {
  /** Object paths created since the previous request of the same context. */
  readonly paths: PathInfo[];
  readonly actions: Action[];
}

export interface ActionResult {
  readonly index: number;
  readonly value: Json;
}

export interface HostErrorInfo {
  readonly code: string;
  readonly message: string;
  readonly location: string;
}

export interface ResponseBody {
  /** Results of the actions that ran, also when a later action failed. */
  readonly results: ActionResult[];
  readonly traces: string[];
  readonly error?: HostErrorInfo;
}

/** An API object passed as a method argument (e.g. AutoFilter.apply(range)). */
export interface ObjectReference {
  readonly $ref: number;
}

export function isObjectReference(value: Json | undefined): value is Json & ObjectReference {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && typeof value["$ref"] === "number"
  );
}

/** Key under which a query result carries a collection item's key, so the client can address it later. */
export const ITEM_KEY = "$key";
/** Marks a query or instantiate result whose object does not exist (a null object). */
export const IS_NULL = "$isNull";
