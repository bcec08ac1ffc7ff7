/**
 * The flagged-row list of the pane, without a DOM: which rows get a card, in which section and shipment group, the
 * detention said once per shipment, filtering by status, "Show more", the cards' names and the status line.
 */
import { type RowCheck, checkShipment } from "../../src/sheet";
import { type ActionResult } from "../../taskpane/actions/action-result";
import {
  FIRST_VIEW,
  FLAGGED_PAGE,
  FLAGGED_SHOW_ALL_LIMIT,
  type FlaggedView,
  cardExplanation,
  resultHeading,
  flaggedSections,
  indexFlagged,
  showMore,
  statusLine,
} from "../../taskpane/ui-result";
import { row, settings, sheet } from "../sheet/sample";

/**
 * Sheet rows 4–10: shipment LGG-1 is split over rows 4–7 and 10, with one row under-declared (5) and one without
 * a price (7); LGG-2 has one row at risk of its own (8); row 9 has no shipment and no link.
 */
const check = checkShipment(
  sheet(
    row({ SKU: "A" }),
    row({ SKU: "B", "Declared value": 5 }),
    row({ SKU: "C" }),
    row({ SKU: "D", "Prix TTC": "" }),
    row({ SKU: "E", Shipment: "LGG-2", "Declared value": 6 }),
    row({ SKU: "F", Shipment: "", "Sales link": "" }),
    row({ SKU: "G" }),
  ),
  settings,
);
const flagged = check.rows.filter((r) => r.flags.length > 0);
const index = indexFlagged(flagged);

const rowsOf = (cards: readonly RowCheck[]) => cards.map((r) => r.row);

test("the sample is what the tests below say it is", () => {
  expect(check.rows.map((r) => [r.row, r.status, r.flags])).toEqual([
    [4, "REVIEW", ["SHIPMENT_DETENTION"]],
    [5, "RISK", ["UNDER_DECLARED"]],
    [6, "REVIEW", ["SHIPMENT_DETENTION"]],
    [7, "ERROR", ["INVALID_INPUT", "SHIPMENT_DETENTION"]],
    [8, "RISK", ["UNDER_DECLARED"]],
    [9, "RISK", ["MISSING_LINK"]],
    [10, "REVIEW", ["SHIPMENT_DETENTION"]],
  ]);
});

describe("the flagged rows, grouped", () => {
  test("counts every flagged row by status, as the tiles do, but gives no card to a row flagged only for its shipment", () => {
    expect(index.total).toBe(7);
    expect(index.counts).toEqual({ ERROR: 1, RISK: 3, REVIEW: 3 });
    expect(index.detentionOnly).toBe(3);
    expect(rowsOf(index.cards.REVIEW)).toEqual([]);
  });

  test("sections go worst first (Error, Risk, Review), and within a section by shipment in sheet order", () => {
    const sections = flaggedSections(index, FIRST_VIEW);
    expect(sections.map((s) => s.heading)).toEqual(["Error (1)", "Risk (3)", "Review (3)"]);
    const risk = sections[1];
    expect(risk.groups.map((g) => [g.heading, rowsOf(g.rows)])).toEqual([
      ["Shipment LGG-1", [5]],
      ["Shipment LGG-2", [8]],
      ["No shipment", [9]],
    ]);
  });

  test("states a shipment's detention once, in its group under Risk, naming the rows detained with it", () => {
    const sections = flaggedSections(index, FIRST_VIEW);
    const lines = sections.flatMap((s) => s.groups.map((g) => g.detention)).filter(Boolean);
    expect(lines).toEqual(["Shipment LGG-1: 4 rows at risk of detention with it (rows 4, 6, 7, 10)."]);
    // Elsewhere the shipment's heading says it is at risk; the Review section says where its rows went.
    expect(sections[0].groups[0].heading).toBe("Shipment LGG-1 (at risk of detention)");
    expect(sections[2].note).toBe(
      "3 more rows are flagged only because a row of their shipment is at risk: see their shipment under Risk.",
    );
  });

  test("a card's explanation leaves the shipment's sentence to its shipment's line", () => {
    const error = index.cards.ERROR[0];
    expect(error.explanation).toBe(
      "Prix TTC is empty: enter the VAT-inclusive price per unit on the sales link. Shipment LGG-1 has a row at risk (row 5): if one item is inspected, every item of the shipment is detained.",
    );
    expect(cardExplanation(error)).toBe(
      "Prix TTC is empty: enter the VAT-inclusive price per unit on the sales link.",
    );
    // A row without the shipment's sentence keeps its explanation whole.
    expect(cardExplanation(index.cards.RISK[0])).toBe(index.cards.RISK[0].explanation);
  });

  test("without any shipment id the cards are not grouped under headings", () => {
    const alone = checkShipment(sheet(row({ Shipment: "", "Declared value": 5 })), settings);
    const [section] = flaggedSections(indexFlagged(alone.rows), FIRST_VIEW);
    expect(section.groups.map((g) => g.heading)).toEqual([undefined]);
  });
});

