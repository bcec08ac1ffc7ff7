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
  rowFindingText,
  toCents,
  toEuro,
  toNumber,
  type VatRegime,
  importVatBase,
  importVatOn,
  vatPrefix,
  HIGHEST_VAT_RATE,
  vatRateOn,
  vatRegimeOf,
  type Channel,
  FIXED_EURO_RATES,
  type IsoDate,
  LOW_VALUE_DUTY_PER_ITEM,
  LOW_VALUE_THRESHOLD,
  fixedEuroRate,
  lowValueDutyApplies,
  dayMonthReadings,
} from "../engine";
import { type Field, MONEY_FIELDS } from "./columns";
import {
  type CellValue,
  cellNumber,
  cellText,
  currencyWrittenIn,
  isEmptyCell,
  isFormattedNumber,
  isMergedCell,
  readAmount,
  readDate,
  readDuty,
  readQuantity,
  readRate,
  readText,
} from "./cell-values";
import { type Flag, type Status, orderFindings, statusOf } from "./flags";
import { PLAIN_READINGS, type Readings } from "./check-memo";
import { checkControlledGoods } from "./controlled-goods-check";
import { checkChannel, checkProductIds } from "./product-id-check";
import { type SheetLayout } from "./header-mapping";
import { checkLinks } from "./link-check";
import { type CheckWords, RowReader, checkWordsOf } from "./row-reader";
import { type ReducedVatRate, type Settings, dutyRuleFor, reducedVatRateFor } from "./settings";
import { type SheetWords } from "./lang";

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

/** An amount for the words of a sentence: a number of euros to the cent. */
const euros = (amount: Exact): number => toNumber(toCents(amount));

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
  /** The words of settings.language; a check of many rows looks them up once (ShipmentChecker). */
  words: CheckWords = checkWordsOf(settings.language),
): RowCheck {
  const read = new RowReader(cells, layout, readings, words);
  const says = words.sheet.explanations;
  const date = checkDate(read) ?? settings.declarationDate;
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
    read.invalid(says.priceEmpty({ column: read.header("price") }));
  } else if (price !== undefined) {
    // The rule of CUSTOMS.INVERSEVALUE too (engine requirePositive): one rule, one message.
    try {
      requirePositive(price, read.header("price"), "enterPrice");
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      read.invalidInput(error);
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
  if (lowValue !== undefined) read.note(lowValueNote(lowValue, words));
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
          incidentalCosts: read.readings.shared(freight.plus(handling)),
          quantity,
          regime: vatRegime,
          destination,
          destinationRate: vatRate,
        });

  const findings = orderFindings(read.findings, settings.language);
  const flags = findings.map((finding) => finding.flag);
  const status = statusOf(flags);
  const sentences = [
    ...(findings.length > 0
      ? findings.map((finding) => finding.explanation)
      : [figures?.okExplanation || says.allChecksPassed]),
    ...read.notes,
  ];
  // Most rows have one sentence: it is the explanation as it is.
  const explanation = sentences.length === 1 ? sentences[0] : says.sentences({ sentences });
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

/**
 * The row's Date cell. A text date that reads either way (07/01/2026) is read day first, as the product's users
 * write dates, unless its column also has a date that reads month first only (12/25/2026): then it is refused,
 * since which of its two dates it is, only the user knows (number-conventions.ts).
 */
function checkDate(read: RowReader): IsoDate | undefined {
  const date = read.read("date", readDate);
  const evidence = read.monthFirstDate("date");
  const cell = read.cell("date");
  if (date === undefined || evidence === undefined || typeof cell !== "string") return date;
  // Refused only when both readings are dates, and different days (dateOrderShown's "either").
  const { dayFirst, monthFirst } = dayMonthReadings(cell) ?? {};
  if (dayFirst === undefined || monthFirst === undefined || dayFirst === monthFirst) return date;
  read.invalid(
    read.words.sheet.explanations.dateOrderInDoubt({
      column: read.header("date"),
      text: cell.trim(),
      dayFirst,
      monthFirst,
      evidence,
    }),
  );
  return undefined;
}

