/**
 * The command line's words in German (see en.ts), in the words of the German Zoll and of the accountants and
 * forwarders who clear goods with it (docs/glossary.md), formal ("Sie") as in src/engine/lang/de.ts. Option names,
 * their placeholders (FILE, NAME, CUR=RATE …), file names, status and flag codes and "customs-check" stay as they
 * are: they are what the user types or reads in the JSON.
 */
import type { Catalogue } from "../../engine";
import type { CliWords } from "./en";

/** Text quoted the German way: „Versand“. */
const quoted = (text: string): string => `„${text}“`;

/** What the user is told to do when the workbook is damaged. */
const REPAIR =
  "Öffnen Sie die Datei in Excel (Excel bietet an, eine beschädigte Arbeitsmappe zu reparieren), speichern Sie sie und prüfen Sie sie erneut";

/** The tail of the messages about the command line itself. */
const SEE_HELP = "Die Optionen zeigt customs-check --help";

/** The advice for a quote that is never closed. */
const FIX_QUOTE =
  'Ergänzen Sie das schließende Anführungszeichen oder schreiben Sie ein Anführungszeichen innerhalb eines Feldes doppelt ("")';

export const de: Catalogue<CliWords> = (f) => ({
  usage: (p: { firstFine: number; secondFine: number }) => `Aufruf: customs-check FILE [Optionen]
        npm run check -- FILE [Optionen]

Prüft ein Sendungsblatt (.xlsx oder .csv) so, wie der belgische Zoll E-Commerce-Einfuhren bewertet (der
inverse Wert aus dem Preis auf dem Marktplatz), und schreibt die geprüfte Arbeitsmappe FILE.checked.xlsx
daneben: das Blatt mit inversem Wert, Anmeldequote, Zoll, Status, Befunden und Erläuterung, eine
Übersicht, Proforma-Aufstellungen und ein Protokollblatt. Die Eingabedatei wird nie verändert.

Optionen:
  --sheet NAME         zu prüfendes Arbeitsblatt einer .xlsx-Datei (Standard: das erste sichtbare)
  --out FILE           wohin die geprüfte Arbeitsmappe geschrieben wird (.xlsx; nie die Eingabedatei).
                       Eine vorhandene Datei wird nur ersetzt, wenn customs-check sie geschrieben hat
  --force              die --out-Datei (oder FILE.checked.xlsx) auch dann ersetzen, wenn customs-check
                       sie nicht geschrieben hat (eine schreibgeschützte Datei wird nie ersetzt)
  --json               ein JSON-Dokument (Zeilen und Übersicht) statt der Textübersicht ausgeben
  --jsonl              den JSON-Bericht zeilenweise ausgeben: ein Objekt je geprüfter Zeile, dann
                       {"summary": …}; beides wird geschrieben, während die Zeilen geprüft werden
  --date YYYY-MM-DD    Anmeldedatum: bestimmt die MwSt.-Sätze (Standard: heute)
  --offence 1|2|3      Verstoßstufe für die drohenden Bußgelder (1: EUR ${f.count(p.firstFine)}, 2: EUR ${f.count(p.secondFine)} je HS-Code,
                       3: Aufnahme in die schwarze Liste, kein Betrag; Standard 1)
  --tolerance X        Betrag in EUR je Stück, um den ein angemeldeter Wert unter dem inversen Wert
                       liegen darf (Standard 0)
  --no-vat-deferral    keine Verlagerung der EUSt: keine USt-IdNr. erforderlich
  --fx CUR=RATE        Wechselkurs des Zolls in Einheiten je EUR, z. B. --fx SEK=11.39
                       (mehrfach möglich)
  --vat-rate CC:PREFIX=RATE
                       ermäßigter MwSt.-Satz nach Bestimmungsland und Anfang des HS-Codes, z. B.
                       --vat-rate DE:4901=7% (mehrfach möglich; der längste Anfang hat Vorrang; ein
                       MwSt.-Satz in der Zeile selbst geht trotzdem vor)
  --channel stock|b2c  Kanal der Zeilen ohne Angabe in der Spalte Kanal: stock (eigenes Lager, FBA, B2B:
                       der normale Zoll; Standard) oder b2c (an Verbraucher verkaufte Pakete: der Zoll
                       von EUR 3 auf Sendungen mit geringem Wert)
  --low-value-item 8|6 Stellen der Unterposition, die einen Artikel für den Zoll von EUR 3 auf Sendungen
                       mit geringem Wert bilden: 8 (die KN-Unterposition, Standard) oder 6 (die
                       HS-Unterposition)
  --no-controlled-goods
                       Waren, die eine Genehmigung, eine Bescheinigung oder eine Erklärung brauchen,
                       werden nicht gekennzeichnet
  --lang en|fr|nl|de|zh
                       Sprache der Textübersicht, der Meldungen, der Texte der geprüften Arbeitsmappe
                       und der --json-Erläuterungen: Englisch, Französisch, Niederländisch, Deutsch
                       oder vereinfachtes Chinesisch (Standard: die Systemsprache aus LC_ALL,
                       LC_MESSAGES oder LANG, sonst Englisch; JSON-Schlüssel, Befund-Codes und
                       Exit-Status sind in jeder Sprache gleich)
  --help               dieser Text

Exit-Status: 0 die Prüfung wurde abgeschlossen und keine Zeile hat den Status RISK oder ERROR; 1 einige
Zeilen haben den Status RISK oder ERROR; 2 die Prüfung wurde nicht abgeschlossen (ein Aufruf- oder
Dateiproblem, in einer Zeile auf stderr gemeldet; es wird keine Arbeitsmappe geschrieben); 130 oder 143
durch Strg+C (SIGINT) oder SIGTERM abgebrochen (die unfertige Arbeitsmappe wird entfernt).`,

  command: {
    unknownOption: (p: { option: string }) => `Unbekannte Option ${p.option}. ${SEE_HELP}`,
    takesNoValue: (p: { option: string }) => `${p.option} erwartet keinen Wert. ${SEE_HELP}`,
    needsDashedValue: (p: { option: string }) =>
      `${p.option} braucht einen Wert; für einen Wert, der mit „-“ beginnt, schreiben Sie ${p.option}=VALUE`,
    needsValue: (p: { option: string }) => `${p.option} braucht einen Wert. ${SEE_HELP}`,
    otherProblem: (p: { problem: string }) => `${p.problem}. ${SEE_HELP}`,
    noFile: "Keine Datei angegeben. Aufruf: customs-check FILE [Optionen] (--help zeigt die Optionen)",
    oneFileAtATime: (p: { files: readonly string[] }) =>
      `Nur eine Datei auf einmal: angegeben wurden ${p.files.map(quoted).join(", ")}. ${SEE_HELP}`,
    emptyDate:
      "--date ist leer: Geben Sie das Anmeldedatum als YYYY-MM-DD an oder lassen Sie --date weg, um das heutige Datum zu verwenden",
    offenceChoice: (p: { value: string }) => `--offence ${p.value}: Wählen Sie Verstoß 1, 2 oder 3`,
    fxForm: (p: { value: string }) =>
      `--fx ${p.value}: Schreiben Sie den Kurs des Zolls als CUR=RATE in Einheiten je EUR, z. B. --fx SEK=11.39`,
    fxTwice: (p: { currency: string; first: string; second: string }) =>
      `--fx ${p.currency} ist zweimal angegeben (${p.first} und ${p.second}): Geben Sie einen Kurs je Währung an`,
    vatRateTwice: (p: { key: string; first: string; second: string }) =>
      `--vat-rate ${p.key} ist zweimal angegeben (${p.first} und ${p.second}): Geben Sie einen Satz je Bestimmungsland und Anfang des HS-Codes an`,
    emptyChannel:
      "--channel ist leer: Wählen Sie stock oder b2c oder lassen Sie --channel weg, um stock zu verwenden",
    emptyLanguage:
      "--lang ist leer: Wählen Sie en, fr, nl, de oder zh oder lassen Sie --lang weg, um die Sprache des Systems zu verwenden",
    outIsInput: (p: { out: string }) =>
      `--out ${p.out} ist die Eingabedatei: Die geprüfte Arbeitsmappe überschreibt nie die Eingabe; wählen Sie einen anderen Namen`,
    outNotXlsx: (p: { out: string }) =>
      `--out ${p.out}: Die geprüfte Arbeitsmappe ist eine .xlsx-Datei; geben Sie einen Namen an, der auf .xlsx endet`,
    sheetOfCsv: (p: { sheet: string }) =>
      `--sheet ${p.sheet}: Eine .csv-Datei hat nur ein Blatt; --sheet gilt für .xlsx-Arbeitsmappen`,
    jsonAndJsonl:
      "--json und --jsonl zugleich angegeben: bitte eines wählen (--json gibt ein Dokument aus, --jsonl eine JSON-Zeile je geprüfter Zeile)",
  },

  output: {
    givenIsFolder: (p: { out: string }) =>
      `--out ${p.out} ist ein Ordner: Geben Sie einen Dateinamen an, der auf .xlsx endet`,
    defaultIsFolder: (p: { out: string }) =>
      `${p.out} (die Standard-Ausgabedatei) ist ein Ordner: Geben Sie einen Dateinamen an, der auf .xlsx endet`,
    givenReadOnly: (p: { out: string }) =>
      `--out ${p.out} existiert bereits und ist schreibgeschützt, wird also nicht ersetzt: Wählen Sie einen anderen --out-Namen`,
    defaultReadOnly: (p: { out: string }) =>
      `${p.out} (die Standard-Ausgabedatei) existiert bereits und ist schreibgeschützt, wird also nicht ersetzt: Verschieben Sie die Datei oder wählen Sie --out`,
    givenNotOurs: (p: { out: string }) =>
      `--out ${p.out} existiert bereits und ist keine Arbeitsmappe, die customs-check geschrieben hat: Wählen Sie einen anderen --out-Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen`,
    defaultNotOurs: (p: { out: string }) =>
      `${p.out} (die Standard-Ausgabedatei) existiert bereits und ist keine Arbeitsmappe, die customs-check geschrieben hat: Verschieben Sie die Datei, wählen Sie --out oder fügen Sie --force hinzu, um sie zu ersetzen`,
    cannotWrite: (p: { out: string; problem: string }) =>
      `Die geprüfte Arbeitsmappe ${p.out} kann nicht geschrieben werden: ${p.problem}`,
    noFolder: (p: { folder: string }) => `Der Ordner ${p.folder} existiert nicht`,
    permissionDenied:
      "Zugriff verweigert (ist die Datei in Excel geöffnet oder der Ordner schreibgeschützt?)",
    isFolder: "Es ist ein Ordner",
    diskFull: "Der Datenträger ist voll",
  },

  input: {
    notFound: (p: { file: string }) => `Datei nicht gefunden: ${p.file}`,
    cannotRead: (p: { file: string; problem: string }) => `${p.file} kann nicht gelesen werden: ${p.problem}`,
    isFolder: (p: { file: string }) =>
      `${p.file} ist ein Ordner, keine Tabellendatei: Geben Sie eine .xlsx- oder .csv-Datei an`,
    empty: (p: { file: string }) => `${p.file} ist leer`,
    emptySheet: (p: { file: string; sheet: string }) => `Das Blatt ${quoted(p.sheet)} in ${p.file} ist leer`,
    oldOrProtected: (p: { file: string }) =>
      `${p.file} ist eine Excel 97-2003-Arbeitsmappe oder kennwortgeschützt: Speichern Sie sie in Excel als .xlsx-Arbeitsmappe ohne Kennwort`,
    notAWorkbookButKind: (p: { file: string; kind: string }) =>
      `${p.file} ist keine Excel-Arbeitsmappe, sondern ${p.kind}`,
    notAWorkbook: (p: { file: string }) =>
      `${p.file} ist keine Excel-Arbeitsmappe (eine .xlsx-Datei ist ein ZIP-Archiv, diese Datei nicht)`,
    xls: (p: { file: string }) =>
      `${p.file} ist eine Excel 97-2003-Arbeitsmappe: Speichern Sie sie in Excel als .xlsx (oder als CSV) und prüfen Sie diese Datei`,
    otherSpreadsheet: (p: { file: string }) =>
      `${p.file}: Speichern Sie die Datei als .xlsx-Arbeitsmappe oder als .csv-Datei und prüfen Sie diese`,
    unknownType: (p: { file: string; extension: string }) =>
      `${p.file}: unbekannter Dateityp ${quoted(p.extension)}; geben Sie eine .xlsx-Arbeitsmappe oder eine .csv-Datei an`,
    noExtension: (p: { file: string }) =>
      `${p.file}: unbekannter Dateityp; geben Sie eine .xlsx-Arbeitsmappe oder eine .csv-Datei an`,
    utf16WithoutBom: (p: { file: string }) =>
      `${p.file} scheint UTF-16-Text ohne Byte-Order-Mark (BOM) zu sein und lässt sich nicht sicher lesen: Speichern Sie die Datei in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ oder „Unicode-Text“`,
    notCsvButKind: (p: { file: string; kind: string }) =>
      `${p.file} ist keine CSV-Textdatei, sondern ${p.kind}`,
    notCsv: (p: { file: string }) => `${p.file} ist keine CSV-Textdatei`,
    unreadableWorkbook: (p: { file: string; reason: string }) =>
      `${p.file} konnte nicht als Excel-Arbeitsmappe gelesen werden: ${p.reason}`,
    cutShort: "Die Datei ist unvollständig (abgebrochener Download oder unvollständige Kopie?)",
    notValidZip: "Die Datei ist kein gültiges ZIP-Archiv",
    kinds: {
      png: "ein PNG-Bild",
      jpeg: "ein JPEG-Bild",
      pdf: "ein PDF-Dokument",
      gif: "ein GIF-Bild",
      gzip: "ein gzip-Archiv",
      zip: "ein ZIP-Archiv oder eine .xlsx-Arbeitsmappe",
    },
    sheetOfFile: (p: { file: string; sheet: string }) => `${p.file}, Blatt ${quoted(p.sheet)}`,
    problemAt: (p: { source: string; problem: string }) => `${p.source}: ${p.problem}`,
    changedWhileRead: (p: { file: string }) =>
      `${p.file} hat sich während der Prüfung geändert (die Datei wird zweimal gelesen: für Aufbau und Sendungen, dann zum Prüfen und Kopieren der Zeilen). Bitte erneut prüfen, sobald nichts mehr in die Datei schreibt`,
  },

  csv: {
    inFile: (p: { file: string; problem: string }) => `${p.file}, ${p.problem}`,
    unclosedQuoteLine: (p: { line: number }) =>
      `Zeile ${p.line}: Ein Feld beginnt mit einem Anführungszeichen ("), das nie geschlossen wird, sodass der Rest der Zeile als eine einzige Zelle gelesen würde. ${FIX_QUOTE}`,
    unclosedQuoteFile: (p: { line: number; rest: number }) =>
      `Zeile ${p.line}: Ein Feld beginnt mit einem Anführungszeichen ("), das nie geschlossen wird, sodass der Rest der Datei (${f.count(p.rest)} ${f.plural(p.rest) === "one" ? "weitere Zeile" : "weitere Zeilen"}) als eine einzige Zelle gelesen würde. ${FIX_QUOTE}`,
    misplacedQuote: (p: { line: number; closes: number }) =>
      `Zeile ${p.line}: Ein Feld beginnt mit einem Anführungszeichen ("), das erst in Zeile ${p.closes} mitten in anderem Text geschlossen wird, sodass die Zeilen dazwischen als eine einzige Zelle gelesen würden. Ergänzen Sie das schließende Anführungszeichen in Zeile ${p.line} oder schreiben Sie ein Anführungszeichen innerhalb eines Feldes doppelt ("")`,
    longCell: (p: { line: number; length: number; limit: number }) =>
      `Zeile ${p.line}: Hier beginnt ein Feld mit ${f.count(p.length)} Zeichen, mehr als die ${f.count(p.limit)}, die Excel in einer Zelle speichert; meist wird ein Anführungszeichen (") viel zu spät geschlossen. Prüfen Sie die Anführungszeichen ab dieser Zeile`,
    valuesBeyondHeader: (p: {
      line: number;
      values: number;
      headers: number;
      value: string;
      column: number;
      more: number;
    }) =>
      `Zeile ${p.line}: ${f.count(p.values)} Werte unter ${f.count(p.headers)} Spaltenüberschriften: ${quoted(p.value)} in Spalte ${p.column}${p.more === 0 ? " hat" : ` und ${f.count(p.more)} ${f.plural(p.more) === "one" ? "weiterer Wert haben" : "weitere Werte haben"}`} keine Überschrift. Eine Zahl mit Dezimalkomma in einer kommagetrennten Datei (12,99) wird als zwei Werte gelesen und verschiebt den Rest der Zeile um eine Spalte nach rechts. Setzen Sie solche Zahlen in Anführungszeichen ("12,99"), speichern Sie die Datei mit Semikolon als Trennzeichen oder geben Sie der zusätzlichen Spalte eine Überschrift`,
  },

  workbook: {
    noWorksheets: (p: { file: string }) =>
      `${p.file} enthält keine Arbeitsblätter: Ist es eine Excel-Arbeitsmappe?`,
    noWorkbookInside: (p: { file: string }) =>
      `${p.file} enthält intern keine Arbeitsmappe: Ist es eine Excel-Arbeitsmappe?`,
    noSuchSheet: (p: { file: string; wanted: string; sheets: readonly string[] }) =>
      `Kein Blatt ${quoted(p.wanted)} in ${p.file}: Die Datei enthält ${f.plural(p.sheets.length) === "one" ? "das Blatt" : "die Blätter"} ${p.sheets.map(quoted).join(", ")}`,
    readingStopped: (p: { file: string; part: string }) =>
      `${p.file} konnte nicht als Excel-Arbeitsmappe gelesen werden: Das Lesen brach ab, bevor ${p.part} vollständig gelesen war. ${REPAIR}`,
    partDamaged: (p: { file: string; part: string; reason: string }) =>
      `${p.file} konnte nicht als Excel-Arbeitsmappe gelesen werden, denn ${p.part} ist beschädigt: ${p.reason}. ${REPAIR}`,
    partMethod: (p: { file: string; part: string; method: number }) =>
      `${p.file} konnte nicht als Excel-Arbeitsmappe gelesen werden, denn ${p.part} ist mit der Methode ${p.method} komprimiert, die Excel nicht verwendet. ${REPAIR}`,
    parts: {
      part: (p: { part: string }) => `der Teil ${p.part}`,
      partAbout: (p: { part: string; about: string }) => `der Teil ${p.part} (${p.about})`,
      sharedStrings: "Zelltexte",
      styles: "Zellformate",
      workbook: "Liste der Blätter",
      workbookLinks: "Liste der Teile der Arbeitsmappe",
      aSheet: "ein Blatt",
      sheet: (p: { sheet: string }) => `Blatt ${quoted(p.sheet)}`,
      linksOfASheet: "Verknüpfungen eines Blatts",
      linksOfSheet: (p: { sheet: string }) => `Verknüpfungen des Blatts ${quoted(p.sheet)}`,
    },
    zip: {
      cutShort: "Die Datei ist unvollständig (abgebrochener Download oder unvollständige Kopie?)",
      noDirectory: "Die Datei ist unvollständig oder kein ZIP-Archiv (kein zentrales Verzeichnis)",
      directoryDamaged: "Das ZIP-Verzeichnis ist beschädigt",
      dataDamaged: "Die komprimierten Daten lassen sich nicht entpacken",
      checksum: "Der Inhalt stimmt nicht mit der gespeicherten Prüfsumme überein",
    },
  },

  run: {
    stalledStarting: (p: { file: string }) =>
      `${p.file}: Die Prüfung brach vor dem Ende ab (beim Start); es wurde keine geprüfte Arbeitsmappe geschrieben. Wenn es eine Arbeitsmappe ist, öffnen Sie sie in Excel, speichern Sie sie und prüfen Sie sie erneut`,
    stalledReading: (p: { file: string }) =>
      `${p.file}: Die Prüfung brach vor dem Ende ab (beim Lesen der Datei); es wurde keine geprüfte Arbeitsmappe geschrieben. Wenn es eine Arbeitsmappe ist, öffnen Sie sie in Excel, speichern Sie sie und prüfen Sie sie erneut`,
    stalledChecking: (p: { file: string; out: string }) =>
      `${p.file}: Die Prüfung brach vor dem Ende ab (beim Prüfen der Zeilen und Schreiben von ${p.out}); es wurde keine geprüfte Arbeitsmappe geschrieben. Wenn es eine Arbeitsmappe ist, öffnen Sie sie in Excel, speichern Sie sie und prüfen Sie sie erneut`,
    neverFinished: "die Prüfung brach vor dem Ende ab; es wurde keine geprüfte Arbeitsmappe geschrieben",
    interrupted: (p: { signal: string }) =>
      `abgebrochen (${p.signal}): Die Prüfung wurde nicht abgeschlossen`,
    interruptedRemoved: (p: { signal: string }) =>
      `abgebrochen (${p.signal}): Die Prüfung wurde nicht abgeschlossen; die unfertige Arbeitsmappe wurde entfernt`,
    internalError: (p: { problem: string }) => `interner Fehler, bitte melden Sie ihn: ${p.problem}`,
    workerStopped: (p: { code: number }) => `der Auswertungs-Thread wurde beendet (Exit-Code ${p.code})`,
  },

  summary: {
    checked: (p: { file: string; rows: number; headerRow: number }) =>
      `${p.file} geprüft: ${f.count(p.rows)} ${f.plural(p.rows) === "one" ? "Zeile" : "Zeilen"}, Kopfzeile in Zeile ${p.headerRow}`,
    checkedSheet: (p: { file: string; sheet: string; rows: number; headerRow: number }) =>
      `${p.file}, Blatt ${quoted(p.sheet)} geprüft: ${f.count(p.rows)} ${f.plural(p.rows) === "one" ? "Zeile" : "Zeilen"}, Kopfzeile in Zeile ${p.headerRow}`,
    labels: {
      status: "Status",
      fineExposure: "Drohende Bußgelder",
      outstandingDuty: "Nachzuzahlender Zoll",
      shipmentsExposed: "Betroffene Sendungen",
      importVat: "Einfuhrumsatzsteuer",
      lowValueDuty: "Zoll (geringer Wert)",
      reducedVat: "Ermäßigte MwSt.",
      licences: "Genehmigungen",
      ignoredColumns: "Ignorierte Spalten",
      notUsed: "Nicht verwendet",
      cellsCleaned: "Bereinigte Zellen",
      hiddenRows: "Ausgeblendete Zeilen",
      rowsAndColumns: "Zeilen und Spalten",
      settings: "Einstellungen",
      checkedWorkbook: "Geprüfte Arbeitsmappe",
    },
    statusCount: (p: { status: string; count: number }) => `${p.status} ${f.count(p.count)}`,
    hsCodes: (p: { codes: string }) => `HS-Codes ${p.codes}`,
    importVatPaid: (p: { amount: string }) => `bei der Einfuhr entrichtet: ${p.amount}`,
    importVatDeferred: (p: { amount: string }) => `verlagert (ET 14.000): ${p.amount}`,
    importVatExempt: (p: { amount: string }) => `befreit (Verfahren 42): ${p.amount}`,
    ignoredColumns: (p: { columns: readonly string[] }) =>
      `${p.columns.join(", ")} (Kosten, die der Zoll nicht abzieht)`,
    columns: (p: { columns: readonly string[] }) => p.columns.join(", "),
    notableAll: "Zeilen mit RISK und ERROR:",
    notableFirst: (p: { shown: number; total: number }) =>
      `Zeilen mit RISK und ERROR (die ersten ${f.count(p.shown)} von ${f.count(p.total)}):`,
    notableRow: (p: {
      row: number;
      sku: string;
      status: string;
      flags: readonly string[];
      explanation: string;
    }) =>
      `Zeile ${p.row}${p.sku === "" ? "" : ` ${p.sku}`}: ${p.status} ${p.flags.join(", ")}. ${p.explanation}`,
  },

  checkedSheetSplit: (p: { sheets: readonly string[]; rows: number }) =>
    `das geprüfte Blatt ist auf ${f.count(p.sheets.length)} Blätter mit höchstens ${f.count(p.rows)} Zeilen verteilt (${p.sheets.join(", ")}), jedes beginnt mit der Kopfzeile`,
  proFormaSplit: (p: { sheets: readonly string[]; rows: number }) =>
    `die Proformarechnung ist auf ${f.count(p.sheets.length)} Blätter mit höchstens ${f.count(p.rows)} Zeilen verteilt (${p.sheets.join(", ")}), jedes beginnt mit den Spaltenüberschriften`,
  cleanedCells: (p: { cells: readonly string[]; more: number }) =>
    `${p.cells.join(", ")}${p.more > 0 ? ` und ${f.count(p.more)} weitere` : ""} (Zeichen, die Excel nicht speichern kann, wurden entfernt)`,
  hiddenRows: (p: { rows: readonly string[]; count: number; more: number }) =>
    `${f.plural(p.count) === "one" ? "Zeile" : "Zeilen"} ${p.rows.join(", ")}${p.more > 0 ? ` und ${f.count(p.more)} weitere` : ""} (in der Eingabe ausgeblendet, in der geprüften Arbeitsmappe weiterhin ausgeblendet)`,

  summarySheet: {
    title: (p: { file: string }) => `Zollprüfung: ${p.file}`,
    file: "Datei",
    sheet: "Blatt",
    format: "Format",
    csvTab: "CSV, Tabulator als Trennzeichen",
    csvSeparator: (p: { separator: string }) => `CSV, Trennzeichen ${quoted(p.separator)}`,
    checkedAt: "Geprüft am",
    headerRow: "Kopfzeile",
    unmappedColumns: "Nicht zugeordnete Spalten",
    columnsRead: "Gelesene Spalten",
    settings: "Einstellungen",
    vatTable: "MwSt.-Tabelle",
    proForma: "Proforma",
    vatDeferral: "EUSt-Verlagerung",
    rowsAndColumns: "Zeilen und Spalten",
    cellsCleaned: "Bereinigte Zellen",
    hiddenRows: "Ausgeblendete Zeilen",
    notes: "Hinweise",
    notesText:
      "Beträge in EUR. Das geprüfte Blatt enthält die Werte der Eingabe (Formeln als ihre Ergebnisse); andere Blätter der Eingabe werden nicht übernommen. Die Eingabedatei bleibt unverändert.",
    list: (p: { items: readonly string[] }) => (p.items.length === 0 ? "keine" : p.items.join(", ")),
  },

  progress: {
    reading: "Lesen",
    checking: "Prüfen",
    kilobytes: "kB",
    rows: "Zeilen",
    perSecond: "Zeilen/s",
    timeLeft: "verbleibend",
  },
});
