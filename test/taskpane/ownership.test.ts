import { fingerprint } from "../../taskpane/fingerprint";
import {
  type OwnedColumn,
  blockHashes,
  emptyRecord,
  fieldOf,
  isFormula,
  judgeCells,
  judgeColumn,
  keptCells,
  keptValue,
  ownedColumn,
  ownedField,
  readCreatedSheets,
  readRecord,
  recordCostWrite,
  shareKey,
  typedCells,
  withColumns,
} from "../../taskpane/ownership";

const written = ["OK", "RISK", "", "ERROR"];
const owned: OwnedColumn = {
  header: "Status",
  column: 20,
  kind: "output",
  created: true,
  firstRow: 3,
  lastRow: 6,
  fingerprint: fingerprint(written),
};
const cells = (
  values: (string | number | null)[],
  formulas: unknown[] = values.map((value) => value ?? ""),
) => ({ header: "Status", column: 20, values, formulas, firstRowNumber: 4 });

describe("an output column (Status, Flags, ...) that is already in the sheet", () => {
  test("is written when empty, whoever made it", () => {
    expect(judgeColumn(cells(["", null, ""]), undefined, "Check shipment")).toEqual({
      writable: true,
      reason: "empty",
    });
  });

  test("is written when it holds exactly what the add-in left there, in any row order", () => {
    expect(judgeColumn(cells(["ERROR", "OK", "", "RISK"]), owned, "Check shipment")).toEqual({
      writable: true,
      reason: "ours",
    });
  });

  test("is refused when it holds the user's own data", () => {
    const verdict = judgeColumn(cells(["paid", "", "shipped"]), undefined, "Check shipment");
    expect(verdict).toEqual({
      writable: false,
      message:
        'Column U "Status" already holds data the add-in did not write, so the add-in wrote nothing. To keep those values, rename or move that column; if they can go, clear the column\'s cells. Then run Check shipment again.',
    });
  });

  test("is the add-in's, changed, when someone typed into it after the last run (the action asks first)", () => {
    expect(judgeColumn(cells(["OK", "RISK", "mine", "ERROR"]), owned, "Check shipment")).toEqual({
      writable: true,
      reason: "changed",
    });
  });

  test("the cells typed into are those of a changed block that the action would write over", () => {
    const blocks = blockHashes(written);
    expect(blocks.size).toBe(1);
    const recorded = { ...owned, blocks };
    const now = ["OK", "RISK", "mine", "ERROR"];
    expect(typedCells(now, written, recorded)).toEqual([2]);
    // What the action writes now differs in row 0 too (new settings), but that block did not change: not named.
    expect(typedCells(now, ["REVIEW", "RISK", "", "ERROR"], recorded)).toEqual([2]);
    // A cell that holds what the action writes anyway is not asked about; a cleared cell neither.
    expect(typedCells(["OK", "RISK", "", "OK"], ["OK", "RISK", "", "OK"], recorded)).toEqual([]);
    // Without block hashes (a record of an earlier version) every cell the action would change is named.
    expect(typedCells(now, ["REVIEW", "RISK", "", "ERROR"], owned)).toEqual([0, 2]);
    // A value the user kept before is not asked about again; it is left as it is, wherever it moved.
    const kept = { ...recorded, kept: [keptValue("mine")] };
    expect(typedCells(now, written, kept)).toEqual([]);
    expect(keptCells(["mine", "OK", "", "RISK"], ["OK", "RISK", "", "ERROR"], kept)).toEqual([0]);
  });

  test("block hashes stay a few per column whatever the rows, one row a block for small sheets", () => {
    expect(blockHashes(Array.from({ length: 256 }, (_, i) => i)).size).toBe(1);
    const large = blockHashes(Array.from({ length: 50_000 }, (_, i) => i));
    expect(large.size).toBe(196);
    expect(large.hashes.split(".")).toHaveLength(256);
  });

  test("is refused when it holds a formula, even one that shows what the add-in wrote", () => {
    const verdict = judgeColumn(
      cells(["OK", "RISK", "", "ERROR"], ["OK", '="RISK"', "", "ERROR"]),
      owned,
      "Check shipment",
    );
    expect(verdict.writable).toBe(false);
    expect(!verdict.writable && verdict.message).toContain("holds formulas (row 5)");
  });
});

