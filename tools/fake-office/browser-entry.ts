import { createFakeOffice, type FakeOfficeOptions } from "./fake-office";
import type { WorkbookSeed } from "./model/seed";

/**
 * The script served in place of office.js. A test can set, before the page loads
 * (page.addInitScript), window.__fakeExcelInitialWorkbook (a WorkbookSeed) and
 * window.__fakeExcelOptions (FakeOfficeOptions without the workbook).
 */
const page = globalThis as typeof globalThis & {
  __fakeExcelInitialWorkbook?: WorkbookSeed;
  __fakeExcelOptions?: FakeOfficeOptions;
};

createFakeOffice(page, {
  ...page.__fakeExcelOptions,
  workbook: page.__fakeExcelInitialWorkbook ?? page.__fakeExcelOptions?.workbook,
});
