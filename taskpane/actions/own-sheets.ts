/**
 * The sheets the add-in writes whole (the pro forma sheets, the VAT deferral statement): where each goes, how it is
 * printed, and the user's edits on it. Its own sheet of an earlier run (tracked by worksheet id) is replaced; a sheet
 * of the user's with the same name is never touched (the new sheet gets "Name (2)"); one it wrote that the user
 * edited since (the fingerprint recorded when it was written no longer matches) is replaced only after asking, or
 * kept under a new name and left alone from then on. The plans are pure; readOwnSheets and queuePrintSetup are the
 * Office.js.
 */
import {
  type CellValue,
  PRO_FORMA_PAGE,
  PRO_FORMA_PRINTABLE_POINTS,
  type PrintFit,
  cellText,
  columnWidthPoints,
  isEmptyCell,
  uniqueSheetName,
} from "../../src/sheet";
import { type AnyLanguage } from "../../src/engine";
import { type ExcelBatch, readCellBlock } from "../excel-adapter";
import { fingerprint } from "../fingerprint";
import { cellAddress } from "../geometry";
import { type PaneWords, paneWordsOf } from "../lang";
import { type ProgressPhase, paneWords } from "../pane-language";
import { type Question, type QuestionTopic } from "./action-result";

type Cells = readonly (readonly CellValue[])[];

/** A sheet the add-in writes whole, and the worksheet it goes to. */
export interface OwnSheetTarget {
  /** The worksheet's name: the add-in's own sheet to replace, or a new sheet's. */
  readonly name: string;
  /** True when it replaces the add-in's own sheet of an earlier run. */
  readonly replaced: boolean;
  /** The worksheet id of the add-in's sheet it replaces (or the user keeps). */
  readonly trackedId?: string;
  /** The add-in's sheet of an earlier run that the user edited and keeps: renamed to this, never touched again. */
  readonly keptAs?: { readonly sheet: string; readonly name: string };
}

/**
 * Where a sheet the add-in wants to call `wanted` goes: its own sheet of an earlier run (`trackedId`, found by id
 * even when renamed), or a new sheet under a name no other sheet has (`taken`, lower case, gets the new name).
 */
