/**
 * The task pane's words in English: every label, hint, message, error and the help text. Each other language is a
 * table of this one's type (fr.ts, nl.ts, de.ts, zh.ts); docs/glossary.md has the domain's words in each. An entry
 * with parameters takes one object of plain values (text, numbers, lists of text) and formats them itself with the
 * language's formats (`f`). A whole sentence is one entry, so that a translation can order it as its grammar wants;
 * a parameter that is itself words (`rows`, `print`) is another entry's sentence or phrase, said in the same language.
 *
 * `page` holds the texts of taskpane.html: the page names them by key (data-words="page.sourceHeading"; see
 * page-words.ts), and test/taskpane/pane-language.test.ts checks that every key the page names is here.
 */
import type { Catalogue } from "../../src/engine";
import type { Status } from "../../src/sheet";
import type { ActionName } from "../actions/action-result";

export const en = ((f) => {
  /** The singular or the plural of a word, by the language's plural rules. */
  const one = (n: number) => f.plural(n) === "one";
  const rows = (n: number) => `${f.count(n)} ${one(n) ? "row" : "rows"}`;
  const rowsOf = (p: { done: number; total: number }) => `${f.count(p.done)} of ${f.count(p.total)} rows`;
  const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");
  // Words chosen by a parameter's value are switches, not table lookups: each language's test calls every entry with
  // markers for its parameters (test/lang/catalogue-checks.ts), and a switch still says something for those.
  const statuses = (status: Status) =>
    status === "OK" ? "OK" : status === "REVIEW" ? "Review" : status === "RISK" ? "Risk" : "Error";
  /** What each action writes, as the sentence about a write that stopped names it. */
  const written = (action: ActionName) => {
    switch (action) {
      case "check":
        return "results";
      case "fillVat":
        return "VAT rates";
      case "shareCosts":
        return "shared costs";
      case "proForma":
        return "pro forma lines";
      default:
        return "statement lines";
    }
  };
  const stale = (why: string, p: { action: string; sheet: string }) =>
    `Out of date: ${why}. This is the result of ${p.action} on ${p.sheet} as it was; run it again for a current result.`;
  /** What replaces a sheet of the add-in's that the user edited, and how a question names such sheets. */
  const editedKinds = (kind: "proForma" | "vatStatement") =>
    kind === "proForma"
      ? { sheet: "pro forma sheet", sheets: "pro forma sheets", replacement: "the new pro forma" }
      : { sheet: "VAT deferral sheet", sheets: "VAT deferral sheets", replacement: "the new statement" };

  return {
    title: "Customs Inverse Value",

    /** The texts of taskpane.html, by the key its elements name in data-words. */
    page: {
      sourceHeading: "Shipment data",
      sourceLabel: "Rows to check",
      sourceSheet: "The active sheet (all used cells)",
      sourceSelection: "The selected cells",
      refresh: "Read the sheet again",
      actionsHeading: "Actions",
      actionsHint:
        "Writes only to the add-in's own columns and sheets and to empty VAT rate cells. Each run adds a line to the Audit sheet.",
      cancel: "Cancel",
      shareHeading: "Share shipment costs",
      shareHint:
        "Shares the shipment's invoices over its rows by unit weight × quantity, in cents that add up, and writes the per-unit amounts in the Freight, Last mile and Handling columns (only into empty cells or cells the add-in filled before).",
      shareFreight: "Freight total (within the EU, after import)",
      shareLastMile: "Last mile total",
      shareHandling: "Handling total",
      shareShipment: "Shipment (empty: every row)",
      mappingHeading: "Columns",
      mappingHint:
        "The column the add-in reads for each field. Correct a wrong guess here; the choice is saved in the workbook.",
      mappingReset: "Use the detected columns",
      settingsHeading: "Settings",
      settingsHint: "Saved in the workbook, so a colleague opening it gets the same result.",
      paneLanguage: "Language of the pane",
      paneLanguageAutomatic: "Office's language (automatic)",
      workbookLanguage: "Language of the words written in the workbook",
      /** The test pseudo-locale, offered only while the workbook's language is it (the browser tests). */
      pseudoLocale: "Pseudo-locale (qps-ploc)",
      declarationDate: "Declaration date (empty: today)",
      datePlaceholder: "YYYY-MM-DD",
      tolerance: "Tolerance below the inverse value (EUR per unit)",
      vatDeferral: "VAT deferral (needs the destination's VAT number)",
      offenceLevel: "Offence",
      offence1: "1st offence",
      offence2: "2nd offence",
      offence3: "3rd offence (blacklisting)",
      fineFirst: "Fine, 1st (EUR per HS code)",
      fineSecond: "Fine, 2nd (EUR per HS code)",
      exchangeRates: "Exchange rates, units per EUR (one CUR=RATE per line)",
      dutyRates: "Duty rates by HS code prefix (one PREFIX=RATE per line)",
      vatRates: "Reduced VAT rates by destination and HS code prefix (one CC:PREFIX=RATE per line)",
      channel: "Channel of rows without one",
      channelStock: "Stock (FBA, B2B)",
      channelB2C: "B2C parcels",
      lowValueItemDigits: "A low-value item is a subheading of",
      digits8: "8 digits (CN)",
      digits6: "6 digits (HS)",
      controlledGoods: "Flag goods that need a licence or certificate",
      saveSettings: "Save settings",
      helpHeading: "What do OK, Review, Risk and Error mean?",
      helpOK: "The declared value covers the inverse value customs compute. Nothing to do.",
      helpReview:
        "Look before the shipment leaves: a value to confirm, a link or VAT number to check, or a shipment that another row puts at risk of detention.",
      helpRisk:
        "Under-declared: the declared value is below the inverse value. Customs fine each HS code and may detain the whole shipment.",
      helpError:
        "The row cannot be computed: a value is missing or unreadable. Its Explanation says which and how to fix it.",
      helpFlags:
        "The Flags column in the sheet keeps the codes (for filters and formulas); the Explanation column says them in words.",
      supportLink: "Help and support",
    },

    /** Each action's name, as its button, the status line, the refusals and the Audit sheet say it. */
    actions: {
      fillVat: "Fill VAT rates",
      check: "Check shipment",
      shareCosts: "Share costs",
      proForma: "Pro forma",
      vatStatement: "VAT statement",
    } satisfies Readonly<Record<ActionName, string>>,

    /** A row's status in words, beside its code's colour (the Status column keeps the code). */
    statuses: {
      OK: statuses("OK"),
      REVIEW: statuses("REVIEW"),
      RISK: statuses("RISK"),
      ERROR: statuses("ERROR"),
    } satisfies Readonly<Record<Status, string>>,

    /** The status line at the top of the pane. */
    status: {
      loading: "Loading…",
      readingWorkbook: "Reading the workbook…",
      excelSlow:
        "Excel has not answered yet: it may still be calculating the workbook. The pane reads the sheet as soon as Excel answers.",
      stopped: "The add-in stopped; see the message below.",
      cancelled: "Cancelled.",
      settingsNotSaved: "The settings were not saved: see the message in Settings.",
      settingsSaved: "Settings saved in this workbook.",
      read: (p: { source: string }) => `Read ${p.source}.`,
      ready: (p: { source: string }) => `Ready: ${p.source}. Choose an action.`,
      running: (p: { action: string }) => `${p.action}…`,
      nothingWritten: (p: { action: string }) => `${p.action}: nothing was written.`,
      asks: (p: { action: string }) => `${p.action} asks before writing: see the question beside it.`,
      selectedRow: (p: { row: number; sheet: string }) => `Selected row ${p.row} in ${p.sheet}.`,
      showingSheet: (p: { sheet: string }) => `Showing ${p.sheet}.`,
      notInExcel: "This add-in works inside Excel. Open it from Excel: Home › Check Shipment.",
      waitingForExcel:
        "Still waiting for Excel to start the add-in. Outside Excel nothing will happen: open it from Excel, Home › Check Shipment.",
    },

    /** The progress label of a running action, by phase (ProgressPhase). */
    progress: {
      readingFor: (p: { action: string }) => `${p.action}: reading the sheet…`,
      cancelling: "Cancelling after the part being written…",
      readingSheet: (p: { done: number; total: number }) => `Reading the sheet: ${rowsOf(p)}`,
      writing: (p: { done: number; total: number }) => `Writing: ${rowsOf(p)}`,
      writingResults: (p: { done: number; total: number }) => `Writing results: ${rowsOf(p)}`,
      fillingVatRates: (p: { done: number; total: number }) => `Filling VAT rates: ${rowsOf(p)}`,
      sharingCosts: (p: { done: number; total: number }) => `Sharing costs: ${rowsOf(p)}`,
      writingProForma: (p: { done: number; total: number }) => `Writing pro forma sheets: ${rowsOf(p)}`,
      writingStatement: (p: { done: number; total: number }) =>
        `Writing the VAT deferral statement: ${rowsOf(p)}`,
      readingProForma: (p: { done: number; total: number }) => `Reading the pro forma sheets: ${rowsOf(p)}`,
      readingStatement: (p: { done: number; total: number }) =>
        `Reading the VAT deferral sheet: ${rowsOf(p)}`,
      checking: (p: { done: number; total: number }) => `Checking: ${rowsOf(p)}`,
      summingUp: (p: { done: number; total: number }) => `Summing up: ${rowsOf(p)}`,
    },

    /** Errors the pane says in its own words. */
    errors: {
      cancelledReading: "Cancelled while reading the sheet: nothing was written.",
      excelFailed: (p: { error: string }) =>
        `Excel could not finish the request (${p.error}). Nothing after the last completed step was written; try again, and if it happens again, save the workbook and reopen it.`,
      unexpected: (p: { error: string }) => `Something went wrong: ${p.error}. Nothing more was written.`,
      settingNeedsFixing: (p: { action: string }) =>
        `${p.action} did not run: a setting needs fixing (see Settings).`,
      /** A setting refused by the sheet logic: its message (field, problem, fix) from the engine's catalogue. */
      setting: (p: { message: string }) => `Settings, ${p.message}`,
      noTable: (p: { table: string }) =>
        `There is no table named "${p.table}" any more. Choose the shipment data again.`,
      noSelection: (p: { error: string }) =>
        `Excel could not give the selection (${p.error}). Select one block of cells, the header row included, and try again.`,
      sheetEmpty: (p: { sheet: string }) =>
        `Sheet "${p.sheet}" is empty. Open the shipment sheet (or select its cells) and try again.`,
      oneCell:
        "Only one cell is selected. Select the shipment's header row and rows (or choose the whole sheet), then try again.",
      selectionOutside: (p: { selection: string; sheet: string }) =>
        `The selection (${p.selection}) holds none of the cells in use on sheet "${p.sheet}". Select the shipment's header row and rows (or choose the whole sheet), then try again.`,
      missingValues: (p: { sheet: string; first: number; last: number }) =>
        `Excel answered ${p.first === p.last ? `row ${p.first}` : `rows ${p.first}–${p.last}`} of sheet "${p.sheet}" without their values, also when asked for half as many (Excel on the web does that with a read over its size limit). Nothing was written. Select fewer rows or columns and try again.`,
      /** A sheet the sheet logic cannot read (its problem, in its words), and the cells that were read. */
      unreadable: (p: { problem: string; source: string }) => `${p.problem} (read ${p.source}).`,
    },

    /** Why the result on screen no longer describes the sheet, above it. */
    stale: {
      settings: (p: { action: string; sheet: string }) => stale("the settings changed", p),
      columns: (p: { action: string; sheet: string }) => stale("the columns or the rows to check changed", p),
      otherSheet: (p: { active: string; action: string; sheet: string }) =>
        stale(`${p.active} is the active sheet now`, p),
      unreadable: (p: { action: string; sheet: string }) => stale("the sheet could not be read again", p),
    },

    /** The shipment data: where the rows come from and what the pane found in them. */
    source: {
      table: (p: { table: string }) => `Table ${p.table}`,
      info: (p: { source: string; columns: number; recognised: number }) =>
        `${p.source}: ${f.count(p.columns)} ${one(p.columns) ? "column" : "columns"}, ${f.count(p.recognised)} recognised.`,
      /** The sheet logic's problems with the columns, in its words. */
      problems: (p: { problems: readonly string[] }) => `${p.problems.join("; ")}.`,
      needsColumns: (p: { actions: readonly string[]; columns: readonly string[] }) =>
        `${f.and(p.actions)} ${p.actions.length === 1 ? "needs" : "need"} ${p.columns.map((column) => `a "${column}" column`).join(" and ")}: choose ${p.columns.length === 1 ? "it" : "them"} under Columns.`,
    },

    mapping: {
      notInSheet: "— not in this sheet —",
      header: (p: { header: string; letter: string }) => `${p.header} (${p.letter})`,
    },

    /** Sheet rows in a sentence: "rows 2–9", "row 4", "rows 2, 5 and 8 more". */
    rows: {
      none: "no rows",
      one: (p: { row: number }) => `row ${p.row}`,
      range: (p: { first: number; last: number }) => `rows ${f.count(p.first)}–${f.count(p.last)}`,
      list: (p: { rows: readonly string[]; more: number }) =>
        p.more > 0 ? `rows ${p.rows.join(", ")} and ${f.count(p.more)} more` : `rows ${p.rows.join(", ")}`,
    },

    /** An action's questions before it writes over the user's work, and their answers. */
    questions: {
      notNow: "Not now",
      typedCell: (p: { address: string; text: string }) => `${p.address} ("${p.text}")`,
      typedCells: (p: { cells: number; columns: readonly string[]; named: readonly string[] }) => {
        const where = `${p.columns.length === 1 ? "column" : "columns"} ${quoted(p.columns)}`;
        const more = p.cells > p.named.length ? ` and ${f.count(p.cells - p.named.length)} more` : "";
        return one(p.cells)
          ? `A cell of the add-in's ${where} was typed into since its last run: ${p.named.join(", ")}. Check shipment would write its result over it. Keep it as it is (the add-in writes every other cell), or overwrite it?`
          : `${f.count(p.cells)} cells of the add-in's ${where} were typed into since its last run: ${p.named.join(", ")}${more}. Check shipment would write its results over them. Keep them as they are (the add-in writes every other cell), or overwrite them?`;
      },
      keepTyped: (p: { cells: number }): string => (one(p.cells) ? "Keep my cell" : "Keep my cells"),
      overwriteTyped: (p: { cells: number }): string => (one(p.cells) ? "Overwrite it" : "Overwrite them"),
      editedCell: (p: { address: string; text: string }) => `${p.address} "${p.text}"`,
      editedSheet: (p: { sheet: string; cells: readonly string[] }) =>
        `"${p.sheet}"${p.cells.length === 0 ? "" : ` (${p.cells.join(", ")})`}`,
      /** Sheets of the add-in's (kind: proForma or vatStatement) that the user edited since it wrote them. */
      editedSheets: (p: {
        kind: "proForma" | "vatStatement";
        sheets: readonly string[];
        kept: readonly string[];
      }) => {
        const kind = editedKinds(p.kind);
        return p.sheets.length === 1
          ? `The ${kind.sheet} ${p.sheets[0]} was changed since the add-in wrote it. Keep your sheet (renamed "${p.kept[0]}") and write ${kind.replacement} beside it, or replace it?`
          : `${f.count(p.sheets.length)} ${kind.sheets} were changed since the add-in wrote them: ${p.sheets.map((sheet, index) => `${sheet}, kept as "${p.kept[index]}"`).join("; ")}. Keep your sheets under those names and write ${kind.replacement} beside them, or replace them?`;
      },
      keepSheets: (p: { sheets: number }): string => (one(p.sheets) ? "Keep my sheet" : "Keep my sheets"),
      replaceSheets: (p: { sheets: number }): string => (one(p.sheets) ? "Replace it" : "Replace them"),
      keptEdited: (p: { kept: readonly string[] }) =>
        one(p.kept.length)
          ? `Kept your edited sheet as ${quoted(p.kept)}; the add-in will not touch it again.`
          : `Kept your edited sheets as ${quoted(p.kept)}; the add-in will not touch them again.`,
    },

    /** Why the add-in refuses to write into a column it has no record of writing. */
    ownership: {
      formulasInColumn: (p: { letter: string; header: string; rows: string; action: string }) =>
        `Column ${p.letter} "${p.header}" holds formulas (${p.rows}) that the add-in did not write, so it wrote nothing. Rename or move that column, then run ${p.action} again.`,
      dataInColumn: (p: { letter: string; header: string; action: string }) =>
        `Column ${p.letter} "${p.header}" already holds data the add-in did not write, so the add-in wrote nothing. To keep those values, rename or move that column; if they can go, clear the column's cells. Then run ${p.action} again.`,
      formulasInCells: (p: { letter: string; header: string; rows: string }) =>
        `Column ${p.letter} "${p.header}" has formulas in ${p.rows}; the add-in never overwrites a formula, so it wrote nothing. Clear those cells or share the costs by hand.`,
      valuesInCells: (p: { letter: string; header: string; rows: string }) =>
        `Column ${p.letter} "${p.header}" already has values in ${p.rows} that the add-in did not write, so it wrote nothing. Clear those cells if the shared costs should replace them, then run Share costs again.`,
    },

    /** A write that stopped before the end: in the result, and (audit*) in the Audit line and the result's heading. */
    stopped: {
      cancelled: (p: { action: ActionName; done: number; planned: number }) =>
        `You cancelled: ${written(p.action)} went into ${f.count(p.done)} of ${f.count(p.planned)} rows; the other rows were not written. The add-in recorded what it wrote, so running the action again finishes the job.`,
      byExcel: (p: { action: ActionName; error: string; done: number; planned: number }) =>
        `Excel stopped the write (${p.error}): ${written(p.action)} went into ${f.count(p.done)} of ${f.count(p.planned)} rows; the other rows were not written. The add-in recorded what it wrote, so running the action again finishes the job.`,
      auditCancelled: (p: { done: number; planned: number }) =>
        `cancelled: ${f.count(p.done)} of ${f.count(p.planned)} rows written`,
      auditByExcel: (p: { done: number; planned: number }) =>
        `stopped by Excel: ${f.count(p.done)} of ${f.count(p.planned)} rows written`,
    },

    /** The Audit line's Source: the rows read and the run, in the workbook's language. */
    audit: {
      source: (p: { source: string; run: string }) => `${p.source} (${p.run})`,
      stoppedRun: (p: { action: string; note: string }) => `${p.action}; ${p.note}`,
      shareCostsOf: (p: { shipment: string }) => `Share costs ${p.shipment}`,
      /** The name an edited sheet of the add-in's is kept under, in the workbook. */
      editedSheetName: (p: { sheet: string }) => `${p.sheet} (edited)`,
    },

    check: {
      updatedInPlace: (p: { rows: number; source: string; first: string; last: string }) =>
        `Checked ${rows(p.rows)} of ${p.source}. Updated the columns ${p.first}–${p.last} in place.`,
      wroteColumns: (p: {
        rows: number;
        source: string;
        letters: readonly string[];
        headers: readonly string[];
      }) =>
        `Checked ${rows(p.rows)} of ${p.source}. Wrote the results in columns ${p.letters.join(", ")} (${p.headers.join(", ")}).`,
      keptTyped: (p: { cells: number }) =>
        one(p.cells)
          ? `Left ${f.count(p.cells)} cell you typed into the add-in's columns as it is: the add-in will not write over it while it holds what you typed.`
          : `Left ${f.count(p.cells)} cells you typed into the add-in's columns as they are: the add-in will not write over them while they hold what you typed.`,
    },

    vat: {
      refreshed: (p: { count: number }) =>
        `Worked out again ${f.count(p.count)} ${one(p.count) ? "VAT rate" : "VAT rates"} the add-in had filled before: the row's destination or date, or the declaration date, has changed since.`,
      cleared: (p: { count: number }) =>
        `Cleared ${f.count(p.count)} ${one(p.count) ? "VAT rate" : "VAT rates"} the add-in had filled before: the row no longer gives a rate (its explanation says why).`,
      nothingToFill:
        "No empty VAT rate cells to fill: every row has a rate (or no destination the rate can come from).",
      nothingToFillOwnRight:
        "No empty VAT rate cells to fill, and the rates the add-in filled before are still the right ones.",
      filled: (p: { count: number; column: string }) =>
        `Filled ${f.count(p.count)} empty VAT rate ${one(p.count) ? "cell" : "cells"} in column ${p.column} with the standard rate of the destination on the row's date (or the declaration date). Rates you typed were left as they were.`,
      addedColumn: (p: { header: string; column: string }) => `Added the column "${p.header}" (${p.column}).`,
      /** A row left empty and why (the sheet logic's reason). */
      rowNotFilled: (p: { row: number; reason: string }) => `Row ${p.row}: ${p.reason}`,
      rowFormula: (p: { row: number }) =>
        `Row ${p.row}: the VAT rate cell holds a formula; the add-in left it alone.`,
      notFilled: (p: { rows: readonly string[]; more: number }) =>
        `Not filled: ${p.rows.join(" ")}${p.more > 0 ? ` And ${f.count(p.more)} more.` : ""}`,
    },

    share: {
      /** The totals' fields as a refusal of what was typed names them. */
      freightTotal: "Freight total",
      lastMileTotal: "Last mile total",
      handlingTotal: "Handling total",
      totals: "Shipment totals",
      notShared: (p: { problems: readonly string[]; more: number }) =>
        `The costs were not shared: ${p.problems.join("; ")}${p.more > 0 ? `; and ${f.count(p.more)} more` : ""}.`,
      cost: (p: { header: string; amount: number }) => `${p.header} ${f.money(p.amount)}`,
      shared: (p: { costs: readonly string[]; rows: string }) =>
        `Shared ${p.costs.join(", ")} over ${p.rows} by unit weight × quantity, in cents that add up to the totals.`,
      sharedInShipment: (p: { costs: readonly string[]; rows: string; shipment: string }) =>
        `Shared ${p.costs.join(", ")} over ${p.rows} of shipment ${p.shipment} by unit weight × quantity, in cents that add up to the totals.`,
      column: (p: { header: string; letter: string }) => `${p.header} (${p.letter})`,
      wrote: (p: { columns: readonly string[] }) =>
        `Wrote the per-unit amounts in ${p.columns.join(", ")}. Run Check shipment to see their effect.`,
    },

    /** How the sheets the add-in writes whole are printed, and the settings Excel did not keep. */
    print: {
      atFullSize: "A4 landscape at 100 %, header row on every page.",
      onePageWide: "A4 landscape, one page wide, header row on every page.",
      mixed: (p: { fullSize: readonly string[]; onePageWide: readonly string[] }) =>
        `A4 landscape, header row on every page; at 100 %: ${p.fullSize.join(", ")}; one page wide: ${p.onePageWide.join(", ")}.`,
      a4: "A4",
      landscape: "landscape",
      fullSize: "100 %",
      pageWide: "one page wide",
      /** Where Excel sets each (the names of Excel's own menus). */
      sizeMenu: "Page Layout > Size",
      orientationMenu: "Page Layout > Orientation",
      scaleMenu: "Page Layout > Scale to Fit",
      notKept: (p: { setting: string; sheets: readonly string[]; menu: string }) =>
        `Excel did not keep the print setting '${p.setting}' on ${one(p.sheets.length) ? "sheet" : "sheets"} ${p.sheets.join(", ")}: set it in ${p.menu} before printing.`,
    },

    proForma: {
      created: (p: { sheets: readonly string[]; print: string }) =>
        `Created ${f.count(p.sheets.length)} pro forma ${one(p.sheets.length) ? "sheet" : "sheets"}: ${p.sheets.join(", ")}. ${p.print}`,
      createdOrReplaced: (p: { sheets: readonly string[]; print: string }) =>
        `Created or replaced ${f.count(p.sheets.length)} pro forma ${one(p.sheets.length) ? "sheet" : "sheets"}: ${p.sheets.join(", ")}. ${p.print}`,
      nameTaken: (p: { wanted: readonly string[]; used: readonly string[] }) =>
        `A sheet of yours already had the name ${quoted(p.wanted)}; it was left alone and the pro forma went to ${quoted(p.used)}.`,
      leftOut: (p: { rows: string }) =>
        `Left out because of errors (fix them and run Pro forma again): ${p.rows}.`,
    },

    vatStatement: {
      created: (p: { sheet: string; lines: number; print: string }) =>
        `Created the VAT deferral statement on sheet "${p.sheet}": ${f.count(p.lines)} ${one(p.lines) ? "line" : "lines"} by shipment, VAT regime, destination and VAT rate, with the totals by regime. ${p.print}`,
      replaced: (p: { sheet: string; lines: number; print: string }) =>
        `Replaced the VAT deferral statement on sheet "${p.sheet}": ${f.count(p.lines)} ${one(p.lines) ? "line" : "lines"} by shipment, VAT regime, destination and VAT rate, with the totals by regime. ${p.print}`,
      nameTaken: (p: { wanted: string; used: string }) =>
        `A sheet of yours already had the name "${p.wanted}"; it was left alone and the statement went to "${p.used}".`,
      leftOut: (p: { rows: string }) =>
        `Left out because their import VAT could not be worked out (fix them and run VAT statement again): ${p.rows}.`,
    },

    /** The result of an action: the summary, the flagged rows, the status line and the heading. */
    result: {
      proFormaSheets: "Pro forma sheets",
      goTo: (p: { sheet: string }) => `Go to ${p.sheet}`,
      summary: "Summary",
      rowsByStatus: "Rows by status",
      /** A status tile's count of rows. */
      tileCount: (p: { count: number }) => f.count(p.count),
      sheetNotes: "Rows and columns",
      showWholeList: (p: { count: number }) => `Show all ${f.count(p.count)}`,
      noRowsFlagged: "No rows flagged",
      rowsToLookAt: (p: { count: number }) => `Rows to look at (${f.count(p.count)})`,
      skipFlagged: "Skip the flagged rows",
      chooseRow: "Choose a row to select it in the sheet.",
      filterLabel: "Show rows by status",
      filterAll: (p: { count: number }) => `All (${f.count(p.count)})`,
      filterStatus: (p: { status: Status; count: number }) => `${statuses(p.status)} (${f.count(p.count)})`,
      section: (p: { status: Status; count: number }) => `${statuses(p.status)} (${f.count(p.count)})`,
      shipment: (p: { shipment: string }) => `Shipment ${p.shipment}`,
      shipmentAtRisk: (p: { shipment: string }) => `Shipment ${p.shipment} (at risk of detention)`,
      noShipment: "No shipment",
      /** A shipment's rows at risk of detention: `listed` row numbers named, `more` beyond them. */
      detention: (p: { shipment: string; count: number; listed: readonly string[]; more: number }) =>
        `Shipment ${p.shipment}: ${rows(p.count)} at risk of detention with it (${one(p.count) ? "row" : "rows"} ${p.listed.join(", ")}${p.more > 0 ? ` and ${f.count(p.more)} more` : ""}).`,
      detentionOnly: (p: { count: number }) =>
        one(p.count)
          ? `${f.count(p.count)} more row is flagged only because a row of its shipment is at risk: see its shipment under Risk.`
          : `${f.count(p.count)} more rows are flagged only because a row of their shipment is at risk: see their shipment under Risk.`,
      showing: (p: { shown: number; total: number }) => `Showing ${f.count(p.shown)} of ${f.count(p.total)}.`,
      showMore: (p: { count: number }) => `Show ${f.count(p.count)} more`,
      showAll: (p: { count: number }) => `Show all ${f.count(p.count)}`,
      restInSheet: "Filter the Status column in the sheet to see them all.",
      row: (p: { row: number }) => `Row ${p.row}`,
      checked: (p: { rows: number; counts: readonly string[] }) =>
        `Checked ${rows(p.rows)}: ${p.counts.join(", ")}.`,
      statusCount: (p: { status: Status; count: number }) =>
        `${f.count(p.count)} ${p.status === "OK" ? "OK" : statuses(p.status).toLowerCase()}`,
      done: (p: { action: string }) => `${p.action} done: the result is below.`,
      stopped: (p: { action: string; note: string }) => `${p.action} ${p.note}; see the result below.`,
      stoppedHeading: (p: { action: string; note: string }) => `Result: ${p.action} (${p.note})`,
      heading: (p: { action: string }) => `Result: ${p.action}`,
    },
  };
}) satisfies Catalogue<unknown>;

export type PaneWords = ReturnType<typeof en>;
