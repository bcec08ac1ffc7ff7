import { type AnyLanguage } from "../engine";
import { sheetWordsOf } from "./lang";

/** Row flags and the status each one sets (docs/contracts.md, Flags and status). Status is the worst flag: ERROR > RISK > REVIEW > OK. */
export const FLAG_STATUS = {
  INVALID_INPUT: "ERROR",
  UNKNOWN_COUNTRY: "ERROR",
  DEDUCTIONS_EXCEED_PRICE: "ERROR",
  UNDER_DECLARED: "RISK",
  MISSING_LINK: "RISK",
  LINK_COUNTRY_MISMATCH: "RISK",
  MISSING_VAT_NUMBER: "RISK",
  VAT_NUMBER_COUNTRY_MISMATCH: "RISK",
  INVALID_VAT_NUMBER: "RISK",
  CP42_TO_BELGIUM: "RISK",
  MISSING_IMPORTER_VAT_NUMBER: "RISK",
  INVALID_IMPORTER_VAT_NUMBER: "RISK",
  INVALID_HS_CODE: "RISK",
  INVALID_GTIN: "RISK",
  MISSING_PRODUCT_ID: "RISK",
  REFERENCE_LINK_USED: "REVIEW",
  UNKNOWN_MARKETPLACE: "REVIEW",
  NOT_A_PRODUCT_PAGE: "REVIEW",
  MISSING_DECLARED_VALUE: "REVIEW",
  DECLARED_ABOVE_PRICE: "REVIEW",
  CONTROLLED_GOODS: "REVIEW",
  SHIPMENT_DETENTION: "REVIEW",
} as const;

export type Flag = keyof typeof FLAG_STATUS;
export type Status = "OK" | "REVIEW" | "RISK" | "ERROR";

export const STATUSES: readonly Status[] = ["OK", "REVIEW", "RISK", "ERROR"];
/** Flags in the order of the design table, which is also the order rows list them in. */
export const FLAGS = Object.keys(FLAG_STATUS) as Flag[];

const SEVERITY: Readonly<Record<Status, number>> = { OK: 0, REVIEW: 1, RISK: 2, ERROR: 3 };

export function statusOf(flags: readonly Flag[]): Status {
  let worst: Status = "OK";
  for (const flag of flags) if (SEVERITY[FLAG_STATUS[flag]] > SEVERITY[worst]) worst = FLAG_STATUS[flag];
  return worst;
}

/** A flag and the plain-language reason it was raised on this row. */
export interface Finding {
  readonly flag: Flag;
  readonly explanation: string;
}

/**
 * Findings in design-table order, one per flag (several bad cells share one INVALID_INPUT with all reasons, said
 * one after the other as `language` puts sentences).
 */
export function orderFindings(findings: readonly Finding[], language: AnyLanguage = "en"): Finding[] {
  if (findings.length <= 1) return [...findings];
  const merged = new Map<Flag, string[]>();
  for (const finding of findings)
    merged.set(finding.flag, [...(merged.get(finding.flag) ?? []), finding.explanation]);
  return FLAGS.filter((flag) => merged.has(flag)).map((flag) => {
    const sentences = merged.get(flag) as string[];
    return {
      flag,
      // Looked up only where a flag has several reasons: most rows have one sentence per flag.
      explanation:
        sentences.length === 1 ? sentences[0] : sheetWordsOf(language).explanations.sentences({ sentences }),
    };
  });
}
