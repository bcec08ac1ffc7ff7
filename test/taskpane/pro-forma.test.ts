/**
 * Pro forma, planned without Excel: a sheet per shipment from src/sheet's proFormaSheets, where each goes (the
 * add-in's own sheet replaced, a user's sheet never), its formats, how it prints, and what the pane says.
 */
import { checkShipment, proFormaSheets } from "../../src/sheet";
import { type CellValue } from "../../src/sheet";
import { VAT_TABLE_VERSION } from "../../src/engine";
import {
  type PageLayoutReading,
  editedProFormas,
  planProForma,
  unkeptPrintMessages,
} from "../../taskpane/actions/pro-forma";
import { fingerprint } from "../../taskpane/fingerprint";
import { inputsFor, sheetRead, type Worksheet } from "./sheet-cells";

const HEADER = ["SKU", "Description", "HS code", "Quantity", "Destination", "Selling price", "Shipment"];
const SHIPMENT: Worksheet = {
  values: [
    HEADER,
    ["LAMP-9", "Desk lamp", "94052140", 4, "DE", 119, "LGG-1"],
    ["MUG-2", "Mug", "69120023", 10, "FR", 12.9, "LGG-2"],
    ["KETTLE-1", "Kettle", "85161080", 1, "NL", 39.9, "LGG-1"],
  ],
};
const { settings } = inputsFor({ vatDeferral: false });
const nothing = () => ({ newColumns: 0, writtenColumns: [] });
const plan = (sheet: Worksheet) => planProForma(sheetRead(sheet, nothing), settings);

