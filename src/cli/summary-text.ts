import { sheetNotes } from "../sheet";
import { printable } from "./errors";
import { type CheckResult } from "./main";
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

/**
 * The text the CLI prints without --json: what was checked, what it costs, where the workbook is, the worst rows.
 * Control characters and bidi overrides in cell text are shown as \x1b or U+202E (errors.ts, printable).
 */
const euro = (amount: number) =>
  `EUR ${amount.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function summaryText(options: CliOptions, result: CheckResult): string {
  const { report, input, layout, out } = result;
  const { summary } = report;
  const lines: string[] = [];
  const sheet = input.kind === "xlsx" ? `, sheet "${input.name}"` : "";
  lines.push(
    `Checked ${options.file}${sheet}: ${plural(summary.rows, "row")}, header on row ${layout.headerRowIndex + 1}`,
  );
  lines.push(
    `  Status            OK ${summary.ok}   REVIEW ${summary.review}   RISK ${summary.risk}   ERROR ${summary.error}`,
  );
  const codes = summary.underDeclaredHsCodes;
  if (summary.fineExposure === null) {
    lines.push(
      `  Fine exposure     3rd offence: VAT number blacklisted (no published amount); ${plural(codes.length, "under-declared HS code")}`,
    );
  } else {
    const rule = `${plural(codes.length, "under-declared HS code")} × ${euro(summary.finePerHsCode ?? 0)} (offence ${summary.offenceLevel})`;
    lines.push(`  Fine exposure     ${euro(summary.fineExposure)}: ${rule}`);
  }
  if (codes.length > 0)
    lines.push(
      `                    HS codes ${codes.slice(0, 12).join(", ")}${codes.length > 12 ? ` and ${codes.length - 12} more` : ""}`,
    );
  lines.push(`  Outstanding duty  ${euro(summary.outstandingDuty)}`);
  const exposed = summary.shipmentsExposed;
  lines.push(
    `  Shipments exposed ${exposed.length === 0 ? "none" : `${exposed.slice(0, 12).join(", ")}${exposed.length > 12 ? ` and ${exposed.length - 12} more` : ""} (one inspection detains every item of a shipment)`}`,
  );
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
