/**
 * The result of an action in the pane: what was done, the summary (rows by status, HS codes under-declared, fine
 * exposure, outstanding duty, shipments exposed, ignored cost columns) and the flagged rows, grouped by status and
 * shipment, each a button that selects its row in the sheet. Which rows are shown is worked out by pure functions
 * (indexFlagged, flaggedSections); the DOM holds only what is shown, so a check of 50,000 rows renders a few dozen
 * cards. Text only through textContent.
 */
import { type AnyLanguage } from "../src/engine";
import {
  type Flag,
  type RowCheck,
  STATUSES,
  type Status,
  type Summary,
  type SummaryFact,
  plainSummary,
  sheetNotes,
  statusCount,
  summaryFacts,
} from "../src/sheet";
import { type ActionResult } from "./actions/action-result";
import { htmlLangOf, paneLanguage, paneWords } from "./pane-language";
import { ELEMENT_IDS } from "./ui-controls";
import { clear, el, withMoney } from "./ui-dom";

/** The statuses of flagged rows, worst first: the order of the list's sections. */
export const FLAGGED_STATUSES = ["ERROR", "RISK", "REVIEW"] as const;
export type FlaggedStatus = (typeof FLAGGED_STATUSES)[number];
export type StatusFilter = "all" | FlaggedStatus;

/** Cards shown in a status's section at first, and added by each "Show more". */
export const FLAGGED_PAGE = 20;
/** "Show all" is offered up to this many cards in a section; beyond, the sheet's Status column is the place. */
export const FLAGGED_SHOW_ALL_LIMIT = 1_000;
/** Row numbers named in a shipment's detention line, and items of a list in the summary's facts, before "and N more". */
export const LISTED = 10;

/** The flag a row gets only from its shipment (src/sheet/shipment-check.ts): said once per shipment, not per card. */
const DETENTION: Flag = "SHIPMENT_DETENTION";

/** The result's words, in the pane's language. */
const words = () => paneWords().result;

/**
 * The attributes of an element whose text is the sheet logic's (the summary's facts, the rows' explanations): those
 * are in the workbook's language, which screen readers are told when it is not the pane's.
 */
function inWorkbookLanguage(language: AnyLanguage): Record<string, string> {
  return language === paneLanguage() ? {} : { lang: htmlLangOf(language) };
}

export interface ResultHandlers {
  readonly selectRow: (row: number) => void;
  readonly showSheet: (name: string) => void;
}

export function renderResult(
  doc: Document,
  container: HTMLElement,
  result: ActionResult,
  /** The workbook's language of the run: the sheet logic's words in the result are in it. */
  language: AnyLanguage,
  handlers: ResultHandlers,
): void {
  clear(container);
  if (result.stopped !== undefined)
    container.append(el(doc, "p", { className: "message message-warning" }, withMoney(doc, result.stopped)));
  container.append(
    el(
      doc,
      "ul",
      { className: "result-messages" },
      result.messages.map((message) => el(doc, "li", {}, withMoney(doc, message))),
    ),
  );
  if (result.summary !== undefined) container.append(...summaryNodes(doc, result.summary, language));
  if (result.proFormaSheets !== undefined && result.proFormaSheets.length > 0) {
    container.append(
      el(doc, "h3", { text: words().proFormaSheets }),
      el(
        doc,
        "ul",
        { className: "sheet-links" },
        result.proFormaSheets.map((name) => {
          const button = el(doc, "button", {
            className: "button button-subtle",
            text: words().goTo({ sheet: name }),
            attributes: { type: "button" },
          });
          button.addEventListener("click", () => handlers.showSheet(name));
          return el(doc, "li", {}, [button]);
        }),
      ),
    );
  }
  if (result.flagged !== undefined)
    container.append(...flaggedNodes(doc, result.flagged, language, handlers));
}

/** The summary's facts the pane lists beside the status tiles, in the words of every rendering (output-sheets.ts). */
const PANE_FACTS: readonly SummaryFact["key"][] = [
  "rows",
  "hsCodes",
  "fineExposure",
  "outstandingDuty",
  "shipmentsExposed",
  "importVatPaid",
  "importVatDeferred",
  "importVatExempt",
  "lowValueDuty",
  "reducedVatRates",
  "controlledGoods",
  "ignoredCostColumns",
];

/** The facts whose lists are cut to their first LISTED items, with a button for the whole list. */
const LONG_LISTS: Partial<Record<SummaryFact["key"], (summary: ReturnType<typeof plainSummary>) => number>> =
  {
    hsCodes: (summary) => summary.underDeclaredHsCodes.length,
    shipmentsExposed: (summary) => summary.shipmentsExposed.length,
  };

