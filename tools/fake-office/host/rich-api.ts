import { ErrorCodes, HostError, HostErrorCodes, Messages, hostErrors } from "../protocol/errors";
import { type Json, type JsonObject, isJsonObject } from "../protocol/json";
import type { WorkbookModel } from "../model/workbook";
import { ROOT_TYPE, typeSpec } from "./registry";
import type { AnyTypeSpec, HostBehaviour, HostCall, ScalarSpec } from "./spec";

/**
 * Excel's side of the RichApi protocol that Microsoft's Office.js speaks (ProcessQuery requests inside the
 * executeMethod message, DispatchId 93): object paths and actions in, results out, as recorded in
 * ../shared/office-wire-protocol (README.md, transcripts/richapi-log.json). Names go PascalCase on the wire
 * ("GetRange", "Values"), the selects of a load camelCase ("values"); the type registry (registry.ts) is in
 * the camelCase of the JavaScript API.
 */

export const ObjectPathType = {
  global: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  recursiveQuery: 6,
  queryAsJson: 7,
  ensureUnchanged: 8,
  update: 9,
} as const;

export interface ArgumentInfo {
  readonly Arguments?: Json[];
  /** Per argument: the object path id of an API object passed as that argument, else 0. */
  readonly ReferencedObjectPathIds?: Json[];
}

export interface RichApiObjectPath {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

export interface RichApiAction {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: {
    readonly Select?: string[] | null;
    readonly Expand?: string[] | null;
    readonly Top?: number | null;
    readonly Skip?: number | null;
  };
  /** Update (set({...})): property name → value, nested for navigation properties. */
  readonly ObjectState?: JsonObject;
}

export interface RichApiRequest {
  readonly AutoKeepReference?: boolean;
  readonly Actions: RichApiAction[];
  readonly ObjectPaths: Record<string, RichApiObjectPath>;
}

export interface RichApiError {
  readonly Code: string;
  readonly Message: string;
  readonly HttpStatusCode: number;
  readonly ActionIndex: number;
  readonly Location: string;
}

export interface RichApiResponse {
  readonly Results: { ActionId: number; Value: Json }[];
  readonly Error?: RichApiError;
}

/** What running one request did, besides its response. */
export interface ExecutionReport {
  readonly response: RichApiResponse;
  /** A load would have returned more than the response limit allows: the channel refuses the answer. */
  readonly responseTooLarge: boolean;
  readonly calculationSuspended: boolean;
  readonly screenUpdatingSuspended: boolean;
}

interface Resolved {
  readonly type: AnyTypeSpec;
  /** null for a null object (an *OrNullObject member that found nothing). */
  readonly target: unknown;
}

/** One request being run: its object paths, what each resolved to so far, and the host call of the type registry. */
interface Scope {
  readonly request: RichApiRequest;
  readonly resolved: Map<number, Resolved>;
  readonly call: HostCall;
}

/** Thrown while building a load result that certainly exceeds the response limit. */
class ResponseTooLarge extends Error {}

/** The smallest JSON a cell can take in a 2-D array ("0," or "\"\","), for the early size check. */
const MIN_BYTES_PER_CELL = 2;
/** Excel refuses to get more than five million cells of a range on every platform. */
const MAX_CELLS_PER_GET = 5_000_000;

/**
 * The services Office.js creates as new objects: the one it greets first (NotifyActionHandlerReady), and the shared
 * runtime's (Office.addin.showAsTaskpane, hide, onVisibilityModeChanged), whose state is the pane's visibility.
 */
interface RuntimeState {
  state: string;
}
const SERVICES: readonly AnyTypeSpec[] = [
  {
    name: "Microsoft.InternalService.AddinInternalService",
    methods: { notifyActionHandlerReady: { returnsValue: true, call: () => null } },
  },
  {
    name: "Microsoft.AppRuntime.AppRuntimeService",
    methods: {
      getAppRuntimeState: { returnsValue: true, call: (runtime) => (runtime as RuntimeState).state },
      setAppRuntimeState: {
        call: (runtime, args) => {
          (runtime as RuntimeState).state = String(args[0]);
        },
      },
    },
  },
  {
    name: "Microsoft.AppRuntime.AppRuntimePersistenceService",
    methods: { getAppRuntimeStartState: { returnsValue: true, call: () => "Visible" } },
  },
];
const NULL_TYPE: AnyTypeSpec = { name: "NullObject" };

const HTTP_STATUS: Readonly<Record<string, number>> = {
  [HostErrorCodes.itemNotFound]: 404,
  [HostErrorCodes.generalException]: 500,
  [HostErrorCodes.notImplemented]: 501,
  [ErrorCodes.accessDenied]: 401,
};

const camel = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** The events a request registered (Worksheet._RegisterDataChangedEvent and the like), by worksheet key. */
export interface EventRegistration {
  readonly name: string;
  readonly key: Json;
}

/**
 * Runs requests against the workbook the way Excel does: each request resolves its own object paths;
 * objects kept with _KeepReference get a _ReferenceId that later requests address (ObjectPathType 6) until
 * _RemoveReference; an error stops the request, and the actions before it stay applied.
 */
export class RichApiHost {
  private readonly references = new Map<string, Resolved>();
  private nextReference = 1;
  readonly events: EventRegistration[] = [];
  /** The shared runtime's state as Office.addin sets it ("Visible", "Background"). */
  readonly runtime: RuntimeState = { state: "Visible" };

