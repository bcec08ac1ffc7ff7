import {
  type DutyRule,
  type EuCountry,
  Exact,
  InputError,
  requirePositive,
  NO_DUTY,
  ONE,
  ZERO,
  dutyOn,
  euCountry,
  inverseValue,
  netPrice,
  priceBreakdown,
  roundedDeclarationRatio,
  MAX_AMOUNT,
  currenciesOf,
  exampleRate,
  parseNumberText,
  rowFindingText,
  toCents,
  toEuro,
  type VatRegime,
  importVatBase,
  importVatOn,
  vatPrefix,
  vatRateOn,
  vatRegimeOf,
  type Channel,
  FIXED_EURO_RATES,
  type IsoDate,
  LOW_VALUE_DUTY_PER_ITEM,
  LOW_VALUE_THRESHOLD,
  fixedEuroRate,
  lowValueDutyApplies,
} from "../engine";
import { type Field } from "./columns";
import {
  type CellValue,
  cellText,
  isEmptyCell,
  readAmount,
  readDate,
  readDuty,
  readQuantity,
  readRate,
  readText,
} from "./cell-values";
import { type Flag, type Status, orderFindings, statusOf } from "./flags";
import { PLAIN_READINGS, type Readings } from "./check-memo";
import { money, percent } from "./output-sheets";
import { checkControlledGoods } from "./controlled-goods-check";
import { checkChannel, checkProductIds } from "./product-id-check";
import { type SheetLayout } from "./header-mapping";
import { checkLinks } from "./link-check";
import { RowReader } from "./row-reader";
import { type ReducedVatRate, type Settings, dutyRuleFor, reducedVatRateFor } from "./settings";

/** The per-unit lines of a pro forma breakdown, in EUR cents; they add up to the price. */
export interface UnitLines {
  readonly price: Exact;
  readonly salesVat: Exact;
  readonly commission: Exact;
  readonly packaging: Exact;
  readonly freight: Exact;
  readonly lastMile: Exact;
  readonly fbaFee: Exact;
  readonly handling: Exact;
  readonly duty: Exact;
  readonly value: Exact;
}

/** Everything the check found out about one row of the sheet. */
export interface RowCheck {
  /** The sheet row number (1-based, as Excel shows it). */
  readonly row: number;
  readonly sku: string | null;
  readonly description: string;
  /** The HS code as digits when valid, else as written. */
  readonly hsCode: string;
  readonly hsCodeValid: boolean;
  readonly quantity: Exact;
  readonly shipment: string | null;
  readonly status: Status;
  readonly flags: readonly Flag[];
  readonly explanation: string;
  /**
   * The explanation of the row's own findings, without the shipment's detention sentence, when the shipment rule
   * added one (applyShipmentRules): "" for a row flagged only for its shipment. The pane states the sentence once
   * per shipment.
   */
  readonly ownExplanation?: string;
  readonly vatRate: Exact | null;
  readonly inverseValue: Exact | null;
  /** Declaration ratio to 0.01 % (four decimals). */
  readonly ratio: number | null;
  /** Import duty per unit on the inverse value. */
  readonly duty: Exact | null;
  readonly declaredValue: Exact | null;
  /** Duty not paid because of under-declaration, for the whole line: duty(inverse) − duty(declared), × quantity. */
  readonly outstandingDuty: Exact;
  readonly lines: UnitLines | null;
  /** How the row's import VAT is treated: its VAT regime column, or the settings' default. */
  readonly vatRegime: VatRegime;
  /**
   * The VAT number the regime goes by, as written: the destination's under procedure 42, the importer's Belgian one
   * under ET 14.000; null when paid at import or not given.
   */
  readonly vatNumberUsed: string | null;
  /** The row's import VAT in Belgium (null when its figures cannot be worked out). */
  readonly importVat: ImportVat | null;
  /** Own stock (FBA, B2B) or B2C: the row's Channel cell, else the settings' default. */
  readonly channel: Channel;
  /** The date the row is declared on: its Date cell, else the settings' declaration date. */
  readonly date: IsoDate;
  /** The reduced VAT rate of the settings the row used (no VAT rate cell of its own), or null. */
  readonly reducedVatRate: ReducedVatRate | null;
  /**
   * The EUR 3 duty of a low-value B2C consignment (Council Regulation (EU) 2026/382), when it applies to the row:
   * the row's figures then use its share as the duty per unit.
   */
  readonly lowValueDuty: RowLowValueDuty | null;
  /**
   * Whether the row may pay the EUR 3 duty: B2C, declared within its dates, figures worked out. Whether it does
   * depends on its consignment (applyLowValueDuty).
   */
  readonly lowValueCandidate: boolean;
  /** The regimes of goods that need a licence, a certificate or a declaration that the row's HS code falls under. */
  readonly controlledGoods: readonly { readonly id: string; readonly name: string }[];
}

