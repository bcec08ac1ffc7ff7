import { type CellValue, type RowCheck, checkShipment, readSettings } from "../../src/sheet";

/** A B2C list as a seller sends it to the forwarder: channel, date and GTIN beside the usual columns. */
const HEADER = [
  "SKU",
  "HS code",
  "Qty",
  "Destination",
  "Sales link",
  "Price",
  "Duty rate",
  "Declared value",
  "Shipment",
  "Channel",
  "Date",
  "GTIN",
  "Currency",
] as const;
type Row = Partial<Record<(typeof HEADER)[number], CellValue>>;

/** 23.80 incl. 19 % VAT on amazon.de: 20.00 net, 19.10 at the normal 4.7 % duty. */
const PARCEL: Row = {
  SKU: "CASE-1",
  "HS code": "4202 92 98",
  Qty: 1,
  Destination: "DE",
  "Sales link": "https://www.amazon.de/dp/B08N5WRWNW",
  Price: 23.8,
  "Duty rate": "4.7 %",
  Shipment: "P-1",
  Channel: "B2C",
  Date: "2026-11-20",
  GTIN: "4006381333931",
};

const settings = readSettings({ declarationDate: "2026-11-21", vatDeferral: false });

type Options = Parameters<typeof readSettings>[0];

function checked(rows: Row[], options: Options = {}) {
  const values: CellValue[][] = [
    [...HEADER],
    ...rows.map((row) => HEADER.map((header) => ({ ...PARCEL, ...row })[header])),
  ];
  return checkShipment(
    values,
    readSettings({ declarationDate: "2026-11-21", vatDeferral: false, ...options }),
  );
}

const check = (rows: Row[], options: Options = {}): RowCheck[] => [...checked(rows, options).rows];
const summaryOf = (rows: Row[], options: Options = {}) => checked(rows, options).summary;

describe("the EUR 3 duty on low-value B2C consignments (Council Regulation (EU) 2026/382)", () => {
  test("a B2C parcel declared on 2026-07-01 pays EUR 3 for its item; on 2026-06-30 the normal duty", () => {
    const [after] = check([{ Date: "2026-07-01" }]);
    expect(after.duty?.toString()).toBe("3");
    expect(after.inverseValue?.toString()).toBe("17");
    expect(after.lowValueDuty).toMatchObject({ consignment: "P-1", item: "42029298" });
    expect(after.explanation).toMatch(/Low-value B2C consignment P-1 .*EUR 3\.00 for item 42029298/);
    const [before] = check([{ Date: "2026-06-30" }]);
    expect(before.inverseValue?.toString()).toBe("19.1");
    expect(before.lowValueDuty).toBeNull();
  });

  test("the last day is 2028-06-30", () => {
    expect(check([{ Date: "2028-06-30" }])[0].lowValueDuty).not.toBeNull();
    expect(check([{ Date: "2028-07-01" }])[0].lowValueDuty).toBeNull();
  });

  test("two rows of one subheading in a consignment are one item: EUR 3 shared over their units", () => {
    const rows = check([
      { SKU: "A", Qty: 1 },
      { SKU: "B", Qty: 3, "HS code": "4202929800" },
    ]);
    for (const row of rows) {
      expect(row.lowValueDuty?.units.toString()).toBe("4");
      expect(row.duty?.toString()).toBe("0.75");
    }
    expect(summaryOf([{ SKU: "A" }, { SKU: "B", Qty: 3 }]).lowValueConsignments).toEqual([
      expect.objectContaining({ consignment: "P-1", items: 1 }),
    ]);
  });

  test("two subheadings are two items, EUR 6 for the consignment", () => {
    const summary = summaryOf([{ SKU: "A" }, { SKU: "B", "HS code": "4202 91 10" }]);
    expect(summary.lowValueConsignments).toHaveLength(1);
    expect(summary.lowValueConsignments[0].items).toBe(2);
    expect(summary.lowValueConsignments[0].duty.toString()).toBe("6");
  });

  test("a setting makes the item the 6-digit subheading", () => {
    const summary = summaryOf([{ SKU: "A" }, { SKU: "B", "HS code": "4202 92 19" }], {
      lowValueItemDigits: 6,
    });
    expect(summary.lowValueConsignments[0].items).toBe(1);
  });

  test("EUR 150.00 of intrinsic value is of low value; EUR 150.01 is not", () => {
    const at = (second: number) =>
      check([
        { SKU: "A", Price: 238, "Declared value": 100 },
        { SKU: "B", Price: 238, "Declared value": second },
      ]);
    expect(at(50).every((row) => row.lowValueDuty !== null)).toBe(true);
    const above = at(50.01);
    expect(above.every((row) => row.lowValueDuty === null)).toBe(true);
    expect(above[0].explanation).toMatch(
      /Consignment P-1 is EUR 150\.01, above EUR 150\.00: the normal duty applies/,
    );
  });

  test("own stock (FBA, B2B) keeps the normal duty, and so does a row without a Channel by default", () => {
    expect(check([{ Channel: "FBA" }])[0].inverseValue?.toString()).toBe("19.1");
    expect(check([{ Channel: null }])[0].lowValueDuty).toBeNull();
    expect(check([{ Channel: null }], { channel: "B2C" })[0].lowValueDuty).not.toBeNull();
  });

  test("rows without a shipment id are each a consignment of their own", () => {
    const rows = check([
      { SKU: "A", Shipment: null },
      { SKU: "B", Shipment: null },
    ]);
    expect(rows.map((row) => row.lowValueDuty?.consignment)).toEqual(["row 2", "row 3"]);
    expect(rows.map((row) => row.duty?.toString())).toEqual(["3", "3"]);
  });

  test("a channel word the product does not know is refused, naming the words it knows", () => {
    const [row] = check([{ Channel: "air" }]);
    expect(row.flags).toContain("INVALID_INPUT");
    expect(row.explanation).toMatch(/Channel "air" is no channel: write stock .* or B2C/);
  });
});