function summaryNodes(doc: Document, summary: Summary, language: AnyLanguage): Node[] {
  const plain = plainSummary(summary);
  const counts = el(
    doc,
    "ul",
    { className: "counts", attributes: { "aria-label": words().rowsByStatus } },
    STATUSES.map((status) =>
      el(doc, "li", { className: `status-${status}` }, [
        el(doc, "span", {
          className: "count",
          text: words().tileCount({ count: statusCount(plain, status) }),
        }),
        el(doc, "span", { className: "label", text: paneWords().statuses[status] }),
      ]),
    ),
  );
  const facts = summaryFacts(plain, Infinity, language).filter((fact) => PANE_FACTS.includes(fact.key));
  // The same facts with their lists cut short ("LGG-1, … and 90 more"), in the words of every rendering: their
  // details too (a month of parcels has thousands of low-value consignments).
  const cut = new Map(summaryFacts(plain, LISTED, language).map((fact) => [fact.key, fact]));
  // Totals lines and notes not checked, the user's columns kept beside the add-in's: the same words as the CLI.
  const notes = sheetNotes(summary, language);
  return [
    el(doc, "h3", { text: words().summary }),
    counts,
    el(
      doc,
      "dl",
      { className: "facts", attributes: inWorkbookLanguage(language) },
      facts.flatMap((fact) => [el(doc, "dt", { text: fact.label }), factValue(doc, fact, cut, plain)]),
    ),
    ...(notes.length === 0
      ? []
      : [
          el(
            doc,
            "ul",
            {
              className: "sheet-notes",
              attributes: { "aria-label": words().sheetNotes, ...inWorkbookLanguage(language) },
            },
            notes.map((note) => el(doc, "li", {}, withMoney(doc, note))),
          ),
        ]),
  ];
}

/** A fact's value: money kept on one line, a long list cut short with a button that shows it whole. */
function factValue(
  doc: Document,
  fact: SummaryFact,
  cut: ReadonlyMap<SummaryFact["key"], SummaryFact>,
  plain: ReturnType<typeof plainSummary>,
): HTMLElement {
  const shortened = cut.get(fact.key);
  const detailText = shortened?.detail ?? fact.detail;
  const detail =
    detailText === undefined
      ? []
      : [el(doc, "span", { className: "fact-detail" }, withMoney(doc, detailText))];
  if (fact.money)
    return el(doc, "dd", {}, [el(doc, "span", { className: "money", text: fact.text }), ...detail]);
  const short = shortened?.text;
  const length = LONG_LISTS[fact.key]?.(plain);
  if (short === undefined || short === fact.text || length === undefined)
    return el(doc, "dd", {}, [...withMoney(doc, fact.text), ...detail]);
  const text = el(doc, "span", { text: short });
  const button = el(doc, "button", {
    className: "button button-subtle fact-more",
    text: words().showWholeList({ count: length }),
    attributes: { type: "button" },
  });
  const value = el(doc, "dd", { attributes: { tabindex: "-1" } }, [text, " ", button, ...detail]);
  button.addEventListener("click", () => {
    text.textContent = fact.text;
    button.remove();
    // The button is gone: the focus goes to the list it opened, not to the page.
    value.focus();
  });
  return value;
}

/** "Row 17 · LAMP-9 · Desk lamp" */
export function rowTitle(row: RowCheck): string {
  const parts = [words().row({ row: row.row })];
  if (row.sku !== null && row.sku !== "") parts.push(row.sku);
  if (row.description !== "")
    parts.push(row.description.length > 40 ? `${row.description.slice(0, 39)}…` : row.description);
  return parts.join(" · ");
}

// ---------------------------------------------------------------------------------------------------------------
// The flagged rows: which are shown (pure)

/** The rows of a shipment that its rows at risk would have detained with them. */
export interface Detention {
  readonly shipment: string;
  /** Sheet row numbers of the shipment's rows flagged SHIPMENT_DETENTION, in sheet order. */
  readonly rows: readonly number[];
}

/** The flagged rows sorted once per result, so that filtering and "Show more" only slice. */
export interface FlaggedIndex {
  readonly total: number;
  /** Rows by status, those listed only through their shipment's line included (the tiles' counts). */
  readonly counts: Readonly<Record<FlaggedStatus, number>>;
  /** The rows that get a card, by status, grouped by shipment (shipments in sheet order of their first row). */
  readonly cards: Readonly<Record<FlaggedStatus, readonly RowCheck[]>>;
  /** Rows flagged only SHIPMENT_DETENTION: counted in their shipment's line, no card of their own. */
  readonly detentionOnly: number;
  readonly detentions: ReadonlyMap<string, Detention>;
  /** Whether any row names a shipment: without, the cards are not grouped under shipment headings. */
  readonly hasShipments: boolean;
}

