import { installFakeOffice, rejection } from "./test-support";

const MB = 1024 * 1024;

/** A column of `rows` cells each holding `text`. */
function column(rows: number, text: string): string[][] {
  return Array.from({ length: rows }, () => [text]);
}

describe("request limit", () => {
  test("a request over 5 MB is refused with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const { Excel, hook } = installFakeOffice();
    const big = column(60_000, "x".repeat(100));
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange("B1").values = [["small write in the same batch"]];
        sheet.getRange("A1:A60000").values = big;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(error.message).toMatch(/^The request payload size has exceeded the limit\./);
    expect(hook.getValues("Sheet1!A1:B1")).toEqual([["", ""]]);
    expect(hook.stats).toMatchObject({ syncs: 1, failedSyncs: 1 });
    expect(hook.stats.largestRequestBytes).toBeGreaterThan(5 * MB);
    expect(hook.log[0]!.error).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("the size counts UTF-8 bytes, not characters", async () => {
    const { Excel } = installFakeOffice();
    // 2 million "€" are 2 million characters but 6 million bytes.
    const euros = column(20_000, "€".repeat(100));
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:A20000").values = euros;
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  test("a request under the limit goes through and its bytes are counted", async () => {
    const { Excel, hook } = installFakeOffice();
    const values = column(30_000, "y".repeat(100));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:A30000").values = values;
    });
    const payload = JSON.stringify(values).length;
    expect(hook.stats.largestRequestBytes).toBeGreaterThan(payload);
    expect(hook.stats.largestRequestBytes).toBeLessThan(payload + 2000);
    expect(hook.stats.totalRequestBytes).toBe(hook.stats.largestRequestBytes);
    expect(hook.getValues("Sheet1!A30000")).toEqual([["y".repeat(100)]]);
  });

  test("after a refused request the context and its objects keep working (a pane can retry smaller)", async () => {
    const { Excel, hook } = installFakeOffice();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange("A1:A60000").values = column(60_000, "z".repeat(100));
      await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
      sheet.getRange("A1:A2").values = column(2, "retry");
      await context.sync();
    });
    expect(hook.getValues("Sheet1!A1:A3")).toEqual([["retry"], ["retry"], [""]]);
  });

  test("the limit can be lowered so tests exercise chunking with small sheets", async () => {
    const { Excel, hook } = installFakeOffice({ payloadLimitBytes: 2_000 });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1:A30").values = column(
          30,
          "w".repeat(80),
        );
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    hook.setPayloadLimit(5 * MB);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1:A30").values = column(30, "w".repeat(80));
    });
    expect(hook.stats.syncs).toBe(2);
  });
});

describe("response limit", () => {
  test("loading more than 5 MB is refused with ResponsePayloadSizeLimitExceeded", async () => {
    const { Excel, hook } = installFakeOffice({
      workbook: { sheets: [{ name: "Big", values: column(60_000, "v".repeat(100)) }] },
    });
    const error = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Big");
        sheet.getRange("B1").values = [["written"]];
        sheet.getUsedRange().load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    // The workbook ran the batch; only the answer could not come back.
    expect(hook.getValues("Big!B1")).toEqual([["written"]]);
    expect(hook.stats.largestResponseBytes).toBeGreaterThan(5 * MB);
  });

  test("loading a whole column is refused before the fake builds a million cells", async () => {
    const { Excel } = installFakeOffice();
    const started = Date.now();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A:C").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test("getting more than five million cells is RangeExceedsLimit, whatever the payload limit", async () => {
    const { Excel } = installFakeOffice({ payloadLimitBytes: 100 * MB });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A:E").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("RangeExceedsLimit");
  });

  test("a read under the limit counts its response bytes", async () => {
    const { Excel, hook } = installFakeOffice({
      workbook: { sheets: [{ name: "S", values: column(1_000, "r".repeat(50)) }] },
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A1000").load("values");
      await context.sync();
    });
    expect(hook.stats.largestResponseBytes).toBeGreaterThan(
      JSON.stringify(column(1_000, "r".repeat(50))).length,
    );
  });
});

describe("test controls", () => {
  test("failNextSync rejects one sync without touching the workbook", async () => {
    const { Excel, hook } = installFakeOffice();
    hook.failNextSync({ code: "GeneralException", message: "Excel is busy" });
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect([error.code, error.message]).toEqual(["GeneralException", "Excel is busy"]);
    expect(hook.getValues("A1")).toEqual([[""]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
    });
    expect(hook.getValues("A1")).toEqual([["x"]]);
  });

  test("latency delays every sync", async () => {
    const { Excel } = installFakeOffice({ latencyMs: 60 });
    const started = Date.now();
    await Excel.run(async (context) => {
      context.workbook.load("name");
      await context.sync();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  test("suspendApiCalculationUntilNextSync is counted per sync", async () => {
    const { Excel, hook } = installFakeOffice();
    await Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getActiveWorksheet().getRange("A2").values = [[2]];
      await context.sync();
    });
    expect(hook.stats.calculationSuspendedSyncs).toBe(1);
    expect(hook.log.map((entry) => entry.calculationSuspended)).toEqual([true, false]);
  });
});
