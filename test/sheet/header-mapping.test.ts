import {
  type CellValue,
  INPUT_COLUMNS,
  NON_DEDUCTIBLE_HEADER_WORDS,
  OUTPUT_COLUMNS,
  VALUE_JUDGED_HEADERS,
  fieldOfHeader,
  formattedCell,
  headerCurrency,
  headerKey,
  isNonDeductibleHeader,
  layoutProblems,
  locateColumns,
  mapColumns,
  outputHeader,
  sheetNotes,
  ownOutputColumns,
  sheetLayout,
  unrecordedOutputColumns,
} from "../../src/sheet";
import { HEADER, row, sheet } from "./sample";

describe("finding the header row", () => {
  test("the header need not be row 1: a title and a blank row may stand above it", () => {
    const layout = locateColumns(sheet(row()));
    expect(layout?.headerRowIndex).toBe(2);
  });

  test("the row naming the most known columns wins, and it must name a price", () => {
    expect(locateColumns([["Notes: SKU and Destination below"], ["SKU", "Destination"], []])).toBeUndefined();
    expect(sheetLayout.bind(null, [["SKU", "Destination"]])).toThrow(
      /No header row: none of the first 30 rows names a price column/,
    );
  });
});

describe("mapping columns by name and alias", () => {
  test.each([
    ["Selling price", "price"],
    ["Price incl. VAT", "price"],
    ["PRICE INCL VAT", "price"],
    ["Prix TTC", "price"],
    ["Verkoopprijs", "price"],
    ["Verkaufspreis", "price"],
    ["Verkaufspreis brutto", "price"],
    ["Verkaufspreis inkl. MwSt.", "price"],
    ["Bruttoverkaufspreis", "price"],
    ["  selling-price ", "price"],
    ["Country", "destination"],
    ["Pays", "destination"],
    ["Bestimmungsland", "destination"],
    ["Lieferland", "destination"],
    ["Empfängerland", "destination"],
    ["HS", "hsCode"],
    ["CN code", "hsCode"],
    ["TARIC", "hsCode"],
    ["Zolltarifnummer", "hsCode"],
    ["Qté", "quantity"],
    ["Aantal", "quantity"],
    ["Menge", "quantity"],
    ["Stückzahl", "quantity"],
    ["Warenbeschreibung", "description"],
    ["Taux de TVA", "vatRate"],
    ["BTW", "vatRate"],
    ["MwSt", "vatRate"],
    ["Valeur déclarée", "declaredValue"],
    ["Numéro de TVA", "vatNumber"],
    ["USt-IdNr", "vatNumber"],
    ["Commission", "commission"],
    ["Commission %", "commissionRate"],
    ["Referral fee", "commission"],
    ["Referral fee %", "commissionRate"],
    ["Unit weight (kg)", "unitWeight"],
  ])("%p is %s", (header, field) => {
    const layout = mapColumns([header], 0);
    expect(layout.columns).toEqual({ [field]: 0 });
  });

  test("every name and alias means one field only, and none is an output column's or a non-deductible cost's", () => {
    const seen = new Map<string, string>();
    const outputs = new Set(OUTPUT_COLUMNS.flatMap((name) => [name, outputHeader(name, 1)].map(headerKey)));
    const judged = new Set(VALUE_JUDGED_HEADERS.map(({ header }) => headerKey(header)));
    const problems: string[] = [];
    for (const column of INPUT_COLUMNS) {
      for (const name of [column.header, ...column.aliases]) {
        const key = headerKey(name);
        if (key === "") problems.push(`${name}: reads as nothing`);
        const earlier = seen.get(key);
        if (earlier !== undefined && earlier !== column.field)
          problems.push(`${name}: ${earlier} and ${column.field}`);
        if (outputs.has(key)) problems.push(`${name}: an output column's name`);
        if (judged.has(key)) problems.push(`${name}: a name judged by its values`);
        if (isNonDeductibleHeader(name)) problems.push(`${name}: a non-deductible cost's word`);
        if (fieldOfHeader(name)?.field !== column.field)
          problems.push(`${name}: maps to ${fieldOfHeader(name)?.field}`);
        seen.set(key, column.field);
      }
    }
    for (const word of NON_DEDUCTIBLE_HEADER_WORDS)
      if (seen.has(headerKey(word))) problems.push(`${word}: a non-deductible word and an alias`);
    expect(problems).toEqual([]);
  });

  test("unmapped, ignored and user's columns named like output columns are reported by name", () => {
    const layout = mapColumns([...HEADER, "Notes", "Warehouse fee", "Returns", "Inverse value", "Status"], 2);
    expect(layout.unmappedColumns).toEqual(["Notes", "Inverse value", "Status"]);
    expect(layout.ignoredCostColumns).toEqual(["Advertising", "Warehouse fee", "Returns"]);
    // Without the checker's records these are the user's columns: kept, and the checker's get distinct headers.
    expect(layout.outputColumns).toEqual({});
    expect(layout.outputHeaders).toEqual({
      "Inverse value": "Inverse value (customs check)",
      "Declaration ratio": "Declaration ratio",
      Duty: "Duty",
      Status: "Status (customs check)",
      Flags: "Flags",
      Explanation: "Explanation",
    });
  });

  test("missing required columns are named with the headers to use", () => {
    const layout = mapColumns(["SKU", "Selling price"], 0);
    expect(layout.missingRequired).toEqual(["destination"]);
    expect(layoutProblems(layout)).toEqual([
      expect.stringMatching(/^No "Destination" column: name a column "Destination" \(or "Country"/),
    ]);
  });

  test("two columns meaning the same field are a problem naming both", () => {
    const layout = mapColumns(["Selling price", "Destination", "Price incl. VAT"], 0);
    expect(layoutProblems(layout)).toEqual([
      'Duplicate headers: "Selling price" and "Price incl. VAT" both mean "Selling price"; rename or remove one',
    ]);
    expect(() => sheetLayout([["Selling price", "Destination", "Selling price"]])).toThrow(
      /Duplicate headers/,
    );
  });

  test("the user's corrections override the detection, and settle duplicates", () => {
    const layout = mapColumns(["Selling price", "Destination", "Price incl. VAT", "Land"], 0, {
      price: 2,
      destination: 3,
    });
    expect(layout.columns.price).toBe(2);
    expect(layout.columns.destination).toBe(3);
    expect(layoutProblems(layout)).toEqual([]);
    expect(mapColumns(["Selling price", "Destination", "SKU"], 0, { sku: null }).columns.sku).toBeUndefined();
  });
});

describe("a money column's header with its currency", () => {
  test.each([
    ["Selling price ($)", "price", "$"],
    ["Selling price EUR", "price", "EUR"],
    ["Preis in €", "price", "€"],
    ["Prix (en USD)", "price", "USD"],
    ["Freight - GBP", "freight", "GBP"],
    ["Zollwert (USD)", "declaredValue", "USD"],
    ["售价（元）", "price", "元"],
    ["售价(人民币)", "price", "人民币"],
  ])("%s is %s in %s", (header, field, written) => {
    expect(fieldOfHeader(header)?.field).toBe(field);
    expect(headerCurrency(header)?.written).toBe(written);
  });

  test("a header that only seems to end with a currency names none", () => {
    expect(headerCurrency("Price (incl. VAT)")).toBeUndefined();
    expect(headerCurrency("Pricekr")).toBeUndefined();
    expect(headerCurrency("Commission %")).toBeUndefined();
    // Not a money column: a currency does not make "Quantity (EUR)" a field.
    expect(fieldOfHeader("Quantity (EUR)")).toBeUndefined();
  });

  test("a code that is an everyday word names its currency only in capitals", () => {
    // "all" is the lek's code, "top" the paʻanga's: read so, every row would be refused for a currency nobody meant.
    for (const header of ["Handling (all)", "Fees all", "Handling, All", "Price top", "Freight (Top)"])
      expect(headerCurrency(header)).toBeUndefined();
    expect(fieldOfHeader("Handling (all)")).toBeUndefined();
    expect(headerCurrency("Handling (ALL)")?.written).toBe("ALL");
    expect(headerCurrency("Selling price usd")?.written).toBe("usd");
  });
});

describe("Simplified Chinese and bilingual headers", () => {
  /** A forwarder's packing list from Shenzhen, as received. */
  const PACKING_LIST = [
    "商品编码/SKU",
    "品名",
    "HS编码 HS Code",
    "数量",
    "目的国",
    "销售链接",
    "参考链接",
    "售价",
    "佣金",
    "包装费",
    "尾程运费",
    "申报价值",
    "VAT税号",
    "票号/运单号",
  ];

  test("every column of the packing list is recognised, and the VAT number is no VAT rate", () => {
    const layout = mapColumns(PACKING_LIST, 0);
    expect(layout.columns).toEqual({
      sku: 0,
      description: 1,
      hsCode: 2,
      quantity: 3,
      destination: 4,
      salesLink: 5,
      referenceLink: 6,
      price: 7,
      commission: 8,
      packaging: 9,
      lastMile: 10,
      declaredValue: 11,
      vatNumber: 12,
      shipment: 13,
    });
    expect(layout.unmappedColumns).toEqual([]);
    expect(layoutProblems(layout)).toEqual([]);
  });

  test.each([
    ["HS编码", "hsCode"],
    ["海关编码", "hsCode"],
    ["售价(含税)", "price"],
    ["售价（含税）", "price"],
    ["币种", "currency"],
    ["重量", "unitWeight"],
    ["单件重量", "unitWeight"],
    ["单件重量(kg)", "unitWeight"],
    ["关税税率", "dutyRate"],
    ["增值税率", "vatRate"],
    ["增值税号", "vatNumber"],
    ["VAT税号", "vatNumber"],
    ["申报单价", "declaredValue"],
    ["货件编号", "shipment"],
    ["日期", "date"],
    ["佣金比例", "commissionRate"],
    ["清关费", "handling"],
    ["FBA配送费", "fbaFee"],
    ["数量 Qty", "quantity"],
    ["数量\nQty", "quantity"],
    ["数量(Qty)", "quantity"],
    ["Qty数量", "quantity"],
    ["品名/Description", "description"],
    ["售价 Selling price", "price"],
    ["ＳＫＵ", "sku"],
  ])("%p is %s", (header, field) => {
    expect(mapColumns([header], 0).columns).toEqual({ [field]: 0 });
  });

  test("a bilingual header whose parts mean two things, or a Chinese word alone, is no field", () => {
    expect(fieldOfHeader("售价 VAT")).toBeUndefined();
    expect(fieldOfHeader("备注")).toBeUndefined();
    expect(headerKey("备注")).not.toBe("");
    expect(headerKey("备注")).not.toBe(headerKey("品名"));
  });

  test("Chinese costs customs do not deduct are recognised and ignored, first-leg freight among them", () => {
    const layout = mapColumns(["售价", "目的国", "广告费", "仓储费", "退货费用", "利润", "头程运费"], 0);
    expect(layout.ignoredCostColumns).toEqual(["广告费", "仓储费", "退货费用", "利润", "头程运费"]);
    expect(layout.columns.freight).toBeUndefined();
  });

  test("the header row of a Chinese sheet is found under a title", () => {
    const layout = locateColumns([["装箱单 Packing list"], [], PACKING_LIST]);
    expect(layout?.headerRowIndex).toBe(2);
  });
});

describe("a column named like an output column", () => {
  test("Amazon's status column stays the user's, and the checker's Status gets a distinct header", () => {
    const layout = mapColumns(["sku", "status", "Selling price", "Destination"], 0);
    expect(layout.outputColumns).toEqual({});
    expect(layout.outputHeaders.Status).toBe("Status (customs check)");
    expect(layout.renamedOutputs).toEqual([
      { name: "Status", header: "Status (customs check)", userHeader: "status", userColumn: 1 },
    ]);
  });

  test("the checker's own columns are those its records name, or those with its marked headers", () => {
    const headers = ["Selling price", "Destination", "Status", "Inverse value", "Status (customs check)"];
    const own = ownOutputColumns(headers, [
      { header: "Inverse value", index: 3 },
      { header: "Status (customs check)", index: 4 },
    ]);
    expect(own).toEqual({ "Inverse value": 3, Status: 4 });
    const layout = mapColumns(headers, 0, {}, { ownOutputs: own });
    expect(layout.outputColumns).toEqual({ "Inverse value": 3, Status: 4 });
    expect(layout.unmappedColumns).toEqual(["Status"]);
    // Found again by its marked header alone (a CSV copy of a checked workbook has no records).
    expect(mapColumns(headers, 0).outputColumns).toEqual({ Status: 4 });
  });

  test("a record whose column moved finds it by its header; one whose header is gone is forgotten", () => {
    expect(ownOutputColumns(["Price", "Note", "Status"], [{ header: "Status", index: 1 }])).toEqual({
      Status: 2,
    });
    expect(ownOutputColumns(["Price", "Note"], [{ header: "Status", index: 1 }])).toEqual({});
  });

  test("a column with the checker's marked header is its own: used again, not renamed again", () => {
    const layout = mapColumns(
      ["Selling price", "Destination", "Flags", "Flags (customs check)"],
      0,
      {},
      {
        ownOutputs: {},
      },
    );
    // The marked column is the checker's own: it is used, not renamed again.
    expect(layout.outputColumns).toEqual({ Flags: 3 });
    expect(layout.outputHeaders.Flags).toBe("Flags (customs check)");
  });

  test("a workbook checked before records were kept: the six headers side by side are the checker's", () => {
    expect(unrecordedOutputColumns(["Price", ...OUTPUT_COLUMNS, "Note"])).toEqual({
      "Inverse value": 1,
      "Declaration ratio": 2,
      Duty: 3,
      Status: 4,
      Flags: 5,
      Explanation: 6,
    });
    expect(unrecordedOutputColumns(["Price", "Status", "Duty"])).toEqual({});
  });
});

describe('a column named "Duty" is judged by its values', () => {
  const rows = (...duties: CellValue[]) => [
    ["Selling price", "Destination", "Duty"],
    ...duties.map((duty) => [20, "DE", duty]),
  ];

  test("rates written as percentages are read as the duty rate", () => {
    const layout = sheetLayout(rows("12 %", "4,7%", null));
    expect(layout.columns.dutyRate).toBe(2);
    expect(layout.judgedColumns).toEqual([{ header: "Duty", index: 2, field: "dutyRate", read: true }]);
    // The checker's Duty goes beside it, under a distinct header.
    expect(layout.outputHeaders.Duty).toBe("Duty (customs check)");
  });

  test("numbers formatted as percentages are rates; bare numbers below 1 may be amounts and are not read", () => {
    const percent = (number: number) => formattedCell(number, "0.0%");
    expect(sheetLayout(rows(percent(0.12), percent(0.047))).columns.dutyRate).toBe(2);
    // Formatted in a currency, the column holds amounts (a specific duty per unit), however small.
    const euros = (number: number) => formattedCell(number, '#,##0.00 "€"');
    expect(sheetLayout(rows(percent(0.12), euros(0.45))).columns.dutyRate).toBeUndefined();
    const bare = sheetLayout(rows(0.45, 0.12));
    expect(bare.columns.dutyRate).toBeUndefined();
    expect(bare.judgedColumns[0].read).toBe(false);
    expect(bare.unmappedColumns).toEqual(["Duty"]);
  });

  test("amounts written with a decimal comma (text in a CSV file) are not taken for rates", () => {
    expect(sheetLayout(rows("0,45", "0,12")).columns.dutyRate).toBeUndefined();
  });

  test("amounts are not rates", () => {
    expect(sheetLayout(rows("12 %", 1.02)).columns.dutyRate).toBeUndefined();
  });

  test("a Duty rate column elsewhere wins, and Duty % is a rate by its name", () => {
    expect(
      sheetLayout([
        ["Selling price", "Destination", "Duty", "Duty rate"],
        [20, "DE", "12 %", 0.1],
      ]).columns.dutyRate,
    ).toBe(3);
    expect(mapColumns(["Duty %"], 0).columns).toEqual({ dutyRate: 0 });
  });
});

describe("a column named 商品编码 is the HS code when its values are HS codes, else the SKU", () => {
  // The goods code of a Chinese customs declaration is its HS code; in a seller's ERP export it is the SKU.
  const rows = (...codes: (string | number)[]) => [
    ["商品编码", "售价", "目的国"],
    ...codes.map((code) => [code, 20, "DE"]),
  ];

  test("HS codes, however written and with a typo among them, make it the HS code, and the notes say so", () => {
    const layout = sheetLayout(rows("9405 21 40", "9405.21.40", 94052140, "3926 3"));
    expect(layout.columns).toMatchObject({ hsCode: 0 });
    expect(layout.columns.sku).toBeUndefined();
    expect(layout.judgedColumns).toEqual([
      { header: "商品编码", index: 0, field: "hsCode", read: true, otherwise: "sku" },
    ]);
    expect(sheetNotes({ skippedRows: [], renamedOutputs: [], judgedColumns: layout.judgedColumns })).toEqual([
      'Column "商品编码" read as "HS code": its values are HS codes. If they are your SKUs, name the column "SKU".',
    ]);
    expect(
      sheetNotes({ skippedRows: [], renamedOutputs: [], judgedColumns: layout.judgedColumns }, "zh"),
    ).toEqual([
      "“商品编码”列已按“HS 编码”读取：其中的值为 HS 编码。如果这些是您的 SKU，请将该列命名为“SKU”。",
    ]);
  });

  test("SKUs, or mostly invalid codes, make it the SKU, without a note", () => {
    for (const layout of [
      sheetLayout(rows("LUM-LAMP-DE", "9405 21 40")),
      sheetLayout(rows("1234", "12345")),
    ]) {
      expect(layout.columns).toMatchObject({ sku: 0 });
      expect(layout.columns.hsCode).toBeUndefined();
      expect(
        sheetNotes({ skippedRows: [], renamedOutputs: [], judgedColumns: layout.judgedColumns }),
      ).toEqual([]);
    }
    // No rows to judge by: the SKU, as before.
    expect(mapColumns(["商品编码", "售价"], 0).columns).toEqual({ sku: 0, price: 1 });
  });

  test("an HS code column beside it, a mapping of the user's, or a header that says SKU keeps it the SKU", () => {
    const withHsColumn = sheetLayout([
      ["商品编码", "HS编码", "售价", "目的国"],
      ["94052140", "94052140", 20, "DE"],
    ]);
    expect(withHsColumn.columns).toMatchObject({ sku: 0, hsCode: 1 });
    expect(sheetLayout(rows("94052140"), { sku: 0 }).columns).toMatchObject({ sku: 0 });
    expect(sheetLayout(rows("94052140"), { hsCode: null }).columns).toMatchObject({ sku: 0 });
    expect(fieldOfHeader("商品编码/SKU")?.field).toBe("sku");
    expect(fieldOfHeader("商品编码 HS Code")?.field).toBe("hsCode");
    expect(fieldOfHeader("Duty/关税")).toBeUndefined();
  });
});
