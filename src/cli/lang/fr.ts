/**
 * The command line's words in French, as Belgian customs and accountants write them (douane.belgium.be: « valeur
 * en douane », « report de perception de la TVA »), in the style of the engine's and the sheet layer's tables
 * (src/engine/lang/fr.ts, src/sheet/lang/fr.ts): texts the user typed (files, sheets, values) are quoted the French
 * way, with no-break spaces inside the guillemets; a colon has a space before it. Option names, their syntax in the
 * help (FILE, CUR=RATE), file names, status and flag codes and "customs-check" stay as they are.
 */
import type { Catalogue } from "../../engine";
import type { CliWords } from "./en";

/** A text quoted the French way, with no-break spaces inside the guillemets. */
const quote = (text: string): string => `«\u00a0${text}\u00a0»`;

/** "1re", "2e", "3e" … (of a feminine noun: colonne). */
const ordinal = (n: number): string => (n === 1 ? "1re" : `${n}e`);

const SEE_HELP = "Lancez customs-check --help pour la liste des options";
const REPAIR =
  "Ouvrez-le dans Excel, qui propose de réparer un classeur endommagé, enregistrez-le et relancez le contrôle";
const NOT_READ = "n'a pas pu être lu comme classeur Excel";
const CUT_SHORT = "le fichier est tronqué (téléchargement ou copie incomplète ?)";
const OPEN_QUOTE = `un champ s'ouvre par un guillemet (")`;
const DOUBLE_QUOTE = `écrivez un guillemet à l'intérieur d'un champ en le doublant ("")`;
const STALLED = "le contrôle s'est arrêté avant la fin";
const NOTHING_WRITTEN = "aucun classeur contrôlé n'a été écrit";
const SAVE_AGAIN = "S'il s'agit d'un classeur, ouvrez-le dans Excel, enregistrez-le et relancez le contrôle";
const DEFAULT_OUT = "(emplacement de sortie par défaut)";
const NOT_OURS = "existe déjà et n'est pas un classeur produit par cet outil";

