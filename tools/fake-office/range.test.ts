import { installFakeOffice, rejection } from "./test-support";

type Ctx = Excel.RequestContext;

/** Runs a batch against a fresh fake seeded with `values` on "Data" and returns the hook. */
async function withSheet(
  values: (string | number | boolean | null)[][],
  batch: (sheet: Excel.Worksheet, context: Ctx) => Promise<void>,
) {
  const fake = installFakeOffice({ workbook: { sheets: [{ name: "Data", values }] } });
  await fake.Excel.run(async (context) => batch(context.workbook.worksheets.getItem("Data"), context));
  return fake.hook;
}

describe("writing values", () => {
  test("a 2-D array of the wrong shape is InvalidArgument and writes nothing", async () => {
    const { Excel, hook } = installFakeOffice({
      workbook: { sheets: [{ name: "Data", values: [["a", "b"]] }] },
    });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["x", "y"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toBe(
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
    expect(hook.getValues("Data!A1:B2")).toEqual([
      ["a", "b"],
      ["", ""],
    ]);
  });

  test("ragged rows are InvalidArgument too", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:B2").values = [["x", "y"], ["z"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("one scalar fills the whole range", async () => {
    const hook = await withSheet([], async (sheet) => {
      (sheet.getRange("A1:B2") as unknown as { values: unknown }).values = 7;
      (sheet.getRange("A1:B2") as unknown as { numberFormat: unknown }).numberFormat = "0.00";
    });
    expect(hook.getValues("Data!A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(hook.getText("Data!A1")).toEqual([["7.00"]]);
  });

  test("strings are taken as typed input, like Excel does", async () => {
    const hook = await withSheet([], async (sheet) => {
      sheet.getRange("A1:H1").values = [
        ["0012", "'0012", "50%", "TRUE", "2024-03-01", "-5", "#N/A", "1,234.5"],
      ];
    });
    expect(hook.getValues("Data!A1:H1")).toEqual([[12, "0012", 0.5, true, 45352, -5, "#N/A", 1234.5]]);
    expect(hook.getNumberFormats("Data!C1:E1")).toEqual([["0%", "General", "yyyy-mm-dd"]]);
    expect(hook.getText("Data!E1")).toEqual([["2024-03-01"]]);
  });

  test("a string starting with = or a non-numeric +/- becomes a formula", async () => {
    const hook = await withSheet([], async (sheet) => {
      sheet.getRange("A1:C1").values = [["=SUM(B2:B9)", "- missing link", "+x"]];
    });
    expect(hook.getFormulas("Data!A1:C1")).toEqual([["=SUM(B2:B9)", "=- missing link", "=+x"]]);
  });

  test("the Text number format keeps strings as they are", async () => {
    const hook = await withSheet([], async (sheet) => {
      const range = sheet.getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["0012", "=A1"]];
    });
    expect(hook.getFormulas("Data!A1:B1")).toEqual([["0012", "=A1"]]);
  });

  test("null leaves a cell unchanged and an empty string clears it", async () => {
    const hook = await withSheet([["a", "b", "c"]], async (sheet) => {
      sheet.getRange("A1:C1").values = [[null, "", "z"]];
    });
    expect(hook.getValues("Data!A1:C1")).toEqual([["a", "", "z"]]);
  });

  test("NaN travels as null in JSON and so leaves the cell unchanged", async () => {
    const hook = await withSheet([[1]], async (sheet) => {
      sheet.getRange("A1").values = [[NaN]];
    });
    expect(hook.getValues("Data!A1")).toEqual([[1]]);
  });

  test("formula values come from the test's evaluator (0 without one)", async () => {
    const fake = installFakeOffice();
    fake.hook.setFormulaEvaluator((formula) => (formula === "=1+1" ? 2 : "#NAME?"));
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:B1").formulas = [["=1+1", "=FOO()"]];
    });
    expect(fake.hook.getValues("Sheet1!A1:B1")).toEqual([[2, "#NAME?"]]);
  });

  test("clear() removes contents and formats", async () => {
    const hook = await withSheet([["a", "b"]], async (sheet, context) => {
      sheet.getRange("A1:B1").format.fill.color = "#FF0000";
      await context.sync();
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear();
    });
    expect(hook.getValues("Data!A1:B1")).toEqual([["", ""]]);
    expect(hook.getFormat("Data!A1").fillColor).toBe("#FF0000");
    expect(hook.getFormat("Data!B1").fillColor).toBe("#FFFFFF");
  });
});

