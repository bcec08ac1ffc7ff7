/**
 * The words the check writes into the workbook, in Dutch as written in Flanders and the Netherlands, in the words of
 * the Belgian douane (douane.belgium.be: "douanewaarde", "invoeraangifte", "btw-verlegging") and of the accountants
 * and forwarders who clear goods with it (docs/glossary.md). Formal ("u"), imperatives as in the engine's table
 * (src/engine/lang/nl.ts: "Voer … in"), texts the user typed in straight double quotes; amounts, dates and rates go
 * through `f` (EUR 1.250,40, 30-12-2026, 19 %). Flag and status codes (UNDER_DECLARED, RISK) stay codes.
 */
import { type Catalogue, type ControlledRegimeId, consecutiveHeadings } from "../../engine";
import type { RegimeWords, SheetWords } from "./en";

/** Consecutive 4-digit headings sharing one description, as the engine's table lists them (4401 to 4421). */
const headings = (first: number, last: number, goods: string): Record<string, string> =>
  Object.fromEntries(consecutiveHeadings(first, last).map((heading) => [heading, goods]));

/** The regimes of src/engine/controlled-goods.ts in Dutch, the acts cited in their official Dutch form. */
const REGIMES: Readonly<Record<ControlledRegimeId, RegimeWords>> = {
  CBAM: {
    name: "CBAM (mechanisme voor koolstofcorrectie aan de grens)",
    law: "Verordening (EU) 2023/956, bijlage I",
    prepare:
      "Voer de goederen alleen in via een toegelaten CBAM-aangever (de importeur of zijn indirecte " +
      "douanevertegenwoordiger), tenzij de importeur in het kalenderjaar niet meer dan 50 ton netto aan " +
      "CBAM-goederen invoert (geen drempel voor elektriciteit en waterstof), en vraag de producent om de gegevens " +
      "over de ingebedde emissies.",
    goods: {
      "25070080": "gecalcineerde kaolienhoudende klei",
      "2523": "cement en cementklinker",
      "2716": "elektrische energie",
      "2808": "salpeterzuur",
      "2814": "ammoniak",
      "283421": "kaliumnitraat",
      "3102": "stikstofhoudende meststoffen",
      "3105": "samengestelde meststoffen",
      "260112": "geagglomereerde ijzererts",
      "72": "gietijzer, ijzer en staal",
      "7301": "damwandprofielen van ijzer of staal",
      "7302": "materieel voor spoorbanen van ijzer of staal",
      "7303": "buizen en pijpen van gietijzer",
      "7304": "naadloze buizen van ijzer of staal",
      "7305": "buizen met een grote diameter van ijzer of staal",
      "7306": "andere buizen van ijzer of staal",
      "7307": "hulpstukken voor buizen van ijzer of staal",
      "7308": "constructiewerken van ijzer of staal",
      "7309": "grote reservoirs van ijzer of staal",
      "7310": "kleine bergingsmiddelen van ijzer of staal",
      "7311": "houders voor gas van ijzer of staal",
      "7318": "schroeven, bouten en moeren van ijzer of staal",
      "7326": "andere werken van ijzer of staal",
      "7601": "ruw aluminium",
      ...headings(7603, 7614, "aluminiumproducten"),
      "7616": "andere werken van aluminium",
      "280410": "waterstof",
    },
  },
  EUDR: {
    name: "EUDR (ontbossingsvrije producten)",
    law: "Verordening (EU) 2023/1115, bijlage I",
    prepare:
      "Vraag de marktdeelnemer vóór het in het vrije verkeer brengen om het referentienummer van zijn " +
      "zorgvuldigheidsverklaring (of vereenvoudigde verklaring) in het EUDR-informatiesysteem en vermeld dat " +
      "nummer in de douaneaangifte.",
    goods: {
      "0102": "levende runderen",
      "0201": "rundvlees, vers of gekoeld",
      "0202": "rundvlees, bevroren",
      "020610": "slachtafvallen van runderen, vers of gekoeld",
      "020622": "levers van runderen, bevroren",
      "020629": "andere slachtafvallen van runderen, bevroren",
      "160250": "bereidingen en conserven van rundvlees",
      ...headings(1801, 1806, "cacao en chocolade"),
      "0901": "koffie",
      "120710": "palmnoten en palmpitten",
      "1511": "palmolie",
      "151321": "ruwe palmpitolie",
      "151329": "geraffineerde palmpitolie",
      "230660": "perskoeken van palmnoten en palmpitten",
      "290545": "glycerol",
      "291570": "palmitinezuur en stearinezuur",
      "291590": "andere verzadigde vetzuren",
      "382311": "technisch stearinezuur",
      "382312": "technisch oliezuur",
      "382319": "andere technische vetzuren",
      "382370": "technische vetalcoholen",
      "4001": "natuurrubber",
      ...headings(4005, 4008, "rubbermengsels en platen van rubber"),
      "4011": "nieuwe luchtbanden van rubber",
      "40129030": "loopvlakken voor banden",
      "4013": "binnenbanden van rubber",
      "4015": "kleding en handschoenen van rubber",
      "4017": "geharde rubber",
      "120190": "sojabonen, niet voor zaaidoeleinden",
      "120810": "meel van sojabonen",
      "1507": "sojaolie",
      "2304": "perskoeken van soja",
      ...headings(4401, 4421, "hout en houtwaren"),
      "47": "houtpulp",
      "48": "papier en karton",
      "940131": "draaistoelen van hout",
      "940141": "slaapbanken van hout",
      "940161": "gestoffeerde zitmeubelen van hout",
      "940169": "andere zitmeubelen van hout",
      "940180": "andere zitmeubelen",
      "94019190": "delen van houten zitmeubelen",
      "940330": "houten kantoormeubelen",
      "940340": "houten keukenmeubelen",
      "940350": "houten slaapkamermeubelen",
      "940360": "andere houten meubelen",
      "940391": "delen van houten meubelen",
      "940610": "geprefabriceerde houten bouwwerken",
    },
  },
  TOYS: {
    name: "Veiligheid van speelgoed (CE-markering)",
    law: "Richtlijn 2009/48/EG",
    prepare:
      "Vraag de EU-conformiteitsverklaring op en controleer of op elk stuk speelgoed de CE-markering, de " +
      "waarschuwingen en de naam en het postadres van zowel de fabrikant als de importeur in de EU staan.",
    goods: {
      "9503": "speelgoed en schaalmodellen",
      "950490": "gezelschapsspellen",
      "950590": "carnavals- en feestartikelen",
    },
  },
  COSMETICS: {
    name: "Cosmetische producten (CPNP-kennisgeving)",
    law: "Verordening (EG) nr. 1223/2009",
    prepare:
      "Controleer of op het etiket een verantwoordelijke persoon in de EU vermeld staat die elk product vóór het " +
      "in de handel brengen in het CPNP heeft aangemeld, en vraag de referentie van het productinformatiedossier.",
    goods: {
      "3303": "parfums",
      "3304": "make-up en huidverzorgingsproducten",
      "3305": "haarverzorgingsproducten",
      "330610": "tandpasta",
      "3307": "scheermiddelen, deodorants en badproducten",
      "340111": "toiletzeep",
    },
  },
  BATTERIES: {
    name: "Batterijen (en lithiumcellen als gevaarlijke goederen in het luchtvervoer)",
    law: "Verordening (EU) 2023/1542",
    prepare:
      "Vraag de verzender om de samenvatting van de UN38.3-test en het veiligheidsinformatieblad, boek " +
      "lithiumbatterijen als gevaarlijke goederen voor het luchtvervoer (UN3480/3481/3090/3091; losse " +
      "lithium-ioncellen alleen met vrachtvliegtuigen, met een laadtoestand van ten hoogste 30 %) en controleer " +
      "de etikettering van de batterijen en de CE-markering.",
    goods: {
      "8506": "primaire elementen en batterijen",
      "8507": "oplaadbare batterijen (accu's)",
    },
  },
  RADIO_EQUIPMENT: {
    name: "Radioapparatuur (CE-markering, RED)",
    law: "Richtlijn 2014/53/EU",
    prepare:
      "Vraag de EU-conformiteitsverklaring op en controleer of op elk toestel de CE-markering en de naam en het " +
      "postadres van zowel de fabrikant als de importeur in de EU staan.",
    goods: {
      "8517": "telefoons en netwerkapparatuur",
      "8525": "zenders en camera's",
      "8526": "radar- en radionavigatietoestellen",
      "8527": "radio-ontvangers",
    },
  },
  WEAPONS: {
    name: "Wapens, onderdelen en munitie (vergunning)",
    law: "Verordening (EU) 2025/41",
    prepare:
      "Klaar de goederen niet in zonder de invoervergunning (of de voorafgaande toestemming voor goederen uit een " +
      "ander EU-land) die de Direction des Licences d'Armes van het Waals Gewest heeft afgegeven aan de in " +
      "Wallonië gevestigde importeur.",
    goods: {
      "9301": "oorlogswapens",
      "9302": "revolvers en pistolen",
      "9303": "andere vuurwapens",
      "9304": "luchtdrukwapens en knuppels",
      "9305": "delen van wapens",
      "9306": "munitie",
      "9307": "sabels, degens en bajonetten",
    },
  },
  FOOD_AND_FEED: {
    name: "Officiële controles in een grenscontrolepost (dieren en producten van dierlijke oorsprong)",
    law: "Verordening (EU) 2017/625",
    prepare:
      "Meld de zending ten minste één werkdag vóór aankomst vooraf aan in TRACES (GGB-A voor dieren, GGB-P voor " +
      "producten) en bied ze met het officiële gezondheidscertificaat aan in een grenscontrolepost van de EU.",
    goods: {
      "01": "levende dieren",
      "02": "vlees en slachtafvallen",
      "03": "vis en zeevruchten",
      "04": "zuivel, eieren en honing",
      "16": "bereidingen van vlees en vis",
    },
  },
};

