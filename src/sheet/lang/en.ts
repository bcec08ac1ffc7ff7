/**
 * The words the check writes into the workbook and its reports, in English: explanations of the flags, the output
 * columns' headers, the Summary, Pro forma, Audit and VAT deferral sheets. Each other language is a table of this
 * one's type (fr.ts, nl.ts, de.ts, zh.ts); docs/glossary.md has the domain's words in each. An entry with
 * parameters takes one object of plain values (text, numbers, lists of text) and formats them itself with the
 * language's formats (`f`), so a translation can put them where its grammar wants them. A parameter that is itself
 * words (`problem`, `problems`, `rows`) is another entry's sentence or phrase, or the engine's, said in the same
 * language. Flag and status codes (UNDER_DECLARED, RISK) are codes in every language and no words of this table.
 *
 * Headers (headers.output, audit.columns) are how a re-check knows the checker's own columns in any language: they
 * must differ from every input header alias, and hold no "," or "=" (the Audit sheet's records list them so).
 */
import {
  type Catalogue,
  CONTROLLED_REGIMES,
  type ControlledRegimeId,
  VAT_REGIME_WORDS,
  type VatRegime,
} from "../../engine";
import type { Field, OutputColumn } from "../columns";
import type { Status } from "../flags";
import type { AuditColumn } from "../output-sheets";
import type { ProFormaColumn } from "../pro-forma";
import type { VatDeferralColumn } from "../vat-deferral";

/** A regime of goods that need a licence, a certificate or a declaration, in words (src/engine/controlled-goods.ts). */
export interface RegimeWords {
  readonly name: string;
  /** The act in short, as the row's explanation cites it. */
  readonly law: string;
  /** One sentence: what the forwarder must prepare. */
  readonly prepare: string;
  /** The goods of each of the regime's HS code prefixes ("7208" → "iron and steel"), keyed by the prefix. */
  readonly goods: Readonly<Record<string, string>>;
}

/** The engine's table in its own English words: a translation writes the same table, keyed the same way. */
const REGIMES = Object.fromEntries(
  CONTROLLED_REGIMES.map((regime) => [
    regime.id,
    {
      name: regime.name,
      law: regime.law,
      prepare: regime.prepare,
      goods: Object.fromEntries(regime.prefixes.map((entry) => [entry.prefix, entry.goods])),
    },
  ]),
) as Readonly<Record<ControlledRegimeId, RegimeWords>>;

