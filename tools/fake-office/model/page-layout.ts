import type { Rect } from "./address";
import type { Json } from "../protocol/json";

/** Print settings of a sheet as Excel.PageLayout exposes them; margins are in points. */
export interface PageLayoutModel {
  values: Record<string, Json>;
  printTitleRows?: Rect;
  printTitleColumns?: Rect;
  printArea?: Rect[];
  headerFooter: {
    state: string;
    useSheetMargins: boolean;
    useSheetScale: boolean;
    pages: Record<HeaderFooterPage, Record<HeaderFooterPart, string>>;
  };
}

export type HeaderFooterPage = "defaultForAllPages" | "firstPage" | "evenPages" | "oddPages";
export type HeaderFooterPart =
  "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

export const HEADER_FOOTER_PAGES: HeaderFooterPage[] = [
  "defaultForAllPages",
  "firstPage",
  "evenPages",
  "oddPages",
];
export const HEADER_FOOTER_PARTS: HeaderFooterPart[] = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

/** Excel's defaults for a new sheet ("Normal" margins: 0.7" sides, 0.75" top and bottom, 0.3" header/footer). */
function defaultPageLayoutValues(): Record<string, Json> {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    printHeadings: false,
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    printOrder: "DownThenOver",
    alignMarginsHeaderFooter: true,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
  };
}

export function newPageLayout(): PageLayoutModel {
  const blank = (): Record<HeaderFooterPart, string> => ({
    leftHeader: "",
    centerHeader: "",
    rightHeader: "",
    leftFooter: "",
    centerFooter: "",
    rightFooter: "",
  });
  return {
    values: defaultPageLayoutValues(),
    headerFooter: {
      state: "Default",
      useSheetMargins: true,
      useSheetScale: true,
      pages: { defaultForAllPages: blank(), firstPage: blank(), evenPages: blank(), oddPages: blank() },
    },
  };
}