describe("filtering and collapsing", () => {
  test("a status filter shows only that status's section", () => {
    const only = (filter: FlaggedView["filter"]) =>
      flaggedSections(index, { ...FIRST_VIEW, filter }).map((s) => s.status);
    expect(only("RISK")).toEqual(["RISK"]);
    expect(only("ERROR")).toEqual(["ERROR"]);
    expect(only("all")).toEqual(["ERROR", "RISK", "REVIEW"]);
  });

  /** `n` rows at risk, each in a shipment of its own (no detention), from row 4 on. */
  const risky = (n: number): RowCheck[] => {
    const template = index.cards.RISK[1];
    return Array.from({ length: n }, (_, i) => ({ ...template, row: 4 + i, shipment: `S${i}` }));
  };

  test("a long section shows its first 20 cards, then 20 more or all of them", () => {
    const long = indexFlagged(risky(45));
    const [first] = flaggedSections(long, FIRST_VIEW);
    expect([first.shown, first.more, first.all, first.showing]).toEqual([20, 20, 45, "Showing 20 of 45."]);
    expect(first.groups.flatMap((g) => rowsOf(g.rows))).toEqual(rowsOf(long.cards.RISK.slice(0, 20)));
    const [second] = flaggedSections(long, showMore(FIRST_VIEW, first, first.more));
    // 5 left: "Show 5 more" shows them all, so no separate "Show all".
    expect([second.shown, second.more, second.all]).toEqual([40, 5, undefined]);
    const [all] = flaggedSections(long, showMore(FIRST_VIEW, first, 45 - first.shown));
    expect([all.shown, all.more, all.all, all.showing]).toEqual([45, 0, undefined, undefined]);
  });

  test("past 1,000 cards no 'Show all': the sheet's Status column is the place for them all", () => {
    const [section] = flaggedSections(indexFlagged(risky(FLAGGED_SHOW_ALL_LIMIT + 1)), FIRST_VIEW);
    expect(section.all).toBeUndefined();
    expect(section.rest).toBe("Filter the Status column in the sheet to see them all.");
  });

  test("50,000 flagged rows are sorted once and only the shown ones are grouped", () => {
    const started = Date.now();
    const large = indexFlagged(risky(50_000));
    const sections = flaggedSections(large, FIRST_VIEW);
    expect(sections[0].groups.reduce((n, g) => n + g.rows.length, 0)).toBe(FLAGGED_PAGE);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("the status line", () => {
  const result = (extra: Partial<ActionResult>): ActionResult =>
    ({ action: "check", messages: ["Wrote the results of 7 rows."], stats: {}, ...extra }) as ActionResult;

  test("sums up a check in the tiles' order, OK, review, risk, error", () => {
    expect(statusLine(result({ summary: check.summary }))).toBe(
      "Checked 7 rows: 0 OK, 3 review, 3 risk, 1 error.",
    );
  });

  test("never repeats the result's first line", () => {
    const first = "Filled 5 empty VAT rate cells.";
    const line = statusLine(result({ action: "fillVat", messages: [first] }));
    expect(line).toBe("Fill VAT rates done: the result is below.");
  });

  test("a cancelled run says so, with the rows written, in the status line and the heading", () => {
    const cancelled = result({
      summary: check.summary,
      stopped: "You cancelled: results went into 2,157 of 20,000 rows; the other rows were not written.",
      stoppedNote: "cancelled: 2,157 of 20,000 rows written",
    });
    expect(statusLine(cancelled)).toBe(
      "Check shipment cancelled: 2,157 of 20,000 rows written; see the result below.",
    );
    expect(resultHeading(cancelled)).toBe("Result: Check shipment (cancelled: 2,157 of 20,000 rows written)");
    expect(resultHeading(result({}))).toBe("Result: Check shipment");
  });
});
