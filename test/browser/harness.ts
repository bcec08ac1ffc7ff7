/**
 * Drives the built task pane (dist/) in headless Debian Chromium with playwright-core, under Microsoft's real
 * Office.js (@microsoft/office-js, served for its CDN URL) inside a simulated Excel on the web: the host page of
 * tools/fake-office (a package of its own) at https://localhost:4443 holds the pane in an iframe at
 * https://localhost:3000, the origins of the protocol notes (../shared/office-wire-protocol). Every other network
 * request is blocked and recorded. Shared by the browser tests and `npm run bench` (which compiles this file with
 * tsc, so the host page builder is loaded from its TypeScript source at run time instead of imported).
 */
import * as fs from "fs";
import * as path from "path";
import Module from "module";
import type { Browser as PlaywrightBrowser, BrowserContext, Frame, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where Office.js's files are served from: its CDN folder (lib/1/hosted/), routed to the npm package. */
const OFFICE_JS_HOSTED = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);
/** The add-in's origin (the manifest's dev URL) and the host's: https on the same hostname, as Office.js trusts. */
export const ADDIN_ORIGIN = "https://localhost:3000";
export const HOST_ORIGIN = "https://localhost:4443";
const HOST_PAGE_URL = `${HOST_ORIGIN}/host.html`;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** The repository root (where package.json is). */
export function repositoryRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && fs.existsSync(path.join(dir, "taskpane"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No repository root above ${__dirname}`);
    dir = parent;
  }
}

export const ROOT = repositoryRoot();
/** The built pane: dist/, or PANE_DIST (a build of its own, e.g. `npx webpack --mode production --env local --output-path DIR`). */
export const DIST = process.env.PANE_DIST ?? path.join(ROOT, "dist");

/** Why browser tests cannot run here, or undefined. In CI (CI set) they always run, and fail if Chromium is missing. */
export function browserSkipReason(): string | undefined {
  if (fs.existsSync(CHROMIUM) || process.env.CI) return undefined;
  return `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium) to run the task pane browser tests`;
}

/** A workbook seed for the simulated Excel (WorkbookSeed in tools/fake-office/model/seed.ts). */
export interface Seed {
  name?: string;
  sheets?: {
    name: string;
    values?: unknown[][];
    formulas?: (string | null)[][];
    numberFormats?: (string | null)[][];
    origin?: string;
    /** Merged areas, e.g. ["S4:S6"] (tools/fake-office SheetSeed.merges). */
    merges?: string[];
  }[];
  activeSheet?: string;
  selection?: string;
  settings?: Record<string, unknown>;
  tables?: { address: string; name?: string; hasHeaders?: boolean }[];
}

/** Options of the simulated Excel on the web (HostPageOptions in tools/fake-office/host-page-entry.ts). */
export interface FakeOptions {
  latencyMs?: number;
  payloadLimitBytes?: number;
  oversize?: "payload-codes" | "general-exception";
  displayLanguage?: string;
  /** Versions of requirement sets the host advertises instead of Excel on the web's newest, name → version. */
  requirementSets?: Record<string, string>;
  appContextDelayMs?: number;
  documentSettings?: Record<string, unknown>;
  /** Start without answering the pane's requests until the hook's setSilent(false). */
  silent?: boolean;
  /** PageLayout.zoom set to fit to pages does not stick, as in some Excel versions (office-js #1860). */
  fitToPagesIgnored?: boolean;
  /** Values written right of a table make it take those columns in, as desktop Excel's AutoCorrect does. */
  tableAutoExpand?: boolean;
}

type PageBuilder = (options?: { options?: FakeOptions }) => string;
let builder: PageBuilder | undefined;

/** Loads tools/fake-office/bundle.ts from its source (transpiled here), so compiled callers can use it too. */
function hostPageBuilder(): PageBuilder {
  if (builder !== undefined) return builder;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("typescript") as typeof import("typescript");
  const file = path.join(ROOT, "tools", "fake-office", "bundle.ts");
  const output = ts.transpileModule(fs.readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
  }).outputText;
  const internals = Module as unknown as { _nodeModulePaths(dir: string): string[] };
  const loaded = new Module(file) as Module & { _compile(code: string, filename: string): void };
  loaded.filename = file;
  loaded.paths = internals._nodeModulePaths(path.dirname(file));
  loaded._compile(output, file);
  builder = (loaded.exports as { buildExcelHostPage: PageBuilder }).buildExcelHostPage;
  return builder;
}

/** The simulated Excel on the web's page, with the add-in's iframe. */
export function excelHostPage(options: FakeOptions = {}): string {
  return hostPageBuilder()({ options });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** The built add-in, served at ADDIN_ORIGIN by the browser's request routing (no server, no certificate). */
export interface Served {
  readonly url: string;
  readonly dir: string;
  close(): Promise<void>;
}

export async function serve(dir: string = DIST): Promise<Served> {
  return { url: `${ADDIN_ORIGIN}/`, dir, close: async () => {} };
}

/** The file under `dir` a request path names, or undefined (outside `dir`, or no such file). */
function fileUnder(dir: string, pathname: string): string | undefined {
  const file = path.join(dir, path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, ""));
  if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile())
    return undefined;
  return file;
}

const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** Office.js's file for a CDN URL; its locale folders are lower case in the npm package (en-us, not en-US). */
function officeJsFile(url: string): string | undefined {
  const relative = new URL(url).pathname.slice(new URL(OFFICE_JS_HOSTED).pathname.length);
  return fileUnder(OFFICE_JS_DIST, relative) ?? fileUnder(OFFICE_JS_DIST, relative.toLowerCase());
}

export interface Browser {
  /** A fresh context (cookies, storage, cache) for each pane: Office.js keeps host info in sessionStorage. */
  newContext(): Promise<BrowserContext>;
  /** Closes every pane's context opened so far (each test's panes, timers and held requests end with it). */
  closeContexts(): Promise<void>;
  close(): Promise<void>;
}

/** Debian Chromium, headless; never downloads a browser. */
export async function launch(): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser: PlaywrightBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const open = new Set<BrowserContext>();
  return {
    newContext: async () => {
      const context = await browser.newContext({
        viewport: { width: 320, height: 900 },
        deviceScaleFactor: 1,
      });
      open.add(context);
      context.on("close", () => open.delete(context));
      return context;
    },
    closeContexts: async () => {
      await Promise.all([...open].map((context) => context.close()));
    },
    close: () => browser.close(),
  };
}

/** What the page did besides its job: dialogs (alert), uncaught errors, console errors, blocked requests. */
export interface PageWatch {
  readonly dialogs: string[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly blocked: string[];
  /** Console reports of requests or scripts the Content-Security-Policy refused. */
  readonly cspViolations: string[];
}

export interface OpenOptions {
  readonly workbook?: Seed;
  /** Builds the seed in the host page instead (a self-contained function and its argument): no large seed crosses over. */
  readonly workbookBuilder?: { fn: (arg: never) => Seed; arg: unknown };
  readonly fake?: FakeOptions;
  /** Open the pane in a plain browser tab, not inside the simulated Excel (the outside-Excel case). */
  readonly outsideExcel?: boolean;
  /** The light or dark scheme of the system (Excel on the web gives the pane no Office theme). */
  readonly colorScheme?: "light" | "dark";
  /** Wait for the pane to be ready (default true). */
  readonly waitReady?: boolean;
}

/** The pane (the add-in's frame) and the page around it, which holds the simulated Excel and its test hook. */
export interface OpenPane {
  /** The add-in's frame: click, fill and read the pane here; hook() reaches the host through it. */
  readonly pane: Frame;
  /** The host page (Excel on the web). */
  readonly page: Page;
  readonly watch: PageWatch;
}

/**
 * Opens dist/taskpane.html as Excel on the web opens an add-in: the host page at HOST_ORIGIN, the pane in its
 * iframe at ADDIN_ORIGIN with _host_Info and _xdm_Info in its URL, Microsoft's Office.js talking to the host by
 * postMessage. Returns the pane's frame, the page and what they did.
 */
export async function openPane(
  browser: Browser,
  served: Served,
  options: OpenOptions = {},
): Promise<OpenPane> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (options.colorScheme !== undefined) await page.emulateMedia({ colorScheme: options.colorScheme });
  page.on("close", () => void context.close());
  const watch: PageWatch = { dialogs: [], pageErrors: [], consoleErrors: [], blocked: [], cspViolations: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (/Content Security Policy/i.test(text)) watch.cspViolations.push(text);
    watch.consoleErrors.push(text);
  });
  const hostPage = options.outsideExcel ? undefined : excelHostPage(options.fake);
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    const file = url.startsWith(OFFICE_JS_HOSTED)
      ? officeJsFile(url)
      : url.startsWith(served.url)
        ? fileUnder(served.dir, new URL(url).pathname)
        : undefined;
    if (url.split("#")[0] === HOST_PAGE_URL && hostPage !== undefined) {
      await route.fulfill({ status: 200, contentType: TYPES[".html"], body: hostPage });
    } else if (file !== undefined) {
      await route.fulfill({
        status: 200,
        contentType: TYPES[path.extname(file)] ?? "application/octet-stream",
        headers: { "cache-control": "no-store" },
        body: fs.readFileSync(file),
      });
    } else {
      watch.blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  // Only the host page reads the seed; the pane's frame has no use for it.
  if (options.workbook !== undefined) {
    await page.addInitScript((seed) => {
      const frame = globalThis as unknown as {
        top: unknown;
        self: unknown;
        __fakeExcelInitialWorkbook: unknown;
      };
      if (frame.top === frame.self) frame.__fakeExcelInitialWorkbook = seed;
    }, options.workbook);
  }
  if (options.workbookBuilder !== undefined) {
    const source = `if (globalThis.top === globalThis.self) globalThis.__fakeExcelInitialWorkbook = (${options.workbookBuilder.fn.toString()})(${JSON.stringify(options.workbookBuilder.arg)});`;
    await page.addInitScript({ content: source });
  }
  const paneUrl = `${served.url}taskpane.html`;
  let pane: Frame;
  if (options.outsideExcel) {
    await page.goto(paneUrl);
    pane = page.mainFrame();
  } else {
    await page.goto(HOST_PAGE_URL);
    const language = options.fake?.displayLanguage ?? "en-US";
    const conversation = `conversation_${Date.now()}`;
    // _xdm_Info comes last: Office.js reads it to the end of the fragment.
    const addinUrl = `${paneUrl}?_host_Info=Excel$Web$16.01$${language}$$$$0#&_serializer_version=1&_xdm_Info=${conversation}$customs-inverse-value$${HOST_PAGE_URL}`;
    await page.evaluate(
      (url) => (globalThis as unknown as { __startAddin(u: string): void }).__startAddin(url),
      addinUrl,
    );
    const frame = await page.waitForSelector("#addin").then((element) => element.contentFrame());
    if (frame === null) throw new Error("the add-in's frame did not load");
    pane = frame;
    await pane.waitForLoadState("domcontentloaded");
  }
  if (options.waitReady !== false) await waitIdle(pane);
  return { pane, page, watch };
}

