/**
 * The checker in French and Chinese (issue 13): `--lang fr` and `--lang zh` on the example shipment, against
 * reviewed expected files: the text summary, and the checked workbook's headers and explanations. The files are
 * the reviewed words: a change of wording shows as a diff here, to be read before it is accepted
 * (UPDATE_EXPECTED=1 rewrites them).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { EXAMPLES, EXAMPLE_OPTIONS, assertBuilt, readWorkbook, runCli, tempDir } from "./helpers";

const EXPECTED = path.join(__dirname, "expected");
const SHIPMENT = path.join(EXAMPLES, "shipment.xlsx");
const update = process.env.UPDATE_EXPECTED === "1";

beforeAll(() => assertBuilt());

/** The run's words without what changes from run to run (where the workbook was written). */
const stable = (text: string, dir: string) =>
  text.split(dir).join("<out>").split(EXAMPLES).join("<examples>");

/** The checked sheet's header row and every row's explanation, and the other sheets' names and first columns. */
async function workbookWords(file: string) {
  const workbook = await readWorkbook(file);
  const [checked, ...others] = workbook.worksheets;
  // The header row: the first with a SKU cell (title lines stand above it in the example).
  let headerRow = 1;
  while (headerRow < checked.rowCount && !(checked.getRow(headerRow).values as unknown[]).includes("SKU"))
    headerRow++;
  const header = (checked.getRow(headerRow).values as unknown[]).slice(1).map((value) => String(value ?? ""));
  const explanation = header.length;
  const explanations: string[] = [];
  for (let row = headerRow + 1; row <= checked.rowCount; row++)
    explanations.push(String(checked.getRow(row).getCell(explanation).value ?? ""));
  return {
    sheets: workbook.worksheets.map((sheet) => sheet.name),
    header,
    explanations,
    // The labels of the other sheets (Summary, Pro forma, Audit): their first column, without timestamps.
    labels: Object.fromEntries(
      others.map((sheet) => [
        sheet.name,
        sheet
          .getColumn(1)
          .values.slice(1)
          // The time of the check is no word.
          .filter((value) => !(value instanceof Date))
          .map((value) => String(value ?? ""))
          .filter((value) => value !== "" && !/^\d{4}-\d{2}-\d{2}T/.test(value)),
      ]),
    ),
  };
}

function compare(name: string, actual: string): void {
  const file = path.join(EXPECTED, name);
  if (update) fs.writeFileSync(file, actual);
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}

describe.each(["fr", "zh"])("--lang %s on the example shipment", (language) => {
  test("the text summary and the checked workbook say what the reviewed files say", async () => {
    const dir = tempDir();
    const out = path.join(dir, `shipment.${language}.checked.xlsx`);
    const run = await runCli([SHIPMENT, "--lang", language, "--out", out, ...EXAMPLE_OPTIONS], dir);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    compare(`shipment.${language}.txt`, stable(run.stdout, dir));
    compare(`shipment.${language}.workbook.json`, `${JSON.stringify(await workbookWords(out), null, 2)}\n`);
  }, 60_000);

  test("the JSON keys, flags and statuses are the English ones; the explanations are in the language", async () => {
    const dir = tempDir();
    const [english, translated] = await Promise.all(
      [
        ["--lang", "en"],
        ["--lang", language],
      ].map((lang) =>
        runCli(
          [SHIPMENT, "--json", ...lang, "--out", path.join(dir, `${lang[1]}.xlsx`), ...EXAMPLE_OPTIONS],
          dir,
        ),
      ),
    );
    const en = JSON.parse(english.stdout) as {
      rows: { flags: string[]; status: string; explanation: string }[];
    };
    const other = JSON.parse(translated.stdout) as typeof en;
    expect(other.rows.map((row) => [row.status, row.flags])).toEqual(
      en.rows.map((row) => [row.status, row.flags]),
    );
    expect(Object.keys(other.rows[0]).sort()).toEqual(Object.keys(en.rows[0]).sort());
    other.rows.forEach((row, index) => {
      if (en.rows[index].explanation !== "") expect(row.explanation).not.toBe(en.rows[index].explanation);
    });
    expect(translated.status).toBe(english.status);
  }, 60_000);
});