/** A row's share of its consignment's EUR 3 duty. */
export interface RowLowValueDuty {
  /** The consignment: the row's shipment, or the row alone. */
  readonly consignment: string;
  readonly intrinsicValue: Exact;
  /** The row's item (its tariff subheading) and the units of that item in the consignment. */
  readonly item: string;
  readonly units: Exact;
  /** EUR 3 over those units, exact. */
  readonly dutyPerUnit: Exact;
}

/**
 * A row's import VAT (domain.md section 11): the base per unit (customs value + duty on it + incidental costs up to
 * the first destination), the Belgian import VAT rate, and the amounts, each rounded once to the cent.
 */
export interface ImportVat {
  /** The customs value per unit the base starts from: the declared value, the inverse value where none. */
  readonly customsValue: Exact;
  /** The duty per unit on that customs value. */
  readonly duty: Exact;
  /** Freight after import and handling per unit: the incidental costs up to the first destination. */
  readonly incidentalCosts: Exact;
  /** The base per unit, exact. */
  readonly base: Exact;
  readonly rate: Exact;
  /** Import VAT of one unit, and of the line (base × quantity × rate), each to the cent. */
  readonly perUnit: Exact;
  readonly line: Exact;
  /** Procedure 42: the estimate of the VAT the destination charges on the same base at the row's VAT rate. */
  readonly destinationEstimate?: { readonly country: EuCountry; readonly rate: Exact; readonly line: Exact };
}

/** The ratio is shown to 0.01 % (four decimals), as in the JSON report. */
const RATIO_DECIMALS = 4;

/**
 * Checks one row: figures, flags and their explanations. Pure; the same row gives the same result everywhere.
 * `readings` is the bulk check's memo (check-memo.ts), which gives the same readings as none.
 */
