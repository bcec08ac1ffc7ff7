import { type InExcel, describeInExcel } from "./real-office";

/**
 * The workbook behind the simulated Excel on the web, reached the way an add-in reaches it: Excel.run in
 * Microsoft's Office.js, in the add-in's frame. Sheets, tables, workbook settings, conditional formats, freeze
 * panes and page layout, as Excel keeps them.
 */

/** What an Excel.run in the page rejected with: its code, or "ok". */
const outcome = (excel: InExcel, body: () => Promise<void>): Promise<string> =>
  excel.addin.evaluate(async (source) => {
    try {
      // The body travels as source text: it runs in the add-in's frame, where Excel is Office.js's.
      await (new Function(`return (${source})();`) as () => Promise<void>)();
      return "ok";
    } catch (caught) {
      return (caught as OfficeExtension.Error).code;
    }
  }, body.toString());

describeInExcel("the simulated workbook, through Microsoft's Office.js", (open) => {
  test("sheets: add, load their items, position, rename, activate and delete", async () => {
    const excel = await open({ seed: { sheets: [{ name: "Data" }] } });
    const names = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const added = sheets.add("Pro forma A7");
        sheets.add();
        added.position = 0;
        added.activate();
        sheets.load("items/name, items/position");
        await context.sync();
        const before = sheets.items.map((sheet) => [sheet.name, sheet.position]);
        sheets.items[2]!.name = "Audit";
        sheets.getItem("Data").delete();
        await context.sync();
        return before;
      }),
    );
    expect(names).toEqual([
      ["Pro forma A7", 0],
      ["Data", 1],
      ["Sheet1", 2],
    ]);
    const snapshot = await excel.hook<{ activeSheet: string; sheets: { name: string }[] }>("snapshot");
    expect(snapshot.activeSheet).toBe("Pro forma A7");
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Pro forma A7", "Audit"]);
  }, 60_000);

  test("Excel's refusals: a taken or invalid sheet name, the last visible sheet, a deleted sheet used again", async () => {
    const excel = await open({ seed: { sheets: [{ name: "Data" }, { name: "B" }] } });
    expect(
      await outcome(excel, async () =>
        Excel.run(async (context) => {
          context.workbook.worksheets.add("DATA");
          await context.sync();
        }),
      ),
    ).toBe("ItemAlreadyExists");
    expect(
      await outcome(excel, async () =>
        Excel.run(async (context) => {
          context.workbook.worksheets.add("a/b");
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(
      await outcome(excel, async () =>
        Excel.run(async (context) => {
          const b = context.workbook.worksheets.getItem("B");
          b.delete();
          await context.sync();
          b.getRange("A1").values = [[1]];
          await context.sync();
        }),
      ),
    ).toBe("ItemNotFound");
    expect(
      await outcome(excel, async () =>
        Excel.run(async (context) => {
          context.workbook.worksheets.getActiveWorksheet().delete();
          await context.sync();
        }),
      ),
    ).toBe("InvalidOperation");
  }, 60_000);

  test("freeze panes and page layout are kept, and loaded back in Excel's words", async () => {
    const excel = await open({
      seed: {
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
    const layout = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.freezePanes.freezeRows(1);
        sheet.pageLayout.orientation = Excel.PageOrientation.landscape;
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        sheet.pageLayout.setPrintTitleRows("$1:$1");
        sheet.pageLayout.setPrintArea("A1:B2");
        const loaded = sheet.pageLayout.load("orientation, zoom");
        await context.sync();
        return [loaded.orientation, loaded.zoom];
      }),
    );
    expect(layout).toEqual(["Landscape", { horizontalFitToPages: 1, verticalFitToPages: 0 }]);
    const sheet = await excel.hook<{ freezeRows: number; pageLayout: unknown }>("sheet", "Data");
    expect(sheet.freezeRows).toBe(1);
    expect(sheet.pageLayout).toMatchObject({ printTitleRows: "1:1", printArea: ["A1:B2"] });
  }, 60_000);

  test("column widths set and read in points, paper size, margins; autofit measures the whole column as Excel", async () => {
    const excel = await open({
      seed: {
        sheets: [
          {
            name: "Data",
            values: [
              ["A long title above the table, which Excel's autofit measures too (office-js #5999)"],
              [],
              ["SKU", "Qty"],
              ["LAMP-9", 4],
            ],
          },
        ],
      },
    });
    const read = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("B:B").format.columnWidth = 52.5;
        sheet.getRangeByIndexes(2, 0, 2, 1).format.autofitColumns();
        sheet.pageLayout.paperSize = Excel.PaperType.a4;
        sheet.pageLayout.setPrintMargins(Excel.PrintMarginUnit.inches, { left: 0.25, right: 0.25 });
        const a = sheet.getRange("A3").format.load("columnWidth");
        const b = sheet.getRange("B1:B2").format.load("columnWidth");
        const both = sheet.getRange("A1:B1").format.load("columnWidth");
        const layout = sheet.pageLayout.load("paperSize, leftMargin, rightMargin");
        await context.sync();
        return {
          widths: [a.columnWidth, b.columnWidth, both.columnWidth],
          layout: [layout.paperSize, layout.leftMargin, layout.rightMargin],
        };
      }),
    );
    // A3:A4 was autofitted, yet column A is as wide as the title in A1; the columns differ, so A1:B1 reads null.
    expect(read.widths[0]).toBeGreaterThan(400);
    expect(read.widths.slice(1)).toEqual([52.5, null]);
    expect(read.layout).toEqual(["A4", 18, 18]);
  }, 60_000);

  test("with fitToPagesIgnored, fit to pages does not stick: the zoom stays as it was (office-js #1860)", async () => {
    const zooms = async (excel: InExcel) =>
      excel.addin.evaluate(() =>
        Excel.run(async (context) => {
          const layout = context.workbook.worksheets.getItem("Data").pageLayout;
          layout.zoom = { scale: 90 };
          const scaled = layout.load("zoom");
          await context.sync();
          const first = scaled.zoom;
          layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          layout.orientation = Excel.PageOrientation.landscape;
          const fitted = layout.load("zoom, orientation");
          await context.sync();
          return [first, fitted.zoom, fitted.orientation];
        }),
      );
    const seed = { sheets: [{ name: "Data" }] };
    expect(await zooms(await open({ seed }))).toEqual([
      { scale: 90 },
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
      "Landscape",
    ]);
    expect(await zooms(await open({ seed, options: { fitToPagesIgnored: true } }))).toEqual([
      { scale: 90 },
      { scale: 90 },
      "Landscape",
    ]);
  }, 60_000);

  test("tables: unique headers, header, body and whole ranges, rows.add, a null object for a missing name", async () => {
    const excel = await open({
      seed: {
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
      },
    });
    const read = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const table = context.workbook.tables.add("Data!A1:C3", true);
        table.name = "Shipment";
        const header = table.getHeaderRowRange().load("address, values");
        const body = table.getDataBodyRange().load("address");
        table.rows.add(undefined, [["C", 3, true]]);
        const whole = table.getRange().load("address");
        const missing = context.workbook.tables.getItemOrNullObject("Other");
        await context.sync();
        return {
          header: header.values,
          addresses: [header.address, body.address, whole.address],
          missing: missing.isNullObject,
        };
      }),
    );
    expect(read).toEqual({
      header: [["SKU", "SKU2", "Column3"]],
      addresses: ["Data!A1:C1", "Data!A2:C3", "Data!A1:C4"],
      missing: true,
    });
    expect(await excel.hook("getValues", "Data!A4:C4")).toEqual([["C", 3, true]]);
  }, 60_000);

  test("with tableAutoExpand, values written right of a table make it take those columns in (AutoCorrect)", async () => {
    const seed = {
      sheets: [
        {
          name: "Data",
          values: [
            ["SKU", "Qty"],
            ["A", 1],
            ["B", 2],
          ],
        },
      ],
      tables: [{ address: "Data!A1:B3", name: "Lines" }],
    };
    const grow = async (excel: InExcel) =>
      excel.addin.evaluate(() =>
        Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Data");
          const table = context.workbook.tables.getItem("Lines");
          const seen: [string, string[]][] = [];
          const look = async () => {
            const range = table.getRange().load("address");
            const columns = table.columns.load("items/name");
            await context.sync();
            seen.push([range.address, columns.items.map((column) => column.name)]);
          };
          // A block of two columns with its header row, one header left empty.
          sheet.getRange("C1:D3").values = [
            ["Status", ""],
            ["OK", "x"],
            ["RISK", "y"],
          ];
          await look();
          // Data rows only, and a header the table has already (Excel numbers it).
          sheet.getRange("E2:E3").values = [["1"], ["2"]];
          sheet.getRange("F1").values = [["status"]];
          await look();
          // Not next to the table's rows, not adjacent, only blanks, or over another table: no growth.
          context.workbook.tables.add("Data!J1:J2", true);
          sheet.getRange("G4").values = [["below"]];
          sheet.getRange("H1").values = [["gap"]];
          sheet.getRange("G1:G3").values = [[""], [""], [""]];
          sheet.getRange("G2:J2").values = [["a", "b", "c", "d"]];
          await look();
          return seen;
        }),
      );
    expect(await grow(await open({ seed }))).toEqual([
      ["Data!A1:B3", ["SKU", "Qty"]],
      ["Data!A1:B3", ["SKU", "Qty"]],
      ["Data!A1:B3", ["SKU", "Qty"]],
    ]);
    expect(await grow(await open({ seed, options: { tableAutoExpand: true } }))).toEqual([
      ["Data!A1:D3", ["SKU", "Qty", "Status", "Column1"]],
      ["Data!A1:F3", ["SKU", "Qty", "Status", "Column1", "Column2", "status2"]],
      ["Data!A1:F3", ["SKU", "Qty", "Status", "Column1", "Column2", "status2"]],
    ]);
  }, 60_000);

  test("workbook settings keep JSON, and Dates come back as Dates", async () => {
    const excel = await open();
    const when = Date.UTC(2024, 2, 1);
    const read = await excel.addin.evaluate(
      (time) =>
        Excel.run(async (context) => {
          context.workbook.settings.add("mapping", { price: "Selling price", columns: [1, 2] });
          context.workbook.settings.add("declarationDate", new Date(time));
          await context.sync();
          const mapping = context.workbook.settings.getItem("mapping").load("value");
          const date = context.workbook.settings.getItem("declarationDate").load("value");
          const missing = context.workbook.settings.getItemOrNullObject("nope");
          await context.sync();
          return {
            mapping: mapping.value as unknown,
            isDate: date.value instanceof Date,
            time: (date.value as Date).getTime(),
            missing: missing.isNullObject,
          };
        }),
      when,
    );
    expect(read).toEqual({
      mapping: { price: "Selling price", columns: [1, 2] },
      isDate: true,
      time: when,
      missing: true,
    });
    expect(await excel.hook("getSettings")).toEqual({
      mapping: { price: "Selling price", columns: [1, 2] },
      declarationDate: `Date(${when})`,
    });
  }, 60_000);

  test("conditional formats are recorded with their rules and formats, newest first", async () => {
    const excel = await open({ seed: { sheets: [{ name: "Data" }] } });
    expect(
      await outcome(excel, async () =>
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("F2:F101");
          const risk = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
          risk.cellValue.rule = { formula1: '="RISK"', operator: Excel.ConditionalCellValueOperator.equalTo };
          risk.cellValue.format.fill.color = "#FDE7E9";
          const ok = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
          ok.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: "OK" };
          ok.textComparison.format.font.bold = true;
          await context.sync();
        }),
      ),
    ).toBe("ok");
    expect(await excel.hook("getConditionalFormats", "Data")).toEqual([
      expect.objectContaining({
        type: "ContainsText",
        priority: 0,
        ranges: ["F2:F101"],
        rule: { operator: "Contains", text: "OK" },
        format: { fontBold: true },
      }),
      expect.objectContaining({
        type: "CellValue",
        priority: 1,
        rule: { operator: "EqualTo", formula1: '="RISK"' },
        format: { fillColor: "#FDE7E9" },
      }),
    ]);
  }, 60_000);

  test("merged areas: those whose top-left cell is in the range, cut to it, null without any, refused over 512", async () => {
    const many = Array.from({ length: 513 }, (_, index) => `D${2 * index + 1}:D${2 * index + 2}`);
    const excel = await open({
      seed: {
        sheets: [
          { name: "Ship, Dec", values: [["S-1", 12]], origin: "A2", merges: ["A2:A4", "B2:C2"] },
          { name: "Many", merges: many },
        ],
      },
    });
    const read = await excel.addin.evaluate(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Ship, Dec");
        const all = sheet.getRange("A1:C9").getMergedAreasOrNullObject().load("address, areaCount");
        // A3:C9 holds no top-left cell of a merged area, though A2:A4 covers A3:A4 (office-js issue #3611).
        const below = sheet.getRange("A3:C9").getMergedAreasOrNullObject();
        // Cut to the range asked about (office-js issue #1590).
        const cut = sheet.getRange("A1:C3").getMergedAreasOrNullObject().load("address");
        await context.sync();
        return { address: all.address, count: all.areaCount, below: below.isNullObject, cut: cut.address };
      }),
    );
    expect(read).toEqual({
      address: "'Ship, Dec'!A2:A4, 'Ship, Dec'!B2:C2",
      count: 2,
      below: true,
      cut: "'Ship, Dec'!A2:A3, 'Ship, Dec'!B2:C2",
    });
    expect(
      await outcome(excel, async () =>
        Excel.run(async (context) => {
          context.workbook.worksheets
            .getItem("Many")
            .getRange("A1:D2000")
            .getMergedAreasOrNullObject()
            .load("address");
          await context.sync();
        }),
      ),
    ).toBe("GeneralException");
  }, 60_000);
});