const isFlaggedStatus = (status: Status): status is FlaggedStatus => status !== "OK";
const onlyDetention = (row: RowCheck) => row.flags.length === 1 && row.flags[0] === DETENTION;

export function indexFlagged(rows: readonly RowCheck[]): FlaggedIndex {
  const counts: Record<FlaggedStatus, number> = { ERROR: 0, RISK: 0, REVIEW: 0 };
  const groups: Record<FlaggedStatus, Map<string | null, RowCheck[]>> = {
    ERROR: new Map(),
    RISK: new Map(),
    REVIEW: new Map(),
  };
  const detained = new Map<string, number[]>();
  let detentionOnly = 0;
  let hasShipments = false;
  let total = 0;
  for (const row of rows) {
    if (!isFlaggedStatus(row.status)) continue;
    total++;
    counts[row.status]++;
    if (row.shipment !== null) hasShipments = true;
    if (row.shipment !== null && row.flags.includes(DETENTION)) {
      const numbers = detained.get(row.shipment);
      if (numbers === undefined) detained.set(row.shipment, [row.row]);
      else numbers.push(row.row);
    }
    if (onlyDetention(row)) {
      detentionOnly++;
      continue;
    }
    const byShipment = groups[row.status];
    const group = byShipment.get(row.shipment);
    if (group === undefined) byShipment.set(row.shipment, [row]);
    else group.push(row);
  }
  const flat = (status: FlaggedStatus) => [...groups[status].values()].flat();
  return {
    total,
    counts,
    cards: { ERROR: flat("ERROR"), RISK: flat("RISK"), REVIEW: flat("REVIEW") },
    detentionOnly,
    detentions: new Map([...detained].map(([shipment, numbers]) => [shipment, { shipment, rows: numbers }])),
    hasShipments,
  };
}

/** What the user chose to see: a status or all, and how many cards of each section. */
export interface FlaggedView {
  readonly filter: StatusFilter;
  readonly shown: Readonly<Partial<Record<FlaggedStatus, number>>>;
}

export const FIRST_VIEW: FlaggedView = { filter: "all", shown: {} };

/** The cards of one shipment in a section, under its heading. */
export interface ShipmentGroup {
  /** null: rows without a shipment id. */
  readonly shipment: string | null;
  readonly heading: string | undefined;
  /** The shipment's detention line: in the Risk section, whose rows cause it, once per shipment. */
  readonly detention: string | undefined;
  readonly rows: readonly RowCheck[];
}

export interface StatusSection {
  readonly status: FlaggedStatus;
  readonly heading: string;
  /** Cards in the section; `shown` of them are in `groups`. */
  readonly cards: number;
  readonly shown: number;
  readonly groups: readonly ShipmentGroup[];
  /** Set in the Review section when rows are counted only in their shipment's line. */
  readonly note: string | undefined;
  /** The "Show more" steps on offer: how many more cards, and the whole section if not too many. */
  readonly more: number;
  readonly all: number | undefined;
  /** The sentence under a cut section. */
  readonly showing: string | undefined;
  readonly rest: string | undefined;
}

/** The sections shown for a view: the statuses it lets through that have rows, worst first. */
export function flaggedSections(index: FlaggedIndex, view: FlaggedView): StatusSection[] {
  return FLAGGED_STATUSES.filter(
    (status) => (view.filter === "all" || view.filter === status) && index.counts[status] > 0,
  ).map((status) => {
    const cards = index.cards[status];
    const shown = Math.min(cards.length, Math.max(FLAGGED_PAGE, view.shown[status] ?? FLAGGED_PAGE));
    const groups: ShipmentGroup[] = [];
    let current: { shipment: string | null; rows: RowCheck[] } | undefined;
    for (const row of cards.slice(0, shown)) {
      if (current === undefined || current.shipment !== row.shipment) {
        current = { shipment: row.shipment, rows: [] };
        groups.push(groupOf(index, status, row.shipment, current.rows));
      }
      current.rows.push(row);
    }
    const left = cards.length - shown;
    const detentionOnly = status === "REVIEW" ? index.detentionOnly : 0;
    return {
      status,
      heading: words().section({ status, count: index.counts[status] }),
      cards: cards.length,
      shown,
      groups,
      note: detentionOnly > 0 ? words().detentionOnly({ count: detentionOnly }) : undefined,
      more: Math.min(FLAGGED_PAGE, left),
      all: left > FLAGGED_PAGE && cards.length <= FLAGGED_SHOW_ALL_LIMIT ? cards.length : undefined,
      showing: left > 0 ? words().showing({ shown, total: cards.length }) : undefined,
      rest: left > 0 && cards.length > FLAGGED_SHOW_ALL_LIMIT ? words().restInSheet : undefined,
    };
  });
}