describe("Pro forma", () => {
  test("writes a sheet per shipment from A1: src/sheet's pro forma rows, empty cells as empty text", async () => {
    const { targets, writes } = await plan(SHIPMENT);
    expect(targets.map((target) => [target.name, target.replaced])).toEqual([
      ["Pro forma LGG-1", false],
      ["Pro forma LGG-2", false],
    ]);
    const expected = proFormaSheets(checkShipment(SHIPMENT.values as CellValue[][], settings), {
      declarationDate: settings.declarationDate,
      vatTableVersion: VAT_TABLE_VERSION,
    });
    expect(writes.map((write) => [write.sheet, write.row, write.column])).toEqual([
      ["Pro forma LGG-1", 0, 0],
      ["Pro forma LGG-2", 0, 0],
    ]);
    const width = expected[0].columns.length;
    expect(writes[0].values).toEqual(
      expected[0].rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? "")),
    );
  });

  test("SKU, description and HS code are text; money below the header shows cents with thousands", async () => {
    const { numberFormats, targets } = await plan(SHIPMENT);
    const { columns, rows, headerRowIndex } = targets[0].sheet;
    expect(numberFormats.filter((format) => format.sheet === "Pro forma LGG-1")).toEqual([
      {
        sheet: "Pro forma LGG-1",
        row: 0,
        column: 0,
        rowCount: rows.length,
        columnCount: 3,
        numberFormat: "@",
      },
      {
        sheet: "Pro forma LGG-1",
        row: headerRowIndex + 1,
        column: columns.indexOf("Unit price"),
        rowCount: rows.length - headerRowIndex - 1,
        columnCount: columns.length - columns.indexOf("Unit price"),
        numberFormat: "#,##0.00",
      },
    ]);
  });

  test("the title, the header row and the totals are bold", async () => {
    const { boldFormats, targets } = await plan(SHIPMENT);
    const { headerRowIndex, totalRowIndexes } = targets[0].sheet;
    expect(
      boldFormats.filter((format) => format.sheet === "Pro forma LGG-1").map((format) => format.row),
    ).toEqual([0, headerRowIndex, ...totalRowIndexes]);
  });

  test("replaces the add-in's own sheets of an earlier run, found by id even when renamed", async () => {
    const again = await plan({
      ...SHIPMENT,
      otherSheets: ["Old LGG-1"],
      created: { proForma: { "Pro forma LGG-1": "id-Old LGG-1" } },
    });
    expect(again.targets.map((target) => [target.name, target.replaced])).toEqual([
      ["Old LGG-1", true],
      ["Pro forma LGG-2", false],
    ]);
    expect(again.messages[0]).toBe(
      "Created or replaced 2 pro forma sheets: Old LGG-1, Pro forma LGG-2. A4 landscape at 100 %, header row on every page.",
    );
  });

  test("an earlier sheet the user edited is found by the fingerprint recorded when it was written", async () => {
    const first = await plan(SHIPMENT);
    const written = first.writes[0].values.map((row) => [...row]);
    const created = {
      proForma: { "Pro forma LGG-1": "id-Pro forma LGG-1" },
      proFormaWritten: { "id-Pro forma LGG-1": fingerprint(written.flat()) },
    };
    const again = await plan({ ...SHIPMENT, otherSheets: ["Pro forma LGG-1"], created });
    // As written: not edited. With a note below the totals: edited, the note named.
    expect(editedProFormas(again, created, new Map([["Pro forma LGG-1", written]]))).toEqual([]);
    const signed = [...written, [], ["Signed: J. Peeters"]];
    const edited = editedProFormas(again, created, new Map([["Pro forma LGG-1", signed]]));
    expect(edited.map(({ target, cells }) => [target.name, cells])).toEqual([
      ["Pro forma LGG-1", [{ address: `A${signed.length}`, text: "Signed: J. Peeters" }]],
    ]);
    // A sheet written by an earlier version has no fingerprint: not known to be edited.
    expect(
      editedProFormas(again, { proForma: created.proForma }, new Map([["Pro forma LGG-1", signed]])),
    ).toEqual([]);
  });

  test("never takes the name of a sheet of the user's", async () => {
    const planned = await plan({ ...SHIPMENT, otherSheets: ["Pro forma LGG-2"] });
    expect(planned.targets.map((target) => target.name)).toEqual(["Pro forma LGG-1", "Pro forma LGG-2 (2)"]);
    expect(planned.messages[1]).toBe(
      'A sheet of yours already had the name "Pro forma LGG-2"; it was left alone and the pro forma went to "Pro forma LGG-2 (2)".',
    );
  });

  test("prints A4 landscape at 100 % with each column as wide as its facts, in points", async () => {
    const { targets } = await plan(SHIPMENT);
    // No deduction but the sales VAT: nine columns.
    expect(targets[0].sheet.columns).toEqual([
      "SKU",
      "Description",
      "HS code",
      "Quantity",
      "Unit price",
      "Sales VAT",
      "Duty",
      "Declaration value",
      "Line total",
    ]);
    expect(targets[0].print).toEqual({
      // 14, 24, 10, 10, 12, 11, 11, 12 and 12 characters: (7 × width) pixels × 0.75.
      columnWidths: [73.5, 126, 52.5, 52.5, 63, 57.75, 57.75, 63, 63],
      fit: "100 %",
    });
  });

  test("names the sheets that print one page wide", async () => {
    const header = [...SHIPMENT.values[0], "Commission", "Packaging", "Freight", "Last mile", "FBA fee"];
    const values = [
      header,
      ["LAMP-9", "Desk lamp", "94052140", 4, "DE", 119, "LGG-1", 9.9, 0.3, 0.8, 1.2, 3.07],
      ["MUG-2", "Mug", "69120023", 10, "FR", 12.9, "LGG-2"],
    ];
    const { targets, messages } = await plan({ values });
    expect(targets.map((target) => [target.sheet.columns.length, target.print.fit])).toEqual([
      [14, "one page wide"],
      [9, "100 %"],
    ]);
    expect(messages[0]).toBe(
      "Created 2 pro forma sheets: Pro forma LGG-1, Pro forma LGG-2. A4 landscape, header row on every page; at 100 %: Pro forma LGG-2; one page wide: Pro forma LGG-1.",
    );
  });

  test("says which print settings Excel did not keep, naming the sheets (office-js #1860)", async () => {
    const { targets } = await plan(SHIPMENT);
    const wide = targets.map((target) => ({
      ...target,
      print: { ...target.print, fit: "one page wide" as const },
    }));
    const kept: PageLayoutReading = { orientation: "Landscape", paperSize: "A4", zoom: { scale: 100 } };
    expect(unkeptPrintMessages(targets, [kept, kept])).toEqual([]);
    expect(unkeptPrintMessages(wide, [kept, kept])).toEqual([
      "Excel did not keep the print setting 'one page wide' on sheets Pro forma LGG-1, Pro forma LGG-2: set it in Page Layout > Scale to Fit before printing.",
    ]);
    const fitted: PageLayoutReading = { ...kept, zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } };
    expect(unkeptPrintMessages(wide, [fitted, fitted])).toEqual([]);
    expect(
      unkeptPrintMessages(targets, [fitted, { ...kept, orientation: "Portrait", paperSize: "Letter" }]),
    ).toEqual([
      "Excel did not keep the print setting '100 %' on sheet Pro forma LGG-1: set it in Page Layout > Scale to Fit before printing.",
      "Excel did not keep the print setting 'A4' on sheet Pro forma LGG-2: set it in Page Layout > Size before printing.",
      "Excel did not keep the print setting 'landscape' on sheet Pro forma LGG-2: set it in Page Layout > Orientation before printing.",
    ]);
  });

  test("leaves out rows with errors, and says which", async () => {
    const values = SHIPMENT.values.map((row) => [...row]);
    values[2][5] = "n/a";
    expect((await plan({ values })).messages).toContain(
      "Left out because of errors (fix them and run Pro forma again): row 3.",
    );
  });
});