export const nl: Catalogue<SheetWords> = (f) => {
  const one = (n: number) => f.plural(n) === "one";
  const quote = (text: string) => `"${text}"`;
  const quoted = (items: readonly string[]) => items.map(quote);
  /** Rows named in a sentence: the first of them, and `more` not named. */
  type NamedRows = { rows: readonly string[]; count: number; more: number };
  /** "rij 41", "rijen 41 en 43", "rijen 41, 43, 45 en nog 7". */
  const rowList = (p: NamedRows) =>
    `${one(p.count) ? "rij" : "rijen"} ${p.more > 0 ? `${p.rows.join(", ")} en nog ${f.number(p.more)}` : f.and(p.rows)}`;
  const skipped = {
    totals: (p: NamedRows) =>
      one(p.count)
        ? `${rowList(p)} is als totaalregel gelezen en niet gecontroleerd`
        : `${rowList(p)} zijn als totaalregels gelezen en niet gecontroleerd`,
    notes: (p: NamedRows) =>
      one(p.count)
        ? `${rowList(p)} is als opmerking gelezen en niet gecontroleerd`
        : `${rowList(p)} zijn als opmerkingen gelezen en niet gecontroleerd`,
  };
  const sentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
  const none = "geen";
  /** Items of a summary line, the first `shown` of them: "94052140, 851762 en nog 3". */
  const listed = (separator: string) => (p: { items: readonly string[]; more: number }) =>
    p.items.length === 0 && p.more === 0
      ? none
      : `${p.items.join(separator)}${p.more > 0 ? ` en nog ${f.number(p.more)}` : ""}`;
  const plural = (count: number, word: string, words: string) =>
    `${f.number(count)} ${one(count) ? word : words}`;

  return {
    explanations: {
      allChecksPassed: "Alle controles zijn in orde.",
      sentences: (p) => p.sentences.join(" "),
      inputProblem: (p) => `${p.problem}.`,
      priceEmpty: (p) =>
        `${p.column} is leeg: voer de verkoopprijs per eenheid incl. btw in zoals vermeld op de verkooplink.`,
      destinationEmpty: (p) => `${p.column} is leeg: voer het EU-land van bestemming in, bijv. DE.`,
      vatRateAboveEu: (p) =>
        `${p.column} ${f.percent(p.rate)} is hoger dan elk btw-tarief in de EU (het hoogste is ${f.percent(p.highest)}, ${p.country}): vul het btw-tarief van het land van bestemming in of laat de cel leeg om het te laten invullen.`,
      dateOrderInDoubt: (p) =>
        `${p.column} ${quote(p.text)} kan ${p.dayFirst} (dag eerst) of ${p.monthFirst} (maand eerst) zijn, en de kolom bevat ook ${quote(p.evidence)}, dat alleen met de maand eerst een datum is (zo schrijven Amerikaanse exports datums): schrijf de datum als YYYY-MM-DD.`,
      notACurrency: (p) =>
        `${p.column} ${quote(p.text)} is geen valuta: schrijf de ISO-code, bijv. EUR, SEK of PLN.`,
      currencyAmbiguous: (p) =>
        `${p.column} ${quote(p.text)} kan ${f.or(p.codes)} zijn: schrijf de ISO-code, bijv. ${p.example}.`,
      noCurrencyInMixedRow: (p) =>
        `${p.column} vermeldt geen valuta, terwijl de bedragen van deze rij in verschillende valuta staan: vermeld de valuta bij elk bedrag of vul de kolom ${p.currencyColumn} in.`,
      currencyDisagrees: (p) =>
        `${p.column} staat in ${p.written}, maar ${p.currencyColumn} is ${p.currency}: schrijf alle bedragen van een rij in één valuta.`,
      cellCurrencyDisagreesWithHeader: (p) =>
        `${p.column} staat in ${p.written}, maar de kop van de kolom noemt ${p.header}: schrijf alle bedragen van deze kolom in ${p.header}, of haal de valuta uit de kop.`,
      cellCurrencyAmbiguous: (p) =>
        `${p.column}: ${quote(p.text)} kan ${f.or(p.codes)} zijn: schrijf de ISO-code (bijv. ${p.example}) of vul de kolom ${p.currencyColumn} in.`,
      tooLargeInEur: (p) =>
        `${p.currencyColumn} ${p.currency}: ${f.number(p.amount)} is na omrekening naar EUR te groot (bedragen moeten kleiner zijn dan 10^12).`,
      cellTooLargeInEur: (p) =>
        `${p.column} in ${p.currency}: ${f.number(p.amount)} is na omrekening naar EUR te groot (bedragen moeten kleiner zijn dan 10^12).`,
      noExchangeRate: (p) =>
        `${p.currencyColumn} ${p.currency} heeft geen wisselkoers: geef de douanekoers op in eenheden per EUR (bijv. ${p.example}).`,
      cellNoExchangeRate: (p) =>
        `${p.column} in ${p.currency} heeft geen wisselkoers: geef de douanekoers op in eenheden per EUR (bijv. ${p.example}).`,
      hsCodeMissing: (p) =>
        `${p.column} ontbreekt: de douane heeft de GN-code van 8 cijfers nodig (6, 8 of 10 cijfers).`,
      invalidHsCode: (p) => `${p.column}: ${p.problem}.`,
      missingVatNumber: (p) =>
        `${p.column} ontbreekt: voor btw-verlegging is het btw-nummer van ${p.country} nodig.`,
      missingVatNumberNoDestination: (p) =>
        `${p.column} ontbreekt: voor btw-verlegging is het btw-nummer van het land van bestemming nodig.`,
      invalidVatNumber: (p) => `${p.column}: ${p.problem}.`,
      vatNumberOfAnotherCountry: (p) =>
        `${p.column} ${p.number} is een btw-nummer van ${p.country}, maar de goederen gaan naar ${p.destination}: voor btw-verlegging is een btw-nummer van ${p.destination} nodig (beginnend met ${p.prefix}).`,
      notAVatRegime: (p) =>
        `${p.column} ${quote(p.text)} is geen btw-regeling: schrijf CP42 (regeling 42), ET14000 (de vergunning ET 14.000) of PAID (btw betaald bij invoer).`,
      procedure42ToBelgium:
        "Regeling 42 is bedoeld voor goederen die doorgaan naar een andere lidstaat, maar deze goederen gaan naar BE: geef ze aan onder ET 14.000 of met betaling van de btw bij invoer.",
      missingImporterVatNumber: (p) =>
        `${p.column} ontbreekt: voor ET 14.000 is het Belgische btw-nummer van de importeur nodig (BE0…), dat van de importeur zelf of dat van zijn fiscaal vertegenwoordiger.`,
      importerVatNumberNotBelgian: (p) =>
        `${p.column} ${p.number} is een btw-nummer van ${p.country}: voor ET 14.000 is een Belgisch btw-nummer nodig (BE0…).`,
      notAChannel: (p) =>
        `${p.column} ${quote(p.text)} is geen kanaal: schrijf voorraad (eigen voorraad, FBA, B2B) of B2C (pakketten verkocht aan consumenten).`,
      invalidGtin: (p) => `${p.column}: ${p.problem}.`,
      missingProductId: (p) =>
        `Geen ${p.gtinColumn} en geen ${p.productIdColumn}: vanaf ${f.date(p.from)} moet de aangifte van een B2C-pakket een product-id vermelden (Gedelegeerde Verordening (EU) 2026/1022); geef de GTIN (EAN-code) van de streepjescode of het artikelnummer van de fabrikant op.`,
      notAWebLink: (p) => `${p.column} ${quote(p.text)} is geen weblink`,
      missingLink: (p) =>
        `Geen verkooplink en geen referentielink${p.problems.length === 0 ? "" : ` (${p.problems.join("; ")})`}: de douane waardeert de goederen op basis van hun aanbieding op de marktplaats, dus geef de link op de marktplaats van het land van bestemming op.`,
      referenceLinkUsed:
        "Geen verkooplink: de referentielink wordt gebruikt (niet meer op voorraad?); bewaar het bewijs dat die hetzelfde product toont.",
      shortLink: (p) =>
        `${p.column} is een verkorte link (${p.host}): waar die naartoe leidt, kan offline niet worden vastgesteld, dus de winkel is onbekend; plak de volledige productlink.`,
      unknownMarketplace: (p) =>
        `${p.column} staat op ${p.host}, geen marktplaats die wij kennen: controleer handmatig of het de winkel van het land van bestemming is.`,
      linkWithoutCountry: (p) =>
        `${p.column} staat op ${p.marketplace}, maar uit de link blijkt niet voor welk land de winkel is: ${p.why}. Controleer handmatig of de prijs dezelfde is als die kopers in het land van bestemming zien, of geef de link van de winkel in het land van bestemming op.`,
      linkCountryMismatch: (p) =>
        `${p.column} staat op ${p.host} (${p.country}), maar de goederen gaan naar ${p.destination}: geef de link op de marktplaats van het land van levering op.`,
      notAProductPage: (p) =>
        `${p.column} is een pagina van ${p.marketplace} zonder product (geen ${p.productIdName}): een zoek-, categorie- of winkelpagina toont de prijs van deze goederen niet; plak de link van de productpagina.`,
      controlledGoods: (p) =>
        `${p.column} ${p.code} (${p.goods}): ${p.regime}, ${p.law}. ${p.prepare}${p.appliesFrom === "" ? "" : ` Deze regeling geldt voor aangiften vanaf ${f.date(p.appliesFrom)}.`}`,
      deductionsExceedPrice: (p) =>
        `De aftrekposten en invoerrechten (${f.money(p.deductions)}) zijn even hoog als of hoger dan de prijs excl. btw (${f.money(p.netPrice)}): controleer of de kosten per eenheid zijn opgegeven en niet per zending.`,
      missingDeclaredValue: (p) =>
        `Geen aangegeven waarde om te vergelijken met de inverse waarde van ${f.money(p.value)}.`,
      declaredAbovePrice: (p) =>
        `De aangegeven waarde van ${f.money(p.declared)} ligt boven de verkoopprijs van ${f.money(p.price)}: is het een regeltotaal? Geef de waarde per eenheid aan.`,
      underDeclared: (p) =>
        `De aangegeven waarde van ${f.money(p.declared)} ligt ${f.money(p.shortfall)} onder de inverse waarde van ${f.money(p.value)}.`,
      withinTolerance: (p) =>
        `De aangegeven waarde van ${f.money(p.declared)} ligt ${f.money(p.shortfall)} onder de inverse waarde van ${f.money(p.value)}, binnen de tolerantie van ${f.money(p.tolerance)}.`,
      declaredCovers: (p) =>
        `De aangegeven waarde van ${f.money(p.declared)} dekt de inverse waarde van ${f.money(p.value)}.`,
      shipmentDetention: (p) => {
        const listedRows = p.more > 0 ? `${p.rows.join(", ")} en nog ${f.number(p.more)}` : p.rows.join(", ");
        const single = one(p.count);
        return `Zending ${p.shipment} bevat ${single ? "een rij" : "rijen"} met risico (${single ? "rij" : "rijen"} ${listedRows}): als één artikel wordt gecontroleerd, worden alle goederen van de zending tegengehouden.`;
      },
    },

    notes: {
      fixedEuroRate: (p) =>
        `Bedragen in ${p.currency} omgerekend tegen de onherroepelijk vastgestelde koers van ${f.number(p.rate)} ${p.currency} per EUR (sinds ${f.date(p.since)} vervangen door de euro).`,
      commissionAmountUsed: (p) =>
        `${p.column} ${f.money(p.amount)} is gebruikt; ${p.rateColumn} ${f.percent(p.rate)} van de prijs zou ${f.money(p.byRate)} zijn. Klopt het tarief, maak ${p.column} dan leeg.`,
      reducedVatRate: (p) =>
        `Btw-tarief ${f.percent(p.rate)}: het verlaagde tarief uit de instellingen voor ${p.country}, GS ${p.prefix}.`,
    },

    lowValue: {
      consignmentOfRow: (p) => `rij ${p.row}`,
      duty: (p) =>
        `B2C-zending ${p.consignment} met een lage waarde (${f.money(p.value)}, ten hoogste ${f.money(p.threshold)}): het recht bedraagt ${f.money(p.perItem)} voor artikel ${p.item} (Verordening (EU) 2026/382 van de Raad), dat is ${f.money(p.perUnit)} per eenheid, verdeeld over ${f.number(p.units)} ${one(p.units) ? "eenheid" : "eenheden"}.`,
      valueUnknown: (p) =>
        `De waarde van zending ${p.consignment} is niet bekend (rij ${p.row} kan niet worden gewaardeerd), dus het recht van EUR 3 op zendingen met een lage waarde kan niet worden toegepast: de gewone invoerrechten worden gebruikt.`,
      aboveThreshold: (p) =>
        `Zending ${p.consignment} bedraagt ${f.money(p.value)}, meer dan ${f.money(p.threshold)}: de gewone invoerrechten zijn van toepassing (het recht van ${f.money(p.perItem)} per artikel geldt voor B2C-zendingen tot ${f.money(p.threshold)}).`,
    },

    controlledGoods: REGIMES,

    headers: {
      fields: {
        sku: "SKU",
        description: "Omschrijving",
        hsCode: "GS-code",
        quantity: "Aantal",
        unitWeight: "Gewicht per eenheid kg",
        destination: "Bestemming",
        salesLink: "Verkooplink",
        referenceLink: "Referentielink",
        price: "Verkoopprijs",
        currency: "Valuta",
        commission: "Commissie",
        commissionRate: "Commissiepercentage",
        packaging: "Verpakking",
        freight: "Vracht",
        lastMile: "Last mile",
        fbaFee: "FBA-kosten",
        handling: "Behandelingskosten",
        dutyRate: "Invoerrechtpercentage",
        specificDuty: "Specifiek recht",
        vatRate: "Btw-tarief",
        declaredValue: "Aangegeven waarde",
        vatNumber: "Btw-nummer",
        vatRegime: "Btw-regeling",
        importerVatNumber: "Btw-nummer importeur",
        importVatRate: "Btw-tarief invoer",
        gtin: "GTIN",
        productId: "Product-id",
        channel: "Kanaal",
        shipment: "Zending",
        date: "Datum",
      },
      output: {
        "Inverse value": "Inverse waarde",
        "Declaration ratio": "Aangifteratio",
        Duty: "Invoerrechten",
        Status: "Status",
        Flags: "Signalen",
        Explanation: "Toelichting",
      },
      marked: (p) => `${p.header} (douanecontrole${p.count === 1 ? "" : ` ${p.count}`})`,
    },

    sheetNames: {
      summary: "Overzicht",
      audit: "Logboek",
      vatDeferral: "Btw-verlegging",
      proForma: "Proforma",
      proFormaOf: (p) => `Proforma ${p.shipment}`,
      unnamed: "Blad",
    },

    sheetProblems: {
      noHeaderRow: (p) =>
        `Geen kopregel: geen van de eerste ${p.rows} rijen noemt een prijskolom zoals ${quote("Verkoopprijs")}, ${quote("Prijs incl. btw")} of ${quote("Selling price")}, of ${p.fields} van de kolommen die de controle leest (zoals ${quote("SKU")}, ${quote("Aantal")}, ${quote("Land van bestemming")})`,
      noProductRows: "Het blad heeft een kopregel, maar geen productrijen",
      missingColumn: (p) =>
        `Geen kolom ${quote(p.header)}: geef een kolom de naam ${quote(p.header)} (of ${quoted(p.aliases).join(", ")})`,
      duplicateHeaders: (p) =>
        `Dubbele kolomkoppen: ${quoted(p.headers).join(" en ")} betekenen allebei ${quote(p.meaning)}; geef een van beide een andere naam of verwijder er een`,
      all: (p) => p.problems.join("; "),
    },

    costSharing: {
      noWeightColumn: (p) =>
        `Geen kolom ${quote(p.column)}: de kosten worden verdeeld naar gewicht per eenheid × aantal`,
      rowProblem: (p) => `Rij ${p.row}: ${p.problem}`,
      noRows: "Geen rijen om de kosten over te verdelen",
      noRowsOfShipment: (p) => `Geen rijen van zending ${p.shipment}`,
      cellFormattedNotInEuro: (p) =>
        `Rij ${p.row}: de lege cel ${quote(p.column)} heeft een getalnotatie in ${p.currency}, maar de totalen van de zending zijn in EUR: een aandeel dat daar wordt geschreven, zou in ${p.currency} worden getoond en gelezen. Geef de cel de notatie Getal of een notatie in EUR (Start › Getalnotatie) en voer dan ${quote("Kosten verdelen")} opnieuw uit`,
      rowNotInEuro: (p) =>
        `Rij ${p.row}: de bedragen staan in ${p.currency} (${quote(p.column)}), maar de totalen van de zending zijn in EUR, en een aandeel dat in deze rij wordt geschreven, zou in ${p.currency} worden gelezen. Reken de bedragen van de rij eerst om naar EUR`,
      columnNotInEuro: (p) =>
        `${quote(p.column)}: volgens de kop staan de bedragen van deze kolom in ${p.currency}, maar de totalen van de zending zijn in EUR. Reken de kolom om naar EUR en haal de munt uit de kop, of zet EUR in de kop als de bedragen al in euro zijn`,
      weights: "Gewicht per eenheid × aantal",
    },

    summary: {
      rows: "Gecontroleerde rijen",
      statuses: {
        OK: "OK",
        REVIEW: "Nakijken (REVIEW)",
        RISK: "Risico (RISK)",
        ERROR: "Fout (ERROR)",
      },
      hsCodes: "Te laag aangegeven GS-codes",
      offence: "Niveau van de overtreding",
      fineExposure: "Boeterisico",
      outstandingDuty: "Ontdoken invoerrechten",
      shipmentsExposed: "Zendingen met risico op tegenhouding",
      importVatPaid: "Invoer-btw betaald bij invoer",
      importVatDeferred: "Invoer-btw verlegd (ET 14.000)",
      importVatExempt: "Invoer-btw vrijgesteld (regeling 42)",
      lowValueDuty: "Recht op zendingen met een lage waarde (EUR 3 per artikel)",
      reducedVatRates: "Rijen tegen een verlaagd btw-tarief",
      controlledGoods: "Vergunningplichtige goederen",
      ignoredCostColumns: "Genegeerde kostenkolommen (niet aftrekbaar)",
      count: (p) => f.count(p.count),
      amount: (p) => f.money(p.amount),
      thirdOffence:
        "3e overtreding: het btw-nummer wordt op de zwarte lijst geplaatst en er is een aanzienlijke boete verschuldigd (geen gepubliceerd bedrag)",
      none,
      list: listed(", "),
      entries: listed("; "),
      hsCodesValue: (p) =>
        p.codes.length === 0 ? none : `${f.number(p.codes.length)}: ${p.codes.join(", ")}`,
      offenceWithFine: (p) => `${p.level} (${f.money(p.fine)} per GS-code)`,
      offenceBlacklisting: (p) => `${p.level} (opname op de zwarte lijst)`,
      fineDetail: (p) =>
        `${plural(p.codes, "te laag aangegeven GS-code", "te laag aangegeven GS-codes")} × ${f.money(p.fine)}, ${p.level}e overtreding`,
      fineRange: (p) => `van ${f.money(p.atLeast)} tot ${f.money(p.upTo)}`,
      fineWithoutHsCode: (p) => {
        const without = one(p.count)
          ? `een te laag aangegeven rij zonder geldige GS-code, ${p.rows}`
          : `${f.number(p.count)} te laag aangegeven rijen zonder geldige GS-code, ${p.rows}`;
        if (p.exact) return `${without}: één GS-code × ${f.money(p.fine)}, ${p.level}e overtreding`;
        const advice = one(p.count)
          ? "vul de code in voor het exacte bedrag"
          : "vul de codes in voor het exacte bedrag";
        return p.given === null
          ? `${f.money(p.fine)} per GS-code, ${p.level}e overtreding; ${without}: ${advice}`
          : `${p.given}; ${without}: ${advice}`;
      },
      shipmentsExposedDetail: "bij één controle worden alle goederen van de zending tegengehouden",
      importVatDeferredDetail: "aangegeven en afgetrokken in de periodieke Belgische btw-aangifte",
      destinationVat: (p) => `${p.country} ${f.money(p.amount)}`,
      destinationVatDetail: (p) => `btw van het land van bestemming, een raming: ${p.estimates.join(", ")}`,
      lowValueConsignment: (p) =>
        `${p.consignment} ${f.money(p.duty)} (${plural(p.items, "artikel", "artikelen")}, waarde ${f.money(p.value)})`,
      lowValueDetail: (p) =>
        `${plural(p.consignments, "B2C-zending", "B2C-zendingen")} tot EUR 150: ${p.list}`,
      rowsNamed: (p) =>
        p.more > 0
          ? `rijen ${p.rows.join(", ")} … (${f.number(p.count)} in totaal)`
          : `${one(p.count) ? "rij" : "rijen"} ${p.rows.join(", ")}`,
      reducedVatRateUse: (p) => `${p.country} GS ${p.prefix} tegen ${f.percent(p.rate)}: ${p.rows}`,
      controlledGoodsUse: (p) =>
        `${p.regime}: ${p.rows}${p.shipments === "" ? "" : ` (zendingen ${p.shipments})`}`,
      controlledGoodsDetail: "controleer elke regeling vóór de invoer",
    },

    skippedRows: skipped,

    sheetNotes: {
      skippedTotals: (p) => sentence(skipped.totals(p)),
      skippedNotes: (p) => sentence(skipped.notes(p)),
      userColumnKept: (p) =>
        `Uw kolom ${quote(p.userHeader)} blijft ongewijzigd; de kolom ${p.column} van de controle heet ${quote(p.header)}.`,
      readAsChannel: (p) =>
        `Kolom ${quote(p.header)} gelezen als ${quote(p.meaning)}: de waarden zijn kanalen (voorraad, B2C).`,
      readAsRates: (p) =>
        `Kolom ${quote(p.header)} gelezen als ${quote(p.meaning)}: de waarden zijn tarieven.`,
      readAsHsCodes: (p) =>
        `Kolom ${quote(p.header)} gelezen als ${quote(p.meaning)}: de waarden zijn GS-codes. Zijn het uw SKU's, noem de kolom dan ${quote(p.sku)}.`,
      notReadAsRates: (p) =>
        `Kolom ${quote(p.header)} niet gelezen: uit de waarden blijkt niet dat het tarieven zijn (schrijf 12 % of noem de kolom ${quote(p.meaning)}).`,
    },

    proForma: {
      columns: {
        SKU: "SKU",
        Description: "Omschrijving",
        "HS code": "GS-code",
        Quantity: "Aantal",
        "Unit price": "Prijs per eenheid",
        "Sales VAT": "Btw op de verkoop",
        Commission: "Commissie",
        Packaging: "Verpakking",
        Freight: "Vracht",
        "Last mile": "Last mile",
        "FBA fee": "FBA-kosten",
        Handling: "Behandelingskosten",
        Duty: "Invoerrechten",
        "Declaration value": "Aangegeven waarde",
        "Line total": "Regeltotaal",
      },
      title: "Proformafactuur: overzicht van de aftrekposten (inverse methode, Belgische douane)",
      shipments: (p) => `Zendingen: ${f.number(p.count)}`,
      shipment: (p) => `Zending: ${p.shipment}`,
      declarationDate: (p) => `Aangiftedatum: ${f.date(p.date)}. Bedragen in EUR per eenheid.`,
      lineTotal: "Regeltotaal = Aangegeven waarde × Aantal; de totalen zijn Σ bedrag × Aantal.",
      vatTable: (p) => `Btw: ${p.version}`,
      subtotal: (p) => `Subtotaal ${p.shipment}`,
      totals: "Totalen",
      noShipment: "(geen zending)",
      leftOut: (p) =>
        `Niet op deze proformafactuur wegens fouten (corrigeer ze en controleer opnieuw): rijen ${p.rows.join(", ")}`,
    },

    vatDeferral: {
      columns: {
        Shipment: "Zending",
        "VAT regime": "Btw-regeling",
        Destination: "Bestemming",
        Rows: "Rijen",
        "Goods value": "Waarde van de goederen",
        Duty: "Invoerrechten",
        "Incidental costs": "Bijkomende kosten",
        "VAT base": "Maatstaf van heffing",
        "VAT rate": "Btw-tarief",
        "Import VAT": "Invoer-btw",
        "Destination VAT (estimate)": "Btw bestemming (raming)",
        Treatment: "Behandeling",
        "VAT numbers": "Btw-nummers",
      },
      title: "Overzicht van de btw-verlegging",
      dates: (p) => `Aangiftedatum ${f.date(p.date)}; btw-tarieven: ${p.version}.`,
      base: "Maatstaf van heffing van de invoer-btw: douanewaarde (de aangegeven waarde of, als die ontbreekt, de inverse waarde) + invoerrechten + bijkomende kosten tot de eerste plaats van bestemming (btw-richtlijn, art. 85 en 86; Belgisch Btw-Wetboek, art. 34).",
      treatment: {
        CP42: "regeling 42: vrijgesteld bij invoer in België; de intracommunautaire verwerving wordt in het land van bestemming door de afnemer zelf aangegeven",
        ET14000:
          "ET 14.000: verschuldigd in België, verlegd naar de periodieke Belgische btw-aangifte (geen betaling aan de grens)",
        PAID: "betaald bij invoer: verschuldigd bij de inklaring",
      },
      regimeTotals: {
        PAID: "Totaal betaald bij invoer",
        ET14000: "Totaal verlegd (ET 14.000)",
        CP42: "Totaal vrijgesteld (regeling 42)",
      },
      total: "Totaal",
      noShipment: "(geen zending)",
      estimate:
        "De btw van het land van bestemming onder regeling 42 is een raming tegen de btw-tarieven van de rijen op dezelfde maatstaf: bij een overbrenging van eigen goederen is de maatstaf van heffing in het land van bestemming de aankoopprijs of de kostprijs (btw-richtlijn, art. 76).",
      leftOut: (p) =>
        `Niet in dit overzicht omdat de bedragen ervan niet konden worden berekend (corrigeer ze en controleer opnieuw): rijen ${p.rows.join(", ")}.`,
    },

    audit: {
      columns: {
        Time: "Tijdstip",
        Source: "Bron",
        "Rows checked": "Gecontroleerde rijen",
        OK: "OK",
        Review: "Nakijken",
        Risk: "Risico",
        Error: "Fout",
        "Fine exposure": "Boeterisico",
        "Outstanding duty": "Ontdoken invoerrechten",
        "VAT table": "Btw-tabel",
        Settings: "Instellingen",
      },
      records: {
        checkedSheet: (p) => `Gecontroleerd blad: ${p.record}`,
        outputColumns: (p) => `Resultaatkolommen: ${p.record}`,
        vatRatesFilled: (p) => `Ingevulde btw-tarieven: ${p.record}`,
        vatRatesContinued: (p) => `Ingevulde btw-tarieven (vervolg): ${p.record}`,
        noVatRatesFilled: "Ingevulde btw-tarieven:",
      },
      settings: {
        all: (p) => p.parts.join("; "),
        declarationDate: (p) => `aangiftedatum ${f.date(p.date)}`,
        tolerance: (p) => `tolerantie ${f.money(p.amount)}`,
        vatDeferralRequired: "btw-verlegging vereist",
        vatDeferralNotRequired: "btw-verlegging niet vereist",
        offence: (p) => `overtreding ${p.level}`,
        fines: (p) => `boetes ${f.money(p.first)} / ${f.money(p.second)} per GS-code`,
        exchangeRates: (p) => `wisselkoersen ${p.rates.join(", ")}`,
        dutyRates: (p) => `invoerrechtpercentages ${p.rates.join(", ")}`,
        reducedVatRates: (p) => `verlaagde btw-tarieven ${p.rates.join(", ")}`,
        defaultChannel: (p) => `standaardkanaal ${p.channel}`,
        lowValueItemsBy6Digits:
          "artikelen van zendingen met een lage waarde per GS-onderverdeling van 6 cijfers",
        controlledGoodsNotChecked: "vergunningplichtige goederen niet gecontroleerd",
        language: (p) => `taal ${p.language}`,
      },
    },
  };
};