/** Waits until the pane is not busy (ready, done, refused, error) and returns its state. */
export async function waitIdle(page: Frame, timeout = 120_000): Promise<string> {
  await page.waitForFunction(
    () => {
      const app = (
        globalThis as unknown as {
          document: { getElementById(id: string): { dataset: Record<string, string> } | null };
        }
      ).document.getElementById("app");
      const state = app?.dataset.state;
      return state !== undefined && state !== "loading" && state !== "busy";
    },
    undefined,
    { timeout, polling: 50 },
  );
  return (await page.getAttribute("#app", "data-state")) ?? "";
}

/** Clicks a button and waits for the action to finish; returns the pane's state. */
export async function act(page: Frame, selector: string, timeout?: number): Promise<string> {
  await page.click(selector);
  return waitIdle(page, timeout);
}

/** Shows (or hides) the task pane as Excel does: the shared runtime's visibility event. */
export async function setPaneVisible(pane: Frame, visible: boolean): Promise<boolean> {
  return hostFrame(pane).evaluate(
    (shown) => (globalThis as unknown as { __setVisibility(v: boolean): boolean }).__setVisibility(shown),
    visible,
  );
}

/**
 * The whole pane as an image: the page grows to the pane's height first (the pane scrolls inside its frame, which
 * a full-page screenshot of the host page would cut at the window's height).
 */
