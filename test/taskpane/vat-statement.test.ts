/**
 * VAT statement, planned without Excel: the VAT deferral statement of src/sheet (vatDeferralSheet) on the add-in's
 * own "VAT deferral" sheet (replaced on a re-run, a user's sheet of that name never touched), its formats, how it
 * prints, and the question before replacing a statement the user edited (kept as "VAT deferral (edited)").
 */
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type CellValue,
  VAT_DEFERRAL_COLUMNS,
  VAT_DEFERRAL_COLUMN_FACTS,
  checkShipment,
  columnWidthPoints,
  vatDeferralSheet,
} from "../../src/sheet";
import {
  editedVatStatement,
  editedVatStatementQuestion,
  keepingEditedStatement,
  planVatStatement,
} from "../../taskpane/actions/vat-statement";
import { keptNames } from "../../taskpane/actions/own-sheets";
import { fingerprint } from "../../taskpane/fingerprint";
import { readCreatedSheets } from "../../taskpane/ownership";
import { inputsFor, sheetRead, type Worksheet } from "./sheet-cells";

const HEADER = [
  "SKU",
  "HS code",
  "Quantity",
  "Destination",
  "Sales link",
  "Selling price",
  "Duty rate",
  "Declared value",
  "VAT number",
  "Shipment",
  "VAT regime",
  "Importer VAT number",
];
const SHIPMENT: Worksheet = {
  values: [
    ["Shipment LGG-1"],
    [],
    HEADER,
    [
      "LAMP-9",
      "94052140",
      40,
      "FR",
      "https://www.amazon.fr/dp/B08N5WRWNW",
      49.9,
      0.047,
      30,
      "FR40303265045",
      "LGG-1",
      "CP42",
      "",
    ],
    [
      "LAMP-10",
      "94052140",
      10,
      "FR",
      "https://www.amazon.fr/dp/B08N5WRWNX",
      49.9,
      0.047,
      30,
      "FR40303265045",
      "LGG-1",
      "ET 14.000",
      "BE0417497106",
    ],
    [
      "MUG-2",
      "69120023",
      5,
      "DE",
      "https://www.amazon.de/dp/B0MUG00002",
      19.9,
      0,
      8,
      "",
      "LGG-2",
      "paid",
      "",
    ],
    ["BAD-1", "69120023", 5, "DE", "https://www.amazon.de/dp/B0MUG00003", "", 0, 8, "", "LGG-2", "paid", ""],
  ],
};
const { settings } = inputsFor({ declarationDate: "2026-11-21" });
const nothing = () => ({ newColumns: 0, writtenColumns: [] });
const plan = (sheet: Worksheet) => planVatStatement(sheetRead(sheet, nothing), settings);
const expected = () =>
  vatDeferralSheet(checkShipment(SHIPMENT.values as CellValue[][], settings), {
    declarationDate: settings.declarationDate,
    vatTableVersion: VAT_TABLE_VERSION,
  });
const column = (name: (typeof VAT_DEFERRAL_COLUMNS)[number]) => VAT_DEFERRAL_COLUMNS.indexOf(name);

