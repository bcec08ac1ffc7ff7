/**
 * The task pane's words in French, as Belgian accountants and forwarders write them, with the words of the sheet's
 * table (src/sheet/lang/fr.ts: Valeur inverse, Alertes, Explication, Synthèse, Journal, Report TVA) and the
 * glossary's (docs/glossary.md: volet, classeur, Contrôler l'envoi, Remplir les taux de TVA). Office's French calls
 * an add-in ${quote("complément")}. Names of sheets, actions and texts the user typed are quoted the French way, with
 * no-break spaces inside the guillemets; codes (OK, REVIEW, flag codes, EUR, CUR=RATE, YYYY-MM-DD) stay as they are.
 */
import type { Catalogue } from "../../src/engine";
import type { Status } from "../../src/sheet";
import type { ActionName } from "../actions/action-result";
import type { PaneWords } from "./en";

/** A text quoted the French way, with no-break spaces inside the guillemets. */
const quote = (text: string): string => `«\u00a0${text}\u00a0»`;

export const fr: Catalogue<PaneWords> = (f) => {
  /** The singular or the plural of a word, by the language's plural rules (0 and 1 take the singular). */
  const one = (n: number) => f.plural(n) === "one";
  const rows = (n: number) => `${f.count(n)} ${one(n) ? "ligne" : "lignes"}`;
  const rowsOf = (p: { done: number; total: number }) =>
    `${f.count(p.done)} ${one(p.done) ? "ligne" : "lignes"} sur ${f.count(p.total)}`;
  const quoted = (items: readonly string[]) => items.map(quote).join(", ");
  /** "1 autre", "7 autres": the rows, cells … not named. */
  const others = (n: number) => `${f.count(n)} ${one(n) ? "autre" : "autres"}`;
  // Words chosen by a parameter's value are switches, not table lookups (see en.ts).
  const statuses = (status: Status) =>
    status === "OK" ? "OK" : status === "REVIEW" ? "À vérifier" : status === "RISK" ? "Risque" : "Erreur";
  /** A status as a count of rows says it: "30 OK, 5 à vérifier, 3 à risque, 2 en erreur". */
  const counted = (status: Status) =>
    status === "OK"
      ? "OK"
      : status === "REVIEW"
        ? "à vérifier"
        : status === "RISK"
          ? "à risque"
          : "en erreur";
  /** What each action writes, as the sentence about a write that stopped names it. */
  const written = (action: ActionName) => {
    switch (action) {
      case "check":
        return "les résultats";
      case "fillVat":
        return "les taux de TVA";
      case "shareCosts":
        return "les frais répartis";
      case "proForma":
        return "les lignes pro forma";
      default:
        return "les lignes du relevé";
    }
  };
  const stale = (why: string, p: { action: string; sheet: string }) =>
    `Résultat périmé : ${why}. Il s'agit du résultat de ${quote(p.action)} sur la feuille ${p.sheet} telle qu'elle était ; relancez l'action pour obtenir un résultat à jour.`;
  /** What replaces a sheet of the add-in's that the user edited, and how a question names such sheets. */
  const editedKinds = (kind: "proForma" | "vatStatement") =>
    kind === "proForma"
      ? {
          sheet: "feuille pro forma",
          sheets: "feuilles pro forma",
          replacement: "la nouvelle facture pro forma",
        }
      : { sheet: "feuille Report TVA", sheets: "feuilles Report TVA", replacement: "le nouveau relevé" };
  const rerun = "Le complément a enregistré ce qu'il a écrit : relancer l'action termine le travail.";

  return {
    title: "Valeur inverse en douane",

    page: {
      sourceHeading: "Données de l'envoi",
      sourceLabel: "Lignes à contrôler",
      sourceSheet: "Feuille active (cellules utilisées)",
      sourceSelection: "Les cellules sélectionnées",
      refresh: "Relire la feuille",
      actionsHeading: "Actions",
      actionsHint:
        "N'écrit que dans les colonnes et les feuilles propres au complément et dans les cellules vides de taux de TVA. Chaque exécution ajoute une ligne à la feuille Journal.",
      cancel: "Annuler",
      shareHeading: "Répartir les frais d'envoi",
      shareHint:
        "Répartit les factures de l'envoi entre ses lignes selon le poids unitaire × la quantité, en centimes dont la somme tombe juste, et écrit les montants par unité dans les colonnes Fret, Dernier kilomètre et Manutention (uniquement dans des cellules vides ou déjà remplies par le complément).",
      shareFreight: "Total du fret (dans l'UE, après importation)",
      shareLastMile: "Total du dernier kilomètre",
      shareHandling: "Total des frais de manutention",
      shareShipment: "Envoi (vide : toutes les lignes)",
      mappingHeading: "Colonnes",
      mappingHint:
        "La colonne que le complément lit pour chaque champ. Corrigez ici une colonne mal reconnue ; le choix est enregistré dans le classeur.",
      mappingReset: "Rétablir la détection",
      settingsHeading: "Paramètres",
      settingsHint: "Enregistrés dans le classeur : un collègue qui l'ouvre obtient le même résultat.",
      paneLanguage: "Langue du volet",
      paneLanguageAutomatic: "Langue d'Office (automatique)",
      workbookLanguage: "Langue des textes écrits dans le classeur",
      pseudoLocale: "Pseudo-langue de test (qps-ploc)",
      declarationDate: "Date de déclaration (vide : aujourd'hui)",
      datePlaceholder: "YYYY-MM-DD",
      tolerance: "Tolérance sous la valeur inverse (EUR par unité)",
      vatDeferral: "Report de perception de la TVA (exige le numéro de TVA du pays de destination)",
      offenceLevel: "Infraction",
      offence1: "1re infraction",
      offence2: "2e infraction",
      offence3: "3e infraction (liste noire)",
      fineFirst: "Amende, 1re infraction (EUR par code SH)",
      fineSecond: "Amende, 2e infraction (EUR par code SH)",
      exchangeRates: "Taux de change en unités par EUR (une entrée CUR=RATE par ligne)",
      dutyRates: "Taux des droits par préfixe de code SH (une entrée PREFIX=RATE par ligne)",
      vatRates:
        "Taux réduits de TVA par pays de destination et préfixe de code SH (une entrée CC:PREFIX=RATE par ligne)",
      channel: "Canal des lignes qui n'en indiquent pas",
      channelStock: "Stock (FBA, B2B)",
      channelB2C: "Colis B2C",
      lowValueItemDigits: "Article d'un envoi de faible valeur : sous-position à",
      digits8: "8 chiffres (NC)",
      digits6: "6 chiffres (SH)",
      controlledGoods: "Signaler les marchandises soumises à licence ou certificat",
      saveSettings: "Enregistrer",
      helpHeading: "Que signifient OK, À vérifier, Risque et Erreur ?",
      helpOK: "La valeur déclarée couvre la valeur inverse calculée par la douane. Rien à faire.",
      helpReview:
        "À examiner avant le départ de l'envoi : une valeur à confirmer, un lien ou un numéro de TVA à vérifier, ou un envoi qu'une autre ligne expose à une retenue.",
      helpRisk:
        "Sous-déclaré : la valeur déclarée est inférieure à la valeur inverse. La douane inflige une amende par code SH et peut retenir tout l'envoi.",
      helpError:
        "La ligne ne peut pas être calculée : une valeur manque ou est illisible. Sa colonne Explication indique laquelle et comment la corriger.",
      helpFlags:
        "Dans la feuille, la colonne Alertes conserve les codes (pour les filtres et les formules) ; la colonne Explication les exprime en toutes lettres.",
      supportLink: "Aide et assistance",
    },

    actions: {
      fillVat: "Remplir les taux de TVA",
      check: "Contrôler l'envoi",
      shareCosts: "Répartir les frais",
      proForma: "Pro forma",
      vatStatement: "Relevé de TVA",
    },

    statuses: {
      OK: statuses("OK"),
      REVIEW: statuses("REVIEW"),
      RISK: statuses("RISK"),
      ERROR: statuses("ERROR"),
    },

    status: {
      loading: "Chargement…",
      readingWorkbook: "Lecture du classeur…",
      excelSlow:
        "Excel n'a pas encore répondu : il est peut-être encore en train de calculer le classeur. Le volet lira la feuille dès qu'Excel répondra.",
      stopped: "Le complément s'est arrêté ; voir le message ci-dessous.",
      cancelled: "Annulé.",
      settingsNotSaved: "Les paramètres n'ont pas été enregistrés : voir le message dans Paramètres.",
      settingsSaved: "Paramètres enregistrés dans ce classeur.",
      read: (p) => `Plage lue : ${p.source}.`,
      ready: (p) => `Prêt : ${p.source}. Choisissez une action.`,
      running: (p) => `${p.action}…`,
      nothingWritten: (p) => `${p.action} : rien n'a été écrit.`,
      asks: (p) => `${quote(p.action)} demande confirmation avant d'écrire : voir la question ci-contre.`,
      selectedRow: (p) => `Ligne ${p.row} sélectionnée dans la feuille ${p.sheet}.`,
      showingSheet: (p) => `Affichage de la feuille ${p.sheet}.`,
      notInExcel:
        "Ce complément fonctionne dans Excel. Ouvrez-le depuis Excel : Accueil › Contrôler l'envoi.",
      waitingForExcel:
        "Toujours en attente du démarrage du complément par Excel. En dehors d'Excel, rien ne se passera : ouvrez-le depuis Excel, Accueil › Contrôler l'envoi.",
    },

    progress: {
      readingFor: (p) => `${p.action} : lecture de la feuille…`,
      cancelling: "Annulation après la partie en cours d'écriture…",
      readingSheet: (p) => `Lecture de la feuille : ${rowsOf(p)}`,
      writing: (p) => `Écriture : ${rowsOf(p)}`,
      writingResults: (p) => `Écriture des résultats : ${rowsOf(p)}`,
      fillingVatRates: (p) => `Remplissage des taux de TVA : ${rowsOf(p)}`,
      sharingCosts: (p) => `Répartition des frais : ${rowsOf(p)}`,
      writingProForma: (p) => `Écriture des feuilles pro forma : ${rowsOf(p)}`,
      writingStatement: (p) => `Écriture du relevé du report de TVA : ${rowsOf(p)}`,
      readingProForma: (p) => `Lecture des feuilles pro forma : ${rowsOf(p)}`,
      readingStatement: (p) => `Lecture de la feuille Report TVA : ${rowsOf(p)}`,
      checking: (p) => `Contrôle : ${rowsOf(p)}`,
      summingUp: (p) => `Calcul des totaux : ${rowsOf(p)}`,
    },

    errors: {
      cancelledReading: "Annulé pendant la lecture de la feuille : rien n'a été écrit.",
      excelFailed: (p) =>
        `Excel n'a pas pu terminer la requête (${p.error}). Rien n'a été écrit après la dernière étape achevée ; réessayez et, si le problème se reproduit, enregistrez le classeur et rouvrez-le.`,
      unexpected: (p) => `Un problème est survenu : ${p.error}. Rien de plus n'a été écrit.`,
      settingNeedsFixing: (p) =>
        `L'action ${quote(p.action)} n'a pas été exécutée : un paramètre doit être corrigé (voir Paramètres).`,
      setting: (p) => `Paramètres, ${p.message}`,
      noTable: (p) =>
        `Il n'existe plus de tableau nommé ${quote(p.table)}. Choisissez à nouveau les données de l'envoi.`,
      noSelection: (p) =>
        `Excel n'a pas pu fournir la sélection (${p.error}). Sélectionnez un seul bloc de cellules, ligne d'en-tête comprise, et réessayez.`,
      sheetEmpty: (p) =>
        `La feuille ${quote(p.sheet)} est vide. Ouvrez la feuille d'envoi (ou sélectionnez ses cellules) et réessayez.`,
      oneCell:
        "Une seule cellule est sélectionnée. Sélectionnez la ligne d'en-tête et les lignes de l'envoi (ou choisissez toute la feuille), puis réessayez.",
      selectionOutside: (p) =>
        `La sélection (${p.selection}) ne contient aucune des cellules utilisées de la feuille ${quote(p.sheet)}. Sélectionnez la ligne d'en-tête et les lignes de l'envoi (ou choisissez toute la feuille), puis réessayez.`,
      missingValues: (p) =>
        `Excel a renvoyé ${p.first === p.last ? `la ligne ${p.first}` : `les lignes ${p.first}–${p.last}`} de la feuille ${quote(p.sheet)} sans ${p.first === p.last ? "ses" : "leurs"} valeurs, même lorsqu'on lui en a demandé deux fois moins (Excel sur le web le fait quand une lecture dépasse sa limite de taille). Rien n'a été écrit. Sélectionnez moins de lignes ou de colonnes et réessayez.`,
      unreadable: (p) => `${p.problem} (plage lue : ${p.source}).`,
    },

    stale: {
      settings: (p) => stale("les paramètres ont changé", p),
      columns: (p) => stale("les colonnes ou les lignes à contrôler ont changé", p),
      otherSheet: (p) => stale(`la feuille active est désormais ${p.active}`, p),
      unreadable: (p) => stale("la feuille n'a pas pu être relue", p),
    },

    source: {
      table: (p) => `Tableau ${p.table}`,
      info: (p) =>
        `${p.source} : ${f.count(p.columns)} ${one(p.columns) ? "colonne" : "colonnes"}, ${f.count(p.recognised)} ${one(p.recognised) ? "reconnue" : "reconnues"}.`,
      problems: (p) => `${p.problems.join(" ; ")}.`,
      needsColumns: (p) =>
        `${f.and(p.actions.map(quote))} ${p.actions.length === 1 ? "nécessite" : "nécessitent"} ${p.columns.map((column) => `une colonne ${quote(column)}`).join(" et ")} : ${p.columns.length === 1 ? "choisissez-la" : "choisissez-les"} sous Colonnes.`,
    },

    mapping: {
      notInSheet: "— absente de cette feuille —",
      header: (p) => `${p.header} (${p.letter})`,
    },

    rows: {
      none: "aucune ligne",
      one: (p) => `ligne ${p.row}`,
      range: (p) => `lignes ${f.count(p.first)}–${f.count(p.last)}`,
      list: (p) =>
        p.more > 0 ? `lignes ${p.rows.join(", ")} et ${others(p.more)}` : `lignes ${p.rows.join(", ")}`,
    },

    questions: {
      notNow: "Pas maintenant",
      typedCell: (p) => `${p.address} (${quote(p.text)})`,
      typedCells: (p) => {
        const where = `${p.columns.length === 1 ? "de sa colonne" : "de ses colonnes"} ${quoted(p.columns)}`;
        const more = p.cells > p.named.length ? ` et ${others(p.cells - p.named.length)}` : "";
        return one(p.cells)
          ? `Depuis la dernière exécution du complément, une cellule ${where} a été modifiée à la main : ${p.named.join(", ")}. ${quote("Contrôler l'envoi")} y écrirait son résultat à la place. La conserver telle quelle (le complément écrit toutes les autres cellules) ou l'écraser ?`
          : `Depuis la dernière exécution du complément, ${f.count(p.cells)} cellules ${where} ont été modifiées à la main : ${p.named.join(", ")}${more}. ${quote("Contrôler l'envoi")} y écrirait ses résultats à la place. Les conserver telles quelles (le complément écrit toutes les autres cellules) ou les écraser ?`;
      },
      keepTyped: (p) => (one(p.cells) ? "Garder ma cellule" : "Garder mes cellules"),
      overwriteTyped: (p) => (one(p.cells) ? "L'écraser" : "Les écraser"),
      editedCell: (p) => `${p.address} ${quote(p.text)}`,
      editedSheet: (p) => `${quote(p.sheet)}${p.cells.length === 0 ? "" : ` (${p.cells.join(", ")})`}`,
      editedSheets: (p) => {
        const kind = editedKinds(p.kind);
        return p.sheets.length === 1
          ? `La ${kind.sheet} ${p.sheets[0]} a été modifiée depuis que le complément l'a écrite. Garder votre feuille (renommée ${quote(p.kept[0])}) et écrire ${kind.replacement} à côté, ou la remplacer ?`
          : `${f.count(p.sheets.length)} ${kind.sheets} ont été modifiées depuis que le complément les a écrites : ${p.sheets.map((sheet, index) => `${sheet}, conservée sous le nom ${quote(p.kept[index])}`).join(" ; ")}. Garder vos feuilles sous ces noms et écrire ${kind.replacement} à côté, ou les remplacer ?`;
      },
      keepSheets: (p) => (one(p.sheets) ? "Garder ma feuille" : "Garder mes feuilles"),
      replaceSheets: (p) => (one(p.sheets) ? "La remplacer" : "Les remplacer"),
      keptEdited: (p) =>
        one(p.kept.length)
          ? `Votre feuille modifiée a été conservée sous le nom ${quoted(p.kept)} ; le complément n'y touchera plus.`
          : `Vos feuilles modifiées ont été conservées sous les noms ${quoted(p.kept)} ; le complément n'y touchera plus.`,
    },

    ownership: {
      formulasInColumn: (p) =>
        `La colonne ${p.letter} ${quote(p.header)} contient des formules (${p.rows}) que le complément n'a pas écrites ; il n'a donc rien écrit. Renommez ou déplacez cette colonne, puis relancez ${quote(p.action)}.`,
      dataInColumn: (p) =>
        `La colonne ${p.letter} ${quote(p.header)} contient déjà des données que le complément n'a pas écrites ; il n'a donc rien écrit. Pour conserver ces valeurs, renommez ou déplacez cette colonne ; si elles peuvent disparaître, effacez les cellules de la colonne. Relancez ensuite ${quote(p.action)}.`,
      formulasInCells: (p) =>
        `La colonne ${p.letter} ${quote(p.header)} contient des formules (${p.rows}) ; le complément n'écrase jamais une formule, il n'a donc rien écrit. Effacez ces cellules ou répartissez les frais à la main.`,
      valuesInCells: (p) =>
        `La colonne ${p.letter} ${quote(p.header)} contient déjà des valeurs que le complément n'a pas écrites (${p.rows}) ; il n'a donc rien écrit. Effacez ces cellules si les frais répartis doivent les remplacer, puis relancez ${quote("Répartir les frais")}.`,
    },

    stopped: {
      cancelled: (p) =>
        `Vous avez annulé : le complément a écrit ${written(p.action)} dans ${f.count(p.done)} ${one(p.done) ? "ligne" : "lignes"} sur ${f.count(p.planned)} ; rien n'a été écrit dans les autres lignes. ${rerun}`,
      byExcel: (p) =>
        `Excel a interrompu l'écriture (${p.error}) : le complément a écrit ${written(p.action)} dans ${f.count(p.done)} ${one(p.done) ? "ligne" : "lignes"} sur ${f.count(p.planned)} ; rien n'a été écrit dans les autres lignes. ${rerun}`,
      auditCancelled: (p) =>
        `annulé après l'écriture de ${f.count(p.done)} ${one(p.done) ? "ligne" : "lignes"} sur ${f.count(p.planned)}`,
      auditByExcel: (p) =>
        `interrompu par Excel après l'écriture de ${f.count(p.done)} ${one(p.done) ? "ligne" : "lignes"} sur ${f.count(p.planned)}`,
    },

    audit: {
      source: (p) => `${p.source} (${p.run})`,
      stoppedRun: (p) => `${p.action} ; ${p.note}`,
      shareCostsOf: (p) => `Répartir les frais, envoi ${p.shipment}`,
      editedSheetName: (p) => `${p.sheet} (modifiée)`,
    },

    check: {
      updatedInPlace: (p) =>
        `${rows(p.rows)} ${one(p.rows) ? "contrôlée" : "contrôlées"} (${p.source}). Colonnes ${p.first}–${p.last} mises à jour sur place.`,
      wroteColumns: (p) =>
        `${rows(p.rows)} ${one(p.rows) ? "contrôlée" : "contrôlées"} (${p.source}). Résultats écrits dans les colonnes ${p.letters.join(", ")} (${p.headers.join(", ")}).`,
      keptTyped: (p) =>
        one(p.cells)
          ? `${f.count(p.cells)} cellule que vous avez saisie dans les colonnes du complément a été laissée telle quelle : le complément n'y écrira pas tant qu'elle contiendra votre saisie.`
          : `${f.count(p.cells)} cellules que vous avez saisies dans les colonnes du complément ont été laissées telles quelles : le complément n'y écrira pas tant qu'elles contiendront votre saisie.`,
    },

    vat: {
      refreshed: (p) =>
        `${f.count(p.count)} taux de TVA ${one(p.count) ? "rempli auparavant par le complément a été recalculé" : "remplis auparavant par le complément ont été recalculés"} : le pays de destination ou la date de la ligne, ou la date de déclaration, a changé depuis.`,
      cleared: (p) =>
        `${f.count(p.count)} taux de TVA ${one(p.count) ? "rempli auparavant par le complément a été effacé" : "remplis auparavant par le complément ont été effacés"} : la ligne ne donne plus de taux (son explication indique pourquoi).`,
      nothingToFill:
        "Aucune cellule de taux de TVA vide à remplir : chaque ligne a un taux (ou aucun pays de destination dont tirer le taux).",
      nothingToFillOwnRight:
        "Aucune cellule de taux de TVA vide à remplir, et les taux remplis auparavant par le complément sont toujours les bons.",
      filled: (p) =>
        `${f.count(p.count)} ${one(p.count) ? "cellule vide" : "cellules vides"} de taux de TVA ${one(p.count) ? "remplie" : "remplies"} dans la colonne ${p.column} avec le taux normal du pays de destination à la date de la ligne (ou à la date de déclaration). Les taux que vous avez saisis n'ont pas été modifiés.`,
      addedColumn: (p) => `Colonne ${quote(p.header)} ajoutée (${p.column}).`,
      rowNotFilled: (p) => `Ligne ${p.row} : ${p.reason}`,
      rowFormula: (p) =>
        `Ligne ${p.row} : la cellule du taux de TVA contient une formule ; le complément n'y a pas touché.`,
      notFilled: (p) =>
        `Lignes non remplies : ${p.rows.join(" ")}${p.more > 0 ? ` Et ${others(p.more)}.` : ""}`,
    },

    share: {
      freightTotal: "Total du fret",
      lastMileTotal: "Total du dernier kilomètre",
      handlingTotal: "Total des frais de manutention",
      totals: "Totaux de l'envoi",
      notShared: (p) =>
        `Les frais n'ont pas été répartis : ${p.problems.join(" ; ")}${p.more > 0 ? ` ; et ${others(p.more)}` : ""}.`,
      cost: (p) => `${p.header} ${f.money(p.amount)}`,
      shared: (p) =>
        `Frais répartis selon le poids unitaire × la quantité (${p.rows}), en centimes dont la somme correspond aux totaux : ${p.costs.join(", ")}.`,
      sharedInShipment: (p) =>
        `Frais répartis selon le poids unitaire × la quantité (envoi ${p.shipment}, ${p.rows}), en centimes dont la somme correspond aux totaux : ${p.costs.join(", ")}.`,
      column: (p) => `${p.header} (${p.letter})`,
      wrote: (p) =>
        `Montants par unité écrits dans : ${p.columns.join(", ")}. Lancez ${quote("Contrôler l'envoi")} pour en voir l'effet.`,
    },

    print: {
      atFullSize: "A4 paysage à 100 %, ligne d'en-tête sur chaque page.",
      onePageWide: "A4 paysage, une page en largeur, ligne d'en-tête sur chaque page.",
      mixed: (p) =>
        `A4 paysage, ligne d'en-tête sur chaque page ; à 100 % : ${p.fullSize.join(", ")} ; une page en largeur : ${p.onePageWide.join(", ")}.`,
      a4: "A4",
      landscape: "paysage",
      fullSize: "100 %",
      pageWide: "une page en largeur",
      sizeMenu: "Mise en page > Taille",
      orientationMenu: "Mise en page > Orientation",
      scaleMenu: "Mise en page > Mise à l'échelle",
      notKept: (p) =>
        `Excel n'a pas conservé le paramètre d'impression ${quote(p.setting)} sur ${one(p.sheets.length) ? "la feuille" : "les feuilles"} ${p.sheets.join(", ")} : définissez-le dans ${p.menu} avant d'imprimer.`,
    },

    proForma: {
      created: (p) =>
        `${f.count(p.sheets.length)} ${one(p.sheets.length) ? "feuille pro forma créée" : "feuilles pro forma créées"} : ${p.sheets.join(", ")}. ${p.print}`,
      createdOrReplaced: (p) =>
        `${f.count(p.sheets.length)} ${one(p.sheets.length) ? "feuille pro forma créée ou remplacée" : "feuilles pro forma créées ou remplacées"} : ${p.sheets.join(", ")}. ${p.print}`,
      nameTaken: (p) =>
        one(p.wanted.length)
          ? `Une de vos feuilles portait déjà le nom ${quoted(p.wanted)} ; elle n'a pas été modifiée et la facture pro forma a été écrite dans ${quoted(p.used)}.`
          : `Certaines de vos feuilles portaient déjà les noms ${quoted(p.wanted)} ; elles n'ont pas été modifiées et les factures pro forma ont été écrites dans ${quoted(p.used)}.`,
      leftOut: (p) =>
        `Lignes écartées en raison d'erreurs (corrigez-les et relancez ${quote("Pro forma")}) : ${p.rows}.`,
    },

    vatStatement: {
      created: (p) =>
        `Relevé du report de perception de la TVA créé sur la feuille ${quote(p.sheet)} : ${f.count(p.lines)} ${one(p.lines) ? "ligne" : "lignes"} par envoi, régime de TVA, pays de destination et taux de TVA, avec les totaux par régime. ${p.print}`,
      replaced: (p) =>
        `Relevé du report de perception de la TVA remplacé sur la feuille ${quote(p.sheet)} : ${f.count(p.lines)} ${one(p.lines) ? "ligne" : "lignes"} par envoi, régime de TVA, pays de destination et taux de TVA, avec les totaux par régime. ${p.print}`,
      nameTaken: (p) =>
        `Une de vos feuilles portait déjà le nom ${quote(p.wanted)} ; elle n'a pas été modifiée et le relevé a été écrit dans ${quote(p.used)}.`,
      leftOut: (p) =>
        `Lignes écartées faute d'avoir pu calculer leur TVA à l'importation (corrigez-les et relancez ${quote("Relevé de TVA")}) : ${p.rows}.`,
    },

    result: {
      proFormaSheets: "Feuilles pro forma",
      goTo: (p) => `Aller à ${p.sheet}`,
      summary: "Synthèse",
      rowsByStatus: "Lignes par statut",
      tileCount: (p) => f.count(p.count),
      sheetNotes: "Lignes et colonnes",
      showWholeList: (p) => `Afficher les ${f.count(p.count)}`,
      noRowsFlagged: "Aucune ligne signalée",
      rowsToLookAt: (p) => `Lignes à examiner (${f.count(p.count)})`,
      skipFlagged: "Passer la liste des lignes signalées",
      chooseRow: "Choisissez une ligne pour la sélectionner dans la feuille.",
      filterLabel: "Afficher les lignes par statut",
      filterAll: (p) => `Toutes (${f.count(p.count)})`,
      filterStatus: (p) => `${statuses(p.status)} (${f.count(p.count)})`,
      section: (p) => `${statuses(p.status)} (${f.count(p.count)})`,
      shipment: (p) => `Envoi ${p.shipment}`,
      shipmentAtRisk: (p) => `Envoi ${p.shipment} (exposé à une retenue)`,
      noShipment: "Sans envoi",
      detention: (p) =>
        `Envoi ${p.shipment} : ${rows(p.count)} ${one(p.count) ? "risque d'être retenue" : "risquent d'être retenues"} avec l'envoi (${one(p.count) ? "ligne" : "lignes"} ${p.listed.join(", ")}${p.more > 0 ? ` et ${others(p.more)}` : ""}).`,
      detentionOnly: (p) =>
        one(p.count)
          ? `${f.count(p.count)} autre ligne n'est signalée que parce qu'une ligne de son envoi est à risque : voir son envoi sous Risque.`
          : `${f.count(p.count)} autres lignes ne sont signalées que parce qu'une ligne de leur envoi est à risque : voir leur envoi sous Risque.`,
      showing: (p) => `Affichage : ${f.count(p.shown)} sur ${f.count(p.total)}.`,
      showMore: (p) => `Afficher ${f.count(p.count)} de plus`,
      showAll: (p) => `Afficher les ${f.count(p.count)}`,
      restInSheet: "Filtrez la colonne Statut dans la feuille pour les voir toutes.",
      row: (p) => `Ligne ${p.row}`,
      checked: (p) => `${rows(p.rows)} ${one(p.rows) ? "contrôlée" : "contrôlées"} : ${p.counts.join(", ")}.`,
      statusCount: (p) => `${f.count(p.count)} ${counted(p.status)}`,
      done: (p) => `${p.action} : terminé ; le résultat figure ci-dessous.`,
      stopped: (p) => `${p.action} : ${p.note} ; voir le résultat ci-dessous.`,
      stoppedHeading: (p) => `Résultat : ${p.action} (${p.note})`,
      heading: (p) => `Résultat : ${p.action}`,
    },
  };
};