function groupOf(
  index: FlaggedIndex,
  status: FlaggedStatus,
  shipment: string | null,
  rows: RowCheck[],
): ShipmentGroup {
  const detention = shipment === null ? undefined : index.detentions.get(shipment);
  const heading = !index.hasShipments
    ? undefined
    : shipment === null
      ? words().noShipment
      : detention !== undefined && status !== "RISK"
        ? words().shipmentAtRisk({ shipment })
        : words().shipment({ shipment });
  return {
    shipment,
    heading,
    detention:
      detention !== undefined && status === "RISK"
        ? words().detention({
            shipment: detention.shipment,
            count: detention.rows.length,
            listed: detention.rows.slice(0, LISTED).map(String),
            more: Math.max(0, detention.rows.length - LISTED),
          })
        : undefined,
    rows,
  };
}

/** The view after "Show more" (or "Show all") in a section. */
export function showMore(view: FlaggedView, section: StatusSection, cards: number): FlaggedView {
  return { ...view, shown: { ...view.shown, [section.status]: section.shown + cards } };
}

/** A card's explanation without its shipment's detention sentence, which its shipment's line says once. */
export function cardExplanation(row: RowCheck): string {
  return row.ownExplanation ?? row.explanation;
}

// ---------------------------------------------------------------------------------------------------------------
// The flagged rows: the DOM of what is shown

function flaggedNodes(
  doc: Document,
  flagged: readonly RowCheck[],
  language: AnyLanguage,
  handlers: ResultHandlers,
): Node[] {
  const index = indexFlagged(flagged);
  const heading = el(doc, "h3", {
    text: index.total === 0 ? words().noRowsFlagged : words().rowsToLookAt({ count: index.total }),
  });
  if (index.total === 0) return [heading];
  const skip = el(doc, "a", {
    className: "skip-link",
    text: words().skipFlagged,
    attributes: { href: `#${ELEMENT_IDS.afterResult}` },
  });
  // Focus moves by script: following the link would replace the page's fragment, which Office.js reads.
  skip.addEventListener("click", (event) => {
    event.preventDefault();
    doc.getElementById(ELEMENT_IDS.afterResult)?.focus();
  });
  const sections = el(doc, "div", { className: "flagged-sections" });
  let view = FIRST_VIEW;
  const render = (focusRow?: number) => {
    clear(sections);
    sections.append(
      ...flaggedSections(index, view).map((section) =>
        sectionNode(doc, section, language, handlers, (cards) => {
          const firstNew = index.cards[section.status][section.shown]?.row;
          view = showMore(view, section, cards);
          render(firstNew);
        }),
      ),
    );
    if (focusRow !== undefined)
      sections.querySelector<HTMLElement>(`button[data-row="${focusRow}"]`)?.focus();
  };
  const filter = filterNodes(doc, index, (chosen) => {
    view = { ...view, filter: chosen };
    render();
  });
  render();
  return [heading, skip, el(doc, "p", { className: "hint", text: words().chooseRow }), filter, sections];
}

/** Toggle buttons, one pressed at a time: All, then the statuses in the tiles' order (Review, Risk, Error). */
function filterNodes(
  doc: Document,
  index: FlaggedIndex,
  choose: (filter: StatusFilter) => void,
): HTMLElement {
  const choices: { filter: StatusFilter; label: string }[] = [
    { filter: "all", label: words().filterAll({ count: index.total }) },
    ...STATUSES.filter(isFlaggedStatus)
      .filter((status) => index.counts[status] > 0)
      .map((status) => ({
        filter: status,
        label: words().filterStatus({ status, count: index.counts[status] }),
      })),
  ];
  const buttons = choices.map(({ filter, label }) => {
    const button = el(doc, "button", {
      className: "button filter-button",
      text: label,
      attributes: { type: "button", "aria-pressed": String(filter === "all"), "data-filter": filter },
    });
    button.addEventListener("click", () => {
      for (const other of buttons) other.setAttribute("aria-pressed", String(other === button));
      choose(filter);
    });
    return button;
  });
  return el(
    doc,
    "div",
    { className: "status-filter", attributes: { role: "group", "aria-label": words().filterLabel } },
    buttons,
  );
}

