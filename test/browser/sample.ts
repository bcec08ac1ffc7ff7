/**
 * Shipment workbooks for the browser tests: a small sheet with every kind of row and user cell the pane must respect,
 * and a generator for large sheets that runs inside the page (no megabytes of seed cross over from node).
 */
import type { Seed } from "./harness";

export const HEADER = [
  "SKU",
  "Description",
  "HS code",
  "Qty",
  "Unit weight kg",
  "Destination",
  "Sales link",
  "Prix TTC",
  "Commission",
  "FBA fee",
  "Duty rate",
  "VAT rate",
  "Declared value",
  "VAT number",
  "Shipment",
  "Advertising",
  "Notes",
] as const;

export const XSS = "<img src=x onerror=alert(1)>";

type Cell = string | number | boolean | null;
type Row = Partial<Record<(typeof HEADER)[number], Cell>>;

const BASE: Row = {
  SKU: "LAMP-9",
  Description: "Desk lamp",
  "HS code": "9405 21 40",
  Qty: 40,
  "Unit weight kg": 0.8,
  Destination: "FR",
  "Sales link": "https://www.amazon.fr/dp/B08N5WRWNW",
  "Prix TTC": 49.9,
  Commission: 4.99,
  "FBA fee": 3.07,
  "Duty rate": 0.047,
  "Declared value": 35,
  "VAT number": "FR40303265045",
  Shipment: "LGG-1",
  Advertising: 2,
};

const row = (overrides: Row): Cell[] => {
  const values = { ...BASE, ...overrides };
  return HEADER.map((header) => values[header] ?? null);
};

/** Sheet rows 4..10 (the header is row 3, under a title and a blank row). */
export const ROWS: Cell[][] = [
  row({ Notes: "checked by Anna" }),
  row({
    SKU: "MUG-2",
    Description: "Mug",
    "HS code": "6912 00 23",
    Destination: "DE",
    "Sales link": "https://www.amazon.de/dp/B0MUG00002",
    "Prix TTC": 19.9,
    Commission: 2.99,
    "Declared value": 4,
    "VAT number": "DE136695976",
    Shipment: "LGG-3",
  }),
  row({ SKU: "XSS-1", Description: XSS, "Sales link": null, Shipment: "LGG-3" }),
  row({
    SKU: "BOOK-5",
    Description: "Cook book",
    "HS code": "4901 99 00",
    "VAT rate": 0.055,
    "Declared value": 18,
    "Prix TTC": 24.9,
    Commission: 3.7,
    "Duty rate": 0,
  }),
  row({
    SKU: "CABLE-7",
    Description: "USB cable",
    "HS code": "8544 42 90",
    "VAT rate": 0.2,
    Shipment: "LGG-2",
    "Prix TTC": 12.9,
    Commission: 1.9,
    "FBA fee": 2.5,
    "Declared value": 6,
  }),
  row({ SKU: "BAD-1", Description: "No price", "Prix TTC": null, Shipment: "LGG-2" }),
  row({
    SKU: '="FORMULA"',
    Description: "Kettle",
    "HS code": "8516 10 80",
    Destination: "BE",
    "Sales link": "https://www.amazon.com.be/dp/B0KETTLE01",
    "Prix TTC": 39.9,
    Commission: 4,
    "Declared value": 30,
    "VAT number": "BE0403170701",
    Shipment: "LGG-2",
  }),
];

export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;
/** Column letters of the sample (A = SKU ... Q = Notes). */
export const LETTER = Object.fromEntries(
  HEADER.map((header, index) => [header, String.fromCharCode(65 + index)]),
) as Record<(typeof HEADER)[number], string>;

/** The user's formulas in the sample: the VAT rate of CABLE-7 (L8) and the SKU of the kettle (A10), and a declared value. */
export function sampleWorkbook(extra: Partial<Seed> = {}): Seed {
  const values: Cell[][] = [
    ["Shipment LGG-1/LGG-2, Liège, November 2026"],
    [],
    [...HEADER],
    ...ROWS.map((cells) => [...cells]),
  ];
  // Formula cells: the seed's values hold their results.
  values[3 + 6][0] = "KETTLE-1";
  const formulas: (string | null)[][] = values.map((cells) => cells.map(() => null));
  formulas[3 + 4][HEADER.indexOf("VAT rate")] = "=0.1+0.1";
  formulas[3 + 6][0] = '=UPPER("kettle-1")';
  formulas[3 + 1][HEADER.indexOf("Declared value")] = "=2*2";
  return {
    name: "Shipment.xlsx",
    sheets: [
      { name: "Shipment", values, formulas },
      { name: "Notes", values: [["Keep this sheet"]] },
    ],
    activeSheet: "Shipment",
    ...extra,
  };
}

/**
 * A large shipment sheet, built in the page (this function is sent as source text: it must not use anything from
 * outside its body). Header in row 1, `rows` SKU lines, a few risky ones.
 */
export function largeWorkbookInPage(rows: number): Seed {
  const header = [
    "SKU",
    "Description",
    "HS code",
    "Quantity",
    "Unit weight kg",
    "Destination",
    "Sales link",
    "Selling price",
    "Commission",
    "Packaging",
    "Freight",
    "Last mile",
    "FBA fee",
    "Handling",
    "Duty rate",
    "Declared value",
    "VAT number",
    "Shipment",
  ];
  const destinations = ["DE", "FR", "IT", "ES", "NL", "BE", "PL", "SE"];
  const stores: Record<string, string> = {
    DE: "amazon.de",
    FR: "amazon.fr",
    IT: "amazon.it",
    ES: "amazon.es",
    NL: "amazon.nl",
    BE: "amazon.com.be",
    PL: "amazon.pl",
    SE: "amazon.se",
  };
  const vatNumbers: Record<string, string> = {
    DE: "DE136695976",
    FR: "FR40303265045",
    IT: "IT00743110157",
    ES: "ESA13585625",
    NL: "NL004495445B01",
    BE: "BE0403170701",
    PL: "PL5260250995",
    SE: "SE556188840401",
  };
  const hsCodes = [
    "9405 21 40",
    "8517.62.00",
    "6912 00 23",
    "4202 92 91",
    "9503 00 70",
    "8471 30 00",
    "6109 10 00",
    "3926 90 97",
  ];
  let state = 42;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const cents = (amount: number) => Math.round(amount * 100) / 100;
  const values: (string | number)[][] = [header];
  for (let i = 0; i < rows; i++) {
    const destination = destinations[Math.floor(next() * destinations.length)];
    const price = cents(5 + next() * 295);
    const risky = next() < 0.03;
    values.push([
      `SKU-${String(i).padStart(6, "0")}`,
      `Product ${i % 5000} in a longer description of the kind sellers write`,
      hsCodes[i % hsCodes.length],
      1 + Math.floor(next() * 48),
      cents(0.05 + next() * 2),
      destination,
      `https://www.${risky ? "amazon.de" : stores[destination]}/dp/B0${String(i).padStart(8, "0")}`,
      price,
      cents(price * 0.15),
      0.3,
      cents(0.2 + next()),
      0.85,
      2.73,
      0.45,
      0.047,
      cents(price * (0.3 + next() * 0.6)),
      vatNumbers[destination],
      `LGG-${String(Math.floor(i / 200)).padStart(4, "0")}`,
    ]);
  }
  return { name: "Large.xlsx", sheets: [{ name: "Shipment", values }], activeSheet: "Shipment" };
}
