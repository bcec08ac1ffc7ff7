/**
 * The engine's messages in German, in the words of the German Zoll and of the accountants and forwarders who
 * clear goods with it (docs/glossary.md): formal ("Sie"), numbers with a decimal comma (0,19), dates as 30.12.2026.
 * A value that comes from outside the table keeps its own form, except numbers and ISO dates, which `number` and
 * `date` write the German way; the formats the product reads ("4.7 % MIN 0.40 MAX 2.50", YYYY-MM-DD) stay as typed.
 */
import { formatsOf } from "../language";
import type { Language } from "../messages";

const LINK_EXAMPLE = "https://www.amazon.de/dp/B08N5WRWNW";
const DE = formatsOf("de");

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
/** A clause after a colon begins with a capital in German when it is a sentence ("Preis: Die Zelle ist leer"). */
const sentence = (text: string): string =>
  /^[a-zäöü]+\s/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
/** A plain decimal written with a decimal comma (0.19 → 0,19); anything else as it is. */
const number = (text: string): string => (/^[-+]?\d+\.\d+$/.test(text) ? text.replace(".", ",") : text);
/** An ISO date as German writes it: 2026-12-30 → 30.12.2026. */
const date = (iso: string): string => DE.date(iso as Parameters<typeof DE.date>[0]);