function sectionNode(
  doc: Document,
  section: StatusSection,
  language: AnyLanguage,
  handlers: ResultHandlers,
  more: (cards: number) => void,
): HTMLElement {
  const headingId = `flagged-${section.status}-heading`;
  const nodes: Node[] = [el(doc, "h4", { text: section.heading, attributes: { id: headingId } })];
  for (const group of section.groups) {
    if (group.heading !== undefined)
      nodes.push(el(doc, "h5", { className: "shipment", text: group.heading }));
    if (group.detention !== undefined)
      nodes.push(el(doc, "p", { className: "detention", text: group.detention }));
    nodes.push(
      el(
        doc,
        "ul",
        { className: "flagged" },
        group.rows.map((row) =>
          el(doc, "li", { className: "flagged-row" }, card(doc, row, language, handlers)),
        ),
      ),
    );
  }
  if (section.note !== undefined) nodes.push(el(doc, "p", { className: "hint", text: section.note }));
  if (section.showing !== undefined) nodes.push(el(doc, "p", { className: "hint", text: section.showing }));
  const steps: [number, string][] = [];
  if (section.more > 0) steps.push([section.more, words().showMore({ count: section.more })]);
  if (section.all !== undefined)
    steps.push([section.all - section.shown, words().showAll({ count: section.all })]);
  if (steps.length > 0)
    nodes.push(
      el(
        doc,
        "p",
        { className: "show-more" },
        steps.map(([cards, label]) => {
          const button = el(doc, "button", {
            className: "button",
            text: label,
            attributes: { type: "button", "data-more": section.status },
          });
          button.addEventListener("click", () => more(cards));
          return button;
        }),
      ),
    );
  if (section.rest !== undefined) nodes.push(el(doc, "p", { className: "hint", text: section.rest }));
  return el(
    doc,
    "section",
    { className: `flagged-section flagged-${section.status}`, attributes: { "aria-labelledby": headingId } },
    nodes,
  );
}

/**
 * A flagged row: a button that selects it, named short by its visible title (status, row, SKU, description) and its
 * first flag, and the explanation after it, read as its description. The explanation is outside the button: a name
 * must hold the button's visible text (WCAG 2.5.3), and a name with the whole explanation would not be short.
 */
function card(doc: Document, row: RowCheck, language: AnyLanguage, handlers: ResultHandlers): HTMLElement[] {
  const explanationId = `flagged-row-${row.row}-why`;
  const flag = row.flags[0];
  const button = el(
    doc,
    "button",
    { attributes: { type: "button", "data-row": String(row.row), "aria-describedby": explanationId } },
    [
      el(doc, "span", { className: "row-title" }, [
        el(doc, "span", { className: `badge status-${row.status}`, text: paneWords().statuses[row.status] }),
        el(doc, "span", { text: rowTitle(row) }),
        flag === undefined ? null : el(doc, "span", { className: "visually-hidden", text: `, ${flag}` }),
      ]),
    ],
  );
  button.addEventListener("click", () => handlers.selectRow(row.row));
  return [
    button,
    el(
      doc,
      "p",
      { className: "explanation", attributes: { id: explanationId, ...inWorkbookLanguage(language) } },
      withMoney(doc, cardExplanation(row)),
    ),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// The status line

/**
 * One line for the status region after an action: a summary, never the first result line again (the result
 * below says it). Statuses in the tiles' order: OK, review, risk, error.
 */
export function statusLine(result: ActionResult): string {
  const label = paneWords().actions[result.action];
  const summary = result.summary;
  if (result.stoppedNote !== undefined) return words().stopped({ action: label, note: result.stoppedNote });
  if (result.action === "check" && summary !== undefined) {
    const counts = STATUSES.filter((status) => status === "OK" || statusCount(summary, status) > 0).map(
      (status) => words().statusCount({ status, count: statusCount(summary, status) }),
    );
    return words().checked({ rows: summary.rows, counts });
  }
  return words().done({ action: label });
}

/** The result's heading: the action, and how far it got when its write stopped. */
export function resultHeading(result: ActionResult): string {
  const action = paneWords().actions[result.action];
  return result.stoppedNote === undefined
    ? words().heading({ action })
    : words().stoppedHeading({ action, note: result.stoppedNote });
}