describe("VAT statement", () => {
  test("writes src/sheet's statement from A1 on a new sheet 'VAT deferral', every row as wide as the header", async () => {
    const planned = await plan(SHIPMENT);
    const statement = expected();
    expect(planned.target).toMatchObject({ name: "VAT deferral", replaced: false });
    expect(planned.write).toEqual({
      sheet: "VAT deferral",
      row: 0,
      column: 0,
      values: statement.rows.map((row) =>
        Array.from({ length: VAT_DEFERRAL_COLUMNS.length }, (_, index) => row[index] ?? ""),
      ),
    });
    // The three regimes on their lines, BAD-1 (no price) left out.
    const lines = statement.rows.slice(statement.headerRowIndex + 1, statement.totalRowIndexes[0]);
    expect(lines.map((line) => line.slice(0, 3))).toEqual([
      ["LGG-1", "CP42", "FR"],
      ["LGG-1", "ET14000", ""],
      ["LGG-2", "PAID", ""],
    ]);
    expect(statement.leftOut).toEqual([7]);
    expect(planned.messages).toEqual([
      'Created the VAT deferral statement on sheet "VAT deferral": 3 lines by shipment, VAT regime, destination and VAT rate, with the totals by regime. A4 landscape at 100 %, header row on every page.',
      "Left out because their import VAT could not be worked out (fix them and run VAT statement again): row 7.",
    ]);
  });

  test("words as text from A1; money to the cent with thousands and the rate in % below the header", async () => {
    const { numberFormats, statement } = await plan(SHIPMENT);
    const rows = statement.rows.length;
    const below = statement.headerRowIndex + 1;
    const format = (
      columnName: (typeof VAT_DEFERRAL_COLUMNS)[number],
      count: number,
      numberFormat: string,
    ) => ({
      sheet: "VAT deferral",
      column: column(columnName),
      columnCount: count,
      numberFormat,
    });
    expect(numberFormats).toEqual([
      { ...format("Shipment", 3, "@"), row: 0, rowCount: rows },
      { ...format("Treatment", 2, "@"), row: 0, rowCount: rows },
      { ...format("Goods value", 4, "#,##0.00"), row: below, rowCount: rows - below },
      { ...format("Import VAT", 2, "#,##0.00"), row: below, rowCount: rows - below },
      { ...format("VAT rate", 1, "0.0%"), row: below, rowCount: rows - below },
    ]);
  });

  test("the title, the header and the totals are bold; the header and the wrapped columns wrap, rows autofit", async () => {
    const { boldFormats, statement, table, wrapColumns } = await plan(SHIPMENT);
    const { headerRowIndex, totalRowIndexes } = statement;
    expect(boldFormats.map((format) => [format.row, format.columnCount, format.bold])).toEqual([
      [0, 1, true],
      [headerRowIndex, 13, true],
      ...totalRowIndexes.map((index) => [index, 13, true]),
    ]);
    expect(totalRowIndexes).toHaveLength(4);
    expect(table).toEqual({
      row: headerRowIndex,
      rowCount: (totalRowIndexes.at(-1) ?? 0) - headerRowIndex + 1,
    });
    expect(wrapColumns).toEqual([column("Treatment"), column("VAT numbers")]);
  });

  test("prints A4 landscape at 100 %, each column as wide as its facts, in points", async () => {
    const { target } = await plan(SHIPMENT);
    expect(target.print).toEqual({
      columnWidths: VAT_DEFERRAL_COLUMNS.map((name) =>
        columnWidthPoints(VAT_DEFERRAL_COLUMN_FACTS[name].width),
      ),
      fit: "100 %",
    });
    // 150 characters of 7 pixels, at 0.75 points a pixel.
    expect(target.print.columnWidths.reduce((sum, width) => sum + width, 0)).toBe(787.5);
  });

  test("replaces the add-in's own statement of an earlier run, found by id even when renamed", async () => {
    const again = await plan({
      ...SHIPMENT,
      otherSheets: ["Deferral Nov"],
      created: { proForma: {}, vatStatement: "id-Deferral Nov" },
    });
    expect(again.target).toMatchObject({
      name: "Deferral Nov",
      replaced: true,
      trackedId: "id-Deferral Nov",
    });
    expect(again.write.sheet).toBe("Deferral Nov");
    expect(again.numberFormats.every((format) => format.sheet === "Deferral Nov")).toBe(true);
    expect(again.messages[0]).toMatch(
      /^Replaced the VAT deferral statement on sheet "Deferral Nov": 3 lines/,
    );
  });

  test("never touches a sheet of the user's named 'VAT deferral'", async () => {
    const planned = await plan({ ...SHIPMENT, otherSheets: ["VAT deferral"] });
    expect(planned.target).toMatchObject({ name: "VAT deferral (2)", replaced: false });
    expect(planned.write.sheet).toBe("VAT deferral (2)");
    expect(planned.messages[1]).toBe(
      'A sheet of yours already had the name "VAT deferral"; it was left alone and the statement went to "VAT deferral (2)".',
    );
    // The add-in's statement tracked elsewhere: the user's sheet of that name is still not its own.
    const tracked = await plan({
      ...SHIPMENT,
      otherSheets: ["VAT deferral", "VAT deferral (2)"],
      created: { proForma: {}, vatStatement: "id-VAT deferral (2)" },
    });
    expect(tracked.target).toMatchObject({ name: "VAT deferral (2)", replaced: true });
  });

  test("a statement the user edited since it was written is found by the fingerprint recorded then", async () => {
    const first = await plan(SHIPMENT);
    const written = first.write.values.map((row) => [...row]);
    const created = {
      proForma: {},
      vatStatement: "id-VAT deferral",
      vatStatementWritten: fingerprint(written.flat()),
    };
    const again = await plan({ ...SHIPMENT, otherSheets: ["VAT deferral"], created });
    expect(again.target.replaced).toBe(true);
    // As written: not edited (rerun replaces it without asking).
    expect(editedVatStatement(again, created, new Map([["VAT deferral", written]]))).toEqual([]);
    // A signature below the notes: edited, the cell named.
    const signed = [...written, [], ["Signed: J. Peeters"]];
    const edited = editedVatStatement(again, created, new Map([["VAT deferral", signed]]));
    expect(edited.map(({ target, cells }) => [target.name, cells])).toEqual([
      ["VAT deferral", [{ address: `A${signed.length}`, text: "Signed: J. Peeters" }]],
    ]);
    // Without a record (or with the record of another sheet), not known to be edited.
    const { vatStatementWritten: _none, ...unrecorded } = created;
    expect(editedVatStatement(again, unrecorded, new Map([["VAT deferral", signed]]))).toEqual([]);
    expect(
      editedVatStatement(
        again,
        { ...created, vatStatement: "id-other" },
        new Map([["VAT deferral", signed]]),
      ),
    ).toEqual([]);

    // The question names the sheet and what it holds; keep is the first, safe choice.
    const kept = keptNames(edited, ["Shipment", "VAT deferral"]);
    expect(kept).toEqual(["VAT deferral (edited)"]);
    const question = editedVatStatementQuestion(edited, kept);
    expect(question).toEqual({
      topic: "changedVatStatement",
      text: `The VAT deferral sheet "VAT deferral" (A${signed.length} "Signed: J. Peeters") was changed since the add-in wrote it. Keep your sheet (renamed "VAT deferral (edited)") and write the new statement beside it, or replace it?`,
      choices: [
        { answer: "keep", label: "Keep my sheet" },
        { answer: "overwrite", label: "Replace it" },
      ],
    });

    // Keep: the edited sheet renamed and no longer tracked; a new statement under the name it had.
    const keeping = keepingEditedStatement(again, edited, kept, ["Shipment", "VAT deferral"]);
    expect(keeping.target).toEqual({
      name: "VAT deferral",
      replaced: false,
      keptAs: { sheet: "VAT deferral", name: "VAT deferral (edited)" },
      print: again.target.print,
    });
    expect(keeping.write).toEqual(again.write);
    expect(keeping.messages).toEqual([
      'Created the VAT deferral statement on sheet "VAT deferral": 3 lines by shipment, VAT regime, destination and VAT rate, with the totals by regime. A4 landscape at 100 %, header row on every page.',
      "Left out because their import VAT could not be worked out (fix them and run VAT statement again): row 7.",
      'Kept your edited sheet as "VAT deferral (edited)"; the add-in will not touch it again.',
    ]);
  });

  test("a kept statement that was renamed: the new statement goes under its own name, beside a user's sheet", async () => {
    const first = await plan(SHIPMENT);
    const created = {
      proForma: {},
      vatStatement: "id-Deferral Nov",
      vatStatementWritten: fingerprint(first.write.values.flat()),
    };
    const sheets = ["Shipment", "Deferral Nov", "VAT deferral"];
    const again = await plan({ ...SHIPMENT, otherSheets: sheets.slice(1), created });
    const signed = [...first.write.values, ["Signed"]];
    const edited = editedVatStatement(again, created, new Map([["Deferral Nov", signed]]));
    const kept = keptNames(edited, sheets);
    const keeping = keepingEditedStatement(again, edited, kept, sheets);
    expect(keeping.target).toMatchObject({
      name: "VAT deferral (2)",
      replaced: false,
      keptAs: { sheet: "Deferral Nov", name: "Deferral Nov (edited)" },
    });
    expect(keeping.write.sheet).toBe("VAT deferral (2)");
    expect(keeping.boldFormats.every((format) => format.sheet === "VAT deferral (2)")).toBe(true);
  });

  test("the workbook's record of the statement is read back, and anything of another shape dropped", () => {
    expect(
      readCreatedSheets({
        proForma: {},
        vatStatement: "{7}",
        vatStatementWritten: "120.abc.def",
        audit: "Audit",
      }),
    ).toEqual({ proForma: {}, vatStatement: "{7}", vatStatementWritten: "120.abc.def", audit: "Audit" });
    expect(readCreatedSheets({ proForma: {}, vatStatement: 7, vatStatementWritten: null })).toEqual({
      proForma: {},
    });
  });
});