export function checkRow(
  cells: readonly CellValue[],
  rowNumber: number,
  layout: SheetLayout,
  settings: Settings,
  readings: Readings = PLAIN_READINGS,
  /** The row's share of its low-value consignment's EUR 3 duty (low-value-duty.ts), when it pays it. */
  lowValue?: RowLowValueDuty,
): RowCheck {
  const read = new RowReader(cells, layout, readings);
  const date = read.read("date", readDate) ?? settings.declarationDate;
  const channel = checkChannel(read, settings.channel);
  const sku = read.read("sku", readText) ?? null;
  const description = read.read("description", readText) ?? "";
  const quantity = read.read("quantity", readQuantity) ?? ZERO;
  const shipment = read.read("shipment", readText) ?? null;

  const destination = checkDestination(read);
  const money = new MoneyReader(read, settings, date);
  const inEur = (field: Field) => money.read(field);

  let price = inEur("price");
  if (price === undefined && isEmptyCell(read.cell("price"))) {
    read.invalid(
      `${read.header("price")} is empty: enter the VAT-inclusive price per unit on the sales link.`,
    );
  } else if (price !== undefined) {
    // The rule of CUSTOMS.INVERSEVALUE too (engine requirePositive): one rule, one message.
    try {
      requirePositive(price, read.header("price"), "enterPrice");
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      read.invalid(`${error.message}.`);
      price = undefined;
    }
  }

  const hs = checkHsCode(read);
  const vat = checkVatRate(read, destination, settings, date, hs);
  const vatRate = vat?.rate;
  const commission = checkCommission(read, price, money);
  const packaging = inEur("packaging") ?? ZERO;
  const freight = inEur("freight") ?? ZERO;
  const lastMile = inEur("lastMile") ?? ZERO;
  const fbaFee = inEur("fbaFee") ?? ZERO;
  const handling = inEur("handling") ?? ZERO;
  const specificDuty = inEur("specificDuty") ?? ZERO;
  const declared = inEur("declaredValue");
  const typedDuty = read.read("dutyRate", readDuty);
  // In a low-value consignment the EUR 3 per item replaces the normal duty (ad valorem and specific alike).
  const dutyRule: DutyRule =
    lowValue === undefined
      ? {
          ...(typedDuty ?? (hs.valid ? dutyRuleFor(hs.code, settings) : undefined) ?? NO_DUTY),
          specific: specificDuty,
        }
      : { adValorem: ZERO, specific: lowValue.dutyPerUnit };
  if (lowValue !== undefined) read.note(lowValueNote(lowValue));
  checkProductIds(read, channel, date);
  const controlledGoods =
    settings.controlledGoods && hs.valid ? checkControlledGoods(read, hs.code, date) : [];

  checkLinks(read, destination);
  const vatRegime = checkVatRegime(read, destination, settings);
  checkVatNumber(read, destination, vatRegime);
  const importerField = importerVatNumberField(read, destination);
  if (vatRegime === "ET14000") checkImporterVatNumber(read, importerField);
  const vatNumberUsed =
    vatRegime === "PAID"
      ? null
      : (read.read(vatRegime === "CP42" ? "vatNumber" : importerField, readText) ?? null);

  let figures: Figures | undefined;
  const computable = !read.findings.some(
    (finding) => finding.flag === "INVALID_INPUT" || finding.flag === "UNKNOWN_COUNTRY",
  );
  if (computable && price !== undefined && vatRate !== undefined && commission !== undefined) {
    figures = calculate(read, {
      price,
      vatRate,
      costs: { commission, packaging, freight, lastMile, fbaFee, handling },
      dutyRule,
      declared,
      quantity,
      tolerance: settings.tolerance,
    });
  }

  const importVat =
    figures === undefined || vatRate === undefined || destination === undefined
      ? undefined
      : importVatOf(read, date, {
          customsValue: declared === undefined ? figures.value : toCents(declared),
          dutyRule,
          incidentalCosts: freight.plus(handling),
          quantity,
          regime: vatRegime,
          destination,
          destinationRate: vatRate,
        });

  const findings = orderFindings(read.findings);
  const flags = findings.map((finding) => finding.flag);
  const status = statusOf(flags);
  const explanation = [
    findings.length > 0
      ? findings.map((finding) => finding.explanation).join(" ")
      : figures?.okExplanation || "All checks passed.",
    ...read.notes,
  ].join(" ");
  return {
    row: rowNumber,
    sku,
    description,
    hsCode: hs.code,
    hsCodeValid: hs.valid,
    quantity,
    shipment,
    status,
    flags,
    explanation,
    vatRate: vatRate ?? null,
    inverseValue: figures?.value ?? null,
    ratio: figures?.ratio ?? null,
    duty: figures?.duty ?? null,
    declaredValue: declared === undefined ? null : toCents(declared),
    outstandingDuty: figures?.outstandingDuty ?? ZERO,
    lines: figures?.lines ?? null,
    vatRegime,
    vatNumberUsed,
    importVat: importVat ?? null,
    channel,
    date,
    reducedVatRate: vat?.reduced ?? null,
    lowValueDuty: lowValue ?? null,
    lowValueCandidate: figures !== undefined && lowValueDutyApplies(channel, date),
    controlledGoods,
  };
}

function lowValueNote(share: RowLowValueDuty): string {
  const units = share.units.equals(1) ? "1 unit" : `${share.units.toString()} units`;
  return `Low-value B2C consignment ${share.consignment} (${money(toCents(share.intrinsicValue))}, at most ${money(LOW_VALUE_THRESHOLD)}): the duty is ${money(LOW_VALUE_DUTY_PER_ITEM)} for item ${share.item} (Council Regulation (EU) 2026/382), ${money(toCents(share.dutyPerUnit))} per unit over ${units}.`;
}

/**
 * The row's VAT regime: its VAT regime cell; without one, with VAT deferral required, procedure 42, or ET 14.000 for
 * goods that stay in Belgium (procedure 42 is for goods that go on to another member state); else paid at import.
 */
