/**
 * The words the check writes into the workbook, in French, as Belgian customs and accountants write them
 * (douane.belgium.be: « valeur en douane », « déclaration d'importation », « report de perception de la TVA »).
 * Texts the user typed are quoted the French way, with no-break spaces inside the guillemets, as in the engine's
 * table (src/engine/lang/fr.ts); amounts, dates and rates go through `f` (EUR 1.250,40, 30/12/2026, 19 %).
 */
import { type Catalogue, type ControlledRegimeId, consecutiveHeadings } from "../../engine";
import type { RegimeWords, SheetWords } from "./en";

/** A text quoted the French way, with no-break spaces inside the guillemets. */
const quote = (text: string): string => `«\u00a0${text}\u00a0»`;

/**
 * A text that is broken into lines at spaces (the notes of the pro forma and of the VAT deferral statement, which
 * textRows breaks; the statement's Treatment cells, which Excel wraps): the space before a colon or a semicolon is
 * a no-break one, as French typography has it, so that no line starts with ":" or ";".
 */
const unbroken = (text: string): string => text.replace(/ ([:;])/g, "\u00a0$1");

/** Consecutive 4-digit headings sharing one description, as the engine's table lists them (4401 to 4421). */
const headings = (first: number, last: number, goods: string): Record<string, string> =>
  Object.fromEntries(consecutiveHeadings(first, last).map((heading) => [heading, goods]));