describe("reading", () => {
  test("text shows values under their number formats", async () => {
    const hook = await withSheet([[1234.5, 0.195, 45352, -3, true]], async (sheet) => {
      sheet.getRange("A1:E1").numberFormat = [["#,##0.00", "0.0%", "dd/mm/yyyy", "0.00;(0.00)", "General"]];
    });
    expect(hook.getText("Data!A1:E1")).toEqual([["1,234.50", "19.5%", "01/03/2024", "(3.00)", "TRUE"]]);
  });

  test("values, formulas, valueTypes and text of a loaded range", async () => {
    const { Excel } = installFakeOffice({
      workbook: { sheets: [{ name: "Data", values: [[2, "x", null]], formulas: [["=1+1", null, null]] }] },
    });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:C1");
      range.load("values, formulas, valueTypes, text");
      await context.sync();
      expect(range.values).toEqual([[2, "x", ""]]);
      expect(range.formulas).toEqual([["=1+1", "x", ""]]);
      expect(range.valueTypes).toEqual([["Double", "String", "Empty"]]);
      expect(range.text).toEqual([["2", "x", ""]]);
    });
  });
});

describe("addresses and navigation", () => {
  test("address, indexes and counts", async () => {
    const { Excel } = installFakeOffice({ workbook: { sheets: [{ name: "My Sheet" }] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("My Sheet");
      const ranges = [
        sheet.getRange("B2:D5"),
        sheet.getRangeByIndexes(1, 1, 4, 3),
        sheet.getCell(4, 3),
        sheet.getRange("B2").getResizedRange(3, 2),
        sheet.getRange("B2:D5").getOffsetRange(1, 1),
        sheet.getRange("B2:D5").getColumn(1),
        sheet.getRange("B2:D5").getRow(3),
        sheet.getRange("B2:D5").getEntireColumn(),
        sheet.getRange("B2:D5").getEntireRow(),
        sheet.getRange("B2:D5").getLastCell(),
        sheet.getRange("B2:D5").getRowsBelow(2),
        sheet.getRange("B2").getBoundingRect("D5"),
        sheet.getRange("B2:D5").getIntersection("C1:C3"),
      ];
      ranges.forEach((r) => r.load("address, rowIndex, columnIndex, rowCount, columnCount"));
      await context.sync();
      expect(ranges.map((r) => r.address)).toEqual([
        "'My Sheet'!B2:D5",
        "'My Sheet'!B2:D5",
        "'My Sheet'!D5",
        "'My Sheet'!B2:D5",
        "'My Sheet'!C3:E6",
        "'My Sheet'!C2:C5",
        "'My Sheet'!B5:D5",
        "'My Sheet'!B:D",
        "'My Sheet'!2:5",
        "'My Sheet'!D5",
        "'My Sheet'!B6:D7",
        "'My Sheet'!B2:D5",
        "'My Sheet'!C2:C3",
      ]);
      expect([
        ranges[0]!.rowIndex,
        ranges[0]!.columnIndex,
        ranges[0]!.rowCount,
        ranges[0]!.columnCount,
      ]).toEqual([1, 1, 4, 3]);
    });
  });

  test("a sheet-qualified address works from the workbook-wide objects and must match the sheet", async () => {
    const { Excel } = installFakeOffice({ workbook: { sheets: [{ name: "A" }, { name: "B" }] } });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("B!A1");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test.each([
    ["row 0", (s: Excel.Worksheet) => s.getRange("A0")],
    ["a column past XFD", (s: Excel.Worksheet) => s.getRange("XFE1")],
    ["an offset above row 1", (s: Excel.Worksheet) => s.getRange("A1").getOffsetRange(-1, 0)],
    ["zero rows", (s: Excel.Worksheet) => s.getRangeByIndexes(0, 0, 0, 1)],
    ["not an address", (s: Excel.Worksheet) => s.getRange("not an address")],
  ])("%s is InvalidArgument", async (_case, make) => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async (context) => {
        make(context.workbook.worksheets.getActiveWorksheet());
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("used range", () => {
  test("the bounding box of cells with values; a blank sheet gives A1", async () => {
    const { Excel } = installFakeOffice({
      workbook: {
        sheets: [
          {
            name: "Data",
            origin: "B3",
            values: [
              ["x", null],
              [null, 5],
            ],
          },
          { name: "Blank" },
        ],
      },
    });
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRange().load("address");
      const blank = context.workbook.worksheets.getItem("Blank").getUsedRange().load("address");
      const orNull = context.workbook.worksheets.getItem("Blank").getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Data!B3:C4");
      expect(blank.address).toBe("Blank!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  test("formatted cells count unless valuesOnly", async () => {
    const { Excel } = installFakeOffice({ workbook: { sheets: [{ name: "Data", values: [["x"]] }] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D10").format.fill.color = "yellow";
      const all = sheet.getUsedRange().load("address");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      await context.sync();
      expect(all.address).toBe("Data!A1:D10");
      expect(valuesOnly.address).toBe("Data!A1");
    });
  });

  test("the used range is taken when the object is created, in batch order", async () => {
    const { Excel } = installFakeOffice({ workbook: { sheets: [{ name: "Data", values: [["x"]] }] } });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const before = sheet.getUsedRange().load("address");
      sheet.getRange("C3").values = [["y"]];
      const after = sheet.getUsedRange().load("address");
      await context.sync();
      expect([before.address, after.address]).toEqual(["Data!A1", "Data!A1:C3"]);
    });
  });
});

describe("formats", () => {
  test("a format property reads null when the cells differ, the value when they agree", async () => {
    const { Excel } = installFakeOffice();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1:B1").format.fill.color = "#00ff00";
      const mixed = sheet.getRange("A1:B1").load("format/font/bold, format/fill/color");
      await context.sync();
      expect(mixed.format.font.bold).toBeNull();
      expect(mixed.format.fill.color).toBe("#00FF00");
    });
  });

  test("an invalid colour is InvalidArgument", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").format.fill.color = "not-a-colour";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("whole-column formats, widths and autofit are kept", async () => {
    const { Excel, hook } = installFakeOffice({
      workbook: { sheets: [{ name: "Data", values: [["Status"], ["UNDER_DECLARED"]] }] },
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.getRange("C:C").format.font.italic = true;
      sheet.getRange("A1:A2").format.autofitColumns();
      sheet.getRange("A1:C1").format.borders.getItem("EdgeBottom").style = "Continuous";
    });
    const snapshot = hook.sheet("Data");
    expect(snapshot.columnWidths["B"]).toBe(120);
    expect(snapshot.columnWidths["A"]).toBeGreaterThan(48);
    expect(snapshot.autofittedColumns).toEqual(["A"]);
    expect(hook.getFormat("Data!C500").fontItalic).toBe(true);
    expect(hook.getFormat("Data!A1:C1").borderEdgeBottom).toEqual({
      style: "Continuous",
      color: "#000000",
      weight: "Thin",
    });
    // Whole-column formats do not extend the used range; the cells given a border do.
    expect(snapshot.usedRange).toBe("A1:C2");
  });
});

describe("selection", () => {
  test("getSelectedRange follows the test's selection, and select() moves it", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: { sheets: [{ name: "A" }, { name: "B" }] } });
    hook.setSelection("B!C3:D4");
    await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("B!C3:D4");
      context.workbook.worksheets.getItem("A").getRange("5:5").select();
    });
    expect(hook.snapshot()).toMatchObject({ selection: "A!5:5", activeSheet: "A" });
  });
});
