/**
 * The words the check writes into the workbook, in German: in the words of the German Zoll and of the accountants
 * and forwarders who clear goods with it (docs/glossary.md), formal ("Sie"), quotes as „…“, amounts as EUR 1.250,40
 * and dates as 30.12.2026 (through `f`). A finding reads as the engine's German findings do: the column, a colon,
 * what is wrong, a dash and what to do. Flag and status codes (UNDER_DECLARED, RISK) stay codes.
 */
import { type Catalogue, type ControlledRegimeId, consecutiveHeadings } from "../../engine";
import type { RegimeWords, SheetWords } from "./en";

/** Consecutive 4-digit headings sharing one description, as the engine's table lists them (4401 to 4421). */
const headings = (first: number, last: number, goods: string): [string, string][] =>
  consecutiveHeadings(first, last).map((heading) => [heading, goods]);

/** The engine's table of controlled goods (src/engine/controlled-goods.ts) in German, keyed the same way. */
const REGIMES: Readonly<Record<ControlledRegimeId, RegimeWords>> = {
  CBAM: {
    name: "CBAM (CO2-Grenzausgleichssystem)",
    law: "Verordnung (EU) 2023/956, Anhang I",
    prepare:
      "Führen Sie die Waren nur über einen zugelassenen CBAM-Anmelder ein (den Einführer oder seinen indirekten " +
      "Zollvertreter), es sei denn, der Einführer bleibt im Kalenderjahr bei höchstens 50 Tonnen Nettomasse an " +
      "CBAM-Waren (kein Schwellenwert für Strom und Wasserstoff), und fordern Sie beim Hersteller die Daten zu den " +
      "grauen Emissionen an.",
    goods: Object.fromEntries([
      ["25070080", "kalzinierte kaolinhaltige Tone"],
      ["2523", "Zement und Zementklinker"],
      ["2716", "elektrischer Strom"],
      ["2808", "Salpetersäure"],
      ["2814", "Ammoniak"],
      ["283421", "Kaliumnitrat"],
      ["3102", "stickstoffhaltige Düngemittel"],
      ["3105", "Mehrnährstoffdünger"],
      ["260112", "agglomerierte Eisenerze"],
      ["72", "Eisen und Stahl"],
      ["7301", "Spundwanderzeugnisse aus Eisen oder Stahl"],
      ["7302", "Oberbaumaterial für Bahnen aus Eisen oder Stahl"],
      ["7303", "Rohre aus Gusseisen"],
      ["7304", "nahtlose Rohre aus Eisen oder Stahl"],
      ["7305", "Rohre mit großem Durchmesser aus Eisen oder Stahl"],
      ["7306", "andere Rohre aus Eisen oder Stahl"],
      ["7307", "Rohrformstücke und Rohrverbindungsstücke aus Eisen oder Stahl"],
      ["7308", "Konstruktionen aus Eisen oder Stahl"],
      ["7309", "große Behälter aus Eisen oder Stahl"],
      ["7310", "kleine Behälter aus Eisen oder Stahl"],
      ["7311", "Behälter für Gase aus Eisen oder Stahl"],
      ["7318", "Schrauben, Bolzen und Muttern aus Eisen oder Stahl"],
      ["7326", "andere Waren aus Eisen oder Stahl"],
      ["7601", "Aluminium in Rohform"],
      ...headings(7603, 7614, "Aluminiumerzeugnisse"),
      ["7616", "andere Waren aus Aluminium"],
      ["280410", "Wasserstoff"],
    ]),
  },
  EUDR: {
    name: "EUDR (entwaldungsfreie Erzeugnisse)",
    law: "Verordnung (EU) 2023/1115, Anhang I",
    prepare:
      "Lassen Sie sich vor der Überlassung zum zollrechtlich freien Verkehr vom Marktteilnehmer die Referenznummer " +
      "seiner Sorgfaltserklärung (oder vereinfachten Erklärung) im EUDR-Informationssystem geben und tragen Sie sie " +
      "in die Zollanmeldung ein.",
    goods: Object.fromEntries([
      ["0102", "lebende Rinder"],
      ["0201", "Rindfleisch, frisch oder gekühlt"],
      ["0202", "Rindfleisch, gefroren"],
      ["020610", "Schlachtnebenerzeugnisse von Rindern, frisch oder gekühlt"],
      ["020622", "Rinderlebern, gefroren"],
      ["020629", "andere Schlachtnebenerzeugnisse von Rindern, gefroren"],
      ["160250", "zubereitetes oder haltbar gemachtes Rindfleisch"],
      ...headings(1801, 1806, "Kakao und Schokolade"),
      ["0901", "Kaffee"],
      ["120710", "Palmnüsse und Palmkerne"],
      ["1511", "Palmöl"],
      ["151321", "rohes Palmkernöl"],
      ["151329", "raffiniertes Palmkernöl"],
      ["230660", "Ölkuchen aus Palmkernen"],
      ["290545", "Glycerin"],
      ["291570", "Palmitin- und Stearinsäure"],
      ["291590", "andere gesättigte Fettsäuren"],
      ["382311", "technische Stearinsäure"],
      ["382312", "technische Ölsäure"],
      ["382319", "andere technische Fettsäuren"],
      ["382370", "technische Fettalkohole"],
      ["4001", "Naturkautschuk"],
      ...headings(4005, 4008, "Kautschukmischungen und -platten"),
      ["4011", "neue Luftreifen aus Kautschuk"],
      ["40129030", "Laufstreifen für Reifen"],
      ["4013", "Luftschläuche aus Kautschuk"],
      ["4015", "Kleidung und Handschuhe aus Kautschuk"],
      ["4017", "Hartkautschuk"],
      ["120190", "Sojabohnen, nicht zur Aussaat"],
      ["120810", "Sojamehl"],
      ["1507", "Sojaöl"],
      ["2304", "Ölkuchen aus Soja"],
      ...headings(4401, 4421, "Holz und Holzwaren"),
      ["47", "Zellstoff aus Holz"],
      ["48", "Papier und Pappe"],
      ["940131", "Drehsitze aus Holz"],
      ["940141", "in Liegen umwandelbare Sitzmöbel aus Holz"],
      ["940161", "gepolsterte Sitzmöbel aus Holz"],
      ["940169", "andere Sitzmöbel aus Holz"],
      ["940180", "andere Sitzmöbel"],
      ["94019190", "Teile von Sitzmöbeln aus Holz"],
      ["940330", "Büromöbel aus Holz"],
      ["940340", "Küchenmöbel aus Holz"],
      ["940350", "Schlafzimmermöbel aus Holz"],
      ["940360", "andere Möbel aus Holz"],
      ["940391", "Teile von Möbeln aus Holz"],
      ["940610", "vorgefertigte Gebäude aus Holz"],
    ]),
  },
  TOYS: {
    name: "Spielzeugsicherheit (CE-Kennzeichnung)",
    law: "Richtlinie 2009/48/EG",
    prepare:
      "Lassen Sie sich die EU-Konformitätserklärung geben und prüfen Sie, ob jedes Spielzeug die CE-Kennzeichnung, " +
      "seine Warnhinweise sowie Name und Postanschrift des Herstellers und des EU-Einführers trägt.",
    goods: {
      "9503": "Spielzeug und maßstabsgetreue Modelle",
      "950490": "Tisch- und Gesellschaftsspiele",
      "950590": "Karnevals- und Partyartikel",
    },
  },
  COSMETICS: {
    name: "Kosmetische Mittel (CPNP-Notifizierung)",
    law: "Verordnung (EG) Nr. 1223/2009",
    prepare:
      "Prüfen Sie, ob auf dem Etikett eine verantwortliche Person in der EU genannt ist und diese jedes Produkt vor " +
      "dem Inverkehrbringen im CPNP notifiziert hat, und lassen Sie sich die Referenz der Produktinformationsdatei " +
      "geben.",
    goods: {
      "3303": "Parfüms",
      "3304": "Make-up und Hautpflegemittel",
      "3305": "Haarpflegemittel",
      "330610": "Zahnpasta",
      "3307": "Rasiermittel, Deodorants und Badezusätze",
      "340111": "Toilettenseife",
    },
  },
  BATTERIES: {
    name: "Batterien (und Lithiumzellen als Gefahrgut im Luftverkehr)",
    law: "Verordnung (EU) 2023/1542",
    prepare:
      "Fordern Sie beim Versender die UN38.3-Prüfzusammenfassung und das Sicherheitsdatenblatt an, buchen Sie " +
      "Lithiumbatterien in der Luftfracht als Gefahrgut (UN3480/3481/3090/3091; lose Lithium-Ionen-Zellen nur mit " +
      "Nurfrachtflugzeugen und bei höchstens 30 % Ladezustand) und prüfen Sie die Kennzeichnung der Batterien und " +
      "die CE-Kennzeichnung.",
    goods: {
      "8506": "Primärelemente und Primärbatterien",
      "8507": "Akkumulatoren (wiederaufladbare Batterien)",
    },
  },
  RADIO_EQUIPMENT: {
    name: "Funkanlagen (CE-Kennzeichnung, RED)",
    law: "Richtlinie 2014/53/EU",
    prepare:
      "Lassen Sie sich die EU-Konformitätserklärung geben und prüfen Sie, ob jedes Gerät die CE-Kennzeichnung sowie " +
      "Name und Postanschrift des Herstellers und des EU-Einführers trägt.",
    goods: {
      "8517": "Telefone und Netzwerkgeräte",
      "8525": "Sendegeräte und Kameras",
      "8526": "Radar- und Funknavigationsgeräte",
      "8527": "Rundfunkempfangsgeräte",
    },
  },
  WEAPONS: {
    name: "Waffen, Teile und Munition (Genehmigung)",
    law: "Verordnung (EU) 2025/41",
    prepare:
      "Lassen Sie die Waren nicht ohne die Einfuhrgenehmigung abfertigen (bei Waren aus einem anderen EU-Land ohne " +
      "die vorherige Zustimmung), die die wallonische Direction des Licences d'Armes dem in der Wallonie ansässigen " +
      "Einführer erteilt.",
    goods: {
      "9301": "Kriegswaffen",
      "9302": "Revolver und Pistolen",
      "9303": "andere Feuerwaffen",
      "9304": "Luftdruckwaffen und Schlagstöcke",
      "9305": "Teile von Waffen",
      "9306": "Munition",
      "9307": "Säbel und Bajonette",
    },
  },
  FOOD_AND_FEED: {
    name: "Amtliche Kontrollen an einer Grenzkontrollstelle (Tiere und tierische Erzeugnisse)",
    law: "Verordnung (EU) 2017/625",
    prepare:
      "Melden Sie die Sendung mindestens einen Arbeitstag vor der Ankunft in TRACES vorab an (GGED-A/CHED-A für " +
      "Tiere, GGED-P/CHED-P für Erzeugnisse) und stellen Sie sie mit der amtlichen Gesundheitsbescheinigung an einer " +
      "EU-Grenzkontrollstelle vor.",
    goods: {
      "01": "lebende Tiere",
      "02": "Fleisch und Schlachtnebenerzeugnisse",
      "03": "Fische und Meeresfrüchte",
      "04": "Milcherzeugnisse, Eier und Honig",
      "16": "Fleisch- und Fischzubereitungen",
    },
  },
};