describe("cost cells (Freight, Last mile, Handling)", () => {
  const column = (
    values: (number | string | null)[],
    targets: number[],
    formulas: unknown[] = values.map((v) => v ?? ""),
  ) => ({
    header: "Freight",
    column: 9,
    values,
    formulas,
    firstRowNumber: 4,
    targets,
  });

  test("empty target cells are written, whatever the other rows hold", () => {
    expect(judgeCells(column([2.5, null, null, 1], [1, 2]), undefined, "*")).toEqual({ writable: true });
  });

  test("a user's amount in a target row is refused, naming the row", () => {
    const verdict = judgeCells(column([2.5, null, 3, 1], [1, 2]), undefined, shareKey("LGG-1"));
    expect(verdict).toMatchObject({ writable: false, rows: [6] });
    expect(!verdict.writable && verdict.message).toContain(
      'Column J "Freight" already has values in row 6 that the add-in did not write',
    );
  });

  test("a formula is never overwritten", () => {
    const verdict = judgeCells(column([2.5, 0, null], [1, 2], [2.5, "=A1*0", ""]), undefined, "*");
    expect(verdict).toMatchObject({ writable: false, rows: [5] });
  });

  test("the add-in's own earlier shares may be replaced, per shipment or when the column is all its own", () => {
    const key = shareKey("LGG-1");
    const before = [2.5, null, null, 1];
    const after = [2.5, 0.4, 0.6, 1];
    const recorded = recordCostWrite(
      undefined,
      { header: "Freight", column: 9, created: false, firstRow: 3, lastRow: 6 },
      before,
      after,
      [1, 2],
      key,
    );
    expect(recorded.whole).toBeUndefined();
    expect(recorded.shares).toEqual({ [key]: fingerprint([0.4, 0.6]) });
    expect(judgeCells(column(after, [1, 2]), recorded, key)).toEqual({ writable: true });
    // Another shipment's rows holding the user's values are not the add-in's.
    expect(judgeCells(column(after, [0, 3]), recorded, shareKey("LGG-2")).writable).toBe(false);
    // Typed over after the share: refused.
    expect(judgeCells(column([2.5, 0.4, 0.7, 1], [1, 2]), recorded, key).writable).toBe(false);

    const created = recordCostWrite(
      undefined,
      { header: "Freight", column: 9, created: true, firstRow: 3, lastRow: 6 },
      [null, null, null],
      [1, 2, 3],
      [0, 1, 2],
      "*",
    );
    expect(created.whole).toBe(fingerprint([1, 2, 3]));
    expect(judgeCells(column([1, 2, 3], [0, 2]), created, shareKey("LGG-9"))).toEqual({ writable: true });
    // Sharing one shipment afterwards drops the all-rows share but keeps the column the add-in's own.
    const next = recordCostWrite(
      created,
      { header: "Freight", column: 9, created: true, firstRow: 3, lastRow: 6 },
      [1, 2, 3],
      [5, 2, 3],
      [0],
      shareKey("A"),
    );
    expect(next.shares).toEqual({ [shareKey("A")]: fingerprint([5]) });
    expect(next.whole).toBe(fingerprint([5, 2, 3]));
  });
});

describe("records in the workbook settings", () => {
  test("read back what was stored and drop what is malformed", () => {
    const record = withColumns(emptyRecord("Shipment"), [owned]);
    expect(
      readRecord(
        JSON.parse(
          JSON.stringify({
            ...record,
            mapping: { sku: "Article", description: null, bad: 3 },
            source: { kind: "table", name: "Lines" },
          }),
        ),
        "Shipment",
      ),
    ).toEqual({
      sheetName: "Shipment",
      headerRow: undefined,
      columns: [owned],
      mapping: { sku: "Article", description: null },
      source: { kind: "table", name: "Lines" },
    });
    expect(readRecord("nonsense", "Sheet1")).toEqual(emptyRecord("Sheet1"));
    expect(
      readRecord({ columns: [{ header: "Status" }, owned], source: { kind: "elsewhere" } }, "S").columns,
    ).toEqual([owned]);
  });

  test("columns are found and replaced by header, the way the sheet logic matches headers", () => {
    const record = withColumns(emptyRecord("Shipment"), [owned]);
    expect(ownedColumn(record, " status ")).toBe(owned);
    const moved = { ...owned, column: 22 };
    expect(withColumns(record, [moved]).columns).toEqual([moved]);
  });

  test("columns are known by what they hold, so a run in another language finds and replaces them", () => {
    // A record of an earlier version keys its columns by their English headers.
    const old = withColumns(emptyRecord("Shipment"), [owned]);
    expect(ownedField(old, "Status")).toBe(owned);
    expect(fieldOf({ ...owned, header: "Status (customs check)" })).toBe("Status");
    const freight = {
      header: "Freight",
      column: 9,
      kind: "cost",
      created: true,
      firstRow: 3,
      lastRow: 6,
    } as const;
    expect(fieldOf(freight)).toBe("freight");
    expect(fieldOf({ ...freight, kind: "vatRate", header: "Taux de TVA" })).toBe("vatRate");
    // Written again in French: the same column, replaced, and found by its field.
    const french: OwnedColumn = { ...owned, field: "Status", header: "Statut" };
    const record = withColumns(old, [french]);
    expect(record.columns).toEqual([french]);
    expect(ownedField(record, "Status")).toBe(french);
    expect(ownedField(record, "Flags")).toBeUndefined();
    // Kept with its field in the workbook; a field the add-in does not write is dropped.
    expect(readRecord(JSON.parse(JSON.stringify(record)), "Shipment").columns).toEqual([french]);
    const { field: _field, ...unknown } = french;
    expect(readRecord({ columns: [{ ...french, field: "Notes" }] }, "S").columns).toEqual([unknown]);
  });

  test("created sheets", () => {
    expect(readCreatedSheets({ proForma: { "Pro forma A": "{1}", bad: 4 }, audit: "Audit" })).toEqual({
      proForma: { "Pro forma A": "{1}" },
      audit: "Audit",
    });
    expect(readCreatedSheets(null)).toEqual({ proForma: {} });
  });

  test("formulas are text starting with =", () => {
    expect(isFormula("=A1")).toBe(true);
    expect(isFormula("A1")).toBe(false);
    expect(isFormula(3)).toBe(false);
  });
});