export const en = ((f) => {
  const one = (n: number) => f.plural(n) === "one";
  const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`);
  /** Rows named in a sentence: the first of them, and `more` not named. */
  type NamedRows = { rows: readonly string[]; count: number; more: number };
  /** "row 41", "rows 41 and 43", "rows 41, 43, 45 and 7 more". */
  const rowList = (p: NamedRows) =>
    `${one(p.count) ? "row" : "rows"} ${p.more > 0 ? `${p.rows.join(", ")} and ${f.number(p.more)} more` : f.and(p.rows)}`;
  const skipped = {
    totals: (p: NamedRows) =>
      `${rowList(p)} read as ${one(p.count) ? "a totals line" : "totals lines"}, not checked`,
    notes: (p: NamedRows) => `${rowList(p)} read as ${one(p.count) ? "a note" : "notes"}, not checked`,
  };
  const sentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
  const none = "none";
  /** Items of a summary line, the first `shown` of them: "94052140, 851762 and 3 more". */
  const listed = (separator: string) => (p: { items: readonly string[]; more: number }) =>
    p.items.length === 0 && p.more === 0
      ? none
      : `${p.items.join(separator)}${p.more > 0 ? ` and ${f.number(p.more)} more` : ""}`;
  const plural = (count: number, word: string, words: string) =>
    `${f.number(count)} ${one(count) ? word : words}`;
  const outputColumns: Readonly<Record<OutputColumn, string>> = {
    "Inverse value": "Inverse value",
    "Declaration ratio": "Declaration ratio",
    Duty: "Duty",
    Status: "Status",
    Flags: "Flags",
    Explanation: "Explanation",
  };

  return {
    /** The Explanation column: why each flag was raised on the row, and what to do. */
    explanations: {
      allChecksPassed: "All checks passed.",
      /** A row's sentences, one after the other. */
      sentences: (p: { sentences: readonly string[] }) => p.sentences.join(" "),
      /** An input problem of the engine (its message in this language) as a sentence of the row. */
      inputProblem: (p: { problem: string }) => `${p.problem}.`,
      priceEmpty: (p: { column: string }) =>
        `${p.column} is empty: enter the VAT-inclusive price per unit on the sales link.`,
      destinationEmpty: (p: { column: string }) =>
        `${p.column} is empty: enter the EU country of delivery, e.g. DE.`,
      /** `rate` and `highest` in percent ("48", "27"); `country` has the highest EU rate. */
      vatRateAboveEu: (p: { column: string; rate: string; highest: string; country: string }) =>
        `${p.column} ${f.percent(p.rate)} is above every EU VAT rate (the highest is ${f.percent(p.highest)}, ${p.country}): write the destination's VAT rate, or leave the cell empty to have it filled.`,
      /** `dayFirst`, `monthFirst`: the text's two readings (YYYY-MM-DD); `evidence`: a date of the column that reads month first only. */
      dateOrderInDoubt: (p: {
        column: string;
        text: string;
        dayFirst: string;
        monthFirst: string;
        evidence: string;
      }) =>
        `${p.column} "${p.text}" is ${p.dayFirst} read day first and ${p.monthFirst} read month first, and the column also has "${p.evidence}", which is a date only read month first (as US exports write dates): write the date as YYYY-MM-DD.`,
      notACurrency: (p: { column: string; text: string }) =>
        `${p.column} "${p.text}" is not a currency: write its ISO code, e.g. EUR, SEK or PLN.`,
      /** `example`: the first of the codes. */
      currencyAmbiguous: (p: { column: string; text: string; codes: readonly string[]; example: string }) =>
        `${p.column} "${p.text}" can be ${f.or(p.codes)}: write the ISO code, e.g. ${p.example}.`,
      noCurrencyInMixedRow: (p: { column: string; currencyColumn: string }) =>
        `${p.column} has no currency, and this row's amounts are in several: write the currency in every amount or fill the ${p.currencyColumn} column.`,
      currencyDisagrees: (p: { column: string; written: string; currencyColumn: string; currency: string }) =>
        `${p.column} is in ${p.written} but ${p.currencyColumn} is ${p.currency}: write all amounts of a row in one currency.`,
      /** A cell whose currency is not the one its column's header names ("12 EUR" under "Price ($)"). */
      cellCurrencyDisagreesWithHeader: (p: { column: string; written: string; header: string }) =>
        `${p.column}: the amount is in ${p.written} but the column's header says ${p.header}: write every amount of this column in ${p.header}, or take the currency out of the header.`,
      cellCurrencyAmbiguous: (p: {
        column: string;
        text: string;
        codes: readonly string[];
        example: string;
        currencyColumn: string;
      }) =>
        `${p.column}: "${p.text}" can be ${f.or(p.codes)}: write the ISO code (e.g. ${p.example}) or fill the ${p.currencyColumn} column.`,
      /** An amount of the row's currency (its Currency column) too large once converted. */
      tooLargeInEur: (p: { currencyColumn: string; currency: string; amount: string }) =>
        `${p.currencyColumn} ${p.currency}: ${f.number(p.amount)} is too large in EUR (amounts must be below 10^12).`,
      /** The same, for a currency written in the cell itself ("330 SEK"). */
      cellTooLargeInEur: (p: { column: string; currency: string; amount: string }) =>
        `${p.column} in ${p.currency}: ${f.number(p.amount)} is too large in EUR (amounts must be below 10^12).`,
      noExchangeRate: (p: { currencyColumn: string; currency: string; example: string }) =>
        `${p.currencyColumn} ${p.currency} has no exchange rate: give the customs rate in units per EUR (e.g. ${p.example}).`,
      cellNoExchangeRate: (p: { column: string; currency: string; example: string }) =>
        `${p.column} in ${p.currency} has no exchange rate: give the customs rate in units per EUR (e.g. ${p.example}).`,
      hsCodeMissing: (p: { column: string }) =>
        `${p.column} is missing: customs need the 8-digit CN code (6, 8 or 10 digits).`,
      /** `problem`: the engine's words for what is wrong with the code. */
      invalidHsCode: (p: { column: string; problem: string }) => `${p.column} ${p.problem}.`,
      missingVatNumber: (p: { column: string; country: string }) =>
        `${p.column} is missing: VAT deferral needs the VAT number of ${p.country}.`,
      missingVatNumberNoDestination: (p: { column: string }) =>
        `${p.column} is missing: VAT deferral needs the VAT number of the destination country.`,
      /** `problem`: the engine's words for what is wrong with the number. */
      invalidVatNumber: (p: { column: string; problem: string }) => `${p.column}: ${p.problem}.`,
      vatNumberOfAnotherCountry: (p: {
        column: string;
        number: string;
        country: string;
        destination: string;
        prefix: string;
      }) =>
        `${p.column} ${p.number} is a ${p.country} number but the goods go to ${p.destination}: VAT deferral needs a VAT number of ${p.destination} (prefix ${p.prefix}).`,
      notAVatRegime: (p: { column: string; text: string }) =>
        `${p.column} "${p.text}" is no VAT regime: write CP42 (procedure 42), ET14000 (the ET 14.000 licence) or PAID.`,
      procedure42ToBelgium:
        "Procedure 42 is for goods that go on to another member state, but these go to BE: declare them under ET 14.000 or with the VAT paid at import.",
      missingImporterVatNumber: (p: { column: string }) =>
        `${p.column} is missing: ET 14.000 needs the importer's Belgian VAT number (BE0…), its own or its fiscal representative's.`,
      importerVatNumberNotBelgian: (p: { column: string; number: string; country: string }) =>
        `${p.column} ${p.number} is a ${p.country} number: ET 14.000 needs a Belgian VAT number (BE0…).`,
      notAChannel: (p: { column: string; text: string }) =>
        `${p.column} "${p.text}" is no channel: write stock (own stock, FBA, B2B) or B2C (parcels sold to consumers).`,
      /** `problem`: the engine's words for what is wrong with the GTIN. */
      invalidGtin: (p: { column: string; problem: string }) => `${p.column} ${p.problem}.`,
      missingProductId: (p: { gtinColumn: string; productIdColumn: string; from: string }) =>
        `No ${p.gtinColumn} and no ${p.productIdColumn}: from ${f.date(p.from)} the declaration of a B2C parcel needs a product identifier (Delegated Regulation (EU) 2026/1022); give the GTIN (EAN) from the barcode or the manufacturer's part number.`,
      /** A link cell that holds no link, as one of the problems of missingLink. */
      notAWebLink: (p: { column: string; text: string }) => `${p.column} "${p.text}" is not a web link`,
      missingLink: (p: { problems: readonly string[] }) =>
        `No sales link and no reference link${p.problems.length === 0 ? "" : ` (${p.problems.join("; ")})`}: customs value the goods from the listing, so give the link on the destination's marketplace.`,
      referenceLinkUsed:
        "No sales link: the reference link is used (out of stock?); keep evidence that it shows the same product.",
      shortLink: (p: { column: string; host: string }) =>
        `${p.column} is a short link (${p.host}): where it leads cannot be known offline, so the store is unknown; paste the full product link.`,
      unknownMarketplace: (p: { column: string; host: string }) =>
        `${p.column} is on ${p.host}, not a marketplace we know: check by hand that it is the destination's store.`,
      /** `why`: the engine's words for why the link cannot say its country. */
      linkWithoutCountry: (p: { column: string; marketplace: string; why: string }) =>
        `${p.column} is on ${p.marketplace}, but the link does not say which country's store it is: ${p.why}. Check by hand that the price is the one buyers in the destination see, or give the link of the destination's store.`,
      linkCountryMismatch: (p: { column: string; host: string; country: string; destination: string }) =>
        `${p.column} is on ${p.host} (${p.country}) but the goods go to ${p.destination}: declare the link on the marketplace of the country of delivery.`,
      /** `productIdName`: what the marketplace calls its product number, in the engine's words ("ASIN"). */
      notAProductPage: (p: { column: string; marketplace: string; productIdName: string }) =>
        `${p.column} is a page of ${p.marketplace} without a product in it (no ${p.productIdName}): a search, category or store page does not show the price of these goods; paste the link of the product page.`,
      /**
       * Goods of a regime of controlledGoods, in its words: `goods` those of the regime's longest prefix the code
       * falls under; `appliesFrom` the date a regime not yet in force applies from ("" when it is in force).
       */
      controlledGoods: (p: {
        column: string;
        code: string;
        goods: string;
        regime: string;
        law: string;
        prepare: string;
        appliesFrom: string;
      }) =>
        `${p.column} ${p.code} is ${p.goods}: ${p.regime}, ${p.law}. ${p.prepare}${p.appliesFrom === "" ? "" : ` It applies to declarations from ${f.date(p.appliesFrom)}.`}`,
      deductionsExceedPrice: (p: { deductions: number; netPrice: number }) =>
        `The deductions and duty (${f.money(p.deductions)}) take the whole price without VAT (${f.money(p.netPrice)}): check that the costs are per unit, not per shipment.`,
      missingDeclaredValue: (p: { value: number }) =>
        `No declared value to compare with the inverse value ${f.money(p.value)}.`,
      declaredAbovePrice: (p: { declared: number; price: number }) =>
        `Declared ${f.money(p.declared)} is above the selling price ${f.money(p.price)}: is it a line total? Declare the value per unit.`,
      underDeclared: (p: { declared: number; shortfall: number; value: number }) =>
        `Declared ${f.money(p.declared)} is ${f.money(p.shortfall)} below the inverse value ${f.money(p.value)}.`,
      withinTolerance: (p: { declared: number; shortfall: number; value: number; tolerance: number }) =>
        `Declared ${f.money(p.declared)} is ${f.money(p.shortfall)} below the inverse value ${f.money(p.value)}, within the tolerance of ${f.money(p.tolerance)}.`,
      declaredCovers: (p: { declared: number; value: number }) =>
        `Declared ${f.money(p.declared)} covers the inverse value ${f.money(p.value)}.`,
      /** `rows`: the first other rows at risk of `count`, `more` of them not named. */
      shipmentDetention: (p: { shipment: string; rows: readonly string[]; count: number; more: number }) => {
        const listed = p.more > 0 ? `${p.rows.join(", ")} and ${f.number(p.more)} more` : p.rows.join(", ");
        const single = one(p.count);
        return `Shipment ${p.shipment} has ${single ? "a row" : "rows"} at risk (${single ? "row" : "rows"} ${listed}): if one item is inspected, every item of the shipment is detained.`;
      },
    },

    /** Sentences that explain a figure of the row without flagging it. */
    notes: {
      /** `rate`: the fixed rate as the law writes it ("1.95583"). */
      fixedEuroRate: (p: { currency: string; rate: string; since: string }) =>
        `Amounts in ${p.currency} converted at the irrevocable rate of ${f.number(p.rate)} ${p.currency} per EUR (the euro since ${f.date(p.since)}).`,
      /** Both commission columns filled and disagreeing: `rate` the percentage as decimal text ("15"). */
      commissionAmountUsed: (p: {
        column: string;
        amount: number;
        rateColumn: string;
        rate: string;
        byRate: number;
      }) =>
        `${p.column} ${f.money(p.amount)} is used; ${p.rateColumn} ${f.percent(p.rate)} of the price would be ${f.money(p.byRate)}. If the rate is right, empty ${p.column}.`,
      /** `rate`: the percentage as decimal text ("7", "5.5"). */
      reducedVatRate: (p: { rate: string; country: string; prefix: string }) =>
        `VAT rate ${f.percent(p.rate)}: the reduced rate of the settings for ${p.country}, HS ${p.prefix}.`,
    },

    /** The EUR 3 duty of low-value B2C consignments (Council Regulation (EU) 2026/382). */
    lowValue: {
      /** The name of a consignment that is one row without a shipment. */
      consignmentOfRow: (p: { row: number }) => `row ${p.row}`,
      duty: (p: {
        consignment: string;
        value: number;
        threshold: number;
        perItem: number;
        item: string;
        perUnit: number;
        units: number;
      }) =>
        `Low-value B2C consignment ${p.consignment} (${f.money(p.value)}, at most ${f.money(p.threshold)}): the duty is ${f.money(p.perItem)} for item ${p.item} (Council Regulation (EU) 2026/382), ${f.money(p.perUnit)} per unit over ${f.number(p.units)} ${one(p.units) ? "unit" : "units"}.`,
      valueUnknown: (p: { consignment: string; row: number }) =>
        `The value of consignment ${p.consignment} is not known (row ${p.row} cannot be valued), so the EUR 3 duty of low-value consignments cannot be applied: the normal duty is used.`,
      aboveThreshold: (p: { consignment: string; value: number; threshold: number; perItem: number }) =>
        `Consignment ${p.consignment} is ${f.money(p.value)}, above ${f.money(p.threshold)}: the normal duty applies (the duty of ${f.money(p.perItem)} per item is for B2C consignments up to ${f.money(p.threshold)}).`,
    },

    /** The regimes of goods that need a licence, a certificate or a declaration, keyed by regime id. */
    controlledGoods: REGIMES,

    /** The headers of the output columns the check writes into the checked sheet. */
    headers: {
      output: outputColumns,
      /**
       * Each input column's name in this language (a name of its field, src/sheet/columns.ts, so that a read
       * finds it): the header of a column the pane adds (Fill VAT rates, Share costs) and the name words give a
       * column the sheet has not got ("The VAT number column is empty").
       */
      fields: {
        sku: "SKU",
        description: "Description",
        hsCode: "HS code",
        quantity: "Quantity",
        unitWeight: "Unit weight kg",
        destination: "Destination",
        salesLink: "Sales link",
        referenceLink: "Reference link",
        price: "Selling price",
        currency: "Currency",
        commission: "Commission",
        commissionRate: "Commission rate",
        packaging: "Packaging",
        freight: "Freight",
        lastMile: "Last mile",
        fbaFee: "FBA fee",
        handling: "Handling",
        dutyRate: "Duty rate",
        specificDuty: "Specific duty",
        vatRate: "VAT rate",
        declaredValue: "Declared value",
        vatNumber: "VAT number",
        vatRegime: "VAT regime",
        importerVatNumber: "Importer VAT number",
        importVatRate: "Import VAT rate",
        gtin: "GTIN",
        productId: "Product ID",
        channel: "Channel",
        shipment: "Shipment",
        date: "Date",
      } satisfies Readonly<Record<Field, string>>,
      /** An output column's header made distinct from a column of the user's with its name ("Status (customs check)"). */
      marked: (p: { header: string; count: number }) =>
        `${p.header} (customs check${p.count === 1 ? "" : ` ${p.count}`})`,
    },

    /** The names of the sheets the product adds to the workbook. */
    sheetNames: {
      summary: "Summary",
      audit: "Audit",
      vatDeferral: "VAT deferral",
      /** The one pro forma sheet of more shipments than get a sheet each. */
      proForma: "Pro forma",
      proFormaOf: (p: { shipment: string }) => `Pro forma ${p.shipment}`,
      /** A sheet whose wanted name has no character Excel allows. */
      unnamed: "Sheet",
    },

    /** Why a sheet as a whole cannot be checked. */
    sheetProblems: {
      noHeaderRow: (p: { rows: number; fields: number }) =>
        `No header row: none of the first ${p.rows} rows names a price column such as "Selling price", "Unit price" or "Prix TTC", or ${p.fields} of the columns the check reads (such as "SKU", "Quantity", "Destination")`,
      noProductRows: "The sheet has a header but no product rows",
      /** `aliases`: a few other names the column may have. */
      missingColumn: (p: { header: string; aliases: readonly string[] }) =>
        `No "${p.header}" column: name a column "${p.header}" (or ${quoted(p.aliases).join(", ")})`,
      duplicateHeaders: (p: { headers: readonly string[]; meaning: string }) =>
        `Duplicate headers: ${quoted(p.headers).join(" and ")} both mean "${p.meaning}"; rename or remove one`,
      /** The problems of one sheet, in one message. */
      all: (p: { problems: readonly string[] }) => p.problems.join("; "),
    },

    /** Sharing a shipment's cost invoices over its rows by unit weight × quantity. */
    costSharing: {
      noWeightColumn: (p: { column: string }) =>
        `No "${p.column}" column: costs are shared by unit weight × quantity`,
      /** `problem`: the engine's words for the row's input problem. */
      rowProblem: (p: { row: number; problem: string }) => `Row ${p.row}: ${p.problem}`,
      noRows: "No rows to share the costs over",
      noRowsOfShipment: (p: { shipment: string }) => `No rows of shipment ${p.shipment}`,
      /** The totals are in EUR; the row's empty cost cell is formatted in another currency (`currency`, as shown). */
      cellFormattedNotInEuro: (p: { row: number; column: string; currency: string }) =>
        `Row ${p.row}: its empty "${p.column}" cell is formatted in ${p.currency}, but the shipment totals are in EUR: a share written there would show as ${p.currency} and be read as ${p.currency}. Format the cell as a number or in EUR (Home › Number Format), then run Share costs again`,
      /** The totals are in EUR; the column's header names another currency (`currency`, as written). */
      rowNotInEuro: (p: { row: number; column: string; currency: string }) =>
        `Row ${p.row}: its amounts are in ${p.currency} ("${p.column}"), but the shipment totals are in EUR, and a share written in this row would be read in ${p.currency}. Convert the row's amounts to EUR first`,
      columnNotInEuro: (p: { column: string; currency: string }) =>
        `"${p.column}": its header puts its amounts in ${p.currency}, but the shipment totals are in EUR. Convert the column to EUR and take the currency out of its header, or, if its amounts already are euros, write EUR in its header`,
      /** What the costs are shared by, as an input problem names it. */
      weights: "Unit weight × quantity",
    },

    /** The summary's facts: their labels, values and details (the Summary sheet, the CLI's text, the pane, Audit). */
    summary: {
      rows: "Rows checked",
      /** The counts of rows by status; the Status column writes the codes. */
      statuses: { OK: "OK", REVIEW: "REVIEW", RISK: "RISK", ERROR: "ERROR" } satisfies Readonly<
        Record<Status, string>
      >,
      hsCodes: "Under-declared HS codes",
      offence: "Offence level",
      fineExposure: "Fine exposure",
      outstandingDuty: "Outstanding duty",
      shipmentsExposed: "Shipments exposed to detention",
      importVatPaid: "Import VAT paid at import",
      importVatDeferred: "Import VAT deferred (ET 14.000)",
      importVatExempt: "Import VAT exempt (procedure 42)",
      lowValueDuty: "Low-value duty (EUR 3 per item)",
      reducedVatRates: "Rows at a reduced VAT rate",
      controlledGoods: "Goods that need a licence or certificate",
      ignoredCostColumns: "Ignored cost columns (not deductible)",
      /** A count beside its label, in text. */
      count: (p: { count: number }) => f.count(p.count),
      /** An amount of EUR beside its label, in text. */
      amount: (p: { amount: number }) => f.money(p.amount),
      /** The third offence, in the one wording every rendering uses. */
      thirdOffence:
        "3rd offence: the VAT number is blacklisted and a substantial fine is due (no published amount)",
      none,
      /** Codes, shipments, columns: the first of them, and how many more. */
      list: listed(", "),
      /** Longer entries (consignments, rows at a rate, regimes). */
      entries: listed("; "),
      /** The under-declared HS codes, all of them, with their count. */
      hsCodesValue: (p: { codes: readonly string[] }) =>
        p.codes.length === 0 ? none : `${f.number(p.codes.length)}: ${p.codes.join(", ")}`,
      offenceWithFine: (p: { level: number; fine: number }) => `${p.level} (${f.money(p.fine)} per HS code)`,
      offenceBlacklisting: (p: { level: number }) => `${p.level} (blacklisting)`,
      fineDetail: (p: { codes: number; fine: number; level: number }) =>
        `${plural(p.codes, "under-declared HS code", "under-declared HS codes")} × ${f.money(p.fine)}, offence ${p.level}`,
      /** The fine exposure when under-declared rows have no HS code: their codes are among those given, or their own. */
      fineRange: (p: { atLeast: number; upTo: number }) => `${f.money(p.atLeast)} to ${f.money(p.upTo)}`,
      /**
       * The fine's detail when under-declared rows have no valid HS code. `given`: fineDetail of the codes given,
       * null when there are none; `rows`: as `rowsNamed` names them; `exact`: the fine is known all the same (one
       * such row and no code given: one code).
       */
      fineWithoutHsCode: (p: {
        given: string | null;
        count: number;
        rows: string;
        fine: number;
        level: number;
        exact: boolean;
      }) => {
        const without = one(p.count)
          ? `an under-declared row without a valid HS code, ${p.rows}`
          : `${f.number(p.count)} under-declared rows without a valid HS code, ${p.rows}`;
        if (p.exact) return `${without}: one HS code × ${f.money(p.fine)}, offence ${p.level}`;
        const advice = one(p.count)
          ? "give it its code for the exact fine"
          : "give each its code for the exact fine";
        return p.given === null
          ? `${f.money(p.fine)} per HS code, offence ${p.level}; ${without}: ${advice}`
          : `${p.given}; ${without}: ${advice}`;
      },
      shipmentsExposedDetail: "one inspection detains every item of a shipment",
      importVatDeferredDetail: "declared and deducted in the periodic Belgian VAT return",
      /** One destination's VAT under procedure 42, in the estimate's detail. */
      destinationVat: (p: { country: string; amount: number }) => `${p.country} ${f.money(p.amount)}`,
      destinationVatDetail: (p: { estimates: readonly string[] }) =>
        `destination VAT, an estimate: ${p.estimates.join(", ")}`,
      lowValueConsignment: (p: { consignment: string; duty: number; items: number; value: number }) =>
        `${p.consignment} ${f.money(p.duty)} (${plural(p.items, "item", "items")}, value ${f.money(p.value)})`,
      /** `list`: the consignments (entries of lowValueConsignment, as `entries` lists them). */
      lowValueDetail: (p: { consignments: number; list: string }) =>
        `${plural(p.consignments, "B2C consignment", "B2C consignments")} up to EUR 150: ${p.list}`,
      /** Rows named in the summary: `rows` are the first of `count`, `more` of them not named. */
      rowsNamed: (p: NamedRows) =>
        p.more > 0
          ? `rows ${p.rows.join(", ")} … (${f.number(p.count)} in all)`
          : `${one(p.count) ? "row" : "rows"} ${p.rows.join(", ")}`,
      /** `rate`: the percentage as decimal text; `rows`: as `rowsNamed` names them. */
      reducedVatRateUse: (p: { country: string; prefix: string; rate: string; rows: string }) =>
        `${p.country} HS ${p.prefix} at ${f.percent(p.rate)}: ${p.rows}`,
      /** `shipments`: as `list` lists them, "" when the rows are in none. */
      controlledGoodsUse: (p: { regime: string; rows: string; shipments: string }) =>
        `${p.regime}: ${p.rows}${p.shipments === "" ? "" : ` (shipments ${p.shipments})`}`,
      controlledGoodsDetail: "check each regime before import",
    },

    /** Phrases about rows below the header that were not checked, for the pane's and the CLI's sentences. */
    skippedRows: skipped,

    /** What the summary says about the sheet's rows and columns besides the figures. */
    sheetNotes: {
      skippedTotals: (p: NamedRows) => sentence(skipped.totals(p)),
      skippedNotes: (p: NamedRows) => sentence(skipped.notes(p)),
      /** `column`: the output column's name; `header`: the header the check gave it. */
      userColumnKept: (p: { userHeader: string; column: string; header: string }) =>
        `Your column "${p.userHeader}" is kept as it is; the check's ${p.column} column is "${p.header}".`,
      /** `meaning`: the header of the column it was read as. */
      readAsChannel: (p: { header: string; meaning: string }) =>
        `Column "${p.header}" read as "${p.meaning}": its values are channels (stock, B2C).`,
      readAsRates: (p: { header: string; meaning: string }) =>
        `Column "${p.header}" read as "${p.meaning}": its values are rates.`,
      /** `sku`: the header of the SKU column, which the column would be read as without HS codes in it. */
      readAsHsCodes: (p: { header: string; meaning: string; sku: string }) =>
        `Column "${p.header}" read as "${p.meaning}": its values are HS codes. If they are your SKUs, name the column "${p.sku}".`,
      notReadAsRates: (p: { header: string; meaning: string }) =>
        `Column "${p.header}" not read: its values do not show they are rates (write 12 % or name the column "${p.meaning}").`,
    },

    /** The pro forma invoice: the deduction breakdown customs ask for. */
    proForma: {
      columns: {
        SKU: "SKU",
        Description: "Description",
        "HS code": "HS code",
        Quantity: "Quantity",
        "Unit price": "Unit price",
        "Sales VAT": "Sales VAT",
        Commission: "Commission",
        Packaging: "Packaging",
        Freight: "Freight",
        "Last mile": "Last mile",
        "FBA fee": "FBA fee",
        Handling: "Handling",
        Duty: "Duty",
        "Declaration value": "Declaration value",
        "Line total": "Line total",
      } satisfies Readonly<Record<ProFormaColumn, string>>,
      title: "Pro forma invoice: deduction breakdown (inverse value method, Belgian customs)",
      shipments: (p: { count: number }) => `Shipments: ${f.number(p.count)}`,
      shipment: (p: { shipment: string }) => `Shipment: ${p.shipment}`,
      declarationDate: (p: { date: string }) =>
        `Declaration date: ${f.date(p.date)}. Amounts in EUR per unit.`,
      lineTotal: "Line total = Declaration value × Quantity; totals are Σ amount × Quantity.",
      /** `version`: the engine's VAT table version. */
      vatTable: (p: { version: string }) => `VAT: ${p.version}`,
      subtotal: (p: { shipment: string }) => `Subtotal ${p.shipment}`,
      totals: "Totals",
      noShipment: "(no shipment)",
      leftOut: (p: { rows: readonly string[] }) =>
        `Not on this pro forma because of errors (fix them and check again): rows ${p.rows.join(", ")}`,
    },

    /** The VAT deferral statement. */
    vatDeferral: {
      columns: {
        Shipment: "Shipment",
        "VAT regime": "VAT regime",
        Destination: "Destination",
        Rows: "Rows",
        "Goods value": "Goods value",
        Duty: "Duty",
        "Incidental costs": "Incidental costs",
        "VAT base": "VAT base",
        "VAT rate": "VAT rate",
        "Import VAT": "Import VAT",
        "Destination VAT (estimate)": "Destination VAT (estimate)",
        Treatment: "Treatment",
        "VAT numbers": "VAT numbers",
      } satisfies Readonly<Record<VatDeferralColumn, string>>,
      title: "VAT deferral statement",
      dates: (p: { date: string; version: string }) =>
        `Declaration date ${f.date(p.date)}; VAT rates: ${p.version}.`,
      base: "Import VAT base: customs value (the declared value; the inverse value where none) + duty + incidental costs up to the first destination (VAT Directive Arts. 85-86; Belgian VAT Code Art. 34).",
      /** What happens to the import VAT of each regime (the Treatment column). */
      treatment: VAT_REGIME_WORDS satisfies Readonly<Record<VatRegime, string>>,
      regimeTotals: {
        PAID: "Total paid at import",
        ET14000: "Total deferred (ET 14.000)",
        CP42: "Total exempt (procedure 42)",
      } satisfies Readonly<Record<VatRegime, string>>,
      total: "Total",
      noShipment: "(no shipment)",
      estimate:
        "Destination VAT under procedure 42 is an estimate at the rows' VAT rates on the same base: for a transfer of own goods the destination's taxable amount is the purchase or cost price (VAT Directive Art. 76).",
      leftOut: (p: { rows: readonly string[] }) =>
        `Not on this statement because their figures could not be worked out (fix them and check again): rows ${p.rows.join(", ")}.`,
    },

    /** The Audit sheet: a row per check run. */
    audit: {
      columns: {
        Time: "Time",
        Source: "Source",
        "Rows checked": "Rows checked",
        OK: "OK",
        Review: "Review",
        Risk: "Risk",
        Error: "Error",
        "Fine exposure": "Fine exposure",
        "Outstanding duty": "Outstanding duty",
        "VAT table": "VAT table",
        Settings: "Settings",
      } satisfies Readonly<Record<AuditColumn, string>>,
      /**
       * The record cells after the columns, which a re-check reads back: each says what it is, and its parameter
       * is the record itself (sheet name; "Inverse value=T, …"; "H: 0.24: 5-9; …").
       */
      records: {
        checkedSheet: (p: { record: string }) => `Checked sheet: ${p.record}`,
        outputColumns: (p: { record: string }) => `Output columns: ${p.record}`,
        vatRatesFilled: (p: { record: string }) => `VAT rates filled: ${p.record}`,
        vatRatesContinued: (p: { record: string }) => `VAT rates filled (continued): ${p.record}`,
        noVatRatesFilled: "VAT rates filled:",
      },
      /** The Settings cell: the check's settings in a line a reviewer can read. */
      settings: {
        all: (p: { parts: readonly string[] }) => p.parts.join("; "),
        declarationDate: (p: { date: string }) => `declaration date ${f.date(p.date)}`,
        tolerance: (p: { amount: number }) => `tolerance ${f.money(p.amount)}`,
        vatDeferralRequired: "VAT deferral required",
        vatDeferralNotRequired: "VAT deferral not required",
        offence: (p: { level: number }) => `offence ${p.level}`,
        fines: (p: { first: number; second: number }) =>
          `fines ${f.money(p.first)} / ${f.money(p.second)} per HS code`,
        /** `rates`: "SEK=11.39", as the settings write them. */
        exchangeRates: (p: { rates: readonly string[] }) => `exchange rates ${p.rates.join(", ")}`,
        /** `rates`: "6109: 12 %", the tariff's wording. */
        dutyRates: (p: { rates: readonly string[] }) => `duty rates ${p.rates.join(", ")}`,
        /** `rates`: "DE:4901=7 %", as the settings write them. */
        reducedVatRates: (p: { rates: readonly string[] }) => `reduced VAT rates ${p.rates.join(", ")}`,
        /** `channel`: the channel's code (stock, B2C). */
        defaultChannel: (p: { channel: string }) => `default channel ${p.channel}`,
        lowValueItemsBy6Digits: "low-value items by 6-digit HS subheading",
        controlledGoodsNotChecked: "controlled goods not checked",
        /** Said only when not English: the language of the words the check wrote. */
        language: (p: { language: string }) => `language ${p.language}`,
      },
    },
  };
}) satisfies Catalogue<unknown>;

export type SheetWords = ReturnType<typeof en>;
