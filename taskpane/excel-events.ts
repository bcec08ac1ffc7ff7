/**
 * What the pane follows in Excel: another worksheet becoming active, and the pane being shown again. In the shared
 * runtime the pane's page keeps running while the pane is hidden (it even starts hidden when a CUSTOMS formula
 * calculates as the workbook opens), and hiding and showing it does not reload it; without these events it would
 * show, and act on, the sheet it read first. Knows Office.js; decides nothing.
 */

/** Calls `onActivated` with the id of each worksheet the user activates; false where Excel cannot. */
export async function followActiveWorksheet(onActivated: (worksheetId: string) => void): Promise<boolean> {
  // worksheets.onActivated is ExcelApi 1.7, below the manifest's set; a host may still refuse the event.
  try {
    await Excel.run(async (context) => {
      context.workbook.worksheets.onActivated.add(async (event) => onActivated(event.worksheetId));
      await context.sync();
    });
    return true;
  } catch {
    // A host without the event: the pane's "Read the sheet again" button remains the way to follow.
    return false;
  }
}

/** Calls `onShown` whenever the task pane becomes visible (SharedRuntime 1.1); false where Office cannot tell. */
export async function followPaneShown(onShown: () => void): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return false;
  try {
    await Office.addin.onVisibilityModeChanged((args) => {
      if (args.visibilityMode === Office.VisibilityMode.taskpane) onShown();
    });
    return true;
  } catch {
    return false;
  }
}
