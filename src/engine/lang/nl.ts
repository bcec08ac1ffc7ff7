/** The engine's messages in Dutch (Flanders and the Netherlands), in the words of the Belgian douane. */
import { formatsOf } from "../language";
import type { Language } from "../messages";

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
/** A number the engine wrote ("0.19", "-2.5") as Dutch writes it: with a decimal comma. */
const num = (value: string | number): string => String(value).replace(".", ",");
/** An ISO date the engine gives (the VAT table's start, a declaration date) as Dutch writes it. */
const day = (iso: string): string => formatsOf("nl").date(iso);
const LINK_EXAMPLE = "https://www.amazon.de/dp/B08N5WRWNW";

export const nl: Language = {
  problems: {
    empty: () => "er is niets ingevuld",
    notANumber: ({ shown }, say) => `${say.shown(shown)} is geen getal`,
    readsTwoWays: ({ text, asThousands, asDecimal }) =>
      `"${text}" kan gelezen worden als ${num(asThousands)} of als ${num(asDecimal)}`,
    tooLarge: ({ number }) => `${num(number)} is te groot (bedragen moeten kleiner zijn dan 10^12)`,
    tooManyDigits: ({ number, digits }) =>
      `${num(number)} heeft meer dan ${digits} significante cijfers, meer dan Excel bewaart`,
    notMoreThanZero: ({ number }) => `${num(number)} is niet groter dan 0`,
    negative: ({ number }) => `${num(number)} is negatief`,
    notAFraction: ({ number }) => `${num(number)} is geen fractie kleiner dan 1`,
    percentNotBelowHundred: ({ shown }, say) => `${say.shown(shown)} is geen tarief onder 100 %`,
    percentNotAmount: ({ shown }, say) => `${say.shown(shown)} is een percentage, geen bedrag`,
    percentage: ({ shown }, say) => `${say.shown(shown)} is een percentage`,
    currencyNotAllowed: ({ shown, host }, say) =>
      `${say.shown(shown)} vermeldt een valuta, maar ${host === "cell" ? "in deze kolom" : host === "argument" ? "in dit argument" : "in deze instelling"} hoort geen bedrag`,
    inCurrency: ({ shown, codes }, say) => `${say.shown(shown)} is uitgedrukt in ${codes.join(" of ")}`,
    cellError: ({ error }) => `de cel bevat de foutwaarde ${error}`,
    mergedCell: ({ area }) =>
      `de cel is samengevoegd over ${area}: één waarde over meerdere rijen kan die van elke rij zijn of hun totaal`,
    argumentError: ({ error }) => `de cel bevat ${error ?? "een foutwaarde"}`,
    uncalculatedFormula: ({ formula }) =>
      `de formule =${formula} heeft geen opgeslagen resultaat, of het resultaat is een foutwaarde`,
    noValueHere: ({ type }) =>
      `${type === undefined ? "een object" : `een gegevenstype ${type}`} heeft hier geen leesbare waarde`,
    dataTypeNotANumber: ({ shown }, say) => `het gegevenstype ${say.shown(shown)} is geen getal`,
    notADate: ({ shown }, say) => `${say.shown(shown)} is geen datum`,
    notAnExcelDate: ({ serial }) => `${serial} is geen datum die Excel kan weergeven`,
    invalidDateCell: () => "de cel bevat geen geldige datum",
    notText: ({ shown }, say) => `${say.shown(shown)} is geen tekst`,
    notAnHsCode: ({ shown }, say) => `${say.shown(shown)} is geen GS-code`,
    invalidHsCode: ({ problem }, say) => say.problem(problem),
    hsCodeNotDigits: ({ number }) => `${number} is geen code die uit cijfers bestaat`,
    hsCodeMissing: () => "de GS-code ontbreekt",
    hsCodeHasOtherCharacters: ({ text }) => `"${text}" bevat andere tekens dan cijfers`,
    hsCodeDigitCount: ({ digits, count }) => `${digits} telt ${count} cijfers, niet 6, 8 of 10`,
    noSuchChapter: ({ chapter }) =>
      `hoofdstuk ${chapter} bestaat niet (de hoofdstukken lopen van 01 tot en met 97, zonder 77)`,
    vatNumberMissing: () => "het btw-nummer ontbreekt",
    vatNumberNoPrefix: ({ number }) => `${number} begint niet met een landcode zoals DE of EL`,
    vatCheckDigitsWrong: ({ number }) => `de controlecijfers van ${number} kloppen niet`,
    belgianNineDigits: ({ number, written }) =>
      `${number} telt 9 cijfers: Belgische btw-nummers tellen er 10 en beginnen met 0 of 1${written === undefined ? "" : ` (schrijf ${written})`}`,
    vatNumberNotOffline: ({ prefix }) => `${prefix}-nummers kunnen niet offline worden gecontroleerd`,
    vatNumberFormat: ({ number, prefix }) => `${number} heeft niet de vorm van een ${prefix}-btw-nummer`,
    greekVatPrefix: ({ number, written }) =>
      `${number} heeft niet de vorm van een GR-btw-nummer: Griekse btw-nummers beginnen met EL (schrijf ${written})`,
    gtinNotDigits: ({ text }) => `"${text}" is geen GTIN: een GTIN bestaat alleen uit cijfers`,
    gtinLength: ({ digits, count }) =>
      `${digits} telt ${count} cijfers: een GTIN telt er 8, 12, 13 of 14 (EAN-13 bij de meeste Europese producten)`,
    gtinCheckDigit: ({ digits, check }) =>
      `${digits} heeft een verkeerd controlecijfer (GS1 geeft ${check} voor de cijfers ervoor): neem de GTIN opnieuw over van de streepjescode`,
    countryChosenByBuyer: ({ name }) =>
      `${name} legt het land van bestemming vast in de instellingen van de koper, niet in de link (de.aliexpress.com is de Duitstalige versie, geen Duitse winkel)`,
    countryInHost: ({ name, domain }) =>
      `een link van ${name} geeft het land aan in de hostnaam (de.${domain} …)`,
    countryInPath: ({ name, domain }) =>
      `een link van ${name} geeft het land aan in het pad (${domain}/de/ …)`,
    notAQuantity: ({ number }) => `${num(number)} eenheden is geen geldig aantal`,
    negativeWeight: ({ number }) => `${num(number)} kg is negatief`,
    notADutyRate: ({ text }) => `"${text}" is geen leesbaar invoerrechtpercentage`,
    notABound: ({ text }) => `"${text}" is geen leesbaar MIN- of MAX-bedrag`,
    minAboveMax: ({ minimum, maximum }) => `MIN ${num(minimum)} is hoger dan MAX ${num(maximum)}`,
    countryMissing: () => "het land van bestemming ontbreekt",
    unknownCountry: ({ text }) => `"${text}" is geen land dat wij kennen`,
    outsideEu: ({ code }) => `${code} ligt buiten de EU en heeft dus geen EU-btw-tarief`,
    beforeVatTable: ({ start, date }) => `de btw-tabel begint op ${day(start)}, ${day(date)} ligt daarvoor`,
    dateBeforeVatTable: ({ start, date }) =>
      `${day(date)} ligt vóór het begin van de btw-tabel (${day(start)})`,
    noShipmentTotals: () => "ze zijn allemaal leeg",
    noLinesToShare: () => "er zijn geen regels om de kosten over te verdelen",
    negativeWeightOnLine: ({ line, weight }) => `regel ${line} heeft een negatief gewicht (${num(weight)})`,
    allWeightsZero: () => "alle gewichten zijn 0, zodat er niet naar gewicht verdeeld kan worden",
    noValueLeft: ({ netPrice }) =>
      `na de aftrekposten en de invoerrechten blijft er geen waarde over: de prijs excl. btw is ${num(netPrice)}`,
    notAWebLink: () => "dit is geen weblink",
    unknownMarketplace: ({ host }) => `${host} is geen marktplaats die wij kennen`,
    noAsin: () => "deze link bevat geen ASIN (verwacht: /dp/ gevolgd door 10 letters of cijfers)",
    shortLink: ({ host }) =>
      `${host} is een verkorte link: waar die naartoe leidt, kan offline niet worden vastgesteld`,
    noCountryInLink: ({ name, why }, say) =>
      `uit de link van ${name} blijkt niet voor welk land de winkel is (${say.problem(why)})`,
    noProductId: ({ name, productIdName }, say) =>
      `deze link van ${name} is geen productpagina (er staat geen ${say.productIdName(productIdName)} in): het is een zoek-, categorie- of winkelpagina`,
    noFixedRate: ({ code }) => `${code} heeft geen vaste omrekeningskoers naar de euro`,
    cellsForWeights: ({ cells, weights }) => `${cells} cellen voor ${weights} gewichten`,
    notAnOffenceLevel: ({ level }) => `${level} is niet 1, 2 of 3`,
    thirdOffence: () =>
      "bij een derde overtreding wordt het btw-nummer op de zwarte lijst geplaatst; er is geen boetebedrag gepubliceerd",
    notACurrencyCode: ({ text }) => `"${text}" is geen valutacode`,
    eurNeedsNoRate: () => "voor EUR is geen wisselkoers nodig",
    zeroRate: () => "0 is geen koers",
    implausibleRate: ({ rate, minimum, maximum }) =>
      `${num(rate)} is geen aannemelijke koers (koersen liggen tussen ${num(minimum)} en ${num(maximum)} eenheden per EUR)`,
    notAnHsPrefix: ({ text }) => `"${text}" is geen begin van een GS-code`,
    notACountryAndPrefix: ({ text }) => `"${text}" is geen land van bestemming met het begin van een GS-code`,
    notAChannel: ({ text }) => `"${text}" is geen kanaal`,
    notItemDigits: ({ text }) => `${text} is geen geldige lengte van een tariefonderverdeling`,
    notOfTheForm: ({ line, example }) => `"${line}" heeft niet de vorm ${example}`,
    notALanguage: ({ text }) => `"${text}" is geen taal die het product ondersteunt`,
  },
  fixes: {
    enterAmount: () => "Voer een bedrag in, zoals 2,50",
    enterAmountInEur: () => "Voer een bedrag in EUR in, bijv. 2,50",
    enterPrice: () => "Voer de verkoopprijs per eenheid incl. btw in EUR in, zoals vermeld op de verkooplink",
    positiveCosts: () => "Voer kosten in als positieve bedragen: ze worden van de prijs afgetrokken",
    positiveCostsAndValues: () => "Voer kosten en waarden in als positieve bedragen",
    writeRate: () => "Schrijf het tarief als 19 % of 0,19",
    enterRate: () => "Voer het tarief in als 19 % of 0,19",
    writePercentOrFraction: ({ percent, fraction }) => `Schrijf ${num(percent)} % of ${num(fraction)}`,
    enterCountryOrRate: () => "Voer een landcode in, zoals DE, of het btw-tarief als 19 % of 0,19",
    enterDuty: () =>
      'Voer 0 in voor rechtenvrije goederen, een percentage zoals 12 % of 0,12, of een tekst zoals "4.7 % MIN 0.40 MAX 2.50"',
    writeDuty: () =>
      'Schrijf het invoerrecht als fractie (0,12) of zoals in het tarief, bijv. "12 %" of "4.7 % MIN 0.40 MAX 2.50"',
    swapBounds: () => "Verwissel de twee bedragen",
    enterExcelDate: () => "Voer een datum in zoals DATUM(2024;8;31)",
    writeIsoDate: () => "Schrijf de datum als YYYY-MM-DD, bijv. 2024-08-31",
    enterDate: () => "Voer een datum in zoals 2026-11-20",
    enterQuantity: () => "Voer het aantal eenheden in, bijv. 24",
    enterUnits: () => "Voer het aantal eenheden in",
    enterWeight: () => "Voer het gewicht per eenheid in kg in, bijv. 0,35",
    enterWeightInKg: () => "Voer het gewicht per eenheid in kg in",
    fixFormula: () => "Corrigeer de formule of typ de waarde zelf in",
    unmergeCells: () =>
      "Maak de samenvoeging ongedaan (Start › Samenvoegen en centreren) en typ in elke rij haar eigen waarde",
    calculateFormulas: () =>
      "Open het bestand in Excel, corrigeer elke formule die een fout toont en sla het bestand op, zodat de formules berekend worden",
    correctCellFirst: ({ then }, say) => `Corrigeer eerst die cel, of ${lowerFirst(say.fix(then))}`,
    referToField: ({ then }, say) =>
      `${say.fix(then)} (verwijs voor een veld van een gegevenstype naar dat veld, bijv. A2.Prijs)`,
    enterHsCode: () => "Voer de GS-code in, bijv. 9405 21 40",
    hsCodeDigits: () => "Voer 6 (GS), 8 (GN) of 10 (TARIC) cijfers in",
    convertToEur: () =>
      "Reken het bedrag eerst om naar EUR, bijv. met CUSTOMS.NAAREUR(bedrag; eenhedenPerEuro)",
    writeOneWay: () =>
      'Schrijf het zo dat het maar op één manier te lezen is: zonder scheidingsteken voor duizendtallen ("1299") of met de decimalen ("1.299,00" of "1,299.00")',
    enterEuCountry: () => "Voer het EU-land van bestemming in, bijv. DE",
    enterCountryOfDelivery: () => "Voer het EU-land van bestemming in",
    useCountryCode: () => "Gebruik de ISO-code van twee letters, bijv. DE, FR of EL",
    enterEuCountryCode: () => "Voer een EU-landcode in, zoals DE",
    dateInVatTable: ({ start }) =>
      `Gebruik een datum vanaf ${day(start)}, of geef het btw-tarief zelf op als fractie, zoals 0,19`,
    dateFrom: ({ start }) => `Voer een datum vanaf ${day(start)} in`,
    positiveShipmentCost: () => "Voer de zendingskosten in als positief bedrag",
    oneWeightPerLine: () => "Geef één gewicht per regel op",
    positiveWeights: () => "Voer gewichten in als positieve getallen",
    fillWeights: () => "Vul de gewichten per eenheid (kg) en de aantallen in",
    costsPerUnit: () => "Controleer of de kosten per eenheid zijn opgegeven en niet per zending",
    enterSalesLink: () => `Voer de verkooplink in, bijv. ${LINK_EXAMPLE}`,
    enterFullSalesLink: () => `Voer de volledige verkooplink in, bijv. ${LINK_EXAMPLE}`,
    useDestinationStore: () => "Gebruik de link van de winkel van de marktplaats in het land van bestemming",
    enterAmazonLink: () => "Voer de productlink van Amazon in",
    useProductPage: () => "Gebruik de link van de productpagina",
    pasteFullLink: () => `Plak de volledige productlink, bijv. ${LINK_EXAMPLE}`,
    enterGtin: () => "Voer de GTIN (EAN-code) van de streepjescode in, bijv. 4006381333931",
    enterUnitsPerEuroOrFixed: ({ codes }) =>
      `Voer de koers in als eenheden per EUR, bijv. 11,39 voor SEK, of de code van een vroegere munt van de eurozone (${codes})`,
    enterVatNumber: () => "Voer het btw-nummer met zijn landcode in, bijv. DE136695976",
    enterShipmentCost: () => "Voer de zendingskosten in EUR in",
    enterShipmentTotal: () => "Voer het totaal van de zending in EUR in, bijv. 1250,00",
    positiveShipmentTotal: () => "Voer het totaal in als positief bedrag",
    enterOneShipmentTotal: () =>
      "Voer minstens één totaal in om te verdelen (vracht, last mile of behandelingskosten)",
    sameCountAsWeights: () => "Selecteer evenveel aantallen als gewichten",
    enterOffence: () => "Voer 1, 2 of 3 in",
    chooseOffence: () => "Kies overtreding 1, 2 of 3",
    enterFinePerHsCode: () =>
      "Voer de boete per GS-code in EUR in, of laat de cel leeg voor het standaardbedrag uit de praktijk",
    talkToBroker: () => "Overleg met uw douane-expediteur",
    enterForeignAmount: () => "Voer het bedrag in de vreemde valuta in",
    enterTolerance: () => "Voer de tolerantie in EUR per eenheid in, bijv. 0,05",
    enterFine: ({ example }) => `Voer het bedrag in EUR per GS-code in, bijv. ${num(example)}`,
    useCurrencyCodes: () => "Gebruik ISO-codes zoals SEK of PLN",
    otherCurrenciesOnly: () => "Geef alleen koersen op voor andere valuta",
    enterUnitsOf: ({ code, example }) => `Voer het aantal eenheden ${code} per EUR in, bijv. ${example}`,
    useHsPrefix: () => "Gebruik 2 tot 10 cijfers, bijv. 9405",
    chooseChannel: () => "Kies voorraad (FBA, B2B) of B2C (pakketten verkocht aan consumenten)",
    chooseItemDigits: () => "Kies 8 (de GN-onderverdeling) of 6 (de GS-onderverdeling)",
    useCountryAndPrefix: () => "Schrijf de landcode, een dubbele punt en 2 tot 10 cijfers, bijv. DE:4901=7 %",
    enterFraction: () => "Voer een fractie in, zoals 0,047",
    onePerLine: ({ example }) => `Schrijf er één per regel, bijv. ${example}`,
    chooseLanguage: () => "Kies en, fr, nl, de of zh",
  },
  productIdNames: {
    ASIN: "ASIN",
    "bol.com article number": "bol.com-artikelnummer",
    "Cdiscount product reference": "Cdiscount-productreferentie",
    "Allegro offer number": "Allegro-aanbiedingsnummer",
    "Kaufland product number": "Kaufland-productnummer",
    "eBay item number": "eBay-objectnummer",
    "Otto article number": "Otto-artikelnummer",
    "Zalando article code": "Zalando-artikelcode",
    "Fnac article number": "Fnac-artikelnummer",
    "eMAG product code": "eMAG-productcode",
    "Temu goods id": "Temu-product-id",
    "Shein goods id": "Shein-product-id",
    "AliExpress item number": "AliExpress-artikelnummer",
  },
  settings: {
    declarationDate: () => "aangiftedatum",
    tolerance: () => "tolerantie",
    offenceLevel: () => "overtreding",
    firstOffenceFine: () => "boete bij een eerste overtreding",
    secondOffenceFine: () => "boete bij een tweede overtreding",
    exchangeRates: (code) => (code === undefined ? "wisselkoersen" : `wisselkoers ${code}`),
    dutyRates: (prefix) =>
      prefix === undefined ? "invoerrechtpercentages" : `invoerrechtpercentage ${prefix}`,
    channel: () => "kanaal",
    lowValueItemDigits: () => "cijfers van een artikel voor zendingen met een lage waarde",
    vatRates: (entry) => (entry === undefined ? "verlaagde btw-tarieven" : `verlaagd btw-tarief ${entry}`),
    language: () => "taal",
  },
  shown: ({ text, as }) => (as === "quoted" ? `"${text}"` : as === "theText" ? `de tekst "${text}"` : text),
  inputError: (field, problem, fix) => `${field}: ${problem}. ${fix}`,
  rowFinding: (field, problem, fix) => `${field} ${problem}: ${lowerFirst(fix)}.`,
  cellOfRange: (field, cell) => `${field} (cel ${cell} van het bereik)`,
  unexpected: (problem) => `Onverwacht probleem: ${problem}`,
};
