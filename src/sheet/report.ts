import { type AnyLanguage, type Exact, type VatRegime, toCents, toNumber } from "../engine";
import { type OutputColumn, OUTPUT_COLUMNS } from "./columns";
import { type JudgedColumn, type RenamedOutput } from "./header-mapping";
import { type RowCheck } from "./row-check";
import { type SkippedRow } from "./row-kinds";
import { sheetWordsOf } from "./lang";
import { type ShipmentCheck, type Summary } from "./shipment-check";

/** A number for a report: money and rates are exact decimals with few digits, so toNumber is exact enough. */
const numberOrNull = (value: Exact | null): number | null => (value === null ? null : toNumber(value));

/** The cells of the output columns for one row, in OUTPUT_COLUMNS order. Empty text where nothing was computed. */
export function outputCells(row: RowCheck): (number | string)[] {
  const byColumn: Record<OutputColumn, number | string> = {
    "Inverse value": row.inverseValue === null ? "" : toNumber(row.inverseValue),
    "Declaration ratio": row.ratio ?? "",
    Duty: row.duty === null ? "" : toNumber(row.duty),
    Status: row.status,
    Flags: row.flags.join(", "),
    Explanation: row.explanation,
  };
  return OUTPUT_COLUMNS.map((column) => byColumn[column]);
}

export interface JsonRow {
  row: number;
  sku: string | null;
  status: string;
  flags: string[];
  vatRate: number | null;
  inverseValue: number | null;
  ratio: number | null;
  duty: number | null;
  declaredValue: number | null;
  explanation: string;
  /** The import VAT base and import VAT of one unit, to the cent (null when the row's figures are not known). */
  importVatBase: number | null;
  importVat: number | null;
  vatRegime: VatRegime;
}

/** Import VAT by regime in EUR, line amounts summed (docs: design.md section 6, JSON report). */
export interface PlainImportVat {
  paidAtImport: number;
  deferredET14000: number;
  exemptCP42: number;
  destinationVatEstimate: Record<string, number>;
}

export interface JsonReport {
  rows: JsonRow[];
  summary: {
    rows: number;
    ok: number;
    review: number;
    risk: number;
    error: number;
    underDeclaredHsCodes: string[];
    fineExposure: number | null;
    outstandingDuty: number;
    shipmentsExposed: string[];
    /** Added to the JSON report (docs/contracts.md, Additions) when there are any: rows below the header not checked ("totals", "note"). */
    skippedRows?: { row: number; kind: SkippedRow["kind"] }[];
    /** Added when there are any: output columns with a distinct header because the sheet has one of that name. */
    renamedOutputColumns?: { column: string; header: string }[];
    importVat: PlainImportVat;
    /** Added when there are any (issue 12): consignments that paid the EUR 3 low-value duty. */
    lowValueConsignments?: PlainLowValueConsignment[];
    /** Added when there are any: the reduced VAT rates of the settings that rows used. */
    reducedVatRates?: PlainReducedRateUse[];
    /** Added when there are any: the regimes of goods that need a licence or a certificate. */
    controlledGoods?: PlainControlledGoodsUse[];
    /**
     * Added when there are any: under-declared rows without an HS code, and the fine exposure once their codes
     * count (null at a third offence); `fineExposure` counts the codes given only.
     */
    underDeclaredWithoutHsCode?: {
      rows: number;
      firstRows: number[];
      fineExposureAtLeast: number | null;
      fineExposureUpTo: number | null;
    };
  };
}

export interface PlainLowValueConsignment {
  consignment: string;
  intrinsicValue: number;
  items: number;
  duty: number;
}

export interface PlainReducedRateUse {
  country: string;
  prefix: string;
  rate: number;
  rows: number;
  firstRows: number[];
}

export interface PlainControlledGoodsUse {
  id: string;
  name: string;
  rows: number;
  firstRows: number[];
  shipments: string[];
}