export async function screenshotPane(pane: Frame, file: string): Promise<void> {
  const page = pane.page();
  const before = page.viewportSize() ?? { width: 320, height: 900 };
  const height = await pane.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document
        .documentElement.scrollHeight,
  );
  await page.setViewportSize({ width: before.width, height: Math.max(height, before.height) });
  await page.screenshot({ path: file });
  await page.setViewportSize(before);
}

/** The simulated Excel's frame: the host page around the pane. */
const hostFrame = (pane: Frame): Frame => pane.page().mainFrame();

/** Calls the simulated Excel's test hook (window.__fakeExcel of the host page) and returns the JSON result. */
export async function hook<T>(pane: Frame, method: string, ...args: unknown[]): Promise<T> {
  return hostFrame(pane).evaluate(
    ([name, list]) => {
      const fake = (globalThis as unknown as { __fakeExcel: Record<string, (...a: unknown[]) => unknown> })
        .__fakeExcel;
      const value = fake[name as string](...(list as unknown[]));
      return JSON.parse(JSON.stringify(value ?? null)) as unknown;
    },
    [method, args] as const,
  ) as Promise<T>;
}

/** A property of the hook (stats, log). */
export async function hookValue<T>(pane: Frame, property: string): Promise<T> {
  return hostFrame(pane).evaluate(
    (name) =>
      JSON.parse(
        JSON.stringify((globalThis as unknown as { __fakeExcel: Record<string, unknown> }).__fakeExcel[name]),
      ) as unknown,
    property,
  ) as Promise<T>;
}

