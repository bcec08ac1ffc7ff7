/**
 * The engine's messages in French, as Belgian customs and accountants write them (douane.belgium.be: « valeur en
 * douane », « déclaration d'importation »). Numbers the engine computes are written with a decimal comma (0,19);
 * what the user types in the formats the product reads ("SEK=11.39", "4.7 % MIN 0.40 MAX 2.50", ISO dates of the
 * settings) stays as it is typed.
 */
import { formatsOf } from "../language";
import type { Language } from "../messages";

const FORMATS = formatsOf("fr");
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
/** A number of the engine (Decimal's "0.19") as French writes it: "0,19". */
const num = (value: string | number): string => String(value).replace(".", ",");
/** A text quoted the French way, with no-break spaces inside the guillemets. */
const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;
const LINK_EXAMPLE = "https://www.amazon.de/dp/B08N5WRWNW";

export const fr: Language = {
  problems: {
    empty: () => "aucune valeur n'est indiquée",
    notANumber: ({ shown }, say) => `${say.shown(shown)} n'est pas un nombre`,
    readsTwoWays: ({ text, asThousands, asDecimal }) =>
      `${quoted(text)} peut se lire ${num(asThousands)} ou ${num(asDecimal)}`,
    tooLarge: ({ number }) => `${num(number)} est trop élevé (les montants doivent être inférieurs à 10^12)`,
    tooManyDigits: ({ number, digits }) =>
      `${num(number)} compte plus de ${digits} chiffres significatifs, soit plus qu'Excel n'en conserve`,
    notMoreThanZero: ({ number }) => `${num(number)} n'est pas supérieur à 0`,
    negative: ({ number }) => `${num(number)} est négatif`,
    notAFraction: ({ number }) => `${num(number)} n'est pas un nombre décimal inférieur à 1`,
    percentNotBelowHundred: ({ shown }, say) => `${say.shown(shown)} n'est pas un taux inférieur à 100 %`,
    percentNotAmount: ({ shown }, say) => `${say.shown(shown)} est un pourcentage, pas un montant`,
    percentage: ({ shown }, say) => `${say.shown(shown)} est un pourcentage`,
    currencyNotAllowed: ({ shown, host }, say) =>
      `${say.shown(shown)} comporte une devise, mais ${host === "cell" ? "cette colonne n'attend" : host === "argument" ? "cet argument n'attend" : "ce paramètre n'attend"} pas de montant`,
    inCurrency: ({ shown, codes }, say) => `${say.shown(shown)} est exprimé en ${codes.join(" ou ")}`,
    cellError: ({ error }) => `la cellule contient l'erreur ${error}`,
    mergedCell: ({ area }) =>
      `la cellule est fusionnée sur ${area} : une valeur sur plusieurs lignes peut être celle de chaque ligne ou leur total`,
    argumentError: ({ error }) =>
      `la cellule contient ${error === undefined ? "une erreur" : `l'erreur ${error}`}`,
    uncalculatedFormula: ({ formula }) =>
      `la formule =${formula} n'a pas de résultat enregistré, ou son résultat est une erreur`,
    noValueHere: ({ type }) =>
      `${type === undefined ? "un objet" : `un type de données ${type}`} ne fournit ici aucune valeur lisible`,
    dataTypeNotANumber: ({ shown }, say) => `le type de données ${say.shown(shown)} n'est pas un nombre`,
    notADate: ({ shown }, say) => `${say.shown(shown)} n'est pas une date`,
    notAnExcelDate: ({ serial }) => `${serial} n'est pas une date qu'Excel peut afficher`,
    invalidDateCell: () => "la cellule ne contient pas de date valide",
    notText: ({ shown }, say) => `${say.shown(shown)} n'est pas du texte`,
    notAnHsCode: ({ shown }, say) => `${say.shown(shown)} n'est pas un code SH`,
    invalidHsCode: ({ problem }, say) => say.problem(problem),
    hsCodeNotDigits: ({ number }) => `${number} n'est pas un code composé de chiffres`,
    hsCodeMissing: () => "le code SH manque",
    hsCodeHasOtherCharacters: ({ text }) => `${quoted(text)} contient d'autres caractères que des chiffres`,
    hsCodeDigitCount: ({ digits, count }) => `${digits} compte ${count} chiffres, et non 6, 8 ou 10`,
    noSuchChapter: ({ chapter }) =>
      `le chapitre ${chapter} n'existe pas (les chapitres vont de 01 à 97, sans le 77)`,
    vatNumberMissing: () => "le numéro de TVA manque",
    vatNumberNoPrefix: ({ number }) => `${number} ne commence pas par un préfixe de pays tel que DE ou EL`,
    vatCheckDigitsWrong: ({ number }) => `la clé de contrôle de ${number} est erronée`,
    belgianNineDigits: ({ number, written }) =>
      `${number} compte 9 chiffres : les numéros de TVA belges en comptent 10 et commencent par 0 ou 1${written === undefined ? "" : ` (écrivez ${written})`}`,
    vatNumberNotOffline: ({ prefix }) => `les numéros ${prefix} ne peuvent pas être vérifiés hors ligne`,
    vatNumberFormat: ({ number, prefix }) => `${number} n'a pas le format d'un numéro de TVA ${prefix}`,
    greekVatPrefix: ({ number, written }) =>
      `${number} n'a pas le format d'un numéro de TVA GR : les numéros de TVA grecs commencent par EL (écrivez ${written})`,
    gtinNotDigits: ({ text }) => `${quoted(text)} n'est pas un GTIN : un GTIN ne contient que des chiffres`,
    gtinLength: ({ digits, count }) =>
      `${digits} compte ${count} chiffres : un GTIN en compte 8, 12, 13 ou 14 (EAN-13 pour la plupart des produits européens)`,
    gtinCheckDigit: ({ digits, check }) =>
      `la clé de contrôle de ${digits} est erronée (GS1 donne ${check} pour les chiffres qui la précèdent) : recopiez le GTIN depuis le code-barres`,
    countryChosenByBuyer: ({ name }) =>
      `${name} fixe le pays de livraison dans les paramètres de l'acheteur, et non dans le lien (de.aliexpress.com désigne la version allemande du site, pas une boutique allemande)`,
    countryInHost: ({ name, domain }) =>
      `un lien ${name} indique la boutique du pays dans le nom de domaine (de.${domain} …)`,
    countryInPath: ({ name, domain }) =>
      `un lien ${name} indique la boutique du pays dans le chemin (${domain}/de/ …)`,
    notAQuantity: ({ number }) => `${num(number)} n'est pas un nombre d'unités valable`,
    negativeWeight: ({ number }) => `${num(number)} kg est un poids négatif`,
    notADutyRate: ({ text }) => `${quoted(text)} n'est pas un taux des droits lisible`,
    notABound: ({ text }) => `${quoted(text)} n'est pas un montant MIN ou MAX lisible`,
    minAboveMax: ({ minimum, maximum }) => `le MIN de ${num(minimum)} dépasse le MAX de ${num(maximum)}`,
    countryMissing: () => "le pays de destination manque",
    unknownCountry: ({ text }) => `${quoted(text)} n'est pas un pays connu`,
    outsideEu: ({ code }) => `${code} ne fait pas partie de l'UE et n'a donc pas de taux de TVA de l'UE`,
    beforeVatTable: ({ start, date }) =>
      `la table des taux de TVA commence le ${FORMATS.date(start)} et le ${FORMATS.date(date)} est antérieur`,
    dateBeforeVatTable: ({ start, date }) =>
      `le ${date} est antérieur au début de la table des taux de TVA (${start})`,
    noShipmentTotals: () => "ils sont tous vides",
    noLinesToShare: () => "aucune ligne sur laquelle répartir les frais",
    negativeWeightOnLine: ({ line, weight }) => `la ligne ${line} a un poids négatif (${num(weight)})`,
    allWeightsZero: () => "tous les poids valent 0 : il n'y a rien sur quoi répartir",
    noValueLeft: ({ netPrice }) =>
      `les déductions et les droits de douane ne laissent aucune valeur : le prix HT est de ${num(netPrice)}`,
    notAWebLink: () => "ce n'est pas un lien web",
    unknownMarketplace: ({ host }) => `${host} n'est pas une place de marché connue`,
    noAsin: () => "ce lien ne contient pas d'ASIN (attendu : /dp/ suivi de 10 lettres ou chiffres)",
    shortLink: ({ host }) =>
      `${host} est un lien raccourci : sa destination ne peut pas être connue hors ligne`,
    noCountryInLink: ({ name, why }, say) =>
      `le lien ${name} n'indique pas de quel pays est la boutique (${say.problem(why)})`,
    noProductId: ({ name, productIdName }, say) =>
      `ce lien ${name} n'est pas une page produit (sans ${say.productIdName(productIdName)}) : c'est une page de recherche, de catégorie ou de boutique`,
    noFixedRate: ({ code }) => `${code} n'a pas de taux de conversion fixe avec l'euro`,
    cellsForWeights: ({ cells, weights }) => `${cells} cellules pour ${weights} poids`,
    notAnOffenceLevel: ({ level }) => `${level} n'est ni 1, ni 2, ni 3`,
    thirdOffence: () =>
      "une troisième infraction entraîne l'inscription du numéro de TVA sur liste noire ; aucun montant d'amende n'est publié",
    notACurrencyCode: ({ text }) => `${quoted(text)} n'est pas un code de devise`,
    eurNeedsNoRate: () => "EUR ne nécessite aucun taux de change",
    zeroRate: () => "0 n'est pas un taux",
    implausibleRate: ({ rate, minimum, maximum }) =>
      `${num(rate)} n'est pas un taux plausible (les taux sont compris entre ${num(minimum)} et ${num(maximum)} unités par EUR)`,
    notAnHsPrefix: ({ text }) => `${quoted(text)} n'est pas un préfixe de code SH`,
    notACountryAndPrefix: ({ text }) =>
      `${quoted(text)} n'est pas un pays de destination suivi d'un préfixe de code SH`,
    notAChannel: ({ text }) => `${quoted(text)} n'est pas un canal`,
    notItemDigits: ({ text }) => `${text} n'est pas la longueur d'une sous-position tarifaire`,
    notOfTheForm: ({ line, example }) => `${quoted(line)} n'est pas de la forme ${example}`,
    notALanguage: ({ text }) => `${quoted(text)} n'est pas une des langues du produit`,
  },
  fixes: {
    enterAmount: () => "Saisissez un montant, p. ex. 2,50",
    enterAmountInEur: () => "Saisissez un montant en EUR, p. ex. 2,50",
    enterPrice: () => "Saisissez le prix de vente TTC unitaire figurant sur le lien de vente, en EUR",
    positiveCosts: () => "Saisissez les frais en montants positifs : ils sont déduits du prix",
    positiveCostsAndValues: () => "Saisissez les frais et les valeurs en montants positifs",
    writeRate: () => "Écrivez le taux sous la forme 19 % ou 0,19",
    enterRate: () => "Saisissez le taux sous la forme 19 % ou 0,19",
    writePercentOrFraction: ({ percent, fraction }) => `Écrivez ${num(percent)} % ou ${num(fraction)}`,
    enterCountryOrRate: () =>
      "Saisissez un code pays tel que DE, ou le taux de TVA sous la forme 19 % ou 0,19",
    enterDuty: () =>
      'Saisissez 0 pour les marchandises en franchise de droits, un taux tel que 12 % ou 0,12, ou un texte tel que "4.7 % MIN 0.40 MAX 2.50"',
    writeDuty: () =>
      'Écrivez le taux des droits sous forme décimale (0,12) ou comme dans le tarif, p. ex. "12 %" ou "4.7 % MIN 0.40 MAX 2.50"',
    swapBounds: () => "Intervertissez les deux montants",
    enterExcelDate: () => "Saisissez une date, p. ex. DATE(2024;8;31)",
    writeIsoDate: () => "Écrivez-la au format AAAA-MM-JJ, p. ex. 2024-08-31",
    enterDate: () => "Saisissez une date, p. ex. 2026-11-20",
    enterQuantity: () => "Saisissez le nombre d'unités, p. ex. 24",
    enterUnits: () => "Saisissez le nombre d'unités",
    enterWeight: () => "Saisissez le poids unitaire en kg, p. ex. 0,35",
    enterWeightInKg: () => "Saisissez le poids unitaire en kg",
    fixFormula: () => "Corrigez la formule ou saisissez la valeur",
    unmergeCells: () =>
      "Annulez la fusion des cellules (Accueil › Fusionner et centrer) et saisissez sur chaque ligne sa propre valeur",
    calculateFormulas: () =>
      "Ouvrez le fichier dans Excel, corrigez les formules qui affichent une erreur et enregistrez-le afin que ses formules soient calculées",
    correctCellFirst: ({ then }, say) => `Corrigez d'abord cette cellule, ou ${lowerFirst(say.fix(then))}`,
    referToField: ({ then }, say) =>
      `${say.fix(then)} (pour un champ d'un type de données, faites-y référence, p. ex. A2.Prix)`,
    enterHsCode: () => "Saisissez le code SH, p. ex. 9405 21 40",
    hsCodeDigits: () => "Saisissez 6 (SH), 8 (NC) ou 10 (TARIC) chiffres",
    convertToEur: () => "Convertissez-le d'abord en EUR, p. ex. avec CUSTOMS.ENEUR(montant; unités par EUR)",
    writeOneWay: () =>
      `Écrivez-le de manière à ce qu'il ne se lise que d'une façon : sans séparateur de milliers (${quoted("1299")}) ou avec ses décimales (${quoted("1.299,00")} ou ${quoted("1,299.00")})`,
    enterEuCountry: () => "Saisissez le pays de livraison dans l'UE, p. ex. DE",
    enterCountryOfDelivery: () => "Saisissez le pays de livraison dans l'UE",
    useCountryCode: () => "Utilisez le code ISO à deux lettres, p. ex. DE, FR ou EL",
    enterEuCountryCode: () => "Saisissez un code pays de l'UE tel que DE",
    dateInVatTable: ({ start }) =>
      `Utilisez une date à partir du ${FORMATS.date(start)}, ou indiquez directement le taux de TVA sous forme décimale, p. ex. 0,19`,
    dateFrom: ({ start }) => `Saisissez une date à partir du ${start}`,
    positiveShipmentCost: () => "Saisissez les frais d'envoi en montant positif",
    oneWeightPerLine: () => "Indiquez un poids par ligne",
    positiveWeights: () => "Saisissez les poids en nombres positifs",
    fillWeights: () => "Renseignez les poids unitaires (kg) et les quantités",
    costsPerUnit: () => "Vérifiez que les frais sont indiqués par unité et non pour l'envoi entier",
    enterSalesLink: () => `Saisissez le lien de vente, p. ex. ${LINK_EXAMPLE}`,
    enterFullSalesLink: () => `Saisissez le lien de vente complet, p. ex. ${LINK_EXAMPLE}`,
    useDestinationStore: () =>
      "Utilisez le lien de la boutique de la place de marché dans le pays de destination",
    enterAmazonLink: () => "Saisissez le lien de la page produit Amazon",
    useProductPage: () => "Utilisez le lien de la page produit",
    pasteFullLink: () => `Collez le lien complet de la page produit, p. ex. ${LINK_EXAMPLE}`,
    enterGtin: () => "Saisissez le GTIN (code EAN) figurant sous le code-barres, p. ex. 4006381333931",
    enterUnitsPerEuroOrFixed: ({ codes }) =>
      `Saisissez le taux en unités par EUR, p. ex. 11,39 pour SEK, ou le code d'une ancienne monnaie de la zone euro (${codes})`,
    enterVatNumber: () => "Saisissez le numéro de TVA avec son préfixe, p. ex. DE136695976",
    enterShipmentCost: () => "Saisissez les frais d'envoi en EUR",
    enterShipmentTotal: () => "Saisissez le total de l'envoi en EUR, p. ex. 1250,00",
    positiveShipmentTotal: () => "Saisissez le total en montant positif",
    enterOneShipmentTotal: () =>
      "Saisissez au moins un total à répartir (fret, dernier kilomètre ou frais de manutention)",
    sameCountAsWeights: () => "Sélectionnez autant de quantités que de poids",
    enterOffence: () => "Saisissez 1, 2 ou 3",
    chooseOffence: () => "Choisissez l'infraction 1, 2 ou 3",
    enterFinePerHsCode: () =>
      "Saisissez l'amende par code SH en EUR, ou laissez vide pour appliquer le montant habituel en pratique",
    talkToBroker: () => "Adressez-vous à votre commissionnaire en douane",
    enterForeignAmount: () => "Saisissez le montant dans la devise étrangère",
    enterTolerance: () => "Saisissez la tolérance en EUR par unité, p. ex. 0,05",
    enterFine: ({ example }) => `Saisissez un montant en EUR par code SH, p. ex. ${num(example)}`,
    useCurrencyCodes: () => "Utilisez des codes ISO tels que SEK ou PLN",
    otherCurrenciesOnly: () => "Indiquez uniquement des taux pour les autres devises",
    enterUnitsOf: ({ code, example }) => `Saisissez le nombre d'unités de ${code} par EUR, p. ex. ${example}`,
    useHsPrefix: () => "Utilisez 2 à 10 chiffres, p. ex. 9405",
    chooseChannel: () => "Choisissez stock (FBA, B2B) ou B2C (colis vendus aux consommateurs)",
    chooseItemDigits: () => "Choisissez 8 (la sous-position NC) ou 6 (la sous-position SH)",
    useCountryAndPrefix: () => "Écrivez le code pays, deux-points et 2 à 10 chiffres, p. ex. DE:4901=7 %",
    enterFraction: () => "Saisissez un nombre décimal tel que 0,047",
    onePerLine: ({ example }) => `Écrivez une entrée par ligne, p. ex. ${example}`,
    chooseLanguage: () => "Choisissez en, fr, nl, de ou zh",
  },
  productIdNames: {
    ASIN: "ASIN",
    "bol.com article number": "numéro d'article bol.com",
    "Cdiscount product reference": "référence produit Cdiscount",
    "Allegro offer number": "numéro d'offre Allegro",
    "Kaufland product number": "numéro de produit Kaufland",
    "eBay item number": "numéro de l'objet eBay",
    "Otto article number": "numéro d'article Otto",
    "Zalando article code": "code article Zalando",
    "Fnac article number": "numéro d'article Fnac",
    "eMAG product code": "code produit eMAG",
    "Temu goods id": "identifiant produit Temu",
    "Shein goods id": "identifiant produit Shein",
    "AliExpress item number": "numéro d'article AliExpress",
  },
  settings: {
    declarationDate: () => "date de déclaration",
    tolerance: () => "tolérance",
    offenceLevel: () => "niveau d'infraction",
    firstOffenceFine: () => "amende pour une première infraction",
    secondOffenceFine: () => "amende pour une deuxième infraction",
    exchangeRates: (code) => (code === undefined ? "taux de change" : `taux de change ${code}`),
    dutyRates: (prefix) => (prefix === undefined ? "taux des droits" : `taux des droits ${prefix}`),
    channel: () => "canal",
    lowValueItemDigits: () => "chiffres d'un article (envois de faible valeur)",
    vatRates: (entry) => (entry === undefined ? "taux réduits de TVA" : `taux réduit de TVA ${entry}`),
    language: () => "langue",
  },
  shown: ({ text, as }) =>
    as === "quoted" ? quoted(text) : as === "theText" ? `le texte ${quoted(text)}` : text,
  inputError: (field, problem, fix) => `${field} : ${problem}. ${fix}`,
  rowFinding: (field, problem, fix) => `${field} : ${problem} ; ${lowerFirst(fix)}.`,
  cellOfRange: (field, cell) => `${field} (cellule ${cell} de la plage)`,
  unexpected: (problem) => `Problème inattendu : ${problem}`,
};
