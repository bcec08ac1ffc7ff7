import { installFakeOffice, rejection, thrown } from "./test-support";

const SEED = {
  sheets: [
    {
      name: "Data",
      values: [
        ["SKU", "Price"],
        ["A-1", 10],
        ["B-2", 20],
      ],
    },
  ],
};

describe("reading properties", () => {
  test("a property that was not loaded throws PropertyNotLoaded with Excel's message", async () => {
    const { Excel, OfficeExtension } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      const error = thrown(() => range.values);
      expect(error).toBeInstanceOf(OfficeExtension.Error);
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      expect(error.debugInfo.errorLocation).toBe("Range.values");
      await context.sync();
    });
  });

  test("a loaded property is not readable before the sync that loads it completes", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2:B3");
      range.load("values");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      const pending = context.sync();
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      await pending;
      expect(range.values).toEqual([
        ["A-1", 10],
        ["B-2", 20],
      ]);
    });
  });

  test("only the loaded properties are available", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Data!A1");
      expect(thrown(() => range.rowCount).code).toBe("PropertyNotLoaded");
    });
  });

  test("loaded values are copies: changing them changes neither the sheet nor a later load", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2");
      range.load("values");
      await context.sync();
      range.values[0]![0] = 999;
      const again = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      await context.sync();
      expect(again.values).toEqual([[10]]);
    });
    expect(hook.getValues("Data!B2")).toEqual([[10]]);
  });

  test("load accepts a string with spaces, an array, {select, expand} and the property-object form", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1").load(" values , address ");
      const b = sheet.getRange("A1").load(["rowIndex", "columnIndex"]);
      const c = sheet.getRange("A1").load({ select: "rowCount", expand: "format/fill" });
      const d = sheet.getRange("A1").load({ text: true, format: { font: { bold: true } } });
      await context.sync();
      expect([a.values, a.address]).toEqual([[["SKU"]], "Data!A1"]);
      expect([b.rowIndex, b.columnIndex]).toEqual([0, 0]);
      expect([c.rowCount, c.format.fill.color]).toEqual([1, "#FFFFFF"]);
      expect([d.text, d.format.font.bold]).toEqual([[["SKU"]], false]);
    });
  });

  test("load() without arguments loads the scalar properties", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data").load();
      await context.sync();
      expect(sheet.name).toBe("Data");
      expect(sheet.position).toBe(0);
    });
  });

  test("loading a property name Excel does not have rejects the sync with InvalidArgument", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").load("valus");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("a value set locally can be read back before the sync, as with the real proxies", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C1");
      range.values = [["new"]];
      expect(range.values).toEqual([["new"]]);
      await context.sync();
    });
  });

  test("assigning a read-only property throws a TypeError (the proxies have no setter)", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(() => ((range as unknown as { address: string }).address = "B2")).toThrow(TypeError);
      await context.sync();
    });
  });

  test("toJSON returns the loaded values", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Data")
        .getRange("A1")
        .load("address, format/font/bold");
      await context.sync();
      expect(JSON.parse(JSON.stringify(range))).toEqual({
        address: "Data!A1",
        format: { font: { bold: false } },
      });
    });
  });
});

describe("writing", () => {
  test("property writes and method calls reach the workbook only when the sync runs", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("B2").values = [[11]];
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      expect(hook.getValues("Data!B2")).toEqual([[10]]);
      expect(hook.getFormat("Data!A1:B1").fontBold).toBe(false);
      expect(hook.sheet("Data").freezeRows).toBe(0);
      const sync = context.sync();
      expect(hook.getValues("Data!B2")).toEqual([[10]]);
      await sync;
      expect(hook.getValues("Data!B2")).toEqual([[11]]);
      expect(hook.getFormat("Data!A1:B1").fontBold).toBe(true);
      expect(hook.sheet("Data").freezeRows).toBe(1);
    });
  });

  test("Excel.run syncs what the batch left queued", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["queued"]];
    });
    expect(hook.getValues("Data!C1")).toEqual([["queued"]]);
  });

  test("set() assigns scalars and navigation properties", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Data")
        .getRange("A1:B1")
        .set({
          values: [["x", "y"]],
          format: { fill: { color: "#4472C4" }, font: { color: "white" } },
        });
    });
    expect(hook.getValues("Data!A1:B1")).toEqual([["x", "y"]]);
    expect(hook.getFormat("Data!A1:B1")).toMatchObject({ fillColor: "#4472C4", fontColor: "#FFFFFF" });
  });

  test("a value assigned after the sync was called waits for the next sync", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Data").getRange("C1");
      const first = context.sync();
      cell.values = [["later"]];
      await first;
      expect(hook.getValues("Data!C1")).toEqual([[""]]);
      await context.sync();
      expect(hook.getValues("Data!C1")).toEqual([["later"]]);
    });
  });
});