/**
 * The custom functions associated in the pane's page (the shared runtime): the mappings that Office.js's
 * CustomFunctions.associate fills (office.js keeps them in CustomFunctions._association; Excel invokes from there).
 */
type Associated = { CustomFunctions?: { _association?: { m_mappings?: Record<string, unknown> } } };

export async function customFunctionIds(pane: Frame): Promise<string[]> {
  return pane.evaluate(() =>
    Object.keys((globalThis as unknown as Associated).CustomFunctions?._association?.m_mappings ?? {}),
  );
}

/** Calls an associated custom function in the pane's page, as Excel's runtime would, and returns its result. */
export async function callCustomFunction(pane: Frame, id: string, ...args: unknown[]): Promise<unknown> {
  return pane.evaluate(
    async ([name, list]) => {
      const mappings = (globalThis as unknown as Associated).CustomFunctions?._association?.m_mappings ?? {};
      const fn = mappings[name as string] as ((...a: unknown[]) => unknown) | undefined;
      if (fn === undefined) throw new Error(`no custom function ${String(name)} is associated`);
      try {
        return { value: await fn(...(list as unknown[])) };
      } catch (error) {
        const e = error as { code?: string; message?: string };
        return { error: e.code ?? "thrown", message: e.message };
      }
    },
    [id, args] as const,
  );
}

export interface SyncStats {
  syncs: number;
  failedSyncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  calculationSuspendedSyncs: number;
}

/** The pane's own counters for its last action (data attributes on #app). */
export async function paneStats(
  page: Frame,
): Promise<{ syncs: number; readChunks: number; writeChunks: number; retries: number }> {
  const read = async (name: string) => Number((await page.getAttribute("#app", `data-${name}`)) ?? "NaN");
  return {
    syncs: await read("syncs"),
    readChunks: await read("read-chunks"),
    writeChunks: await read("write-chunks"),
    retries: await read("retries"),
  };
}

/** An accessibility rule the pane breaks, as axe-core reports it. */
export interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core (WCAG 2.2 A and AA rules) in the pane's frame and returns its violations. axe's source is evaluated
 * in the frame (the pane's CSP allows no inline script tag).
 */
export async function axeViolations(pane: Frame): Promise<AxeViolation[]> {
  const source = fs.readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
  await pane.evaluate(source);
  return pane.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  });
}
