import { CONTROLLED_REGIMES, PSEUDO, type AnyLanguage, type LanguageCode } from "../../src/engine";
import {
  AUDIT_COLUMNS,
  OUTPUT_COLUMNS,
  auditHeaders,
  auditRecordCells,
  auditRow,
  checkShipment,
  earlierRecord,
  fieldOfHeader,
  INPUT_COLUMNS,
  headerKey,
  isAuditHeader,
  mapColumns,
  outputHeader,
  outputOfHeader,
  ownOutputColumns,
  readSettings,
  summaryFacts,
  plainSummary,
  proFormaSheets,
  unrecordedOutputColumns,
  vatDeferralSheet,
} from "../../src/sheet";
import { SHEET_CATALOGUES, sheetWordsOf } from "../../src/sheet/lang";
import { HEADER, row, settings, sheet } from "./sample";

/** Every language of the catalogues, and the pseudo-locale, which stands for a translation in these tests. */
const LANGUAGES: readonly AnyLanguage[] = [...(Object.keys(SHEET_CATALOGUES) as LanguageCode[]), PSEUDO];
const pseudo = sheetWordsOf(PSEUDO);
const inPseudo = readSettings({ declarationDate: "2026-11-21", language: PSEUDO });

describe("the output columns of a check in another language", () => {
  test("the pseudo-locale's headers are other words than the English ones", () => {
    expect(pseudo.headers.output.Status).not.toBe("Status");
    // Some read as other headers than the English ones (headerKey drops đ, ƀ …): a re-check must know them.
    expect(headerKey(pseudo.headers.output.Duty)).not.toBe(headerKey("Duty"));
    expect(outputHeader("Status", 0, PSEUDO)).toBe(pseudo.headers.output.Status);
    expect(outputHeader("Status", 2, PSEUDO)).toBe(
      pseudo.headers.marked({ header: pseudo.headers.output.Status, count: 2 }),
    );
  });

  test("a check in the language writes new output columns under its headers", () => {
    const check = checkShipment(sheet(row()), inPseudo);
    for (const name of OUTPUT_COLUMNS)
      expect(check.layout.outputHeaders[name]).toBe(pseudo.headers.output[name]);
    // The explanation is the catalogue's, not English.
    expect(check.rows[0].explanation.startsWith("⟦")).toBe(true);
  });

  test("a re-check in English finds the columns written in the language, by records, by mark or side by side", () => {
    const written = OUTPUT_COLUMNS.map((name) => pseudo.headers.output[name]);
    const headers = [...HEADER, ...written];
    const at = (offset: number) => HEADER.length + offset;
    const expected = Object.fromEntries(OUTPUT_COLUMNS.map((name, offset) => [name, at(offset)]));
    // By the records of the run that wrote them.
    const recorded = written.map((header, offset) => ({ header, index: at(offset) }));
    expect(ownOutputColumns(headers, recorded)).toEqual(expected);
    const layout = mapColumns(headers, 2, {}, { recordedOutputs: recorded }, "en");
    expect(layout.outputColumns).toEqual(expected);
    // An output column the sheet has keeps its header; none is renamed, and none is read as an input column.
    expect(layout.outputHeaders).toEqual(
      Object.fromEntries(OUTPUT_COLUMNS.map((name) => [name, pseudo.headers.output[name]])),
    );
    expect(layout.renamedOutputs).toEqual([]);
    expect(layout.unmappedColumns).toEqual([]);
    // By a version that kept no records: the six side by side.
    expect(unrecordedOutputColumns(headers)).toEqual(expected);
    // By the mark alone (a CSV copy of a checked workbook).
    const marked = pseudo.headers.marked({ header: pseudo.headers.output.Status, count: 1 });
    const twice = pseudo.headers.marked({ header: pseudo.headers.output.Flags, count: 3 });
    expect(outputOfHeader(marked)).toEqual({ name: "Status", marked: true });
    expect(outputOfHeader(twice)).toEqual({ name: "Flags", marked: true });
    expect(mapColumns([...HEADER, marked, twice], 2).outputColumns).toEqual({
      Status: HEADER.length,
      Flags: HEADER.length + 1,
    });
  });

  test("a check in the language of a sheet checked in English keeps the English headers", () => {
    const english = OUTPUT_COLUMNS.map((name) => outputHeader(name));
    const recorded = english.map((header, offset) => ({ header, index: HEADER.length + offset }));
    const layout = mapColumns([...HEADER, ...english], 2, {}, { recordedOutputs: recorded }, PSEUDO);
    expect(Object.values(layout.outputHeaders)).toEqual(english);
  });

  test("the Audit sheet in the language is the checker's, and its records read back in English", () => {
    expect(isAuditHeader(auditHeaders(PSEUDO))).toBe(true);
    expect(isAuditHeader([...AUDIT_COLUMNS])).toBe(true);
    expect(isAuditHeader(["Time", "Who"])).toBe(false);
    const summary = checkShipment(sheet(row()), inPseudo).summary;
    const cells = auditRecordCells(
      {
        sheet: "Shipment",
        outputs: [{ header: pseudo.headers.output.Status, letter: "Y" }],
        vatColumn: "U",
        filledVatRates: "0.2: 4-6",
      },
      PSEUDO,
    );
    expect(String(cells[0])).not.toContain("Checked sheet");
    const rows = [auditHeaders(PSEUDO), [...auditRow(new Date(0), "list.xlsx", summary, inPseudo), ...cells]];
    expect(earlierRecord(rows, "Shipment")).toEqual({
      checkedBefore: true,
      record: {
        sheet: "Shipment",
        outputs: [{ header: pseudo.headers.output.Status, index: 24 }],
        vatColumn: 20,
        filledVatRates: "0.2: 4-6",
      },
    });
    const none = auditRecordCells({ sheet: "Other", outputs: [], filledVatRates: "" }, PSEUDO);
    expect(
      earlierRecord([auditHeaders(), [...auditRow(new Date(0), "x", summary, settings), ...none]], "Other")
        .record,
    ).toEqual({ sheet: "Other", outputs: [], filledVatRates: "" });
  });

  test("the pro forma and the VAT deferral statement are in the language", () => {
    const check = checkShipment(sheet(row(), row({ Shipment: null })), inPseudo);
    const context = { declarationDate: "2026-11-21", vatTableVersion: "VAT table" };
    const [first, second] = proFormaSheets(check, context, PSEUDO);
    expect(first.name).toBe(pseudo.sheetNames.proFormaOf({ shipment: "LGG-1" }).slice(0, 31));
    expect(second.name).toBe(
      pseudo.sheetNames.proFormaOf({ shipment: pseudo.proForma.noShipment }).slice(0, 31).trim(),
    );
    expect(first.rows[first.headerRowIndex]).toEqual(
      first.columns.map((column) => pseudo.proForma.columns[column]),
    );
    const statement = vatDeferralSheet(check, context, PSEUDO);
    expect(statement.name).toBe(pseudo.sheetNames.vatDeferral);
    expect(statement.rows[0]).toEqual([pseudo.vatDeferral.title]);
    expect(statement.rows.flat()).toContain(pseudo.vatDeferral.noShipment);
  });

  test("the summary's facts are in the language", () => {
    const facts = summaryFacts(plainSummary(checkShipment(sheet(row()), inPseudo).summary), Infinity, PSEUDO);
    expect(facts.every((fact) => fact.label.startsWith("⟦"))).toBe(true);
  });
});