  constructor(
    private readonly currentWorkbook: () => WorkbookModel,
    private readonly responseLimitBytes: () => number,
    private readonly behaviour: () => HostBehaviour,
  ) {}

  /** Forgets every reference (a test replaced the workbook: references into the old one mean nothing). */
  forgetReferences(): void {
    this.references.clear();
  }

  get referenceCount(): number {
    return this.references.size;
  }

  execute(request: RichApiRequest): ExecutionReport {
    const resolved = new Map<number, Resolved>();
    const kept = new Set(
      request.Actions.filter((a) => a.ActionType === ActionType.method && a.Name === "_KeepReference").map(
        (a) => a.ObjectPathId,
      ),
    );
    const referenceOf = new Map<number, string>();
    const call: HostCall = {
      workbook: this.currentWorkbook(),
      objectArgument: (value) => {
        if (!isJsonObject(value) || typeof value["$path"] !== "number") return undefined;
        const found = this.use(value["$path"], scope);
        return { type: found.type.name, target: found.target };
      },
      calculationSuspended: false,
      screenUpdatingSuspended: false,
      ...this.behaviour(),
    };
    const scope: Scope = { request, resolved, call };
    const results: { ActionId: number; Value: Json }[] = [];
    let error: RichApiError | undefined;
    let responseTooLarge = false;
    for (let index = 0; index < request.Actions.length && !error; index++) {
      const action = request.Actions[index]!;
      try {
        const value = this.run(action, scope, kept, referenceOf);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (caught) {
        if (caught instanceof ResponseTooLarge) responseTooLarge = true;
        else error = this.describe(caught, index, action, request, resolved);
      }
    }
    return {
      response: error ? { Results: results, Error: error } : { Results: results },
      responseTooLarge,
      calculationSuspended: call.calculationSuspended,
      screenUpdatingSuspended: call.screenUpdatingSuspended,
    };
  }

  /** Runs one action; returns the value to send back, or undefined when the action has none. */
  private run(
    action: RichApiAction,
    scope: Scope,
    kept: ReadonlySet<number>,
    referenceOf: Map<number, string>,
  ): Json | undefined {
    const { call } = scope;
    if (action.ActionType === ActionType.trace) return null;
    const { type, target } = this.use(action.ObjectPathId, scope);
    switch (action.ActionType) {
      case ActionType.instantiate: {
        if (target === null) return null;
        const value: JsonObject = {};
        const id = type.scalars?.["id"];
        if (id) value["Id"] = id.get(target, call);
        if (kept.has(action.ObjectPathId)) {
          let reference = referenceOf.get(action.ObjectPathId);
          if (reference === undefined) {
            reference = `ref${this.nextReference++}`;
            referenceOf.set(action.ObjectPathId, reference);
            this.references.set(reference, { type, target });
          }
          value["_ReferenceId"] = reference;
        }
        return value;
      }
      case ActionType.query: {
        if (target === null) return null;
        const query = action.QueryInfo ?? {};
        return this.query(type, target, query.Select ?? [], query.Expand ?? [], call, query.Top, query.Skip);
      }
      case ActionType.method:
        return this.method(type, target, action, call);
      case ActionType.setProperty: {
        this.set(type, target, camel(action.Name), argumentsOf(action.ArgumentInfo)[0] ?? null, call);
        return undefined;
      }
      case ActionType.update: {
        this.update(type, target, action.ObjectState ?? {}, call);
        return undefined;
      }
      default:
        throw hostErrors.notModelled(`the RichApi action type ${action.ActionType}`);
    }
  }

  private method(
    type: AnyTypeSpec,
    target: unknown,
    action: RichApiAction,
    call: HostCall,
  ): Json | undefined {
    const args = argumentsOf(action.ArgumentInfo);
    switch (action.Name) {
      case "_KeepReference":
        return null;
      case "_RemoveReference":
        this.references.delete(String(args[0]));
        return null;
      case "_RegisterDataChangedEvent":
      case "_RegisterSelectionChangedEvent":
      case "_RegisterActivatedEvent":
      case "_UnregisterDataChangedEvent":
      case "_UnregisterSelectionChangedEvent":
      case "_UnregisterActivatedEvent":
        this.events.push({ name: action.Name, key: target === null ? null : (type.keyOf?.(target) ?? null) });
        return null;
    }
    const method = type.methods?.[camel(action.Name)];
    if (!method) throw hostErrors.notModelled(`${type.name}.${action.Name}`);
    const value = target === null ? null : method.call(target, args, call);
    return method.returnsValue ? (value ?? null) : undefined;
  }

  private set(type: AnyTypeSpec, target: unknown, name: string, value: Json, call: HostCall): void {
    const scalar = type.scalars?.[name];
    if (!scalar?.set) {
      if (scalar) throw new HostError(ErrorCodes.invalidArgument, Messages.invalidArgumentNamed(name));
      throw hostErrors.notModelled(`setting ${type.name}.${name}`);
    }
    // Setting a property of a null object does nothing, as in Excel.
    if (target !== null) scalar.set(target, value, call);
  }

  private update(type: AnyTypeSpec, target: unknown, state: JsonObject, call: HostCall): void {
    for (const [wireName, value] of Object.entries(state)) {
      const name = camel(wireName);
      const child = type.navigation?.[name];
      if (child && isJsonObject(value)) {
        const childTarget = target === null ? null : child.get(target, call, []);
        this.update(typeSpec(child.type), childTarget ?? null, value, call);
      } else this.set(type, target, name, value, call);
    }
  }

  private describe(
    caught: unknown,
    index: number,
    action: RichApiAction,
    request: RichApiRequest,
    resolved: Map<number, Resolved>,
  ): RichApiError {
    const type = resolved.get(action.ObjectPathId)?.type.name;
    const path = request.ObjectPaths[String(action.ObjectPathId)];
    const member = action.ActionType === ActionType.query ? "load" : action.Name || path?.Name || "";
    const Location = type === undefined ? "" : `${type}.${member}`;
    if (caught instanceof HostError)
      return {
        Code: caught.code,
        Message: caught.message,
        HttpStatusCode: HTTP_STATUS[caught.code] ?? 400,
        ActionIndex: index,
        Location,
      };
    // A bug in the fake or input it cannot handle: surface it instead of hiding it.
    const message = caught instanceof Error ? caught.message : String(caught);
    return {
      Code: HostErrorCodes.generalException,
      Message: `fake-office: ${message}`,
      HttpStatusCode: 500,
      ActionIndex: index,
      Location,
    };
  }

  /** Resolves an object path of this request and checks that the object still exists. */
  private use(id: number, scope: Scope): Resolved {
    const found = this.resolve(id, scope);
    if (found.target !== null && found.type.isAlive?.(found.target) === false)
      throw hostErrors.itemNotFound();
    return found;
  }

  private resolve(id: number, scope: Scope): Resolved {
    const { request, resolved } = scope;
    const cached = resolved.get(id);
    if (cached) return cached;
    const path = request.ObjectPaths[String(id)];
    if (!path) throw new HostError(ErrorCodes.invalidObjectPath, Messages.invalidObjectPath(String(id)));
    const found = this.resolvePath(path, scope);
    resolved.set(id, found);
    return found;
  }

  private resolvePath(path: RichApiObjectPath, scope: Scope): Resolved {
    const { call } = scope;
    switch (path.ObjectPathType) {
      case ObjectPathType.global:
        return { type: typeSpec(ROOT_TYPE), target: call.workbook };
      case ObjectPathType.newObject: {
        const service = SERVICES.find((candidate) => candidate.name === path.Name);
        if (service === undefined) throw hostErrors.notModelled(`new ${path.Name}`);
        return { type: service, target: this.runtime };
      }
      case ObjectPathType.referenceId: {
        const kept = this.references.get(path.Name);
        if (!kept) throw new HostError(ErrorCodes.invalidObjectPath, Messages.invalidObjectPath(path.Name));
        return kept;
      }
      case ObjectPathType.nullObject:
        return { type: NULL_TYPE, target: null };
    }
    if (path.ParentObjectPathId === undefined) throw hostErrors.invalidArgument();
    const parent = this.use(path.ParentObjectPathId, scope);
    const args = argumentsOf(path.ArgumentInfo);
    const child = (type: string, get: () => unknown): Resolved => ({
      type: typeSpec(type),
      target: parent.target === null ? null : (get() ?? null),
    });
    if (path.ObjectPathType === ObjectPathType.indexer) {
      const getItem = parent.type.objectMethods?.["getItem"];
      if (getItem) return child(getItem.type, () => getItem.get(parent.target, call, args));
      const collection = parent.type.collection;
      if (!collection) throw hostErrors.notModelled(`an indexer on ${parent.type.name}`);
      return child(collection.itemType, () => collection.byKey(parent.target, args[0] ?? null, call));
    }
    const name = camel(path.Name);
    if (path.ObjectPathType === ObjectPathType.property) {
      const member = parent.type.navigation?.[name];
      if (!member) throw hostErrors.notModelled(`${parent.type.name}.${path.Name}`);
      return child(member.type, () => member.get(parent.target, call, []));
    }
    if (path.ObjectPathType === ObjectPathType.method) {
      const collection = parent.type.collection;
      if (name === "getItemAt" && collection) {
        return child(collection.itemType, () => {
          const item = collection.items(parent.target, call)[Number(args[0])];
          if (item === undefined) throw hostErrors.itemNotFound();
          return item;
        });
      }
      const member = parent.type.objectMethods?.[name];
      if (!member) throw hostErrors.notModelled(`${parent.type.name}.${path.Name}`);
      return child(member.type, () => member.get(parent.target, call, args));
    }
    throw hostErrors.notModelled(`the object path type ${path.ObjectPathType}`);
  }

  /** A load: scalar values, nested navigation paths ("format/fill/color") and collection items. */
  private query(
    type: AnyTypeSpec,
    target: unknown,
    select: readonly string[],
    expand: readonly string[],
    call: HostCall,
    top?: number | null,
    skip?: number | null,
  ): JsonObject {
    const collection = type.collection;
    if (!collection) return this.queryObject(type, target, select, expand, call);
    const result: JsonObject = {};
    for (const name of select.filter((entry) => type.scalars?.[entry]))
      result[pascal(name)] = this.read(type.scalars![name]!, target, call);
    const itemType = typeSpec(collection.itemType);
    const itemSelect = select.filter((name) => !type.scalars?.[name]);
    const start = skip ?? 0;
    const items = collection
      .items(target, call)
      .slice(start, top === undefined || top === null ? undefined : start + top);
    result["_Items"] = items.map((item) => {
      const key = itemType.keyOf?.(item);
      const loaded = this.queryObject(itemType, item, itemSelect, expand, call);
      return key === undefined || key === null ? loaded : { _Id: key, ...loaded };
    });
    return result;
  }

  private queryObject(
    type: AnyTypeSpec,
    target: unknown,
    select: readonly string[],
    expand: readonly string[],
    call: HostCall,
  ): JsonObject {
    const result: JsonObject = {};
    const everything = (select.length === 0 && expand.length === 0) || select.includes("*");
    if (everything) {
      for (const [name, scalar] of Object.entries(type.scalars ?? {})) {
        if (!scalar.explicitOnly) result[pascal(name)] = this.read(scalar, target, call);
      }
    }
    const nested = new Map<string, string[]>();
    const addNested = (name: string, rest: string) => nested.set(name, [...(nested.get(name) ?? []), rest]);
    for (const entry of select) {
      if (entry === "*" || entry === "isNullObject") continue;
      const [head, ...rest] = entry.split("/");
      const scalar = type.scalars?.[head!];
      if (scalar && rest.length === 0) result[pascal(head!)] = this.read(scalar, target, call);
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
      result[pascal(name)] =
        child === null || child === undefined
          ? null
          : this.query(typeSpec(member.type), child, subSelect, [], call);
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

/**
 * The arguments of a path or action, with each API object passed as an argument (its path id in Arguments and
 * in ReferencedObjectPathIds) turned into {$path: id} for the type registry's argument readers (args.ts).
 */
function argumentsOf(info: ArgumentInfo | undefined): Json[] {
  const args = info?.Arguments ?? [];
  const referenced = info?.ReferencedObjectPathIds;
  if (!referenced) return args;
  return args.map((arg, index) => {
    const id = referenced[index];
    return typeof id === "number" && id !== 0 ? { $path: id } : arg;
  });
}
