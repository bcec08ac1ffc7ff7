import { STATUSES, type SummaryFact, sheetNotes, statusCount, summaryFacts } from "../sheet";
import { type CheckResult } from "./check-result";
import { printable } from "./errors";
import { type CliOptions } from "./options";

/** "B7, C12 and 3 more (characters Excel cannot store were removed)", for both summaries. */
export function cleanedCellsText(cleaned: CheckResult["cleaned"]): string {
  const more = cleaned.count - cleaned.cells.length;
  return `${cleaned.cells.join(", ")}${more > 0 ? ` and ${more} more` : ""} (characters Excel cannot store were removed)`;
}

/** "rows 7, 12 (hidden in the input, still hidden in the checked workbook)", for both summaries. */
export function hiddenRowsText(hidden: ReadonlySet<number>): string {
  const rows = [...hidden].sort((a, b) => a - b).map((index) => index + 1);
  const shown = rows.slice(0, 12).join(", ");
  const more = rows.length > 12 ? ` and ${rows.length - 12} more` : "";
  return `${rows.length === 1 ? "row" : "rows"} ${shown}${more} (hidden in the input, still hidden in the checked workbook)`;
}

/** The summary's import VAT amounts by regime, printed under one label. */
const IMPORT_VAT_FACTS: readonly SummaryFact["key"][] = [
  "importVatPaid",
  "importVatDeferred",
  "importVatExempt",
];

/** The facts of the 2026 rules, with the CLI's short labels. */
const ISSUE_12_LINES: readonly (readonly [SummaryFact["key"], string])[] = [
  ["lowValueDuty", "Low-value duty"],
  ["reducedVatRates", "Reduced VAT"],
  ["controlledGoods", "Licences"],
];

/**
 * The text the CLI prints without --json: what was checked, what it costs, where the workbook is, the worst rows.
 * Control characters and bidi overrides in cell text are shown as \x1b or U+202E (errors.ts, printable).
 */
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function summaryText(options: CliOptions, result: CheckResult): string {
  const { report, input, layout, out } = result;
  const { summary } = report;
  const lines: string[] = [];
  const sheet = input.kind === "xlsx" ? `, sheet "${input.name}"` : "";
  lines.push(
    `Checked ${options.file}${sheet}: ${plural(summary.rows, "row")}, header on row ${layout.headerRowIndex + 1}`,
  );
  // The figures in the words every rendering of the summary uses (src/sheet/output-sheets.ts).
  const allFacts = summaryFacts(summary, 12);
  const facts = new Map(
    allFacts.map((fact) => [
      fact.key,
      fact.detail === undefined ? fact.text : `${fact.text} (${fact.detail})`,
    ]),
  );
  lines.push(
    `  Status            ${STATUSES.map((status) => `${status} ${statusCount(summary, status)}`).join("   ")}`,
  );
  lines.push(`  Fine exposure     ${facts.get("fineExposure")}`);
  if (summary.underDeclaredHsCodes.length > 0)
    lines.push(`                    HS codes ${facts.get("hsCodes")}`);
  lines.push(`  Outstanding duty  ${facts.get("outstandingDuty")}`);
  lines.push(`  Shipments exposed ${facts.get("shipmentsExposed")}`);
  // Import VAT by regime, under one label as the HS codes under the fine; procedure 42's line ends with the
  // destination VAT estimate. The labels are the facts' own, less the "Import VAT" they share.
  allFacts
    .filter((fact) => IMPORT_VAT_FACTS.includes(fact.key))
    .forEach((fact, index) => {
      const label = fact.label.replace(/^Import VAT /, "");
      lines.push(`${index === 0 ? "  Import VAT        " : " ".repeat(20)}${label}: ${facts.get(fact.key)}`);
    });
  // The rules of 2026, each only where the check met it.
  for (const [key, label] of ISSUE_12_LINES) {
    const text = facts.get(key);
    if (text !== undefined) lines.push(`  ${label.padEnd(18)}${text}`);
  }
  if (summary.ignoredCostColumns.length > 0)
    lines.push(`  Ignored columns   ${summary.ignoredCostColumns.join(", ")} (costs customs do not deduct)`);
  if (layout.unmappedColumns.length > 0)
    lines.push(`  Not used          ${layout.unmappedColumns.join(", ")}`);
  if (result.cleaned.count > 0) lines.push(`  Cells cleaned     ${cleanedCellsText(result.cleaned)}`);
  if (input.hiddenRows.size > 0) lines.push(`  Hidden rows       ${hiddenRowsText(input.hiddenRows)}`);
  // Continuation lines are indented under the first, as the HS codes under the fine exposure are.
  sheetNotes(summary).forEach((note, index) =>
    lines.push(`${index === 0 ? "  Rows and columns  " : " ".repeat(20)}${note}`),
  );
  lines.push(`  Settings          ${report.settingsText}`);
  lines.push(`  Checked workbook  ${out}`);
  if (report.notableCount > 0) {
    const shown = report.notable.length;
    lines.push("");
    lines.push(
      `RISK and ERROR rows${report.notableCount > shown ? ` (first ${shown} of ${report.notableCount})` : ""}:`,
    );
    for (const row of report.notable) {
      const sku = row.sku === null ? "" : ` ${row.sku}`;
      lines.push(`  row ${row.row}${sku}: ${row.status} ${row.flags.join(", ")}. ${row.explanation}`);
    }
  }
  // File names, SKUs, headers and explanations are the user's text: a terminal must not act on what they hold.
  return `${lines.map(printable).join("\n")}\n`;
}
