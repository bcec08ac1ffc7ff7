/*
 * The CUSTOMS.* custom functions. This file is the single source of their metadata: the JSDoc below becomes
 * functions.json (custom-functions-metadata-plugin), which Excel shows in autocomplete; functions/lang gives the same
 * functions' names and descriptions in French, Dutch, German and Chinese (functions-LANG.json).
 * Each function reads Excel's argument shapes, calls the engine and turns bad input into #VALUE! or #N/A with a
 * message naming the argument and the fix. Synchronous, non-volatile, no network. Non-volatile on purpose (a volatile
 * function recalculates on every change of the workbook): those that default to today (a country code as vat, VATRATE
 * without a date) say in their descriptions to pass TODAY() or a date (test/functions/bundle.test.ts).
 */
import {
  type Exact,
  type InverseValueInput,
  InputError,
  ONE,
  type OffenceLevel,
  allocateByWeight,
  asinOf,
  priceBreakdown,
  declarationRatio,
  distinctHsCodes,
  exact,
  finePerHsCode as practiceFinePerHsCode,
  importVatBase,
  importVatOn,
  inverseValue as solveInverseValue,
  lineWeights,
  netPrice as priceWithoutVat,
  readGtin,
  readSalesLink,
  type SalesLink,
  FIXED_EURO_RATES,
  readVatNumber,
  requirePlausibleRate,
  requirePositive,
  toCents,
  toEuro as convertToEuro,
  vatRateOn,
  euCountry,
  isoDateOf,
  inputErrorText,
  messagesOf,
} from "../src/engine";
import { functionsLanguage, parameterField } from "./lang";
import {
  cellsOf,
  isNotGiven,
  readAmount,
  readAmounts,
  readDate,
  readDutyRule,
  readGtinText,
  readHsCodeDigits,
  readNumber,
  readOffence,
  readQuantity,
  readText,
  readVatRate,
  readWeight,
} from "./excel-arguments";

/**
 * Runs a function body; bad input becomes the Excel error users can read, never NaN or a silent 0. The message is
 * in Excel's language, naming the argument as Excel shows it there (functions/lang).
 */
function excelResult<T>(functionId: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    const language = functionsLanguage();
    const messages = messagesOf(language);
    if (error instanceof InputError) {
      const code =
        error.kind === "notAvailable"
          ? CustomFunctions.ErrorCode.notAvailable
          : CustomFunctions.ErrorCode.invalidValue;
      const field = parameterField(language, functionId, error.field);
      throw new CustomFunctions.Error(code, inputErrorText(error, { field, language: messages }));
    }
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      messages.unexpected(String(error)),
    );
  }
}

function readLine(
  price: unknown,
  vat: unknown,
  platformCosts: unknown[][],
  transportCosts: unknown[][],
  handlingCosts: unknown[][],
  dutyRate: unknown,
  specificDuty: unknown[][] | null | undefined,
): InverseValueInput {
  const today = isoDateOf(new Date());
  return {
    price: requirePositive(readAmount(price, "price", "enterPrice"), "price", "enterPrice"),
    vatRate: readVatRate(vat, "vat", today),
    deductions: [
      readAmounts(platformCosts, "platformCosts"),
      readAmounts(transportCosts, "transportCosts"),
      readAmounts(handlingCosts, "handlingCosts"),
    ],
    duty: readDutyRule(dutyRate, "dutyRate", readAmounts(specificDuty ?? null, "specificDuty")),
  };
}

/** Solves the line; a value of zero or less means the deductions swallow the whole net price. */
function solveLine(input: InverseValueInput) {
  const result = solveInverseValue(input);
  const value = result.valueInCents;
  if (!value.greaterThan(0)) {
    const net = toCents(priceWithoutVat(input.price, input.vatRate));
    throw new InputError(
      "platformCosts, transportCosts, handlingCosts",
      { key: "noValueLeft", params: { netPrice: net.toFixed(2) } },
      "costsPerUnit",
    );
  }
  return { result, value };
}

