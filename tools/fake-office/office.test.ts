import { createFakeOffice } from "./fake-office";
import { installFakeOffice } from "./test-support";

describe("Office", () => {
  test("onReady resolves with Excel on the web, after Office.initialize", async () => {
    const { Office } = installFakeOffice();
    const calls: string[] = [];
    // Older add-ins still assign Office.initialize; the fake must call it like office.js does.
    // eslint-disable-next-line office-addins/no-office-initialize
    Office.initialize = () => calls.push("initialize");
    const info = await Office.onReady(() => {
      calls.push("callback");
    });
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline", addin: null });
    expect(info.host).toBe(Office.HostType.Excel);
    expect(info.platform).toBe(Office.PlatformType.OfficeOnline);
    expect(calls).toEqual(["initialize", "callback"]);
    expect(await Office.onReady()).toEqual(info);
  });

  test("Office.context is empty until initialisation has finished, as in office.js", async () => {
    const { Office } = installFakeOffice();
    expect(Office.context.document).toBeUndefined();
    expect(Office.context.requirements).toBeUndefined();
    await Office.onReady();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.1")).toBe(true);
  });

  test("context: host, language, requirement sets", async () => {
    const { Office, hook } = installFakeOffice({ displayLanguage: "nl-BE" });
    await Office.onReady();
    expect(Office.context.host).toBe("Excel");
    expect(Office.context.displayLanguage).toBe("nl-BE");
    const sets = Office.context.requirements;
    expect([
      sets.isSetSupported("ExcelApi", "1.17"),
      sets.isSetSupported("ExcelApi", 1.4),
      sets.isSetSupported("excelapi"),
    ]).toEqual([true, true, true]);
    expect([
      sets.isSetSupported("ExcelApi", "1.18"),
      sets.isSetSupported("ExcelApi", "1.9.1"),
      sets.isSetSupported("WordApi"),
    ]).toEqual([false, true, false]);
    expect([
      sets.isSetSupported("SharedRuntime", "1.1"),
      sets.isSetSupported("CustomFunctionsRuntime", "1.1"),
    ]).toEqual([true, true]);
    hook.setRequirementSets({ ExcelApi: "1.3" });
    expect(sets.isSetSupported("ExcelApi", "1.4")).toBe(false);
  });

  test("the theme is configurable and its change is announced", async () => {
    const { Office, hook } = installFakeOffice({
      theme: { bodyBackgroundColor: "#1F1F1F", isDarkTheme: true },
    });
    await Office.onReady();
    expect(Office.context.officeTheme).toMatchObject({
      bodyBackgroundColor: "#1F1F1F",
      bodyForegroundColor: "#242424",
    });
    const seen = new Promise<{ officeTheme: Office.OfficeTheme }>((resolve) =>
      Office.context.document.addHandlerAsync(
        Office.EventType.OfficeThemeChanged,
        (args: { officeTheme: Office.OfficeTheme }) => resolve(args),
      ),
    );
    hook.setTheme({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: false });
    expect((await seen).officeTheme.bodyBackgroundColor).toBe("#FFFFFF");
    expect(Office.context.officeTheme.isDarkTheme).toBe(false);
  });

  test("alert, confirm and prompt throw, as Office makes them", () => {
    const page: Record<string, unknown> = {};
    createFakeOffice(page);
    expect(() => (page["alert"] as (m: string) => void)("hi")).toThrow(
      "Function window.alert is not supported.",
    );
    expect(() => (page["confirm"] as (m: string) => void)("sure?")).toThrow(
      "Function window.confirm is not supported.",
    );
  });

  test("the shell calls are recorded", async () => {
    const { Office, hook } = installFakeOffice();
    await Office.addin.showAsTaskpane();
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    let ran = false;
    Office.actions.associate("showTaskpane", (event: { completed: () => void }) => {
      ran = true;
      event.completed();
    });
    await hook.invokeAction("showTaskpane");
    expect(ran).toBe(true);
    expect(hook.office()).toEqual({
      taskpaneShown: 1,
      taskpaneHidden: 0,
      startupBehavior: "Load",
      actions: ["showTaskpane"],
    });
  });
});

describe("CustomFunctions", () => {
  test("associate records functions that tests can call; Error carries Excel's error code", () => {
    const { CustomFunctions, hook } = installFakeOffice();
    CustomFunctions.associate("INVERSEVALUE", (price: number) => price / 2);
    CustomFunctions.associate({
      vatrate: () => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "bad country"),
    });
    expect(hook.customFunctionIds()).toEqual(["INVERSEVALUE", "VATRATE"]);
    expect(hook.callCustomFunction("inverseValue", 10)).toBe(5);
    expect(hook.callCustomFunction("VATRATE")).toEqual({ code: "#VALUE!", message: "bad country" });
  });
});

describe("Excel enums", () => {
  test("carry the real API's string values", () => {
    const { Excel } = installFakeOffice();
    expect(Excel.ConditionalFormatType.cellValue).toBe("CellValue");
    expect(Excel.ConditionalTextOperator.contains).toBe("Contains");
    expect(Excel.ErrorCodes.itemNotFound).toBe("ItemNotFound");
    expect(Excel.PageOrientation.landscape).toBe("Landscape");
  });
});
