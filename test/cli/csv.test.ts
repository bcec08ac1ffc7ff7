import * as fs from "node:fs";
import * as path from "node:path";
import {
  type Separator,
  csvCells,
  decodeText,
  detectSeparator,
  parseCsvFrom,
  readCsvCells,
} from "../../src/cli/csv";
import { EXAMPLES, EXAMPLE_OPTIONS, assertBuilt, parseReport, runCli, tempDir } from "./helpers";

/** A whole text parsed in one go, and one field read as a cell, through the functions the CLI calls. */
const parseCsv = (text: string, separator: Separator) => parseCsvFrom(text, separator, 0, Infinity).rows;
const csvCell = (field: string) => csvCells([[field]])[0][0];

/** CSV as product lists come: comma or semicolon, with or without BOM, quoted fields, decimal commas. */
describe("parseCsv", () => {
  it("reads quoted fields with separators, line breaks and doubled quotes inside", () => {
    const text = 'SKU,Description,Price\r\nA-1,"Lamp, white ""Nordic""\nwith bulb",19.99\r\nA-2,Plain,5\n';
    expect(parseCsv(text, ",")).toEqual([
      ["SKU", "Description", "Price"],
      ["A-1", 'Lamp, white "Nordic"\nwith bulb', "19.99"],
      ["A-2", "Plain", "5"],
    ]);
  });

  it("keeps empty fields, a last line without a line break, and old Mac line ends", () => {
    expect(parseCsv("a;;c\r;b;\rx", ";")).toEqual([["a", "", "c"], ["", "b", ""], ["x"]]);
  });

  it("is lenient the way Excel is with stray quotes", () => {
    expect(parseCsv('5" screen,"12" x 3\n', ",")).toEqual([['5" screen', "12 x 3"]]);
  });
});

describe("detectSeparator", () => {
  it("finds the separator from the header line, even below a title line", () => {
    expect(detectSeparator("SKU;Prix TTC;Pays\r\nA;19,99;FR\r\n")).toBe(";");
    expect(detectSeparator("SKU,Selling price,Destination\nA,19.99,DE\n")).toBe(",");
    expect(
      detectSeparator(
        "Shipment LGG-2411-07, November\nSKU;Price incl. VAT;Country;Notes, remarks\nA;19,99;DE;x\n",
      ),
    ).toBe(";");
    expect(detectSeparator("SKU\tSelling price\tDestination\nA\t19.99\tDE\n")).toBe("\t");
  });
});

describe("csvCell", () => {
  it("makes plain numbers numbers and keeps everything else as written", () => {
    expect([csvCell("19.99"), csvCell("120"), csvCell("-2.5"), csvCell("0.047"), csvCell("19.90")]).toEqual([
      19.99, 120, -2.5, 0.047, 19.9,
    ]);
    // Codes with leading zeros, long identifiers, decimal commas, percentages and dates stay text.
    for (const text of [
      "0403170701",
      "4006381333931",
      "19,99",
      "1.299,00",
      "4.7 %",
      "2024-11-20",
      "1e5",
      " 12",
      "+3",
    ]) {
      expect(csvCell(text)).toBe(text);
    }
    expect(csvCell("")).toBeNull();
  });
});

describe("decodeText", () => {
  it("drops a UTF-8 byte order mark and reads Windows-1252 files (Excel's plain CSV) when the bytes are not UTF-8", () => {
    expect(decodeText(Buffer.from("\ufeffSKU;Quantité", "utf8"))).toBe("SKU;Quantité");
    expect(decodeText(Buffer.from([0x51, 0x75, 0x61, 0x6e, 0x74, 0x69, 0x74, 0xe9, 0x20, 0x80]))).toBe(
      "Quantité €",
    );
  });
});