/**
 * Import declaration value per unit, as Belgian customs compute it since March 2024: the price on the sales link minus its VAT, platform, transport and handling costs, and the import duty charged on the value itself (solved exactly). A country code takes today's rate, which Excel does not recalculate as days pass: give vat as CUSTOMS.VATRATE(country, TODAY()) or a date.
 * @customfunction INVERSEVALUE
 * @param price VAT-inclusive selling price per unit on the sales link, in EUR.
 * @param vat Destination country (DE, FR, EL ...) for its standard rate today (not recalculated as days pass), or the rate itself (19 % or 0.19), or CUSTOMS.VATRATE(country, TODAY() or a date).
 * @param platformCosts Platform commission and packaging per unit: a number or a range (summed, empty cells count 0).
 * @param transportCosts Freight within the EU after import, last mile and FBA fee per unit: a number or a range.
 * @param handlingCosts Handling, sorting, customs and clearance fees per unit: a number or a range.
 * @param dutyRate Import duty rate (12 % or 0.12; add anti-dumping rates), or tariff text such as "4.7 % MIN 0.40 MAX 2.50".
 * @param [specificDuty] Specific duty per unit in EUR (per item, or per kg × unit weight). Default 0.
 * @returns Import declaration value per unit in EUR, rounded to the cent.
 */
export function inverseValue(
  price: unknown,
  vat: unknown,
  platformCosts: unknown[][],
  transportCosts: unknown[][],
  handlingCosts: unknown[][],
  dutyRate: unknown,
  specificDuty?: unknown[][],
): number {
  return excelResult("INVERSEVALUE", () => {
    const line = readLine(price, vat, platformCosts, transportCosts, handlingCosts, dutyRate, specificDuty);
    return solveLine(line).value.toNumber();
  });
}

/**
 * Declaration ratio: the import declaration value divided by the price on the sales link. A country code takes today's rate, which Excel does not recalculate as days pass: give vat as CUSTOMS.VATRATE(country, TODAY()) or a date.
 * @customfunction DECLRATIO
 * @param price VAT-inclusive selling price per unit on the sales link, in EUR.
 * @param vat Destination country (DE, FR, EL ...) for its standard rate today (not recalculated as days pass), or the rate itself (19 % or 0.19), or CUSTOMS.VATRATE(country, TODAY() or a date).
 * @param platformCosts Platform commission and packaging per unit: a number or a range (summed, empty cells count 0).
 * @param transportCosts Freight within the EU after import, last mile and FBA fee per unit: a number or a range.
 * @param handlingCosts Handling, sorting, customs and clearance fees per unit: a number or a range.
 * @param dutyRate Import duty rate (12 % or 0.12; add anti-dumping rates), or tariff text such as "4.7 % MIN 0.40 MAX 2.50".
 * @param [specificDuty] Specific duty per unit in EUR (per item, or per kg × unit weight). Default 0.
 * @returns Declaration value ÷ price, a fraction between 0 and 1 (format the cell as %).
 */
export function declRatio(
  price: unknown,
  vat: unknown,
  platformCosts: unknown[][],
  transportCosts: unknown[][],
  handlingCosts: unknown[][],
  dutyRate: unknown,
  specificDuty?: unknown[][],
): number {
  return excelResult("DECLRATIO", () => {
    const line = readLine(price, vat, platformCosts, transportCosts, handlingCosts, dutyRate, specificDuty);
    return declarationRatio(solveLine(line).value, line.price).toNumber();
  });
}

/**
 * The price taken apart for the pro forma invoice: sales VAT, platform costs, transport costs, handling costs, duty and declaration value, in cents that add up to the price. A country code takes today's rate, which Excel does not recalculate as days pass: give vat as CUSTOMS.VATRATE(country, TODAY()) or a date.
 * @customfunction DEDUCTIONS
 * @param price VAT-inclusive selling price per unit on the sales link, in EUR.
 * @param vat Destination country (DE, FR, EL ...) for its standard rate today (not recalculated as days pass), or the rate itself (19 % or 0.19), or CUSTOMS.VATRATE(country, TODAY() or a date).
 * @param platformCosts Platform commission and packaging per unit: a number or a range (summed, empty cells count 0).
 * @param transportCosts Freight within the EU after import, last mile and FBA fee per unit: a number or a range.
 * @param handlingCosts Handling, sorting, customs and clearance fees per unit: a number or a range.
 * @param dutyRate Import duty rate (12 % or 0.12; add anti-dumping rates), or tariff text such as "4.7 % MIN 0.40 MAX 2.50".
 * @param [specificDuty] Specific duty per unit in EUR (per item, or per kg × unit weight). Default 0.
 * @returns One row of six amounts: sales VAT, platform, transport, handling, duty, declaration value.
 */
