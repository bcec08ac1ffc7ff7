/** The sheet's words in each language (see en.ts). */
import { catalogues } from "../../engine";
import { de } from "./de";
import { en, type SheetWords } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";
import { zh } from "./zh";

export type { SheetWords };
export const SHEET_CATALOGUES = { en, fr, nl, de, zh } as const;
export const sheetWordsOf = catalogues<SheetWords>(SHEET_CATALOGUES);