function checkVatRegime(read: RowReader, destination: EuCountry | undefined, settings: Settings): VatRegime {
  const text = read.read("vatRegime", readText);
  let regime: VatRegime = !settings.vatDeferral ? "PAID" : destination === "BE" ? "ET14000" : "CP42";
  if (text !== undefined) {
    const named = vatRegimeOf(text);
    if (named === undefined)
      read.invalid(
        `${read.header("vatRegime")} "${text}" is no VAT regime: write CP42 (procedure 42), ET14000 (the ET 14.000 licence) or PAID.`,
      );
    else regime = named;
  }
  if (regime === "CP42" && destination === "BE")
    read.flag(
      "CP42_TO_BELGIUM",
      `Procedure 42 is for goods that go on to another member state, but these go to BE: declare them under ET 14.000 or with the VAT paid at import.`,
    );
  return regime;
}

/**
 * ET 14.000: the import VAT goes into the importer's Belgian VAT return, so a valid Belgian VAT number is needed: the
 * Importer VAT number cell, or for goods to Belgium the row's VAT number (the Belgian one the deferral goes by).
 */
function importerVatNumberField(read: RowReader, destination: EuCountry | undefined): Field {
  return isEmptyCell(read.cell("importerVatNumber")) &&
    destination === "BE" &&
    !isEmptyCell(read.cell("vatNumber"))
    ? "vatNumber"
    : "importerVatNumber";
}

function checkImporterVatNumber(read: RowReader, field: Field): void {
  const text = read.read(field, readText);
  if (text === undefined) {
    if (isEmptyCell(read.cell(field)))
      read.flag(
        "MISSING_IMPORTER_VAT_NUMBER",
        `${read.header("importerVatNumber")} is missing: ET 14.000 needs the importer's Belgian VAT number (BE0…), its own or its fiscal representative's.`,
      );
    return;
  }
  const reading = read.readings.vatNumber(text);
  if (!reading.valid) read.flag("INVALID_IMPORTER_VAT_NUMBER", `${read.header(field)}: ${reading.problem}.`);
  else if (reading.country !== "BE")
    read.flag(
      "INVALID_IMPORTER_VAT_NUMBER",
      `${read.header(field)} ${reading.normalised} is a ${reading.country} number: ET 14.000 needs a Belgian VAT number (BE0…).`,
    );
}

interface ImportVatInput {
  readonly customsValue: Exact;
  readonly dutyRule: DutyRule;
  readonly incidentalCosts: Exact;
  readonly quantity: Exact;
  readonly regime: VatRegime;
  readonly destination: EuCountry;
  /** The row's VAT rate (the destination's, or the one typed): procedure 42's estimate of the destination VAT. */
  readonly destinationRate: Exact;
}

/** The row's import VAT at its Import VAT rate cell, else Belgium's standard rate on the row's date. */
function importVatOf(read: RowReader, date: IsoDate, input: ImportVatInput): ImportVat | undefined {
  let rate = read.read("importVatRate", readRate);
  if (rate === undefined) {
    if (!isEmptyCell(read.cell("importVatRate"))) return undefined;
    try {
      rate = vatRateOn("BE", date, read.header("date")).rate;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      read.invalid(`${error.message}.`);
      return undefined;
    }
  }
  const duty = dutyOn(input.customsValue, input.dutyRule);
  const base = importVatBase(input.customsValue, duty, [input.incidentalCosts]);
  return {
    customsValue: input.customsValue,
    duty,
    incidentalCosts: input.incidentalCosts,
    base,
    rate,
    perUnit: importVatOn(base, rate, ONE),
    line: importVatOn(base, rate, input.quantity),
    ...(input.regime === "CP42"
      ? {
          destinationEstimate: {
            country: input.destination,
            rate: input.destinationRate,
            line: importVatOn(base, input.destinationRate, input.quantity),
          },
        }
      : {}),
  };
}

function checkDestination(read: RowReader): EuCountry | undefined {
  const text = read.read("destination", readText);
  if (text === undefined) {
    if (isEmptyCell(read.cell("destination")))
      read.flag(
        "UNKNOWN_COUNTRY",
        `${read.header("destination")} is empty: enter the EU country of delivery, e.g. DE.`,
      );
    return undefined;
  }
  // The engine's reader decides what an EU country is; the row says its refusal as a finding.
  try {
    return euCountry(text, read.header("destination"));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    read.flag("UNKNOWN_COUNTRY", rowFindingText(error));
    return undefined;
  }
}

/**
 * Money cells in EUR. A row's amounts are in its Currency column's currency (EUR when there is none); a currency
 * written in a cell ("330 SEK", "€ 12,50", "49 kr") must agree with that column, and says the currency where the
 * column is missing or empty. Other currencies are converted with the customs rate of the settings; without one
 * the row is refused, once per currency.
 */