export const de: Catalogue<SheetWords> = (f) => {
  const one = (n: number) => f.plural(n) === "one";
  const quoted = (items: readonly string[]) => items.map((item) => `„${item}“`);
  /** A phrase of the engine after a colon: a capital when it is a sentence ("Der HS-Code fehlt"). */
  const upper = (text: string) =>
    /^[a-zäöü]+\s/.test(text) ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
  /** Rows named in a sentence: the first of them, and `more` not named. */
  type NamedRows = { rows: readonly string[]; count: number; more: number };
  /** "Zeile 41", "Zeilen 41 und 43", "Zeilen 41, 43, 45 und 7 weitere". */
  const rowList = (p: NamedRows) =>
    `${one(p.count) ? "Zeile" : "Zeilen"} ${p.more > 0 ? `${p.rows.join(", ")} und ${f.number(p.more)} weitere` : f.and(p.rows)}`;
  const skipped = {
    totals: (p: NamedRows) =>
      `${rowList(p)} als ${one(p.count) ? "Summenzeile" : "Summenzeilen"} erkannt, nicht geprüft`,
    notes: (p: NamedRows) =>
      `${rowList(p)} als ${one(p.count) ? "Anmerkung" : "Anmerkungen"} erkannt, nicht geprüft`,
  };
  const sentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
  const none = "keine";
  /** Items of a summary line, the first `shown` of them: "94052140, 851762 und 3 weitere". */
  const listed = (separator: string) => (p: { items: readonly string[]; more: number }) =>
    p.items.length === 0 && p.more === 0
      ? none
      : `${p.items.join(separator)}${p.more > 0 ? ` und ${f.number(p.more)} weitere` : ""}`;
  const plural = (count: number, word: string, words: string) =>
    `${f.number(count)} ${one(count) ? word : words}`;
  const outputColumns = {
    "Inverse value": "Inverser Wert",
    "Declaration ratio": "Anmeldequote",
    Duty: "Zoll",
    Status: "Status",
    Flags: "Befunde",
    Explanation: "Erläuterung",
  };

  return {
    explanations: {
      allChecksPassed: "Alle Prüfungen bestanden.",
      sentences: (p: { sentences: readonly string[] }) => p.sentences.join(" "),
      inputProblem: (p: { problem: string }) => `${p.problem}.`,
      priceEmpty: (p: { column: string }) =>
        `${p.column}: Kein Wert angegeben – geben Sie den Verkaufspreis inkl. MwSt. je Stück laut Verkaufslink ein.`,
      destinationEmpty: (p: { column: string }) =>
        `${p.column}: Kein Wert angegeben – geben Sie das EU-Lieferland ein, z. B. DE.`,
      vatRateAboveEu: (p: { column: string; rate: string; highest: string; country: string }) =>
        `${p.column}: ${f.percent(p.rate)} liegt über jedem MwSt.-Satz der EU (der höchste ist ${f.percent(p.highest)}, ${p.country}) – geben Sie den MwSt.-Satz des Bestimmungslandes an oder lassen Sie die Zelle leer, damit er eingetragen wird.`,
      dateOrderInDoubt: (p: {
        column: string;
        text: string;
        dayFirst: string;
        monthFirst: string;
        evidence: string;
      }) =>
        `${p.column}: „${p.text}“ kann der ${p.dayFirst} (Tag zuerst) oder der ${p.monthFirst} (Monat zuerst) sein, und die Spalte enthält auch „${p.evidence}“, das nur mit dem Monat zuerst ein Datum ist (so schreiben US-Exporte Daten) – schreiben Sie das Datum im Format YYYY-MM-DD.`,
      notACurrency: (p: { column: string; text: string }) =>
        `${p.column}: „${p.text}“ ist keine Währung – schreiben Sie ihren ISO-Code, z. B. EUR, SEK oder PLN.`,
      currencyAmbiguous: (p: { column: string; text: string; codes: readonly string[]; example: string }) =>
        `${p.column}: „${p.text}“ kann ${f.or(p.codes)} sein – schreiben Sie den ISO-Code, z. B. ${p.example}.`,
      noCurrencyInMixedRow: (p: { column: string; currencyColumn: string }) =>
        `${p.column}: Keine Währung angegeben, die Beträge dieser Zeile lauten aber auf mehrere Währungen – geben Sie bei jedem Betrag die Währung an oder füllen Sie die Spalte ${p.currencyColumn} aus.`,
      currencyDisagrees: (p: { column: string; written: string; currencyColumn: string; currency: string }) =>
        `${p.column}: Der Betrag lautet auf ${p.written}, die Spalte ${p.currencyColumn} nennt aber ${p.currency} – geben Sie alle Beträge einer Zeile in derselben Währung an.`,
      cellCurrencyDisagreesWithHeader: (p: { column: string; written: string; header: string }) =>
        `${p.column}: Der Betrag lautet auf ${p.written}, die Spaltenüberschrift nennt aber ${p.header} – geben Sie alle Beträge dieser Spalte in ${p.header} an oder nehmen Sie die Währung aus der Überschrift.`,
      cellCurrencyAmbiguous: (p: {
        column: string;
        text: string;
        codes: readonly string[];
        example: string;
        currencyColumn: string;
      }) =>
        `${p.column}: „${p.text}“ kann ${f.or(p.codes)} sein – schreiben Sie den ISO-Code (z. B. ${p.example}) oder füllen Sie die Spalte ${p.currencyColumn} aus.`,
      tooLargeInEur: (p: { currencyColumn: string; currency: string; amount: string }) =>
        `${p.currencyColumn} ${p.currency}: ${f.number(p.amount)} ist in EUR umgerechnet zu groß (Beträge müssen unter 10^12 liegen).`,
      cellTooLargeInEur: (p: { column: string; currency: string; amount: string }) =>
        `${p.column} in ${p.currency}: ${f.number(p.amount)} ist in EUR umgerechnet zu groß (Beträge müssen unter 10^12 liegen).`,
      noExchangeRate: (p: { currencyColumn: string; currency: string; example: string }) =>
        `${p.currencyColumn} ${p.currency}: Kein Wechselkurs angegeben – geben Sie den Umrechnungskurs des Zolls in Einheiten je EUR an (z. B. ${p.example}).`,
      cellNoExchangeRate: (p: { column: string; currency: string; example: string }) =>
        `${p.column} in ${p.currency}: Kein Wechselkurs angegeben – geben Sie den Umrechnungskurs des Zolls in Einheiten je EUR an (z. B. ${p.example}).`,
      hsCodeMissing: (p: { column: string }) =>
        `${p.column}: Kein Wert angegeben – der Zoll benötigt den achtstelligen KN-Code (6, 8 oder 10 Ziffern).`,
      invalidHsCode: (p: { column: string; problem: string }) => `${p.column}: ${upper(p.problem)}.`,
      missingVatNumber: (p: { column: string; country: string }) =>
        `${p.column}: Kein Wert angegeben – für Verfahren 42 ist eine USt-IdNr. aus ${p.country} erforderlich.`,
      missingVatNumberNoDestination: (p: { column: string }) =>
        `${p.column}: Kein Wert angegeben – für Verfahren 42 ist eine USt-IdNr. aus dem Bestimmungsland erforderlich.`,
      invalidVatNumber: (p: { column: string; problem: string }) => `${p.column}: ${upper(p.problem)}.`,
      vatNumberOfAnotherCountry: (p: {
        column: string;
        number: string;
        country: string;
        destination: string;
        prefix: string;
      }) =>
        `${p.column}: ${p.number} ist eine USt-IdNr. aus ${p.country}, die Waren gehen aber nach ${p.destination} – für Verfahren 42 ist eine USt-IdNr. aus ${p.destination} erforderlich (Präfix ${p.prefix}).`,
      notAVatRegime: (p: { column: string; text: string }) =>
        `${p.column}: „${p.text}“ ist kein EUSt-Verfahren – schreiben Sie CP42 (Verfahren 42), ET14000 (Bewilligung ET 14.000) oder PAID (bei der Einfuhr entrichtet).`,
      procedure42ToBelgium:
        "Verfahren 42 gilt für Waren, die in einen anderen Mitgliedstaat weitergeliefert werden, diese Waren gehen aber nach BE – melden Sie sie mit der Bewilligung ET 14.000 an oder entrichten Sie die EUSt bei der Einfuhr.",
      missingImporterVatNumber: (p: { column: string }) =>
        `${p.column}: Kein Wert angegeben – für ET 14.000 ist die belgische USt-IdNr. (BE0…) des Einführers erforderlich, seine eigene oder die seines Fiskalvertreters.`,
      importerVatNumberNotBelgian: (p: { column: string; number: string; country: string }) =>
        `${p.column}: ${p.number} ist eine USt-IdNr. aus ${p.country} – für ET 14.000 ist eine belgische USt-IdNr. (BE0…) erforderlich.`,
      notAChannel: (p: { column: string; text: string }) =>
        `${p.column}: „${p.text}“ ist kein Kanal – schreiben Sie Lager (eigenes Lager, FBA, B2B) oder B2C (an Verbraucher verkaufte Pakete).`,
      invalidGtin: (p: { column: string; problem: string }) => `${p.column}: ${upper(p.problem)}.`,
      missingProductId: (p: { gtinColumn: string; productIdColumn: string; from: string }) =>
        `Weder ${p.gtinColumn} noch ${p.productIdColumn} angegeben: Ab dem ${f.date(p.from)} muss die Anmeldung eines B2C-Pakets eine Produktkennung enthalten (Delegierte Verordnung (EU) 2026/1022) – geben Sie die GTIN (EAN) vom Barcode oder die Artikelnummer des Herstellers an.`,
      notAWebLink: (p: { column: string; text: string }) => `${p.column}: „${p.text}“ ist kein Weblink`,
      missingLink: (p: { problems: readonly string[] }) =>
        `Weder Verkaufslink noch Referenzlink${p.problems.length === 0 ? "" : ` (${p.problems.join("; ")})`}: Der Zoll bewertet die Waren anhand des Angebots – geben Sie den Link auf dem Marktplatz des Bestimmungslandes an.`,
      referenceLinkUsed:
        "Kein Verkaufslink: Der Referenzlink wird verwendet (ausverkauft?) – bewahren Sie einen Nachweis auf, dass er dasselbe Produkt zeigt.",
      shortLink: (p: { column: string; host: string }) =>
        `${p.column}: Kurzlink (${p.host}) – wohin er führt, lässt sich offline nicht feststellen, der Shop ist also unbekannt; fügen Sie den vollständigen Produktlink ein.`,
      unknownMarketplace: (p: { column: string; host: string }) =>
        `${p.column}: Der Link führt auf ${p.host}, keinen uns bekannten Marktplatz – prüfen Sie manuell, ob es der Shop des Bestimmungslandes ist.`,
      linkWithoutCountry: (p: { column: string; marketplace: string; why: string }) =>
        `${p.column}: Der Link führt auf ${p.marketplace}, lässt aber nicht erkennen, zu welchem Land der Shop gehört: ${upper(p.why)}. Prüfen Sie manuell, ob es der Preis ist, den Käufer im Bestimmungsland sehen, oder geben Sie den Link des Shops im Bestimmungsland an.`,
      linkCountryMismatch: (p: { column: string; host: string; country: string; destination: string }) =>
        `${p.column}: Der Link führt auf ${p.host} (${p.country}), die Waren gehen aber nach ${p.destination} – geben Sie den Link auf dem Marktplatz des Lieferlandes an.`,
      notAProductPage: (p: { column: string; marketplace: string; productIdName: string }) =>
        `${p.column}: Eine Seite von ${p.marketplace} ohne Produkt (${p.productIdName} fehlt) – eine Such-, Kategorie- oder Shopseite zeigt nicht den Preis dieser Waren; fügen Sie den Link der Produktseite ein.`,
      controlledGoods: (p: {
        column: string;
        code: string;
        goods: string;
        regime: string;
        law: string;
        prepare: string;
        appliesFrom: string;
      }) =>
        `${p.column} ${p.code} (${p.goods}): ${p.regime}, ${p.law}. ${p.prepare}${p.appliesFrom === "" ? "" : ` Gilt für Anmeldungen ab dem ${f.date(p.appliesFrom)}.`}`,
      deductionsExceedPrice: (p: { deductions: number; netPrice: number }) =>
        `Abzüge und Zoll (${f.money(p.deductions)}) erreichen oder übersteigen den Nettopreis ohne MwSt. (${f.money(p.netPrice)}) – prüfen Sie, ob die Kosten je Stück und nicht je Sendung angegeben sind.`,
      missingDeclaredValue: (p: { value: number }) =>
        `Kein angemeldeter Wert zum Vergleich mit dem inversen Wert von ${f.money(p.value)}.`,
      declaredAbovePrice: (p: { declared: number; price: number }) =>
        `Der angemeldete Wert von ${f.money(p.declared)} liegt über dem Verkaufspreis von ${f.money(p.price)}: Ist es der Gesamtwert der Position? Melden Sie den Wert je Stück an.`,
      underDeclared: (p: { declared: number; shortfall: number; value: number }) =>
        `Der angemeldete Wert von ${f.money(p.declared)} liegt um ${f.money(p.shortfall)} unter dem inversen Wert von ${f.money(p.value)}.`,
      withinTolerance: (p: { declared: number; shortfall: number; value: number; tolerance: number }) =>
        `Der angemeldete Wert von ${f.money(p.declared)} liegt um ${f.money(p.shortfall)} unter dem inversen Wert von ${f.money(p.value)}, innerhalb der Toleranz von ${f.money(p.tolerance)}.`,
      declaredCovers: (p: { declared: number; value: number }) =>
        `Der angemeldete Wert von ${f.money(p.declared)} deckt den inversen Wert von ${f.money(p.value)}.`,
      shipmentDetention: (p: { shipment: string; rows: readonly string[]; count: number; more: number }) => {
        const listed =
          p.more > 0 ? `${p.rows.join(", ")} und ${f.number(p.more)} weitere` : p.rows.join(", ");
        const single = one(p.count);
        return `Sendung ${p.shipment} hat ${single ? "eine Zeile" : "Zeilen"} mit Risiko (${single ? "Zeile" : "Zeilen"} ${listed}): Wird ein Artikel beschaut, wird die gesamte Sendung zurückgehalten.`;
      },
    },

    notes: {
      fixedEuroRate: (p: { currency: string; rate: string; since: string }) =>
        `Beträge in ${p.currency} zum unwiderruflich festgelegten Kurs von ${f.number(p.rate)} ${p.currency} je EUR umgerechnet (Euro seit dem ${f.date(p.since)}).`,
      commissionAmountUsed: (p: {
        column: string;
        amount: number;
        rateColumn: string;
        rate: string;
        byRate: number;
      }) =>
        `${p.column} ${f.money(p.amount)} wird verwendet; ${p.rateColumn} ${f.percent(p.rate)} des Preises ergäbe ${f.money(p.byRate)}. Stimmt der Satz, leeren Sie ${p.column}.`,
      reducedVatRate: (p: { rate: string; country: string; prefix: string }) =>
        `MwSt.-Satz ${f.percent(p.rate)}: ermäßigter Satz laut Einstellungen für ${p.country}, HS ${p.prefix}.`,
    },

    lowValue: {
      consignmentOfRow: (p: { row: number }) => `Zeile ${p.row}`,
      duty: (p: {
        consignment: string;
        value: number;
        threshold: number;
        perItem: number;
        item: string;
        perUnit: number;
        units: number;
      }) =>
        `B2C-Sendung mit geringem Wert ${p.consignment} (${f.money(p.value)}, höchstens ${f.money(p.threshold)}): Der Zoll beträgt ${f.money(p.perItem)} für Artikel ${p.item} (Verordnung (EU) 2026/382 des Rates), das sind ${f.money(p.perUnit)} je Stück bei ${f.number(p.units)} Stück.`,
      valueUnknown: (p: { consignment: string; row: number }) =>
        `Der Wert der Sendung ${p.consignment} ist nicht bekannt (Zeile ${p.row} lässt sich nicht bewerten), daher kann der Zoll von EUR 3 auf Sendungen mit geringem Wert nicht angewendet werden: Es gilt der reguläre Zoll.`,
      aboveThreshold: (p: { consignment: string; value: number; threshold: number; perItem: number }) =>
        `Sendung ${p.consignment} hat einen Wert von ${f.money(p.value)}, mehr als ${f.money(p.threshold)}: Es gilt der reguläre Zoll (der Zoll von ${f.money(p.perItem)} je Artikel gilt für B2C-Sendungen bis ${f.money(p.threshold)}).`,
    },

    controlledGoods: REGIMES,

    headers: {
      fields: {
        sku: "SKU",
        description: "Beschreibung",
        hsCode: "HS-Code",
        quantity: "Menge",
        unitWeight: "Stückgewicht kg",
        destination: "Bestimmungsland",
        salesLink: "Verkaufslink",
        referenceLink: "Referenzlink",
        price: "Verkaufspreis",
        currency: "Währung",
        commission: "Provision",
        commissionRate: "Provisionssatz",
        packaging: "Verpackung",
        freight: "Fracht",
        lastMile: "Letzte Meile",
        fbaFee: "FBA-Gebühr",
        handling: "Abfertigungskosten",
        dutyRate: "Zollsatz",
        specificDuty: "Spezifischer Zoll",
        vatRate: "MwSt.-Satz",
        declaredValue: "Angemeldeter Wert",
        vatNumber: "USt-IdNr.",
        vatRegime: "EUSt-Verfahren",
        importerVatNumber: "USt-IdNr. des Einführers",
        importVatRate: "EUSt-Satz",
        gtin: "GTIN",
        productId: "Produkt-ID",
        channel: "Kanal",
        shipment: "Sendung",
        date: "Datum",
      },
      output: outputColumns,
      marked: (p: { header: string; count: number }) =>
        `${p.header} (Zollprüfung${p.count === 1 ? "" : ` ${p.count}`})`,
    },

    sheetNames: {
      summary: "Übersicht",
      audit: "Protokoll",
      vatDeferral: "EUSt-Verlagerung",
      proForma: "Proforma",
      proFormaOf: (p: { shipment: string }) => `Proforma ${p.shipment}`,
      unnamed: "Tabelle",
    },

    sheetProblems: {
      noHeaderRow: (p: { rows: number; fields: number }) =>
        `Keine Kopfzeile: Keine der ersten ${p.rows} Zeilen nennt eine Preisspalte wie „Verkaufspreis“, „Preis“ oder „Prix TTC“ oder ${p.fields} der Spalten, die die Prüfung liest (etwa „SKU“, „Menge“, „Bestimmungsland“)`,
      noProductRows: "Das Blatt hat eine Kopfzeile, aber keine Produktzeilen",
      missingColumn: (p: { header: string; aliases: readonly string[] }) =>
        `Keine Spalte „${p.header}“: Benennen Sie eine Spalte „${p.header}“ (oder ${quoted(p.aliases).join(", ")})`,
      duplicateHeaders: (p: { headers: readonly string[]; meaning: string }) =>
        `Doppelte Spaltenüberschriften: ${quoted(p.headers).join(" und ")} bedeuten beide „${p.meaning}“; benennen Sie eine davon um oder entfernen Sie sie`,
      all: (p: { problems: readonly string[] }) => p.problems.join("; "),
    },

    costSharing: {
      noWeightColumn: (p: { column: string }) =>
        `Keine Spalte „${p.column}“: Die Kosten werden nach Stückgewicht × Menge aufgeteilt`,
      rowProblem: (p: { row: number; problem: string }) => `Zeile ${p.row}: ${p.problem}`,
      noRows: "Keine Zeilen, auf die sich die Kosten aufteilen lassen",
      noRowsOfShipment: (p: { shipment: string }) => `Keine Zeilen der Sendung ${p.shipment}`,
      cellFormattedNotInEuro: (p: { row: number; column: string; currency: string }) =>
        `Zeile ${p.row}: Die leere Zelle „${p.column}“ ist in ${p.currency} formatiert, die Sendungssummen aber in EUR: Ein dort eingetragener Anteil würde in ${p.currency} angezeigt und in ${p.currency} gelesen. Formatieren Sie die Zelle als Zahl oder in EUR (Start › Zahlenformat) und führen Sie dann „Kosten aufteilen“ erneut aus`,
      rowNotInEuro: (p: { row: number; column: string; currency: string }) =>
        `Zeile ${p.row}: Ihre Beträge sind in ${p.currency} („${p.column}“), die Sendungssummen aber in EUR, und ein in diese Zeile geschriebener Anteil würde in ${p.currency} gelesen. Rechnen Sie die Beträge der Zeile zuerst in EUR um`,
      columnNotInEuro: (p: { column: string; currency: string }) =>
        `„${p.column}“: Laut Überschrift sind die Beträge dieser Spalte in ${p.currency}, die Sendungssummen aber in EUR. Rechnen Sie die Spalte in EUR um und entfernen Sie die Währung aus der Überschrift, oder schreiben Sie EUR in die Überschrift, wenn die Beträge schon in Euro sind`,
      weights: "Stückgewicht × Menge",
    },

    summary: {
      rows: "Geprüfte Zeilen",
      // The codes of the Status column, so that a count reads as the filter that finds its rows.
      statuses: { OK: "OK", REVIEW: "REVIEW", RISK: "RISK", ERROR: "ERROR" },
      hsCodes: "Zu niedrig angemeldete HS-Codes",
      offence: "Verstoßstufe",
      fineExposure: "Drohende Bußgelder",
      outstandingDuty: "Nachzuzahlender Zoll",
      shipmentsExposed: "Von Zurückhaltung bedrohte Sendungen",
      importVatPaid: "Bei der Einfuhr entrichtete EUSt",
      importVatDeferred: "Verlagerte EUSt (ET 14.000)",
      importVatExempt: "Von der EUSt befreit (Verfahren 42)",
      lowValueDuty: "Zoll auf Sendungen mit geringem Wert (EUR 3 je Artikel)",
      reducedVatRates: "Zeilen mit ermäßigtem MwSt.-Satz",
      controlledGoods: "Genehmigungspflichtige Waren",
      ignoredCostColumns: "Ignorierte Kostenspalten (nicht abziehbar)",
      count: (p: { count: number }) => f.count(p.count),
      amount: (p: { amount: number }) => f.money(p.amount),
      thirdOffence:
        "3. Verstoß: Die USt-IdNr. wird in die schwarze Liste aufgenommen, und es droht ein erhebliches Bußgeld (kein veröffentlichter Betrag)",
      none,
      list: listed(", "),
      entries: listed("; "),
      hsCodesValue: (p: { codes: readonly string[] }) =>
        p.codes.length === 0 ? none : `${f.number(p.codes.length)}: ${p.codes.join(", ")}`,
      offenceWithFine: (p: { level: number; fine: number }) => `${p.level} (${f.money(p.fine)} je HS-Code)`,
      offenceBlacklisting: (p: { level: number }) => `${p.level} (Aufnahme in die schwarze Liste)`,
      fineDetail: (p: { codes: number; fine: number; level: number }) =>
        `${plural(p.codes, "zu niedrig angemeldeter HS-Code", "zu niedrig angemeldete HS-Codes")} × ${f.money(p.fine)}, ${p.level}. Verstoß`,
      fineRange: (p: { atLeast: number; upTo: number }) => `${f.money(p.atLeast)} bis ${f.money(p.upTo)}`,
      fineWithoutHsCode: (p: {
        given: string | null;
        count: number;
        rows: string;
        fine: number;
        level: number;
        exact: boolean;
      }) => {
        const without = one(p.count)
          ? `eine zu niedrig angemeldete Zeile ohne gültigen HS-Code, ${p.rows}`
          : `${f.number(p.count)} zu niedrig angemeldete Zeilen ohne gültigen HS-Code, ${p.rows}`;
        if (p.exact) return `${without}: ein HS-Code × ${f.money(p.fine)}, ${p.level}. Verstoß`;
        const advice = one(p.count)
          ? "Geben Sie ihren HS-Code an, um den genauen Betrag zu erhalten"
          : "Geben Sie ihre HS-Codes an, um den genauen Betrag zu erhalten";
        return p.given === null
          ? `${f.money(p.fine)} je HS-Code, ${p.level}. Verstoß; ${without}: ${advice}`
          : `${p.given}; ${without}: ${advice}`;
      },
      shipmentsExposedDetail: "bei einer Beschau wird die gesamte Sendung zurückgehalten",
      importVatDeferredDetail:
        "in der periodischen belgischen MwSt.-Erklärung erklärt und als Vorsteuer abgezogen",
      destinationVat: (p: { country: string; amount: number }) => `${p.country} ${f.money(p.amount)}`,
      destinationVatDetail: (p: { estimates: readonly string[] }) =>
        `MwSt. im Bestimmungsland, geschätzt: ${p.estimates.join(", ")}`,
      lowValueConsignment: (p: { consignment: string; duty: number; items: number; value: number }) =>
        `${p.consignment} ${f.money(p.duty)} (${plural(p.items, "Artikel", "Artikel")}, Wert ${f.money(p.value)})`,
      lowValueDetail: (p: { consignments: number; list: string }) =>
        `${plural(p.consignments, "B2C-Sendung", "B2C-Sendungen")} bis EUR 150: ${p.list}`,
      rowsNamed: (p: NamedRows) =>
        p.more > 0
          ? `Zeilen ${p.rows.join(", ")} … (insgesamt ${f.number(p.count)})`
          : `${one(p.count) ? "Zeile" : "Zeilen"} ${p.rows.join(", ")}`,
      reducedVatRateUse: (p: { country: string; prefix: string; rate: string; rows: string }) =>
        `${p.country} HS ${p.prefix} zu ${f.percent(p.rate)}: ${p.rows}`,
      controlledGoodsUse: (p: { regime: string; rows: string; shipments: string }) =>
        `${p.regime}: ${p.rows}${p.shipments === "" ? "" : ` (Sendungen: ${p.shipments})`}`,
      controlledGoodsDetail: "jede Regelung vor der Einfuhr prüfen",
    },

    skippedRows: skipped,

    sheetNotes: {
      skippedTotals: (p: NamedRows) => sentence(skipped.totals(p)),
      skippedNotes: (p: NamedRows) => sentence(skipped.notes(p)),
      userColumnKept: (p: { userHeader: string; column: string; header: string }) =>
        `Ihre Spalte „${p.userHeader}“ bleibt unverändert; die Spalte ${p.column} der Prüfung heißt „${p.header}“.`,
      readAsChannel: (p: { header: string; meaning: string }) =>
        `Spalte „${p.header}“ als „${p.meaning}“ gelesen: Die Werte sind Kanäle (Lager, B2C).`,
      readAsRates: (p: { header: string; meaning: string }) =>
        `Spalte „${p.header}“ als „${p.meaning}“ gelesen: Die Werte sind Sätze.`,
      readAsHsCodes: (p: { header: string; meaning: string; sku: string }) =>
        `Spalte „${p.header}“ als „${p.meaning}“ gelesen: Die Werte sind HS-Codes. Sind es Ihre SKUs, benennen Sie die Spalte „${p.sku}“.`,
      notReadAsRates: (p: { header: string; meaning: string }) =>
        `Spalte „${p.header}“ nicht gelesen: Die Werte lassen nicht erkennen, dass es Sätze sind (schreiben Sie 12 % oder benennen Sie die Spalte „${p.meaning}“).`,
    },

    proForma: {
      columns: {
        SKU: "SKU",
        Description: "Beschreibung",
        "HS code": "HS-Code",
        Quantity: "Menge",
        "Unit price": "Stückpreis",
        "Sales VAT": "MwSt. (Verkauf)",
        Commission: "Provision",
        Packaging: "Verpackung",
        Freight: "Fracht",
        "Last mile": "Letzte Meile",
        "FBA fee": "FBA-Gebühr",
        Handling: "Abfertigung",
        Duty: "Zoll",
        "Declaration value": "Angemeldeter Wert",
        "Line total": "Gesamtwert",
      },
      title: "Proformarechnung: Aufschlüsselung der Abzüge (Rückrechnungsmethode, belgischer Zoll)",
      shipments: (p: { count: number }) => `Sendungen: ${f.number(p.count)}`,
      shipment: (p: { shipment: string }) => `Sendung: ${p.shipment}`,
      declarationDate: (p: { date: string }) => `Anmeldedatum: ${f.date(p.date)}. Beträge in EUR je Stück.`,
      lineTotal: "Gesamtwert = Angemeldeter Wert × Menge; die Summen sind Σ Betrag × Menge.",
      vatTable: (p: { version: string }) => `MwSt.-Sätze: ${p.version}`,
      subtotal: (p: { shipment: string }) => `Zwischensumme ${p.shipment}`,
      totals: "Gesamtsummen",
      noShipment: "(ohne Sendung)",
      leftOut: (p: { rows: readonly string[] }) =>
        `Wegen Fehlern nicht in dieser Proformarechnung (korrigieren Sie sie und prüfen Sie erneut): Zeilen ${p.rows.join(", ")}`,
    },

    vatDeferral: {
      columns: {
        Shipment: "Sendung",
        "VAT regime": "EUSt-Verfahren",
        Destination: "Bestimmungsland",
        Rows: "Zeilen",
        "Goods value": "Warenwert",
        Duty: "Zoll",
        "Incidental costs": "Nebenkosten",
        "VAT base": "Bemessungsgrundlage",
        "VAT rate": "MwSt.-Satz",
        "Import VAT": "EUSt",
        "Destination VAT (estimate)": "MwSt. Bestimmungsland (geschätzt)",
        Treatment: "Behandlung",
        "VAT numbers": "USt-IdNrn.",
      },
      title: "Aufstellung zur Verlagerung der Einfuhrumsatzsteuer",
      dates: (p: { date: string; version: string }) =>
        `Anmeldedatum ${f.date(p.date)}; MwSt.-Sätze: ${p.version}.`,
      base: "Bemessungsgrundlage der EUSt: Zollwert (der angemeldete Wert, sonst der inverse Wert) + Zoll + Nebenkosten bis zum ersten Bestimmungsort (Art. 85–86 MwStSystRL; Art. 34 belgisches Mehrwertsteuergesetzbuch).",
      treatment: {
        CP42: "Verfahren 42: bei der Einfuhr in Belgien steuerfrei; der innergemeinschaftliche Erwerb wird im Bestimmungsland selbst versteuert",
        ET14000:
          "ET 14.000: in Belgien geschuldet, in die periodische belgische MwSt.-Erklärung verlagert (keine Zahlung an der Grenze)",
        PAID: "bei der Einfuhr entrichtet: fällig bei der Abfertigung",
      },
      regimeTotals: {
        PAID: "Summe bei der Einfuhr entrichtet",
        ET14000: "Summe verlagert (ET 14.000)",
        CP42: "Summe steuerfrei (Verfahren 42)",
      },
      total: "Gesamtsumme",
      noShipment: "(ohne Sendung)",
      estimate:
        "Die MwSt. im Bestimmungsland bei Verfahren 42 ist eine Schätzung zu den MwSt.-Sätzen der Zeilen auf derselben Grundlage: Beim Verbringen eigener Gegenstände ist die Bemessungsgrundlage im Bestimmungsland der Einkaufspreis oder die Selbstkosten (Art. 76 MwStSystRL).",
      leftOut: (p: { rows: readonly string[] }) =>
        `Nicht in dieser Aufstellung, weil ihre Beträge nicht ermittelt werden konnten (korrigieren Sie sie und prüfen Sie erneut): Zeilen ${p.rows.join(", ")}.`,
    },

    audit: {
      columns: {
        Time: "Zeitpunkt",
        Source: "Quelle",
        "Rows checked": "Geprüfte Zeilen",
        OK: "OK",
        Review: "Prüfen",
        Risk: "Risiko",
        Error: "Fehler",
        "Fine exposure": "Drohende Bußgelder",
        "Outstanding duty": "Nachzuzahlender Zoll",
        "VAT table": "MwSt.-Tabelle",
        Settings: "Einstellungen",
      },
      records: {
        checkedSheet: (p: { record: string }) => `Geprüftes Blatt: ${p.record}`,
        outputColumns: (p: { record: string }) => `Ausgabespalten: ${p.record}`,
        vatRatesFilled: (p: { record: string }) => `Ausgefüllte MwSt.-Sätze: ${p.record}`,
        vatRatesContinued: (p: { record: string }) => `Ausgefüllte MwSt.-Sätze (Fortsetzung): ${p.record}`,
        noVatRatesFilled: "Ausgefüllte MwSt.-Sätze:",
      },
      settings: {
        all: (p: { parts: readonly string[] }) => p.parts.join("; "),
        declarationDate: (p: { date: string }) => `Anmeldedatum ${f.date(p.date)}`,
        tolerance: (p: { amount: number }) => `Toleranz ${f.money(p.amount)}`,
        vatDeferralRequired: "Verlagerung der EUSt erforderlich",
        vatDeferralNotRequired: "Verlagerung der EUSt nicht erforderlich",
        offence: (p: { level: number }) => `Verstoßstufe ${p.level}`,
        fines: (p: { first: number; second: number }) =>
          `Bußgelder ${f.money(p.first)} / ${f.money(p.second)} je HS-Code`,
        exchangeRates: (p: { rates: readonly string[] }) => `Wechselkurse ${p.rates.join(", ")}`,
        dutyRates: (p: { rates: readonly string[] }) => `Zollsätze ${p.rates.join(", ")}`,
        reducedVatRates: (p: { rates: readonly string[] }) => `ermäßigte MwSt.-Sätze ${p.rates.join(", ")}`,
        defaultChannel: (p: { channel: string }) => `Standardkanal ${p.channel}`,
        lowValueItemsBy6Digits: "Artikel für Sendungen mit geringem Wert nach 6-stelliger HS-Unterposition",
        controlledGoodsNotChecked: "genehmigungspflichtige Waren nicht geprüft",
        language: (p: { language: string }) => `Sprache ${p.language}`,
      },
    },
  };
};
