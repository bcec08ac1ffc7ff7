import { ErrorCodes, FakeOfficeError, Messages } from "../protocol/errors";
import { isJsonObject, type Json } from "../protocol/json";
import { IS_NULL, ITEM_KEY, type Action, type PathInfo } from "../protocol/wire";
import type { AnyTypeSpec } from "../host/spec";
import { FakeClientResult } from "./client-result";
import { reviveDates, stringifyDates } from "./dates";
import { parseLoadOption } from "./load-options";

/** What a proxy needs from its request context (implemented by FakeRequestContext). */
export interface ProxyContext {
  enqueue(action: Action, onResult?: (value: Json) => void): void;
  /** Creates the proxy of a child object; instantiates it unless results are being processed. */
  child(parent: ClientObject, kind: PathInfo["kind"], name: string, args: Json[], type: string): ClientObject;
  /** An argument as sent: API objects become references; other values go as they are (JSON at sync). */
  encodeArgument(value: unknown): Json | undefined;
  track(object: ClientObject, tracked: boolean): void;
}

/**
 * OfficeExtension.ClientObject: a proxy. Setting properties and calling methods queue actions;
 * load() queues a read whose values arrive when the sync completes. Reading a property that was
 * neither loaded nor set locally throws PropertyNotLoaded, exactly like the runtime's getters.
 */
export class ClientObject {
  /** Loaded (or locally set) scalar values. */
  readonly _values = new Map<string, unknown>();
  _isNull: boolean | undefined;
  _items: ClientObject[] | undefined;
  _valid = true;
  private readonly children = new Map<string, ClientObject>();

  constructor(
    readonly context: ProxyContext,
    readonly _spec: AnyTypeSpec,
    readonly _path: PathInfo,
    readonly _parent: ClientObject | null,
  ) {}

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(undefined, "isNullObject");
    return this._isNull;
  }

  load(option?: unknown): this {
    this._ensureValid();
    const query = parseLoadOption(option);
    this.context.enqueue({ a: "query", path: this._path.id, ...query }, (value) => this._handleResult(value));
    return this;
  }

  /** object.set({...}): writable scalars through their setters, navigation properties recursively. */
  set(properties: unknown, options?: { throwOnReadOnly?: boolean }): void {
    const input = properties instanceof ClientObject ? properties.toJSON() : properties;
    if (typeof input !== "object" || input === null)
      throw invalidArgument("properties", `${this._spec.name}.set`);
    const throwOnReadOnly = options?.throwOnReadOnly ?? !(properties instanceof ClientObject);
    for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
      if (value === undefined) continue;
      const scalar = this._spec.scalars?.[key];
      if (scalar?.set) (this as unknown as Record<string, unknown>)[key] = value;
      else if (this._spec.navigation?.[key]) this._navigation(key).set(value, options);
      else if (scalar && throwOnReadOnly) throw invalidArgument(key, `${this._spec.name}.set`);
    }
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const [name, value] of this._values) json[name] = value;
    for (const [name, child] of this.children) {
      const childJson = child.toJSON();
      if (Object.keys(childJson).length > 0) json[name] = childJson;
    }
    if (this._items) json["items"] = this._items.map((item) => item.toJSON());
    return json;
  }

  track(): this {
    this.context.track(this, true);
    return this;
  }

  untrack(): this {
    this.context.track(this, false);
    return this;
  }

  /** Office.js validates the whole object path: an invalid parent makes its children unusable too. */
  _ensureValid(): void {
    if (this._pathIsValid()) return;
    const expression = pathExpression(this);
    throw new FakeOfficeError({
      code: ErrorCodes.invalidObjectPath,
      message: Messages.invalidObjectPath(expression),
      errorLocation: expression,
    });
  }

  private _pathIsValid(): boolean {
    return this._valid && (this._parent === null || this._parent._pathIsValid());
  }

  _navigation(name: string): ClientObject {
    let child = this.children.get(name);
    if (!child) {
      this._ensureValid();
      child = this.context.child(this, "property", name, [], this._spec.navigation![name]!.type);
      this.children.set(name, child);
    }
    return child;
  }

  _handleResult(value: Json): void {
    if (!isJsonObject(value)) return;
    this._isNull = value[IS_NULL] === true;
    if (this._isNull) return;
    for (const [key, entry] of Object.entries(value)) {
      if (this._spec.scalars?.[key]) {
        this._values.set(key, this._spec.datesAsStrings ? reviveDates(entry) : entry);
      } else if (this._spec.navigation?.[key]) {
        this._navigation(key)._handleResult(entry);
      } else if (key === "items" && this._spec.collection && Array.isArray(entry)) {
        this._items = entry.map((itemValue) => this._itemFromResult(itemValue));
      }
    }
  }

  private _itemFromResult(itemValue: Json): ClientObject {
    const key = isJsonObject(itemValue) ? (itemValue[ITEM_KEY] ?? null) : null;
    const item = this.context.child(this, "item", "", [key], this._spec.collection!.itemType);
    item._handleResult(itemValue);
    return item;
  }
}

