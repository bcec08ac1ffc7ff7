import { type AnyLanguage } from "../engine";
import { STATUSES, type SummaryFact, sheetNotes, statusCount, summaryFacts } from "../sheet";
import { type CheckResult } from "./check-result";
import { printable } from "./errors";
import { type CliWords, cliWordsOf } from "./lang";
import { type CliOptions } from "./options";

/** "B7, C12 and 3 more (characters Excel cannot store were removed)", for both summaries. */
export function cleanedCellsText(cleaned: CheckResult["cleaned"], language: AnyLanguage): string {
  return cliWordsOf(language).cleanedCells({
    cells: cleaned.cells,
    more: Math.max(0, cleaned.count - cleaned.cells.length),
  });
}

/** Hidden rows named in the summaries; beyond, "and N more". */
const HIDDEN_ROWS_LISTED = 12;

/** "rows 7, 12 (hidden in the input, still hidden in the checked workbook)", for both summaries. */
export function hiddenRowsText(hidden: ReadonlySet<number>, language: AnyLanguage): string {
  const rows = [...hidden].sort((a, b) => a - b).map((index) => index + 1);
  return cliWordsOf(language).hiddenRows({
    rows: rows.slice(0, HIDDEN_ROWS_LISTED).map(String),
    count: rows.length,
    more: Math.max(0, rows.length - HIDDEN_ROWS_LISTED),
  });
}

/** The summary's import VAT amounts by regime, printed under one label, each with the CLI's short words. */
const IMPORT_VAT_LINES: readonly (readonly [
  SummaryFact["key"],
  (words: CliWords["summary"]) => (p: { amount: string }) => string,
])[] = [
  ["importVatPaid", (words) => words.importVatPaid],
  ["importVatDeferred", (words) => words.importVatDeferred],
  ["importVatExempt", (words) => words.importVatExempt],
];

/** The facts of the 2026 rules, with the CLI's short labels. */
const ISSUE_12_LINES: readonly (readonly [SummaryFact["key"], keyof CliWords["summary"]["labels"]])[] = [
  ["lowValueDuty", "lowValueDuty"],
  ["reducedVatRates", "reducedVat"],
  ["controlledGoods", "licences"],
];

/**
 * Columns a text takes in a terminal: East Asian wide and fullwidth characters (Chinese labels) take two, so
 * that padding by width, not by length, keeps the values of a Chinese summary in one column.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** The width of the label column: the widest label of the language and one space, whichever labels are shown. */
export function labelColumnWidth(labels: Readonly<Record<string, string>>): number {
  return Math.max(...Object.values(labels).map(displayWidth)) + 1;
}

/**
 * The text the CLI prints without --json, in the command's language: what was checked, what it costs, where the
 * workbook is, the worst rows. Control characters and bidi overrides in cell text are shown as \x1b or U+202E
 * (errors.ts, printable).
 */
export function summaryText(options: CliOptions, result: CheckResult): string {
  const { report, input, layout, out } = result;
  const { summary } = report;
  const { language } = options;
  const words = cliWordsOf(language).summary;
  const { labels } = words;
  const width = labelColumnWidth(labels);
  const labelled = (label: string, text: string) =>
    `  ${label}${" ".repeat(width - displayWidth(label))}${text}`;
  // Continuation lines are indented under the first, as the HS codes under the fine exposure are.
  const below = (text: string) => `${" ".repeat(2 + width)}${text}`;
  const lines: string[] = [];
  const checked = { file: options.file, rows: summary.rows, headerRow: layout.headerRowIndex + 1 };
  lines.push(
    input.kind === "xlsx" ? words.checkedSheet({ ...checked, sheet: input.name }) : words.checked(checked),
  );
  // The figures in the words every rendering of the summary uses (src/sheet/output-sheets.ts).
  const allFacts = summaryFacts(summary, 12, language);
  const facts = new Map(
    allFacts.map((fact) => [
      fact.key,
      fact.detail === undefined ? fact.text : `${fact.text} (${fact.detail})`,
    ]),
  );
  const fact = (key: SummaryFact["key"]) => facts.get(key) ?? "";
  const statuses = STATUSES.map((status) =>
    words.statusCount({ status, count: statusCount(summary, status) }),
  );
  lines.push(labelled(labels.status, statuses.join("   ")));
  lines.push(labelled(labels.fineExposure, fact("fineExposure")));
  if (summary.underDeclaredHsCodes.length > 0) lines.push(below(words.hsCodes({ codes: fact("hsCodes") })));
  lines.push(labelled(labels.outstandingDuty, fact("outstandingDuty")));
  lines.push(labelled(labels.shipmentsExposed, fact("shipmentsExposed")));
  // Import VAT by regime, under one label as the HS codes under the fine; procedure 42's line ends with the
  // destination VAT estimate.
  IMPORT_VAT_LINES.filter(([key]) => facts.has(key)).forEach(([key, entry], index) => {
    const text = entry(words)({ amount: fact(key) });
    lines.push(index === 0 ? labelled(labels.importVat, text) : below(text));
  });
  // The rules of 2026, each only where the check met it.
  for (const [key, label] of ISSUE_12_LINES) {
    const text = facts.get(key);
    if (text !== undefined) lines.push(labelled(labels[label], text));
  }
  if (summary.ignoredCostColumns.length > 0)
    lines.push(
      labelled(labels.ignoredColumns, words.ignoredColumns({ columns: summary.ignoredCostColumns })),
    );
  if (layout.unmappedColumns.length > 0)
    lines.push(labelled(labels.notUsed, words.columns({ columns: layout.unmappedColumns })));
  if (result.cleaned.count > 0)
    lines.push(labelled(labels.cellsCleaned, cleanedCellsText(result.cleaned, language)));
  if (input.hiddenRows.size > 0)
    lines.push(labelled(labels.hiddenRows, hiddenRowsText(input.hiddenRows, language)));
  [...sheetNotes(summary, language), ...result.splits].forEach((note, index) =>
    lines.push(index === 0 ? labelled(labels.rowsAndColumns, note) : below(note)),
  );
  lines.push(labelled(labels.settings, report.settingsText));
  lines.push(labelled(labels.checkedWorkbook, out));
  if (report.notableCount > 0) {
    const shown = report.notable.length;
    lines.push("");
    lines.push(
      report.notableCount > shown
        ? words.notableFirst({ shown, total: report.notableCount })
        : words.notableAll,
    );
    for (const row of report.notable) {
      lines.push(
        `  ${words.notableRow({
          row: row.row,
          sku: row.sku ?? "",
          status: row.status,
          flags: row.flags,
          explanation: row.explanation,
        })}`,
      );
    }
  }
  // File names, SKUs, headers and explanations are the user's text: a terminal must not act on what they hold.
  return `${lines.map(printable).join("\n")}\n`;
}