export function deductions(
  price: unknown,
  vat: unknown,
  platformCosts: unknown[][],
  transportCosts: unknown[][],
  handlingCosts: unknown[][],
  dutyRate: unknown,
  specificDuty?: unknown[][],
): number[][] {
  return excelResult("DEDUCTIONS", () => {
    const line = readLine(price, vat, platformCosts, transportCosts, handlingCosts, dutyRate, specificDuty);
    const parts = priceBreakdown(line, solveLine(line).result);
    return [
      [parts.salesVat, ...parts.deductions, parts.duty, parts.value].map((amount) => amount.toNumber()),
    ];
  });
}

/**
 * Import duty per unit charged on the import declaration value (ad valorem, specific, MIN/MAX). A country code takes today's rate, which Excel does not recalculate as days pass: give vat as CUSTOMS.VATRATE(country, TODAY()) or a date.
 * @customfunction DUTY
 * @param price VAT-inclusive selling price per unit on the sales link, in EUR.
 * @param vat Destination country (DE, FR, EL ...) for its standard rate today (not recalculated as days pass), or the rate itself (19 % or 0.19), or CUSTOMS.VATRATE(country, TODAY() or a date).
 * @param platformCosts Platform commission and packaging per unit: a number or a range (summed, empty cells count 0).
 * @param transportCosts Freight within the EU after import, last mile and FBA fee per unit: a number or a range.
 * @param handlingCosts Handling, sorting, customs and clearance fees per unit: a number or a range.
 * @param dutyRate Import duty rate (12 % or 0.12; add anti-dumping rates), or tariff text such as "4.7 % MIN 0.40 MAX 2.50".
 * @param [specificDuty] Specific duty per unit in EUR (per item, or per kg × unit weight). Default 0.
 * @returns Import duty per unit in EUR, rounded to the cent.
 */
export function duty(
  price: unknown,
  vat: unknown,
  platformCosts: unknown[][],
  transportCosts: unknown[][],
  handlingCosts: unknown[][],
  dutyRate: unknown,
  specificDuty?: unknown[][],
): number {
  return excelResult("DUTY", () => {
    const line = readLine(price, vat, platformCosts, transportCosts, handlingCosts, dutyRate, specificDuty);
    return solveLine(line).result.dutyInCents.toNumber();
  });
}

/**
 * Price without VAT: the VAT-inclusive price divided by 1 + the VAT rate. A country code takes today's rate, which Excel does not recalculate as days pass: give vat as CUSTOMS.VATRATE(country, TODAY()) or a date.
 * @customfunction NETPRICE
 * @param price VAT-inclusive price per unit, in EUR.
 * @param vat Destination country (DE, FR, EL ...) for its standard rate today (not recalculated as days pass), or the rate itself (19 % or 0.19), or CUSTOMS.VATRATE(country, TODAY() or a date).
 * @returns Price without VAT in EUR, rounded to the cent.
 */
export function netPrice(price: unknown, vat: unknown): number {
  return excelResult("NETPRICE", () => {
    const amount = requirePositive(readAmount(price, "price", "enterPrice"), "price", "enterPrice");
    return toCents(priceWithoutVat(amount, readVatRate(vat, "vat", isoDateOf(new Date())))).toNumber();
  });
}

/**
 * Standard VAT rate of an EU country on a date, from a table with every rate change since 2020. Without a date it takes today's, which Excel does not recalculate as days pass: give TODAY() or the date of the sale.
 * @customfunction VATRATE
 * @param country EU country: ISO code in any case (DE, fr, EL or GR for Greece) or English name.
 * @param [date] Date of the sale or declaration, e.g. DATE(2024,8,31), or TODAY(). Default (or an empty cell) today, as of the last recalculation.
 * @returns The standard VAT rate as a fraction (0.19 for 19 %).
 */
