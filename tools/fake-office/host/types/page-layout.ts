import { hostErrors } from "../../protocol/errors";
import { isJsonObject, type Json } from "../../protocol/json";
import { MAX_COLUMNS, MAX_ROWS, rect } from "../../model/address";
import {
  HEADER_FOOTER_PAGES,
  HEADER_FOOTER_PARTS,
  type HeaderFooterPage,
  type HeaderFooterPart,
} from "../../model/page-layout";
import type { SheetModel } from "../../model/sheet";
import { enumArg, rangeArg } from "../args";
import type { ChildSpec, HostCall, ScalarSpec, TypeSpec } from "../spec";

type Validator = (value: Json) => Json;

const oneOf =
  (allowed: readonly string[]): Validator =>
  (value) =>
    enumArg(value, allowed);

const booleanValue: Validator = (value) => {
  if (typeof value !== "boolean") throw hostErrors.invalidArgument();
  return value;
};

const points: Validator = (value) => {
  if (typeof value !== "number" || value < 0) throw hostErrors.invalidArgument();
  return value;
};

/** PageLayout.zoom must be set as a whole object: a scale (10-400 %) or fit-to-pages counts. */
const zoom: Validator = (value) => {
  if (!isJsonObject(value)) throw hostErrors.invalidArgument();
  const result: Record<string, Json> = {};
  for (const [key, n] of Object.entries(value)) {
    if (n === null || n === undefined) continue;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw hostErrors.invalidArgument();
    if (key === "scale" && (n < 10 || n > 400)) throw hostErrors.invalidArgument();
    if (key !== "scale" && key !== "horizontalFitToPages" && key !== "verticalFitToPages")
      throw hostErrors.invalidArgument();
    result[key] = n;
  }
  return result;
};

const PAPER_SIZES = [
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
  "Folio",
  "Quatro",
  "Paper10x14",
  "Paper11x17",
  "Note",
  "Envelope9",
  "Envelope10",
  "Envelope11",
  "Envelope12",
  "Envelope14",
  "Csheet",
  "Dsheet",
  "Esheet",
  "EnvelopeDL",
  "EnvelopeC5",
  "EnvelopeC3",
  "EnvelopeC4",
  "EnvelopeC6",
  "EnvelopeC65",
  "EnvelopeB4",
  "EnvelopeB5",
  "EnvelopeB6",
  "EnvelopeItaly",
  "EnvelopeMonarch",
  "EnvelopePersonal",
  "FanfoldUS",
  "FanfoldStdGerman",
  "FanfoldLegalGerman",
];

const VALIDATORS: Record<string, Validator> = {
  orientation: oneOf(["Portrait", "Landscape"]),
  paperSize: oneOf(PAPER_SIZES),
  zoom,
  centerHorizontally: booleanValue,
  centerVertically: booleanValue,
  printGridlines: booleanValue,
  printHeadings: booleanValue,
  blackAndWhite: booleanValue,
  draftMode: booleanValue,
  alignMarginsHeaderFooter: booleanValue,
  firstPageNumber: (value) => {
    if (value === "" || (typeof value === "number" && Number.isInteger(value) && value >= 0)) return value;
    throw hostErrors.invalidArgument();
  },
  printComments: oneOf(["NoComments", "EndSheet", "InPlace"]),
  printErrors: oneOf(["AsDisplayed", "Blank", "Dash", "NotAvailable"]),
  printOrder: oneOf(["DownThenOver", "OverThenDown"]),
  leftMargin: points,
  rightMargin: points,
  topMargin: points,
  bottomMargin: points,
  headerMargin: points,
  footerMargin: points,
};

const pageLayoutScalars: Record<string, ScalarSpec<SheetModel>> = Object.fromEntries(
  Object.entries(VALIDATORS).map(([name, validate]) => [
    name,
    {
      get: (sheet: SheetModel) => copyJson(sheet.pageLayout.values[name]!),
      set: (sheet: SheetModel, value: Json, call: HostCall) => {
        const valid = validate(value);
        // With the option, fit to pages is accepted but not applied: the zoom stays as it was (office-js #1860).
        if (name === "zoom" && call.fitToPagesIgnored && isFitToPages(valid)) return;
        sheet.pageLayout.values[name] = valid;
      },
    },
  ]),
);

const isFitToPages = (zoom: Json): boolean =>
  isJsonObject(zoom) &&
  (zoom["horizontalFitToPages"] !== undefined || zoom["verticalFitToPages"] !== undefined);

function copyJson(value: Json): Json {
  return typeof value === "object" && value !== null ? (JSON.parse(JSON.stringify(value)) as Json) : value;
}

