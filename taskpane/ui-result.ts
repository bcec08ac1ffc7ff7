/**
 * The result of an action in the pane: what was done, the summary (rows by status, HS codes under-declared, fine
 * exposure, outstanding duty, shipments exposed, ignored cost columns) and the flagged rows, each a button that
 * selects its row in the sheet. Text only through textContent.
 */
import {
  type RowCheck,
  STATUSES,
  type Summary,
  type SummaryFact,
  plainSummary,
  sheetNotes,
  statusCount,
  summaryFacts,
} from "../src/sheet";
import { type ActionResult } from "./actions/action-result";
import { clear, count, el } from "./ui-dom";

/** Flagged rows listed in the pane; the rest are in the sheet's Status column. */
export const FLAGGED_SHOWN = 200;

const STATUS_WORDS = { OK: "OK", REVIEW: "Review", RISK: "Risk", ERROR: "Error" } as const;

export interface ResultHandlers {
  readonly selectRow: (row: number) => void;
  readonly showSheet: (name: string) => void;
}

export function renderResult(
  doc: Document,
  container: HTMLElement,
  result: ActionResult,
  handlers: ResultHandlers,
): void {
  clear(container);
  if (result.stopped !== undefined)
    container.append(el(doc, "p", { className: "message message-warning", text: result.stopped }));
  container.append(
    el(
      doc,
      "ul",
      { className: "result-messages" },
      result.messages.map((message) => el(doc, "li", { text: message })),
    ),
  );
  if (result.summary !== undefined) container.append(...summaryNodes(doc, result.summary));
  if (result.proFormaSheets !== undefined && result.proFormaSheets.length > 0) {
    container.append(
      el(doc, "h3", { text: "Pro forma sheets" }),
      el(
        doc,
        "ul",
        { className: "sheet-links" },
        result.proFormaSheets.map((name) => {
          const button = el(doc, "button", {
            className: "button button-subtle",
            text: `Go to ${name}`,
            attributes: { type: "button" },
          });
          button.addEventListener("click", () => handlers.showSheet(name));
          return el(doc, "li", {}, [button]);
        }),
      ),
    );
  }
  if (result.flagged !== undefined) container.append(...flaggedNodes(doc, result.flagged, handlers));
}

/** The summary's facts the pane lists beside the status tiles, in the words of every rendering (output-sheets.ts). */
const PANE_FACTS: readonly SummaryFact["key"][] = [
  "rows",
  "hsCodes",
  "fineExposure",
  "outstandingDuty",
  "shipmentsExposed",
  "ignoredCostColumns",
];

function summaryNodes(doc: Document, summary: Summary): Node[] {
  const plain = plainSummary(summary);
  const counts = el(
    doc,
    "ul",
    { className: "counts", attributes: { "aria-label": "Rows by status" } },
    STATUSES.map((status) =>
      el(doc, "li", { className: `status-${status}` }, [
        el(doc, "span", { className: "count", text: count(statusCount(plain, status)) }),
        el(doc, "span", { className: "label", text: STATUS_WORDS[status] }),
      ]),
    ),
  );
  const facts = summaryFacts(plain).filter((fact) => PANE_FACTS.includes(fact.key));
  // Totals lines and notes not checked, the user's columns kept beside the add-in's: the same words as the CLI.
  const notes = sheetNotes(summary);
  return [
    el(doc, "h3", { text: "Summary" }),
    counts,
    el(
      doc,
      "dl",
      { className: "facts" },
      facts.flatMap((fact) => [
        el(doc, "dt", { text: fact.label }),
        el(
          doc,
          "dd",
          { text: fact.text },
          fact.detail === undefined ? [] : [el(doc, "span", { className: "fact-detail", text: fact.detail })],
        ),
      ]),
    ),
    ...(notes.length === 0
      ? []
      : [
          el(
            doc,
            "ul",
            { className: "sheet-notes", attributes: { "aria-label": "Rows and columns" } },
            notes.map((note) => el(doc, "li", { text: note })),
          ),
        ]),
  ];
}

/** "Row 17 · LAMP-9 · Desk lamp" */
export function rowTitle(row: RowCheck): string {
  const parts = [`Row ${row.row}`];
  if (row.sku !== null && row.sku !== "") parts.push(row.sku);
  if (row.description !== "")
    parts.push(row.description.length > 40 ? `${row.description.slice(0, 39)}…` : row.description);
  return parts.join(" · ");
}

function flaggedNodes(doc: Document, flagged: readonly RowCheck[], handlers: ResultHandlers): Node[] {
  const heading = el(doc, "h3", {
    text: flagged.length === 0 ? "No rows flagged" : `Rows to look at (${count(flagged.length)})`,
  });
  if (flagged.length === 0) return [heading];
  const items = flagged.slice(0, FLAGGED_SHOWN).map((row) => {
    const button = el(doc, "button", { attributes: { type: "button", "data-row": String(row.row) } }, [
      el(doc, "span", { className: "row-title" }, [
        el(doc, "span", { className: `badge status-${row.status}`, text: STATUS_WORDS[row.status] }),
        el(doc, "span", { text: rowTitle(row) }),
      ]),
      el(doc, "span", { className: "explanation", text: row.explanation }),
    ]);
    button.addEventListener("click", () => handlers.selectRow(row.row));
    return el(doc, "li", {}, [button]);
  });
  const nodes: Node[] = [
    heading,
    el(doc, "p", { className: "hint", text: "Choose a row to select it in the sheet." }),
    el(doc, "ul", { className: "flagged" }, items),
  ];
  if (flagged.length > FLAGGED_SHOWN) {
    nodes.push(
      el(doc, "p", {
        className: "hint",
        text: `And ${count(flagged.length - FLAGGED_SHOWN)} more: filter the Status column to see them all.`,
      }),
    );
  }
  return nodes;
}

/** One line for the status region after an action. */
export function statusLine(result: ActionResult): string {
  const summary = result.summary;
  const lead = result.stopped !== undefined ? "Stopped before the end." : `${result.messages[0] ?? "Done."}`;
  if (summary === undefined || result.action !== "check") return lead;
  const flagged = [
    summary.error > 0 ? `${count(summary.error)} error` : "",
    summary.risk > 0 ? `${count(summary.risk)} at risk` : "",
    summary.review > 0 ? `${count(summary.review)} to review` : "",
  ].filter(Boolean);
  return `Checked ${count(summary.rows)} rows: ${count(summary.ok)} OK${flagged.length > 0 ? `, ${flagged.join(", ")}` : ""}.${result.stopped === undefined ? "" : " Stopped before the end."}`;
}