export function vatRate(country: unknown, date?: unknown): number {
  return excelResult("VATRATE", () => {
    const code = euCountry(readText(country, "country", "enterEuCountryCode"), "country");
    return vatRateOn(code, readDate(date, "date", new Date()), "date").rate.toNumber();
  });
}

/** A link to a marketplace the product knows; anything else is #VALUE! (not a link) or #N/A (not known). */
function marketplaceLink(url: unknown): SalesLink & { readonly kind: "marketplace" | "noCountry" } {
  const link = readSalesLink(readText(url, "url", "enterSalesLink"));
  switch (link.kind) {
    case "notALink":
      throw new InputError("url", "notAWebLink", "enterFullSalesLink");
    case "shortLink":
      throw new InputError(
        "url",
        { key: "shortLink", params: { host: link.host } },
        "pasteFullLink",
        "notAvailable",
      );
    case "unknownMarketplace":
      throw new InputError(
        "url",
        { key: "unknownMarketplace", params: { host: link.host } },
        "useDestinationStore",
        "notAvailable",
      );
    default:
      return link;
  }
}

/**
 * Country of the marketplace store a sales link belongs to: amazon.com.be gives BE, bol.com/be/ BE, allegro.cz CZ, de.shein.com DE. #N/A for a link that does not say (AliExpress, temu.com without a country) or a short link.
 * @customfunction LINKCOUNTRY
 * @param url The sales link, e.g. https://www.amazon.de/dp/B08N5WRWNW.
 * @returns ISO country code of the marketplace store.
 */
export function linkCountry(url: unknown): string {
  return excelResult("LINKCOUNTRY", () => {
    const link = marketplaceLink(url);
    if (link.kind === "noCountry") {
      throw new InputError(
        "url",
        { key: "noCountryInLink", params: { name: link.name, why: link.why } },
        "useDestinationStore",
        "notAvailable",
      );
    }
    return link.country;
  });
}

/**
 * Name of the marketplace store a sales link belongs to, e.g. "Amazon.de", "bol.com", "Allegro.pl", "eBay.be".
 * @customfunction MARKETPLACE
 * @param url The sales link, e.g. https://allegro.pl/oferta/powerbank-12345678901.
 * @returns The marketplace's name.
 */
export function marketplace(url: unknown): string {
  return excelResult("MARKETPLACE", () => marketplaceLink(url).name);
}

/**
 * Product number in a marketplace's product link: the ASIN on Amazon, the article number on bol.com, the item number on eBay, the offer number on Allegro, and so on. #N/A for a search, category or store page.
 * @customfunction PRODUCTID
 * @param url The product link, e.g. https://www.ebay.de/itm/123456789012.
 * @returns The product number as the marketplace writes it.
 */
export function productId(url: unknown): string {
  return excelResult("PRODUCTID", () => {
    const link = marketplaceLink(url);
    if (link.productId === undefined) {
      throw new InputError(
        "url",
        { key: "noProductId", params: { name: link.name, productIdName: link.productIdName } },
        "useProductPage",
        "notAvailable",
      );
    }
    return link.productId;
  });
}

/**
 * ASIN (Amazon product number) in a sales link.
 * @customfunction ASIN
 * @param url The Amazon product link, e.g. https://www.amazon.fr/dp/B08N5WRWNW.
 * @returns The 10-character ASIN.
 */
export function asin(url: unknown): string {
  return excelResult("ASIN", () => {
    const found = asinOf(readText(url, "url", "enterAmazonLink"));
    if (found === undefined) throw new InputError("url", "noAsin", "useProductPage", "notAvailable");
    return found;
  });
}

/**
 * Whether a GTIN (EAN-13, UPC-A, GTIN-8 or GTIN-14) has a valid length and GS1 check digit (offline; it does not ask GS1 whom the number belongs to).
 * @customfunction GTINVALID
 * @param code The GTIN as on the barcode, e.g. 4006381333931; spaces and hyphens between groups are allowed.
 * @returns TRUE when the code has 8, 12, 13 or 14 digits and the right check digit.
 */