describe("product identifiers (Delegated Regulation (EU) 2026/1022)", () => {
  test.each([
    ["6291041500213", "GS1's GTIN-13 example"],
    ["7300011000017", "GS1 Sweden's GTIN-13 example"],
    ["8904000210037", "GS1 India's GTIN-13 example"],
    ["40987650000223", "a GTIN-14"],
    ["036000291452", "a UPC-A (GTIN-12)"],
    ["96385074", "an EAN-8"],
  ])("%s (%s) is a valid GTIN", (gtin) => {
    expect(check([{ GTIN: gtin }])[0].flags).not.toContain("INVALID_GTIN");
  });

  test("a UPC-A in a number cell has lost its leading zero and is still valid", () => {
    expect(check([{ GTIN: 36000291452 }])[0].flags).not.toContain("INVALID_GTIN");
  });

  test("a wrong check digit or length is INVALID_GTIN (RISK)", () => {
    const [wrongDigit] = check([{ GTIN: "6291041500214" }]);
    expect(wrongDigit.flags).toContain("INVALID_GTIN");
    expect(wrongDigit.status).toBe("RISK");
    expect(wrongDigit.explanation).toMatch(/GTIN 6291041500214 has a wrong check digit \(GS1 gives 3/);
    expect(check([{ GTIN: "12345" }])[0].explanation).toMatch(
      /GTIN 12345 has 5 digits: a GTIN has 8, 12, 13 or 14/,
    );
  });

  test("a B2C row declared from 2026-11-01 without a GTIN or product id is MISSING_PRODUCT_ID", () => {
    expect(check([{ GTIN: null, Date: "2026-11-01" }])[0].flags).toContain("MISSING_PRODUCT_ID");
    expect(check([{ GTIN: null, Date: "2026-10-31" }])[0].flags).not.toContain("MISSING_PRODUCT_ID");
    expect(check([{ GTIN: null, Channel: "stock" }])[0].flags).not.toContain("MISSING_PRODUCT_ID");
  });
});

describe("the currencies of Bulgaria and Croatia (Council Regulation (EC) No 2866/98, Art. 1)", () => {
  test("BGN converts at 1.95583 from 2026-01-01 without an exchange rate, and says so", () => {
    const [row] = check([{ Channel: "stock", Currency: "BGN", Price: 46.55, Date: "2026-03-02" }]);
    expect(row.flags).not.toContain("INVALID_INPUT");
    expect(row.explanation).toMatch(
      /Amounts in BGN converted at the irrevocable rate of 1\.95583 BGN per EUR/,
    );
    // 46.55 BGN = EUR 23.80 (to the cent) incl. 19 % VAT, at 4.7 % duty.
    expect(row.inverseValue?.toString()).toBe("19.1");
  });

  test("BGN before 2026-01-01 needs the rate of the month, as any currency", () => {
    const [row] = check([{ Channel: "stock", Currency: "BGN", Price: 46.55, Date: "2025-12-31" }]);
    expect(row.explanation).toMatch(/BGN has no exchange rate/);
    const [given] = check([{ Channel: "stock", Currency: "BGN", Price: 46.55, Date: "2025-12-31" }], {
      exchangeRates: { BGN: 1.9558 },
    });
    expect(given.flags).not.toContain("INVALID_INPUT");
  });

  test("HRK converts at 7.53450 from 2023-01-01", () => {
    const [row] = check([{ Channel: "stock", Currency: "HRK", Price: 179.32, Date: "2026-03-02" }]);
    expect(row.explanation).toMatch(/irrevocable rate of 7\.53450 HRK per EUR/);
  });
});

describe("reduced VAT rates by destination and HS code prefix", () => {
  const book: Row = { Channel: "stock", "HS code": "4901 99 00", Price: 21.4, Destination: "DE" };

  test("a reduced rate of the settings applies to its destination's goods of that prefix", () => {
    const [row] = check([book], { vatRates: { "DE:4901": "7 %" } });
    expect(row.vatRate?.toString()).toBe("0.07");
    expect(row.reducedVatRate).toMatchObject({ country: "DE", prefix: "4901" });
    expect(row.explanation).toMatch(/VAT rate 7 %: the reduced rate of the settings for DE, HS 4901/);
  });

  test("the longest prefix wins; another destination keeps its standard rate", () => {
    const rates = { "DE:49": "19 %", "DE:490199": "7 %" };
    expect(check([book], { vatRates: rates })[0].vatRate?.toString()).toBe("0.07");
    expect(
      check([{ ...book, Destination: "FR", "Sales link": "https://www.amazon.fr/dp/B08N5WRWNW" }], {
        vatRates: rates,
      })[0].vatRate?.toString(),
    ).toBe("0.2");
  });

  test("a row's own VAT rate wins over the setting", () => {
    const values: CellValue[][] = [
      ["HS code", "Destination", "Price", "VAT rate", "Sales link"],
      ["4901 99 00", "DE", 21.4, "19 %", "https://www.amazon.de/dp/B08N5WRWNW"],
    ];
    const result = checkShipment(values, readSettings({ vatDeferral: false, vatRates: { "DE:4901": 0.07 } }));
    expect(result.rows[0].vatRate?.toString()).toBe("0.19");
    expect(result.rows[0].reducedVatRate).toBeNull();
  });

  test("the summary lists the rows that used a reduced rate", () => {
    const summary = summaryOf([book, { ...book, SKU: "B" }, { Channel: "stock" }], {
      vatRates: { "DE:4901": 0.07 },
    });
    expect(summary.reducedVatRates).toEqual([
      expect.objectContaining({ country: "DE", prefix: "4901", rows: 2, firstRows: [2, 3] }),
    ]);
  });

  test("a malformed entry is refused naming the setting and the form", () => {
    expect(() => readSettings({ vatRates: { "4901": 0.07 } })).toThrow(
      /reduced VAT rates: "4901" is not a destination and an HS code prefix\. Write the country code, a colon/,
    );
    expect(() => readSettings({ vatRates: { "XX:4901": 0.07 } })).toThrow(/reduced VAT rate XX:4901/);
    expect(() => readSettings({ vatRates: { "DE:4901": 7 } })).toThrow(/reduced VAT rate DE:4901/);
  });
});

describe('a "Type" column is the channel only when it holds channel words', () => {
  test("Type of B2C and FBA is read as the channel; Type of lamps is left alone", () => {
    const read = checkShipment(
      [
        ["HS code", "Destination", "Price", "Type", "Sales link", "Date"],
        ["4202 92 98", "DE", 23.8, "B2C", "https://www.amazon.de/dp/B08N5WRWNW", "2026-11-20"],
      ],
      settings,
    );
    expect(read.rows[0].channel).toBe("B2C");
    const left = checkShipment(
      [
        ["HS code", "Destination", "Price", "Type", "Sales link"],
        ["4202 92 98", "DE", 23.8, "Desk lamp", "https://www.amazon.de/dp/B08N5WRWNW"],
      ],
      settings,
    );
    expect(left.rows[0].channel).toBe("stock");
    expect(left.rows[0].flags).not.toContain("INVALID_INPUT");
  });
});

describe("goods that need a licence, a certificate or a declaration (src/engine/controlled-goods.ts)", () => {
  // One row of each regime: the code, and words the explanation must name.
  const EACH_REGIME: readonly (readonly [string, string, RegExp])[] = [
    ["CBAM", "7318 15 88", /CBAM.*Regulation \(EU\) 2023\/956.*authorised CBAM declarant/],
    ["EUDR", "0901 21 00", /EUDR.*Regulation \(EU\) 2023\/1115.*due diligence statement/],
    ["TOYS", "9503 00 70", /Toy safety.*Directive 2009\/48\/EC/],
    ["COSMETICS", "3304 99 00", /Cosmetic products.*Regulation \(EC\) No 1223\/2009/],
    ["BATTERIES", "8507 60 00", /Batteries.*Regulation \(EU\) 2023\/1542/],
    ["RADIO_EQUIPMENT", "8517 13 00", /Radio equipment.*Directive 2014\/53\/EU/],
    ["WEAPONS", "9304 00 00", /Weapons.*licence/],
    ["FOOD_AND_FEED", "1602 50 95", /Regulation \(EU\) 2017\/625/],
  ];

  test.each(EACH_REGIME)(
    "a row of %s (HS %s) is CONTROLLED_GOODS, naming the regime and what to prepare",
    (id, hs, words) => {
      const [row] = check([{ Channel: "stock", "HS code": hs }]);
      expect(row.flags).toContain("CONTROLLED_GOODS");
      expect(row.controlledGoods.map((regime) => regime.id)).toContain(id);
      expect(row.explanation).toMatch(words);
    },
  );

  test("a T-shirt needs none; the setting turns the table off", () => {
    expect(check([{ Channel: "stock", "HS code": "6109 10 00" }])[0].flags).not.toContain("CONTROLLED_GOODS");
    const [off] = check([{ Channel: "stock", "HS code": "7318 15 88" }], { controlledGoods: false });
    expect(off.flags).not.toContain("CONTROLLED_GOODS");
  });

  test("EUDR before 2026-12-30 is named with the date it applies from", () => {
    const [row] = check([{ Channel: "stock", "HS code": "0901 21 00", Date: "2026-12-01" }]);
    expect(row.explanation).toMatch(/It applies to declarations from 2026-12-30\./);
    const [later] = check([{ Channel: "stock", "HS code": "0901 21 00", Date: "2026-12-30" }]);
    expect(later.explanation).not.toMatch(/applies to declarations from/);
  });

  test("the summary lists the regimes a shipment touches", () => {
    const summary = summaryOf([
      { Channel: "stock", "HS code": "7318 15 88", Shipment: "S-1" },
      { Channel: "stock", SKU: "B", "HS code": "7318 15 88", Shipment: "S-2" },
      { Channel: "stock", SKU: "C", "HS code": "8507 60 00", Shipment: "S-2" },
    ]);
    expect(summary.controlledGoods).toEqual([
      expect.objectContaining({ id: "CBAM", rows: 2, firstRows: [2, 3], shipments: ["S-1", "S-2"] }),
      expect.objectContaining({ id: "BATTERIES", rows: 1, shipments: ["S-2"] }),
    ]);
  });
});

describe("links beyond Amazon", () => {
  const flagsOf = (link: string, destination = "DE") =>
    check([{ Channel: "stock", "Sales link": link, Destination: destination, "Declared value": 19.1 }])[0];

  test("a product page on the destination's store passes the link checks", () => {
    for (const [link, destination] of [
      ["https://www.bol.com/be/nl/p/boek/9200000012345678/", "BE"],
      ["https://allegro.pl/oferta/powerbank-12345678901", "PL"],
      ["https://befr.ebay.be/itm/123456789012", "BE"],
      ["https://www.temu.com/fr/lampe-g-601099512345678.html", "FR"],
    ] as const) {
      const row = flagsOf(link, destination);
      expect(row.flags).not.toEqual(expect.arrayContaining(["LINK_COUNTRY_MISMATCH"]));
      expect(row.flags).not.toContain("UNKNOWN_MARKETPLACE");
      expect(row.flags).not.toContain("NOT_A_PRODUCT_PAGE");
    }
  });

  test("bol.com/nl/ for goods to Belgium is a mismatch", () => {
    const row = flagsOf("https://www.bol.com/nl/nl/p/boek/9200000012345678/", "BE");
    expect(row.flags).toContain("LINK_COUNTRY_MISMATCH");
    expect(row.explanation).toMatch(/is on bol\.com \(NL\) but the goods go to BE/);
  });

  test("a short link is REVIEW: paste the full product link, never a mismatch", () => {
    const row = flagsOf("https://amzn.eu/d/4xYz9Qp");
    expect(row.flags).toContain("UNKNOWN_MARKETPLACE");
    expect(row.flags).not.toContain("LINK_COUNTRY_MISMATCH");
    expect(row.explanation).toMatch(/is a short link \(amzn\.eu\).*paste the full product link/);
  });

  test("AliExpress is REVIEW with the reason, never a guessed country", () => {
    const row = flagsOf("https://www.aliexpress.com/item/1005001234567890.html");
    expect(row.status).toBe("REVIEW");
    expect(row.flags).toEqual(["UNKNOWN_MARKETPLACE"]);
    expect(row.explanation).toMatch(/on AliExpress, but the link does not say which country's store it is/);
  });

  test("a search page is NOT_A_PRODUCT_PAGE (REVIEW)", () => {
    const row = flagsOf("https://www.amazon.de/s?k=socken+herren");
    expect(row.flags).toEqual(["NOT_A_PRODUCT_PAGE"]);
    expect(row.status).toBe("REVIEW");
    expect(row.explanation).toMatch(/page of Amazon\.de without a product in it \(no ASIN\)/);
  });
});
