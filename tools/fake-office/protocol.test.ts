import { describeInExcel } from "./real-office";

/**
 * The simulated Excel on the web against Microsoft's real Office.js: what the client sends and what it makes of
 * the answers (../shared/office-wire-protocol/README.md). Each test opens a blank add-in in a fresh context.
 */

interface Stats {
  syncs: number;
  failedSyncs: number;
  largestRequestBytes: number;
  referenceReleases: number;
}

/** What an Excel.run in the page rejected with, as plain JSON. */
interface PageError {
  name?: string;
  code?: string;
  message?: string;
  debugInfo?: { code?: string; errorLocation?: string; statement?: string };
}

const SEED = {
  sheets: [
    {
      name: "Shipment",
      values: [
        ["SKU", "Price"],
        ["LAMP-9", 49.9],
      ],
    },
    { name: "Notes" },
  ],
};

describeInExcel("the simulated Excel on the web, driven by Microsoft's Office.js", (open) => {
  test("the handshake gives Excel on the web, the display language, the requirement sets and the settings", async () => {
    const excel = await open({
      language: "nl-BE",
      options: {
        displayLanguage: "nl-BE",
        requirementSets: { ExcelApi: "1.7", SharedRuntime: "1.1" },
        documentSettings: { mapping: { sku: 1 } },
      },
    });
    const context = await excel.addin.evaluate(async () => {
      const info = await Office.onReady();
      const sets = Office.context.requirements;
      return {
        info,
        language: Office.context.displayLanguage,
        excelApi17: sets.isSetSupported("ExcelApi", "1.7"),
        excelApi18: sets.isSetSupported("ExcelApi", "1.8"),
        sharedRuntime: sets.isSetSupported("SharedRuntime", "1.1"),
        setting: Office.context.document.settings.get("mapping") as unknown,
        theme: typeof Office.context.officeTheme,
      };
    });
    expect(context).toEqual({
      info: { host: "Excel", platform: "OfficeOnline", addin: null },
      language: "nl-BE",
      excelApi17: true,
      excelApi18: false,
      sharedRuntime: true,
      setting: { sku: 1 },
      // Excel on the web hands the client no Office theme.
      theme: "undefined",
    });
  }, 60_000);

  test("load, sync and a reference kept across syncs; Excel.run releases it at its end", async () => {
    const excel = await open({ seed: SEED });
    const read = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem("Shipment")
          .getRange("A1:B2")
          .load("values,address");
        await context.sync();
        const before = range.values;
        range.values = [
          ["SKU", "Price"],
          ["LAMP-9", 59.9],
        ];
        await context.sync();
        range.load("values");
        await context.sync();
        return { before, after: range.values, address: range.address };
      }),
    );
    expect(read).toEqual({
      before: SEED.sheets[0]!.values,
      after: [
        ["SKU", "Price"],
        ["LAMP-9", 59.9],
      ],
      address: "Shipment!A1:B2",
    });
    expect(await excel.hook("getValues", "Shipment!B2")).toEqual([[59.9]]);
    const stats = await excel.hookValue<Stats>("stats");
    expect(stats.syncs).toBe(3);
    expect(stats.referenceReleases).toBe(1);
  }, 60_000);

  test("collections answer with their items, an item is reached again by its id, a missing one is a null object", async () => {
    const excel = await open({ seed: SEED });
    const read = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
        await context.sync();
        const cell = sheets.items[0]!.getRange("A2").load("values");
        await context.sync();
        return {
          names: sheets.items.map((sheet) => sheet.name),
          missing: missing.isNullObject,
          cell: cell.values,
        };
      }),
    );
    expect(read).toEqual({ names: ["Shipment", "Notes"], missing: true, cell: [["LAMP-9"]] });
  }, 60_000);

  test("an error names its code and statement; the actions before it stay applied", async () => {
    const excel = await open({ seed: SEED });
    const error = await excel.addin.evaluate(async (): Promise<PageError> => {
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Notes").getRange("A1").values = [["kept"]];
          context.workbook.worksheets.getItem("NoSuchSheet").load("name");
          await context.sync();
        });
        return {};
      } catch (caught) {
        const e = caught as OfficeExtension.Error;
        return { name: e.name, code: e.code, message: e.message, debugInfo: { ...e.debugInfo } };
      }
    });
    expect(error).toMatchObject({
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
      debugInfo: { code: "ItemNotFound" },
    });
    expect(error.debugInfo?.statement).toBeDefined();
    expect(await excel.hook("getValues", "Notes!A1")).toEqual([["kept"]]);
  }, 60_000);

  test("PropertyNotLoaded comes from the client itself: nothing reaches the host", async () => {
    const excel = await open({ seed: SEED });
    const code = await excel.addin.evaluate(async () => {
      try {
        await Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Shipment").getRange("A1");
          return range.values;
        });
        return "no error";
      } catch (caught) {
        return (caught as OfficeExtension.Error).code;
      }
    });
    expect(code).toBe("PropertyNotLoaded");
    expect((await excel.hookValue<Stats>("stats")).syncs).toBe(0);
  }, 60_000);

  test("transport errors and injected failures reach the add-in as Office.js's errors", async () => {
    const excel = await open({ seed: SEED });
    const run = () =>
      excel.addin.evaluate(async () => {
        try {
          await Excel.run(async (context) => {
            context.workbook.worksheets.getItem("Shipment").load("name");
            await context.sync();
          });
          return "ok";
        } catch (caught) {
          return (caught as OfficeExtension.Error).code;
        }
      });
    await excel.hook("failNextSync", { transport: 5001 });
    expect(await run()).toBe("GeneralException");
    await excel.hook("failNextSync", { code: "ActivityLimitReached" });
    expect(await run()).toBe("ActivityLimitReached");
    expect(await run()).toBe("ok");
  }, 60_000);

  test("a request over the payload limit is refused whole, with the documented code or as GeneralException", async () => {
    const excel = await open({ seed: SEED, options: { payloadLimitBytes: 20_000 } });
    const write = (rows: number) =>
      excel.addin.evaluate(async (count) => {
        try {
          await Excel.run(async (context) => {
            const sheet = context.workbook.worksheets.getItem("Notes");
            sheet.getRangeByIndexes(0, 0, count, 1).values = Array.from({ length: count }, () => [
              "x".repeat(20),
            ]);
            await context.sync();
          });
          return "ok";
        } catch (caught) {
          return (caught as OfficeExtension.Error).code;
        }
      }, rows);
    expect(await write(2_000)).toBe("RequestPayloadSizeLimitExceeded");
    expect(await excel.hook("getValues", "Notes!A1")).toEqual([[""]]);
    await excel.hook("setOversizeMode", "general-exception");
    expect(await write(2_000)).toBe("GeneralException");
    expect(await write(10)).toBe("ok");
    const stats = await excel.hookValue<Stats>("stats");
    expect(stats.failedSyncs).toBe(2);
    // Measured on the serialized RichApi body, the unit of Excel on the web's limit.
    expect(stats.largestRequestBytes).toBeGreaterThan(20_000);
  }, 60_000);

  test("a load over the limit is ResponsePayloadSizeLimitExceeded", async () => {
    const excel = await open({ seed: SEED, options: { payloadLimitBytes: 10_000 } });
    const code = await excel.addin.evaluate(async () => {
      try {
        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Notes").getRange("A1:Z400").load("values");
          await context.sync();
        });
        return "ok";
      } catch (caught) {
        return (caught as OfficeExtension.Error).code;
      }
    });
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  }, 60_000);

  test("document settings are saved with saveAsync and read back with refreshAsync", async () => {
    const excel = await open({ seed: SEED });
    const status = await excel.addin.evaluate(
      () =>
        new Promise<string>((resolve) => {
          Office.context.document.settings.set("choice", { source: "sheet" });
          Office.context.document.settings.saveAsync((saved) => {
            Office.context.document.settings.refreshAsync((refreshed) =>
              resolve(`${saved.status}/${refreshed.status}/${JSON.stringify(refreshed.value.get("choice"))}`),
            );
          });
        }),
    );
    expect(status).toBe('succeeded/succeeded/{"source":"sheet"}');
    expect(await excel.hook("documentSettings")).toEqual({ choice: { source: "sheet" } });
  }, 60_000);

  test("a worksheet's onChanged registers with the host and the host's event reaches the handler", async () => {
    const excel = await open({ seed: SEED });
    const sheetId = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Shipment").load("id");
        await context.sync();
        const windowWithEvents = globalThis as unknown as { __changes: string[] };
        windowWithEvents.__changes = [];
        sheet.onChanged.add(async (event) => {
          windowWithEvents.__changes.push(event.address);
        });
        await context.sync();
        return sheet.id;
      }),
    );
    expect(await excel.hook("richApiEvents")).toEqual([{ name: "_RegisterDataChangedEvent", key: sheetId }]);
    const args = {
      address: "B2",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheetId,
      shiftDirection: "None",
    };
    expect(await excel.pushEvent([[65536, 10, sheetId, JSON.stringify(args), "evt1", false]])).toBe(true);
    await excel.addin.waitForFunction(
      () => (globalThis as unknown as { __changes: string[] }).__changes.length > 0,
    );
    expect(
      await excel.addin.evaluate(() => (globalThis as unknown as { __changes: string[] }).__changes),
    ).toEqual(["B2"]);
  }, 60_000);

  test("a silent host never answers: the client has no timeout of its own", async () => {
    const excel = await open({ seed: SEED });
    await excel.hook("setSilent", true);
    const outcome = await excel.addin.evaluate(() =>
      Promise.race([
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Shipment").load("name");
          await context.sync();
          return "answered";
        }),
        new Promise<string>((resolve) => setTimeout(() => resolve("still waiting"), 2_000)),
      ]),
    );
    expect(outcome).toBe("still waiting");
  }, 60_000);

  test("Office.onReady waits for a late handshake", async () => {
    const excel = await open({ options: { appContextDelayMs: 3_000 }, waitReady: false });
    const started = Date.now();
    const host = await excel.addin.evaluate(async () => (await Office.onReady()).host);
    expect(host).toBe("Excel");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  }, 60_000);
});
