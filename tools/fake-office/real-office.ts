import * as fs from "fs";
import * as path from "path";
import type { Browser, Frame, Page } from "playwright-core";
import { buildExcelHostPage } from "./bundle";
import type { HostPageOptions } from "./host-page-entry";
import type { WorkbookSeed } from "./model/seed";

/**
 * The package's own tests drive the simulated Excel on the web with Microsoft's real Office.js: a blank add-in
 * page that loads office.js from its CDN URL (routed to @microsoft/office-js/dist) inside the host page, in
 * headless Debian Chromium. No client of the package's own stands in for Office.js.
 */

export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS_HOSTED = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const ADDIN_URL = "https://localhost:3000/addin.html";
const HOST_URL = "https://localhost:4443/host.html";
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** An add-in that does nothing but load Office.js and wait for it. */
const ADDIN_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<script src="${OFFICE_JS_HOSTED}office.js"></script></head><body>
<script>window.__ready = Office.onReady();</script></body></html>`;

export async function launchChromium(): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

function officeJsFile(url: string): string | undefined {
  const relative = url.slice(OFFICE_JS_HOSTED.length).split("?")[0]!;
  for (const candidate of [relative, relative.toLowerCase()]) {
    const file = path.join(OFFICE_JS_DIST, path.normalize(candidate));
    if (file.startsWith(OFFICE_JS_DIST + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile())
      return file;
  }
  return undefined;
}

export interface InExcel {
  /** The add-in's frame, where Office and Excel are Microsoft's. */
  readonly addin: Frame;
  readonly page: Page;
  /** Calls the host's test hook (window.__fakeExcel of the host page). */
  hook<T>(method: string, ...args: unknown[]): Promise<T>;
  hookValue<T>(property: string): Promise<T>;
  /** Pushes a richApiMessage event to the add-in (host-page-entry.ts). */
  pushEvent(entries: unknown[]): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly seed?: WorkbookSeed;
  readonly options?: HostPageOptions;
  /** The display language in the add-in's _host_Info (default en-US). */
  readonly language?: string;
  /** Wait for Office.onReady (default true). */
  readonly waitReady?: boolean;
}

/** Opens the blank add-in inside the simulated Excel on the web, in a fresh browser context. */
export async function openInExcel(browser: Browser, open: OpenOptions = {}): Promise<InExcel> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const hostPage = buildExcelHostPage({
    ...(open.seed === undefined ? {} : { initialWorkbook: open.seed }),
    ...(open.options === undefined ? {} : { options: open.options }),
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url().split("#")[0]!;
    const file = url.startsWith(OFFICE_JS_HOSTED) ? officeJsFile(url) : undefined;
    if (url === HOST_URL) await route.fulfill({ contentType: "text/html", body: hostPage });
    else if (url.startsWith(ADDIN_URL)) await route.fulfill({ contentType: "text/html", body: ADDIN_PAGE });
    else if (file !== undefined)
      await route.fulfill({ contentType: "text/javascript", body: fs.readFileSync(file) });
    else await route.abort("blockedbyclient");
  });
  await page.goto(HOST_URL);
  const language = open.language ?? "en-US";
  const url = `${ADDIN_URL}?_host_Info=Excel$Web$16.01$${language}$$$$0#&_serializer_version=1&_xdm_Info=conversation_1$test-addin$${HOST_URL}`;
  await page.evaluate(
    (address) => (globalThis as unknown as { __startAddin(u: string): void }).__startAddin(address),
    url,
  );
  const addin = await (await page.waitForSelector("#addin")).contentFrame();
  if (addin === null) throw new Error("the add-in's frame did not load");
  await addin.waitForLoadState("domcontentloaded");
  if (open.waitReady !== false)
    await addin.evaluate(() => (globalThis as unknown as { __ready: Promise<unknown> }).__ready);
  const host = page.mainFrame();
  return {
    addin,
    page,
    hook: <T>(method: string, ...args: unknown[]) =>
      host.evaluate(
        ([name, list]) => {
          const fake = (
            globalThis as unknown as { __fakeExcel: Record<string, (...a: unknown[]) => unknown> }
          ).__fakeExcel;
          return JSON.parse(JSON.stringify(fake[name as string]!(...(list as unknown[])) ?? null)) as unknown;
        },
        [method, args] as const,
      ) as Promise<T>,
    hookValue: <T>(property: string) =>
      host.evaluate(
        (name) =>
          JSON.parse(
            JSON.stringify(
              (globalThis as unknown as { __fakeExcel: Record<string, unknown> }).__fakeExcel[name],
            ),
          ) as unknown,
        property,
      ) as Promise<T>,
    pushEvent: (entries) =>
      host.evaluate(
        (list) =>
          (globalThis as unknown as { __pushRichApiEvent(e: unknown[]): boolean }).__pushRichApiEvent(list),
        entries,
      ),
    close: () => context.close(),
  };
}

/**
 * A describe block of tests in the simulated Excel: skipped where Chromium is missing outside CI, one browser for
 * the block, and each add-in `open` opened closed after its test.
 */
export function describeInExcel(
  name: string,
  body: (open: (options?: OpenOptions) => Promise<InExcel>) => void,
): void {
  const run = fs.existsSync(CHROMIUM) || process.env["CI"] ? describe : describe.skip;
  run(name, () => {
    let browser: Browser | undefined;
    const opened: InExcel[] = [];
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((excel) => excel.close()));
    });
    afterAll(async () => {
      await browser?.close();
    });
    body(async (options) => {
      if (browser === undefined) throw new Error("the browser starts in beforeAll");
      const excel = await openInExcel(browser, options);
      opened.push(excel);
      return excel;
    });
  });
}