export function gtinValid(code: unknown): boolean {
  return excelResult("GTINVALID", () => readGtin(readGtinText(code, "code")).valid);
}

/**
 * HS code checked and written as digits only (6, 8 or 10 digits; spaces and dots removed).
 * @customfunction HSCODE
 * @param code HS, CN or TARIC code as written, e.g. "9405 21 40".
 * @returns The code as digits, e.g. 94052140.
 */
export function hsCode(code: unknown): string {
  return excelResult("HSCODE", () => readHsCodeDigits(code, "code"));
}

/**
 * Whether an EU VAT number has a valid format and check digits (offline; it does not ask VIES whether it is registered).
 * @customfunction VATNUMBERVALID
 * @param vatNumber VAT number with its country prefix, e.g. BE0403170701 or EL094259216.
 * @param [country] Destination country; when given, the number must also belong to it.
 * @returns TRUE when the number is well-formed, has the right check digits and (if given) belongs to the country.
 */
export function vatNumberValid(vatNumber: unknown, country?: unknown): boolean {
  return excelResult("VATNUMBERVALID", () => {
    const reading = readVatNumber(readText(vatNumber, "vatNumber", "enterVatNumber"));
    if (isNotGiven(country)) return reading.valid;
    const code = euCountry(readText(country, "country", "enterEuCountryCode"), "country");
    return reading.valid && reading.country === code;
  });
}

/**
 * Shares a shipment cost out over its lines by weight × quantity, in cents that add up exactly to the total.
 * @customfunction ALLOCATE
 * @param total Shipment cost to share, in EUR (e.g. the freight invoice).
 * @param weights Unit weight of each line in kg: a column or row (empty cells count 0).
 * @param [quantities] Units on each line, same size as weights. An empty cell or 0 counts 1 (Excel on Windows passes empty cells as 0); to give a line no share, set its weight to 0. Default 1 each.
 * @returns A column with each line's share in EUR.
 */
export function allocate(total: unknown, weights: unknown[][], quantities?: unknown[][]): number[][] {
  return excelResult("ALLOCATE", () => {
    const amount = readAmount(total, "total", "enterShipmentCost");
    const weightCells = cellsOf(weights);
    const unitWeights = weightCells.map((cell, index) => readWeight(cell, `weights (line ${index + 1})`));
    let counts: Exact[] | undefined;
    if (quantities !== null && quantities !== undefined) {
      const quantityCells = cellsOf(quantities);
      if (quantityCells.length !== weightCells.length) {
        throw new InputError(
          "quantities",
          { key: "cellsForWeights", params: { cells: quantityCells.length, weights: weightCells.length } },
          "sameCountAsWeights",
        );
      }
      counts = quantityCells.map((cell, index) => readQuantity(cell, `quantities (line ${index + 1})`));
    }
    return allocateByWeight(amount, lineWeights(unitWeights, counts), "total", "weights").map((share) => [
      share.toNumber(),
    ]);
  });
}

/**
 * Estimated fine for under-declaration: distinct HS codes × the fine per HS code for the offence (Belgian practice, not published law), on top of the outstanding tax.
 * @customfunction FINE
 * @param hsCodes The HS codes of the under-declared lines (a range). Each code counts once however written; a code that starts a longer one in the range (420292 of 42029291) counts with it; empty cells are ignored.
 * @param [offence] 1 for a first offence (default, also for an empty cell), 2 for a second with the same VAT number. A third means blacklisting: #N/A.
 * @param [finePerHsCode] EUR per HS code, if you know better than the practice default (250 first, 500 second); an empty cell uses the default.
 * @returns The fine in EUR.
 */
export function fine(hsCodes: unknown[][], offence?: unknown, finePerHsCode?: unknown): number {
  return excelResult("FINE", () => {
    const level = readOffence(offence, "offence");
    const cells = cellsOf(hsCodes);
    const digits = cells.flatMap((cell, index) =>
      isNotGiven(cell)
        ? []
        : [readHsCodeDigits(cell, cells.length > 1 ? `hsCodes (cell ${index + 1} of the range)` : "hsCodes")],
    );
    // 0 is no fine per code: it is an empty cell from Windows desktop, read as not given.
    const perCode = isNotGiven(finePerHsCode)
      ? finePerHsCodeOf(level)
      : requirePositive(
          readAmount(finePerHsCode, "finePerHsCode", "enterFinePerHsCode"),
          "finePerHsCode",
          "enterFinePerHsCode",
        );
    return toCents(perCode.times(distinctHsCodes(digits).length)).toNumber();
  });
}

