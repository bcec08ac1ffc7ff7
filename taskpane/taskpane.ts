/*
 * Task pane entry point. The same page hosts the custom functions (shared runtime; functions.js is loaded beside this
 * bundle). In Excel it starts the shipment-check pane; anywhere else it says the add-in must be opened in Excel and
 * does nothing more. The Excel API version the pane needs is the manifest's (<Set Name="ExcelApi">): Office does not load
 * the add-in where it is missing, so there is no fallback for it here (test/manifest/requirement-sets.test.ts).
 */
import { TaskPane, reportUncaught, showNotInExcel, showWaitingForExcel } from "./ui";

/**
 * How long Office.js may take to say where the page runs before the pane says it is still waiting. It waits on:
 * Office.onReady can come later than this in a busy Excel, and outside Office it comes with no host.
 */
export const READY_PATIENCE_MS = 10_000;

function timeout(ms: number): Promise<undefined> {
  return new Promise((resolve) => setTimeout(() => resolve(undefined), ms));
}

export async function start(doc: Document): Promise<void> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    showNotInExcel(doc);
    return;
  }
  let info: { host: Office.HostType | null } | undefined;
  try {
    const ready = Office.onReady();
    info = await Promise.race([ready, timeout(READY_PATIENCE_MS)]);
    if (info === undefined) {
      showWaitingForExcel(doc);
      info = await ready;
    }
  } catch {
    info = undefined;
  }
  if (info === undefined || info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
    showNotInExcel(doc);
    return;
  }
  doc.defaultView?.addEventListener("unhandledrejection", (event) => reportUncaught(doc, event.reason));
  await new TaskPane(doc).start();
}

void start(document);