export const fr: Catalogue<CliWords> = (f) => {
  const one = (n: number) => f.plural(n) === "one";
  /** " et 3 autres", " et 1 autre": the items not named. */
  const andMore = (more: number) =>
    more > 0 ? ` et ${f.count(more)} ${one(more) ? "autre" : "autres"}` : "";

  return {
    /** customs-check --help. Descriptions start in column 24, as in English. */
    usage: (p) => `Utilisation : customs-check FILE [options]
              npm run check -- FILE [options]

Contrôle une feuille d'envoi (.xlsx ou .csv) comme la douane belge évalue les importations du commerce
électronique (la valeur inverse calculée à partir du prix sur la place de marché) et écrit à côté le
classeur contrôlé FILE.checked.xlsx : la feuille avec les colonnes Valeur inverse, Ratio de déclaration,
Droits de douane, Statut, Alertes et Explication, une feuille Synthèse, le détail Pro forma des
déductions et une feuille Journal. Le fichier source n'est jamais modifié.

Options :
  --sheet NAME         feuille à contrôler dans un fichier .xlsx (par défaut : la première visible)
  --out FILE           où écrire le classeur contrôlé (.xlsx ; jamais le fichier source). Un fichier déjà
                       présent n'est remplacé que s'il s'agit d'un classeur produit par cet outil
  --force              remplacer le fichier --out (ou FILE.checked.xlsx) même s'il n'a pas été produit
                       par cet outil (un fichier en lecture seule n'est jamais remplacé)
  --json               afficher un document JSON (lignes et résumé) au lieu du résumé texte
  --jsonl              afficher le rapport JSON en lignes : un objet par ligne contrôlée, puis
                       {"summary": …} ; l'un et l'autre sont écrits au fil du contrôle
  --date YYYY-MM-DD    date de déclaration : détermine les taux de TVA (par défaut : aujourd'hui)
  --offence 1|2|3      niveau d'infraction pour les amendes encourues (1 : EUR ${f.count(p.firstFine)}, 2 : EUR ${f.count(p.secondFine)} par
                       code SH ; 3 : inscription sur liste noire, sans montant ; par défaut 1)
  --tolerance X        montant en EUR par unité dont une valeur déclarée peut être inférieure à la
                       valeur inverse (par défaut 0)
  --no-vat-deferral    pas de report de perception de la TVA : aucun numéro de TVA exigé
  --fx CUR=RATE        taux de change de la douane en unités par EUR, p. ex. --fx SEK=11.39 (répétable)
  --vat-rate CC:PREFIX=RATE
                       taux réduit de TVA par pays de destination et préfixe de code SH, p. ex.
                       --vat-rate DE:4901=7% (répétable ; le préfixe le plus long l'emporte ; le taux de
                       TVA indiqué sur une ligne prime toujours)
  --channel stock|b2c  canal des lignes sans cellule Canal : stock (stock propre, FBA, B2B : droits de
                       douane normaux ; par défaut) ou b2c (colis vendus aux consommateurs : droit de
                       EUR 3 sur les envois de faible valeur)
  --low-value-item 8|6 chiffres de la sous-position tarifaire qui définissent un article pour le droit de
                       EUR 3 sur les envois de faible valeur : 8 (sous-position NC, par défaut) ou 6
                       (sous-position SH)
  --no-controlled-goods
                       ne pas signaler les marchandises soumises à licence, certificat ou déclaration
  --lang en|fr|nl|de|zh
                       langue du résumé texte, des messages, des textes du classeur contrôlé et des
                       explications --json : anglais, français, néerlandais, allemand ou chinois
                       simplifié (par défaut : la langue du système d'après LC_ALL, LC_MESSAGES ou LANG,
                       sinon l'anglais ; les clés JSON, les codes d'alerte et les codes de sortie sont
                       les mêmes dans toutes les langues)
  --help               afficher ce texte

Code de sortie : 0 le contrôle est terminé et aucune ligne n'a le statut RISK ou ERROR ; 1 des lignes
ont le statut RISK ou ERROR ; 2 le contrôle n'a pas abouti (problème d'utilisation ou de fichier, signalé
en une ligne sur stderr ; aucun classeur n'est écrit) ; 130 ou 143 interruption par Ctrl-C (SIGINT) ou
SIGTERM (le classeur inachevé est supprimé).`,

    command: {
      unknownOption: (p) => `Option ${p.option} inconnue. ${SEE_HELP}`,
      takesNoValue: (p) => `${p.option} ne prend pas de valeur. ${SEE_HELP}`,
      needsDashedValue: (p) =>
        `${p.option} attend une valeur ; pour une valeur qui commence par ${quote("-")}, écrivez ${p.option}=VALEUR`,
      needsValue: (p) => `${p.option} attend une valeur. ${SEE_HELP}`,
      otherProblem: (p) => `${p.problem}. ${SEE_HELP}`,
      noFile:
        "Aucun fichier indiqué. Utilisation : customs-check FILE [options] (--help pour la liste des options)",
      oneFileAtATime: (p) =>
        `Un seul fichier à la fois (fichiers indiqués : ${p.files.map(quote).join(", ")}). ${SEE_HELP}`,
      emptyDate:
        "--date est vide : indiquez la date de déclaration au format AAAA-MM-JJ, ou omettez --date pour la date du jour",
      offenceChoice: (p) => `--offence ${p.value} : choisissez l'infraction 1, 2 ou 3`,
      fxForm: (p) =>
        `--fx ${p.value} : écrivez le taux de change de la douane sous la forme CUR=RATE, en unités par EUR, p. ex. --fx SEK=11.39`,
      fxTwice: (p) =>
        `--fx ${p.currency} est indiqué deux fois (${p.first} et ${p.second}) : indiquez un seul taux par devise`,
      vatRateTwice: (p) =>
        `--vat-rate ${p.key} est indiqué deux fois (${p.first} et ${p.second}) : indiquez un seul taux par pays de destination et préfixe`,
      emptyChannel: "--channel est vide : choisissez stock ou b2c, ou omettez --channel pour stock",
      emptyLanguage:
        "--lang est vide : choisissez en, fr, nl, de ou zh, ou omettez --lang pour utiliser la langue du système",
      outIsInput: (p) =>
        `--out ${p.out} est le fichier source : le classeur contrôlé n'écrase jamais le fichier source ; choisissez un autre nom`,
      outNotXlsx: (p) =>
        `--out ${p.out} : le classeur contrôlé est un fichier .xlsx ; indiquez un nom qui se termine par .xlsx`,
      sheetOfCsv: (p) =>
        `--sheet ${p.sheet} : un fichier .csv ne contient qu'une feuille ; --sheet s'applique aux classeurs .xlsx`,
      jsonAndJsonl:
        "--json et --jsonl sont donnés tous les deux : choisissez-en un (--json affiche un document, --jsonl une ligne JSON par ligne contrôlée)",
    },

    output: {
      givenIsFolder: (p) =>
        `--out ${p.out} est un dossier : indiquez un nom de fichier qui se termine par .xlsx`,
      defaultIsFolder: (p) =>
        `${p.out} ${DEFAULT_OUT} est un dossier : indiquez un nom de fichier qui se termine par .xlsx`,
      givenReadOnly: (p) =>
        `--out ${p.out} existe déjà et est en lecture seule ; il n'est donc pas remplacé : choisissez un autre nom pour --out`,
      defaultReadOnly: (p) =>
        `${p.out} ${DEFAULT_OUT} existe déjà et est en lecture seule ; il n'est donc pas remplacé : déplacez-le ou indiquez --out`,
      givenNotOurs: (p) =>
        `--out ${p.out} ${NOT_OURS} : choisissez un autre nom pour --out, ou ajoutez --force pour le remplacer`,
      defaultNotOurs: (p) =>
        `${p.out} ${DEFAULT_OUT} ${NOT_OURS} : déplacez-le ou indiquez --out, ou ajoutez --force pour le remplacer`,
      cannotWrite: (p) => `Impossible d'écrire le classeur contrôlé ${p.out} : ${p.problem}`,
      noFolder: (p) => `le dossier ${p.folder} n'existe pas`,
      permissionDenied:
        "accès refusé (le fichier est-il ouvert dans Excel, ou le dossier en lecture seule ?)",
      isFolder: "c'est un dossier",
      diskFull: "le disque est plein",
    },

    input: {
      notFound: (p) => `Fichier introuvable : ${p.file}`,
      cannotRead: (p) => `Impossible de lire ${p.file} : ${p.problem}`,
      isFolder: (p) =>
        `${p.file} est un dossier, pas une feuille de calcul : indiquez un fichier .xlsx ou .csv`,
      empty: (p) => `${p.file} est vide`,
      emptySheet: (p) => `La feuille ${quote(p.sheet)} de ${p.file} est vide`,
      oldOrProtected: (p) =>
        `${p.file} est un classeur Excel 97-2003 ou un classeur protégé par mot de passe : enregistrez-le dans Excel comme classeur .xlsx sans mot de passe`,
      notAWorkbookButKind: (p) => `${p.file} n'est pas un classeur Excel (c'est ${p.kind})`,
      notAWorkbook: (p) =>
        `${p.file} n'est pas un classeur Excel (un fichier .xlsx est une archive zip ; celui-ci n'en est pas une)`,
      xls: (p) =>
        `${p.file} est un classeur Excel 97-2003 : enregistrez-le dans Excel au format .xlsx (ou CSV) et contrôlez ce nouveau fichier`,
      otherSpreadsheet: (p) =>
        `${p.file} : enregistrez-le comme classeur .xlsx ou comme fichier .csv et contrôlez ce nouveau fichier`,
      unknownType: (p) =>
        `${p.file} : type de fichier ${quote(p.extension)} inconnu ; indiquez un classeur .xlsx ou un fichier .csv`,
      noExtension: (p) =>
        `${p.file} : type de fichier inconnu ; indiquez un classeur .xlsx ou un fichier .csv`,
      utf16WithoutBom: (p) =>
        `${p.file} semble être du texte UTF-16 sans indicateur d'ordre des octets (BOM), qui ne peut pas être lu de façon sûre : enregistrez-le depuis Excel au format ${quote("CSV UTF-8")} ou ${quote("Texte Unicode")}`,
      notCsvButKind: (p) => `${p.file} n'est pas un fichier texte CSV (c'est ${p.kind})`,
      notCsv: (p) => `${p.file} n'est pas un fichier texte CSV`,
      unreadableWorkbook: (p) => `${p.file} ${NOT_READ} : ${p.reason}`,
      cutShort: CUT_SHORT,
      notValidZip: "ce n'est pas une archive zip valide",
      kinds: {
        png: "une image PNG",
        jpeg: "une image JPEG",
        pdf: "un document PDF",
        gif: "une image GIF",
        gzip: "une archive gzip",
        zip: "une archive zip ou un classeur .xlsx",
      },
      sheetOfFile: (p) => `${p.file}, feuille ${quote(p.sheet)}`,
      problemAt: (p) => `${p.source} : ${p.problem}`,
      changedWhileRead: (p) =>
        `${p.file} a changé pendant le contrôle (il est lu deux fois : pour sa disposition et ses envois, puis pour contrôler et copier ses lignes). Contrôlez-le à nouveau quand plus rien n'y écrit`,
    },

    csv: {
      inFile: (p) => `${p.file}, ${p.problem}`,
      unclosedQuoteLine: (p) =>
        `ligne ${p.line} : ${OPEN_QUOTE} qui n'est jamais fermé ; le reste de la ligne serait donc lu comme une seule cellule. Ajoutez le guillemet fermant, ou ${DOUBLE_QUOTE}`,
      unclosedQuoteFile: (p) =>
        `ligne ${p.line} : ${OPEN_QUOTE} qui n'est jamais fermé ; le reste du fichier (${f.count(p.rest)} ${one(p.rest) ? "ligne restante" : "lignes restantes"}) serait donc lu comme une seule cellule. Ajoutez le guillemet fermant, ou ${DOUBLE_QUOTE}`,
      misplacedQuote: (p) =>
        `ligne ${p.line} : ${OPEN_QUOTE} qui ne se ferme qu'à la ligne ${p.closes}, au milieu d'un autre texte ; les lignes intermédiaires seraient donc lues comme une seule cellule. Ajoutez le guillemet fermant à la ligne ${p.line}, ou ${DOUBLE_QUOTE}`,
      longCell: (p) =>
        `ligne ${p.line} : un champ de ${f.count(p.length)} caractères commence ici, soit plus que les ${f.count(p.limit)} qu'Excel admet dans une cellule ; le plus souvent, un guillemet (") se ferme bien trop tard. Vérifiez les guillemets à partir de cette ligne`,
      valuesBeyondHeader: (p) =>
        `ligne ${p.line} : ${f.count(p.values)} valeurs pour ${f.count(p.headers)} en-têtes de colonne ; ${quote(p.value)} (${ordinal(p.column)} colonne)${p.more === 0 ? " n'a" : ` et ${f.count(p.more)} ${one(p.more) ? "autre valeur" : "autres valeurs"} n'ont`} pas d'en-tête. Dans un fichier séparé par des virgules, un nombre à virgule décimale (12,99) est lu comme deux valeurs et décale le reste de la ligne d'une colonne vers la droite. Mettez ces nombres entre guillemets ("12,99"), enregistrez le fichier avec le point-virgule comme séparateur, ou donnez un en-tête à la colonne supplémentaire`,
    },

    workbook: {
      noWorksheets: (p) => `${p.file} ne contient aucune feuille de calcul : est-ce bien un classeur Excel ?`,
      noWorkbookInside: (p) => `${p.file} ne contient pas de classeur : est-ce bien un classeur Excel ?`,
      noSuchSheet: (p) =>
        `Aucune feuille ${quote(p.wanted)} dans ${p.file} : ${one(p.sheets.length) ? "sa feuille est" : "ses feuilles sont"} ${p.sheets.map(quote).join(", ")}`,
      readingStopped: (p) =>
        `${p.file} ${NOT_READ} : la lecture s'est arrêtée avant la fin de ${p.part}. ${REPAIR}`,
      partDamaged: (p) => `${p.file} ${NOT_READ} : ${p.part} est endommagée : ${p.reason}. ${REPAIR}`,
      partMethod: (p) =>
        `${p.file} ${NOT_READ} : ${p.part} est compressée selon la méthode ${p.method}, qu'Excel n'utilise pas. ${REPAIR}`,
      /** "la partie xl/worksheets/sheet1.xml (feuille « Envoi »)": always "la partie …", feminine. */
      parts: {
        part: (p) => `la partie ${p.part}`,
        partAbout: (p) => `la partie ${p.part} (${p.about})`,
        sharedStrings: "textes des cellules",
        styles: "formats des cellules",
        workbook: "liste des feuilles",
        workbookLinks: "liste des parties du classeur",
        aSheet: "une feuille",
        sheet: (p) => `feuille ${quote(p.sheet)}`,
        linksOfASheet: "liens d'une feuille",
        linksOfSheet: (p) => `liens de la feuille ${quote(p.sheet)}`,
      },
      zip: {
        cutShort: CUT_SHORT,
        noDirectory: "le fichier est tronqué ou n'est pas une archive zip (répertoire central absent)",
        directoryDamaged: "le répertoire de l'archive zip est endommagé",
        dataDamaged: "ses données compressées ne peuvent pas être décompressées",
        checksum: "son contenu ne correspond pas à la somme de contrôle qui l'accompagne",
      },
    },

    run: {
      stalledStarting: (p) => `${p.file} : ${STALLED} (au démarrage) ; ${NOTHING_WRITTEN}. ${SAVE_AGAIN}`,
      stalledReading: (p) =>
        `${p.file} : ${STALLED} (pendant la lecture du fichier) ; ${NOTHING_WRITTEN}. ${SAVE_AGAIN}`,
      stalledChecking: (p) =>
        `${p.file} : ${STALLED} (pendant le contrôle des lignes et l'écriture de ${p.out}) ; ${NOTHING_WRITTEN}. ${SAVE_AGAIN}`,
      neverFinished: `${STALLED} ; ${NOTHING_WRITTEN}`,
      interrupted: (p) => `interrompu (${p.signal}) : le contrôle n'a pas été mené à terme`,
      interruptedRemoved: (p) =>
        `interrompu (${p.signal}) : le contrôle n'a pas été mené à terme ; le classeur inachevé a été supprimé`,
      internalError: (p) => `erreur interne, merci de la signaler : ${p.problem}`,
      workerStopped: (p) => `le fil d'exécution de l'évaluation s'est arrêté (code de sortie ${p.code})`,
    },

    summary: {
      checked: (p) =>
        `Contrôle de ${p.file} : ${f.count(p.rows)} ${one(p.rows) ? "ligne" : "lignes"}, en-tête à la ligne ${p.headerRow}`,
      checkedSheet: (p) =>
        `Contrôle de ${p.file}, feuille ${quote(p.sheet)} : ${f.count(p.rows)} ${one(p.rows) ? "ligne" : "lignes"}, en-tête à la ligne ${p.headerRow}`,
      labels: {
        status: "Statut",
        fineExposure: "Amendes encourues",
        outstandingDuty: "Droits éludés",
        shipmentsExposed: "Envois exposés",
        importVat: "TVA à l'importation",
        lowValueDuty: "Droit faible valeur",
        reducedVat: "TVA à taux réduit",
        licences: "Licences",
        ignoredColumns: "Colonnes ignorées",
        notUsed: "Colonnes non reconnues",
        cellsCleaned: "Cellules nettoyées",
        hiddenRows: "Lignes masquées",
        rowsAndColumns: "Lignes et colonnes",
        settings: "Paramètres",
        checkedWorkbook: "Classeur contrôlé",
      },
      statusCount: (p) => `${p.status} ${f.count(p.count)}`,
      hsCodes: (p) => `Codes SH ${p.codes}`,
      importVatPaid: (p) => `acquittée au dédouanement : ${p.amount}`,
      importVatDeferred: (p) => `reportée (ET 14.000) : ${p.amount}`,
      importVatExempt: (p) => `exonérée (régime 42) : ${p.amount}`,
      ignoredColumns: (p) => `${p.columns.join(", ")} (frais que la douane ne déduit pas)`,
      columns: (p) => p.columns.join(", "),
      notableAll: "Lignes RISK et ERROR :",
      notableFirst: (p) =>
        `Lignes RISK et ERROR (les ${f.count(p.shown)} premières sur ${f.count(p.total)}) :`,
      notableRow: (p) =>
        `ligne ${p.row}${p.sku === "" ? "" : ` ${p.sku}`} : ${p.status} ${p.flags.join(", ")}. ${p.explanation}`,
    },

    checkedSheetSplit: (p) =>
      `la feuille contrôlée est répartie sur ${f.count(p.sheets.length)} feuilles d'au plus ${f.count(p.rows)} lignes (${p.sheets.join(", ")}), chacune commençant par la ligne d'en-tête`,
    proFormaSplit: (p) =>
      `la facture pro forma est répartie sur ${f.count(p.sheets.length)} feuilles d'au plus ${f.count(p.rows)} lignes (${p.sheets.join(", ")}), chacune commençant par ses en-têtes de colonnes`,
    cleanedCells: (p) =>
      `${p.cells.join(", ")}${andMore(p.more)} (les caractères qu'Excel ne peut pas enregistrer ont été supprimés)`,
    hiddenRows: (p) =>
      one(p.count)
        ? `ligne ${p.rows.join(", ")}${andMore(p.more)} (masquée dans le fichier source, toujours masquée dans le classeur contrôlé)`
        : `lignes ${p.rows.join(", ")}${andMore(p.more)} (masquées dans le fichier source, toujours masquées dans le classeur contrôlé)`,

    summarySheet: {
      title: (p) => `Contrôle douanier : ${p.file}`,
      file: "Fichier",
      sheet: "Feuille",
      format: "Format",
      csvTab: "CSV, séparateur tabulation",
      csvSeparator: (p) => `CSV, séparateur ${quote(p.separator)}`,
      checkedAt: "Date du contrôle",
      headerRow: "Ligne d'en-tête",
      unmappedColumns: "Colonnes non reconnues",
      columnsRead: "Colonnes lues",
      settings: "Paramètres",
      vatTable: "Table de TVA",
      proForma: "Pro forma",
      vatDeferral: "Report de perception de la TVA",
      rowsAndColumns: "Lignes et colonnes",
      cellsCleaned: "Cellules nettoyées",
      hiddenRows: "Lignes masquées",
      notes: "Remarques",
      notesText:
        "Montants en EUR. La feuille contrôlée reprend les valeurs du fichier source (les formules sous forme de leur résultat) ; les autres feuilles du fichier source ne sont pas copiées. Le fichier source n'est pas modifié.",
      list: (p) => (p.items.length === 0 ? "néant" : p.items.join(", ")),
    },

    progress: {
      reading: "Lecture",
      checking: "Contrôle",
      kilobytes: "ko",
      rows: "lignes",
      perSecond: "lignes/s",
      timeLeft: "restant",
    },
  };
};
