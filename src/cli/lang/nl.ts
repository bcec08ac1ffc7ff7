/**
 * The command line's words in Dutch (Flanders and the Netherlands), in the words of the Belgian douane and of the
 * accountants and forwarders who clear goods with it (docs/glossary.md), in the style of src/engine/lang/nl.ts.
 * Option names, their syntax (FILE, NAME, CUR=RATE), file names, status and flag codes stay as in English.
 */
import type { Catalogue } from "../../engine";
import type { CliWords } from "./en";

export const nl: Catalogue<CliWords> = (f) => ({
  usage: (p: { firstFine: number; secondFine: number }) => `Gebruik: customs-check FILE [options]
         npm run check -- FILE [options]

Controleert een zendingsblad (.xlsx of .csv) zoals de Belgische douane e-commerce-invoer waardeert
(de inverse waarde op basis van de prijs op de marktplaats) en schrijft de gecontroleerde werkmap
FILE.checked.xlsx ernaast: het blad met Inverse waarde, Aangifteratio, Invoerrechten, Status,
Signalen en Toelichting, een blad Overzicht, Proforma-uitsplitsingen en een blad Logboek. Het
invoerbestand wordt nooit gewijzigd.

Opties:
  --sheet NAME         te controleren werkblad in een .xlsx-bestand (standaard: het eerste zichtbare)
  --out FILE           waar de gecontroleerde werkmap wordt geschreven (.xlsx; nooit het invoerbestand).
                       Een bestaand bestand wordt alleen vervangen als customs-check het zelf schreef
  --force              vervangt het --out-bestand (of FILE.checked.xlsx) ook als customs-check het niet
                       schreef (een alleen-lezenbestand wordt nooit vervangen)
  --json               toont één JSON-document (rijen en overzicht) in plaats van het tekstoverzicht
  --jsonl              toont het JSON-rapport als regels: één object per gecontroleerde rij,
                       daarna {"summary": …}; beide worden geschreven terwijl de rijen worden gecontroleerd
  --date YYYY-MM-DD    aangiftedatum: bepaalt de btw-tarieven (standaard: vandaag)
  --offence 1|2|3      overtreding voor het boeterisico (1: EUR ${f.count(p.firstFine)}, 2: EUR ${f.count(p.secondFine)} per GS-code,
                       3: opname op de zwarte lijst, geen bedrag; standaard 1)
  --tolerance X        hoeveel EUR per eenheid een aangegeven waarde onder de inverse waarde mag liggen
                       (standaard 0)
  --no-vat-deferral    geen btw-verlegging: er is geen btw-nummer nodig
  --fx CUR=RATE        wisselkoers van de douane in eenheden per EUR, bijv. --fx SEK=11.39 (herhaalbaar)
  --vat-rate CC:PREFIX=RATE
                       verlaagd btw-tarief per land van bestemming en begin van de GS-code, bijv.
                       --vat-rate DE:4901=7% (herhaalbaar; het langste begin gaat voor; een btw-tarief in
                       de rij zelf gaat daar nog altijd voor)
  --channel stock|b2c  kanaal van rijen waarvoor geen kanaal is ingevuld: stock (eigen voorraad, FBA,
                       B2B: de gewone invoerrechten; de standaard) of b2c (pakketten verkocht aan
                       consumenten: het recht van EUR 3 op zendingen met een lage waarde)
  --low-value-item 8|6 cijfers van de tariefonderverdeling die één artikel vormen voor het recht van
                       EUR 3 op zendingen met een lage waarde: 8 (de GN-onderverdeling, de standaard) of
                       6 (de GS-onderverdeling)
  --no-controlled-goods
                       goederen waarvoor een vergunning, een certificaat of een verklaring nodig is,
                       worden niet gesignaleerd
  --lang en|fr|nl|de|zh
                       taal van het tekstoverzicht, de meldingen, de woorden van de gecontroleerde
                       werkmap en de toelichtingen in --json: Engels, Frans, Nederlands, Duits of
                       vereenvoudigd Chinees (standaard: de systeemtaal uit LC_ALL, LC_MESSAGES of
                       LANG, anders Engels; JSON-sleutels, signaalcodes en afsluitwaarden zijn in elke
                       taal dezelfde)
  --help               deze tekst

Afsluitwaarde: 0 de controle is voltooid en geen enkele rij staat op RISK of ERROR; 1 sommige rijen
staan op RISK of ERROR; 2 de controle is niet voltooid (een probleem met de opdracht of het bestand,
gemeld in één regel op stderr; er wordt geen werkmap geschreven); 130 of 143 onderbroken door Ctrl-C
(SIGINT) of SIGTERM (de onvoltooide werkmap wordt verwijderd).`,

  command: {
    unknownOption: (p: { option: string }) =>
      `Onbekende optie ${p.option}. Zie customs-check --help voor de opties`,
    takesNoValue: (p: { option: string }) =>
      `${p.option} staat geen waarde toe. Zie customs-check --help voor de opties`,
    needsDashedValue: (p: { option: string }) =>
      `${p.option} vereist een waarde; schrijf voor een waarde die met "-" begint ${p.option}=WAARDE`,
    needsValue: (p: { option: string }) =>
      `${p.option} vereist een waarde. Zie customs-check --help voor de opties`,
    otherProblem: (p: { problem: string }) => `${p.problem}. Zie customs-check --help voor de opties`,
    noFile: "Geen bestand opgegeven. Gebruik: customs-check FILE [options] (--help voor de opties)",
    oneFileAtATime: (p: { files: readonly string[] }) =>
      `Geef één bestand tegelijk op (opgegeven: ${p.files.map((name) => `"${name}"`).join(", ")}). Zie customs-check --help voor de opties`,
    emptyDate: "--date is leeg: geef de aangiftedatum op als YYYY-MM-DD, of laat --date weg voor vandaag",
    offenceChoice: (p: { value: string }) => `--offence ${p.value}: kies overtreding 1, 2 of 3`,
    fxForm: (p: { value: string }) =>
      `--fx ${p.value}: schrijf de douanekoers als CUR=RATE in eenheden per EUR, bijv. --fx SEK=11.39`,
    fxTwice: (p: { currency: string; first: string; second: string }) =>
      `--fx ${p.currency} is twee keer opgegeven (${p.first} en ${p.second}): geef één koers per valuta`,
    vatRateTwice: (p: { key: string; first: string; second: string }) =>
      `--vat-rate ${p.key} is twee keer opgegeven (${p.first} en ${p.second}): geef één tarief per land van bestemming en begin van de GS-code`,
    emptyChannel: "--channel is leeg: kies stock of b2c, of laat --channel weg voor stock",
    emptyLanguage:
      "--lang is leeg: kies en, fr, nl, de of zh, of laat --lang weg voor de taal van het systeem",
    outIsInput: (p: { out: string }) =>
      `--out ${p.out} is het invoerbestand: de gecontroleerde werkmap overschrijft nooit de invoer; kies een andere naam`,
    outNotXlsx: (p: { out: string }) =>
      `--out ${p.out}: de gecontroleerde werkmap is een .xlsx-bestand; geef een naam die op .xlsx eindigt`,
    sheetOfCsv: (p: { sheet: string }) =>
      `--sheet ${p.sheet}: een .csv-bestand heeft één blad; --sheet is bedoeld voor .xlsx-werkmappen`,
    jsonAndJsonl:
      "--json en --jsonl allebei opgegeven: kies er één (--json toont één document, --jsonl één regel per rij)",
  },

  output: {
    givenIsFolder: (p: { out: string }) =>
      `--out ${p.out} is een map: geef een bestandsnaam die op .xlsx eindigt`,
    defaultIsFolder: (p: { out: string }) =>
      `${p.out} (het standaarduitvoerbestand) is een map: geef een bestandsnaam die op .xlsx eindigt`,
    givenReadOnly: (p: { out: string }) =>
      `--out ${p.out} bestaat al en is alleen-lezen, dus het wordt niet vervangen: kies een andere naam voor --out`,
    defaultReadOnly: (p: { out: string }) =>
      `${p.out} (het standaarduitvoerbestand) bestaat al en is alleen-lezen, dus het wordt niet vervangen: verplaats het of gebruik --out`,
    givenNotOurs: (p: { out: string }) =>
      `--out ${p.out} bestaat al en is geen werkmap die customs-check schreef: kies een andere naam voor --out, of voeg --force toe om het te vervangen`,
    defaultNotOurs: (p: { out: string }) =>
      `${p.out} (het standaarduitvoerbestand) bestaat al en is geen werkmap die customs-check schreef: verplaats het of gebruik --out, of voeg --force toe om het te vervangen`,
    cannotWrite: (p: { out: string; problem: string }) =>
      `De gecontroleerde werkmap ${p.out} kan niet worden geschreven: ${p.problem}`,
    noFolder: (p: { folder: string }) => `de map ${p.folder} bestaat niet`,
    permissionDenied: "toegang geweigerd (is het bestand geopend in Excel, of is de map alleen-lezen?)",
    isFolder: "het is een map",
    diskFull: "de schijf is vol",
  },

  input: {
    notFound: (p: { file: string }) => `Bestand niet gevonden: ${p.file}`,
    cannotRead: (p: { file: string; problem: string }) => `${p.file} kan niet worden gelezen: ${p.problem}`,
    isFolder: (p: { file: string }) =>
      `${p.file} is een map, geen spreadsheet: geef een .xlsx- of .csv-bestand`,
    empty: (p: { file: string }) => `${p.file} is leeg`,
    emptySheet: (p: { file: string; sheet: string }) => `Het blad "${p.sheet}" van ${p.file} is leeg`,
    oldOrProtected: (p: { file: string }) =>
      `${p.file} is een Excel 97-2003-werkmap of een met een wachtwoord beveiligde werkmap: sla het bestand in Excel op als .xlsx-werkmap zonder wachtwoord`,
    notAWorkbookButKind: (p: { file: string; kind: string }) =>
      `${p.file} is geen Excel-werkmap (het is ${p.kind})`,
    notAWorkbook: (p: { file: string }) =>
      `${p.file} is geen Excel-werkmap (een .xlsx-bestand is een zip-archief; dit bestand niet)`,
    xls: (p: { file: string }) =>
      `${p.file} is een Excel 97-2003-werkmap: sla het bestand in Excel op als .xlsx (of als CSV) en controleer dat`,
    otherSpreadsheet: (p: { file: string }) =>
      `${p.file}: sla het bestand op als .xlsx-werkmap of als .csv-bestand en controleer dat`,
    unknownType: (p: { file: string; extension: string }) =>
      `${p.file}: onbekend bestandstype "${p.extension}"; geef een .xlsx-werkmap of een .csv-bestand`,
    noExtension: (p: { file: string }) =>
      `${p.file}: onbekend bestandstype; geef een .xlsx-werkmap of een .csv-bestand`,
    utf16WithoutBom: (p: { file: string }) =>
      `${p.file} lijkt UTF-16-tekst zonder bytevolgordemarkering (BOM), die niet veilig kan worden gelezen: sla het bestand in Excel op als "CSV UTF-8" of "Unicode-tekst"`,
    notCsvButKind: (p: { file: string; kind: string }) =>
      `${p.file} is geen CSV-tekstbestand (het is ${p.kind})`,
    notCsv: (p: { file: string }) => `${p.file} is geen CSV-tekstbestand`,
    unreadableWorkbook: (p: { file: string; reason: string }) =>
      `${p.file} kon niet als Excel-werkmap worden gelezen: ${p.reason}`,
    cutShort: "het bestand is onvolledig (een onderbroken download of kopie?)",
    notValidZip: "het is geen geldig zip-archief",
    kinds: {
      png: "een PNG-afbeelding",
      jpeg: "een JPEG-afbeelding",
      pdf: "een PDF-document",
      gif: "een GIF-afbeelding",
      gzip: "een gzip-archief",
      zip: "een zip-archief of een .xlsx-werkmap",
    },
    sheetOfFile: (p: { file: string; sheet: string }) => `${p.file}, blad "${p.sheet}"`,
    problemAt: (p: { source: string; problem: string }) => `${p.source}: ${p.problem}`,
    changedWhileRead: (p: { file: string }) =>
      `${p.file} is veranderd tijdens de controle (het wordt twee keer gelezen: voor de indeling en de zendingen, daarna om de rijen te controleren en te kopiëren). Controleer het opnieuw wanneer niets er nog naar schrijft`,
  },

  csv: {
    inFile: (p: { file: string; problem: string }) => `${p.file}, ${p.problem}`,
    unclosedQuoteLine: (p: { line: number }) =>
      `regel ${p.line}: een veld begint met een aanhalingsteken (") dat nooit wordt gesloten, zodat de rest van de regel als één cel gelezen zou worden. Voeg het sluitende aanhalingsteken toe, of schrijf een aanhalingsteken binnen een veld als twee ("")`,
    unclosedQuoteFile: (p: { line: number; rest: number }) =>
      `regel ${p.line}: een veld begint met een aanhalingsteken (") dat nooit wordt gesloten, zodat de rest van het bestand (nog ${f.count(p.rest)} ${f.plural(p.rest) === "one" ? "regel" : "regels"}) als één cel gelezen zou worden. Voeg het sluitende aanhalingsteken toe, of schrijf een aanhalingsteken binnen een veld als twee ("")`,
    misplacedQuote: (p: { line: number; closes: number }) =>
      `regel ${p.line}: een veld begint met een aanhalingsteken (") dat pas op regel ${p.closes} wordt gesloten, midden in andere tekst, zodat de regels daartussen als één cel gelezen zouden worden. Voeg het sluitende aanhalingsteken toe op regel ${p.line}, of schrijf een aanhalingsteken binnen een veld als twee ("")`,
    longCell: (p: { line: number; length: number; limit: number }) =>
      `regel ${p.line}: hier begint een veld van ${f.count(p.length)} tekens, meer dan de ${f.count(p.limit)} die Excel in een cel bewaart; meestal wordt een aanhalingsteken (") veel te laat gesloten. Controleer de aanhalingstekens vanaf die regel`,
    valuesBeyondHeader: (p: {
      line: number;
      values: number;
      headers: number;
      value: string;
      column: number;
      more: number;
    }) =>
      `regel ${p.line}: ${f.count(p.values)} waarden onder ${f.count(p.headers)} kolomkoppen: "${p.value}", de ${p.column}e,${p.more === 0 ? " heeft" : ` en nog ${f.count(p.more)} andere hebben`} geen kop. Een getal met een decimale komma in een bestand met komma's als scheidingsteken (12,99) wordt als twee waarden gelezen en verschuift de rest van de regel één kolom naar rechts. Zet zulke getallen tussen aanhalingstekens ("12,99"), sla het bestand op met puntkomma's als scheidingsteken, of geef de extra kolom een kop`,
  },

  workbook: {
    noWorksheets: (p: { file: string }) => `${p.file} bevat geen werkbladen: is het wel een Excel-werkmap?`,
    noWorkbookInside: (p: { file: string }) => `${p.file} bevat geen werkmap: is het wel een Excel-werkmap?`,
    noSuchSheet: (p: { file: string; wanted: string; sheets: readonly string[] }) =>
      `Er is geen blad "${p.wanted}" in ${p.file}: ${f.plural(p.sheets.length) === "one" ? "het blad heet" : "de bladen heten"} ${p.sheets.map((name) => `"${name}"`).join(", ")}`,
    readingStopped: (p: { file: string; part: string }) =>
      `${p.file} kon niet als Excel-werkmap worden gelezen: het lezen stopte vóór het einde van ${p.part}. Open het bestand in Excel, dat een beschadigde werkmap kan herstellen, sla het op en controleer het opnieuw`,
    partDamaged: (p: { file: string; part: string; reason: string }) =>
      `${p.file} kon niet als Excel-werkmap worden gelezen: ${p.part} is beschadigd: ${p.reason}. Open het bestand in Excel, dat een beschadigde werkmap kan herstellen, sla het op en controleer het opnieuw`,
    partMethod: (p: { file: string; part: string; method: number }) =>
      `${p.file} kon niet als Excel-werkmap worden gelezen: ${p.part} is gecomprimeerd met methode ${p.method}, die Excel niet gebruikt. Open het bestand in Excel, dat een beschadigde werkmap kan herstellen, sla het op en controleer het opnieuw`,
    parts: {
      part: (p: { part: string }) => `het onderdeel ${p.part}`,
      partAbout: (p: { part: string; about: string }) => `het onderdeel ${p.part} (${p.about})`,
      sharedStrings: "de celteksten",
      styles: "de celopmaak",
      workbook: "de lijst van de bladen",
      workbookLinks: "de lijst van de onderdelen van de werkmap",
      aSheet: "een blad",
      sheet: (p: { sheet: string }) => `blad "${p.sheet}"`,
      linksOfASheet: "de verwijzingen van een blad",
      linksOfSheet: (p: { sheet: string }) => `de verwijzingen van blad "${p.sheet}"`,
    },
    zip: {
      cutShort: "het bestand is onvolledig (een onderbroken download of kopie?)",
      noDirectory: "het bestand is onvolledig of is geen zip-archief (geen centrale directory)",
      directoryDamaged: "de directory van het zip-archief is beschadigd",
      dataDamaged: "de gecomprimeerde gegevens kunnen niet worden uitgepakt",
      checksum: "de inhoud komt niet overeen met de controlesom die erbij is opgeslagen",
    },
  },

  run: {
    stalledStarting: (p: { file: string }) =>
      `${p.file}: de controle is vroegtijdig gestopt (tijdens het opstarten); er is geen gecontroleerde werkmap geschreven. Gaat het om een werkmap, open het bestand dan in Excel, sla het op en controleer het opnieuw`,
    stalledReading: (p: { file: string }) =>
      `${p.file}: de controle is vroegtijdig gestopt (tijdens het lezen van het bestand); er is geen gecontroleerde werkmap geschreven. Gaat het om een werkmap, open het bestand dan in Excel, sla het op en controleer het opnieuw`,
    stalledChecking: (p: { file: string; out: string }) =>
      `${p.file}: de controle is vroegtijdig gestopt (tijdens het controleren van de rijen en het schrijven van ${p.out}); er is geen gecontroleerde werkmap geschreven. Gaat het om een werkmap, open het bestand dan in Excel, sla het op en controleer het opnieuw`,
    neverFinished: "de controle is vroegtijdig gestopt; er is geen gecontroleerde werkmap geschreven",
    interrupted: (p: { signal: string }) => `onderbroken (${p.signal}): de controle is niet voltooid`,
    interruptedRemoved: (p: { signal: string }) =>
      `onderbroken (${p.signal}): de controle is niet voltooid; de onvoltooide werkmap is verwijderd`,
    internalError: (p: { problem: string }) => `interne fout, meld die alstublieft: ${p.problem}`,
    workerStopped: (p: { code: number }) => `de evaluatiethread is gestopt (afsluitcode ${p.code})`,
  },

  summary: {
    checked: (p: { file: string; rows: number; headerRow: number }) =>
      `${p.file} gecontroleerd: ${f.count(p.rows)} ${f.plural(p.rows) === "one" ? "rij" : "rijen"}, kopregel op rij ${p.headerRow}`,
    checkedSheet: (p: { file: string; sheet: string; rows: number; headerRow: number }) =>
      `${p.file}, blad "${p.sheet}" gecontroleerd: ${f.count(p.rows)} ${f.plural(p.rows) === "one" ? "rij" : "rijen"}, kopregel op rij ${p.headerRow}`,
    labels: {
      status: "Status",
      fineExposure: "Boeterisico",
      outstandingDuty: "Ontdoken invoerrechten",
      shipmentsExposed: "Zendingen met risico",
      importVat: "Invoer-btw",
      lowValueDuty: "Recht lage waarde",
      reducedVat: "Verlaagd btw-tarief",
      licences: "Vergunningen",
      ignoredColumns: "Genegeerde kolommen",
      notUsed: "Niet gebruikt",
      cellsCleaned: "Opgeschoonde cellen",
      hiddenRows: "Verborgen rijen",
      rowsAndColumns: "Rijen en kolommen",
      settings: "Instellingen",
      checkedWorkbook: "Gecontroleerde werkmap",
    },
    statusCount: (p: { status: string; count: number }) => `${p.status} ${f.count(p.count)}`,
    hsCodes: (p: { codes: string }) => `GS-codes ${p.codes}`,
    importVatPaid: (p: { amount: string }) => `betaald bij invoer: ${p.amount}`,
    importVatDeferred: (p: { amount: string }) => `verlegd (ET 14.000): ${p.amount}`,
    importVatExempt: (p: { amount: string }) => `vrijgesteld (regeling 42): ${p.amount}`,
    ignoredColumns: (p: { columns: readonly string[] }) =>
      `${p.columns.join(", ")} (kosten die de douane niet aftrekt)`,
    columns: (p: { columns: readonly string[] }) => p.columns.join(", "),
    notableAll: "Rijen met RISK of ERROR:",
    notableFirst: (p: { shown: number; total: number }) =>
      `Rijen met RISK of ERROR (de eerste ${f.count(p.shown)} van ${f.count(p.total)}):`,
    notableRow: (p: {
      row: number;
      sku: string;
      status: string;
      flags: readonly string[];
      explanation: string;
    }) =>
      `rij ${p.row}${p.sku === "" ? "" : ` ${p.sku}`}: ${p.status} ${p.flags.join(", ")}. ${p.explanation}`,
  },

  checkedSheetSplit: (p: { sheets: readonly string[]; rows: number }) =>
    `het gecontroleerde blad is verdeeld over ${f.count(p.sheets.length)} bladen van hoogstens ${f.count(p.rows)} rijen (${p.sheets.join(", ")}), elk beginnend met de kopregel`,
  proFormaSplit: (p: { sheets: readonly string[]; rows: number }) =>
    `de proformafactuur is verdeeld over ${f.count(p.sheets.length)} bladen van hoogstens ${f.count(p.rows)} rijen (${p.sheets.join(", ")}), elk beginnend met de kolomkoppen`,
  cleanedCells: (p: { cells: readonly string[]; more: number }) =>
    `${p.cells.join(", ")}${p.more > 0 ? ` en nog ${f.count(p.more)}` : ""} (tekens die Excel niet kan opslaan, zijn verwijderd)`,
  hiddenRows: (p: { rows: readonly string[]; count: number; more: number }) =>
    `${f.plural(p.count) === "one" ? "rij" : "rijen"} ${p.rows.join(", ")}${p.more > 0 ? ` en nog ${f.count(p.more)}` : ""} (verborgen in de invoer, nog altijd verborgen in de gecontroleerde werkmap)`,

  summarySheet: {
    title: (p: { file: string }) => `Douanecontrole: ${p.file}`,
    file: "Bestand",
    sheet: "Blad",
    format: "Indeling",
    csvTab: "CSV, scheidingsteken tab",
    csvSeparator: (p: { separator: string }) => `CSV, scheidingsteken "${p.separator}"`,
    checkedAt: "Gecontroleerd op",
    headerRow: "Kopregel",
    unmappedColumns: "Niet-toegewezen kolommen",
    columnsRead: "Gelezen kolommen",
    settings: "Instellingen",
    vatTable: "Btw-tabel",
    proForma: "Proforma",
    vatDeferral: "Btw-verlegging",
    rowsAndColumns: "Rijen en kolommen",
    cellsCleaned: "Opgeschoonde cellen",
    hiddenRows: "Verborgen rijen",
    notes: "Opmerkingen",
    notesText:
      "Bedragen in EUR. Het gecontroleerde blad bevat de waarden van de invoer (formules als hun resultaat); andere bladen van de invoer worden niet overgenomen. Het invoerbestand is niet gewijzigd.",
    list: (p: { items: readonly string[] }) => (p.items.length === 0 ? "geen" : p.items.join(", ")),
  },

  progress: {
    reading: "Lezen",
    checking: "Controleren",
    kilobytes: "kB",
    rows: "rijen",
    perSecond: "rijen/s",
    timeLeft: "resterend",
  },
});
