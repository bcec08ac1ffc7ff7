import * as vm from "vm";
import { buildExcelHostPage, buildExcelHostScript } from "./bundle";

/**
 * Runs the host's script as a classic browser script in a fresh global with the little of a page it uses.
 * The result is `any` on purpose: it is the page's untyped global object, used as plain JavaScript.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function runInPage(script: string, before: Record<string, unknown> = {}): Record<string, any> {
  const frame = { src: "", contentWindow: {} };
  const page = vm.createContext({
    setTimeout,
    clearTimeout,
    location: { origin: "https://localhost:4443" },
    document: { getElementById: (id: string) => (id === "addin" ? frame : null) },
    addEventListener: () => {},
    ...before,
  });
  new vm.Script(script, { filename: "host.js" }).runInContext(page);
  return page;
}

describe("the simulated Excel on the web's page", () => {
  test("is one self-contained classic script that installs the test hook and the frame's loader", () => {
    const page = runInPage(buildExcelHostScript());
    expect(page["__fakeExcel"].snapshot().activeSheet).toBe("Sheet1");
    page["__startAddin"]("https://localhost:3000/taskpane.html");
    expect(typeof page["__pushRichApiEvent"]).toBe("function");
  });

  test("reads window.__fakeExcelInitialWorkbook set before it loads; a seed of its own gives way to the page's", () => {
    const seeded = { sheets: [{ name: "Shipment", values: [["SKU"], ["LAMP-9"]] }] };
    expect(
      runInPage(buildExcelHostScript(), { __fakeExcelInitialWorkbook: seeded })["__fakeExcel"].getValues(
        "Shipment!A2",
      ),
    ).toEqual([["LAMP-9"]]);
    const script = buildExcelHostScript({ initialWorkbook: { sheets: [{ name: "FromScript" }] } });
    expect(runInPage(script)["__fakeExcel"].snapshot().activeSheet).toBe("FromScript");
    expect(
      runInPage(script, { __fakeExcelInitialWorkbook: { sheets: [{ name: "FromPage" }] } })[
        "__fakeExcel"
      ].snapshot().activeSheet,
    ).toBe("FromPage");
  });

  test("the page holds the add-in's iframe and its script cannot close early", () => {
    const html = buildExcelHostPage({ initialWorkbook: { sheets: [{ name: "</script><b>" }] } });
    expect(html).toContain('<iframe id="addin"');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});