/** The summary as plain numbers and text, for reports and for crossing between threads. */
export interface PlainSummary {
  readonly rows: number;
  readonly ok: number;
  readonly review: number;
  readonly risk: number;
  readonly error: number;
  readonly underDeclaredHsCodes: string[];
  readonly offenceLevel: 1 | 2 | 3;
  readonly finePerHsCode: number | null;
  readonly fineExposure: number | null;
  readonly underDeclaredWithoutHsCode: { rows: number; firstRows: number[] };
  readonly fineExposureBounds: { atLeast: number; upTo: number } | null;
  readonly outstandingDuty: number;
  readonly shipmentsExposed: string[];
  readonly ignoredCostColumns: string[];
  readonly skippedRows: SkippedRow[];
  readonly renamedOutputs: RenamedOutput[];
  readonly judgedColumns: JudgedColumn[];
  readonly importVat: PlainImportVat;
  readonly lowValueConsignments: PlainLowValueConsignment[];
  readonly reducedVatRates: PlainReducedRateUse[];
  readonly controlledGoods: PlainControlledGoodsUse[];
}

export function plainSummary(summary: Summary): PlainSummary {
  return {
    rows: summary.rows,
    ok: summary.ok,
    review: summary.review,
    risk: summary.risk,
    error: summary.error,
    underDeclaredHsCodes: [...summary.underDeclaredHsCodes],
    offenceLevel: summary.offenceLevel,
    finePerHsCode: summary.finePerHsCode,
    fineExposure: numberOrNull(summary.fineExposure),
    underDeclaredWithoutHsCode: {
      rows: summary.underDeclaredWithoutHsCode.rows,
      firstRows: [...summary.underDeclaredWithoutHsCode.firstRows],
    },
    fineExposureBounds:
      summary.fineExposureBounds === null
        ? null
        : {
            atLeast: toNumber(summary.fineExposureBounds.atLeast),
            upTo: toNumber(summary.fineExposureBounds.upTo),
          },
    outstandingDuty: summary.outstandingDuty.toNumber(),
    shipmentsExposed: [...summary.shipmentsExposed],
    ignoredCostColumns: [...summary.ignoredCostColumns],
    skippedRows: [...summary.skippedRows],
    renamedOutputs: [...summary.renamedOutputs],
    judgedColumns: [...summary.judgedColumns],
    importVat: {
      paidAtImport: toNumber(summary.importVat.paidAtImport),
      deferredET14000: toNumber(summary.importVat.deferredET14000),
      exemptCP42: toNumber(summary.importVat.exemptCP42),
      destinationVatEstimate: Object.fromEntries(
        Object.entries(summary.importVat.destinationVatEstimate).map(([country, amount]) => [
          country,
          toNumber(amount),
        ]),
      ),
    },
    lowValueConsignments: summary.lowValueConsignments.map((entry) => ({
      ...entry,
      intrinsicValue: toNumber(entry.intrinsicValue),
      duty: toNumber(entry.duty),
    })),
    reducedVatRates: summary.reducedVatRates.map((entry) => ({
      ...entry,
      rate: toNumber(entry.rate),
      firstRows: [...entry.firstRows],
    })),
    controlledGoods: summary.controlledGoods.map((entry) => ({
      ...entry,
      firstRows: [...entry.firstRows],
      shipments: [...entry.shipments],
    })),
  };
}

/**
 * What the summary says about the sheet's rows and columns besides the figures, in sentences of `language`: totals
 * lines and notes not checked, the user's columns kept beside the checker's renamed ones, columns read by their
 * values.
 */