describe("errors of a sync", () => {
  test("getItem of a missing sheet fails the sync with ItemNotFound even when nothing else uses it", async () => {
    const { Excel, OfficeExtension } = installFakeOffice({ workbook: SEED });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
  });

  test("actions before the failing one are applied, later ones are not", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("C1").values = [["before"]];
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [["lost"]];
        sheet.getRange("C2").values = [["after"]];
        await context.sync();
      }),
    );
    expect(hook.getValues("Data!C1:C2")).toEqual([["before"], [""]]);
  });

  test("Excel.run rejects with the batch's own error", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run(async () => {
        throw new Error("pane bug");
      }),
    );
    expect((error as unknown as Error).message).toBe("pane bug");
  });

  test("a batch that does not return a promise is refused with RunMustReturnPromise", async () => {
    const { Excel } = installFakeOffice();
    const error = await rejection(
      Excel.run((() => undefined) as unknown as (c: Excel.RequestContext) => Promise<void>),
    );
    expect(error.code).toBe("RunMustReturnPromise");
  });
});

describe("null objects", () => {
  test("getItemOrNullObject: isNullObject is known after a sync, without load", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("a null object's properties read as undefined and its actions do nothing", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      missing.delete();
      missing.getRange("A1").values = [["ignored"]];
      await context.sync();
      expect(missing.name).toBeUndefined();
    });
    expect(hook.snapshot().sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  test("the delete-if-exists idiom removes an existing sheet", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: { sheets: [{ name: "Data" }, { name: "Old" }] } });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Old").delete();
      context.workbook.worksheets.add("Old");
      await context.sync();
    });
    expect(hook.snapshot().sheets.map((s) => s.name)).toEqual(["Data", "Old"]);
  });
});

describe("ClientResult", () => {
  test("value throws ValueNotLoaded until the sync", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe("ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe("object lifetime", () => {
  test("a range from a finished Excel.run cannot be used again (InvalidObjectPath)", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    let kept: Excel.Range | undefined;
    await Excel.run(async (context) => {
      kept = context.workbook.worksheets.getItem("Data").getRange("A1").load("address");
      await context.sync();
    });
    expect(kept!.address).toBe("Data!A1");
    expect(thrown(() => kept!.load("values")).code).toBe("InvalidObjectPath");
  });

  test("inside Excel.run a range stays usable across syncs", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      await context.sync();
      range.values = [[(range.values[0]![0] as number) + 1]];
      await context.sync();
    });
    expect(hook.getValues("Data!B2")).toEqual([[11]]);
  });

  test("outside Excel.run a range lives for one sync unless tracked", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    const context = new Excel.RequestContext();
    const untracked = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
    const tracked = context.workbook.worksheets.getItem("Data").getRange("A2");
    context.trackedObjects.add(tracked);
    await context.sync();
    expect(untracked.values).toEqual([["SKU"]]);
    expect(thrown(() => untracked.load("values")).code).toBe("InvalidObjectPath");
    tracked.load("values");
    await context.sync();
    expect(tracked.values).toEqual([["A-1"]]);
  });

  test("objects of one context cannot be passed to another (InvalidRequestContext)", async () => {
    const { Excel } = installFakeOffice({ workbook: SEED });
    const other = new Excel.RequestContext();
    const foreign = other.workbook.worksheets.getItem("Data").getRange("A1:B3");
    other.trackedObjects.add(foreign);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      expect(thrown(() => sheet.autoFilter.apply(foreign)).code).toBe("InvalidRequestContext");
      await context.sync();
    });
  });
});

describe("sync counting", () => {
  test("syncs that send something are counted; an empty sync sends nothing", async () => {
    const { Excel, hook } = installFakeOffice({ workbook: SEED });
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await context.sync();
      await context.sync();
    });
    expect(hook.stats.syncs).toBe(1);
    expect(hook.stats.emptySyncs).toBe(3);
    expect(hook.log).toHaveLength(1);
    expect(hook.log[0]).toMatchObject({ sync: 1, loads: 1, sets: 0 });
  });
});