class MoneyReader {
  private rowCurrency: string | undefined;
  /** No Currency column, and the row's cells name more than one currency: plain amounts say none. */
  private mixed = false;
  private readonly reported = new Set<string>();

  constructor(
    private readonly row: RowReader,
    private readonly settings: Settings,
    /** The row's date: a former euro-area currency converts at its fixed rate from its changeover. */
    private readonly date: IsoDate,
  ) {
    const written = row.read("currency", readText);
    if (written === undefined) {
      this.rowCurrency = this.currencyWrittenInCells();
      return;
    }
    const codes = currenciesOf(written);
    const header = row.header("currency");
    if (codes === undefined)
      row.invalid(`${header} "${written}" is not a currency: write its ISO code, e.g. EUR, SEK or PLN.`);
    else if (codes.length > 1)
      row.invalid(`${header} "${written}" can be ${listed(codes)}: write the ISO code, e.g. ${codes[0]}.`);
    else this.rowCurrency = codes[0];
  }

  /** The amount of a money field in EUR; undefined when the cell is empty or refused (a finding says why). */
  read(field: Field): Exact | undefined {
    const amount = this.row.read(field, readAmount);
    if (amount === undefined) return undefined;
    const currency = this.currencyOf(field, amount.currency);
    if (currency === undefined) return undefined;
    // Named as the user wrote it: the Currency column, or the cell that carries the currency.
    const source =
      amount.currency === undefined ? this.row.header("currency") : `${this.row.header(field)} in`;
    return this.inEur(amount.value, currency, source);
  }

  /** The cell's amount read as a share of the price ("15 %" in a Commission column), or undefined. */
  percentOf(field: Field): Exact | undefined {
    const cell = this.row.cell(field);
    if (typeof cell !== "string" || !/%\s*$/.test(cell)) return undefined;
    return this.row.read(field, readRate);
  }

  /**
   * Without a Currency column, a currency written in the row's cells ("330 SEK") is the currency of its plain
   * amounts too: a commission of 49.50 beside a price of 330 SEK is SEK, not EUR.
   */
  private currencyWrittenInCells(): string | undefined {
    const found = new Set<string>();
    for (const field of MONEY_FIELDS) {
      const cell = this.row.cell(field);
      if (typeof cell !== "string") continue;
      const reading = parseNumberText(cell, this.row.mark(field));
      if (reading.kind === "notANumber" || reading.currency === undefined) continue;
      const codes = currenciesOf(reading.currency) ?? [];
      if (codes.length === 1) found.add(codes[0]);
    }
    if (found.size > 1) this.mixed = true;
    return found.size === 1 ? [...found][0] : undefined;
  }

  private currencyOf(field: Field, written: string | undefined): string | undefined {
    if (written === undefined && this.mixed) {
      this.row.invalid(
        `${this.row.header(field)} has no currency, and this row's amounts are in several: write the currency in every amount or fill the ${this.row.header("currency")} column.`,
      );
      return undefined;
    }
    if (written === undefined) return this.rowCurrency ?? "EUR";
    const codes = currenciesOf(written) ?? [];
    const header = this.row.header(field);
    if (this.rowCurrency !== undefined) {
      if (codes.includes(this.rowCurrency)) return this.rowCurrency;
      this.row.invalid(
        `${header} is in ${written} but ${this.row.header("currency")} is ${this.rowCurrency}: write all amounts of a row in one currency.`,
      );
      return undefined;
    }
    if (codes.length === 1) return codes[0];
    this.row.invalid(
      `${header}: "${written}" can be ${listed(codes)}: write the ISO code (e.g. ${codes[0]}) or fill the ${this.row.header("currency")} column.`,
    );
    return undefined;
  }

