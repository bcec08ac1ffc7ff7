/**
 * The command line's words in English: the help, every message on stderr, the text summary, the progress bar and
 * the rows the CLI writes into the checked workbook's Summary sheet (the sheet layer writes the rest of the
 * workbook, src/sheet/lang). Each other language is a table of this one's type (fr.ts, nl.ts, de.ts, zh.ts);
 * docs/glossary.md has the domain's words in each. An entry with parameters takes one object of plain values
 * (text, numbers, lists of text) and formats them itself with the language's formats (`f`), so a translation can
 * put them where its grammar wants them. Option names (--out), file names, sheet names, status and flag codes
 * and "customs-check" stay as they are in every language: they are what the user types or reads in the JSON.
 */
import type { Catalogue } from "../../engine";

export const en = ((f) => ({
  /** customs-check --help. Descriptions start in column 24; an option too long for its column has them below. */
  usage: (p: { firstFine: number; secondFine: number }) => `Usage: customs-check FILE [options]
       npm run check -- FILE [options]

Checks a shipment sheet (.xlsx or .csv) the way Belgian customs value e-commerce imports (the inverse
value from the marketplace price) and writes the checked workbook FILE.checked.xlsx next to it: the sheet
with Inverse value, Declaration ratio, Duty, Status, Flags and Explanation, a Summary, Pro forma
breakdowns and an Audit sheet. The input file is never changed.

Options:
  --sheet NAME         worksheet to check in an .xlsx file (default: the first visible one)
  --out FILE           where to write the checked workbook (.xlsx; never the input file). A file
                       already there is replaced only when it is a workbook this checker wrote
  --force              replace the --out file (or FILE.checked.xlsx) even when this checker did
                       not write it (a read-only file is never replaced)
  --json               print one JSON document (rows and summary) instead of the text summary
  --jsonl              print the JSON report as lines instead: one object per row, then
                       {"summary": …}; both are written to stdout as the rows are checked
  --date YYYY-MM-DD    declaration date: picks the VAT rates (default: today)
  --offence 1|2|3      offence level for the fine exposure (1: EUR ${f.count(p.firstFine)}, 2: EUR ${f.count(p.secondFine)} per HS code,
                       3: blacklisting, no amount; default 1)
  --tolerance X        EUR per unit a declared value may be below the inverse value (default 0)
  --no-vat-deferral    VAT deferral not used: no VAT number required
  --fx CUR=RATE        customs exchange rate in units per EUR, e.g. --fx SEK=11.39 (repeatable)
  --vat-rate CC:PREFIX=RATE
                       reduced VAT rate by destination and HS code prefix, e.g. --vat-rate DE:4901=7%
                       (repeatable; the longest prefix wins; a row's own VAT rate still wins over it)
  --channel stock|b2c  channel of rows without a Channel cell: stock (own stock, FBA, B2B: the normal
                       duty; the default) or b2c (parcels sold to consumers: the EUR 3 low-value duty)
  --low-value-item 8|6 digits of the tariff subheading that make one item of the EUR 3 low-value duty:
                       8 (the CN subheading, the default) or 6 (the HS subheading)
  --no-controlled-goods
                       goods that need a licence, a certificate or a declaration are not flagged
  --lang en|fr|nl|de|zh
                       language of the text summary, the messages, the checked workbook's words and
                       the --json explanations: English, French, Dutch, German or Simplified Chinese
                       (default: the system's language from LC_ALL, LC_MESSAGES or LANG, else English;
                       JSON keys, flags and exit statuses are the same in every language)
  --help               this text

Exit status: 0 the check completed and no row is at RISK or ERROR; 1 some rows are at RISK or ERROR;
2 the check did not complete (a usage or file problem, said in one line on stderr; no workbook is
written); 130 or 143 interrupted by Ctrl-C (SIGINT) or SIGTERM (the unfinished workbook is removed).`,

  /** Problems with the command line itself (options.ts): exit 2, one line on stderr. */
  command: {
    unknownOption: (p: { option: string }) =>
      `Unknown option ${p.option}. Run customs-check --help for the options`,
    takesNoValue: (p: { option: string }) =>
      `${p.option} takes no value. Run customs-check --help for the options`,
    needsDashedValue: (p: { option: string }) =>
      `${p.option} needs a value; for a value that starts with "-" write ${p.option}=VALUE`,
    needsValue: (p: { option: string }) =>
      `${p.option} needs a value. Run customs-check --help for the options`,
    /** Any other problem node:util finds, in its (English) words. */
    otherProblem: (p: { problem: string }) => `${p.problem}. Run customs-check --help for the options`,
    noFile: "No file given. Usage: customs-check FILE [options] (--help for the options)",
    oneFileAtATime: (p: { files: readonly string[] }) =>
      `One file at a time: got ${p.files.map((name) => `"${name}"`).join(", ")}. Run customs-check --help for the options`,
    emptyDate: "--date is empty: give the declaration date as YYYY-MM-DD, or leave --date out for today",
    offenceChoice: (p: { value: string }) => `--offence ${p.value}: choose offence 1, 2 or 3`,
    fxForm: (p: { value: string }) =>
      `--fx ${p.value}: write the customs rate as CUR=RATE in units per EUR, e.g. --fx SEK=11.39`,
    fxTwice: (p: { currency: string; first: string; second: string }) =>
      `--fx ${p.currency} is given twice (${p.first} and ${p.second}): give one rate per currency`,
    vatRateTwice: (p: { key: string; first: string; second: string }) =>
      `--vat-rate ${p.key} is given twice (${p.first} and ${p.second}): give one rate per destination and prefix`,
    emptyChannel: "--channel is empty: choose stock or b2c, or leave --channel out for stock",
    emptyLanguage:
      "--lang is empty: choose en, fr, nl, de or zh, or leave --lang out for the language of the system",
    outIsInput: (p: { out: string }) =>
      `--out ${p.out} is the input file: the checked workbook never overwrites the input; choose another name`,
    outNotXlsx: (p: { out: string }) =>
      `--out ${p.out}: the checked workbook is an .xlsx file; give a name ending in .xlsx`,
    sheetOfCsv: (p: { sheet: string }) =>
      `--sheet ${p.sheet}: a .csv file has one sheet; --sheet is for .xlsx workbooks`,
    jsonAndJsonl:
      "--json and --jsonl both given: choose one (--json prints one document, --jsonl one line per row)",
  },

  /** A file already at the output path (--out given, or the default FILE.checked.xlsx), and writing it. */
  output: {
    givenIsFolder: (p: { out: string }) => `--out ${p.out} is a folder: give a file name ending in .xlsx`,
    defaultIsFolder: (p: { out: string }) =>
      `${p.out} (the default output) is a folder: give a file name ending in .xlsx`,
    givenReadOnly: (p: { out: string }) =>
      `--out ${p.out} already exists and is read-only, so it is not replaced: choose another --out name`,
    defaultReadOnly: (p: { out: string }) =>
      `${p.out} (the default output) already exists and is read-only, so it is not replaced: move it away or choose --out`,
    givenNotOurs: (p: { out: string }) =>
      `--out ${p.out} already exists and is not a workbook this checker wrote: choose another --out name, or add --force to replace it`,
    defaultNotOurs: (p: { out: string }) =>
      `${p.out} (the default output) already exists and is not a workbook this checker wrote: move it away or choose --out, or add --force to replace it`,
    /** `problem` is one of the reasons below, or the system's own words. */
    cannotWrite: (p: { out: string; problem: string }) =>
      `Cannot write the checked workbook ${p.out}: ${p.problem}`,
    noFolder: (p: { folder: string }) => `the folder ${p.folder} does not exist`,
    permissionDenied: "permission denied (is the file open in Excel, or the folder read-only?)",
    isFolder: "it is a folder",
    diskFull: "the disk is full",
  },

  /** Reading the input file (input.ts): a file that is not there, not a spreadsheet, empty. */
  input: {
    notFound: (p: { file: string }) => `File not found: ${p.file}`,
    /** `problem` is the system's own words. */
    cannotRead: (p: { file: string; problem: string }) => `Cannot read ${p.file}: ${p.problem}`,
    isFolder: (p: { file: string }) => `${p.file} is a folder, not a spreadsheet: give an .xlsx or .csv file`,
    empty: (p: { file: string }) => `${p.file} is empty`,
    emptySheet: (p: { file: string; sheet: string }) => `Sheet "${p.sheet}" of ${p.file} is empty`,
    oldOrProtected: (p: { file: string }) =>
      `${p.file} is an Excel 97-2003 workbook or a password-protected one: save it in Excel as an .xlsx workbook without a password`,
    /** `kind` is one of `kinds` below. */
    notAWorkbookButKind: (p: { file: string; kind: string }) =>
      `${p.file} is not an Excel workbook (it is ${p.kind})`,
    notAWorkbook: (p: { file: string }) =>
      `${p.file} is not an Excel workbook (an .xlsx file is a zip archive; this one is not)`,
    xls: (p: { file: string }) =>
      `${p.file} is an Excel 97-2003 workbook: save it in Excel as .xlsx (or as CSV) and check that`,
    otherSpreadsheet: (p: { file: string }) =>
      `${p.file}: save it as an .xlsx workbook or a .csv file and check that`,
    unknownType: (p: { file: string; extension: string }) =>
      `${p.file}: unknown file type "${p.extension}"; give an .xlsx workbook or a .csv file`,
    noExtension: (p: { file: string }) =>
      `${p.file}: unknown file type; give an .xlsx workbook or a .csv file`,
    utf16WithoutBom: (p: { file: string }) =>
      `${p.file} looks like UTF-16 text without a byte order mark, which cannot be read safely: save it from Excel as "CSV UTF-8" or "Unicode Text"`,
    notCsvButKind: (p: { file: string; kind: string }) =>
      `${p.file} is not a CSV text file (it is ${p.kind})`,
    notCsv: (p: { file: string }) => `${p.file} is not a CSV text file`,
    /** `reason` is one of the reasons below, of `workbook.zip`, or the reader's own (English) words. */
    unreadableWorkbook: (p: { file: string; reason: string }) =>
      `${p.file} could not be read as an Excel workbook: ${p.reason}`,
    cutShort: "the file is cut short (an incomplete download or copy?)",
    notValidZip: "it is not a valid zip archive",
    /** What a file is by its first bytes, for "it is …". */
    kinds: {
      png: "a PNG image",
      jpeg: "a JPEG image",
      pdf: "a PDF document",
      gif: "a GIF image",
      gzip: "a gzip archive",
      zip: "a zip archive or an .xlsx workbook",
    },
    /** A sheet as the messages and the Audit sheet's Source name it. */
    sheetOfFile: (p: { file: string; sheet: string }) => `${p.file}, sheet "${p.sheet}"`,
    /** A problem of the sheet (the sheet layer's words) at its file or sheet. */
    problemAt: (p: { source: string; problem: string }) => `${p.source}: ${p.problem}`,
    changedWhileRead: (p: { file: string }) =>
      `${p.file} changed while it was being checked (it is read twice: once for its layout and shipments, once to check and copy its rows). Check it again once nothing writes to it`,
  },

  /** CSV text that cannot be read without losing rows (csv.ts); `line` is the file's line, as an editor numbers it. */
  csv: {
    /** A CSV problem (below) in its file. */
    inFile: (p: { file: string; problem: string }) => `${p.file}, ${p.problem}`,
    unclosedQuoteLine: (p: { line: number }) =>
      `line ${p.line}: a field opens with a quote (") that is never closed, so the rest of the line would be read as one cell. Add the closing quote, or write a quote inside a field as two ("")`,
    unclosedQuoteFile: (p: { line: number; rest: number }) =>
      `line ${p.line}: a field opens with a quote (") that is never closed, so the rest of the file (${f.count(p.rest)} more ${f.plural(p.rest) === "one" ? "line" : "lines"}) would be read as one cell. Add the closing quote, or write a quote inside a field as two ("")`,
    misplacedQuote: (p: { line: number; closes: number }) =>
      `line ${p.line}: a field opens with a quote (") that only closes on line ${p.closes}, in the middle of other text, so the lines between would be read as one cell. Add the closing quote on line ${p.line}, or write a quote inside a field as two ("")`,
    longCell: (p: { line: number; length: number; limit: number }) =>
      `line ${p.line}: a field of ${f.count(p.length)} characters starts here, more than the ${f.count(p.limit)} Excel holds in a cell; usually a quote (") closes far too late. Check the quotes from that line on`,
    /** `value` is the first value beyond the header (cut short), `column` its column (1-based), `more` the others. */
    valuesBeyondHeader: (p: {
      line: number;
      values: number;
      headers: number;
      value: string;
      column: number;
      more: number;
    }) =>
      `line ${p.line}: ${f.count(p.values)} values under ${f.count(p.headers)} column headers: "${p.value}", the ${ordinal(p.column)},${p.more === 0 ? " has" : ` and ${f.count(p.more)} more have`} no header. A number with a decimal comma in a comma-separated file (12,99) is read as two values and moves the rest of the line one column to the right. Put such numbers in quotes ("12,99"), save the file with semicolons as separator, or give the extra column a header`,
  },

  /** Reading an .xlsx workbook (xlsx/workbook-reader.ts, xlsx/zip-directory.ts). */
  workbook: {
    noWorksheets: (p: { file: string }) => `${p.file} has no worksheets: is it an Excel workbook?`,
    noWorkbookInside: (p: { file: string }) => `${p.file} has no workbook inside: is it an Excel workbook?`,
    noSuchSheet: (p: { file: string; wanted: string; sheets: readonly string[] }) =>
      `No sheet "${p.wanted}" in ${p.file}: ${f.plural(p.sheets.length) === "one" ? "its sheet is" : "its sheets are"} ${p.sheets.map((name) => `"${name}"`).join(", ")}`,
    /** `part` is one of `parts` below. */
    readingStopped: (p: { file: string; part: string }) =>
      `${p.file} could not be read as an Excel workbook: the reading stopped before the end of ${p.part}. Open it in Excel, which offers to repair a damaged workbook, save it and check it again`,
    partDamaged: (p: { file: string; part: string; reason: string }) =>
      `${p.file} could not be read as an Excel workbook: ${p.part} is damaged: ${p.reason}. Open it in Excel, which offers to repair a damaged workbook, save it and check it again`,
    partMethod: (p: { file: string; part: string; method: number }) =>
      `${p.file} could not be read as an Excel workbook: ${p.part} is compressed with method ${p.method}, which Excel does not use. Open it in Excel, which offers to repair a damaged workbook, save it and check it again`,
    /** A part of the workbook in words: 'the part xl/worksheets/sheet1.xml (sheet "Shipment")'. */
    parts: {
      part: (p: { part: string }) => `the part ${p.part}`,
      partAbout: (p: { part: string; about: string }) => `the part ${p.part} (${p.about})`,
      sharedStrings: "the cell texts",
      styles: "the cell formats",
      workbook: "the list of sheets",
      workbookLinks: "the list of the workbook's parts",
      aSheet: "a sheet",
      sheet: (p: { sheet: string }) => `sheet "${p.sheet}"`,
      linksOfASheet: "the links of a sheet",
      linksOfSheet: (p: { sheet: string }) => `the links of sheet "${p.sheet}"`,
    },
    /** Why a zip file or one of its parts cannot be read. */
    zip: {
      cutShort: "the file is cut short (an incomplete download or copy?)",
      noDirectory: "the file is cut short or is not a zip archive (no central directory)",
      directoryDamaged: "the zip directory is damaged",
      dataDamaged: "its compressed data cannot be unpacked",
      checksum: "its content does not match the checksum stored with it",
    },
  },

  /** The check as it runs (main.ts, evaluate.ts): a check that stops, an interruption, a defect. */
  run: {
    stalledStarting: (p: { file: string }) =>
      `${p.file}: the check stopped before it finished (while starting); no checked workbook was written. If it is a workbook, open it in Excel, save it and check it again`,
    stalledReading: (p: { file: string }) =>
      `${p.file}: the check stopped before it finished (while reading the file); no checked workbook was written. If it is a workbook, open it in Excel, save it and check it again`,
    stalledChecking: (p: { file: string; out: string }) =>
      `${p.file}: the check stopped before it finished (while checking the rows and writing ${p.out}); no checked workbook was written. If it is a workbook, open it in Excel, save it and check it again`,
    neverFinished: "the check stopped before it finished; no checked workbook was written",
    interrupted: (p: { signal: string }) => `interrupted (${p.signal}): the check did not finish`,
    interruptedRemoved: (p: { signal: string }) =>
      `interrupted (${p.signal}): the check did not finish; the unfinished workbook was removed`,
    /** `problem` is the defect's own (English) words. */
    internalError: (p: { problem: string }) => `internal error, please report it: ${p.problem}`,
    workerStopped: (p: { code: number }) => `the evaluation thread stopped (exit code ${p.code})`,
  },

  /**
   * The text summary on stdout. `labels` stand in a column as wide as the widest of them (computed, so a
   * translation's longer labels keep the values aligned); the value follows on the same line.
   */
  summary: {
    checked: (p: { file: string; rows: number; headerRow: number }) =>
      `Checked ${p.file}: ${f.count(p.rows)} ${f.plural(p.rows) === "one" ? "row" : "rows"}, header on row ${p.headerRow}`,
    checkedSheet: (p: { file: string; sheet: string; rows: number; headerRow: number }) =>
      `Checked ${p.file}, sheet "${p.sheet}": ${f.count(p.rows)} ${f.plural(p.rows) === "one" ? "row" : "rows"}, header on row ${p.headerRow}`,
    labels: {
      status: "Status",
      fineExposure: "Fine exposure",
      outstandingDuty: "Outstanding duty",
      shipmentsExposed: "Shipments exposed",
      importVat: "Import VAT",
      lowValueDuty: "Low-value duty",
      reducedVat: "Reduced VAT",
      licences: "Licences",
      ignoredColumns: "Ignored columns",
      notUsed: "Not used",
      cellsCleaned: "Cells cleaned",
      hiddenRows: "Hidden rows",
      rowsAndColumns: "Rows and columns",
      settings: "Settings",
      checkedWorkbook: "Checked workbook",
    },
    /** A status and its count; the code stays as it is (the Status column and the JSON write it so). */
    statusCount: (p: { status: string; count: number }) => `${p.status} ${f.count(p.count)}`,
    /** Under the fine exposure: the under-declared HS codes, as the sheet layer lists them. */
    hsCodes: (p: { codes: string }) => `HS codes ${p.codes}`,
    /** Import VAT by regime, under one label; `amount` as the sheet layer writes it, with its detail. */
    importVatPaid: (p: { amount: string }) => `paid at import: ${p.amount}`,
    importVatDeferred: (p: { amount: string }) => `deferred (ET 14.000): ${p.amount}`,
    importVatExempt: (p: { amount: string }) => `exempt (procedure 42): ${p.amount}`,
    ignoredColumns: (p: { columns: readonly string[] }) =>
      `${p.columns.join(", ")} (costs customs do not deduct)`,
    columns: (p: { columns: readonly string[] }) => p.columns.join(", "),
    notableAll: "RISK and ERROR rows:",
    notableFirst: (p: { shown: number; total: number }) =>
      `RISK and ERROR rows (first ${f.count(p.shown)} of ${f.count(p.total)}):`,
    /** A row at RISK or ERROR: its flags as codes, its explanation in the checked workbook's words. */
    notableRow: (p: {
      row: number;
      sku: string;
      status: string;
      flags: readonly string[];
      explanation: string;
    }) =>
      `row ${p.row}${p.sku === "" ? "" : ` ${p.sku}`}: ${p.status} ${p.flags.join(", ")}. ${p.explanation}`,
  },

  /** Lines of both summaries (the text and the Summary sheet). */
  checkedSheetSplit: (p: { sheets: readonly string[]; rows: number }) =>
    `the checked sheet is split over ${f.count(p.sheets.length)} sheets of at most ${f.count(p.rows)} rows (${p.sheets.join(", ")}), each beginning with the header row`,
  proFormaSplit: (p: { sheets: readonly string[]; rows: number }) =>
    `the pro forma is split over ${f.count(p.sheets.length)} sheets of at most ${f.count(p.rows)} rows (${p.sheets.join(", ")}), each beginning with its column headers`,
  cleanedCells: (p: { cells: readonly string[]; more: number }) =>
    `${p.cells.join(", ")}${p.more > 0 ? ` and ${f.count(p.more)} more` : ""} (characters Excel cannot store were removed)`,
  /** `rows` are the first few row numbers, `count` how many there are in all. */
  hiddenRows: (p: { rows: readonly string[]; count: number; more: number }) =>
    `${f.plural(p.count) === "one" ? "row" : "rows"} ${p.rows.join(", ")}${p.more > 0 ? ` and ${f.count(p.more)} more` : ""} (hidden in the input, still hidden in the checked workbook)`,

  /** The rows the CLI writes into the checked workbook's Summary sheet (the figures are the sheet layer's). */
  summarySheet: {
    title: (p: { file: string }) => `Customs check: ${p.file}`,
    file: "File",
    sheet: "Sheet",
    format: "Format",
    csvTab: "CSV, separator tab",
    csvSeparator: (p: { separator: string }) => `CSV, separator "${p.separator}"`,
    checkedAt: "Checked at",
    headerRow: "Header row",
    unmappedColumns: "Unmapped columns",
    columnsRead: "Columns read",
    settings: "Settings",
    vatTable: "VAT table",
    proForma: "Pro forma",
    vatDeferral: "VAT deferral",
    rowsAndColumns: "Rows and columns",
    cellsCleaned: "Cells cleaned",
    hiddenRows: "Hidden rows",
    notes: "Notes",
    notesText:
      "Amounts in EUR. The checked sheet holds the input's values (formulas as their results); other sheets of the input are not copied. The input file is unchanged.",
    list: (p: { items: readonly string[] }) => (p.items.length === 0 ? "none" : p.items.join(", ")),
  },

  /** The progress bar on stderr (a terminal only): the phase, and what its numbers count. */
  progress: {
    reading: "Reading",
    checking: "Checking",
    kilobytes: "kB",
    rows: "rows",
    perSecond: "rows/s",
    timeLeft: "left",
  },
})) satisfies Catalogue<unknown>;

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? "st"
      : n % 10 === 2 && n % 100 !== 12
        ? "nd"
        : n % 10 === 3 && n % 100 !== 13
          ? "rd"
          : "th";
  return `${n}${suffix}`;
}

export type CliWords = ReturnType<typeof en>;