/** The regimes of src/engine/controlled-goods.ts in French, the acts cited in their official French form. */
const REGIMES: Readonly<Record<ControlledRegimeId, RegimeWords>> = {
  CBAM: {
    name: "CBAM (mécanisme d'ajustement carbone aux frontières)",
    law: "Règlement (UE) 2023/956, annexe I",
    prepare:
      "N'importez que par l'intermédiaire d'un déclarant CBAM autorisé (l'importateur ou son représentant en douane " +
      "indirect), sauf si l'importateur ne dépasse pas 50 tonnes nettes de marchandises CBAM sur l'année civile " +
      "(aucun seuil pour l'électricité et l'hydrogène), et demandez au producteur les données relatives aux " +
      "émissions intrinsèques.",
    goods: {
      "25070080": "argiles kaoliniques calcinées",
      "2523": "ciments et clinkers",
      "2716": "énergie électrique",
      "2808": "acide nitrique",
      "2814": "ammoniac",
      "283421": "nitrate de potassium",
      "3102": "engrais azotés",
      "3105": "engrais composés",
      "260112": "minerais de fer agglomérés",
      "72": "fonte, fer et acier",
      "7301": "palplanches en fer ou en acier",
      "7302": "éléments de voies ferrées en fer ou en acier",
      "7303": "tubes et tuyaux en fonte",
      "7304": "tubes sans soudure en fer ou en acier",
      "7305": "tubes de gros diamètre en fer ou en acier",
      "7306": "autres tubes en fer ou en acier",
      "7307": "accessoires de tuyauterie en fer ou en acier",
      "7308": "constructions en fer ou en acier",
      "7309": "grands réservoirs en fer ou en acier",
      "7310": "petits récipients en fer ou en acier",
      "7311": "récipients pour gaz en fer ou en acier",
      "7318": "vis, boulons et écrous en fer ou en acier",
      "7326": "autres ouvrages en fer ou en acier",
      "7601": "aluminium sous forme brute",
      ...headings(7603, 7614, "produits en aluminium"),
      "7616": "autres ouvrages en aluminium",
      "280410": "hydrogène",
    },
  },
  EUDR: {
    name: "EUDR (produits zéro déforestation)",
    law: "Règlement (UE) 2023/1115, annexe I",
    prepare:
      "Avant la mise en libre pratique, obtenez de l'opérateur le numéro de référence de sa déclaration de " +
      "diligence raisonnée (ou de sa déclaration simplifiée) dans le système d'information EUDR et reportez-le " +
      "dans la déclaration en douane.",
    goods: {
      "0102": "bovins vivants",
      "0201": "viande bovine fraîche ou réfrigérée",
      "0202": "viande bovine congelée",
      "020610": "abats de bovins frais ou réfrigérés",
      "020622": "foies de bovins congelés",
      "020629": "autres abats de bovins congelés",
      "160250": "préparations et conserves de viande bovine",
      ...headings(1801, 1806, "cacao et chocolat"),
      "0901": "café",
      "120710": "noix et amandes de palmiste",
      "1511": "huile de palme",
      "151321": "huile de palmiste brute",
      "151329": "huile de palmiste raffinée",
      "230660": "tourteaux de palmiste",
      "290545": "glycérol",
      "291570": "acides palmitique et stéarique",
      "291590": "autres acides gras saturés",
      "382311": "acide stéarique industriel",
      "382312": "acide oléique industriel",
      "382319": "autres acides gras industriels",
      "382370": "alcools gras industriels",
      "4001": "caoutchouc naturel",
      ...headings(4005, 4008, "mélanges et feuilles de caoutchouc"),
      "4011": "pneumatiques neufs en caoutchouc",
      "40129030": "bandes de roulement",
      "4013": "chambres à air en caoutchouc",
      "4015": "vêtements et gants en caoutchouc",
      "4017": "caoutchouc durci",
      "120190": "fèves de soja, autres que de semence",
      "120810": "farine de soja",
      "1507": "huile de soja",
      "2304": "tourteaux de soja",
      ...headings(4401, 4421, "bois et ouvrages en bois"),
      "47": "pâtes de bois",
      "48": "papiers et cartons",
      "940131": "sièges pivotants en bois",
      "940141": "sièges convertibles en lits, en bois",
      "940161": "sièges rembourrés en bois",
      "940169": "autres sièges en bois",
      "940180": "autres sièges",
      "94019190": "parties de sièges en bois",
      "940330": "meubles de bureau en bois",
      "940340": "meubles de cuisine en bois",
      "940350": "meubles de chambre à coucher en bois",
      "940360": "autres meubles en bois",
      "940391": "parties de meubles en bois",
      "940610": "constructions préfabriquées en bois",
    },
  },
  TOYS: {
    name: "Sécurité des jouets (marquage CE)",
    law: "Directive 2009/48/CE",
    prepare:
      "Obtenez la déclaration UE de conformité et vérifiez que chaque jouet porte le marquage CE, ses " +
      "avertissements ainsi que le nom et l'adresse postale du fabricant et de l'importateur établi dans l'UE.",
    goods: {
      "9503": "jouets et modèles réduits",
      "950490": "jeux de société",
      "950590": "articles de carnaval et de fête",
    },
  },
  COSMETICS: {
    name: "Produits cosmétiques (notification CPNP)",
    law: "Règlement (CE) n° 1223/2009",
    prepare:
      "Vérifiez qu'une personne responsable établie dans l'UE figure sur l'étiquette et a notifié chaque produit " +
      "sur le CPNP avant sa mise sur le marché, et demandez la référence du dossier d'information sur le produit.",
    goods: {
      "3303": "parfums",
      "3304": "produits de maquillage et de soin de la peau",
      "3305": "préparations capillaires",
      "330610": "dentifrices",
      "3307": "produits pour le rasage, déodorants et préparations pour le bain",
      "340111": "savons de toilette",
    },
  },
  BATTERIES: {
    name: "Batteries (et piles au lithium, marchandises dangereuses par voie aérienne)",
    law: "Règlement (UE) 2023/1542",
    prepare:
      "Demandez à l'expéditeur le résumé des essais UN38.3 et la fiche de données de sécurité, réservez les " +
      "batteries au lithium comme marchandises dangereuses par voie aérienne (UN3480/3481/3090/3091 ; piles et " +
      "batteries lithium-ion expédiées seules : avion cargo uniquement, avec une charge de 30 % au plus) et " +
      "vérifiez l'étiquetage des batteries et le marquage CE.",
    goods: {
      "8506": "piles et batteries de piles",
      "8507": "batteries rechargeables (accumulateurs)",
    },
  },
  RADIO_EQUIPMENT: {
    name: "Équipements radioélectriques (marquage CE, RED)",
    law: "Directive 2014/53/UE",
    prepare:
      "Obtenez la déclaration UE de conformité et vérifiez que chaque appareil porte le marquage CE ainsi que le " +
      "nom et l'adresse postale du fabricant et de l'importateur établi dans l'UE.",
    goods: {
      "8517": "téléphones et équipements de réseau",
      "8525": "émetteurs et caméras",
      "8526": "radars et appareils de radionavigation",
      "8527": "récepteurs de radiodiffusion",
    },
  },
  WEAPONS: {
    name: "Armes, pièces et munitions (licence)",
    law: "Règlement (UE) 2025/41",
    prepare:
      "Ne dédouanez pas les marchandises sans la licence d'importation (ou l'accord préalable pour les " +
      "marchandises provenant d'un autre pays de l'UE) délivrée par la Direction des Licences d'Armes de la " +
      "Région wallonne à l'importateur établi en Wallonie.",
    goods: {
      "9301": "armes de guerre",
      "9302": "revolvers et pistolets",
      "9303": "autres armes à feu",
      "9304": "armes à air comprimé et matraques",
      "9305": "parties d'armes",
      "9306": "munitions",
      "9307": "sabres, épées et baïonnettes",
    },
  },
  FOOD_AND_FEED: {
    name: "Contrôles officiels à un poste de contrôle frontalier (animaux et produits d'origine animale)",
    law: "Règlement (UE) 2017/625",
    prepare:
      "Notifiez l'envoi à l'avance dans TRACES (DSCE-A pour les animaux, DSCE-P pour les produits) au moins un " +
      "jour ouvrable avant son arrivée et présentez-le avec le certificat sanitaire officiel à un poste de " +
      "contrôle frontalier de l'UE.",
    goods: {
      "01": "animaux vivants",
      "02": "viandes et abats",
      "03": "poissons et fruits de mer",
      "04": "produits laitiers, œufs et miel",
      "16": "préparations de viande et de poisson",
    },
  },
};