function finePerHsCodeOf(level: OffenceLevel) {
  const amount = practiceFinePerHsCode(level);
  if (amount === undefined) {
    throw new InputError("offence", "thirdOffence", "talkToBroker", "notAvailable");
  }
  return exact(amount);
}

/**
 * Converts an amount to EUR with the customs exchange rate (units per EUR, ECB rate of the penultimate Wednesday of the month before), or with the irrevocable rate of a former currency of the euro area: "BGN" (1.95583, Bulgaria since 2026-01-01) or "HRK" (7.53450, Croatia since 2023-01-01).
 * @customfunction TOEUR
 * @param amount Amount in the foreign currency, e.g. 299 (SEK).
 * @param unitsPerEuro Customs rate in units of that currency per EUR, e.g. 11.39; or "BGN" or "HRK" for the fixed rate.
 * @returns The amount in EUR, rounded to the cent.
 */
export function toEur(amount: unknown, unitsPerEuro: unknown): number {
  return excelResult("TOEUR", () => {
    const money = readNumber(amount, "amount", "enterForeignAmount", "any currency");
    return toCents(convertToEuro(money, unitsPerEuroOf(unitsPerEuro))).toNumber();
  });
}

/** A rate as a number, or the code of a currency with a fixed rate to the euro. */
function unitsPerEuroOf(argument: unknown): Exact {
  const codes = Object.keys(FIXED_EURO_RATES).join(", ");
  const fix = { key: "enterUnitsPerEuroOrFixed", params: { codes } } as const;
  const code = typeof argument === "string" ? argument.trim().toUpperCase() : "";
  if (/^[A-Z]{3}$/.test(code)) {
    const fixed = FIXED_EURO_RATES[code];
    if (fixed === undefined)
      throw new InputError("unitsPerEuro", { key: "noFixedRate", params: { code } }, fix);
    return fixed.rate;
  }
  // One reading of an exchange rate with the settings and --fx: 0 is no rate, nor a rate out of range.
  return requirePlausibleRate(readNumber(argument, "unitsPerEuro", fix), "unitsPerEuro", fix);
}

/**
 * Import VAT per unit in Belgium (VAT Directive Arts. 85-86; Belgian VAT Code Art. 34): (customs value + import duty + incidental costs up to the first destination) × the VAT rate, to the cent. Without vat it takes Belgium's standard rate today, which Excel does not recalculate as days pass: give vat as CUSTOMS.VATRATE("BE", TODAY()) or a date.
 * @customfunction IMPORTVAT
 * @param value Customs value per unit in EUR (the declaration value): a number or a range (summed).
 * @param duty Import duty per unit in EUR: a number or a range (summed, empty cells count 0).
 * @param incidentalCosts Freight within the EU after import and handling, sorting, customs and clearance fees per unit: a number or a range. Not last mile, FBA or platform fees.
 * @param [vat] Country whose standard rate applies today (BE, not recalculated as days pass), or the rate itself (21 % or 0.21), or CUSTOMS.VATRATE("BE", TODAY() or a date). Default BE today.
 * @returns Import VAT per unit in EUR, rounded to the cent.
 */
export function importVat(
  value: unknown[][],
  duty: unknown[][],
  incidentalCosts: unknown[][],
  vat?: unknown,
): number {
  return excelResult("IMPORTVAT", () => {
    const base = importVatBase(readAmounts(value, "value"), readAmounts(duty, "duty"), [
      readAmounts(incidentalCosts, "incidentalCosts"),
    ]);
    const today = isoDateOf(new Date());
    const rate = isNotGiven(vat) ? vatRateOn("BE", today, "vat").rate : readVatRate(vat, "vat", today);
    return importVatOn(base, rate, ONE).toNumber();
  });
}