function lowValueNote(share: RowLowValueDuty, words: CheckWords): string {
  return words.sheet.lowValue.duty({
    consignment: share.consignment,
    value: euros(share.intrinsicValue),
    threshold: euros(LOW_VALUE_THRESHOLD),
    perItem: euros(LOW_VALUE_DUTY_PER_ITEM),
    item: share.item,
    perUnit: euros(share.dutyPerUnit),
    units: toNumber(share.units),
  });
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
      read.invalid(read.words.sheet.explanations.notAVatRegime({ column: read.header("vatRegime"), text }));
    else regime = named;
  }
  if (regime === "CP42" && destination === "BE")
    read.flag("CP42_TO_BELGIUM", read.words.sheet.explanations.procedure42ToBelgium);
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
  const says = read.words.sheet.explanations;
  const text = read.read(field, readText);
  if (text === undefined) {
    if (isEmptyCell(read.cell(field)))
      read.flag(
        "MISSING_IMPORTER_VAT_NUMBER",
        says.missingImporterVatNumber({ column: read.header("importerVatNumber") }),
      );
    return;
  }
  const reading = read.readings.vatNumber(text);
  if (!reading.valid)
    read.flag(
      "INVALID_IMPORTER_VAT_NUMBER",
      says.invalidVatNumber({ column: read.header(field), problem: read.problem(reading.problem) }),
    );
  else if (reading.country !== "BE")
    read.flag(
      "INVALID_IMPORTER_VAT_NUMBER",
      says.importerVatNumberNotBelgian({
        column: read.header(field),
        number: reading.normalised,
        country: reading.country,
      }),
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
      read.invalidInput(error);
      return undefined;
    }
  }
  // Kept to the end of the check with the row: equal figures share a Decimal (CheckMemo.shared).
  const shared = (amount: Exact) => read.readings.shared(amount);
  const duty = shared(dutyOn(input.customsValue, input.dutyRule));
  const base = shared(importVatBase(input.customsValue, duty, [input.incidentalCosts]));
  return {
    customsValue: input.customsValue,
    duty,
    incidentalCosts: input.incidentalCosts,
    base,
    rate,
    perUnit: shared(importVatOn(base, rate, ONE)),
    line: shared(importVatOn(base, rate, input.quantity)),
    ...(input.regime === "CP42"
      ? {
          destinationEstimate: {
            country: input.destination,
            rate: input.destinationRate,
            line: shared(importVatOn(base, input.destinationRate, input.quantity)),
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
        read.words.sheet.explanations.destinationEmpty({ column: read.header("destination") }),
      );
    return undefined;
  }
  // The engine's reader decides what an EU country is; the row says its refusal as a finding.
  try {
    return euCountry(text, read.header("destination"));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    read.flag("UNKNOWN_COUNTRY", rowFindingText(error, read.words.engine));
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
  /** The currencies without a rate already said (made for the rare row that has one). */
  private reported: Set<string> | undefined;
  private readonly says: SheetWords["explanations"];

  constructor(
    private readonly row: RowReader,
    private readonly settings: Settings,
    /** The row's date: a former euro-area currency converts at its fixed rate from its changeover. */
    private readonly date: IsoDate,
  ) {
    this.says = row.words.sheet.explanations;
    const written = row.read("currency", readText);
    if (written === undefined) {
      this.rowCurrency = this.currencyWrittenInCells();
      return;
    }
    const codes = currenciesOf(written);
    const column = row.header("currency");
    if (codes === undefined) row.invalid(this.says.notACurrency({ column, text: written }));
    else if (codes.length > 1)
      row.invalid(this.says.currencyAmbiguous({ column, text: written, codes, example: codes[0] }));
    else this.rowCurrency = codes[0];
  }

  /** The amount of a money field in EUR; undefined when the cell is empty or refused (a finding says why). */
  read(field: Field): Exact | undefined {
    const amount = this.row.read(field, readAmount);
    if (amount === undefined) return undefined;
    const written = this.writtenCurrency(field, amount.currency);
    if (written === null) return undefined;
    const currency = this.currencyOf(field, written);
    if (currency === undefined) return undefined;
    // Named as the user wrote it: the Currency column, or the cell (or its column's header) that carries the currency.
    const source: AmountSource =
      written === undefined
        ? { currencyColumn: this.row.header("currency") }
        : { column: this.row.header(field) };
    return this.inEur(amount.value, currency, source);
  }

  /**
   * The currency an amount is written in: the cell's own ("330 SEK"), else its column header's ("Price ($)"), which
   * holds for each of the column's cells. A cell that names another currency than its header is refused (null):
   * which of the two is right, only the user knows.
   */
  private writtenCurrency(field: Field, inCell: string | undefined): string | undefined | null {
    const inHeader = this.row.headerCurrency(field);
    if (inCell === undefined || inHeader === undefined) return inCell ?? inHeader;
    const headerCodes = currenciesOf(inHeader) ?? [];
    const cellCodes = currenciesOf(inCell) ?? [];
    const common = cellCodes.filter((code) => headerCodes.includes(code));
    if (common.length === 0) {
      this.row.invalid(
        this.says.cellCurrencyDisagreesWithHeader({
          column: this.row.header(field),
          written: inCell,
          header: inHeader,
        }),
      );
      return null;
    }
    // "¥12" under "售价(CNY)": the header says which of the sign's currencies it is.
    return common.length === 1 ? common[0] : inCell;
  }

  /**
   * The cell's amount read as a share of the price, or undefined: "15 %" in a Commission column, or 0.15 in a cell
   * formatted as a percentage, which Excel shows as 15 %.
   */
  percentOf(field: Field): Exact | undefined {
    const cell = this.row.cell(field);
    const percent = typeof cell === "string" ? /%\s*$/.test(cell) : isFormattedNumber(cell) && cell.percent;
    return percent ? this.row.read(field, readRate) : undefined;
  }

  /**
   * Without a Currency column, a currency written in the row's cells ("330 SEK") or in a money column's header
   * ("Price (SEK)") is the currency of its plain amounts too: a commission of 49.50 beside a price of 330 SEK is
   * SEK, not EUR.
   */
  private currencyWrittenInCells(): string | undefined {
    const found = new Set<string>();
    for (const field of MONEY_FIELDS) {
      const written = currencyWrittenIn(
        this.row.cell(field),
        this.row.mark(field),
        this.row.headerCurrency(field),
      );
      if (written === undefined) continue;
      const codes = currenciesOf(written) ?? [];
      if (codes.length === 1) found.add(codes[0]);
    }
    if (found.size > 1) this.mixed = true;
    return found.size === 1 ? [...found][0] : undefined;
  }

  private currencyOf(field: Field, written: string | undefined): string | undefined {
    const column = this.row.header(field);
    const currencyColumn = this.row.header("currency");
    if (written === undefined && this.mixed) {
      this.row.invalid(this.says.noCurrencyInMixedRow({ column, currencyColumn }));
      return undefined;
    }
    if (written === undefined) return this.rowCurrency ?? "EUR";
    const codes = currenciesOf(written) ?? [];
    if (this.rowCurrency !== undefined) {
      if (codes.includes(this.rowCurrency)) return this.rowCurrency;
      this.row.invalid(
        this.says.currencyDisagrees({ column, written, currencyColumn, currency: this.rowCurrency }),
      );
      return undefined;
    }
    if (codes.length === 1) return codes[0];
    this.row.invalid(
      this.says.cellCurrencyAmbiguous({ column, text: written, codes, example: codes[0], currencyColumn }),
    );
    return undefined;
  }

  private inEur(amount: Exact, currency: string, source: AmountSource): Exact | undefined {
    if (currency === "EUR") return amount;
    const fixed = fixedEuroRate(currency, this.date);
    if (fixed !== undefined)
      this.row.note(
        this.row.words.sheet.notes.fixedEuroRate({
          currency,
          rate: FIXED_EURO_RATES[currency].written,
          since: FIXED_EURO_RATES[currency].from,
        }),
      );
    const rate = fixed ?? this.settings.exchangeRates[currency];
    if (rate !== undefined) {
      const euros = toEuro(amount, rate);
      // The bound on amounts holds in EUR too: a tiny rate must not turn a price into 10^17 EUR.
      if (euros.abs().greaterThanOrEqualTo(MAX_AMOUNT)) {
        const text = amount.toString();
        this.row.invalid(
          "currencyColumn" in source
            ? this.says.tooLargeInEur({ currencyColumn: source.currencyColumn, currency, amount: text })
            : this.says.cellTooLargeInEur({ column: source.column, currency, amount: text }),
        );
        return undefined;
      }
      return euros;
    }
    this.reported ??= new Set();
    if (!this.reported.has(currency)) {
      this.reported.add(currency);
      const example = exampleRate(currency);
      this.row.invalid(
        "currencyColumn" in source
          ? this.says.noExchangeRate({ currencyColumn: source.currencyColumn, currency, example })
          : this.says.cellNoExchangeRate({ column: source.column, currency, example }),
      );
    }
    return undefined;
  }
}

/** Where an amount's currency was written: the row's Currency column, or the amount's own cell ("330 SEK"). */
type AmountSource = { readonly currencyColumn: string } | { readonly column: string };

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
  // A "VAT" column of VAT amounts (0.48 of VAT on a mug) reads as rates: none of them is an EU rate.
  if (override !== undefined && override.greaterThan(HIGHEST_VAT_RATE.rate)) {
    read.invalid(
      read.words.sheet.explanations.vatRateAboveEu({
        column: read.header("vatRate"),
        rate: override.times(100).toString(),
        highest: HIGHEST_VAT_RATE.rate.times(100).toString(),
        country: HIGHEST_VAT_RATE.country,
      }),
    );
    return undefined;
  }
  if (override !== undefined) return { rate: override };
  if (!isEmptyCell(read.cell("vatRate"))) return undefined;
  if (destination === undefined) return undefined;
  const reduced = hs.valid ? reducedVatRateFor(destination, hs.code, settings) : undefined;
  if (reduced !== undefined) {
    read.note(
      read.words.sheet.notes.reducedVatRate({
        rate: reduced.rate.times(100).toString(),
        country: destination,
        prefix: reduced.prefix,
      }),
    );
    return { rate: reduced.rate, reduced };
  }
  try {
    return { rate: vatRateOn(destination, date, read.header("date")).rate };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    read.invalidInput(error);
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
  if (!isEmptyCell(read.cell("commission"))) {
    const amount = money.read("commission");
    if (amount !== undefined && price !== undefined) noteUnusedCommissionRate(read, price, amount);
    return amount;
  }
  const rate = read.read("commissionRate", readRate);
  if (rate === undefined) return isEmptyCell(read.cell("commissionRate")) ? ZERO : undefined;
  return price === undefined ? ZERO : price.times(rate);
}

/**
 * A Commission amount is used as written, even beside a Commission rate (a marketplace's minimum fee makes the two
 * differ rightly); where they differ to the cent, a note says which one the value was computed with.
 */
function noteUnusedCommissionRate(read: RowReader, price: Exact, amount: Exact): void {
  // A rate cell that is no rate ("n/a") beside the amount is not used, so it refuses nothing.
  const rate = read.readIfReadable("commissionRate", readRate);
  if (rate === undefined) return;
  const used = toCents(amount);
  const byRate = toCents(price.times(rate));
  if (byRate.equals(used)) return;
  read.note(
    read.words.sheet.notes.commissionAmountUsed({
      column: read.header("commission"),
      amount: toNumber(used),
      rateColumn: read.header("commissionRate"),
      rate: rate.times(100).toString(),
      byRate: toNumber(byRate),
    }),
  );
}

function checkHsCode(read: RowReader): { code: string; valid: boolean } {
  const says = read.words.sheet.explanations;
  const cell = read.cell("hsCode");
  // A code merged over several rows is refused as any merged cell is (merged-cells.ts), not read as no code.
  if (isMergedCell(cell)) {
    read.read("hsCode", readText);
    return { code: "", valid: false };
  }
  if (isEmptyCell(cell)) {
    read.flag("INVALID_HS_CODE", says.hsCodeMissing({ column: read.header("hsCode") }));
    return { code: "", valid: false };
  }
  const reading = read.readings.hsCode(cellNumber(cell) ?? cellText(cell));
  if (!reading.valid) {
    read.flag(
      "INVALID_HS_CODE",
      says.invalidHsCode({ column: read.header("hsCode"), problem: read.problem(reading.problem) }),
    );
    return { code: cellText(cell).trim(), valid: false };
  }
  return { code: reading.digits, valid: true };
}

/**
 * The destination's VAT number: procedure 42 needs the importer's number in the destination country (domain.md
 * section 11), so missing or of another country it is flagged on procedure 42 rows; a malformed number on any row.
 */
function checkVatNumber(read: RowReader, destination: EuCountry | undefined, regime: VatRegime): void {
  const says = read.words.sheet.explanations;
  const column = read.header("vatNumber");
  const text = read.read("vatNumber", readText);
  if (text === undefined) {
    if (regime === "CP42" && isEmptyCell(read.cell("vatNumber")))
      read.flag(
        "MISSING_VAT_NUMBER",
        destination === undefined
          ? says.missingVatNumberNoDestination({ column })
          : says.missingVatNumber({ column, country: destination }),
      );
    return;
  }
  const reading = read.readings.vatNumber(text);
  if (!reading.valid)
    read.flag(
      "INVALID_VAT_NUMBER",
      says.invalidVatNumber({ column, problem: read.problem(reading.problem) }),
    );
  if (
    regime === "CP42" &&
    destination !== undefined &&
    reading.country !== undefined &&
    reading.country !== destination
  ) {
    read.flag(
      "VAT_NUMBER_COUNTRY_MISMATCH",
      says.vatNumberOfAnotherCountry({
        column,
        number: reading.normalised,
        country: reading.country,
        destination,
        prefix: vatPrefix(destination),
      }),
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
  const says = read.words.sheet.explanations;
  const result = inverseValue(input, read.readings.divisor(input.vatRate, input.duty.adValorem));
  // The row's figures are kept to the end of the check: equal ones share a Decimal (CheckMemo.shared).
  const shared = (amount: Exact) => read.readings.shared(amount);
  const value = shared(result.valueInCents);
  if (!value.greaterThan(ZERO)) {
    const net = netPrice(line.price, line.vatRate);
    const deducted = net.minus(result.value);
    read.flag(
      "DEDUCTIONS_EXCEED_PRICE",
      says.deductionsExceedPrice({ deductions: euros(deducted), netPrice: euros(net) }),
    );
    return undefined;
  }
  const parts = priceBreakdown(input, result);
  const [commissionCents, packagingCents, freightCents, lastMileCents, fbaFeeCents, handlingCents] =
    parts.deductions;
  const duty = shared(parts.duty);
  const lines: UnitLines = {
    price: toCents(line.price),
    salesVat: shared(parts.salesVat),
    commission: commissionCents,
    packaging: packagingCents,
    freight: freightCents,
    lastMile: lastMileCents,
    fbaFee: fbaFeeCents,
    handling: handlingCents,
    duty,
    value,
  };
  const ratio = roundedDeclarationRatio(value, line.price, RATIO_DECIMALS);
  const declared = line.declared === undefined ? undefined : toCents(line.declared);
  let outstandingDuty = ZERO;
  let okExplanation = "";
  if (declared === undefined) {
    read.flag("MISSING_DECLARED_VALUE", says.missingDeclaredValue({ value: euros(value) }));
  } else {
    // A declared value above the VAT-inclusive price is no unit value: most often the line total (unit × quantity).
    if (declared.greaterThan(line.price))
      read.flag(
        "DECLARED_ABOVE_PRICE",
        says.declaredAbovePrice({ declared: euros(declared), price: euros(line.price) }),
      );
    const shortfall = value.minus(declared);
    const amounts = { declared: euros(declared), shortfall: euros(shortfall), value: euros(value) };
    if (shortfall.greaterThan(ZERO) && shortfall.greaterThanOrEqualTo(line.tolerance)) {
      read.flag("UNDER_DECLARED", says.underDeclared(amounts));
      outstandingDuty = shared(
        dutyOn(value, line.dutyRule).minus(dutyOn(declared, line.dutyRule)).times(line.quantity),
      );
    } else if (shortfall.greaterThan(ZERO)) {
      okExplanation = says.withinTolerance({ ...amounts, tolerance: euros(line.tolerance) });
    } else {
      okExplanation = says.declaredCovers({ declared: amounts.declared, value: amounts.value });
    }
  }
  return { value, ratio, duty, outstandingDuty, lines, okExplanation };
}
