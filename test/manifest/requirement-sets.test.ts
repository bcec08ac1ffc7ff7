/**
 * The ExcelApi requirement set manifest.xml declares is the one the task pane needs: every Excel JavaScript API member
 * that taskpane/**\/*.ts calls or loads is in excel-api-requirements.json with the set that introduced it (and its
 * source), and the manifest declares the highest set used outside a feature check. Office does not load the add-in
 * where a declared set is missing, so a feature check (Office.context.requirements.isSetSupported) is needed only for
 * an API above the declared set, and one for a set the manifest already declares can never fail.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import {
  type ApiUse,
  ROOT,
  compareVersions,
  excelApiUses,
  featureChecks,
  officeProgram,
  typeScriptFiles,
} from "./excel-api-usage";

interface Entry {
  readonly member: string;
  readonly set: string;
  readonly source: string;
  readonly note?: string;
}
const table = JSON.parse(readFileSync(join(__dirname, "excel-api-requirements.json"), "utf8")) as {
  requirementSets: Record<string, string>;
  members: Entry[];
};
const bySet = new Map(table.members.map((entry) => [entry.member, entry]));

/** The ExcelApi MinVersion of manifest.xml's <Requirements><Sets>. */
function declaredExcelApi(): string | undefined {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
    readFileSync(join(ROOT, "manifest.xml"), "utf8"),
  ) as { OfficeApp: { Requirements: { Sets: { Set: { Name: string; MinVersion: string }[] } } } };
  const sets = [parsed.OfficeApp.Requirements.Sets.Set].flat();
  return sets.find((set) => set.Name === "ExcelApi")?.MinVersion;
}

/** "1.9" of "ExcelApi 1.9". */
const numberOf = (set: string) => set.replace(/^ExcelApi /, "");

/** The uses a manifest declaring `declared` does not cover: above it, and not under a feature check for them. */
function uncovered(uses: readonly ApiUse[], declared: string): string[] {
  return uses
    .filter((use) => {
      const needed = numberOf(bySet.get(use.member)?.set ?? use.typesSet ?? "ExcelApi 1.1");
      if (compareVersions(needed, declared) <= 0) return false;
      return use.guardedBy === undefined || compareVersions(use.guardedBy, needed) < 0;
    })
    .map((use) => `${use.member} (${bySet.get(use.member)?.set ?? use.typesSet}) at ${use.where}`);
}

const files = typeScriptFiles(join(ROOT, "taskpane"));
const fixtureDir = mkdtempSync(join(tmpdir(), "requirement-sets-"));
const fixture = join(fixtureDir, "fixture.ts");
writeFileSync(
  fixture,
  [
    "export function unguarded(sheet: Excel.Worksheet): void {",
    "  sheet.pageLayout.zoom = { horizontalFitToPages: 1 };",
    "}",
    "export function guarded(sheet: Excel.Worksheet): void {",
    '  if (Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {',
    "    sheet.pageLayout.zoom = { horizontalFitToPages: 1 };",
    "  }",
    "}",
    "export function tooLow(sheet: Excel.Worksheet): void {",
    '  if (Office.context.requirements.isSetSupported("ExcelApi", "1.8")) sheet.pageLayout.orientation = "Landscape";',
    "}",
    "",
  ].join("\n"),
);
const program = officeProgram([...files, fixture]);
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

const uses = excelApiUses(program, files);
const declared = declaredExcelApi();

test("manifest.xml declares an ExcelApi MinVersion", () => {
  expect(declared).toMatch(/^1\.\d+$/);
});

test("every Excel API member the task pane uses is in the table, and every entry of the table is used", () => {
  const used = [...new Set(uses.map((use) => use.member))].sort();
  const missing = used
    .filter((member) => !bySet.has(member))
    .map((member) => `${member} (${uses.find((use) => use.member === member)?.where})`);
  expect(missing).toEqual([]);
  expect(table.members.map((entry) => entry.member).filter((member) => !used.includes(member))).toEqual([]);
  // The analysis sees the APIs it must (a method, a property, an enum, a property named in a load string).
  expect(used).toEqual(
    expect.arrayContaining([
      "Worksheet.getRangeByIndexes",
      "Worksheet.pageLayout",
      "ConditionalFormatType",
      "Range.numberFormat",
    ]),
  );
});

test("each entry has its requirement set and Microsoft's page as source, and agrees with @types/office-js", () => {
  for (const entry of table.members) {
    expect({ member: entry.member, set: entry.set }).toEqual({
      member: entry.member,
      set: expect.stringMatching(/^ExcelApi 1\.\d+$/),
    });
    expect({ member: entry.member, source: entry.source }).toEqual({
      member: entry.member,
      source: expect.stringMatching(/^https:\/\/learn\.microsoft\.com\/en-us\/javascript\/api\/excel/),
    });
    expect(table.requirementSets[entry.set]).toMatch(/^https:\/\/learn\.microsoft\.com\/.*requirement-set$/);
    const typesSet = uses.find((use) => use.member === entry.member)?.typesSet;
    if (typesSet !== undefined)
      expect({ member: entry.member, set: entry.set }).toEqual({ member: entry.member, set: typesSet });
    else expect(entry.note).toBeDefined();
  }
});

test("the manifest declares the highest ExcelApi version the pane uses without a feature check, no lower, no higher", () => {
  const needed = uses
    .filter((use) => use.guardedBy === undefined)
    .map((use) => numberOf(bySet.get(use.member)?.set ?? "ExcelApi 1.1"))
    .reduce((highest, version) => (compareVersions(version, highest) > 0 ? version : highest), "1.1");
  expect(uncovered(uses, declared ?? "1.1")).toEqual([]);
  expect(declared).toBe(needed);
});

test("no feature check for an ExcelApi version the manifest already requires (it can never fail)", () => {
  const dead = featureChecks(program, files).filter(
    (check) => compareVersions(check.version, declared ?? "1.1") <= 0,
  );
  expect(dead).toEqual([]);
});

describe("the check itself, on code of its own", () => {
  const fixtureUses = excelApiUses(program, [fixture]);

  test("an API above the declared set, used without a feature check, is reported", () => {
    expect(uncovered(fixtureUses, "1.7").sort()).toEqual([
      expect.stringMatching(/^PageLayout\.orientation \(ExcelApi 1\.9\) at .*fixture\.ts:10$/),
      expect.stringMatching(/^PageLayout\.zoom \(ExcelApi 1\.9\) at .*fixture\.ts:2$/),
      expect.stringMatching(/^Worksheet\.pageLayout \(ExcelApi 1\.9\) at .*fixture\.ts:10$/),
      expect.stringMatching(/^Worksheet\.pageLayout \(ExcelApi 1\.9\) at .*fixture\.ts:2$/),
    ]);
  });

  test("the same API under isSetSupported for its version is not; with the set declared, nothing is", () => {
    expect(fixtureUses.filter((use) => use.guardedBy === "1.9").map((use) => use.where)).toEqual([
      expect.stringMatching(/fixture\.ts:6$/),
      expect.stringMatching(/fixture\.ts:6$/),
    ]);
    expect(uncovered(fixtureUses, "1.9")).toEqual([]);
  });

  test("a feature check for a set already declared is found", () => {
    expect(featureChecks(program, [fixture]).map((check) => check.version)).toEqual(["1.9", "1.8"]);
  });
});
