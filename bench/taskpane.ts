/**
 * The task pane's Check shipment on a 50,000-row sheet, in headless Debian Chromium under Microsoft's real
 * Office.js against the simulated Excel on the web (tools/fake-office): syncs, the largest request (the serialized
 * RichApi body that Excel on the web limits to 5 MB) and the wall time of the check. Needs the built
 * add-in (npm run build) and /usr/bin/chromium; says so and skips without them.
 */
import * as fs from "fs";
import * as path from "path";
import {
  CHROMIUM,
  DIST,
  act,
  hook,
  hookValue,
  launch,
  openPane,
  paneStats,
  serve,
  type SyncStats,
} from "../test/browser/harness";
import { largeWorkbookInPage } from "../test/browser/sample";

export async function benchTaskpane(rows = 50_000): Promise<string> {
  const title = `task pane check of ${rows.toLocaleString("en-US")} rows (real Office.js, simulated Excel on the web, headless Chromium)`;
  if (!fs.existsSync(CHROMIUM))
    return `${title}: skipped, ${CHROMIUM} is missing (apt-get install -y chromium)`;
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    return `${title}: skipped, dist/ is not built (npm run build)`;
  const served = await serve();
  const browser = await launch();
  try {
    const { pane: page } = await openPane(browser, served, {
      workbookBuilder: { fn: largeWorkbookInPage, arg: rows },
    });
    await hook(page, "resetStats");
    const started = process.hrtime.bigint();
    const state = await act(page, "#check", 600_000);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (state !== "done")
      return `${title}: failed, the pane says "${(await page.textContent("#error")) ?? state}"`;
    const stats = await hookValue<SyncStats>(page, "stats");
    const pane = await paneStats(page);
    return `${title}: ${stats.syncs} syncs (${pane.readChunks} read + ${pane.writeChunks} write chunks), largest request ${stats.largestRequestBytes.toLocaleString("en-US")} bytes, largest response ${stats.largestResponseBytes.toLocaleString("en-US")} bytes, ${seconds.toFixed(2)} s`;
  } finally {
    await browser.close();
    await served.close();
  }
}