export const fr: Catalogue<SheetWords> = (f) => {
  const one = (n: number) => f.plural(n) === "one";
  const quoted = (items: readonly string[]) => items.map(quote);
  /** Rows named in a sentence: the first of them, and `more` not named. */
  type NamedRows = { rows: readonly string[]; count: number; more: number };
  /** "7 autres", "1 autre": the rows, codes … not named. */
  const others = (more: number) => `${f.number(more)} ${one(more) ? "autre" : "autres"}`;
  /** "ligne 41", "lignes 41 et 43", "lignes 41, 43, 45 et 7 autres". */
  const rowList = (p: NamedRows) =>
    `${one(p.count) ? "ligne" : "lignes"} ${p.more > 0 ? `${p.rows.join(", ")} et ${others(p.more)}` : f.and(p.rows)}`;
  const skipped = {
    totals: (p: NamedRows) =>
      one(p.count)
        ? `${rowList(p)} lue comme une ligne de total, non contrôlée`
        : `${rowList(p)} lues comme des lignes de total, non contrôlées`,
    notes: (p: NamedRows) =>
      one(p.count)
        ? `${rowList(p)} lue comme une note, non contrôlée`
        : `${rowList(p)} lues comme des notes, non contrôlées`,
  };
  const sentence = (phrase: string) => `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
  const none = "néant";
  /** Items of a summary line, the first `shown` of them: "94052140, 851762 et 3 autres". */
  const listed = (separator: string) => (p: { items: readonly string[]; more: number }) =>
    p.items.length === 0 && p.more === 0
      ? none
      : `${p.items.join(separator)}${p.more > 0 ? ` et ${others(p.more)}` : ""}`;
  const plural = (count: number, word: string, words: string) =>
    `${f.number(count)} ${one(count) ? word : words}`;
  /** "1re infraction", "2e infraction". */
  const offenceOrdinal = (level: number) => `${level}${level === 1 ? "re" : "e"} infraction`;

  return {
    explanations: {
      allChecksPassed: "Tous les contrôles sont concluants.",
      sentences: (p) => p.sentences.join(" "),
      inputProblem: (p) => `${p.problem}.`,
      priceEmpty: (p) =>
        `La colonne ${p.column} est vide : saisissez le prix de vente TTC unitaire figurant sur le lien de vente.`,
      destinationEmpty: (p) =>
        `La colonne ${p.column} est vide : indiquez le pays de livraison dans l'UE, p. ex. DE.`,
      vatRateAboveEu: (p) =>
        `La colonne ${p.column} indique ${f.percent(p.rate)}, plus que tout taux de TVA de l'UE (le plus élevé est de ${f.percent(p.highest)}, ${p.country}) : indiquez le taux de TVA du pays de destination ou laissez la cellule vide pour qu'il soit rempli.`,
      dateOrderInDoubt: (p) =>
        `La valeur ${quote(p.text)} de la colonne ${p.column} se lit ${p.dayFirst} (jour d'abord) ou ${p.monthFirst} (mois d'abord), et la colonne contient aussi ${quote(p.evidence)}, qui n'est une date que lue mois d'abord (comme l'écrivent les exports américains) : écrivez la date au format AAAA-MM-JJ.`,
      notACurrency: (p) =>
        `La valeur ${quote(p.text)} de la colonne ${p.column} n'est pas une devise : indiquez son code ISO, p. ex. EUR, SEK ou PLN.`,
      currencyAmbiguous: (p) =>
        `La valeur ${quote(p.text)} de la colonne ${p.column} peut désigner ${f.or(p.codes)} : indiquez le code ISO, p. ex. ${p.example}.`,
      noCurrencyInMixedRow: (p) =>
        `La colonne ${p.column} n'indique pas de devise, alors que les montants de cette ligne sont exprimés en plusieurs devises : indiquez la devise de chaque montant ou renseignez la colonne ${p.currencyColumn}.`,
      currencyDisagrees: (p) =>
        `La colonne ${p.column} est exprimée en ${p.written}, mais la colonne ${p.currencyColumn} indique ${p.currency} : exprimez tous les montants d'une ligne dans une seule devise.`,
      cellCurrencyDisagreesWithHeader: (p) =>
        `Le montant de la colonne ${p.column} est en ${p.written}, mais l'en-tête de la colonne indique ${p.header} : exprimez tous les montants de cette colonne en ${p.header}, ou retirez la devise de l'en-tête.`,
      cellCurrencyAmbiguous: (p) =>
        `La valeur ${quote(p.text)} de la colonne ${p.column} peut désigner ${f.or(p.codes)} : indiquez le code ISO (p. ex. ${p.example}) ou renseignez la colonne ${p.currencyColumn}.`,
      tooLargeInEur: (p) =>
        `${p.currencyColumn} ${p.currency} : le montant de ${f.number(p.amount)} est trop élevé une fois converti en EUR (les montants doivent être inférieurs à 10^12).`,
      cellTooLargeInEur: (p) =>
        `${p.column} en ${p.currency} : le montant de ${f.number(p.amount)} est trop élevé une fois converti en EUR (les montants doivent être inférieurs à 10^12).`,
      noExchangeRate: (p) =>
        `${p.currencyColumn} ${p.currency} : aucun taux de change n'est disponible ; indiquez le taux de change de la douane en unités par EUR (p. ex. ${p.example}).`,
      cellNoExchangeRate: (p) =>
        `${p.column} en ${p.currency} : aucun taux de change n'est disponible ; indiquez le taux de change de la douane en unités par EUR (p. ex. ${p.example}).`,
      hsCodeMissing: (p) =>
        `La colonne ${p.column} n'est pas renseignée : la douane a besoin du code NC à 8 chiffres (6, 8 ou 10 chiffres acceptés).`,
      invalidHsCode: (p) => `${p.column} : ${p.problem}.`,
      missingVatNumber: (p) =>
        `La colonne ${p.column} n'est pas renseignée : le report de perception de la TVA exige un numéro de TVA ${p.country}.`,
      missingVatNumberNoDestination: (p) =>
        `La colonne ${p.column} n'est pas renseignée : le report de perception de la TVA exige un numéro de TVA du pays de destination.`,
      invalidVatNumber: (p) => `${p.column} : ${p.problem}.`,
      vatNumberOfAnotherCountry: (p) =>
        `La colonne ${p.column} indique ${p.number}, un numéro ${p.country}, mais le pays de destination est ${p.destination} : le report de perception de la TVA exige un numéro de TVA ${p.destination} (préfixe ${p.prefix}).`,
      notAVatRegime: (p) =>
        `La valeur ${quote(p.text)} de la colonne ${p.column} n'est pas un régime de TVA : indiquez CP42 (régime 42), ET14000 (autorisation ET 14.000) ou PAID (TVA acquittée à l'importation).`,
      procedure42ToBelgium:
        "Le régime 42 vise les marchandises qui poursuivent leur route vers un autre État membre, or celles-ci sont destinées à BE : déclarez-les sous le couvert de l'autorisation ET 14.000 ou en acquittant la TVA à l'importation.",
      missingImporterVatNumber: (p) =>
        `La colonne ${p.column} n'est pas renseignée : l'ET 14.000 exige le numéro de TVA belge de l'importateur (BE0…), le sien ou celui de son représentant fiscal.`,
      importerVatNumberNotBelgian: (p) =>
        `La colonne ${p.column} indique ${p.number}, un numéro ${p.country} : l'ET 14.000 exige un numéro de TVA belge (BE0…).`,
      notAChannel: (p) =>
        `La valeur ${quote(p.text)} de la colonne ${p.column} n'est pas un canal : indiquez stock (stock propre, FBA, B2B) ou B2C (colis vendus aux consommateurs).`,
      invalidGtin: (p) => `${p.column} : ${p.problem}.`,
      missingProductId: (p) =>
        `Les colonnes ${p.gtinColumn} et ${p.productIdColumn} sont vides : à partir du ${f.date(p.from)}, la déclaration d'un colis B2C exige un identifiant produit (Règlement délégué (UE) 2026/1022) ; indiquez le GTIN (code EAN) figurant sous le code-barres ou la référence fabricant.`,
      notAWebLink: (p) => `${quote(p.text)} (${p.column}) n'est pas un lien web`,
      missingLink: (p) =>
        `Ni lien de vente ni lien de référence${p.problems.length === 0 ? "" : ` (${p.problems.join(" ; ")})`} : la douane établit la valeur des marchandises d'après leur annonce ; indiquez donc le lien de la place de marché du pays de destination.`,
      referenceLinkUsed:
        "Pas de lien de vente : le lien de référence est utilisé (produit en rupture de stock ?) ; conservez la preuve qu'il présente le même produit.",
      shortLink: (p) =>
        `La colonne ${p.column} contient un lien raccourci (${p.host}) : sa destination ne peut pas être connue hors ligne, la boutique est donc inconnue ; collez le lien complet de la page produit.`,
      unknownMarketplace: (p) =>
        `La colonne ${p.column} renvoie à ${p.host}, qui n'est pas une place de marché connue : vérifiez manuellement qu'il s'agit de la boutique du pays de destination.`,
      linkWithoutCountry: (p) =>
        `La colonne ${p.column} renvoie à ${p.marketplace}, mais le lien n'indique pas de quel pays est la boutique : ${p.why}. Vérifiez manuellement que le prix est bien celui que voient les acheteurs du pays de destination, ou indiquez le lien de la boutique de ce pays.`,
      linkCountryMismatch: (p) =>
        `La colonne ${p.column} renvoie à ${p.host} (${p.country}), mais le pays de destination est ${p.destination} : déclarez le lien de la place de marché du pays de livraison.`,
      notAProductPage: (p) =>
        `La colonne ${p.column} renvoie à une page de ${p.marketplace} qui ne présente aucun produit (sans ${p.productIdName}) : une page de recherche, de catégorie ou de boutique n'indique pas le prix de ces marchandises ; collez le lien de la page produit.`,
      controlledGoods: (p) =>
        `${p.column} ${p.code} (${p.goods}) : ${p.regime}, ${p.law}. ${p.prepare}${p.appliesFrom === "" ? "" : ` Ce régime s'applique aux déclarations à partir du ${f.date(p.appliesFrom)}.`}`,
      deductionsExceedPrice: (p) =>
        `Les déductions et les droits de douane (${f.money(p.deductions)}) absorbent la totalité du prix HT (${f.money(p.netPrice)}) : vérifiez que les frais sont indiqués par unité et non pour l'envoi entier.`,
      missingDeclaredValue: (p) =>
        `Aucune valeur déclarée à comparer à la valeur inverse de ${f.money(p.value)}.`,
      declaredAbovePrice: (p) =>
        `La valeur déclarée de ${f.money(p.declared)} dépasse le prix de vente de ${f.money(p.price)} : s'agit-il du total de la ligne ? Déclarez la valeur unitaire.`,
      underDeclared: (p) =>
        `La valeur déclarée de ${f.money(p.declared)} est inférieure de ${f.money(p.shortfall)} à la valeur inverse de ${f.money(p.value)}.`,
      withinTolerance: (p) =>
        `La valeur déclarée de ${f.money(p.declared)} est inférieure de ${f.money(p.shortfall)} à la valeur inverse de ${f.money(p.value)}, dans la limite de la tolérance de ${f.money(p.tolerance)}.`,
      declaredCovers: (p) =>
        `La valeur déclarée de ${f.money(p.declared)} couvre la valeur inverse de ${f.money(p.value)}.`,
      shipmentDetention: (p) => {
        const listedRows = p.more > 0 ? `${p.rows.join(", ")} et ${others(p.more)}` : p.rows.join(", ");
        const single = one(p.count);
        return `L'envoi ${p.shipment} comporte ${single ? "une ligne" : "des lignes"} à risque (${single ? "ligne" : "lignes"} ${listedRows}) : si un seul article est contrôlé, c'est tout l'envoi qui est retenu.`;
      },
    },

    notes: {
      fixedEuroRate: (p) =>
        `Montants en ${p.currency} convertis au taux irrévocable de ${f.number(p.rate)} ${p.currency} pour 1 EUR (monnaie remplacée par l'euro depuis le ${f.date(p.since)}).`,
      commissionAmountUsed: (p) =>
        `Montant retenu pour ${p.column} : ${f.money(p.amount)} ; ${p.rateColumn} de ${f.percent(p.rate)} du prix donnerait ${f.money(p.byRate)}. Si le taux est le bon, videz ${p.column}.`,
      reducedVatRate: (p) =>
        `Taux de TVA de ${f.percent(p.rate)} : taux réduit des paramètres pour ${p.country}, SH ${p.prefix}.`,
    },

    lowValue: {
      consignmentOfRow: (p) => `ligne ${p.row}`,
      duty: (p) =>
        `Envoi B2C de faible valeur ${p.consignment} (${f.money(p.value)}, au plus ${f.money(p.threshold)}) : le droit est de ${f.money(p.perItem)} pour l'article ${p.item} (Règlement du Conseil (UE) 2026/382), soit ${f.money(p.perUnit)} par unité sur ${f.number(p.units)} ${one(p.units) ? "unité" : "unités"}.`,
      valueUnknown: (p) =>
        `La valeur de l'envoi ${p.consignment} n'est pas connue (la ligne ${p.row} ne peut pas être évaluée) : le droit de EUR 3 sur les envois de faible valeur ne peut donc pas s'appliquer, et les droits de douane normaux sont retenus.`,
      aboveThreshold: (p) =>
        `L'envoi ${p.consignment} s'élève à ${f.money(p.value)}, au-delà de ${f.money(p.threshold)} : les droits de douane normaux s'appliquent (le droit de ${f.money(p.perItem)} par article vaut pour les envois B2C jusqu'à ${f.money(p.threshold)}).`,
    },

    controlledGoods: REGIMES,

    headers: {
      fields: {
        sku: "SKU",
        description: "Désignation",
        hsCode: "Code SH",
        quantity: "Quantité",
        unitWeight: "Poids unitaire kg",
        destination: "Destination",
        salesLink: "Lien de vente",
        referenceLink: "Lien de référence",
        price: "Prix de vente TTC",
        currency: "Devise",
        commission: "Commission",
        commissionRate: "Taux de commission",
        packaging: "Emballage",
        freight: "Fret",
        lastMile: "Dernier kilomètre",
        fbaFee: "Frais FBA",
        handling: "Manutention",
        dutyRate: "Taux des droits",
        specificDuty: "Droit spécifique",
        vatRate: "Taux de TVA",
        declaredValue: "Valeur déclarée",
        vatNumber: "Numéro de TVA",
        vatRegime: "Régime de TVA",
        importerVatNumber: "Numéro de TVA de l'importateur",
        importVatRate: "Taux de TVA à l'importation",
        gtin: "GTIN",
        productId: "Identifiant produit",
        channel: "Canal",
        shipment: "Envoi",
        date: "Date",
      },
      output: {
        "Inverse value": "Valeur inverse",
        "Declaration ratio": "Ratio de déclaration",
        Duty: "Droits de douane",
        Status: "Statut",
        Flags: "Alertes",
        Explanation: "Explication",
      },
      marked: (p) => `${p.header} (contrôle douanier${p.count === 1 ? "" : ` ${p.count}`})`,
    },

    sheetNames: {
      summary: "Synthèse",
      audit: "Journal",
      vatDeferral: "Report TVA",
      proForma: "Pro forma",
      proFormaOf: (p) => `Pro forma ${p.shipment}`,
      unnamed: "Feuille",
    },

    sheetProblems: {
      noHeaderRow: (p) =>
        `Aucune ligne d'en-tête : aucune des ${p.rows} premières lignes ne nomme une colonne de prix telle que ${quote("Prix TTC")}, ${quote("Prix de vente")} ou ${quote("Selling price")}, ni ${p.fields} des colonnes que lit le contrôle (telles que ${quote("SKU")}, ${quote("Quantité")}, ${quote("Destination")})`,
      noProductRows: "La feuille a une ligne d'en-tête, mais aucune ligne de produit",
      missingColumn: (p) =>
        `Aucune colonne ${quote(p.header)} : nommez une colonne ${quote(p.header)} (ou ${quoted(p.aliases).join(", ")})`,
      duplicateHeaders: (p) =>
        `En-têtes en double : ${quoted(p.headers).join(" et ")} désignent tous deux ${quote(p.meaning)} ; renommez ou supprimez l'une de ces colonnes`,
      all: (p) => p.problems.join(" ; "),
    },

    costSharing: {
      noWeightColumn: (p) =>
        `Aucune colonne ${quote(p.column)} : les frais sont répartis selon le poids unitaire × la quantité`,
      rowProblem: (p) => `Ligne ${p.row} : ${p.problem}`,
      noRows: "Aucune ligne sur laquelle répartir les frais",
      noRowsOfShipment: (p) => `Aucune ligne pour l'envoi ${p.shipment}`,
      cellFormattedNotInEuro: (p) =>
        `Ligne ${p.row} : sa cellule vide ${quote(p.column)} est au format ${p.currency}, mais les totaux de l'envoi sont en EUR : une part écrite là s'afficherait et serait lue en ${p.currency}. Mettez la cellule au format nombre ou en EUR (Accueil › Format de nombre), puis relancez ${quote("Répartir les frais")}`,
      rowNotInEuro: (p) =>
        `Ligne ${p.row} : ses montants sont en ${p.currency} (${quote(p.column)}), mais les totaux de l'envoi sont en EUR, et une part écrite sur cette ligne serait lue en ${p.currency}. Convertissez d'abord les montants de la ligne en EUR`,
      columnNotInEuro: (p) =>
        `${quote(p.column)} : son en-tête met ses montants en ${p.currency}, mais les totaux de l'envoi sont en EUR. Convertissez la colonne en EUR et retirez la devise de son en-tête, ou, si ses montants sont déjà en euros, écrivez EUR dans son en-tête`,
      weights: "Poids unitaire × quantité",
    },

    summary: {
      rows: "Lignes contrôlées",
      statuses: {
        OK: "OK",
        REVIEW: "À vérifier (REVIEW)",
        RISK: "Risque (RISK)",
        ERROR: "Erreur (ERROR)",
      },
      hsCodes: "Codes SH sous-déclarés",
      offence: "Niveau d'infraction",
      fineExposure: "Amendes encourues",
      outstandingDuty: "Droits éludés",
      shipmentsExposed: "Envois exposés à une retenue",
      importVatPaid: "TVA à l'importation acquittée au dédouanement",
      importVatDeferred: "TVA à l'importation reportée (ET 14.000)",
      importVatExempt: "TVA à l'importation exonérée (régime 42)",
      lowValueDuty: "Droit sur les envois de faible valeur (EUR 3 par article)",
      reducedVatRates: "Lignes à un taux réduit de TVA",
      controlledGoods: "Marchandises soumises à licence ou certificat",
      ignoredCostColumns: "Colonnes de frais ignorées (non déductibles)",
      count: (p) => f.count(p.count),
      amount: (p) => f.money(p.amount),
      thirdOffence:
        "3e infraction : le numéro de TVA est inscrit sur liste noire et une amende substantielle est due (aucun montant publié)",
      none,
      list: listed(", "),
      entries: listed(" ; "),
      hsCodesValue: (p) =>
        p.codes.length === 0 ? none : `${f.number(p.codes.length)} : ${p.codes.join(", ")}`,
      offenceWithFine: (p) => `${p.level} (${f.money(p.fine)} par code SH)`,
      offenceBlacklisting: (p) => `${p.level} (inscription sur liste noire)`,
      fineDetail: (p) =>
        `${plural(p.codes, "code SH sous-déclaré", "codes SH sous-déclarés")} × ${f.money(p.fine)}, ${offenceOrdinal(p.level)}`,
      fineRange: (p) => `de ${f.money(p.atLeast)} à ${f.money(p.upTo)}`,
      fineWithoutHsCode: (p) => {
        const without = one(p.count)
          ? `une ligne sous-déclarée sans code SH valide, ${p.rows}`
          : `${f.number(p.count)} lignes sous-déclarées sans code SH valide, ${p.rows}`;
        if (p.exact) return `${without} : un code SH × ${f.money(p.fine)}, ${offenceOrdinal(p.level)}`;
        const advice = one(p.count)
          ? "indiquez son code pour connaître le montant exact de l'amende"
          : "indiquez le code de chacune pour connaître le montant exact de l'amende";
        return p.given === null
          ? `${f.money(p.fine)} par code SH, ${offenceOrdinal(p.level)} ; ${without} : ${advice}`
          : `${p.given} ; ${without} : ${advice}`;
      },
      shipmentsExposedDetail: "un seul contrôle entraîne la retenue de tous les articles de l'envoi",
      importVatDeferredDetail: "reprise et déduite dans la déclaration périodique à la TVA belge",
      destinationVat: (p) => `${p.country} ${f.money(p.amount)}`,
      destinationVatDetail: (p) => `TVA de destination estimée : ${p.estimates.join(", ")}`,
      lowValueConsignment: (p) =>
        `${p.consignment} ${f.money(p.duty)} (${plural(p.items, "article", "articles")}, valeur ${f.money(p.value)})`,
      lowValueDetail: (p) =>
        `${plural(p.consignments, "envoi B2C", "envois B2C")} jusqu'à EUR 150 : ${p.list}`,
      rowsNamed: (p) =>
        p.more > 0
          ? `lignes ${p.rows.join(", ")} … (${f.number(p.count)} au total)`
          : `${one(p.count) ? "ligne" : "lignes"} ${p.rows.join(", ")}`,
      reducedVatRateUse: (p) => `${p.country} SH ${p.prefix} à ${f.percent(p.rate)} : ${p.rows}`,
      controlledGoodsUse: (p) =>
        `${p.regime} : ${p.rows}${p.shipments === "" ? "" : ` (envois ${p.shipments})`}`,
      controlledGoodsDetail: "vérifiez chaque régime avant l'importation",
    },

    skippedRows: skipped,

    sheetNotes: {
      skippedTotals: (p) => sentence(skipped.totals(p)),
      skippedNotes: (p) => sentence(skipped.notes(p)),
      userColumnKept: (p) =>
        `Votre colonne ${quote(p.userHeader)} est conservée telle quelle ; la colonne ${p.column} du contrôle s'intitule ${quote(p.header)}.`,
      readAsChannel: (p) =>
        `Colonne ${quote(p.header)} lue comme ${quote(p.meaning)} : ses valeurs sont des canaux (stock, B2C).`,
      readAsRates: (p) =>
        `Colonne ${quote(p.header)} lue comme ${quote(p.meaning)} : ses valeurs sont des taux.`,
      readAsHsCodes: (p) =>
        `Colonne ${quote(p.header)} lue comme ${quote(p.meaning)} : ses valeurs sont des codes SH. Si ce sont vos SKU, nommez la colonne ${quote(p.sku)}.`,
      notReadAsRates: (p) =>
        `Colonne ${quote(p.header)} non lue : ses valeurs ne montrent pas qu'il s'agit de taux (écrivez 12 % ou nommez la colonne ${quote(p.meaning)}).`,
    },

    proForma: {
      columns: {
        SKU: "SKU",
        Description: "Désignation",
        "HS code": "Code SH",
        Quantity: "Quantité",
        "Unit price": "Prix unitaire",
        "Sales VAT": "TVA sur la vente",
        Commission: "Commission",
        Packaging: "Emballage",
        Freight: "Fret",
        "Last mile": "Dernier kilomètre",
        "FBA fee": "Frais FBA",
        Handling: "Manutention",
        Duty: "Droits de douane",
        "Declaration value": "Valeur déclarée",
        "Line total": "Total de la ligne",
      },
      title: "Facture pro forma : détail des déductions (méthode inverse, douane belge)",
      shipments: (p) => `Envois : ${f.number(p.count)}`,
      shipment: (p) => `Envoi : ${p.shipment}`,
      declarationDate: (p) => `Date de déclaration : ${f.date(p.date)}. Montants en EUR par unité.`,
      lineTotal:
        "Total de la ligne = Valeur déclarée × Quantité ; les totaux correspondent à Σ montant × Quantité.",
      vatTable: (p) => `Taux de TVA : ${p.version}`,
      subtotal: (p) => `Sous-total ${p.shipment}`,
      totals: "Totaux",
      noShipment: "(sans envoi)",
      leftOut: (p) =>
        unbroken(
          `${p.rows.length === 1 ? "Ligne non reprise" : "Lignes non reprises"} dans cette facture pro forma en raison d'erreurs (corrigez-les et relancez le contrôle) : ${p.rows.join(", ")}`,
        ),
    },

    vatDeferral: {
      columns: {
        Shipment: "Envoi",
        "VAT regime": "Régime de TVA",
        Destination: "Destination",
        Rows: "Lignes",
        "Goods value": "Valeur des marchandises",
        Duty: "Droits de douane",
        "Incidental costs": "Frais accessoires",
        "VAT base": "Base d'imposition",
        "VAT rate": "Taux de TVA",
        "Import VAT": "TVA à l'importation",
        "Destination VAT (estimate)": "TVA de destination (estimation)",
        Treatment: "Traitement",
        "VAT numbers": "Numéros de TVA",
      },
      title: "Relevé du report de perception de la TVA",
      dates: (p) => unbroken(`Date de déclaration : ${f.date(p.date)} ; taux de TVA : ${p.version}.`),
      base: unbroken(
        "Base d'imposition de la TVA à l'importation : valeur en douane (la valeur déclarée ou, à défaut, la valeur inverse) + droits de douane + frais accessoires jusqu'au premier lieu de destination (directive TVA, art. 85 et 86 ; Code de la TVA belge, art. 34).",
      ),
      // Excel wraps these within their column: no line starts with ":" or ";".
      treatment: {
        CP42: unbroken(
          "régime 42 : exonérée à l'importation en Belgique ; l'acquisition est autoliquidée dans le pays de destination",
        ),
        ET14000: unbroken(
          "ET 14.000 : due en Belgique, reportée dans la déclaration périodique à la TVA belge (aucun paiement à la frontière)",
        ),
        PAID: unbroken("acquittée au dédouanement : exigible à l'importation en Belgique"),
      },
      regimeTotals: {
        PAID: "Total acquitté au dédouanement",
        ET14000: "Total reporté (ET 14.000)",
        CP42: "Total exonéré (régime 42)",
      },
      total: "Total",
      noShipment: "(sans envoi)",
      estimate: unbroken(
        "La TVA de destination sous le régime 42 est une estimation calculée aux taux de TVA des lignes sur la même base : pour un transfert de biens propres, la base d'imposition dans le pays de destination est le prix d'achat ou le prix de revient (directive TVA, art. 76).",
      ),
      leftOut: (p) =>
        unbroken(
          p.rows.length === 1
            ? `Ligne non reprise dans ce relevé, faute d'avoir pu en calculer les montants (corrigez-la et relancez le contrôle) : ${p.rows.join(", ")}.`
            : `Lignes non reprises dans ce relevé, faute d'avoir pu en calculer les montants (corrigez-les et relancez le contrôle) : ${p.rows.join(", ")}.`,
        ),
    },

    audit: {
      columns: {
        Time: "Horodatage",
        Source: "Source",
        "Rows checked": "Lignes contrôlées",
        OK: "OK",
        Review: "À vérifier",
        Risk: "Risque",
        Error: "Erreur",
        "Fine exposure": "Amendes encourues",
        "Outstanding duty": "Droits éludés",
        "VAT table": "Table de TVA",
        Settings: "Paramètres",
      },
      records: {
        checkedSheet: (p) => `Feuille contrôlée : ${p.record}`,
        outputColumns: (p) => `Colonnes de résultats : ${p.record}`,
        vatRatesFilled: (p) => `Taux de TVA remplis : ${p.record}`,
        vatRatesContinued: (p) => `Taux de TVA remplis (suite) : ${p.record}`,
        noVatRatesFilled: "Taux de TVA remplis :",
      },
      settings: {
        all: (p) => p.parts.join(" ; "),
        declarationDate: (p) => `date de déclaration ${f.date(p.date)}`,
        tolerance: (p) => `tolérance ${f.money(p.amount)}`,
        vatDeferralRequired: "report de perception de la TVA exigé",
        vatDeferralNotRequired: "report de perception de la TVA non exigé",
        offence: (p) => `niveau d'infraction ${p.level}`,
        fines: (p) => `amendes ${f.money(p.first)} / ${f.money(p.second)} par code SH`,
        exchangeRates: (p) => `taux de change ${p.rates.join(", ")}`,
        dutyRates: (p) => `taux des droits ${p.rates.join(", ")}`,
        reducedVatRates: (p) => `taux réduits de TVA ${p.rates.join(", ")}`,
        defaultChannel: (p) => `canal par défaut ${p.channel}`,
        lowValueItemsBy6Digits: "articles des envois de faible valeur par sous-position SH à 6 chiffres",
        controlledGoodsNotChecked: "marchandises soumises à licence ou certificat non contrôlées",
        language: (p) => `langue ${p.language}`,
      },
    },
  };
};
