import type { Json } from "../protocol/json";
import type { WorkbookModel } from "../model/workbook";

/**
 * One API type (Range, Worksheet, ...) described once: the names the proxies expose and what the
 * host does for each. The client builds proxy classes from the names; the host runs the functions.
 *
 * Members are declared with method syntax on purpose: TypeScript checks method parameters
 * bivariantly, which lets a TypeSpec<RangeTarget> sit in a registry of TypeSpec<unknown>. The host
 * only ever passes a spec the targets that the same spec produced.
 */

/** The host's options that change what the workbook does (ExcelWebOptions). */
export interface HostBehaviour {
  /** PageLayout.zoom set to fit to pages does not stick (office-js #1860). */
  readonly fitToPagesIgnored: boolean;
  /** Range.values and Range.formulas written right of a table make it grow over them (growTablesRight). */
  readonly tableAutoExpand: boolean;
}

/** Per-request state the host shares with the implementations. */
export interface HostCall extends HostBehaviour {
  readonly workbook: WorkbookModel;
  /** Resolves a method argument that is an API object (sent as {$ref}); undefined for other values. */
  objectArgument(value: Json | undefined): { type: string; target: unknown } | undefined;
  /** Set by Application.suspendApiCalculationUntilNextSync for the rest of this request. */
  calculationSuspended: boolean;
  /** Set by Application.suspendScreenUpdatingUntilNextSync for the rest of this request. */
  screenUpdatingSuspended: boolean;
}

export interface ScalarSpec<T> {
  get(target: T, call: HostCall): Json;
  set?(target: T, value: Json, call: HostCall): void;
  /** For cell matrices: how many cells a read returns, checked against the response limit before reading. */
  cellCount?(target: T): number;
  /** Excel leaves some properties out of a parameterless load(). */
  readonly explicitOnly?: boolean;
}

export interface ChildSpec<T> {
  readonly type: string;
  /** The child's target, or null for a null object (only the *OrNullObject members return null). */
  get(target: T, call: HostCall, args: Json[]): unknown;
}

export interface MethodSpec<T> {
  /** True when the method returns a ClientResult (a value read at sync) rather than void. */
  readonly returnsValue?: boolean;
  call(target: T, args: Json[], call: HostCall): Json | void;
}

export interface CollectionSpec<T> {
  readonly itemType: string;
  items(target: T, call: HostCall): unknown[];
  /** Finds an item again from the key its query result carried. */
  byKey(target: T, key: Json, call: HostCall): unknown;
}

export interface TypeSpec<T> {
  readonly name: string;
  readonly scalars?: Readonly<Record<string, ScalarSpec<T>>>;
  readonly navigation?: Readonly<Record<string, ChildSpec<T>>>;
  readonly objectMethods?: Readonly<Record<string, ChildSpec<T>>>;
  readonly methods?: Readonly<Record<string, MethodSpec<T>>>;
  readonly collection?: CollectionSpec<T>;
  /** The key of this object inside its collection (worksheet id, table id, setting key, ...). */
  keyOf?(target: T): Json;
  /** false once the object is gone (deleted sheet, table, ...); using it then fails with ItemNotFound. */
  isAlive?(target: T): boolean;
  /**
   * Range-like objects hold a reference in Excel: outside Excel.run they are valid for one sync
   * unless tracked, and after Excel.run ends they are invalid (InvalidObjectPath).
   */
  readonly keepsReference?: boolean;
  /** Setting values: the runtime sends Dates as "Date(ms)" strings and revives them on load. */
  readonly datesAsStrings?: boolean;
}

export type AnyTypeSpec = TypeSpec<unknown>;
