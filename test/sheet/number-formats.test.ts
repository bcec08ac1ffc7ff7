import { type CellValue, checkShipment, formatShows, formattedCell, readSettings } from "../../src/sheet";
import { row, settings, sheet } from "./sample";

describe("what a cell's number format shows beside its number", () => {
  test.each([
    ["0%", { percent: true, currency: undefined }],
    ["0.00%", { percent: true, currency: undefined }],
    ["#,##0.00 [$zł-415]", { percent: false, currency: "zł" }],
    ['#,##0.00\\ "zł"', { percent: false, currency: "zł" }],
    ["[$€-407] #,##0.00", { percent: false, currency: "€" }],
    ["[$€-x-euro2] #,##0.00", { percent: false, currency: "€" }],
    ['"$"#,##0.00_);\\("$"#,##0.00\\)', { percent: false, currency: "$" }],
    ["£#,##0.00", { percent: false, currency: "£" }],
    ["[$USD] #,##0.00", { percent: false, currency: "USD" }],
    ['#,##0.00 "kr"', { percent: false, currency: "kr" }],
    ["[$¥-804]#,##0.00", { percent: false, currency: "¥" }],
  ])("%s shows %o", (format, shows) => {
    expect(formatShows(format)).toEqual(shows);
  });

  test.each([
    "General",
    "0.00",
    "#,##0.00",
    "@",
    "dd/mm/yyyy",
    "[$-409]mmmm d, yyyy",
    // `_€` leaves the width of a euro sign blank, and a % in quotes is text: neither shows anything.
    "#,##0.00_€",
    '0" %"',
    '0.00" kg"',
    '0" cup"',
    "[Red]#,##0.00",
  ])("%s shows neither a percentage nor a currency", (format) => {
    expect(formatShows(format)).toBeUndefined();
  });

  test("only the section of numbers from 0 up counts: a negative section's sign is not the amounts' currency", () => {
    expect(formatShows('#,##0.00;[Red]-#,##0.00 "€"')).toBeUndefined();
  });

  test("a number whose format shows nothing stays a number", () => {
    expect(formattedCell(12.5, "#,##0.00")).toBe(12.5);
    expect(formattedCell(12.5, undefined)).toBe(12.5);
    expect(formattedCell(0.15, "0%")).toEqual({ number: 0.15, percent: true, currency: undefined });
  });
});

/** A lamp sold on amazon.pl: price, commission and declared value as written, in zloty (4.33 per EUR). */
function polish(cells: { price: CellValue; commission: CellValue; declared: CellValue }): CellValue[] {
  return row({
    Destination: "PL",
    "Sales link": "https://www.amazon.pl/dp/B08N5WRWNW",
    "VAT number": "",
    "Prix TTC": cells.price,
    Commission: cells.commission,
    Packaging: 0,
    Freight: 0,
    "Last mile": 0,
    "FBA fee": 0,
    Handling: 0,
    "Declared value": cells.declared,
  });
}

const zloty = readSettings({ declarationDate: "2026-11-21", exchangeRates: { PLN: 4.33 } });
const ZLOTY_FORMAT = "#,##0.00 [$zł-415]";

