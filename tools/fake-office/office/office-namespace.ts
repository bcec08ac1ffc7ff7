import type { Json } from "../protocol/json";
import { reviveDates, stringifyDates } from "../client/dates";
import type { FakeHost } from "../host/fake-host";

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

export const LIGHT_THEME: OfficeTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#242424",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#242424",
  isDarkTheme: false,
};

/** Requirement sets Excel on the web reports as supported (name → highest version). */
export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = {
  ExcelApi: "1.17",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.4",
  AddinCommands: "1.1",
  RibbonApi: "1.1",
  DialogApi: "1.2",
};

type Handler = (args: unknown) => unknown;

/** What the Office namespace remembers; the test hook reads and changes it. */
export class OfficeState {
  theme: OfficeTheme = { ...LIGHT_THEME };
  requirementSets: Record<string, string> = { ...DEFAULT_REQUIREMENT_SETS };
  platform = "OfficeOnline";
  displayLanguage = "en-US";
  ready = false;
  taskpaneShown = 0;
  taskpaneHidden = 0;
  startupBehavior = "None";
  readonly actions = new Map<string, Handler>();
  readonly themeHandlers = new Set<Handler>();
  readonly pendingReady: (() => void)[] = [];
}

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

interface AsyncResult {
  status: "succeeded" | "failed";
  value: unknown;
  asyncContext: unknown;
  error?: { code: number; name: string; message: string };
}

/** Office.js async methods take (options?, callback?) in either position. */
function asyncCallback(args: unknown[]): { callback?: (result: AsyncResult) => void; asyncContext: unknown } {
  const callback = args.find((a) => typeof a === "function") as ((result: AsyncResult) => void) | undefined;
  const options = args.find((a) => typeof a === "object" && a !== null) as
    { asyncContext?: unknown } | undefined;
  return { callback, asyncContext: options?.asyncContext };
}

function succeed(args: unknown[], value: unknown = undefined): void {
  const { callback, asyncContext } = asyncCallback(args);
  if (callback) setTimeout(() => callback({ status: "succeeded", value, asyncContext }), 0);
}

/**
 * Office.context.document.settings (the Common API): an in-memory copy of the workbook's settings
 * that reaches the workbook only on saveAsync, as in Office. It shares its store with
 * Excel's workbook.settings.
 */
export function createDocumentSettings(host: FakeHost) {
  let copy: Map<string, string> | undefined;
  const current = () => (copy ??= new Map(host.workbook.settings));
  return {
    get: (name: string) => {
      const text = current().get(name);
      return text === undefined ? null : reviveDates(JSON.parse(text) as Json);
    },
    set: (name: string, value: unknown) => {
      current().set(name, JSON.stringify(stringifyDates(value)));
    },
    remove: (name: string) => {
      current().delete(name);
    },
    saveAsync: (...args: unknown[]) => {
      const saved = current();
      host.workbook.settings.clear();
      for (const [key, text] of saved) host.workbook.settings.set(key, text);
      succeed(args);
    },
    refreshAsync: (...args: unknown[]) => {
      copy = new Map(host.workbook.settings);
      succeed(args, undefined);
    },
    /** The hook calls this when a test replaces the workbook. */
    forget: () => {
      copy = undefined;
    },
  };
}

export type DocumentSettings = ReturnType<typeof createDocumentSettings>;

export function createOfficeNamespace(state: OfficeState, documentSettings: DocumentSettings) {
  const info = () => ({ host: "Excel", platform: state.platform, addin: null });
  const context = {
    host: "Excel",
    get platform() {
      return state.platform;
    },
    get displayLanguage() {
      return state.displayLanguage;
    },
    get contentLanguage() {
      return state.displayLanguage;
    },
    get diagnostics() {
      return { host: "Excel", platform: state.platform, version: "16.0.0.0" };
    },
    get officeTheme() {
      return { ...state.theme };
    },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        const entry = Object.entries(state.requirementSets).find(
          ([set]) => set.toLowerCase() === String(name).toLowerCase(),
        );
        if (!entry) return false;
        return minVersion === undefined || compareVersions(entry[1], String(minVersion)) >= 0;
      },
    },
    document: {
      url: "https://contoso.sharepoint.com/Book1.xlsx",
      mode: "readWrite",
      settings: documentSettings,
      addHandlerAsync(eventType: string, handler: Handler, ...rest: unknown[]) {
        if (eventType === "officeThemeChanged") state.themeHandlers.add(handler);
        succeed(rest);
      },
      removeHandlerAsync(eventType: string, ...rest: unknown[]) {
        const handler = rest.find((a) => typeof a === "object" && a !== null && "handler" in a) as
          { handler?: Handler } | undefined;
        if (eventType === "officeThemeChanged") {
          if (handler?.handler) state.themeHandlers.delete(handler.handler);
          else state.themeHandlers.clear();
        }
        succeed(rest.filter((a) => typeof a === "function"));
      },
    },
  };
  const office = {
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
      Visio: "Visio",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    EventType: {
      OfficeThemeChanged: "officeThemeChanged",
      DocumentSelectionChanged: "documentSelectionChanged",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    StartupBehavior: { none: "None", load: "Load" },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    Promise,
    initialize: undefined as unknown,
    onReady(callback?: (info: unknown) => unknown): Promise<unknown> {
      return new Promise((resolve) => {
        const deliver = () => {
          const result = callback?.(info());
          if (result && typeof (result as PromiseLike<unknown>).then === "function") {
            (result as PromiseLike<unknown>).then(() => resolve(info()));
          } else resolve(info());
        };
        if (state.ready) deliver();
        else state.pendingReady.push(deliver);
      });
    },
    /** Like office.js: an empty object until initialisation has finished, then the real context. */
    get context() {
      return state.ready ? context : {};
    },
    addin: {
      async showAsTaskpane() {
        state.taskpaneShown++;
      },
      async hide() {
        state.taskpaneHidden++;
      },
      async onVisibilityModeChanged() {
        return async () => undefined;
      },
      async setStartupBehavior(behavior: string) {
        state.startupBehavior = behavior;
      },
      async getStartupBehavior() {
        return state.startupBehavior;
      },
    },
    actions: {
      associate(id: string, handler: Handler) {
        state.actions.set(id, handler);
      },
    },
  };
  return office;
}

export type OfficeNamespace = ReturnType<typeof createOfficeNamespace>;

/**
 * Office.js finishes initialising after a round trip to Excel, so after its script ran and, in
 * practice, after the page's DOM is parsed: then Office.initialize and the onReady callbacks run.
 */
export function completeInitialization(state: OfficeState, office: OfficeNamespace, page: object): void {
  const finish = () =>
    setTimeout(() => {
      state.ready = true;
      if (typeof office.initialize === "function")
        (office.initialize as (reason: string) => void)("documentOpened");
      for (const deliver of state.pendingReady.splice(0)) deliver();
    }, 0);
  const document = (page as { document?: Document }).document;
  if (document && document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", finish, { once: true });
  else finish();
}

/**
 * Office.js replaces the dialogs an add-in may not use (they throw in Office) and disables the
 * history API; the fake does the same so a pane relying on them fails here too.
 */
export function restrictPage(page: object): void {
  const unsupported = (name: string) => () => {
    throw new Error(`Function window.${name} is not supported.`);
  };
  Object.assign(page, {
    alert: unsupported("alert"),
    confirm: unsupported("confirm"),
    prompt: unsupported("prompt"),
  });
  const history = (page as { history?: Record<string, unknown> }).history;
  if (history) {
    history["replaceState"] = null;
    history["pushState"] = null;
  }
}