const POINTS_PER_UNIT: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const MARGIN_NAMES: Record<string, string> = {
  top: "topMargin",
  bottom: "bottomMargin",
  left: "leftMargin",
  right: "rightMargin",
  header: "headerMargin",
  footer: "footerMargin",
};

function printTitles(axis: "rows" | "columns", orNull: boolean): ChildSpec<SheetModel> {
  return {
    type: "Range",
    get: (sheet) => {
      const titles = axis === "rows" ? sheet.pageLayout.printTitleRows : sheet.pageLayout.printTitleColumns;
      if (titles) return { sheet, rect: titles };
      if (orNull) return null;
      throw hostErrors.itemNotFound();
    },
  };
}

export const pageLayoutSpec: TypeSpec<SheetModel> = {
  name: "PageLayout",
  scalars: pageLayoutScalars,
  navigation: { headersFooters: { type: "HeaderFooterGroup", get: (sheet) => sheet } },
  methods: {
    // Print titles are whole rows (or columns) even when a smaller range is passed.
    setPrintTitleRows: {
      call: (sheet, args, call) => {
        const r = rangeArg(call, args[0], sheet, sheet).rect;
        sheet.pageLayout.printTitleRows = rect(r.row, 0, r.rowCount, MAX_COLUMNS);
      },
    },
    setPrintTitleColumns: {
      call: (sheet, args, call) => {
        const r = rangeArg(call, args[0], sheet, sheet).rect;
        sheet.pageLayout.printTitleColumns = rect(0, r.column, MAX_ROWS, r.columnCount);
      },
    },
    setPrintArea: {
      call: (sheet, args, call) => {
        const areas = typeof args[0] === "string" ? args[0].split(",") : [args[0]];
        sheet.pageLayout.printArea = areas.map(
          (area) => rangeArg(call, typeof area === "string" ? area.trim() : area, sheet, sheet).rect,
        );
      },
    },
    setPrintMargins: {
      call: (sheet, args) => {
        const factor = POINTS_PER_UNIT[enumArg(args[0], Object.keys(POINTS_PER_UNIT))]!;
        const options = args[1];
        if (!isJsonObject(options)) throw hostErrors.invalidArgument();
        for (const [key, value] of Object.entries(options)) {
          const name = MARGIN_NAMES[key];
          if (!name) throw hostErrors.invalidArgument();
          sheet.pageLayout.values[name] = (points(value) as number) * factor;
        }
      },
    },
  },
  objectMethods: {
    getPrintTitleRows: printTitles("rows", false),
    getPrintTitleRowsOrNullObject: printTitles("rows", true),
    getPrintTitleColumns: printTitles("columns", false),
    getPrintTitleColumnsOrNullObject: printTitles("columns", true),
  },
};

const HEADER_FOOTER_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"];

export const headerFooterGroupSpec: TypeSpec<SheetModel> = {
  name: "HeaderFooterGroup",
  scalars: {
    state: {
      get: (s) => s.pageLayout.headerFooter.state,
      set: (s, v) => (s.pageLayout.headerFooter.state = enumArg(v, HEADER_FOOTER_STATES)),
    },
    useSheetMargins: {
      get: (s) => s.pageLayout.headerFooter.useSheetMargins,
      set: (s, v) => (s.pageLayout.headerFooter.useSheetMargins = booleanValue(v) as boolean),
    },
    useSheetScale: {
      get: (s) => s.pageLayout.headerFooter.useSheetScale,
      set: (s, v) => (s.pageLayout.headerFooter.useSheetScale = booleanValue(v) as boolean),
    },
  },
  navigation: Object.fromEntries(
    HEADER_FOOTER_PAGES.map((page) => [
      page,
      { type: "HeaderFooter", get: (sheet: SheetModel) => ({ sheet, page }) },
    ]),
  ),
};

export interface HeaderFooterTarget {
  readonly sheet: SheetModel;
  readonly page: HeaderFooterPage;
}

function part(name: HeaderFooterPart): ScalarSpec<HeaderFooterTarget> {
  return {
    get: (t) => t.sheet.pageLayout.headerFooter.pages[t.page][name],
    set: (t, value) => {
      if (typeof value !== "string") throw hostErrors.invalidArgument();
      t.sheet.pageLayout.headerFooter.pages[t.page][name] = value;
    },
  };
}

export const headerFooterSpec: TypeSpec<HeaderFooterTarget> = {
  name: "HeaderFooter",
  scalars: Object.fromEntries(HEADER_FOOTER_PARTS.map((name) => [name, part(name)])),
};