  private inEur(amount: Exact, currency: string, source: string): Exact | undefined {
    if (currency === "EUR") return amount;
    const fixed = fixedEuroRate(currency, this.date);
    if (fixed !== undefined)
      this.row.note(
        `Amounts in ${currency} converted at the irrevocable rate of ${FIXED_EURO_RATES[currency].written} ${currency} per EUR (the euro since ${FIXED_EURO_RATES[currency].from}).`,
      );
    const rate = fixed ?? this.settings.exchangeRates[currency];
    if (rate !== undefined) {
      const euros = toEuro(amount, rate);
      // The bound on amounts holds in EUR too: a tiny rate must not turn a price into 10^17 EUR.
      if (euros.abs().greaterThanOrEqualTo(MAX_AMOUNT)) {
        this.row.invalid(
          `${source} ${currency}: ${amount.toString()} is too large in EUR (amounts must be below 10^12).`,
        );
        return undefined;
      }
      return euros;
    }
    if (!this.reported.has(currency)) {
      this.reported.add(currency);
      this.row.invalid(
        `${source} ${currency} has no exchange rate: give the customs rate in units per EUR (e.g. ${exampleRate(currency)}).`,
      );
    }
    return undefined;
  }
}

const MONEY_FIELDS: readonly Field[] = [
  "price",
  "commission",
  "packaging",
  "freight",
  "lastMile",
  "fbaFee",
  "handling",
  "specificDuty",
  "declaredValue",
];

const listed = (codes: readonly string[]) =>
  codes.length === 1 ? codes[0] : `${codes.slice(0, -1).join(", ")} or ${codes[codes.length - 1]}`;

/**
 * The row's VAT rate: its VAT rate cell; else a reduced rate of the settings for its destination and HS code (books,
 * food …: subtracting the standard rate from a reduced-rate price would understate the value); else the
 * destination's standard rate on the row's date.
 */
function checkVatRate(
  read: RowReader,
  destination: EuCountry | undefined,
  settings: Settings,
  date: IsoDate,
  hs: { code: string; valid: boolean },
): { rate: Exact; reduced?: ReducedVatRate } | undefined {
  const override = read.read("vatRate", readRate);
  if (override !== undefined) return { rate: override };
  if (!isEmptyCell(read.cell("vatRate"))) return undefined;
  if (destination === undefined) return undefined;
  const reduced = hs.valid ? reducedVatRateFor(destination, hs.code, settings) : undefined;
  if (reduced !== undefined) {
    read.note(
      `VAT rate ${percent(reduced.rate)}: the reduced rate of the settings for ${destination}, HS ${reduced.prefix}.`,
    );
    return { rate: reduced.rate, reduced };
  }
  try {
    return { rate: vatRateOn(destination, date, read.header("date")).rate };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    read.invalid(`${error.message}.`);
    return undefined;
  }
}

/**
 * The commission per unit: the amount when given, else the rate × the VAT-inclusive price (Amazon's fee base).
 * A percentage typed into the Commission column ("15 %") is the rate.
 */
function checkCommission(read: RowReader, price: Exact | undefined, money: MoneyReader): Exact | undefined {
  const share = money.percentOf("commission");
  if (share !== undefined) return price === undefined ? ZERO : price.times(share);
  if (!isEmptyCell(read.cell("commission"))) return money.read("commission");
  const rate = read.read("commissionRate", readRate);
  if (rate === undefined) return isEmptyCell(read.cell("commissionRate")) ? ZERO : undefined;
  return price === undefined ? ZERO : price.times(rate);
}

function checkHsCode(read: RowReader): { code: string; valid: boolean } {
  const cell = read.cell("hsCode");
  if (isEmptyCell(cell)) {
    read.flag(
      "INVALID_HS_CODE",
      `${read.header("hsCode")} is missing: customs need the 8-digit CN code (6, 8 or 10 digits).`,
    );
    return { code: "", valid: false };
  }
  const reading = read.readings.hsCode(typeof cell === "number" ? cell : cellText(cell));
  if (!reading.valid) {
    read.flag("INVALID_HS_CODE", `${read.header("hsCode")} ${reading.problem}.`);
    return { code: cellText(cell).trim(), valid: false };
  }
  return { code: reading.digits, valid: true };
}

/**
 * The destination's VAT number: procedure 42 needs the importer's number in the destination country (domain.md
 * section 11), so missing or of another country it is flagged on procedure 42 rows; a malformed number on any row.
 */