export function sheetNotes(
  summary: {
    readonly skippedRows: readonly SkippedRow[];
    readonly renamedOutputs: readonly RenamedOutput[];
    readonly judgedColumns: readonly JudgedColumn[];
  },
  language: AnyLanguage = "en",
): string[] {
  const words = sheetWordsOf(language);
  const says = words.sheetNotes;
  const notes: string[] = [];
  for (const kind of ["totals", "note"] as const) {
    const rows = summary.skippedRows.filter((row) => row.kind === kind).map((row) => String(row.row));
    if (rows.length === 0) continue;
    const skipped = { rows: rows.slice(0, 3), count: rows.length, more: Math.max(0, rows.length - 3) };
    notes.push(kind === "totals" ? says.skippedTotals(skipped) : says.skippedNotes(skipped));
  }
  for (const { name, header, userHeader } of summary.renamedOutputs)
    notes.push(says.userColumnKept({ userHeader, column: words.headers.output[name], header }));
  for (const { header, field, read, otherwise } of summary.judgedColumns) {
    const meaning = words.headers.fields[field];
    if (field === "hsCode") {
      // Not HS codes: read as what the name otherwise means (商品编码: the SKU), nothing to say.
      if (read && otherwise !== undefined)
        notes.push(says.readAsHsCodes({ header, meaning, sku: words.headers.fields[otherwise] }));
      continue;
    }
    if (field === "channel") {
      // A "Type" column of product types is the user's own: nothing to say about it.
      if (read) notes.push(says.readAsChannel({ header, meaning }));
      continue;
    }
    notes.push(read ? says.readAsRates({ header, meaning }) : says.notReadAsRates({ header, meaning }));
  }
  return notes;
}

/** The CLI's --json document, exactly the shape of docs/contracts.md, JSON report. */
export function jsonReport(check: ShipmentCheck): JsonReport {
  return { rows: check.rows.map(jsonRow), summary: jsonSummary(check.summary) };
}

/** A row of the JSON report: the CLI writes each as it is checked (JSON lines, or the document streamed). */
export function jsonRow(row: RowCheck): JsonRow {
  return {
    row: row.row,
    sku: row.sku,
    status: row.status,
    flags: [...row.flags],
    vatRate: numberOrNull(row.vatRate),
    inverseValue: numberOrNull(row.inverseValue),
    ratio: row.ratio,
    duty: numberOrNull(row.duty),
    declaredValue: numberOrNull(row.declaredValue),
    explanation: row.explanation,
    importVatBase: row.importVat === null ? null : toNumber(toCents(row.importVat.base)),
    importVat: row.importVat === null ? null : toNumber(row.importVat.perUnit),
    vatRegime: row.vatRegime,
  };
}

/** The summary of the JSON report. */
export function jsonSummary(summary: Summary): JsonReport["summary"] {
  const {
    rows,
    ok,
    review,
    risk,
    error,
    underDeclaredHsCodes,
    fineExposure,
    underDeclaredWithoutHsCode,
    fineExposureBounds,
    outstandingDuty,
    shipmentsExposed,
    skippedRows,
    renamedOutputs,
    importVat,
    lowValueConsignments,
    reducedVatRates,
    controlledGoods,
  } = plainSummary(summary);
  return {
    rows,
    ok,
    review,
    risk,
    error,
    underDeclaredHsCodes,
    fineExposure,
    outstandingDuty,
    shipmentsExposed,
    ...(skippedRows.length === 0 ? {} : { skippedRows: skippedRows.map(({ row, kind }) => ({ row, kind })) }),
    ...(renamedOutputs.length === 0
      ? {}
      : { renamedOutputColumns: renamedOutputs.map(({ name, header }) => ({ column: name, header })) }),
    importVat,
    ...(lowValueConsignments.length === 0 ? {} : { lowValueConsignments }),
    ...(reducedVatRates.length === 0 ? {} : { reducedVatRates }),
    ...(controlledGoods.length === 0 ? {} : { controlledGoods }),
    ...(underDeclaredWithoutHsCode.rows === 0
      ? {}
      : {
          underDeclaredWithoutHsCode: {
            ...underDeclaredWithoutHsCode,
            fineExposureAtLeast: fineExposureBounds?.atLeast ?? null,
            fineExposureUpTo: fineExposureBounds?.upTo ?? null,
          },
        }),
  };
}
