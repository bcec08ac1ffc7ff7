import { installFakeOffice, rejection } from "./test-support";

describe("worksheets", () => {
  test("add, items with load, position, rename, activate and delete", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: { sheets: [{ name: "Data" }] } });
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Pro forma A7");
      sheets.add();
      added.position = 0;
      added.activate();
      sheets.load("items/name, items/position");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Pro forma A7", 0],
        ["Data", 1],
        ["Sheet1", 2],
      ]);
      sheets.items[2]!.name = "Audit";
      sheets.getItem("Data").delete();
    });
    expect(hook.snapshot()).toMatchObject({ activeSheet: "Pro forma A7" });
    expect(hook.snapshot().sheets.map((s) => s.name)).toEqual(["Pro forma A7", "Audit"]);
  });

  test.each([
    ["DATA", "ItemAlreadyExists"],
    ["a/b", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["'quoted'", "InvalidArgument"],
  ])("adding a sheet named %j fails with %s", async (name, code) => {
    const { Excel } = installFakeOffice({ workbook: { sheets: [{ name: "Data" }] } });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe(code);
  });

  test("the last visible sheet cannot be deleted", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });

  test("a deleted sheet's proxy fails with ItemNotFound when used again", async () => {
    const { Excel } = installFakeOffice({ workbook: { sheets: [{ name: "A" }, { name: "B" }] } });
    const error = await rejection(
      Excel.run(async (context) => {
        const b = context.workbook.worksheets.getItem("B");
        b.delete();
        await context.sync();
        b.getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("freeze panes, auto filter, tab colour and page layout are kept for inspection", async () => {
    const { Excel, hook } = installFakeOffice({
      workbook: {
        sheets: [
          {
            name: "Data",
            values: [
              ["h1", "h2"],
              [1, 2],
            ],
          },
        ],
      },
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.freezePanes.freezeRows(1);
      sheet.autoFilter.apply(sheet.getRange("A1:B2"), 1, { filterOn: "Values", values: ["2"] });
      sheet.tabColor = "#FF0000";
      sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      sheet.pageLayout.setPrintArea("A1:B2");
      sheet.pageLayout.setPrintMargins("Inches", { left: 0.5 });
      sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = "Page &P of &N";
      const filter = sheet.autoFilter.load("enabled, isDataFiltered");
      const layout = sheet.pageLayout.load("orientation, zoom");
      await context.sync();
      expect([filter.enabled, filter.isDataFiltered]).toEqual([true, true]);
      expect([layout.orientation, layout.zoom]).toEqual([
        "Landscape",
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
      ]);
    });
    const snapshot = hook.sheet("Data");
    expect(snapshot.freezeRows).toBe(1);
    expect(snapshot.tabColor).toBe("#FF0000");
    expect(snapshot.autoFilter).toEqual({
      address: "A1:B2",
      criteria: { 1: { filterOn: "Values", values: ["2"] } },
    });
    expect(snapshot.pageLayout).toMatchObject({
      values: { orientation: "Landscape", leftMargin: 36 },
      printTitleRows: "1:1",
      printArea: ["A1:B2"],
    });
    expect(snapshot.pageLayout.headerFooter).toMatchObject({
      pages: { defaultForAllPages: { centerFooter: "Page &P of &N" } },
    });
  });

  test("a zoom scale outside 10-400 is InvalidArgument", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().pageLayout.zoom = { scale: 500 };
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("tables", () => {
  const SEED = {
    sheets: [
      {
        name: "Data",
        values: [
          ["SKU", "SKU", null],
          ["A", 1, true],
          ["B", 2, false],
        ],
      },
    ],
  };

  test("add with headers makes names unique and exposes header, body and whole ranges", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add("Data!A1:C3", true);
      table.name = "Shipment";
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      const whole = table.getRange().load("address");
      const columns = table.columns.load("items/name");
      await context.sync();
      expect(header.values).toEqual([["SKU", "SKU2", "Column3"]]);
      expect([header.address, body.address, whole.address]).toEqual([
        "Data!A1:C1",
        "Data!A2:C3",
        "Data!A1:C3",
      ]);
      expect(columns.items.map((c) => c.name)).toEqual(["SKU", "SKU2", "Column3"]);
    });
    expect(hook.snapshot().tables).toEqual([
      expect.objectContaining({
        name: "Shipment",
        sheet: "Data",
        address: "Data!A1:C3",
        headers: ["SKU", "SKU2", "Column3"],
      }),
    ]);
  });

  test("add without headers inserts a header row above the data", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A2:B3", false);
    });
    expect(hook.getValues("Data!A1:B4")).toEqual([
      ["SKU", "SKU"],
      ["Column1", "Column2"],
      ["A", 1],
      ["B", 2],
    ]);
  });

  test("getItem / getItemOrNullObject by name, overlapping tables refused", async () => {
    const { Excel } = installFakeOffice({
      workbook: { ...SEED, tables: [{ address: "Data!A1:C3", name: "T" }] },
    });
    await Excel.run(async (context) => {
      const found = context.workbook.tables.getItem("t").load("name");
      const missing = context.workbook.tables.getItemOrNullObject("Other");
      const onSheet = context.workbook.worksheets.getItem("Data").tables.getCount();
      await context.sync();
      expect(found.name).toBe("T");
      expect(missing.isNullObject).toBe(true);
      expect(onSheet.value).toBe(1);
    });
    const overlap = await rejection(
      Excel.run(async (context) => {
        context.workbook.tables.add("Data!B2:D4", true);
        await context.sync();
      }),
    );
    expect(overlap.code).toBe("InvalidOperation");
  });

  test("rows.add appends rows below the data and grows the table", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: { ...SEED, tables: [{ address: "Data!A1:C3" }] } });
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Table1").rows.add(undefined, [["C", 3, true]]);
    });
    expect(hook.getValues("Data!A4:C4")).toEqual([["C", 3, true]]);
    expect(hook.snapshot().tables[0]!.address).toBe("Data!A1:C4");
  });
});

