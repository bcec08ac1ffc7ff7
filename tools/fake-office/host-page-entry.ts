import { ExcelWebHost, type ExcelWebOptions } from "./host/excel-web";
import { createHook } from "./hook";
import { workbookFromSeed, type WorkbookSeed } from "./model/seed";

/**
 * What the simulated Excel on the web runs in its own page, the parent of the add-in's iframe: it answers every
 * message Microsoft's Office.js posts from the frame. A test can set, before the page loads (addInitScript),
 * window.__fakeExcelInitialWorkbook (a WorkbookSeed) and window.__fakeExcelOptions (HostPageOptions).
 */
export interface HostPageOptions extends ExcelWebOptions {
  /** Answer the start-up handshake only after this many milliseconds (Office.onReady comes late). */
  readonly appContextDelayMs?: number;
}

interface HostWindow {
  __fakeExcelInitialWorkbook?: WorkbookSeed;
  __fakeExcelOptions?: HostPageOptions;
  __fakeExcel?: unknown;
  /** Loads the add-in into the frame (its URL carries _host_Info and _xdm_Info). */
  __startAddin?: (url: string) => void;
  /** Posts a richApiMessage event to the add-in; false when the add-in has not registered for them. */
  __pushRichApiEvent?: (entries: unknown[]) => boolean;
  /** Shows or hides the task pane (the shared runtime keeps running): AppRuntimeService.onVisibilityChanged. */
  __setVisibility?: (visible: boolean) => boolean;
  location: { origin: string };
  document: {
    getElementById(id: string): { src: string; contentWindow: unknown } | null;
  };
  addEventListener(
    type: "message",
    listener: (event: { source: unknown; origin: string; data: unknown }) => void,
  ): void;
}

const page = globalThis as unknown as HostWindow;
const options = page.__fakeExcelOptions ?? {};
const host = new ExcelWebHost(page.location.origin, options);
if (page.__fakeExcelInitialWorkbook) host.replaceWorkbook(workbookFromSeed(page.__fakeExcelInitialWorkbook));

const frame = () => page.document.getElementById("addin");
type Poster = { postMessage(message: string, origin: string): void };
let addinOrigin: string | undefined;

page.addEventListener("message", (event) => {
  const addin = frame()?.contentWindow;
  // Excel answers its add-in's frame only.
  if (addin === undefined || event.source !== addin) return;
  addinOrigin = event.origin;
  const delay =
    typeof event.data === "string" && event.data.includes("ContextActivationManager_getAppContextAsync")
      ? (options.appContextDelayMs ?? 0)
      : 0;
  setTimeout(() => {
    void host.handle(event.data).then((replies) => {
      for (const reply of replies) (event.source as Poster).postMessage(reply, event.origin);
      noticeActivation();
    });
  }, delay);
});

/**
 * An event entry as Office.js reads it (GenericEventRegistration._handleRichApiMessage in excel-web-16.00.js):
 * [message category 65536 (events), event type, target id, arguments as JSON, entry id, remote override].
 */
const EVENT_CATEGORY = 65536;
const WORKSHEET_ACTIVATED = 11;
const VISIBILITY_CHANGED = 65539;
let eventNumber = 0;
const event = (type: number, target: string, args: object) => [
  EVENT_CATEGORY,
  type,
  target,
  JSON.stringify(args),
  `evt${++eventNumber}`,
  false,
];

const hook = createHook(host);

/** Whether the add-in listens to worksheets.onActivated: its last (un)registration on the collection says. */
function listensToActivation(): boolean {
  const last = host.richApi.events
    .filter((entry) => entry.key === null && /^_(Un)?[Rr]egisterActivatedEvent$/.test(entry.name))
    .pop();
  return last?.name === "_RegisterActivatedEvent";
}

/**
 * Another sheet active, whoever activated it (the user between two clicks, a selection, or the add-in itself with
 * Worksheet.activate or Range.select): Excel raises worksheets.onActivated when the add-in listens.
 */
let activeId = host.workbook.active.id;
function noticeActivation(): void {
  const id = host.workbook.active.id;
  if (id === activeId) return;
  activeId = id;
  if (listensToActivation())
    page.__pushRichApiEvent?.([
      event(WORKSHEET_ACTIVATED, "Workbook", { worksheetId: id, type: "WorksheetActivated" }),
    ]);
}
for (const name of ["setActiveWorksheet", "setSelection", "reset", "loadWorkbook"] as const) {
  const change = hook[name].bind(hook) as (...args: unknown[]) => void;
  (hook as unknown as Record<string, (...args: unknown[]) => void>)[name] = (...args) => {
    change(...args);
    noticeActivation();
  };
}
page.__fakeExcel = hook;
page.__startAddin = (url) => {
  const element = frame();
  if (element) element.src = url;
};
page.__pushRichApiEvent = (entries) => {
  const message = host.richApiEvent(entries as never);
  const addin = frame()?.contentWindow as Poster | undefined;
  if (message === undefined || addin === undefined || addinOrigin === undefined) return false;
  addin.postMessage(message, addinOrigin);
  return true;
};
page.__setVisibility = (visible) =>
  page.__pushRichApiEvent?.([
    event(VISIBILITY_CHANGED, "", { visibility: visible ? "Visible" : "Hidden" }),
  ]) ?? false;
