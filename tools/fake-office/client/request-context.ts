import { ErrorCodes, FakeOfficeError, Messages } from "../protocol/errors";
import type { Json } from "../protocol/json";
import type { Action, PathInfo } from "../protocol/wire";
import type { FakeHost } from "../host/fake-host";
import { ROOT_TYPE, typeSpec } from "../host/registry";
import type { HostSession } from "../host/session";
import { ClientObject, type ProxyClass, type ProxyContext } from "./client-object";

interface PendingRequest {
  readonly actions: Action[];
  readonly handlers: Map<number, (value: Json) => void>;
}

function newRequest(): PendingRequest {
  return { actions: [], handlers: new Map() };
}

/** OfficeExtension.TrackedObjects: keeps range-like proxies valid across syncs outside Excel.run. */
export interface TrackedObjects {
  add(objects: ClientObject | ClientObject[]): void;
  remove(objects: ClientObject | ClientObject[]): void;
}

/**
 * Excel.RequestContext. Queues the actions of its proxies and sends them on sync(); the results
 * (loaded values, ClientResults, null-object flags) are applied only when the response arrives.
 */
export class FakeRequestContext implements ProxyContext {
  /** True while a response is applied: objects built from it need no instantiation. */
  private processingResults = false;
  readonly trackedObjects: TrackedObjects;
  private pending = newRequest();
  /** Paths the host has not seen yet; sent with the next request that gets through. */
  private undelivered: PathInfo[] = [];
  private nextPathId = 1;
  private readonly session: HostSession;
  private rootProxy: ClientObject | undefined;
  private runDepth = 0;
  private runObjects: ClientObject[] = [];
  private requestObjects: ClientObject[] = [];
  private readonly tracked = new Set<ClientObject>();

  constructor(
    private readonly host: FakeHost,
    private readonly classes: ReadonlyMap<string, ProxyClass>,
  ) {
    this.session = host.newSession();
    this.trackedObjects = {
      add: (objects) => each(objects, (o) => this.track(o, true)),
      remove: (objects) => each(objects, (o) => this.track(o, false)),
    };
  }

  get workbook(): ClientObject {
    if (!this.rootProxy) {
      const path = this.register(null, "root", "", []);
      this.rootProxy = this.instantiateClass(ROOT_TYPE, path, null);
    }
    return this.rootProxy;
  }

  load(object: ClientObject, option?: unknown): void {
    object.load(option);
  }

  trace(message: string): void {
    this.enqueue({ a: "trace", message: String(message) });
  }

  enqueue(action: Action, onResult?: (value: Json) => void): void {
    if (onResult) this.pending.handlers.set(this.pending.actions.length, onResult);
    this.pending.actions.push(action);
  }

  child(
    parent: ClientObject,
    kind: PathInfo["kind"],
    name: string,
    args: Json[],
    type: string,
  ): ClientObject {
    const proxy = this.instantiateClass(type, this.register(parent, kind, name, args), parent);
    // Creating an object is an action in Office.js: a getItem of a missing sheet fails the sync
    // even if nothing else uses it. Objects built from a response are not instantiated again.
    if (!this.processingResults)
      this.enqueue({ a: "instantiate", path: proxy._path.id }, (value) => proxy._handleResult(value));
    if (proxy._spec.keepsReference) (this.runDepth > 0 ? this.runObjects : this.requestObjects).push(proxy);
    return proxy;
  }

  encodeArgument(value: unknown): Json | undefined {
    if (!(value instanceof ClientObject)) return value as Json | undefined;
    if (value.context !== this) {
      throw new FakeOfficeError({
        code: ErrorCodes.invalidRequestContext,
        message: Messages.invalidRequestContext,
      });
    }
    value._ensureValid();
    return { $ref: value._path.id };
  }

  track(object: ClientObject, tracked: boolean): void {
    if (tracked) this.tracked.add(object);
    else if (this.tracked.delete(object) && object._spec.keepsReference && this.runDepth === 0)
      this.requestObjects.push(object);
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const request = this.pending;
    this.pending = newRequest();
    const requestObjects = this.requestObjects;
    this.requestObjects = [];
    if (request.actions.length === 0) {
      this.host.recordEmptySync();
      return passThroughValue;
    }
    const paths = this.undelivered;
    let response;
    try {
      response = await this.host.send(this.session, { paths, actions: request.actions });
    } finally {
      // Outside Excel.run a range-like object lives for one request unless it is tracked.
      for (const object of requestObjects) if (!this.tracked.has(object)) object._valid = false;
    }
    const delivered = new Set(paths);
    this.undelivered = this.undelivered.filter((path) => !delivered.has(path));
    this.processingResults = true;
    try {
      for (const result of response.results) request.handlers.get(result.index)?.(result.value);
    } finally {
      this.processingResults = false;
    }
    if (response.error) {
      throw new FakeOfficeError({
        code: response.error.code,
        message: response.error.message,
        errorLocation: response.error.location,
        traceMessages: response.traces,
      });
    }
    return passThroughValue;
  }

  /** Excel.run: objects created meanwhile stay valid across syncs until the run ends. */
  beginRun(): void {
    this.runDepth++;
  }

  endRun(): void {
    this.runDepth--;
    if (this.runDepth > 0) return;
    for (const object of this.runObjects) if (!this.tracked.has(object)) object._valid = false;
    this.runObjects = [];
  }

  private register(
    parent: ClientObject | null,
    kind: PathInfo["kind"],
    name: string,
    args: Json[],
  ): PathInfo {
    const path: PathInfo = {
      id: this.nextPathId++,
      parent: parent ? parent._path.id : null,
      kind,
      name,
      args,
    };
    this.undelivered.push(path);
    return path;
  }

  private instantiateClass(type: string, path: PathInfo, parent: ClientObject | null): ClientObject {
    const Proxy = this.classes.get(type);
    if (!Proxy) throw new Error(`fake-office: no proxy class for ${type}`);
    return new Proxy(this, typeSpec(type), path, parent);
  }
}

function each(objects: ClientObject | ClientObject[], fn: (object: ClientObject) => void): void {
  for (const object of Array.isArray(objects) ? objects : [objects]) fn(object);
}
