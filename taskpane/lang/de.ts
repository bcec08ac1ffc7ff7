/**
 * The task pane's words in German (see en.ts), in the words of the German Zoll and of the accountants and forwarders
 * who clear goods with it (docs/glossary.md): formal ("Sie"), quotes as „…“, amounts as EUR 1.250,40 and dates as
 * 30.12.2026 (through `f`). The actions, the statuses, the column headers and the sheet names are the words the
 * sheet's German table (src/sheet/lang/de.ts) writes; an action named inside a sentence is quoted („Sendung prüfen“).
 */
import type { Catalogue } from "../../src/engine";
import type { Status } from "../../src/sheet";
import type { ActionName } from "../actions/action-result";
import type { PaneWords } from "./en";

export const de: Catalogue<PaneWords> = (f) => {
  /** The singular or the plural of a word, by the language's plural rules. */
  const one = (n: number) => f.plural(n) === "one";
  const rows = (n: number) => `${f.count(n)} ${one(n) ? "Zeile" : "Zeilen"}`;
  const rowsOf = (p: { done: number; total: number }) => `${f.count(p.done)} von ${f.count(p.total)} Zeilen`;
  const quoted = (items: readonly string[]) => items.map((item) => `„${item}“`).join(", ");
  // Words chosen by a parameter's value are switches, not table lookups (see en.ts).
  const statuses = (status: Status) =>
    status === "OK" ? "OK" : status === "REVIEW" ? "Prüfen" : status === "RISK" ? "Risiko" : "Fehler";
  /** A status as a count of rows says it: "3 OK, 2 zu prüfen, 1 mit Risiko, 1 mit Fehler". */
  const counted = (status: Status) =>
    status === "OK"
      ? "OK"
      : status === "REVIEW"
        ? "zu prüfen"
        : status === "RISK"
          ? "mit Risiko"
          : "mit Fehler";
  /** What each action writes, as the sentence about a write that stopped names it. */
  const written = (action: ActionName) => {
    switch (action) {
      case "check":
        return "Ergebnisse";
      case "fillVat":
        return "MwSt.-Sätze";
      case "shareCosts":
        return "Aufgeteilte Kosten";
      case "proForma":
        return "Proforma-Positionen";
      default:
        return "Positionen der Aufstellung";
    }
  };
  const stale = (why: string, p: { action: string; sheet: string }) =>
    `Nicht mehr aktuell: ${why}. Dies ist das Ergebnis von „${p.action}“ für ${p.sheet} im damaligen Stand; führen Sie die Aktion erneut aus, um ein aktuelles Ergebnis zu erhalten.`;
  /** What replaces a sheet of the add-in's that the user edited, and how a question names such sheets. */
  const editedKinds = (kind: "proForma" | "vatStatement") =>
    kind === "proForma"
      ? { sheet: "Proforma-Blatt", sheets: "Proforma-Blätter", replacement: "die neue Proformarechnung" }
      : {
          sheet: "Blatt zur EUSt-Verlagerung",
          sheets: "Blätter zur EUSt-Verlagerung",
          replacement: "die neue Aufstellung",
        };

  return {
    title: "Zoll-Inverswert",

    page: {
      sourceHeading: "Sendungsdaten",
      sourceLabel: "Zu prüfende Zeilen",
      sourceSheet: "Aktives Blatt (belegte Zellen)",
      sourceSelection: "Die markierten Zellen",
      refresh: "Blatt neu einlesen",
      actionsHeading: "Aktionen",
      actionsHint:
        "Schreibt nur in die eigenen Spalten und Blätter des Add-ins und in leere Zellen für den MwSt.-Satz. Jeder Lauf fügt dem Blatt „Protokoll“ eine Zeile hinzu.",
      cancel: "Abbrechen",
      shareHeading: "Sendungskosten aufteilen",
      shareHint:
        "Teilt die Rechnungen der Sendung nach Stückgewicht × Menge auf ihre Zeilen auf, centgenau und ohne Rundungsdifferenz, und schreibt die Beträge je Stück in die Spalten für Fracht, letzte Meile und Abfertigungskosten (nur in leere Zellen oder in Zellen, die das Add-in zuvor ausgefüllt hat).",
      shareFreight: "Fracht gesamt (innerhalb der EU, nach der Einfuhr)",
      shareLastMile: "Letzte Meile gesamt",
      shareHandling: "Abfertigungskosten gesamt",
      shareShipment: "Sendung (leer: alle Zeilen)",
      mappingHeading: "Spalten",
      mappingHint:
        "Die Spalte, die das Add-in für jedes Feld liest. Korrigieren Sie hier eine falsche Zuordnung; die Auswahl wird in der Arbeitsmappe gespeichert.",
      mappingReset: "Automatisch zuordnen",
      settingsHeading: "Einstellungen",
      settingsHint: "In der Arbeitsmappe gespeichert: Wer sie öffnet, erhält dasselbe Ergebnis.",
      paneLanguage: "Sprache des Aufgabenbereichs",
      paneLanguageAutomatic: "Office-Sprache (automatisch)",
      workbookLanguage: "Sprache der Texte in der Arbeitsmappe",
      pseudoLocale: "Pseudo-Gebietsschema (qps-ploc)",
      declarationDate: "Anmeldedatum (leer: heute)",
      datePlaceholder: "YYYY-MM-DD",
      tolerance: "Toleranz unter dem inversen Wert (EUR je Stück)",
      vatDeferral: "Verlagerung der EUSt (erfordert die USt-IdNr. im Bestimmungsland)",
      offenceLevel: "Verstoß",
      offence1: "1. Verstoß",
      offence2: "2. Verstoß",
      offence3: "3. Verstoß (schwarze Liste)",
      fineFirst: "Bußgeld, 1. Verstoß (EUR je HS-Code)",
      fineSecond: "Bußgeld, 2. Verstoß (EUR je HS-Code)",
      exchangeRates: "Wechselkurse, Einheiten je EUR (ein Eintrag CUR=RATE je Zeile)",
      dutyRates: "Zollsätze nach Anfang des HS-Codes (ein Eintrag PREFIX=RATE je Zeile)",
      vatRates:
        "Ermäßigte MwSt.-Sätze nach Bestimmungsland und Anfang des HS-Codes (ein Eintrag CC:PREFIX=RATE je Zeile)",
      channel: "Kanal von Zeilen ohne Angabe",
      channelStock: "Lager (FBA, B2B)",
      channelB2C: "B2C-Pakete",
      lowValueItemDigits: "Ein Artikel einer Sendung mit geringem Wert ist eine Unterposition mit",
      digits8: "8 Stellen (KN)",
      digits6: "6 Stellen (HS)",
      controlledGoods: "Genehmigungspflichtige Waren markieren",
      saveSettings: "Einstellungen speichern",
      helpHeading: "Was bedeuten OK, Prüfen, Risiko und Fehler?",
      helpOK: "Der angemeldete Wert deckt den inversen Wert, den der Zoll errechnet. Nichts zu tun.",
      helpReview:
        "Vor dem Versand ansehen: ein Wert, der zu bestätigen ist, ein Link oder eine USt-IdNr., die zu prüfen ist, oder eine Sendung, die wegen einer anderen Zeile von Zurückhaltung bedroht ist.",
      helpRisk:
        "Zu niedrig angemeldet: Der angemeldete Wert liegt unter dem inversen Wert. Der Zoll verhängt für jeden HS-Code ein Bußgeld und kann die gesamte Sendung zurückhalten.",
      helpError:
        "Die Zeile lässt sich nicht berechnen: Ein Wert fehlt oder ist nicht lesbar. Ihre Erläuterung nennt den Wert und sagt, wie er sich korrigieren lässt.",
      helpFlags:
        "Die Spalte „Befunde“ im Blatt enthält die Codes (für Filter und Formeln); die Spalte „Erläuterung“ nennt sie in Worten.",
      supportLink: "Hilfe und Support",
    },

    actions: {
      fillVat: "MwSt.-Sätze ausfüllen",
      check: "Sendung prüfen",
      shareCosts: "Kosten aufteilen",
      proForma: "Proformarechnung",
      vatStatement: "EUSt-Aufstellung",
    },

    statuses: {
      OK: statuses("OK"),
      REVIEW: statuses("REVIEW"),
      RISK: statuses("RISK"),
      ERROR: statuses("ERROR"),
    },

    status: {
      loading: "Wird geladen…",
      readingWorkbook: "Arbeitsmappe wird gelesen…",
      excelSlow:
        "Excel hat noch nicht geantwortet: Möglicherweise berechnet es noch die Arbeitsmappe. Der Aufgabenbereich liest das Blatt, sobald Excel antwortet.",
      stopped: "Das Add-in wurde angehalten; siehe die Meldung unten.",
      cancelled: "Abgebrochen.",
      settingsNotSaved:
        "Die Einstellungen wurden nicht gespeichert: siehe die Meldung unter „Einstellungen“.",
      settingsSaved: "Einstellungen in dieser Arbeitsmappe gespeichert.",
      read: (p: { source: string }) => `${p.source} gelesen.`,
      ready: (p: { source: string }) => `Bereit: ${p.source}. Wählen Sie eine Aktion.`,
      running: (p: { action: string }) => `${p.action}…`,
      nothingWritten: (p: { action: string }) => `${p.action}: Es wurde nichts geschrieben.`,
      asks: (p: { action: string }) => `${p.action}: Rückfrage vor dem Schreiben – siehe die Frage daneben.`,
      selectedRow: (p: { row: number; sheet: string }) => `Zeile ${p.row} in ${p.sheet} markiert.`,
      showingSheet: (p: { sheet: string }) => `${p.sheet} wird angezeigt.`,
      notInExcel: "Dieses Add-in funktioniert nur in Excel. Öffnen Sie es in Excel: Start › Sendung prüfen.",
      waitingForExcel:
        "Es wird noch darauf gewartet, dass Excel das Add-in startet. Außerhalb von Excel geschieht nichts: Öffnen Sie es in Excel, Start › Sendung prüfen.",
    },

    progress: {
      readingFor: (p: { action: string }) => `${p.action}: Blatt wird gelesen…`,
      cancelling: "Wird nach dem gerade geschriebenen Teil abgebrochen…",
      readingSheet: (p: { done: number; total: number }) => `Blatt wird gelesen: ${rowsOf(p)}`,
      writing: (p: { done: number; total: number }) => `Wird geschrieben: ${rowsOf(p)}`,
      writingResults: (p: { done: number; total: number }) => `Ergebnisse werden geschrieben: ${rowsOf(p)}`,
      fillingVatRates: (p: { done: number; total: number }) => `MwSt.-Sätze werden ausgefüllt: ${rowsOf(p)}`,
      sharingCosts: (p: { done: number; total: number }) => `Kosten werden aufgeteilt: ${rowsOf(p)}`,
      writingProForma: (p: { done: number; total: number }) =>
        `Proforma-Blätter werden geschrieben: ${rowsOf(p)}`,
      writingStatement: (p: { done: number; total: number }) =>
        `Aufstellung zur EUSt-Verlagerung wird geschrieben: ${rowsOf(p)}`,
      readingProForma: (p: { done: number; total: number }) =>
        `Proforma-Blätter werden gelesen: ${rowsOf(p)}`,
      readingStatement: (p: { done: number; total: number }) =>
        `Blatt „EUSt-Verlagerung“ wird gelesen: ${rowsOf(p)}`,
      checking: (p: { done: number; total: number }) => `Wird geprüft: ${rowsOf(p)}`,
      summingUp: (p: { done: number; total: number }) => `Wird zusammengefasst: ${rowsOf(p)}`,
    },

    errors: {
      cancelledReading: "Beim Lesen des Blatts abgebrochen: Es wurde nichts geschrieben.",
      excelFailed: (p: { error: string }) =>
        `Excel konnte die Anfrage nicht abschließen (${p.error}). Nach dem letzten abgeschlossenen Schritt wurde nichts geschrieben; versuchen Sie es erneut, und wenn es wieder geschieht, speichern Sie die Arbeitsmappe und öffnen Sie sie erneut.`,
      unexpected: (p: { error: string }) =>
        `Etwas ist schiefgelaufen: ${p.error}. Es wurde nichts weiter geschrieben.`,
      settingNeedsFixing: (p: { action: string }) =>
        `„${p.action}“ wurde nicht ausgeführt: Eine Einstellung muss korrigiert werden (siehe „Einstellungen“).`,
      setting: (p: { message: string }) => `Einstellungen – ${p.message}`,
      noTable: (p: { table: string }) =>
        `Es gibt keine Tabelle mit dem Namen „${p.table}“ mehr. Wählen Sie die Sendungsdaten erneut.`,
      noSelection: (p: { error: string }) =>
        `Excel konnte die Markierung nicht liefern (${p.error}). Markieren Sie einen zusammenhängenden Zellbereich einschließlich der Kopfzeile und versuchen Sie es erneut.`,
      sheetEmpty: (p: { sheet: string }) =>
        `Das Blatt „${p.sheet}“ ist leer. Öffnen Sie das Sendungsblatt (oder markieren Sie seine Zellen) und versuchen Sie es erneut.`,
      oneCell:
        "Es ist nur eine Zelle markiert. Markieren Sie die Kopfzeile und die Zeilen der Sendung (oder wählen Sie das ganze Blatt) und versuchen Sie es erneut.",
      selectionOutside: (p: { selection: string; sheet: string }) =>
        `Die Markierung (${p.selection}) enthält keine der belegten Zellen des Blatts „${p.sheet}“. Markieren Sie die Kopfzeile und die Zeilen der Sendung (oder wählen Sie das ganze Blatt) und versuchen Sie es erneut.`,
      missingValues: (p: { sheet: string; first: number; last: number }) =>
        `Excel hat ${p.first === p.last ? `Zeile ${p.first}` : `die Zeilen ${p.first}–${p.last}`} des Blatts „${p.sheet}“ ohne ihre Werte geliefert, auch bei einer Anfrage nach halb so vielen (Excel im Web tut das, wenn ein Lesevorgang seine Größengrenze überschreitet). Es wurde nichts geschrieben. Markieren Sie weniger Zeilen oder Spalten und versuchen Sie es erneut.`,
      unreadable: (p: { problem: string; source: string }) => `${p.problem} (gelesen: ${p.source}).`,
    },

    stale: {
      settings: (p: { action: string; sheet: string }) => stale("Die Einstellungen haben sich geändert", p),
      columns: (p: { action: string; sheet: string }) =>
        stale("Die Spalten oder die zu prüfenden Zeilen haben sich geändert", p),
      otherSheet: (p: { active: string; action: string; sheet: string }) =>
        stale(`${p.active} ist jetzt das aktive Blatt`, p),
      unreadable: (p: { action: string; sheet: string }) =>
        stale("Das Blatt konnte nicht erneut gelesen werden", p),
    },

    source: {
      table: (p: { table: string }) => `Tabelle ${p.table}`,
      info: (p: { source: string; columns: number; recognised: number }) =>
        `${p.source}: ${f.count(p.columns)} ${one(p.columns) ? "Spalte" : "Spalten"}, ${f.count(p.recognised)} erkannt.`,
      problems: (p: { problems: readonly string[] }) => `${p.problems.join("; ")}.`,
      needsColumns: (p: { actions: readonly string[]; columns: readonly string[] }) =>
        `${f.and(p.actions.map((action) => `„${action}“`))} ${p.actions.length === 1 ? "benötigt" : "benötigen"} ${p.columns.map((column) => `eine Spalte „${column}“`).join(" und ")}: Wählen Sie ${p.columns.length === 1 ? "sie" : "diese"} unter „Spalten“ aus.`,
    },

    mapping: {
      notInSheet: "— nicht in diesem Blatt —",
      header: (p: { header: string; letter: string }) => `${p.header} (${p.letter})`,
    },

    rows: {
      none: "keine Zeilen",
      one: (p: { row: number }) => `Zeile ${p.row}`,
      range: (p: { first: number; last: number }) => `Zeilen ${f.count(p.first)}–${f.count(p.last)}`,
      list: (p: { rows: readonly string[]; more: number }) =>
        p.more > 0
          ? `Zeilen ${p.rows.join(", ")} und ${f.count(p.more)} weitere`
          : `Zeilen ${p.rows.join(", ")}`,
    },

    questions: {
      notNow: "Jetzt nicht",
      typedCell: (p: { address: string; text: string }) => `${p.address} („${p.text}“)`,
      typedCells: (p: { cells: number; columns: readonly string[]; named: readonly string[] }) => {
        const where = `${p.columns.length === 1 ? "Spalte" : "Spalten"} ${quoted(p.columns)}`;
        const more = p.cells > p.named.length ? ` und ${f.count(p.cells - p.named.length)} weitere` : "";
        return one(p.cells)
          ? `Seit dem letzten Lauf wurde in eine Zelle der ${where} des Add-ins etwas eingegeben: ${p.named.join(", ")}. „Sendung prüfen“ würde das Ergebnis darüber schreiben. Möchten Sie die Zelle so lassen, wie sie ist (das Add-in schreibt alle übrigen Zellen), oder sie überschreiben?`
          : `Seit dem letzten Lauf wurde in ${f.count(p.cells)} Zellen der ${where} des Add-ins etwas eingegeben: ${p.named.join(", ")}${more}. „Sendung prüfen“ würde die Ergebnisse darüber schreiben. Möchten Sie die Zellen so lassen, wie sie sind (das Add-in schreibt alle übrigen Zellen), oder sie überschreiben?`;
      },
      keepTyped: (p: { cells: number }) => (one(p.cells) ? "Meine Zelle behalten" : "Meine Zellen behalten"),
      overwriteTyped: (p: { cells: number }) => (one(p.cells) ? "Überschreiben" : "Alle überschreiben"),
      editedCell: (p: { address: string; text: string }) => `${p.address} „${p.text}“`,
      editedSheet: (p: { sheet: string; cells: readonly string[] }) =>
        `„${p.sheet}“${p.cells.length === 0 ? "" : ` (${p.cells.join(", ")})`}`,
      editedSheets: (p: {
        kind: "proForma" | "vatStatement";
        sheets: readonly string[];
        kept: readonly string[];
      }) => {
        const kind = editedKinds(p.kind);
        return p.sheets.length === 1
          ? `Das ${kind.sheet} ${p.sheets[0]} wurde geändert, seit das Add-in es geschrieben hat. Möchten Sie Ihr Blatt behalten (umbenannt in „${p.kept[0]}“) und ${kind.replacement} daneben schreiben oder es ersetzen?`
          : `${f.count(p.sheets.length)} ${kind.sheets} wurden geändert, seit das Add-in sie geschrieben hat: ${p.sheets.map((sheet, index) => `${sheet}, behalten als „${p.kept[index]}“`).join("; ")}. Möchten Sie Ihre Blätter unter diesen Namen behalten und ${kind.replacement} daneben schreiben oder sie ersetzen?`;
      },
      keepSheets: (p: { sheets: number }) =>
        one(p.sheets) ? "Mein Blatt behalten" : "Meine Blätter behalten",
      replaceSheets: (p: { sheets: number }) => (one(p.sheets) ? "Ersetzen" : "Alle ersetzen"),
      keptEdited: (p: { kept: readonly string[] }) =>
        one(p.kept.length)
          ? `Ihr bearbeitetes Blatt wurde als ${quoted(p.kept)} behalten; das Add-in ändert es nicht mehr.`
          : `Ihre bearbeiteten Blätter wurden als ${quoted(p.kept)} behalten; das Add-in ändert sie nicht mehr.`,
    },

    ownership: {
      formulasInColumn: (p: { letter: string; header: string; rows: string; action: string }) =>
        `Spalte ${p.letter} „${p.header}“ enthält Formeln (${p.rows}), die nicht vom Add-in stammen, daher hat es nichts geschrieben. Benennen Sie diese Spalte um oder verschieben Sie sie und führen Sie dann „${p.action}“ erneut aus.`,
      dataInColumn: (p: { letter: string; header: string; action: string }) =>
        `Spalte ${p.letter} „${p.header}“ enthält bereits Daten, die nicht vom Add-in stammen, daher hat das Add-in nichts geschrieben. Um diese Werte zu behalten, benennen Sie die Spalte um oder verschieben Sie sie; werden sie nicht mehr gebraucht, leeren Sie die Zellen der Spalte. Führen Sie dann „${p.action}“ erneut aus.`,
      formulasInCells: (p: { letter: string; header: string; rows: string }) =>
        `Spalte ${p.letter} „${p.header}“ enthält Formeln (${p.rows}); das Add-in überschreibt nie eine Formel, daher hat es nichts geschrieben. Leeren Sie diese Zellen oder teilen Sie die Kosten von Hand auf.`,
      valuesInCells: (p: { letter: string; header: string; rows: string }) =>
        `Spalte ${p.letter} „${p.header}“ enthält bereits Werte (${p.rows}), die nicht vom Add-in stammen, daher hat es nichts geschrieben. Leeren Sie diese Zellen, wenn die aufgeteilten Kosten sie ersetzen sollen, und führen Sie dann „Kosten aufteilen“ erneut aus.`,
    },

    stopped: {
      cancelled: (p: { action: ActionName; done: number; planned: number }) =>
        `Sie haben abgebrochen: ${written(p.action)} wurden in ${f.count(p.done)} von ${f.count(p.planned)} Zeilen geschrieben; die übrigen Zeilen blieben unverändert. Das Add-in hat festgehalten, was es geschrieben hat: Führen Sie die Aktion erneut aus, um sie abzuschließen.`,
      byExcel: (p: { action: ActionName; error: string; done: number; planned: number }) =>
        `Excel hat das Schreiben angehalten (${p.error}): ${written(p.action)} wurden in ${f.count(p.done)} von ${f.count(p.planned)} Zeilen geschrieben; die übrigen Zeilen blieben unverändert. Das Add-in hat festgehalten, was es geschrieben hat: Führen Sie die Aktion erneut aus, um sie abzuschließen.`,
      auditCancelled: (p: { done: number; planned: number }) =>
        `abgebrochen: ${f.count(p.done)} von ${f.count(p.planned)} Zeilen geschrieben`,
      auditByExcel: (p: { done: number; planned: number }) =>
        `von Excel angehalten: ${f.count(p.done)} von ${f.count(p.planned)} Zeilen geschrieben`,
    },

    audit: {
      source: (p: { source: string; run: string }) => `${p.source} (${p.run})`,
      stoppedRun: (p: { action: string; note: string }) => `${p.action}; ${p.note}`,
      shareCostsOf: (p: { shipment: string }) => `Kosten aufteilen (Sendung ${p.shipment})`,
      editedSheetName: (p: { sheet: string }) => `${p.sheet} (geändert)`,
    },

    check: {
      updatedInPlace: (p: { rows: number; source: string; first: string; last: string }) =>
        `${rows(p.rows)} aus ${p.source} geprüft. Die Spalten ${p.first}–${p.last} wurden an ihrer Stelle aktualisiert.`,
      wroteColumns: (p: {
        rows: number;
        source: string;
        letters: readonly string[];
        headers: readonly string[];
      }) =>
        `${rows(p.rows)} aus ${p.source} geprüft. Die Ergebnisse stehen in den Spalten ${p.letters.join(", ")} (${p.headers.join(", ")}).`,
      keptTyped: (p: { cells: number }) =>
        one(p.cells)
          ? `${f.count(p.cells)} Zelle der Spalten des Add-ins, in die Sie etwas eingegeben haben, blieb unverändert: Das Add-in überschreibt sie nicht, solange sie Ihre Eingabe enthält.`
          : `${f.count(p.cells)} Zellen der Spalten des Add-ins, in die Sie etwas eingegeben haben, blieben unverändert: Das Add-in überschreibt sie nicht, solange sie Ihre Eingabe enthalten.`,
    },

    vat: {
      refreshed: (p: { count: number }) =>
        `${f.count(p.count)} ${one(p.count) ? "MwSt.-Satz, den" : "MwSt.-Sätze, die"} das Add-in zuvor ausgefüllt hatte, neu ermittelt: Das Bestimmungsland oder das Datum der Zeile oder das Anmeldedatum hat sich seitdem geändert.`,
      cleared: (p: { count: number }) =>
        `${f.count(p.count)} ${one(p.count) ? "MwSt.-Satz, den" : "MwSt.-Sätze, die"} das Add-in zuvor ausgefüllt hatte, gelöscht: Die Zeile ergibt keinen Satz mehr (ihre Erläuterung nennt den Grund).`,
      nothingToFill:
        "Keine leeren Zellen für den MwSt.-Satz auszufüllen: Jede Zeile hat einen Satz (oder kein Bestimmungsland, aus dem sich der Satz ergeben könnte).",
      nothingToFillOwnRight:
        "Keine leeren Zellen für den MwSt.-Satz auszufüllen, und die Sätze, die das Add-in zuvor ausgefüllt hat, stimmen noch.",
      filled: (p: { count: number; column: string }) =>
        `${f.count(p.count)} ${one(p.count) ? "leere Zelle" : "leere Zellen"} für den MwSt.-Satz in Spalte ${p.column} mit dem Normalsatz des Bestimmungslandes zum Datum der Zeile (oder zum Anmeldedatum) ausgefüllt. Von Ihnen eingegebene Sätze blieben unverändert.`,
      addedColumn: (p: { header: string; column: string }) =>
        `Spalte „${p.header}“ (${p.column}) hinzugefügt.`,
      rowNotFilled: (p: { row: number; reason: string }) => `Zeile ${p.row}: ${p.reason}`,
      rowFormula: (p: { row: number }) =>
        `Zeile ${p.row}: Die Zelle für den MwSt.-Satz enthält eine Formel; das Add-in hat sie nicht verändert.`,
      notFilled: (p: { rows: readonly string[]; more: number }) =>
        `Nicht ausgefüllt: ${p.rows.join(" ")}${p.more > 0 ? ` Dazu ${f.count(p.more)} weitere.` : ""}`,
    },

    share: {
      freightTotal: "Fracht gesamt",
      lastMileTotal: "Letzte Meile gesamt",
      handlingTotal: "Abfertigungskosten gesamt",
      totals: "Gesamtbeträge der Sendung",
      notShared: (p: { problems: readonly string[]; more: number }) =>
        `Die Kosten wurden nicht aufgeteilt: ${p.problems.join("; ")}${p.more > 0 ? `; dazu ${f.count(p.more)} weitere` : ""}.`,
      cost: (p: { header: string; amount: number }) => `${p.header} ${f.money(p.amount)}`,
      shared: (p: { costs: readonly string[]; rows: string }) =>
        `${p.costs.join(", ")} nach Stückgewicht × Menge auf ${p.rows} aufgeteilt, centgenau, sodass die Summe den Gesamtbeträgen entspricht.`,
      sharedInShipment: (p: { costs: readonly string[]; rows: string; shipment: string }) =>
        `${p.costs.join(", ")} nach Stückgewicht × Menge auf ${p.rows} der Sendung ${p.shipment} aufgeteilt, centgenau, sodass die Summe den Gesamtbeträgen entspricht.`,
      column: (p: { header: string; letter: string }) => `${p.header} (${p.letter})`,
      wrote: (p: { columns: readonly string[] }) =>
        `Beträge je Stück in ${p.columns.join(", ")} geschrieben. Führen Sie „Sendung prüfen“ aus, um ihre Auswirkung zu sehen.`,
    },

    print: {
      atFullSize: "A4 quer, 100 %, Kopfzeile auf jeder Seite wiederholt.",
      onePageWide: "A4 quer, eine Seite breit, Kopfzeile auf jeder Seite wiederholt.",
      mixed: (p: { fullSize: readonly string[]; onePageWide: readonly string[] }) =>
        `A4 quer, Kopfzeile auf jeder Seite wiederholt; mit 100 %: ${p.fullSize.join(", ")}; eine Seite breit: ${p.onePageWide.join(", ")}.`,
      a4: "A4",
      landscape: "Querformat",
      fullSize: "100 %",
      pageWide: "eine Seite breit",
      sizeMenu: "Seitenlayout > Format",
      orientationMenu: "Seitenlayout > Ausrichtung",
      scaleMenu: "Seitenlayout > An Format anpassen",
      notKept: (p: { setting: string; sheets: readonly string[]; menu: string }) =>
        `Excel hat die Druckeinstellung „${p.setting}“ für ${one(p.sheets.length) ? "das Blatt" : "die Blätter"} ${p.sheets.join(", ")} nicht übernommen: Legen Sie sie vor dem Drucken unter ${p.menu} fest.`,
    },

    proForma: {
      created: (p: { sheets: readonly string[]; print: string }) =>
        `${f.count(p.sheets.length)} ${one(p.sheets.length) ? "Proforma-Blatt" : "Proforma-Blätter"} erstellt: ${p.sheets.join(", ")}. ${p.print}`,
      createdOrReplaced: (p: { sheets: readonly string[]; print: string }) =>
        `${f.count(p.sheets.length)} ${one(p.sheets.length) ? "Proforma-Blatt" : "Proforma-Blätter"} erstellt oder ersetzt: ${p.sheets.join(", ")}. ${p.print}`,
      nameTaken: (p: { wanted: readonly string[]; used: readonly string[] }) =>
        `Ein Blatt von Ihnen hieß bereits ${quoted(p.wanted)}; es blieb unverändert, und die Proformarechnung steht in ${quoted(p.used)}.`,
      leftOut: (p: { rows: string }) =>
        `Wegen Fehlern ausgelassen (korrigieren Sie sie und führen Sie „Proformarechnung“ erneut aus): ${p.rows}.`,
    },

    vatStatement: {
      created: (p: { sheet: string; lines: number; print: string }) =>
        `Aufstellung zur EUSt-Verlagerung auf dem Blatt „${p.sheet}“ erstellt: ${f.count(p.lines)} ${one(p.lines) ? "Position" : "Positionen"} nach Sendung, EUSt-Verfahren, Bestimmungsland und MwSt.-Satz, mit den Summen je Verfahren. ${p.print}`,
      replaced: (p: { sheet: string; lines: number; print: string }) =>
        `Aufstellung zur EUSt-Verlagerung auf dem Blatt „${p.sheet}“ ersetzt: ${f.count(p.lines)} ${one(p.lines) ? "Position" : "Positionen"} nach Sendung, EUSt-Verfahren, Bestimmungsland und MwSt.-Satz, mit den Summen je Verfahren. ${p.print}`,
      nameTaken: (p: { wanted: string; used: string }) =>
        `Ein Blatt von Ihnen hieß bereits „${p.wanted}“; es blieb unverändert, und die Aufstellung steht in „${p.used}“.`,
      leftOut: (p: { rows: string }) =>
        `Ausgelassen, weil ihre EUSt nicht ermittelt werden konnte (korrigieren Sie sie und führen Sie „EUSt-Aufstellung“ erneut aus): ${p.rows}.`,
    },

    result: {
      proFormaSheets: "Proforma-Blätter",
      goTo: (p: { sheet: string }) => `${p.sheet} öffnen`,
      summary: "Übersicht",
      rowsByStatus: "Zeilen nach Status",
      tileCount: (p: { count: number }) => f.count(p.count),
      sheetNotes: "Zeilen und Spalten",
      showWholeList: (p: { count: number }) => `Alle ${f.count(p.count)} anzeigen`,
      noRowsFlagged: "Keine auffälligen Zeilen",
      rowsToLookAt: (p: { count: number }) => `Auffällige Zeilen (${f.count(p.count)})`,
      skipFlagged: "Auffällige Zeilen überspringen",
      chooseRow: "Wählen Sie eine Zeile, um sie im Blatt zu markieren.",
      filterLabel: "Zeilen nach Status anzeigen",
      filterAll: (p: { count: number }) => `Alle (${f.count(p.count)})`,
      filterStatus: (p: { status: Status; count: number }) => `${statuses(p.status)} (${f.count(p.count)})`,
      section: (p: { status: Status; count: number }) => `${statuses(p.status)} (${f.count(p.count)})`,
      shipment: (p: { shipment: string }) => `Sendung ${p.shipment}`,
      shipmentAtRisk: (p: { shipment: string }) => `Sendung ${p.shipment} (von Zurückhaltung bedroht)`,
      noShipment: "Ohne Sendung",
      detention: (p: { shipment: string; count: number; listed: readonly string[]; more: number }) =>
        `Sendung ${p.shipment}: Mit ihr ${one(p.count) ? "ist" : "sind"} ${rows(p.count)} von Zurückhaltung bedroht (${one(p.count) ? "Zeile" : "Zeilen"} ${p.listed.join(", ")}${p.more > 0 ? ` und ${f.count(p.more)} weitere` : ""}).`,
      detentionOnly: (p: { count: number }) =>
        one(p.count)
          ? `${f.count(p.count)} weitere Zeile hat nur deshalb einen Befund, weil eine Zeile ihrer Sendung ein Risiko aufweist: siehe ihre Sendung unter „Risiko“.`
          : `${f.count(p.count)} weitere Zeilen haben nur deshalb einen Befund, weil eine Zeile ihrer Sendung ein Risiko aufweist: siehe ihre Sendung unter „Risiko“.`,
      showing: (p: { shown: number; total: number }) =>
        `${f.count(p.shown)} von ${f.count(p.total)} angezeigt.`,
      showMore: (p: { count: number }) => `${f.count(p.count)} weitere anzeigen`,
      showAll: (p: { count: number }) => `Alle ${f.count(p.count)} anzeigen`,
      restInSheet: "Filtern Sie die Spalte „Status“ im Blatt, um alle zu sehen.",
      row: (p: { row: number }) => `Zeile ${p.row}`,
      checked: (p: { rows: number; counts: readonly string[] }) =>
        `${rows(p.rows)} geprüft: ${p.counts.join(", ")}.`,
      statusCount: (p: { status: Status; count: number }) => `${f.count(p.count)} ${counted(p.status)}`,
      done: (p: { action: string }) => `${p.action} abgeschlossen: Das Ergebnis steht unten.`,
      stopped: (p: { action: string; note: string }) => `${p.action} – ${p.note}; das Ergebnis steht unten.`,
      stoppedHeading: (p: { action: string; note: string }) => `Ergebnis: ${p.action} (${p.note})`,
      heading: (p: { action: string }) => `Ergebnis: ${p.action}`,
    },
  };
};
