/** The pane's words in each language (see en.ts). */
import { catalogues } from "../../src/engine";
import { de } from "./de";
import { en, type PaneWords } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";
import { zh } from "./zh";

export type { PaneWords };
export const PANE_CATALOGUES = { en, fr, nl, de, zh } as const;
export const paneWordsOf = catalogues<PaneWords>(PANE_CATALOGUES);
