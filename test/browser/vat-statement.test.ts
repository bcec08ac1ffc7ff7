/**
 * Import VAT in the pane (issue 11): the built pane in headless Chromium, Microsoft's Office.js in the simulated
 * Excel on the web. The sample shipment with a "VAT regime" column holding the three regimes: Check shipment shows
 * the import VAT paid, deferred (ET 14.000) and exempt (procedure 42) in the summary; VAT statement writes the VAT
 * deferral statement of src/sheet on the add-in's own "VAT deferral" sheet, replaces it on a re-run, asks before
 * replacing it once the user edited it, and never touches a sheet of the user's with that name.
 */
import type { Frame } from "playwright-core";
import {
  type CellValue,
  VAT_DEFERRAL_COLUMNS,
  VAT_DEFERRAL_COLUMN_FACTS,
  checkShipment,
  columnLetters,
  columnWidthPoints,
  plainSummary,
  readSettings,
  summaryFacts,
  vatDeferralSheet,
} from "../../src/sheet";
import { VAT_TABLE_VERSION } from "../../src/engine";
import { type Seed, act, axeViolations, hook, openPane, waitIdle } from "./harness";
import { HEADER, sampleWorkbook } from "./sample";
import { describeInBrowser } from "./suite";

type Grid = (string | number | boolean)[][];

interface SheetSnapshot {
  values: Grid;
  formats: Record<string, { numberFormat?: string; fontBold?: boolean; wrapText?: boolean }>;
  columnWidths: Record<string, number>;
  autofittedColumns: string[];
  freezeRows: number;
  pageLayout: { values: Record<string, unknown>; printTitleRows: string | null };
}

/** The regime and importer VAT number of each sample row (sheet rows 4 to 10), by SKU. */
const REGIMES: Readonly<Record<string, readonly [string, string | null]>> = {
  "LAMP-9": ["CP42", null],
  "MUG-2": ["paid", null],
  "XSS-1": ["PAID", null],
  "BOOK-5": ["ET 14.000", "BE0417497106"],
  "CABLE-7": ["ET14000", "BE0417497106"],
  "BAD-1": ["paid", null],
  "KETTLE-1": ["paid", null],
};
/** The sample's columns A:Q, then the two columns of the regimes. */
const COLUMNS = HEADER.length + 2;

/** The sample shipment with "VAT regime" and "Importer VAT number" right of its Notes column. */
function workbook(extraSheets: NonNullable<Seed["sheets"]> = []): Seed {
  const seed = sampleWorkbook();
  const [sheet, ...others] = seed.sheets ?? [];
  sheet.values = (sheet.values ?? []).map((cells, index) => {
    const padded = [...cells, ...Array<unknown>(Math.max(0, HEADER.length - cells.length)).fill(null)];
    if (index === 2) return [...padded, "VAT regime", "Importer VAT number"];
    const regime = index > 2 ? REGIMES[String(cells[0])] : undefined;
    return regime === undefined ? cells : [...padded, ...regime];
  });
  sheet.formulas = sheet.formulas?.map((cells) => [...cells, null, null]);
  return { ...seed, sheets: [sheet, ...others, ...extraSheets] };
}

async function text(page: Frame, selector: string): Promise<string> {
  return (await page.innerText(selector)).replace(/\s+/g, " ").trim();
}

const sheetOf = (page: Frame, name: string) => hook<SheetSnapshot>(page, "sheet", name);
const sheetNames = async (page: Frame) =>
  (await hook<{ sheets: { name: string }[] }>(page, "snapshot")).sheets.map((sheet) => sheet.name);

/** The sample's input cells as the pane reads them (the add-in's columns right of them left out). */
async function inputCells(page: Frame): Promise<CellValue[][]> {
  const values = await hook<Grid>(page, "getValues", `Shipment!A1:${columnLetters(COLUMNS - 1)}10`);
  return values as CellValue[][];
}