describe("settings", () => {
  test("values survive as JSON and Dates come back as Dates", async () => {
    const { Excel, hook } = installFakeOffice();
    const when = new Date(Date.UTC(2024, 2, 1));
    await Excel.run(async (context) => {
      context.workbook.settings.add("mapping", { price: "Selling price", columns: [1, 2] });
      context.workbook.settings.add("declarationDate", when);
    });
    expect(hook.getSettings()).toEqual({
      mapping: { price: "Selling price", columns: [1, 2] },
      declarationDate: `Date(${when.getTime()})`,
    });
    await Excel.run(async (context) => {
      const mapping = context.workbook.settings.getItem("mapping").load("value");
      const date = context.workbook.settings.getItem("declarationDate").load("value");
      const all = context.workbook.settings.load("items/key");
      await context.sync();
      expect(mapping.value).toEqual({ price: "Selling price", columns: [1, 2] });
      expect(date.value).toEqual(when);
      expect(all.items.map((s) => s.key)).toEqual(["mapping", "declarationDate"]);
    });
  });

  test("getItem of a missing key is ItemNotFound; getItemOrNullObject is a null object; delete removes", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: { settings: { keep: 1, drop: 2 } } });
    await Excel.run(async (context) => {
      const missing = context.workbook.settings.getItemOrNullObject("nope");
      context.workbook.settings.getItem("drop").delete();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(hook.getSettings()).toEqual({ keep: 1 });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.settings.getItem("nope");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("Office.context.document.settings writes to the same store on saveAsync", async () => {
    const { Office, hook } = installFakeOffice({ workbook: { settings: { a: 1 } } });
    await Office.onReady();
    const settings = Office.context.document.settings;
    expect(settings.get("a")).toBe(1);
    settings.set("b", { x: true });
    expect(hook.getSettings()).toEqual({ a: 1 });
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(hook.getSettings()).toEqual({ a: 1, b: { x: true } });
  });
});

describe("conditional formats", () => {
  test("cell value, text and custom rules are recorded with their formats, newest first", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: { sheets: [{ name: "Data" }] } });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("F2:F101");
      const risk = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      risk.cellValue.rule = { formula1: '="RISK"', operator: Excel.ConditionalCellValueOperator.equalTo };
      risk.cellValue.format.fill.color = "#FDE7E9";
      risk.cellValue.format.font.color = "#A4262C";
      const ok = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
      ok.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: "OK" };
      ok.textComparison.format.font.bold = true;
      const custom = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = '=$F2="ERROR"';
      custom.custom.format.fill.color = "red";
      custom.stopIfTrue = true;
      const count = range.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(3);
    });
    expect(hook.getConditionalFormats("Data")).toEqual([
      expect.objectContaining({
        type: "Custom",
        priority: 0,
        stopIfTrue: true,
        ranges: ["F2:F101"],
        rule: { formula: '=$F2="ERROR"' },
        format: { fillColor: "#FF0000" },
      }),
      expect.objectContaining({
        type: "ContainsText",
        priority: 1,
        rule: { operator: "Contains", text: "OK" },
        format: { fontBold: true },
      }),
      expect.objectContaining({
        type: "CellValue",
        priority: 2,
        rule: { operator: "EqualTo", formula1: '="RISK"' },
        format: { fillColor: "#FDE7E9", fontColor: "#A4262C" },
      }),
    ]);
  });

  test("clearAll on part of a range leaves the rest of the format in place", async () => {
    const { Excel, hook } = installFakeOffice();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:A10").conditionalFormats.add("ContainsText").textComparison.rule = {
        operator: "Contains",
        text: "x",
      };
      await context.sync();
      sheet.getRange("A4:A5").conditionalFormats.clearAll();
      const elsewhere = sheet.getRange("B1").conditionalFormats.getCount();
      const items = sheet.getRange("A1:A10").conditionalFormats.load("items/type");
      await context.sync();
      expect(elsewhere.value).toBe(0);
      expect(items.items.map((i) => i.type)).toEqual(["ContainsText"]);
    });
    expect(hook.getConditionalFormats()[0]!.ranges).toEqual(["A1:A3", "A6:A10"]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A:A").conditionalFormats.clearAll();
    });
    expect(hook.getConditionalFormats()).toEqual([]);
  });

  test("the type-specific view of another type is ItemNotFound (or a null object)", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async (context) => {
        const format = context.workbook.worksheets
          .getActiveWorksheet()
          .getRange("A1")
          .conditionalFormats.add("CellValue");
        const asText = format.textComparisonOrNullObject;
        await context.sync();
        expect(asText.isNullObject).toBe(true);
        format.textComparison.rule = { operator: "Contains", text: "x" };
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("a cell value rule needs a valid operator and its formulas", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async (context) => {
        const format = context.workbook.worksheets
          .getActiveWorksheet()
          .getRange("A1")
          .conditionalFormats.add("CellValue");
        format.cellValue.rule = { formula1: "1", operator: "Between" };
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});
