/**
 * The task pane's words in Dutch (Flanders and the Netherlands), in the words of the Belgian douane and of the
 * accountants and forwarders who clear goods with it (docs/glossary.md), in the style of src/engine/lang/nl.ts and
 * src/sheet/lang/nl.ts: formal ("u"), imperatives ("Kies …", "Voer … uit"), texts the user typed in straight double
 * quotes, Excel's own Dutch words (werkmap, blad, kopregel, invoegtoepassing, Start, Pagina-indeling). Numbers go
 * through `f`; status and flag codes, EUR, HS prefixes and the CUR=RATE examples stay as in English.
 */
import type { Catalogue } from "../../src/engine";
import type { Status } from "../../src/sheet";
import type { ActionName } from "../actions/action-result";
import type { PaneWords } from "./en";

export const nl: Catalogue<PaneWords> = (f) => {
  /** The singular or the plural of a word, by the language's plural rules. */
  const one = (n: number) => f.plural(n) === "one";
  const rows = (n: number) => `${f.count(n)} ${one(n) ? "rij" : "rijen"}`;
  const rowsOf = (p: { done: number; total: number }) => `${f.count(p.done)} van ${f.count(p.total)} rijen`;
  const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");
  // Words chosen by a parameter's value are switches, not table lookups (see en.ts).
  const statuses = (status: Status) =>
    status === "OK" ? "OK" : status === "REVIEW" ? "Nakijken" : status === "RISK" ? "Risico" : "Fout";
  /** What each action writes, as the sentence about a write that stopped names it. */
  const written = (action: ActionName) => {
    switch (action) {
      case "check":
        return "resultaten";
      case "fillVat":
        return "btw-tarieven";
      case "shareCosts":
        return "verdeelde kosten";
      case "proForma":
        return "proformaregels";
      default:
        return "regels van het btw-overzicht";
    }
  };
  const stale = (why: string, p: { action: string; sheet: string }) =>
    `Niet meer actueel: ${why}. Dit is het resultaat van ${p.action} op ${p.sheet} zoals het toen was; voer de actie opnieuw uit voor een actueel resultaat.`;
  /** What replaces a sheet of the add-in's that the user edited, and how a question names such sheets. */
  const editedKinds = (kind: "proForma" | "vatStatement") =>
    kind === "proForma"
      ? { sheet: "proformablad", sheets: "proformabladen", replacement: "de nieuwe proforma" }
      : {
          sheet: "btw-verleggingsblad",
          sheets: "btw-verleggingsbladen",
          replacement: "het nieuwe overzicht",
        };

  return {
    title: "Inverse douanewaarde",

    page: {
      sourceHeading: "Zendingsgegevens",
      sourceLabel: "Te controleren rijen",
      sourceSheet: "Actief blad (gebruikte cellen)",
      sourceSelection: "De geselecteerde cellen",
      refresh: "Blad opnieuw lezen",
      actionsHeading: "Acties",
      actionsHint:
        "Schrijft alleen in de eigen kolommen en bladen van de invoegtoepassing en in lege cellen voor het btw-tarief. Elke uitvoering voegt een regel toe aan het blad Logboek.",
      cancel: "Annuleren",
      shareHeading: "Zendingskosten verdelen",
      shareHint:
        "Verdeelt de facturen van de zending over de rijen ervan naar gewicht per eenheid × aantal, in centen die precies optellen, en schrijft de bedragen per eenheid in de kolommen Vracht, Last mile en Behandelingskosten (alleen in lege cellen of in cellen die de invoegtoepassing eerder invulde).",
      shareFreight: "Totaal vracht (binnen de EU, na invoer)",
      shareLastMile: "Totaal last mile",
      shareHandling: "Totaal behandelingskosten",
      shareShipment: "Zending (leeg: elke rij)",
      mappingHeading: "Kolommen",
      mappingHint:
        "De kolom die de invoegtoepassing voor elk veld leest. Is een kolom verkeerd herkend, kies dan hier de juiste; de keuze wordt in de werkmap bewaard.",
      mappingReset: "Kolommen herkennen",
      settingsHeading: "Instellingen",
      settingsHint: "Bewaard in de werkmap, zodat een collega die ze opent hetzelfde resultaat krijgt.",
      paneLanguage: "Taal van het taakvenster",
      paneLanguageAutomatic: "Taal van Office (automatisch)",
      workbookLanguage: "Taal van de woorden die in de werkmap worden geschreven",
      pseudoLocale: "Pseudo-landinstelling (qps-ploc)",
      declarationDate: "Aangiftedatum (leeg: vandaag)",
      datePlaceholder: "YYYY-MM-DD",
      tolerance: "Tolerantie onder de inverse waarde (EUR per eenheid)",
      vatDeferral: "Btw-verlegging (vereist het btw-nummer van het land van bestemming)",
      offenceLevel: "Overtreding",
      offence1: "1e overtreding",
      offence2: "2e overtreding",
      offence3: "3e overtreding (zwarte lijst)",
      fineFirst: "Boete, 1e overtreding (EUR per GS-code)",
      fineSecond: "Boete, 2e overtreding (EUR per GS-code)",
      exchangeRates: "Wisselkoersen, eenheden per EUR (één CUR=RATE per regel)",
      dutyRates: "Invoerrechtpercentages per begin van de GS-code (één PREFIX=RATE per regel)",
      vatRates:
        "Verlaagde btw-tarieven per land van bestemming en begin van de GS-code (één CC:PREFIX=RATE per regel)",
      channel: "Kanaal van rijen zonder kanaal",
      channelStock: "Voorraad (FBA, B2B)",
      channelB2C: "B2C-pakketten",
      lowValueItemDigits: "Een artikel van een zending met een lage waarde is een onderverdeling van",
      digits8: "8 cijfers (GN)",
      digits6: "6 cijfers (GS)",
      controlledGoods: "Vergunningplichtige goederen signaleren",
      saveSettings: "Instellingen opslaan",
      helpHeading: "Wat betekenen OK, Nakijken, Risico en Fout?",
      helpOK:
        "De aangegeven waarde dekt de inverse waarde die de douane berekent. Er hoeft niets te gebeuren.",
      helpReview:
        "Kijk dit na voordat de zending vertrekt: een waarde om te bevestigen, een link of btw-nummer om te controleren, of een zending die door een andere rij het risico loopt te worden tegengehouden.",
      helpRisk:
        "Te laag aangegeven: de aangegeven waarde ligt onder de inverse waarde. De douane legt per GS-code een boete op en kan de hele zending tegenhouden.",
      helpError:
        "De rij kan niet worden berekend: een waarde ontbreekt of is onleesbaar. De Toelichting van de rij zegt welke en hoe u dat corrigeert.",
      helpFlags:
        "De kolom Signalen in het blad bewaart de codes (voor filters en formules); de kolom Toelichting geeft ze in woorden weer.",
      supportLink: "Hulp en ondersteuning",
    },

    actions: {
      fillVat: "Btw-tarieven invullen",
      check: "Zending controleren",
      shareCosts: "Kosten verdelen",
      proForma: "Proforma",
      vatStatement: "Btw-overzicht",
    },

    statuses: {
      OK: statuses("OK"),
      REVIEW: statuses("REVIEW"),
      RISK: statuses("RISK"),
      ERROR: statuses("ERROR"),
    },

    status: {
      loading: "Laden…",
      readingWorkbook: "De werkmap wordt gelezen…",
      excelSlow:
        "Excel heeft nog niet geantwoord: misschien berekent het de werkmap nog. Het taakvenster leest het blad zodra Excel antwoordt.",
      stopped: "De invoegtoepassing is gestopt; zie de melding hieronder.",
      cancelled: "Geannuleerd.",
      settingsNotSaved: "De instellingen zijn niet opgeslagen: zie de melding bij Instellingen.",
      settingsSaved: "Instellingen opgeslagen in deze werkmap.",
      read: (p) => `${p.source} gelezen.`,
      ready: (p) => `Klaar: ${p.source}. Kies een actie.`,
      running: (p) => `${p.action}…`,
      nothingWritten: (p) => `${p.action}: er is niets geschreven.`,
      asks: (p) => `${p.action} stelt een vraag voordat er iets wordt geschreven: zie de vraag ernaast.`,
      selectedRow: (p) => `Rij ${p.row} in ${p.sheet} geselecteerd.`,
      showingSheet: (p) => `${p.sheet} wordt getoond.`,
      notInExcel: "Deze invoegtoepassing werkt in Excel. Open ze vanuit Excel: Start › Zending controleren.",
      waitingForExcel:
        "Nog altijd aan het wachten tot Excel de invoegtoepassing start. Buiten Excel gebeurt er niets: open de invoegtoepassing vanuit Excel, Start › Zending controleren.",
    },

    progress: {
      readingFor: (p) => `${p.action}: het blad wordt gelezen…`,
      cancelling: "Annuleren na het deel dat nu wordt geschreven…",
      readingSheet: (p) => `Blad lezen: ${rowsOf(p)}`,
      writing: (p) => `Schrijven: ${rowsOf(p)}`,
      writingResults: (p) => `Resultaten schrijven: ${rowsOf(p)}`,
      fillingVatRates: (p) => `Btw-tarieven invullen: ${rowsOf(p)}`,
      sharingCosts: (p) => `Kosten verdelen: ${rowsOf(p)}`,
      writingProForma: (p) => `Proformabladen schrijven: ${rowsOf(p)}`,
      writingStatement: (p) => `Overzicht van de btw-verlegging schrijven: ${rowsOf(p)}`,
      readingProForma: (p) => `Proformabladen lezen: ${rowsOf(p)}`,
      readingStatement: (p) => `Btw-verleggingsblad lezen: ${rowsOf(p)}`,
      checking: (p) => `Controleren: ${rowsOf(p)}`,
      summingUp: (p) => `Samenvatten: ${rowsOf(p)}`,
    },

    errors: {
      cancelledReading: "Geannuleerd tijdens het lezen van het blad: er is niets geschreven.",
      excelFailed: (p) =>
        `Excel kon de aanvraag niet voltooien (${p.error}). Na de laatste voltooide stap is niets geschreven; probeer het opnieuw, en als het weer gebeurt, sla de werkmap dan op en open ze opnieuw.`,
      unexpected: (p) => `Er ging iets mis: ${p.error}. Er is verder niets geschreven.`,
      settingNeedsFixing: (p) =>
        `${p.action} is niet uitgevoerd: een instelling moet worden gecorrigeerd (zie Instellingen).`,
      setting: (p) => `Instellingen, ${p.message}`,
      noTable: (p) => `Er is geen tabel met de naam "${p.table}" meer. Kies de zendingsgegevens opnieuw.`,
      noSelection: (p) =>
        `Excel kon de selectie niet doorgeven (${p.error}). Selecteer één blok cellen, met de kopregel erbij, en probeer het opnieuw.`,
      sheetEmpty: (p) =>
        `Blad "${p.sheet}" is leeg. Open het zendingsblad (of selecteer de cellen ervan) en probeer het opnieuw.`,
      oneCell:
        "Er is maar één cel geselecteerd. Selecteer de kopregel en de rijen van de zending (of kies het hele blad) en probeer het opnieuw.",
      selectionOutside: (p) =>
        `De selectie (${p.selection}) bevat geen enkele van de gebruikte cellen van blad "${p.sheet}". Selecteer de kopregel en de rijen van de zending (of kies het hele blad) en probeer het opnieuw.`,
      missingValues: (p) =>
        `Excel gaf ${p.first === p.last ? `rij ${p.first}` : `rijen ${p.first}–${p.last}`} van blad "${p.sheet}" zonder waarden terug, ook toen om half zoveel werd gevraagd (Excel voor het web doet dat wanneer een leesopdracht de maximale grootte overschrijdt). Er is niets geschreven. Selecteer minder rijen of kolommen en probeer het opnieuw.`,
      unreadable: (p) => `${p.problem} (gelezen: ${p.source}).`,
    },

    stale: {
      settings: (p) => stale("de instellingen zijn gewijzigd", p),
      columns: (p) => stale("de kolommen of de te controleren rijen zijn gewijzigd", p),
      otherSheet: (p) => stale(`${p.active} is nu het actieve blad`, p),
      unreadable: (p) => stale("het blad kon niet opnieuw worden gelezen", p),
    },

    source: {
      table: (p) => `Tabel ${p.table}`,
      info: (p) =>
        `${p.source}: ${f.count(p.columns)} ${one(p.columns) ? "kolom" : "kolommen"}, ${f.count(p.recognised)} herkend.`,
      problems: (p) => `${p.problems.join("; ")}.`,
      needsColumns: (p) =>
        `${f.and(p.actions)} ${p.actions.length === 1 ? "heeft" : "hebben"} ${p.columns.map((column) => `een kolom "${column}"`).join(" en ")} nodig: kies ${p.columns.length === 1 ? "die" : "ze"} onder Kolommen.`,
    },

    mapping: {
      notInSheet: "— niet in dit blad —",
      header: (p) => `${p.header} (${p.letter})`,
    },

    rows: {
      none: "geen rijen",
      one: (p) => `rij ${p.row}`,
      range: (p) => `rijen ${f.count(p.first)}–${f.count(p.last)}`,
      list: (p) =>
        p.more > 0 ? `rijen ${p.rows.join(", ")} en nog ${f.count(p.more)}` : `rijen ${p.rows.join(", ")}`,
    },

    questions: {
      notNow: "Niet nu",
      typedCell: (p) => `${p.address} ("${p.text}")`,
      typedCells: (p) => {
        const where = `${p.columns.length === 1 ? "de kolom" : "de kolommen"} ${quoted(p.columns)}`;
        const more = p.cells > p.named.length ? ` en nog ${f.count(p.cells - p.named.length)}` : "";
        return one(p.cells)
          ? `Een cel van ${where} van de invoegtoepassing is sinds de laatste uitvoering met de hand ingevuld: ${p.named.join(", ")}. Zending controleren zou het resultaat eroverheen schrijven. Wilt u die cel laten zoals ze is (de invoegtoepassing schrijft alle andere cellen), of ze overschrijven?`
          : `${f.count(p.cells)} cellen van ${where} van de invoegtoepassing zijn sinds de laatste uitvoering met de hand ingevuld: ${p.named.join(", ")}${more}. Zending controleren zou de resultaten eroverheen schrijven. Wilt u die cellen laten zoals ze zijn (de invoegtoepassing schrijft alle andere cellen), of ze overschrijven?`;
      },
      keepTyped: (p) => (one(p.cells) ? "Mijn cel behouden" : "Mijn cellen behouden"),
      overwriteTyped: (p) => (one(p.cells) ? "Cel overschrijven" : "Cellen overschrijven"),
      editedCell: (p) => `${p.address} "${p.text}"`,
      editedSheet: (p) => `"${p.sheet}"${p.cells.length === 0 ? "" : ` (${p.cells.join(", ")})`}`,
      editedSheets: (p) => {
        const kind = editedKinds(p.kind);
        return p.sheets.length === 1
          ? `Het ${kind.sheet} ${p.sheets[0]} is gewijzigd sinds de invoegtoepassing het schreef. Wilt u uw blad behouden (hernoemd tot "${p.kept[0]}") en ${kind.replacement} ernaast schrijven, of het vervangen?`
          : `${f.count(p.sheets.length)} ${kind.sheets} zijn gewijzigd sinds de invoegtoepassing ze schreef: ${p.sheets.map((sheet, index) => `${sheet}, bewaard als "${p.kept[index]}"`).join("; ")}. Wilt u uw bladen onder die namen behouden en ${kind.replacement} ernaast schrijven, of ze vervangen?`;
      },
      keepSheets: (p) => (one(p.sheets) ? "Mijn blad behouden" : "Mijn bladen behouden"),
      replaceSheets: (p) => (one(p.sheets) ? "Blad vervangen" : "Bladen vervangen"),
      keptEdited: (p) =>
        one(p.kept.length)
          ? `Uw bewerkte blad is bewaard als ${quoted(p.kept)}; de invoegtoepassing raakt het niet meer aan.`
          : `Uw bewerkte bladen zijn bewaard als ${quoted(p.kept)}; de invoegtoepassing raakt ze niet meer aan.`,
    },

    ownership: {
      formulasInColumn: (p) =>
        `Kolom ${p.letter} "${p.header}" bevat formules (${p.rows}) die de invoegtoepassing niet heeft geschreven, dus heeft ze niets geschreven. Geef die kolom een andere naam of verplaats ze, en voer ${p.action} daarna opnieuw uit.`,
      dataInColumn: (p) =>
        `Kolom ${p.letter} "${p.header}" bevat al gegevens die de invoegtoepassing niet heeft geschreven, dus heeft de invoegtoepassing niets geschreven. Wilt u die waarden behouden, geef de kolom dan een andere naam of verplaats ze; mogen ze weg, wis dan de cellen van de kolom. Voer daarna ${p.action} opnieuw uit.`,
      formulasInCells: (p) =>
        `Kolom ${p.letter} "${p.header}" bevat formules in ${p.rows}; de invoegtoepassing overschrijft nooit een formule, dus heeft ze niets geschreven. Wis die cellen of verdeel de kosten met de hand.`,
      valuesInCells: (p) =>
        `Kolom ${p.letter} "${p.header}" bevat al waarden in ${p.rows} die de invoegtoepassing niet heeft geschreven, dus heeft ze niets geschreven. Wis die cellen als de verdeelde kosten ze moeten vervangen, en voer Kosten verdelen daarna opnieuw uit.`,
    },

    stopped: {
      cancelled: (p) =>
        `U hebt geannuleerd: ${written(p.action)} zijn geschreven in ${f.count(p.done)} van de ${f.count(p.planned)} rijen; in de andere rijen is niets geschreven. De invoegtoepassing heeft bijgehouden wat ze schreef, dus als u de actie opnieuw uitvoert, wordt het werk afgemaakt.`,
      byExcel: (p) =>
        `Excel heeft het schrijven gestopt (${p.error}): ${written(p.action)} zijn geschreven in ${f.count(p.done)} van de ${f.count(p.planned)} rijen; in de andere rijen is niets geschreven. De invoegtoepassing heeft bijgehouden wat ze schreef, dus als u de actie opnieuw uitvoert, wordt het werk afgemaakt.`,
      auditCancelled: (p) => `geannuleerd: ${f.count(p.done)} van ${f.count(p.planned)} rijen geschreven`,
      auditByExcel: (p) =>
        `gestopt door Excel: ${f.count(p.done)} van ${f.count(p.planned)} rijen geschreven`,
    },

    audit: {
      source: (p) => `${p.source} (${p.run})`,
      stoppedRun: (p) => `${p.action}; ${p.note}`,
      shareCostsOf: (p) => `Kosten verdelen ${p.shipment}`,
      editedSheetName: (p) => `${p.sheet} (bewerkt)`,
    },

    check: {
      updatedInPlace: (p) =>
        `${rows(p.rows)} van ${p.source} gecontroleerd. De kolommen ${p.first}–${p.last} zijn ter plaatse bijgewerkt.`,
      wroteColumns: (p) =>
        `${rows(p.rows)} van ${p.source} gecontroleerd. De resultaten staan in de kolommen ${p.letters.join(", ")} (${p.headers.join(", ")}).`,
      keptTyped: (p) =>
        one(p.cells)
          ? `${f.count(p.cells)} cel in de kolommen van de invoegtoepassing waarin u iets hebt getypt, is ongewijzigd gelaten: zolang die cel bevat wat u typte, schrijft de invoegtoepassing er niet overheen.`
          : `${f.count(p.cells)} cellen in de kolommen van de invoegtoepassing waarin u iets hebt getypt, zijn ongewijzigd gelaten: zolang die cellen bevatten wat u typte, schrijft de invoegtoepassing er niet overheen.`,
    },

    vat: {
      refreshed: (p) =>
        `${f.count(p.count)} ${one(p.count) ? "btw-tarief" : "btw-tarieven"} die de invoegtoepassing eerder had ingevuld, opnieuw bepaald: de bestemming of de datum van de rij, of de aangiftedatum, is intussen gewijzigd.`,
      cleared: (p) =>
        `${f.count(p.count)} ${one(p.count) ? "btw-tarief" : "btw-tarieven"} die de invoegtoepassing eerder had ingevuld, gewist: de rij levert geen tarief meer op (de toelichting zegt waarom).`,
      nothingToFill:
        "Geen lege cellen voor het btw-tarief om in te vullen: elke rij heeft een tarief (of geen bestemming waaruit het tarief kan volgen).",
      nothingToFillOwnRight:
        "Geen lege cellen voor het btw-tarief om in te vullen, en de tarieven die de invoegtoepassing eerder invulde, kloppen nog.",
      filled: (p) =>
        `${f.count(p.count)} lege ${one(p.count) ? "cel" : "cellen"} voor het btw-tarief in kolom ${p.column} ingevuld met het normale tarief van het land van bestemming op de datum van de rij (of de aangiftedatum). Tarieven die u zelf typte, zijn ongewijzigd gelaten.`,
      addedColumn: (p) => `Kolom "${p.header}" (${p.column}) toegevoegd.`,
      rowNotFilled: (p) => `Rij ${p.row}: ${p.reason}`,
      rowFormula: (p) =>
        `Rij ${p.row}: de cel voor het btw-tarief bevat een formule; de invoegtoepassing heeft die ongemoeid gelaten.`,
      notFilled: (p) =>
        `Niet ingevuld: ${p.rows.join(" ")}${p.more > 0 ? ` En nog ${f.count(p.more)}.` : ""}`,
    },

    share: {
      freightTotal: "Totaal vracht",
      lastMileTotal: "Totaal last mile",
      handlingTotal: "Totaal behandelingskosten",
      totals: "Totalen van de zending",
      notShared: (p) =>
        `De kosten zijn niet verdeeld: ${p.problems.join("; ")}${p.more > 0 ? `; en nog ${f.count(p.more)}` : ""}.`,
      cost: (p) => `${p.header} ${f.money(p.amount)}`,
      shared: (p) =>
        `${p.costs.join(", ")} verdeeld over ${p.rows} naar gewicht per eenheid × aantal, in centen die precies optellen tot de totalen.`,
      sharedInShipment: (p) =>
        `${p.costs.join(", ")} verdeeld over ${p.rows} van zending ${p.shipment} naar gewicht per eenheid × aantal, in centen die precies optellen tot de totalen.`,
      column: (p) => `${p.header} (${p.letter})`,
      wrote: (p) =>
        `De bedragen per eenheid staan in ${p.columns.join(", ")}. Voer Zending controleren uit om het effect ervan te zien.`,
    },

    print: {
      atFullSize: "A4 liggend op 100 %, kopregel op elke pagina.",
      onePageWide: "A4 liggend, één pagina breed, kopregel op elke pagina.",
      mixed: (p) =>
        `A4 liggend, kopregel op elke pagina; op 100 %: ${p.fullSize.join(", ")}; één pagina breed: ${p.onePageWide.join(", ")}.`,
      a4: "A4",
      landscape: "liggend",
      fullSize: "100 %",
      pageWide: "één pagina breed",
      sizeMenu: "Pagina-indeling > Formaat",
      orientationMenu: "Pagina-indeling > Afdrukstand",
      scaleMenu: "Pagina-indeling > Aanpassen aan",
      notKept: (p) =>
        `Excel heeft de afdrukinstelling "${p.setting}" op ${one(p.sheets.length) ? "blad" : "bladen"} ${p.sheets.join(", ")} niet bewaard: stel ze in via ${p.menu} voordat u afdrukt.`,
    },

    proForma: {
      created: (p) =>
        `${f.count(p.sheets.length)} ${one(p.sheets.length) ? "proformablad" : "proformabladen"} gemaakt: ${p.sheets.join(", ")}. ${p.print}`,
      createdOrReplaced: (p) =>
        `${f.count(p.sheets.length)} ${one(p.sheets.length) ? "proformablad" : "proformabladen"} gemaakt of vervangen: ${p.sheets.join(", ")}. ${p.print}`,
      nameTaken: (p) =>
        `Een blad van u had al de naam ${quoted(p.wanted)}; dat blad is ongemoeid gelaten en de proforma staat op ${quoted(p.used)}.`,
      leftOut: (p) => `Weggelaten wegens fouten (corrigeer ze en voer Proforma opnieuw uit): ${p.rows}.`,
    },

    vatStatement: {
      created: (p) =>
        `Het overzicht van de btw-verlegging is gemaakt op blad "${p.sheet}": ${f.count(p.lines)} ${one(p.lines) ? "regel" : "regels"} per zending, btw-regeling, bestemming en btw-tarief, met de totalen per regeling. ${p.print}`,
      replaced: (p) =>
        `Het overzicht van de btw-verlegging op blad "${p.sheet}" is vervangen: ${f.count(p.lines)} ${one(p.lines) ? "regel" : "regels"} per zending, btw-regeling, bestemming en btw-tarief, met de totalen per regeling. ${p.print}`,
      nameTaken: (p) =>
        `Een blad van u had al de naam "${p.wanted}"; dat blad is ongemoeid gelaten en het overzicht staat op "${p.used}".`,
      leftOut: (p) =>
        `Weggelaten omdat de invoer-btw ervan niet kon worden berekend (corrigeer ze en voer Btw-overzicht opnieuw uit): ${p.rows}.`,
    },

    result: {
      proFormaSheets: "Proformabladen",
      goTo: (p) => `Ga naar ${p.sheet}`,
      summary: "Overzicht",
      rowsByStatus: "Rijen per status",
      tileCount: (p) => f.count(p.count),
      sheetNotes: "Rijen en kolommen",
      showWholeList: (p) => `Alle ${f.count(p.count)} tonen`,
      noRowsFlagged: "Geen gesignaleerde rijen",
      rowsToLookAt: (p) => `Na te kijken rijen (${f.count(p.count)})`,
      skipFlagged: "Gesignaleerde rijen overslaan",
      chooseRow: "Kies een rij om die in het blad te selecteren.",
      filterLabel: "Rijen tonen per status",
      filterAll: (p) => `Alle (${f.count(p.count)})`,
      filterStatus: (p) => `${statuses(p.status)} (${f.count(p.count)})`,
      section: (p) => `${statuses(p.status)} (${f.count(p.count)})`,
      shipment: (p) => `Zending ${p.shipment}`,
      shipmentAtRisk: (p) => `Zending ${p.shipment} (risico op tegenhouding)`,
      noShipment: "Geen zending",
      detention: (p) =>
        `Zending ${p.shipment}: ${rows(p.count)} ${one(p.count) ? "loopt" : "lopen"} met de zending het risico te worden tegengehouden (${one(p.count) ? "rij" : "rijen"} ${p.listed.join(", ")}${p.more > 0 ? ` en nog ${f.count(p.more)}` : ""}).`,
      detentionOnly: (p) =>
        one(p.count)
          ? `Nog ${f.count(p.count)} rij is alleen gesignaleerd omdat een rij van dezelfde zending risico loopt: zie die zending onder Risico.`
          : `Nog ${f.count(p.count)} rijen zijn alleen gesignaleerd omdat een rij van hun zending risico loopt: zie hun zending onder Risico.`,
      showing: (p) => `${f.count(p.shown)} van ${f.count(p.total)} getoond.`,
      showMore: (p) => `Nog ${f.count(p.count)} tonen`,
      showAll: (p) => `Alle ${f.count(p.count)} tonen`,
      restInSheet: "Filter de kolom Status in het blad om ze allemaal te zien.",
      row: (p) => `Rij ${p.row}`,
      checked: (p) => `${rows(p.rows)} gecontroleerd: ${p.counts.join(", ")}.`,
      statusCount: (p) =>
        `${f.count(p.count)} ${p.status === "OK" ? "OK" : statuses(p.status).toLowerCase()}`,
      done: (p) => `${p.action} voltooid: het resultaat staat hieronder.`,
      stopped: (p) => `${p.action} ${p.note}; zie het resultaat hieronder.`,
      stoppedHeading: (p) => `Resultaat: ${p.action} (${p.note})`,
      heading: (p) => `Resultaat: ${p.action}`,
    },
  };
};