/** What src/sheet makes of the same cells: the check and its statement, padded to the statement's width. */
function expectedStatement(cells: CellValue[][]) {
  const settings = readSettings({});
  const check = checkShipment(cells, settings, { firstRowNumber: 1 });
  const statement = vatDeferralSheet(check, {
    declarationDate: settings.declarationDate,
    vatTableVersion: VAT_TABLE_VERSION,
  });
  return {
    check,
    statement,
    rows: statement.rows.map((row) =>
      Array.from({ length: VAT_DEFERRAL_COLUMNS.length }, (_, index) => row[index] ?? ""),
    ),
  };
}

const SIGNATURE = "Signed: J. Peeters, broker";
const signed = (sheet: SheetSnapshot) => sheet.values.some((cells) => cells.includes(SIGNATURE));

describeInBrowser("import VAT and the VAT deferral statement in the pane", (suite) => {
  test("Check shows the three totals; VAT statement writes src/sheet's statement and replaces it on a re-run", async () => {
    const { pane: page, watch } = await openPane(suite.browser, suite.served, { workbook: workbook() });
    expect(await page.isVisible("#vat-statement")).toBe(true);
    expect(await page.isDisabled("#vat-statement")).toBe(false);

    // Check shipment: the summary's import VAT by regime, in the words and money format of every rendering.
    expect(await act(page, "#check")).toBe("done");
    const { check, statement, rows } = expectedStatement(await inputCells(page));
    expect(check.rows.map((row) => row.vatRegime)).toEqual([
      "CP42",
      "PAID",
      "PAID",
      "ET14000",
      "ET14000",
      "PAID",
      "PAID",
    ]);
    const facts = summaryFacts(plainSummary(check.summary)).filter((fact) =>
      fact.key.startsWith("importVat"),
    );
    expect(facts.map((fact) => fact.key)).toEqual(["importVatPaid", "importVatDeferred", "importVatExempt"]);
    for (const fact of facts) expect(fact.value).toBeGreaterThan(0);
    const body = await text(page, "#result-body");
    for (const fact of facts)
      expect(body).toContain(
        `${fact.label} ${fact.text}${fact.detail === undefined ? "" : ` ${fact.detail}`}`,
      );
    expect(body).toContain("Import VAT deferred (ET 14.000) EUR");
    expect(body).toContain("declared and deducted in the periodic Belgian VAT return");
    expect(body).toContain("destination VAT, an estimate: FR EUR");
    const money = await page.$$eval(".facts dd .money", (spans) => spans.map((span) => span.textContent));
    expect(money).toEqual(expect.arrayContaining(facts.map((fact) => fact.text)));

    // VAT statement: the add-in's own sheet, equal to src/sheet's statement of the same cells.
    expect(await act(page, "#vat-statement")).toBe("done");
    const sheet = await sheetOf(page, "VAT deferral");
    expect(sheet.values).toEqual(rows);
    // A line per shipment × regime: LGG-1 CP42 and ET 14.000, LGG-2 ET 14.000 and paid, LGG-3 paid.
    const { headerRowIndex, totalRowIndexes } = statement;
    expect(totalRowIndexes[0] - headerRowIndex - 1).toBe(5);
    expect(await text(page, "#result-body")).toContain(
      'Created the VAT deferral statement on sheet "VAT deferral": 5 lines by shipment, VAT regime, destination and VAT rate, with the totals by regime. A4 landscape at 100 %, header row on every page.',
    );
    // BAD-1 has no price: no figures, no line.
    expect(statement.leftOut).toEqual([9]);
    expect(await text(page, "#result-body")).toContain(
      "Left out because their import VAT could not be worked out (fix them and run VAT statement again): row 9.",
    );
    // Its summary shows the same totals.
    for (const fact of facts)
      expect(await text(page, "#result-body")).toContain(`${fact.label} ${fact.text}`);

    // Formats: money to the cent with thousands, the rate in %, the words as text; header and totals bold.
    const line = headerRowIndex + 2;
    const cell = (name: (typeof VAT_DEFERRAL_COLUMNS)[number], row: number) =>
      sheet.formats[`${columnLetters(VAT_DEFERRAL_COLUMNS.indexOf(name))}${row}`] ?? {};
    for (const name of ["Goods value", "Duty", "Import VAT", "Destination VAT (estimate)"] as const)
      expect(cell(name, line).numberFormat).toBe("#,##0.00");
    expect(cell("VAT rate", line).numberFormat).toBe("0.0%");
    expect(cell("Shipment", line).numberFormat).toBe("@");
    expect(cell("Treatment", line)).toMatchObject({ numberFormat: "@", wrapText: true });
    expect(cell("Shipment", 1).fontBold).toBe(true);
    for (const name of VAT_DEFERRAL_COLUMNS)
      expect(cell(name, headerRowIndex + 1)).toMatchObject({ fontBold: true, wrapText: true });
    for (const index of totalRowIndexes) expect(cell("Import VAT", index + 1).fontBold).toBe(true);
    expect(cell("Import VAT", line).fontBold).not.toBe(true);
    // Print: the facts' widths (no autofit of columns), A4 landscape at 100 %, the header on every page and frozen.
    expect(sheet.columnWidths).toEqual(
      Object.fromEntries(
        VAT_DEFERRAL_COLUMNS.map((name, index) => [
          columnLetters(index),
          columnWidthPoints(VAT_DEFERRAL_COLUMN_FACTS[name].width),
        ]),
      ),
    );
    expect(sheet.autofittedColumns).toEqual([]);
    expect(sheet.pageLayout.values).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 100 },
      leftMargin: 18,
      rightMargin: 18,
    });
    expect(sheet.pageLayout.printTitleRows).toBe(`${headerRowIndex + 1}:${headerRowIndex + 1}`);
    expect(sheet.freezeRows).toBe(headerRowIndex + 1);
    // The run is in the Audit sheet.
    const audit = await sheetOf(page, "Audit");
    expect(String(audit.values.at(-1)?.[1])).toContain("(VAT statement)");

    // Run again: replaced in place, no question, no second sheet.
    const names = await sheetNames(page);
    expect(await act(page, "#vat-statement")).toBe("done");
    expect(await sheetNames(page)).toEqual(names);
    expect((await sheetOf(page, "VAT deferral")).values).toEqual(rows);
    expect(await text(page, "#result-body")).toContain(
      'Replaced the VAT deferral statement on sheet "VAT deferral": 5 lines',
    );
    expect(watch.dialogs).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);

  test("a statement the user edited is not replaced without asking: kept as 'VAT deferral (edited)', or replaced", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: workbook() });
    expect(await act(page, "#vat-statement")).toBe("done");
    const below = (await sheetOf(page, "VAT deferral")).values.length + 2;
    await hook(page, "setValues", `'VAT deferral'!A${below}`, [[SIGNATURE]]);
    const before = await hook(page, "snapshot");

    // Asked first, naming the sheet and what it holds; nothing written.
    expect(await act(page, "#vat-statement")).toBe("question");
    expect(await page.getAttribute("#action-message", "data-question")).toBe("changedVatStatement");
    expect(await text(page, "#action-message")).toContain(
      `The VAT deferral sheet "VAT deferral" (A${below} "${SIGNATURE}") was changed since the add-in wrote it. Keep your sheet (renamed "VAT deferral (edited)") and write the new statement beside it, or replace it?`,
    );
    expect(await hook(page, "snapshot")).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);

    // Keep: the edited sheet stays, renamed; a new statement takes its name.
    await page.click("#action-message button[data-answer=keep]");
    expect(await waitIdle(page)).toBe("done");
    expect(signed(await sheetOf(page, "VAT deferral (edited)"))).toBe(true);
    const fresh = await sheetOf(page, "VAT deferral");
    expect(signed(fresh)).toBe(false);
    expect(fresh.values).toEqual(expectedStatement(await inputCells(page)).rows);
    expect(await text(page, "#result-body")).toContain(
      'Kept your edited sheet as "VAT deferral (edited)"; the add-in will not touch it again.',
    );

    // The kept sheet is the user's now: the next run neither asks nor touches it.
    const kept = await sheetOf(page, "VAT deferral (edited)");
    expect(await act(page, "#vat-statement")).toBe("done");
    expect(await sheetOf(page, "VAT deferral (edited)")).toEqual(kept);

    // Replace: the edit goes when the user says so.
    await hook(page, "setValues", `'VAT deferral'!A${below}`, [[SIGNATURE]]);
    expect(await act(page, "#vat-statement")).toBe("question");
    await page.click("#action-message button[data-answer=overwrite]");
    expect(await waitIdle(page)).toBe("done");
    expect(signed(await sheetOf(page, "VAT deferral"))).toBe(false);
    expect((await sheetNames(page)).filter((name) => name.startsWith("VAT deferral"))).toEqual([
      "VAT deferral (edited)",
      "VAT deferral",
    ]);
  }, 90_000);

  test("a sheet of the user's named 'VAT deferral' is never touched: the statement goes to 'VAT deferral (2)'", async () => {
    const mine = [["My own VAT notes"], ["Q4: ask the fiscal representative"]];
    const { pane: page } = await openPane(suite.browser, suite.served, {
      workbook: workbook([{ name: "VAT deferral", values: mine }]),
    });
    const before = await sheetOf(page, "VAT deferral");
    expect(await act(page, "#vat-statement")).toBe("done");
    expect(await text(page, "#result-body")).toContain(
      'A sheet of yours already had the name "VAT deferral"; it was left alone and the statement went to "VAT deferral (2)".',
    );
    expect((await sheetOf(page, "VAT deferral (2)")).values).toEqual(
      expectedStatement(await inputCells(page)).rows,
    );
    // Again: the add-in's own "(2)" is replaced; the user's sheet is as it was.
    expect(await act(page, "#vat-statement")).toBe("done");
    expect(await sheetOf(page, "VAT deferral")).toEqual(before);
    expect(before.values).toEqual(mine);
    expect((await sheetNames(page)).filter((name) => name.startsWith("VAT deferral"))).toEqual([
      "VAT deferral",
      "VAT deferral (2)",
    ]);
  }, 60_000);

  test("the regimes' flags in the sheet: procedure 42 to Belgium, ET 14.000 without or with a wrong importer number", async () => {
    const { pane: page } = await openPane(suite.browser, suite.served, { workbook: workbook() });
    const regime = columnLetters(HEADER.length);
    const importer = columnLetters(HEADER.length + 1);
    const destination = columnLetters(HEADER.indexOf("Destination"));
    // Row 4 (LAMP-9) goes to Belgium under procedure 42; rows 7 and 8 are ET 14.000 without and with a wrong number.
    await hook(page, "setValues", `Shipment!${destination}4`, [["BE"]]);
    await hook(page, "setValues", `Shipment!${regime}7:${importer}8`, [
      ["ET14000", ""],
      ["ET14000", "BE0417497107"],
    ]);
    expect(await act(page, "#check")).toBe("done");
    const flags = columnLetters(COLUMNS + 4);
    const cells = (await hook<Grid>(page, "getValues", `Shipment!${flags}4:${flags}8`)).map((row) =>
      String(row[0]),
    );
    expect(cells[0]).toContain("CP42_TO_BELGIUM");
    expect(cells[3]).toContain("MISSING_IMPORTER_VAT_NUMBER");
    expect(cells[4]).toContain("INVALID_IMPORTER_VAT_NUMBER");
    // The same flags as src/sheet gives the same cells.
    const expected = checkShipment(await inputCells(page), readSettings({}), { firstRowNumber: 1 });
    for (const [index, row] of [4, 7, 8].entries())
      expect([index, cells[row - 4]]).toEqual([
        index,
        expected.rows.find((checked) => checked.row === row)?.flags.join(", "),
      ]);
  }, 60_000);
});
