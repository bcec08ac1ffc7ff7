import { rowXml, storableText } from "../../src/cli/xlsx/row-xml";

/* exceljs's own row renderer and XML stream (its internals, pinned in package.json), to compare with. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RowXform = require("exceljs/lib/xlsx/xform/sheet/row-xform");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const XmlStream = require("exceljs/lib/utils/xml-stream");

/** Rows written as XML by the CLI: hidden as exceljs writes it, and only characters XML 1.0 allows. */
describe("rowXml", () => {
  it("writes a hidden row as exceljs does", () => {
    const stream = new XmlStream();
    new RowXform().render(
      stream,
      {
        number: 4,
        hidden: true,
        min: 1,
        max: 2,
        cells: [
          { address: "A4", type: 3, value: "x" },
          { address: "B4", type: 2, value: 5 },
        ],
      },
      {},
    );
    expect(rowXml(4, ["x", 5], () => 0, { hidden: true })).toBe(stream.xml);
  });

  it("leaves out the characters XML forbids and says which cells held them", () => {
    const cleaned: number[] = [];
    const xml = rowXml(
      2,
      ["ok", "a\ufffeb", "c\uffffd", "e\u0001f", "g\ud800h", "i\udc00j", "emoji 😀", "tab\tand\nline", "<&>"],
      () => 0,
      { onCleaned: (column) => cleaned.push(column) },
    );
    expect(cleaned).toEqual([1, 2, 3, 4, 5]);
    expect(xml).toContain("<v>ab</v>");
    expect(xml).toContain("<v>cd</v>");
    expect(xml).toContain("<v>ef</v>");
    expect(xml).toContain("<v>gh</v>");
    expect(xml).toContain("<v>ij</v>");
    expect(xml).toContain("<v>emoji 😀</v>");
    expect(xml).toContain("<v>tab\tand\nline</v>");
    expect(xml).toContain("<v>&lt;&amp;&gt;</v>");
  });

  it("storableText and rowXml's text keep pairs of surrogates and plain text as they are", () => {
    expect(storableText("LAMP 😀")).toBe("LAMP 😀");
    expect(storableText("\ud83d")).toBe("");
    expect(rowXml(1, ["a\ufffe<"], () => 0)).toContain("<v>a&lt;</v>");
    let told = 0;
    storableText("\uffff", () => told++);
    storableText("fine", () => told++);
    expect(told).toBe(1);
  });
});