describe("a number cell formatted in a currency is an amount in that currency", () => {
  test("109 formatted as zloty is read as 109 zł written as text, not as 109 euros", () => {
    const asText = checkShipment(
      sheet(polish({ price: "109 zł", commission: "16.35 zł", declared: "43 zł" })),
      zloty,
    );
    const formatted = checkShipment(
      sheet(
        polish({
          price: formattedCell(109, ZLOTY_FORMAT),
          commission: formattedCell(16.35, ZLOTY_FORMAT),
          declared: formattedCell(43, ZLOTY_FORMAT),
        }),
      ),
      zloty,
    );
    // (109 / 4.33 / 1.23 − 16.35 / 4.33) / 1.047: PL's 23 % VAT, the lamp's 4.7 % duty.
    expect(asText.rows[0].inverseValue?.toFixed(2)).toBe("15.94");
    expect(formatted.rows[0].inverseValue?.toFixed(2)).toBe("15.94");
    expect(formatted.rows[0].declaredValue?.toFixed(2)).toBe(asText.rows[0].declaredValue?.toFixed(2));
  });

  test("its currency is that of the row's plain amounts too, as one written in a cell is", () => {
    const formatted = checkShipment(
      sheet(polish({ price: formattedCell(109, ZLOTY_FORMAT), commission: 16.35, declared: 43 })),
      zloty,
    );
    expect(formatted.rows[0].inverseValue?.toFixed(2)).toBe("15.94");
  });

  test("without a rate for its currency the row is refused, never read as euros", () => {
    const result = checkShipment(
      sheet(polish({ price: formattedCell(109, ZLOTY_FORMAT), commission: 16.35, declared: 43 })),
      settings,
    ).rows[0];
    expect(result.status).toBe("ERROR");
    expect(result.inverseValue).toBeNull();
    expect(result.explanation).toMatch(/PLN has no exchange rate/);
  });

  test("formatted in euros it is euros, as a plain number is", () => {
    const euro = '#,##0.00 "€"';
    const plain = checkShipment(sheet(row()), settings).rows[0];
    const formatted = checkShipment(
      sheet(row({ "Prix TTC": formattedCell(49.9, euro), Freight: formattedCell(0.8, euro) })),
      settings,
    ).rows[0];
    expect(formatted.status).toBe(plain.status);
    expect(formatted.inverseValue?.toFixed(2)).toBe(plain.inverseValue?.toFixed(2));
  });

  test("a format that says another currency than the row's Currency column is refused: only the user knows", () => {
    const header = [...sheet()[2], "Currency"];
    const cells = [...row({ "Prix TTC": formattedCell(49.9, "£#,##0.00") }), "EUR"];
    const result = checkShipment([header, cells], settings).rows[0];
    expect(result.status).toBe("ERROR");
    expect(result.inverseValue).toBeNull();
  });

  test("a rate formatted in a currency is refused: it is an amount in the rate's column", () => {
    const result = checkShipment(sheet(row({ "Duty rate": formattedCell(0.45, '#,##0.00 "€"') })), settings)
      .rows[0];
    expect(result.status).toBe("ERROR");
    expect(result.explanation).toMatch(/Duty rate: 0\.45 € has a currency, but this column is not an amount/);
  });

  test("a quantity or a weight in a table formatted in euros is its number", () => {
    const euro = '#,##0.00 "€"';
    const plain = checkShipment(sheet(row()), settings).rows[0];
    const formatted = checkShipment(
      sheet(row({ Qty: formattedCell(40, euro), "Unit weight kg": formattedCell(0.8, euro) })),
      settings,
    ).rows[0];
    expect(formatted.status).toBe(plain.status);
    expect(formatted.inverseValue?.toFixed(2)).toBe(plain.inverseValue?.toFixed(2));
  });
});

describe("a number cell formatted as a percentage is a share, as Excel shows it", () => {
  test("a commission of 0.15 shown as 15 % is 15 % of the price, as the text 15 % is", () => {
    const asText = checkShipment(sheet(row({ Commission: "15 %" })), settings).rows[0];
    const formatted = checkShipment(sheet(row({ Commission: formattedCell(0.15, "0%") })), settings).rows[0];
    const asEuros = checkShipment(sheet(row({ Commission: 0.15 })), settings).rows[0];
    expect(formatted.inverseValue?.toFixed(2)).toBe(asText.inverseValue?.toFixed(2));
    expect(formatted.inverseValue?.toFixed(2)).not.toBe(asEuros.inverseValue?.toFixed(2));
  });

  test("a percentage in a column of amounts is refused, as the text 15 % is", () => {
    const result = checkShipment(sheet(row({ Freight: formattedCell(0.15, "0.00%") })), settings).rows[0];
    expect(result.status).toBe("ERROR");
    expect(result.explanation).toMatch(/Freight: 15 % is a percentage, not an amount/);
  });

  test("a rate formatted as a percentage is its fraction", () => {
    const plain = checkShipment(sheet(row()), settings).rows[0];
    const formatted = checkShipment(sheet(row({ "Duty rate": formattedCell(0.047, "0.0%") })), settings)
      .rows[0];
    expect(formatted.duty?.toFixed(2)).toBe(plain.duty?.toFixed(2));
  });
});
