import { VAT_TABLE_VERSION } from "../engine";
import { type CellValue } from "./cell-values";
import { type Settings, describeDuty } from "./settings";
import { type Summary } from "./shipment-check";

/** One row per check run, appended to the Audit sheet: what was checked, when, with which rules. */
export const AUDIT_COLUMNS = [
  "Time",
  "Source",
  "Rows checked",
  "OK",
  "Review",
  "Risk",
  "Error",
  "Fine exposure",
  "Outstanding duty",
  "VAT table",
  "Settings",
] as const;

export function auditRow(time: Date, source: string, summary: Summary, settings: Settings): CellValue[] {
  return [
    time.toISOString(),
    source,
    summary.rows,
    summary.ok,
    summary.review,
    summary.risk,
    summary.error,
    summary.fineExposure === null ? "blacklisting (3rd offence)" : summary.fineExposure.toNumber(),
    summary.outstandingDuty.toNumber(),
    VAT_TABLE_VERSION,
    describeSettings(settings),
  ];
}

/** Settings in a line a reviewer can read: the date, tolerance, VAT deferral, offence, fines, rates. */
export function describeSettings(settings: Settings): string {
  const parts = [
    `declaration date ${settings.declarationDate}`,
    `tolerance ${settings.tolerance.toFixed(2)} EUR`,
    `VAT deferral ${settings.vatDeferral ? "required" : "not required"}`,
    `offence ${settings.offenceLevel}`,
    `fines ${settings.fines.firstOffencePerHsCode}/${settings.fines.secondOffencePerHsCode} EUR per HS code`,
  ];
  const rates = Object.entries(settings.exchangeRates);
  if (rates.length > 0)
    parts.push(`exchange rates ${rates.map(([code, rate]) => `${code}=${rate.toString()}`).join(", ")}`);
  if (settings.dutyRates.length > 0)
    parts.push(
      `duty rates ${settings.dutyRates.map(({ prefix, rule }) => `${prefix}: ${describeDuty(rule)}`).join(", ")}`,
    );
  return parts.join("; ");
}
