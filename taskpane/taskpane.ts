/*
 * Task pane entry point. The same page hosts the custom functions (shared runtime; functions.js is loaded beside this
 * bundle). In Excel it starts the shipment-check pane; anywhere else it says the add-in must be opened in Excel and
 * does nothing more.
 */
import { TaskPane, reportUncaught, showNotInExcel } from "./ui";

/** How long to wait for Office.js to report a host before concluding the page is not in Office. */
export const READY_TIMEOUT_MS = 10_000;
/** Range.getRangeByIndexes, page layout and conditional formats need this Excel API version (Excel 2019, Microsoft 365, Excel on the web). */
export const EXCEL_API_VERSION = "1.9";

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
    info = await Promise.race([Office.onReady(), timeout(READY_TIMEOUT_MS)]);
  } catch {
    info = undefined;
  }
  if (info === undefined || info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
    showNotInExcel(doc);
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", EXCEL_API_VERSION)) {
    showNotInExcel(
      doc,
      `This version of Excel is too old for the task pane (it needs the Excel JavaScript API ${EXCEL_API_VERSION}: Excel 2019, Microsoft 365 or Excel on the web). The CUSTOMS functions still work in cells.`,
    );
    return;
  }
  doc.defaultView?.addEventListener("unhandledrejection", (event) => reportUncaught(doc, event.reason));
  await new TaskPane(doc).start();
}

void start(document);
