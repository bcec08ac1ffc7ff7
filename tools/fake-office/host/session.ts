import { ErrorCodes, HostError, HostErrorCodes, Messages, hostErrors } from "../protocol/errors";
import type { Json, JsonObject } from "../protocol/json";
import {
  IS_NULL,
  ITEM_KEY,
  isObjectReference,
  type Action,
  type ActionResult,
  type HostErrorInfo,
  type PathInfo,
  type RequestBody,
  type ResponseBody,
} from "../protocol/wire";
import type { WorkbookModel } from "../model/workbook";
import { ROOT_TYPE, typeSpec } from "./registry";
import type { AnyTypeSpec, HostCall, ScalarSpec } from "./spec";

interface Resolved {
  readonly type: AnyTypeSpec;
  /** null for a null object (an *OrNullObject member that found nothing). */
  readonly target: unknown;
}

/** What executing one request did, besides its response. */
export interface ExecutionReport {
  readonly response: ResponseBody;
  /** A load would have returned more than the response limit allows. */
  readonly responseTooLarge: boolean;
  readonly calculationSuspended: boolean;
  readonly screenUpdatingSuspended: boolean;
}

/** Thrown while building a load result that certainly exceeds the response limit. */
class ResponseTooLarge extends Error {}

/** The smallest JSON a cell can take in a 2-D array ("0," or "\"\","), for the early size check. */
const MIN_BYTES_PER_CELL = 2;
/** Excel refuses to get more than five million cells of a range on every platform. */
const MAX_CELLS_PER_GET = 5_000_000;

/**
 * The host side of one RequestContext: it remembers the object paths the context created and what
 * each resolved to (Excel keeps a reference to an object once instantiated), and runs each request's
 * actions in order against the workbook. An error stops the request; earlier actions stay applied.
 */
export class HostSession {
  private readonly paths = new Map<number, PathInfo>();
  private readonly resolved = new Map<number, Resolved>();
  private workbookSeen: WorkbookModel | undefined;

  constructor(
    private readonly currentWorkbook: () => WorkbookModel,
    private readonly responseLimitBytes: () => number,
  ) {}

  execute(request: RequestBody): ExecutionReport {
    const workbook = this.currentWorkbook();
    if (workbook !== this.workbookSeen) {
      // A test replaced the workbook: references into the old one mean nothing now.
      this.resolved.clear();
      this.workbookSeen = workbook;
    }
    for (const path of request.paths) this.paths.set(path.id, path);
    const call: HostCall = {
      workbook,
      objectArgument: (value) => {
        if (!isObjectReference(value)) return undefined;
        const found = this.use(value.$ref, call);
        return { type: found.type.name, target: found.target };
      },
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    };
    const results: ActionResult[] = [];
    const traces: string[] = [];
    let error: HostErrorInfo | undefined;
    let responseTooLarge = false;
    for (let index = 0; index < request.actions.length && !error; index++) {
      const action = request.actions[index]!;
      try {
        const value = this.run(action, call, traces);
        if (value !== undefined) results.push({ index, value });
      } catch (caught) {
        if (caught instanceof ResponseTooLarge) responseTooLarge = true;
        else error = this.describe(caught, action);
      }
    }
    return {
      response: error ? { results, traces, error } : { results, traces },
      responseTooLarge,
      calculationSuspended: call.calculationSuspended,
      screenUpdatingSuspended: call.screenUpdatingSuspended,
    };
  }

  /** Runs one action; returns the value to send back, or undefined when the action has none. */
  private run(action: Action, call: HostCall, traces: string[]): Json | undefined {
    switch (action.a) {
      case "trace":
        traces.push(action.message);
        return undefined;
      case "instantiate":
        return { [IS_NULL]: this.use(action.path, call).target === null };
      case "set": {
        const { type, target } = this.use(action.path, call);
        const scalar = type.scalars?.[action.name];
        if (!scalar?.set) throw hostErrors.invalidArgument();
        // Setting a property of a null object does nothing, as in Excel.
        if (target !== null) scalar.set(target, action.value, call);
        return undefined;
      }
      case "method": {
        const { type, target } = this.use(action.path, call);
        const method = type.methods?.[action.name];
        if (!method) throw hostErrors.invalidArgument();
        const value = target === null ? null : method.call(target, action.args, call);
        return method.returnsValue ? (value ?? null) : undefined;
      }
      case "query": {
        const { type, target } = this.use(action.path, call);
        if (target === null) return { [IS_NULL]: true };
        return this.query(type, target, action.select, action.expand, call, action.top, action.skip);
      }
    }
  }

  private describe(caught: unknown, action: Action): HostErrorInfo {
    const location = this.locationOf(action);
    if (caught instanceof HostError) return { code: caught.code, message: caught.message, location };
    // A bug in the fake or input it cannot handle: surface it instead of hiding it.
    const message = caught instanceof Error ? caught.message : String(caught);
    return { code: HostErrorCodes.generalException, message: `fake-office: ${message}`, location };
  }