function propertyNotLoaded(typeName: string | undefined, name: string): FakeOfficeError {
  return new FakeOfficeError({
    code: ErrorCodes.propertyNotLoaded,
    message: Messages.propertyNotLoaded(name),
    ...(typeName ? { errorLocation: `${typeName}.${name}` } : {}),
  });
}

function invalidArgument(name: string, location: string): FakeOfficeError {
  return new FakeOfficeError({
    code: ErrorCodes.invalidArgument,
    message: Messages.invalidArgumentNamed(name),
    errorLocation: location,
  });
}

function pathExpression(object: ClientObject): string {
  const parts: string[] = [];
  for (let current: ClientObject | null = object; current; current = current._parent) {
    const { kind, name } = current._path;
    parts.unshift(
      kind === "root" ? "workbook" : kind === "method" ? `${name}()` : kind === "item" ? "getItem()" : name,
    );
  }
  return parts.join(".");
}

export type ProxyClass = new (
  context: ProxyContext,
  spec: AnyTypeSpec,
  path: PathInfo,
  parent: ClientObject | null,
) => ClientObject;

/** Builds the proxy class of one API type (Excel.Range, ...) from its spec. */
export function defineProxyClass(spec: AnyTypeSpec): ProxyClass {
  const Proxy = class extends ClientObject {};
  Object.defineProperty(Proxy, "name", { value: spec.name });
  const prototype = Proxy.prototype;
  for (const [name, scalar] of Object.entries(spec.scalars ?? {})) {
    Object.defineProperty(prototype, name, {
      enumerable: true,
      configurable: true,
      get(this: ClientObject) {
        if (this._values.has(name)) return this._values.get(name);
        if (this._isNull === true) return undefined;
        throw propertyNotLoaded(spec.name, name);
      },
      // Read-only properties get no setter, so assigning one throws a TypeError as with the runtime.
      set: scalar.set
        ? function (this: ClientObject, value: unknown) {
            this._ensureValid();
            this._values.set(name, value);
            const sent = spec.datesAsStrings ? stringifyDates(value) : (value as Json);
            this.context.enqueue({ a: "set", path: this._path.id, name, value: sent });
          }
        : undefined,
    });
  }
  for (const name of Object.keys(spec.navigation ?? {})) {
    Object.defineProperty(prototype, name, {
      enumerable: true,
      configurable: true,
      get(this: ClientObject) {
        return this._navigation(name);
      },
    });
  }
  for (const [name, member] of Object.entries(spec.objectMethods ?? {})) {
    defineMethod(prototype, name, function (this: ClientObject, ...args: unknown[]) {
      this._ensureValid();
      const encoded = args.map((arg) =>
        this.context.encodeArgument(spec.datesAsStrings && arg !== undefined ? stringifyDates(arg) : arg),
      );
      return this.context.child(this, "method", name, trimTrailingUndefined(encoded), member.type);
    });
  }
  for (const [name, method] of Object.entries(spec.methods ?? {})) {
    defineMethod(prototype, name, function (this: ClientObject, ...args: unknown[]) {
      this._ensureValid();
      const encoded = trimTrailingUndefined(args.map((arg) => this.context.encodeArgument(arg)));
      if (!method.returnsValue) {
        this.context.enqueue({ a: "method", path: this._path.id, name, args: encoded });
        return undefined;
      }
      const result = new FakeClientResult<unknown>();
      this.context.enqueue({ a: "method", path: this._path.id, name, args: encoded }, (value) =>
        result.resolve(value),
      );
      return result;
    });
  }
  if (spec.collection) {
    Object.defineProperty(prototype, "items", {
      enumerable: true,
      configurable: true,
      get(this: ClientObject) {
        if (this._items) return this._items;
        if (this._isNull === true) return undefined;
        throw propertyNotLoaded(spec.name, "items");
      },
    });
  }
  return Proxy;
}

function defineMethod(prototype: object, name: string, fn: (...args: unknown[]) => unknown): void {
  Object.defineProperty(prototype, name, { value: fn, writable: true, configurable: true });
}

/** Omitted trailing arguments are not sent; an undefined in the middle goes as null, as JSON would. */
function trimTrailingUndefined(args: (Json | undefined)[]): Json[] {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  return args.slice(0, end).map((arg) => (arg === undefined ? null : arg));
}
