/**
 * What every browser test file shares: skipped (with the reason) where Chromium is missing outside CI, one
 * browser for the file, launched before its tests and closed after them, each test's panes closed after it. Jest only (the bench uses harness.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { type Browser, type Served, DIST, browserSkipReason, launch, serve } from "./harness";

export interface BrowserSuite {
  readonly browser: Browser;
  readonly served: Served;
}

/** `describe` for browser tests, or `describe.skip` with a warning where they cannot run. */
export function describeInBrowser(name: string, body: (suite: BrowserSuite) => void): void {
  const skip = browserSkipReason();
  if (skip !== undefined) {
    console.warn(`Skipping "${name}": ${skip}`);
    describe.skip(name, () => body({} as BrowserSuite));
    return;
  }
  describe(name, () => {
    let browser: Browser | undefined;
    let served: Served | undefined;
    beforeAll(async () => {
      if (!fs.existsSync(path.join(DIST, "taskpane.html")))
        throw new Error(`${DIST}/taskpane.html is missing: run npm run build first (npm test does)`);
      served = await serve();
      browser = await launch();
    }, 60_000);
    afterEach(async () => {
      await browser?.closeContexts();
    });
    afterAll(async () => {
      await browser?.close();
      await served?.close();
    });
    body({
      get browser() {
        if (browser === undefined) throw new Error("the browser starts in beforeAll");
        return browser;
      },
      get served() {
        if (served === undefined) throw new Error("the add-in is served from beforeAll");
        return served;
      },
    });
  });
}