  private locationOf(action: Action): string {
    if (action.a === "trace") return "RequestContext.trace";
    const type = this.resolved.get(action.path)?.type.name;
    if (action.a === "instantiate") {
      const path = this.paths.get(action.path);
      const parent =
        path?.parent === null || path?.parent === undefined ? undefined : this.resolved.get(path.parent);
      return `${parent?.type.name ?? "Object"}.${path?.name ?? ""}`;
    }
    const member = action.a === "query" ? "load" : action.name;
    return `${type ?? "Object"}.${member}`;
  }

  /** Resolves an object and checks it still exists. */
  private use(id: number, call: HostCall): Resolved {
    const found = this.resolve(id, call);
    if (found.target !== null && found.type.isAlive?.(found.target) === false)
      throw hostErrors.itemNotFound();
    return found;
  }

  private resolve(id: number, call: HostCall): Resolved {
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const path = this.paths.get(id);
    if (!path) throw new HostError(ErrorCodes.invalidObjectPath, Messages.invalidObjectPath(String(id)));
    const found =
      path.parent === null
        ? { type: typeSpec(ROOT_TYPE), target: call.workbook }
        : this.resolveChild(path, path.parent, call);
    this.resolved.set(id, found);
    return found;
  }

  private resolveChild(path: PathInfo, parentId: number, call: HostCall): Resolved {
    const parent = this.use(parentId, call);
    if (path.kind === "item") {
      const collection = parent.type.collection;
      if (!collection) throw hostErrors.invalidArgument();
      const target =
        parent.target === null ? null : collection.byKey(parent.target, path.args[0] ?? null, call);
      return { type: typeSpec(collection.itemType), target };
    }
    const member =
      path.kind === "property" ? parent.type.navigation?.[path.name] : parent.type.objectMethods?.[path.name];
    if (!member) throw hostErrors.invalidArgument();
    const target = parent.target === null ? null : member.get(parent.target, call, path.args);
    return { type: typeSpec(member.type), target: target ?? null };
  }

  /** A load: scalar values, nested navigation paths ("format/fill/color") and collection items. */
  private query(
    type: AnyTypeSpec,
    target: unknown,
    select: string[],
    expand: string[],
    call: HostCall,
    top?: number,
    skip?: number,
  ): JsonObject {
    const collection = type.collection;
    if (!collection) return this.queryObject(type, target, select, expand, call);
    const own = select.filter((name) => type.scalars?.[name]);
    const result: JsonObject = {};
    for (const name of own) result[name] = this.read(type.scalars![name]!, target, call);
    const itemType = typeSpec(collection.itemType);
    const itemSelect = select.filter((name) => !type.scalars?.[name]);
    const start = skip ?? 0;
    const items = collection.items(target, call).slice(start, top === undefined ? undefined : start + top);
    result["items"] = items.map((item) => ({
      [ITEM_KEY]: itemType.keyOf?.(item) ?? null,
      ...this.queryObject(itemType, item, itemSelect, expand, call),
    }));
    return result;
  }

  private queryObject(
    type: AnyTypeSpec,
    target: unknown,
    select: string[],
    expand: string[],
    call: HostCall,
  ): JsonObject {
    const result: JsonObject = {};
    const everything = (select.length === 0 && expand.length === 0) || select.includes("*");
    if (everything) {
      for (const [name, scalar] of Object.entries(type.scalars ?? {})) {
        if (!scalar.explicitOnly) result[name] = this.read(scalar, target, call);
      }
    }
    const nested = new Map<string, string[]>();
    const addNested = (name: string, rest: string) => nested.set(name, [...(nested.get(name) ?? []), rest]);
    for (const entry of select) {
      if (entry === "*" || entry === "isNullObject") continue;
      const [head, ...rest] = entry.split("/");
      const scalar = type.scalars?.[head!];
      if (scalar && rest.length === 0) result[head!] = this.read(scalar, target, call);
      else if (type.navigation?.[head!]) addNested(head!, rest.length > 0 ? rest.join("/") : "*");
      else throw hostErrors.invalidArgument(Messages.invalidArgumentNamed(entry));
    }
    for (const entry of expand) {
      const [head, ...rest] = entry.split("/");
      if (!type.navigation?.[head!]) throw hostErrors.invalidArgument(Messages.invalidArgumentNamed(entry));
      addNested(head!, rest.length > 0 ? `${rest.join("/")}/*` : "*");
    }
    for (const [name, subSelect] of nested) {
      const member = type.navigation![name]!;
      const child = member.get(target, call, []);
      result[name] =
        child === null ? { [IS_NULL]: true } : this.query(typeSpec(member.type), child, subSelect, [], call);
    }
    return result;
  }

  private read(scalar: ScalarSpec<unknown>, target: unknown, call: HostCall): Json {
    const cells = scalar.cellCount?.(target);
    if (cells !== undefined && cells > MAX_CELLS_PER_GET) {
      throw new HostError(HostErrorCodes.rangeExceedsLimit, Messages.rangeExceedsLimit);
    }
    if (cells !== undefined && cells * MIN_BYTES_PER_CELL > this.responseLimitBytes())
      throw new ResponseTooLarge();
    return scalar.get(target, call);
  }
}