describe("decodeText of Chinese Windows's CSV (GBK, code page 936)", () => {
  // "商品编码,售价,目的国\r\nA-1,12.5,德国" as Chinese Windows's Excel saves it.
  const gbk = Buffer.from("c9ccc6b7b1e0c2eb2ccadbbcdb2cc4bfb5c4b9fa0d0a412d312c31322e352cb5c2b9fa", "hex");

  it("reads Chinese text in GBK, not as Windows-1252's accented letters", () => {
    expect(decodeText(gbk)).toBe("商品编码,售价,目的国\r\nA-1,12.5,德国");
  });

  it("keeps reading German and French Windows-1252 as such: their accented letters stand between ASCII ones", () => {
    const latin = Buffer.from("Größe;Quantité;Prix TTC ?;für;Straße", "latin1");
    latin[latin.indexOf("?")] = 0x80; // € in Windows-1252
    expect(decodeText(latin)).toBe("Größe;Quantité;Prix TTC €;für;Straße");
  });
});

describe("CSV variants end to end", () => {
  let dir: string;
  beforeAll(() => {
    assertBuilt();
    dir = tempDir();
  });
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it("gives the same check for the example as a semicolon CSV with BOM, decimal commas and CRLF, and as Windows-1252", async () => {
    const original = path.join(EXAMPLES, "shipment.csv");
    const { rows } = readCsvCells(decodeText(fs.readFileSync(original)));
    // The same sheet as a Belgian Excel writes it: semicolons, decimal commas, quotes where a field needs them.
    const field = (cell: unknown) => {
      const text =
        cell === null || cell === undefined
          ? ""
          : typeof cell === "number"
            ? String(cell).replace(".", ",")
            : String(cell);
      return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const semicolons = rows.map((row) => row.map(field).join(";")).join("\r\n");
    const european = path.join(dir, "european.csv");
    fs.writeFileSync(european, `\ufeff${semicolons}\r\n`, "utf8");
    const latin = path.join(dir, "latin.csv");
    fs.writeFileSync(
      latin,
      Buffer.from(
        Array.from(semicolons, (char) => (char.charCodeAt(0) > 0xff ? "?" : char)).join(""),
        "latin1",
      ),
    );

    const [expected, fromEuropean, fromLatin] = await Promise.all(
      [original, european, latin].map((file) =>
        runCli([file, "--json", "--out", path.join(dir, `${path.basename(file)}.xlsx`), ...EXAMPLE_OPTIONS]),
      ),
    );
    expect(fromEuropean.stderr).toBe("");
    expect(parseReport(fromEuropean)).toEqual(parseReport(expected));
    // Windows-1252 cannot hold the Swedish and Polish letters of two descriptions; the figures are the same.
    expect(parseReport(fromLatin).summary).toEqual(parseReport(expected).summary);
    expect(parseReport(fromLatin).rows.map((row) => row.inverseValue)).toEqual(
      parseReport(expected).rows.map((row) => row.inverseValue),
    );
  });

  it("reads French headers and decimal commas in a semicolon file", async () => {
    const file = path.join(dir, "francais.csv");
    fs.writeFileSync(
      file,
      [
        "Référence;Désignation;Code NC;Quantité;Pays;Lien;Prix TTC;Frais de vente;Frais FBA;Taux de droit;Valeur déclarée;N° TVA;Envoi",
        'LAMPE-1;"Lampe LED; blanche";9405 21 40;10;France;https://www.amazon.fr/dp/B0CX7KQ2LM;42,99;6,45;3,63;4,7 %;25,00;FR40303265045;LGG-1',
      ].join("\r\n"),
    );
    const run = await runCli([
      file,
      "--json",
      "--out",
      path.join(dir, "francais.xlsx"),
      "--date",
      "2024-11-20",
    ]);
    expect(run.stderr).toBe("");
    expect(parseReport(run).rows[0]).toMatchObject({
      sku: "LAMPE-1",
      status: "OK",
      vatRate: 0.2,
      declaredValue: 25,
    });
  });
});
