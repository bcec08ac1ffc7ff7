import * as vm from "vm";
import { buildFakeOfficeScript } from "./bundle";

/**
 * Runs the script as a classic browser script in a fresh global (no module system, no node).
 * The result is `any` on purpose: it is the page's untyped global object, used as plain JavaScript.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function runInPage(script: string, before: Record<string, unknown> = {}): Record<string, any> {
  const page = vm.createContext({ setTimeout, clearTimeout, ...before });
  new vm.Script(script, { filename: "office.js" }).runInContext(page);
  return page;
}

describe("buildFakeOfficeScript", () => {
  test("is one self-contained classic script that installs the globals", async () => {
    const script = buildFakeOfficeScript();
    expect(script.startsWith("(function () {")).toBe(true);
    const page = runInPage(script);
    for (const name of ["Office", "Excel", "OfficeExtension", "CustomFunctions", "__fakeExcel"])
      expect(page[name]).toBeDefined();
    expect(await page["Office"].onReady()).toEqual({ host: "Excel", platform: "OfficeOnline", addin: null });
  });

  test("reads window.__fakeExcelInitialWorkbook set before it loads, and the Excel API works", async () => {
    const page = runInPage(buildFakeOfficeScript(), {
      __fakeExcelInitialWorkbook: { sheets: [{ name: "Shipment", values: [["SKU"], ["LAMP-9"]] }] },
    });
    const values = await page["Excel"].run(async (context: Excel.RequestContext) => {
      const range = context.workbook.worksheets.getItem("Shipment").getUsedRange().load("values");
      range.getOffsetRange(0, 1).values = [["Status"], ["OK"]];
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["SKU"], ["LAMP-9"]]);
    expect(page["__fakeExcel"].getValues("Shipment!B1:B2")).toEqual([["Status"], ["OK"]]);
    expect(page["__fakeExcel"].stats.syncs).toBe(1);
  });

  test("can carry the initial workbook and options itself; a page's own settings win", async () => {
    const script = buildFakeOfficeScript({
      initialWorkbook: { sheets: [{ name: "FromScript" }] },
      options: { platform: "PC" },
    });
    expect(runInPage(script)["__fakeExcel"].snapshot().activeSheet).toBe("FromScript");
    expect((await runInPage(script)["Office"].onReady()).platform).toBe("PC");
    const page = runInPage(script, { __fakeExcelInitialWorkbook: { sheets: [{ name: "FromPage" }] } });
    expect(page["__fakeExcel"].snapshot().activeSheet).toBe("FromPage");
  });

  test("escapes seed text that could end a script element", () => {
    const script = buildFakeOfficeScript({
      initialWorkbook: { sheets: [{ name: "S", values: [["</script><img src=x onerror=alert(1)>"]] }] },
    });
    expect(script).not.toContain("</script>");
    expect(runInPage(script)["__fakeExcel"].getValues("S!A1")).toEqual([
      ["</script><img src=x onerror=alert(1)>"],
    ]);
  });
});
