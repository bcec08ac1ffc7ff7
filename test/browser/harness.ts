/**
 * Drives the built task pane (dist/) in headless Debian Chromium with playwright-core: a tiny static server for
 * dist/, the fake Office host (tools/fake-office, a package of its own) answering the Office.js CDN request, every
 * other network request blocked. Shared by the browser tests and `npm run bench` (which compiles this file with tsc,
 * so the fake's bundle builder is loaded from its TypeScript source at run time instead of imported).
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import Module from "module";
import type { BrowserContext, Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
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
export const DIST = path.join(ROOT, "dist");

/** Why browser tests cannot run here, or undefined. In CI (CI set) they always run, and fail if Chromium is missing. */
export function browserSkipReason(): string | undefined {
  if (fs.existsSync(CHROMIUM) || process.env.CI) return undefined;
  return `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium) to run the task pane browser tests`;
}

/** A workbook seed for the fake host (WorkbookSeed in tools/fake-office/model/seed.ts). */
export interface Seed {
  name?: string;
  sheets?: {
    name: string;
    values?: unknown[][];
    formulas?: (string | null)[][];
    numberFormats?: (string | null)[][];
    origin?: string;
  }[];
  activeSheet?: string;
  selection?: string;
  settings?: Record<string, unknown>;
  tables?: { address: string; name?: string; hasHeaders?: boolean }[];
}

/** Options for the fake host script (see FakeOfficeOptions). */
export interface FakeOptions {
  latencyMs?: number;
  payloadLimitBytes?: number;
  theme?: Record<string, unknown>;
}

type ScriptBuilder = (options?: { initialWorkbook?: Seed; options?: FakeOptions }) => string;
let builder: ScriptBuilder | undefined;

/** Loads tools/fake-office/bundle.ts from its source (transpiled here), so compiled callers can use it too. */
function fakeOfficeBuilder(): ScriptBuilder {
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
  builder = (loaded.exports as { buildFakeOfficeScript: ScriptBuilder }).buildFakeOfficeScript;
  return builder;
}

/** The fake Office host as one browser script, to serve for the Office.js CDN URL. */
export function fakeOfficeScript(options: FakeOptions = {}): string {
  return fakeOfficeBuilder()({ options });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves a directory over http on 127.0.0.1 (a random port). */
export async function serve(dir: string = DIST): Promise<Served> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Debian Chromium, headless, with a fresh profile; never downloads a browser. */
export async function launch(): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "customs-pane-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 320, height: 900 },
    deviceScaleFactor: 1,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the page did besides its job: dialogs (alert), uncaught errors, console errors, blocked requests. */
export interface PageWatch {
  readonly dialogs: string[];
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly blocked: string[];
}

export interface OpenOptions {
  readonly workbook?: Seed;
  /** Builds the seed in the page instead (a self-contained function and its argument): no large seed crosses over. */
  readonly workbookBuilder?: { fn: (arg: never) => Seed; arg: unknown };
  readonly fake?: FakeOptions;
  /** Serve the real Office.js: every file of the CDN's lib/1/hosted/ from this directory (@microsoft/office-js/dist). */
  readonly realOfficeJs?: string;
  /** Wait for the pane to be ready (default true). */
  readonly waitReady?: boolean;
}

/** Opens dist/taskpane.html with the fake host (or the given Office.js) and returns the page and what it did. */
export async function openPane(
  browser: Browser,
  served: Served,
  options: OpenOptions = {},
): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.context.newPage();
  const watch: PageWatch = { dialogs: [], pageErrors: [], consoleErrors: [], blocked: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(message.text());
  });
  const script = options.realOfficeJs === undefined ? fakeOfficeScript(options.fake) : undefined;
  const hosted = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    const local =
      options.realOfficeJs !== undefined && url.startsWith(hosted)
        ? path.join(options.realOfficeJs, new URL(url).pathname.slice(new URL(hosted).pathname.length))
        : undefined;
    if (url === OFFICE_JS_URL && script !== undefined) {
      await route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: script });
    } else if (
      local !== undefined &&
      local.startsWith(options.realOfficeJs as string) &&
      fs.existsSync(local)
    ) {
      await route.fulfill({
        status: 200,
        contentType: "text/javascript; charset=utf-8",
        body: fs.readFileSync(local, "utf8"),
      });
    } else if (url.startsWith(served.url)) {
      await route.continue();
    } else {
      watch.blocked.push(url);
      await route.abort("blockedbyclient");
    }
  });
  if (options.workbook !== undefined) {
    await page.addInitScript((seed) => {
      (globalThis as unknown as { __fakeExcelInitialWorkbook: unknown }).__fakeExcelInitialWorkbook = seed;
    }, options.workbook);
  }
  if (options.workbookBuilder !== undefined) {
    const source = `globalThis.__fakeExcelInitialWorkbook = (${options.workbookBuilder.fn.toString()})(${JSON.stringify(options.workbookBuilder.arg)});`;
    await page.addInitScript({ content: source });
  }
  await page.goto(`${served.url}taskpane.html`);
  if (options.waitReady !== false) await waitIdle(page);
  return { page, watch };
}

/** Waits until the pane is not busy (ready, done, refused, error) and returns its state. */
export async function waitIdle(page: Page, timeout = 120_000): Promise<string> {
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
export async function act(page: Page, selector: string, timeout?: number): Promise<string> {
  await page.click(selector);
  return waitIdle(page, timeout);
}

/** Calls the fake host's test hook in the page (window.__fakeExcel) and returns the JSON result. */
export async function hook<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
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
export async function hookValue<T>(page: Page, property: string): Promise<T> {
  return page.evaluate(
    (name) =>
      JSON.parse(
        JSON.stringify((globalThis as unknown as { __fakeExcel: Record<string, unknown> }).__fakeExcel[name]),
      ) as unknown,
    property,
  ) as Promise<T>;
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
  page: Page,
): Promise<{ syncs: number; readChunks: number; writeChunks: number; retries: number }> {
  const read = async (name: string) => Number((await page.getAttribute("#app", `data-${name}`)) ?? "NaN");
  return {
    syncs: await read("syncs"),
    readChunks: await read("read-chunks"),
    writeChunks: await read("write-chunks"),
    retries: await read("retries"),
  };
}