export function placeOwnSheet(
  wanted: string,
  trackedId: string | undefined,
  sheetNames: readonly { readonly id: string; readonly name: string }[],
  taken: Set<string>,
  language: AnyLanguage = "en",
): OwnSheetTarget {
  const tracked = trackedId === undefined ? undefined : sheetNames.find((item) => item.id === trackedId);
  return tracked !== undefined
    ? { name: tracked.name, replaced: true, trackedId: tracked.id }
    : { name: uniqueSheetName(wanted, taken, language), replaced: false };
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

/** How a sheet the add-in writes is printed. */
export interface SheetPrint {
  /** Each column's width in points, from A: the facts' width as Excel draws it (no autofit: see queuePrintSetup). */
  readonly columnWidths: readonly number[];
  /** At 100 % when the columns fit A4 landscape, else one page wide. */
  readonly fit: PrintFit;
}

/** Column widths in Excel's characters as printed: at 100 % when they fit A4 landscape's printable width. */
export function sheetPrint(widths: readonly number[]): SheetPrint {
  const columnWidths = widths.map((width) => columnWidthPoints(width));
  const points = columnWidths.reduce((sum, width) => sum + width, 0);
  return { columnWidths, fit: points <= PRO_FORMA_PRINTABLE_POINTS ? "100 %" : "one page wide" };
}

/** "A4 landscape at 100 %, header row on every page.", naming the sheets when some print one page wide. */
export function printWords(
  targets: readonly { readonly name: string; readonly print: SheetPrint }[],
): string {
  const words = paneWords().print;
  const at = (fit: PrintFit) =>
    targets.filter((target) => target.print.fit === fit).map((target) => target.name);
  const fullSize = at("100 %");
  const onePageWide = at("one page wide");
  if (onePageWide.length === 0) return words.atFullSize;
  if (fullSize.length === 0) return words.onePageWide;
  return words.mixed({ fullSize, onePageWide });
}

/**
 * A sheet's print settings as Excel reports them once set: PageLayout's orientation, paperSize and zoom (typed here,
 * not as Excel.PageLayoutZoomOptions, so that the pure plans read no Office.js member).
 */
export interface PageLayoutReading {
  readonly orientation: string;
  readonly paperSize: string;
  readonly zoom: {
    readonly scale?: number | null;
    readonly horizontalFitToPages?: number | null;
    readonly verticalFitToPages?: number | null;
  };
}

type PrintWords = PaneWords["print"];

/** Each print setting the pane makes, whether a reading shows it kept, and where the user sets it by hand. */
const PRINT_SETTINGS: readonly {
  readonly words: (print: SheetPrint, words: PrintWords) => string;
  readonly kept: (reading: PageLayoutReading, print: SheetPrint) => boolean;
  readonly menu: (words: PrintWords) => string;
}[] = [
  {
    words: (_print, words) => words.a4,
    kept: (reading) => reading.paperSize === "A4",
    menu: (words) => words.sizeMenu,
  },
  {
    words: (_print, words) => words.landscape,
    kept: (reading) => reading.orientation === "Landscape",
    menu: (words) => words.orientationMenu,
  },
  {
    words: (print, words) => (print.fit === "100 %" ? words.fullSize : words.pageWide),
    kept: ({ zoom }, print) =>
      print.fit === "100 %"
        ? zoom.scale === 100 && (zoom.horizontalFitToPages ?? 0) === 0
        : zoom.horizontalFitToPages === 1,
    menu: (words) => words.scaleMenu,
  },
];

/**
 * The print settings Excel did not keep, read back after they were set: some Excel versions leave fit to pages
 * unset (office-js #1860, when the Page Layout tab is not open). One sentence per setting, naming its sheets.
 */
export function unkeptPrintMessages(
  targets: readonly { readonly name: string; readonly print: SheetPrint }[],
  readings: readonly PageLayoutReading[],
): string[] {
  const words = paneWords().print;
  const unkept = new Map<string, { menu: string; sheets: string[] }>();
  targets.forEach((target, index) => {
    const reading = readings[index];
    for (const setting of PRINT_SETTINGS) {
      if (reading === undefined || setting.kept(reading, target.print)) continue;
      const said = setting.words(target.print, words);
      const entry = unkept.get(said) ?? { menu: setting.menu(words), sheets: [] };
      entry.sheets.push(target.name);
      unkept.set(said, entry);
    }
  });
  return [...unkept].map(([setting, { menu, sheets }]) => words.notKept({ setting, sheets, menu }));
}

/**
 * Column widths as planned, A4 landscape with narrow margins at 100 % or one page wide, the header row printed on
 * every page and frozen; the page layout is loaded to check it stuck. No autofit of columns: Excel's measures whole
 * columns (office-js #5999, #1017), so the title and notes above and below the table would widen column A and the
 * sheet would print at half size.
 */
export function queuePrintSetup(
  worksheet: Excel.Worksheet,
  print: SheetPrint,
  headerRowIndex: number,
): Excel.PageLayout {
  print.columnWidths.forEach((points, column) => {
    worksheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = points;
  });
  const layout = worksheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation = Excel.PageOrientation.landscape;
  layout.setPrintMargins(Excel.PrintMarginUnit.inches, { ...PRO_FORMA_PAGE.marginsInches });
  layout.zoom = print.fit === "100 %" ? { scale: 100 } : { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${headerRowIndex + 1}:$${headerRowIndex + 1}`);
  worksheet.freezePanes.freezeRows(headerRowIndex + 1);
  return layout.load("zoom, orientation, paperSize");
}

// ---------------------------------------------------------------------------------------------------------------
// The user's edits

/** A sheet of the add-in's that the user edited since it was written, and the cells that say so. */
export interface EditedSheet<Target extends OwnSheetTarget = OwnSheetTarget> {
  readonly target: Target;
  /** A few cells that hold something else than the new sheet has there ("A45", their text). */
  readonly cells: readonly { readonly address: string; readonly text: string }[];
}

/**
 * The add-in's sheets about to be replaced that were edited since it wrote them: what they hold now (`current`, by
 * sheet name: every used cell from A1) no longer has the fingerprint recorded when they were written (`recorded`, of
 * a target). A sheet without a record (written by an earlier version) is not known to be edited. `next[i]` is what
 * targets[i] is about to hold.
 */
export function editedSheets<Target extends OwnSheetTarget>(
  targets: readonly Target[],
  next: readonly Cells[],
  recorded: (target: Target) => string | undefined,
  current: ReadonlyMap<string, Cells>,
): EditedSheet<Target>[] {
  return targets.flatMap((target, index) => {
    const written = recorded(target);
    const cells = current.get(target.name);
    if (!target.replaced || written === undefined || cells === undefined) return [];
    if (fingerprint(cells.flat()) === written) return [];
    const planned = next[index] ?? [];
    const differing: { address: string; text: string }[] = [];
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (differing.length < 3 && !isEmptyCell(cell) && cellText(cell) !== cellText(planned[r]?.[c] ?? ""))
          differing.push({ address: cellAddress(r, c), text: cellText(cell).slice(0, 40) });
      }),
    );
    return [{ target, cells: differing }];
  });
}

/**
 * The names the user's edited sheets are kept under: "Pro forma LGG-1 (edited)", never a name already taken. A
 * sheet name is the workbook's: in the words of its language (English unless told).
 */
export function keptNames(
  edited: readonly EditedSheet[],
  sheetNames: readonly string[],
  language: AnyLanguage = "en",
): string[] {
  const taken = new Set(sheetNames.map((name) => name.toLowerCase()));
  const words = paneWordsOf(language).audit;
  return edited.map(({ target }) =>
    uniqueSheetName(words.editedSheetName({ sheet: target.name }), taken, language),
  );
}

/** The sheets a question about edited sheets is about: the pro forma sheets or the VAT deferral statement. */
export type EditedSheetKind = "proForma" | "vatStatement";

const QUESTION_TOPICS: Readonly<Record<EditedSheetKind, QuestionTopic>> = {
  proForma: "changedProForma",
  vatStatement: "changedVatStatement",
};

/** The question before replacing sheets the user edited, naming them and what they hold. */
export function editedSheetQuestion(
  kind: EditedSheetKind,
  edited: readonly EditedSheet[],
  kept: readonly string[],
): Question {
  const words = paneWords().questions;
  const sheets = edited.map(({ target, cells }) =>
    words.editedSheet({ sheet: target.name, cells: cells.map((cell) => words.editedCell(cell)) }),
  );
  const count = { sheets: edited.length };
  return {
    topic: QUESTION_TOPICS[kind],
    text: words.editedSheets({ kind, sheets, kept }),
    choices: [
      { answer: "keep", label: words.keepSheets(count) },
      { answer: "overwrite", label: words.replaceSheets(count) },
    ],
  };
}

/**
 * The targets with the user's edited sheets kept under their new names (`kept`) and new sheets for what the add-in
 * writes, under the names it wants (`wanted`); `moved` gives a sheet's new name for the plan's other parts.
 */
export function keepingEditedTargets<Target extends OwnSheetTarget>(
  targets: readonly Target[],
  edited: readonly EditedSheet<Target>[],
  kept: readonly string[],
  sheetNames: readonly string[],
  wanted: (target: Target) => string,
): { readonly targets: Target[]; readonly moved: (sheet: string) => string; readonly message: string } {
  const renamed = new Map(edited.map(({ target }, index) => [target.name, kept[index]]));
  const taken = new Set([...sheetNames, ...kept].map((name) => name.toLowerCase()));
  for (const name of renamed.keys()) taken.delete(name.toLowerCase());
  const names = new Map<string, string>();
  const moved = targets.map((target): Target => {
    const keptAs = renamed.get(target.name);
    if (keptAs === undefined) return target;
    const name = uniqueSheetName(wanted(target), taken);
    names.set(target.name, name);
    return { ...target, name, replaced: false, keptAs: { sheet: target.name, name: keptAs } };
  });
  return {
    targets: moved,
    moved: (sheet) => names.get(sheet) ?? sheet,
    message: paneWords().questions.keptEdited({ kept }),
  };
}

/**
 * What the add-in's sheets about to be replaced hold now, every used cell from A1 (read in chunks): those with a
 * fingerprint recorded (`recorded`), the others cannot be told edited. `next[i]` is what targets[i] is about to
 * hold (its first rows size the read's chunks).
 */
export async function readOwnSheets<Target extends OwnSheetTarget>(
  batch: ExcelBatch,
  targets: readonly Target[],
  next: readonly Cells[],
  recorded: (target: Target) => string | undefined,
  phase: ProgressPhase,
): Promise<Map<string, CellValue[][]>> {
  const read = targets.flatMap((target, index) =>
    target.replaced && recorded(target) !== undefined ? [{ target, index }] : [],
  );
  const used = read.map(({ target }) =>
    batch
      .worksheet(target.name)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  if (read.length === 0) return new Map();
  await batch.sync();
  const current = new Map<string, CellValue[][]>();
  for (const [position, { target, index }] of read.entries()) {
    const range = used[position];
    if (range.isNullObject) {
      current.set(target.name, []);
      continue;
    }
    const cells = await readCellBlock(
      batch,
      target.name,
      { first: 0, last: range.rowIndex + range.rowCount - 1 },
      { left: 0, right: range.columnIndex + range.columnCount - 1 },
      [],
      // Each cell is read with its number format ("General" in most).
      (next[index] ?? []).slice(0, 50).map((row) => [...row, ...row.map(() => "General")]),
      phase,
    );
    current.set(target.name, cells.values);
  }
  return current;
}
