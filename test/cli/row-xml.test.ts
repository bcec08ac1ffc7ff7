import ExcelJS from "exceljs";
import { rowXml } from "../../src/cli/xlsx/row-xml";

/* exceljs's own row renderer and XML stream (its internals, pinned in package.json), to compare with. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RowXform = require("exceljs/lib/xlsx/xform/sheet/row-xform");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XmlStream = require("exceljs/lib/utils/xml-stream");

type Plain = string | number | boolean | Date | null;
interface CellModel {
  address: string;
  type: ExcelJS.ValueType;
  value: Exclude<Plain, null>;
  styleId?: number;
}

function valueType(value: Exclude<Plain, null>): ExcelJS.ValueType {
  if (typeof value === "number") return ExcelJS.ValueType.Number;
  if (typeof value === "boolean") return ExcelJS.ValueType.Boolean;
  if (value instanceof Date) return ExcelJS.ValueType.Date;
  return ExcelJS.ValueType.String;
}

function excelJsRowXml(
  rowNumber: number,
  cells: readonly Plain[],
  styleOf: (column: number) => number,
): string {
  const models: CellModel[] = [];
  cells.forEach((value, column) => {
    if (value === null || value === "") return;
    const address = `${String.fromCharCode(65 + column)}${rowNumber}`;
    const type = valueType(value);
    models.push({ address, type, value, ...(styleOf(column) === 0 ? {} : { styleId: styleOf(column) }) });
  });
  const columns = cells.flatMap((value, column) => (value === null || value === "" ? [] : [column + 1]));
  const model = { number: rowNumber, cells: models, min: Math.min(...columns), max: Math.max(...columns) };
  const stream = new XmlStream();
  new RowXform().render(stream, model, {});
  return stream.xml as string;
}

describe("rows written as exceljs writes them", () => {
  test.each<[string, Plain[]]>([
    [
      "text and money",
      [
        "LAMP-9",
        "Desk lamp",
        "94052140",
        40,
        49.9,
        8.32,
        4.99,
        0.3,
        0.8,
        1.2,
        3.07,
        0.45,
        1.38,
        29.39,
        1175.6,
      ],
    ],
    ["characters XML must escape", ['<b>"A&B"</b>', "it's > 5", "tab\there", 1e-7, -0.05]],
    ["empty cells left out", ["Totals", null, "", 5, 12.5]],
    ["control characters dropped", ["bell\u0007 and escape\u001b", 0]],
    ["true and false", ["Fragile", true, false, null, "yes"]],
    [
      "dates, with and without a time",
      [new Date(Date.UTC(2026, 10, 21)), new Date(Date.UTC(1999, 11, 31, 18, 30))],
    ],
  ])("%s", (_case, cells) => {
    const styleOf = (column: number) => (column >= 3 ? 7 : column === 0 ? 0 : 2);
    expect(rowXml(12, cells, styleOf)).toBe(excelJsRowXml(12, cells, styleOf));
  });

  test("a row without a value is left out, as exceljs leaves it out", () => {
    expect(rowXml(7, [null, "", undefined], () => 0)).toBe("");
  });

  test("escaping leaves plain text alone", () => {
    expect(rowXml(1, ["Desk lamp 40 W"], () => 0)).toContain("<v>Desk lamp 40 W</v>");
    expect(rowXml(1, ["a<b"], () => 0)).toContain("<v>a&lt;b</v>");
  });

  test("anything but plain cells is refused rather than written wrongly", () => {
    const hyperlink = { text: "link", hyperlink: "https://www.amazon.de/dp/B0" } as unknown as string;
    expect(() => rowXml(1, [hyperlink], () => 0)).toThrow(/plain cells only/);
  });
});