describe.each(LANGUAGES)("the %s catalogue", (language) => {
  const words = sheetWordsOf(language);

  test("its output and Audit headers name no input column and hold no record separators", () => {
    const headers = [...Object.values(words.headers.output), ...auditHeaders(language)];
    expect(headers.filter((header) => fieldOfHeader(header) !== undefined)).toEqual([]);
    expect(headers.filter((header) => /[,=]/.test(header))).toEqual([]);
  });

  test("each output header, plain or marked, reads as its own column and no other", () => {
    for (const name of OUTPUT_COLUMNS) {
      const header = words.headers.output[name];
      expect(outputOfHeader(header)).toEqual({ name, marked: false });
      for (const count of [1, 2, 12])
        expect(outputOfHeader(words.headers.marked({ header, count }))).toEqual({ name, marked: true });
    }
    const keys = Object.values(words.headers.output).map(headerKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("it words every regime of controlled goods and the goods of every prefix", () => {
    for (const regime of CONTROLLED_REGIMES) {
      const regimeWords = words.controlledGoods[regime.id];
      expect([regimeWords.name, regimeWords.law, regimeWords.prepare].every((text) => text !== "")).toBe(
        true,
      );
      for (const { prefix } of regime.prefixes) expect(regimeWords.goods[prefix]).toEqual(expect.any(String));
    }
  });
});

test("no header of one language's output columns is another column's in another language", () => {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const language of LANGUAGES)
    for (const name of OUTPUT_COLUMNS) {
      const key = headerKey(sheetWordsOf(language).headers.output[name]);
      const earlier = owner.get(key);
      if (earlier !== undefined && earlier !== name) clashes.push(`${language} ${name}: ${earlier}`);
      owner.set(key, name);
    }
  expect(clashes).toEqual([]);
});

describe("the input columns' names in each language (columns the pane adds, words about a column not there)", () => {
  test.each(Object.keys(SHEET_CATALOGUES) as LanguageCode[])(
    "in %s, each field's name is a name of its field, read back as it",
    (language) => {
      for (const [field, header] of Object.entries(sheetWordsOf(language).headers.fields))
        expect([header, fieldOfHeader(header)?.field]).toEqual([header, field]);
    },
  );

  test("in English, each field's name is the header the product gives its column", () => {
    for (const column of INPUT_COLUMNS)
      expect(sheetWordsOf("en").headers.fields[column.field]).toBe(column.header);
  });

  test("an explanation names a column the sheet has not got in the check's language", () => {
    const hsCode = HEADER.indexOf("HS code");
    const withoutHsCode = sheet(row()).map((cells) => cells.filter((_, index) => index !== hsCode));
    const explanations = (language: LanguageCode) =>
      checkShipment(withoutHsCode, readSettings({ declarationDate: "2026-11-21", language })).rows[0]
        .explanation;
    expect(explanations("en")).toContain("HS code");
    expect(explanations("fr")).toContain("Code SH");
    expect(explanations("fr")).not.toContain("HS code");
    expect(explanations("de")).toContain("HS-Code");
    expect(explanations("zh")).toContain("HS 编码");
  });
});
