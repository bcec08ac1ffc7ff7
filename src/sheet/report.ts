import { type Exact } from "../engine";
import { type OutputColumn, OUTPUT_COLUMNS } from "./columns";
import { type RowCheck } from "./row-check";
import { type ShipmentCheck } from "./shipment-check";

/** A number for a report: money and rates are exact decimals with few digits, so toNumber is exact enough. */
const numberOrNull = (value: Exact | null): number | null => (value === null ? null : value.toNumber());

/** The cells of the output columns for one row, in OUTPUT_COLUMNS order. Empty text where nothing was computed. */
export function outputCells(row: RowCheck): (number | string)[] {
  const byColumn: Record<OutputColumn, number | string> = {
    "Inverse value": row.inverseValue?.toNumber() ?? "",
    "Declaration ratio": row.ratio ?? "",
    Duty: row.duty?.toNumber() ?? "",
    Status: row.status,
    Flags: row.flags.join(", "),
    Explanation: row.explanation,
  };
  return OUTPUT_COLUMNS.map((column) => byColumn[column]);
}

/** Excel number formats of the output columns: money 0.00, ratio as a percentage. */
export const OUTPUT_NUMBER_FORMATS: Readonly<Record<OutputColumn, string>> = {
  "Inverse value": "0.00",
  "Declaration ratio": "0.00%",
  Duty: "0.00",
  Status: "@",
  Flags: "@",
  Explanation: "@",
};

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
  };
}

/** The CLI's --json document, exactly the shape of design.md section 4. */
export function jsonReport(check: ShipmentCheck): JsonReport {
  const { summary } = check;
  return {
    rows: check.rows.map((row) => ({
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
    })),
    summary: {
      rows: summary.rows,
      ok: summary.ok,
      review: summary.review,
      risk: summary.risk,
      error: summary.error,
      underDeclaredHsCodes: [...summary.underDeclaredHsCodes],
      fineExposure: numberOrNull(summary.fineExposure),
      outstandingDuty: summary.outstandingDuty.toNumber(),
      shipmentsExposed: [...summary.shipmentsExposed],
    },
  };
}