export const de: Language = {
  problems: {
    empty: () => "kein Wert angegeben",
    notANumber: ({ shown }, say) => `${say.shown(shown)} ist keine Zahl`,
    readsTwoWays: ({ text, asThousands, asDecimal }) =>
      `„${text}“ kann als ${number(asThousands)} oder als ${number(asDecimal)} gelesen werden`,
    tooLarge: ({ number: value }) => `${number(value)} ist zu groß (Beträge müssen unter 10^12 liegen)`,
    tooManyDigits: ({ number: value, digits }) =>
      `${number(value)} hat mehr als ${digits} signifikante Stellen, mehr als Excel speichert`,
    notMoreThanZero: ({ number: value }) => `${number(value)} ist nicht größer als 0`,
    negative: ({ number: value }) => `${number(value)} ist negativ`,
    notAFraction: ({ number: value }) => `${number(value)} ist kein Dezimalwert unter 1`,
    percentNotBelowHundred: ({ shown }, say) => `${say.shown(shown)} ist kein Satz unter 100 %`,
    percentNotAmount: ({ shown }, say) => `${say.shown(shown)} ist ein Prozentsatz, kein Betrag`,
    percentage: ({ shown }, say) => `${say.shown(shown)} ist ein Prozentsatz`,
    currencyNotAllowed: ({ shown, host }, say) =>
      `${say.shown(shown)} enthält eine Währung, aber ${host === "cell" ? "diese Spalte" : host === "argument" ? "dieses Argument" : "diese Einstellung"} ist kein Betrag`,
    inCurrency: ({ shown, codes }, say) => `${say.shown(shown)} lautet auf ${codes.join(" oder ")}`,
    cellError: ({ error }) => `die Zelle enthält den Fehler ${error}`,
    mergedCell: ({ area }) =>
      `die Zelle ist über ${area} verbunden: ein Wert über mehrere Zeilen kann der Wert jeder Zeile oder ihre Summe sein`,
    argumentError: ({ error }) =>
      `die Zelle enthält ${error === undefined ? "einen Fehler" : `den Fehler ${error}`}`,
    uncalculatedFormula: ({ formula }) =>
      `die Formel =${formula} hat kein gespeichertes Ergebnis, oder ihr Ergebnis ist ein Fehler`,
    noValueHere: ({ type }) =>
      `${type === undefined ? "ein Objekt" : `der Datentyp ${type}`} liefert hier keinen lesbaren Wert`,
    dataTypeNotANumber: ({ shown }, say) => `der Datentyp ${say.shown(shown)} ist keine Zahl`,
    notADate: ({ shown }, say) => `${say.shown(shown)} ist kein Datum`,
    notAnExcelDate: ({ serial }) => `${serial} ist kein Datum, das Excel darstellen kann`,
    invalidDateCell: () => "die Zelle enthält kein gültiges Datum",
    notText: ({ shown }, say) => `${say.shown(shown)} ist kein Text`,
    notAnHsCode: ({ shown }, say) => `${say.shown(shown)} ist kein HS-Code`,
    invalidHsCode: ({ problem }, say) => say.problem(problem),
    hsCodeNotDigits: ({ number: value }) => `${number(value)} besteht nicht nur aus Ziffern`,
    hsCodeMissing: () => "der HS-Code fehlt",
    hsCodeHasOtherCharacters: ({ text }) => `„${text}“ enthält andere Zeichen als Ziffern`,
    hsCodeDigitCount: ({ digits, count }) => `${digits} hat ${count} Stellen, nicht 6, 8 oder 10`,
    noSuchChapter: ({ chapter }) =>
      `Kapitel ${chapter} gibt es nicht (die Kapitel reichen von 01 bis 97, ohne 77)`,
    vatNumberMissing: () => "die USt-IdNr. fehlt",
    vatNumberNoPrefix: ({ number: value }) => `${value} beginnt nicht mit einem Länderpräfix wie DE oder EL`,
    vatCheckDigitsWrong: ({ number: value }) => `die Prüfziffern von ${value} sind falsch`,
    belgianNineDigits: ({ number: value, written }) =>
      `${value} hat 9 Stellen: belgische USt-IdNrn. haben 10 Stellen und beginnen mit 0 oder 1${written === undefined ? "" : ` (schreiben Sie ${written})`}`,
    vatNumberNotOffline: ({ prefix }) =>
      `USt-IdNrn. mit dem Präfix ${prefix} lassen sich nicht offline prüfen`,
    vatNumberFormat: ({ number: value, prefix }) =>
      `${value} hat nicht das Format einer USt-IdNr. mit dem Präfix ${prefix}`,
    greekVatPrefix: ({ number: value, written }) =>
      `${value} hat nicht das Format einer USt-IdNr. mit dem Präfix GR: griechische USt-IdNrn. beginnen mit EL (schreiben Sie ${written})`,
    gtinNotDigits: ({ text }) => `„${text}“ ist keine GTIN: eine GTIN besteht nur aus Ziffern`,
    gtinLength: ({ digits, count }) =>
      `${digits} hat ${count} Stellen: eine GTIN hat 8, 12, 13 oder 14 (EAN-13 bei den meisten europäischen Waren)`,
    gtinCheckDigit: ({ digits, check }) =>
      `${digits} hat eine falsche Prüfziffer (GS1 ergibt ${check} für die Ziffern davor): übernehmen Sie die GTIN noch einmal vom Barcode`,
    countryChosenByBuyer: ({ name }) =>
      `${name} legt das Lieferland in den Einstellungen des Käufers fest, nicht im Link (de.aliexpress.com ist die deutsche Sprachversion, kein deutscher Shop)`,
    countryInHost: ({ name, domain }) =>
      `ein ${name}-Link nennt das Land seines Shops im Hostnamen (de.${domain} …)`,
    countryInPath: ({ name, domain }) =>
      `ein ${name}-Link nennt das Land seines Shops im Pfad (${domain}/de/ …)`,
    notAQuantity: ({ number: value }) => `${number(value)} Stück ist keine Menge`,
    negativeWeight: ({ number: value }) => `${number(value)} kg ist negativ`,
    notADutyRate: ({ text }) => `„${text}“ ist kein lesbarer Zollsatz`,
    notABound: ({ text }) => `„${text}“ ist kein lesbarer MIN- oder MAX-Betrag`,
    minAboveMax: ({ minimum, maximum }) => `MIN ${minimum} liegt über MAX ${maximum}`,
    countryMissing: () => "das Bestimmungsland fehlt",
    unknownCountry: ({ text }) => `„${text}“ ist kein uns bekanntes Land`,
    outsideEu: ({ code }) => `${code} liegt außerhalb der EU und hat daher keinen EU-MwSt.-Satz`,
    beforeVatTable: ({ start, date: day }) =>
      `die MwSt.-Tabelle beginnt am ${date(start)}, der ${date(day)} liegt davor`,
    dateBeforeVatTable: ({ start, date: day }) =>
      `der ${date(day)} liegt vor dem Beginn der MwSt.-Tabelle (${date(start)})`,
    noShipmentTotals: () => "alle Felder sind leer",
    noLinesToShare: () => "es gibt keine Positionen, auf die sich die Kosten aufteilen lassen",
    negativeWeightOnLine: ({ line, weight }) => `Position ${line} hat das negative Gewicht ${number(weight)}`,
    allWeightsZero: () => "alle Gewichte sind 0, es gibt also nichts, wonach aufgeteilt werden kann",
    noValueLeft: ({ netPrice }) =>
      `nach Abzügen und Zoll bleibt kein Wert übrig: der Nettopreis (ohne MwSt.) beträgt EUR ${number(netPrice)}`,
    notAWebLink: () => "das ist kein Weblink",
    unknownMarketplace: ({ host }) => `${host} ist kein uns bekannter Marktplatz`,
    noAsin: () => "dieser Link enthält keine ASIN (erwartet: /dp/ gefolgt von 10 Buchstaben oder Ziffern)",
    shortLink: ({ host }) => `${host} ist ein Kurzlink: wohin er führt, lässt sich offline nicht feststellen`,
    noCountryInLink: ({ name, why }, say) =>
      `der ${name}-Link lässt nicht erkennen, aus welchem Land der Shop stammt (${say.problem(why)})`,
    noProductId: ({ name, productIdName }, say) =>
      `dieser ${name}-Link führt nicht auf eine Produktseite (ohne ${say.productIdName(productIdName)}), sondern auf eine Such-, Kategorie- oder Shopseite`,
    noFixedRate: ({ code }) => `${code} hat keinen festen Umrechnungskurs zum Euro`,
    cellsForWeights: ({ cells, weights }) => `${cells} Zellen für ${weights} Gewichte`,
    notAnOffenceLevel: ({ level }) => `${level} ist nicht 1, 2 oder 3`,
    thirdOffence: () =>
      "ein dritter Verstoß führt zur Aufnahme der USt-IdNr. in die schwarze Liste; ein Bußgeldbetrag ist dafür nicht veröffentlicht",
    notACurrencyCode: ({ text }) => `„${text}“ ist kein Währungscode`,
    eurNeedsNoRate: () => "EUR braucht keinen Wechselkurs",
    zeroRate: () => "0 ist kein Kurs",
    implausibleRate: ({ rate, minimum, maximum }) =>
      `${number(rate)} ist kein plausibler Kurs (Kurse liegen zwischen ${number(minimum)} und ${number(maximum)} Einheiten je EUR)`,
    notAnHsPrefix: ({ text }) => `„${text}“ ist kein Anfang eines HS-Codes`,
    notACountryAndPrefix: ({ text }) => `„${text}“ ist kein Bestimmungsland mit dem Anfang eines HS-Codes`,
    notAChannel: ({ text }) => `„${text}“ ist kein Kanal`,
    notItemDigits: ({ text }) => `${text} ist keine Stellenzahl einer Unterposition`,
    notOfTheForm: ({ line, example }) => `„${line}“ hat nicht die Form ${example}`,
    notALanguage: ({ text }) => `„${text}“ ist keine verfügbare Sprache`,
  },
  fixes: {
    enterAmount: () => "Geben Sie einen Betrag ein, z. B. 2,50",
    enterAmountInEur: () => "Geben Sie einen Betrag in EUR ein, z. B. 2,50",
    enterPrice: () => "Geben Sie den Verkaufspreis inkl. MwSt. je Stück laut Verkaufslink in EUR ein",
    positiveCosts: () => "Geben Sie Kosten als positive Beträge ein, denn sie werden vom Preis abgezogen",
    positiveCostsAndValues: () => "Geben Sie Kosten und Werte als positive Beträge ein",
    writeRate: () => "Schreiben Sie den Satz als 19 % oder 0,19",
    enterRate: () => "Geben Sie den Satz als 19 % oder 0,19 ein",
    writePercentOrFraction: ({ percent, fraction }) =>
      `Schreiben Sie ${number(percent)} % oder ${number(fraction)}`,
    enterCountryOrRate: () => "Geben Sie einen Ländercode wie DE oder den MwSt.-Satz als 19 % oder 0,19 ein",
    enterDuty: () =>
      "Geben Sie 0 für zollfreie Waren, einen Satz wie 12 % oder 0,12 oder einen Text wie „4.7 % MIN 0.40 MAX 2.50“ ein",
    writeDuty: () =>
      "Schreiben Sie den Zoll als Dezimalwert (0,12) oder wie im Tarif, z. B. „12 %“ oder „4.7 % MIN 0.40 MAX 2.50“",
    swapBounds: () => "Vertauschen Sie die beiden Beträge",
    enterExcelDate: () => "Geben Sie ein Datum ein, z. B. DATUM(2024;8;31)",
    writeIsoDate: () => "Schreiben Sie das Datum im Format YYYY-MM-DD, z. B. 2024-08-31",
    enterDate: () => "Geben Sie ein Datum ein, z. B. 2026-11-20",
    enterQuantity: () => "Geben Sie die Stückzahl ein, z. B. 24",
    enterUnits: () => "Geben Sie die Stückzahl ein",
    enterWeight: () => "Geben Sie das Stückgewicht in kg ein, z. B. 0,35",
    enterWeightInKg: () => "Geben Sie das Stückgewicht in kg ein",
    fixFormula: () => "Korrigieren Sie die Formel oder geben Sie den Wert direkt ein",
    unmergeCells: () =>
      "Heben Sie die Zellverbindung auf (Start › Verbinden und zentrieren) und tragen Sie in jede Zeile ihren eigenen Wert ein",
    calculateFormulas: () =>
      "Öffnen Sie die Datei in Excel, korrigieren Sie jede Formel, die einen Fehler anzeigt, und speichern Sie die Datei, damit ihre Formeln berechnet werden",
    correctCellFirst: ({ then }, say) =>
      `Korrigieren Sie zuerst diese Zelle oder ${lowerFirst(say.fix(then))}`,
    referToField: ({ then }, say) =>
      `${say.fix(then)} (für ein Feld eines Datentyps verweisen Sie auf das Feld, z. B. A2.Preis)`,
    enterHsCode: () => "Geben Sie den HS-Code ein, z. B. 9405 21 40",
    hsCodeDigits: () => "Geben Sie 6 (HS), 8 (KN) oder 10 (TARIC) Ziffern ein",
    convertToEur: () =>
      "Rechnen Sie den Betrag zuerst in EUR um, z. B. mit CUSTOMS.INEUR(betrag; einheitenJeEuro)",
    writeOneWay: () =>
      "Schreiben Sie die Zahl so, dass sie eindeutig ist: ohne Tausendertrennzeichen („1299“) oder mit ihren Dezimalstellen („1.299,00“ oder „1,299.00“)",
    enterEuCountry: () => "Geben Sie das EU-Lieferland ein, z. B. DE",
    enterCountryOfDelivery: () => "Geben Sie das EU-Lieferland ein",
    useCountryCode: () => "Verwenden Sie den zweistelligen ISO-Code, z. B. DE, FR oder EL",
    enterEuCountryCode: () => "Geben Sie einen EU-Ländercode wie DE ein",
    dateInVatTable: ({ start }) =>
      `Verwenden Sie ein Datum ab dem ${date(start)} oder geben Sie den MwSt.-Satz selbst als Dezimalwert wie 0,19 an`,
    dateFrom: ({ start }) => `Geben Sie ein Datum ab dem ${date(start)} ein`,
    positiveShipmentCost: () => "Geben Sie die Sendungskosten als positiven Betrag ein",
    oneWeightPerLine: () => "Geben Sie je Position ein Gewicht an",
    positiveWeights: () => "Geben Sie die Gewichte als positive Zahlen ein",
    fillWeights: () => "Füllen Sie die Stückgewichte (kg) und Mengen aus",
    costsPerUnit: () => "Prüfen Sie, ob die Kosten je Stück und nicht je Sendung angegeben sind",
    enterSalesLink: () => `Geben Sie den Verkaufslink ein, z. B. ${LINK_EXAMPLE}`,
    enterFullSalesLink: () => `Geben Sie den vollständigen Verkaufslink ein, z. B. ${LINK_EXAMPLE}`,
    useDestinationStore: () => "Verwenden Sie den Link des Marktplatz-Shops im Bestimmungsland",
    enterAmazonLink: () => "Geben Sie den Amazon-Produktlink ein",
    useProductPage: () => "Verwenden Sie den Link der Produktseite",
    pasteFullLink: () => `Fügen Sie den vollständigen Produktlink ein, z. B. ${LINK_EXAMPLE}`,
    enterGtin: () => "Geben Sie die GTIN (EAN) vom Barcode ein, z. B. 4006381333931",
    enterUnitsPerEuroOrFixed: ({ codes }) =>
      `Geben Sie den Kurs in Einheiten je EUR ein, z. B. 11,39 für SEK, oder den Code einer früheren Währung des Euroraums (${codes})`,
    enterVatNumber: () => "Geben Sie die USt-IdNr. mit ihrem Länderpräfix ein, z. B. DE136695976",
    enterShipmentCost: () => "Geben Sie die Sendungskosten in EUR ein",
    enterShipmentTotal: () => "Geben Sie den Gesamtbetrag der Sendung in EUR ein, z. B. 1250,00",
    positiveShipmentTotal: () => "Geben Sie den Gesamtbetrag als positiven Betrag ein",
    enterOneShipmentTotal: () =>
      "Geben Sie mindestens einen aufzuteilenden Gesamtbetrag ein (Fracht, letzte Meile oder Abfertigungskosten)",
    sameCountAsWeights: () => "Wählen Sie ebenso viele Mengen wie Gewichte aus",
    enterOffence: () => "Geben Sie 1, 2 oder 3 ein",
    chooseOffence: () => "Wählen Sie Verstoß 1, 2 oder 3",
    enterFinePerHsCode: () =>
      "Geben Sie das Bußgeld je HS-Code in EUR ein oder lassen Sie das Feld leer, um den Standardwert aus der Praxis zu verwenden",
    talkToBroker: () => "Sprechen Sie mit Ihrem Zollagenten",
    enterForeignAmount: () => "Geben Sie den Betrag in der Fremdwährung ein",
    enterTolerance: () => "Geben Sie die Toleranz in EUR je Stück ein, z. B. 0,05",
    enterFine: ({ example }) =>
      `Geben Sie den Betrag in EUR je HS-Code ein, z. B. ${number(String(example))}`,
    useCurrencyCodes: () => "Verwenden Sie ISO-Codes wie SEK oder PLN",
    otherCurrenciesOnly: () => "Geben Sie Kurse nur für andere Währungen an",
    enterUnitsOf: ({ code, example }) =>
      `Geben Sie die Einheiten ${code} je EUR ein, z. B. ${number(example)}`,
    useHsPrefix: () => "Verwenden Sie 2 bis 10 Ziffern, z. B. 9405",
    chooseChannel: () => "Wählen Sie Lager (FBA, B2B) oder B2C (an Verbraucher verkaufte Pakete)",
    chooseItemDigits: () => "Wählen Sie 8 (die KN-Unterposition) oder 6 (die HS-Unterposition)",
    useCountryAndPrefix: () =>
      "Schreiben Sie den Ländercode, einen Doppelpunkt und 2 bis 10 Ziffern, z. B. DE:4901=7 %",
    enterFraction: () => "Geben Sie einen Dezimalwert wie 0,047 ein",
    onePerLine: ({ example }) => `Schreiben Sie einen Eintrag je Zeile, z. B. ${example}`,
    chooseLanguage: () => "Wählen Sie en, fr, nl, de oder zh",
  },
  productIdNames: {
    ASIN: "ASIN",
    "bol.com article number": "bol.com-Artikelnummer",
    "Cdiscount product reference": "Cdiscount-Produktreferenz",
    "Allegro offer number": "Allegro-Angebotsnummer",
    "Kaufland product number": "Kaufland-Produktnummer",
    "eBay item number": "eBay-Artikelnummer",
    "Otto article number": "Otto-Artikelnummer",
    "Zalando article code": "Zalando-Artikelnummer",
    "Fnac article number": "Fnac-Artikelnummer",
    "eMAG product code": "eMAG-Produktcode",
    "Temu goods id": "Temu-Artikel-ID",
    "Shein goods id": "Shein-Artikel-ID",
    "AliExpress item number": "AliExpress-Artikelnummer",
  },
  settings: {
    declarationDate: () => "Anmeldedatum",
    tolerance: () => "Toleranz",
    offenceLevel: () => "Verstoßstufe",
    firstOffenceFine: () => "Bußgeld beim ersten Verstoß",
    secondOffenceFine: () => "Bußgeld beim zweiten Verstoß",
    exchangeRates: (code) => (code === undefined ? "Wechselkurse" : `Wechselkurs ${code}`),
    dutyRates: (prefix) => (prefix === undefined ? "Zollsätze" : `Zollsatz ${prefix}`),
    channel: () => "Kanal",
    lowValueItemDigits: () => "Stellen des Artikels (Sendungen mit geringem Wert)",
    vatRates: (entry) => (entry === undefined ? "Ermäßigte MwSt.-Sätze" : `Ermäßigter MwSt.-Satz ${entry}`),
    language: () => "Sprache",
  },
  shown: ({ text, as }) => (as === "quoted" ? `„${text}“` : as === "theText" ? `der Text „${text}“` : text),
  inputError: (field, problem, fix) => `${field}: ${sentence(problem)}. ${fix}`,
  rowFinding: (field, problem, fix) => `${field}: ${sentence(problem)} – ${lowerFirst(fix)}.`,
  cellOfRange: (field, cell) => `${field} (Zelle ${cell} des Bereichs)`,
  unexpected: (problem) => `Unerwarteter Fehler: ${problem}`,
};