function checkVatNumber(read: RowReader, destination: EuCountry | undefined, regime: VatRegime): void {
  const text = read.read("vatNumber", readText);
  if (text === undefined) {
    if (regime === "CP42" && isEmptyCell(read.cell("vatNumber"))) {
      const country = destination === undefined ? "the destination country" : destination;
      read.flag(
        "MISSING_VAT_NUMBER",
        `${read.header("vatNumber")} is missing: VAT deferral needs the VAT number of ${country}.`,
      );
    }
    return;
  }
  const reading = read.readings.vatNumber(text);
  if (!reading.valid) read.flag("INVALID_VAT_NUMBER", `${read.header("vatNumber")}: ${reading.problem}.`);
  if (
    regime === "CP42" &&
    destination !== undefined &&
    reading.country !== undefined &&
    reading.country !== destination
  ) {
    read.flag(
      "VAT_NUMBER_COUNTRY_MISMATCH",
      `${read.header("vatNumber")} ${reading.normalised} is a ${reading.country} number but the goods go to ${destination}: VAT deferral needs a VAT number of ${destination} (prefix ${vatPrefix(destination)}).`,
    );
  }
}

interface Figures {
  readonly value: Exact;
  readonly ratio: number;
  readonly duty: Exact;
  readonly outstandingDuty: Exact;
  readonly lines: UnitLines;
  readonly okExplanation: string;
}

interface LineInput {
  readonly price: Exact;
  readonly vatRate: Exact;
  readonly costs: {
    commission: Exact;
    packaging: Exact;
    freight: Exact;
    lastMile: Exact;
    fbaFee: Exact;
    handling: Exact;
  };
  readonly dutyRule: DutyRule;
  readonly declared: Exact | undefined;
  readonly quantity: Exact;
  readonly tolerance: Exact;
}

function calculate(read: RowReader, line: LineInput): Figures | undefined {
  const { commission, packaging, freight, lastMile, fbaFee, handling } = line.costs;
  const input = {
    price: line.price,
    vatRate: line.vatRate,
    deductions: [commission, packaging, freight, lastMile, fbaFee, handling],
    duty: line.dutyRule,
  };
  const result = inverseValue(input, read.readings.divisor(input.vatRate, input.duty.adValorem));
  const value = result.valueInCents;
  if (!value.greaterThan(0)) {
    const net = netPrice(line.price, line.vatRate);
    const deducted = net.minus(result.value);
    read.flag(
      "DEDUCTIONS_EXCEED_PRICE",
      `The deductions and duty (${money(toCents(deducted))}) take the whole price without VAT (${money(toCents(net))}): check that the costs are per unit, not per shipment.`,
    );
    return undefined;
  }
  const parts = priceBreakdown(input, result);
  const [commissionCents, packagingCents, freightCents, lastMileCents, fbaFeeCents, handlingCents] =
    parts.deductions;
  const lines: UnitLines = {
    price: toCents(line.price),
    salesVat: parts.salesVat,
    commission: commissionCents,
    packaging: packagingCents,
    freight: freightCents,
    lastMile: lastMileCents,
    fbaFee: fbaFeeCents,
    handling: handlingCents,
    duty: parts.duty,
    value: parts.value,
  };
  const ratio = roundedDeclarationRatio(value, line.price, RATIO_DECIMALS);
  const declared = line.declared === undefined ? undefined : toCents(line.declared);
  let outstandingDuty = ZERO;
  let okExplanation = "";
  if (declared === undefined) {
    read.flag(
      "MISSING_DECLARED_VALUE",
      `No declared value to compare with the inverse value ${money(value)}.`,
    );
  } else {
    // A declared value above the VAT-inclusive price is no unit value: most often the line total (unit × quantity).
    if (declared.greaterThan(line.price))
      read.flag(
        "DECLARED_ABOVE_PRICE",
        `Declared ${money(declared)} is above the selling price ${money(line.price)}: is it a line total? Declare the value per unit.`,
      );
    const shortfall = value.minus(declared);
    if (shortfall.greaterThan(0) && shortfall.greaterThanOrEqualTo(line.tolerance)) {
      read.flag(
        "UNDER_DECLARED",
        `Declared ${money(declared)} is ${money(shortfall)} below the inverse value ${money(value)}.`,
      );
      outstandingDuty = dutyOn(value, line.dutyRule)
        .minus(dutyOn(declared, line.dutyRule))
        .times(line.quantity);
    } else if (shortfall.greaterThan(0)) {
      okExplanation = `Declared ${money(declared)} is ${money(shortfall)} below the inverse value ${money(value)}, within the tolerance of ${money(line.tolerance)}.`;
    } else {
      okExplanation = `Declared ${money(declared)} covers the inverse value ${money(value)}.`;
    }
  }
  return { value, ratio, duty: parts.duty, outstandingDuty, lines, okExplanation };
}
