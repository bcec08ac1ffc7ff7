import { type CellValue, readSettings } from "../../src/sheet";

/** A shipment sheet as a forwarder sends it: a title above the header, French and English headers mixed. */
export const HEADER = [
  "SKU",
  "Description",
  "HS code",
  "Qty",
  "Unit weight kg",
  "Destination",
  "Sales link",
  "Reference link",
  "Prix TTC",
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
  "Advertising",
];

type Row = Partial<Record<(typeof HEADER)[number], CellValue>>;

/** A row that passes every check: a lamp sold on amazon.fr, declared above its inverse value. */
export const GOOD: Row = {
  SKU: "LAMP-9",
  Description: "Desk lamp",
  "HS code": "9405 21 40",
  Qty: 40,
  "Unit weight kg": 0.8,
  Destination: "FR",
  "Sales link": "https://www.amazon.fr/dp/B08N5WRWNW",
  "Prix TTC": 49.9,
  Commission: 4.99,
  Packaging: 0.3,
  Freight: 0.8,
  "Last mile": 1.2,
  "FBA fee": 3.07,
  Handling: 0.45,
  "Duty rate": 0.047,
  "Declared value": 30,
  "VAT number": "FR40303265045",
  Shipment: "LGG-1",
  Advertising: 2,
};

export function row(overrides: Row = {}): CellValue[] {
  const values = { ...GOOD, ...overrides };
  return HEADER.map((header) => values[header]);
}

export function sheet(...rows: CellValue[][]): CellValue[][] {
  return [["Shipment LGG-1, Liège, November 2026"], [], HEADER, ...rows];
}

export const settings = readSettings({ declarationDate: "2026-11-21" });
