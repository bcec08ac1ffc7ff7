import { type MergedArea, mergedAreasIn } from "../../sheet";
import { type ColumnFormat } from "./cells";

/** Columns a sheet can have (XFD): a <col> range beyond it is cut there. */
const MAX_COLUMNS = 16_384;

/**
 * What exceljs's streaming reader leaves out of a sheet's XML: hidden rows (<row hidden="1">), column widths and
 * hidden columns (<col>), the merged cells (<mergeCell ref="A5:A7"/>, after the rows) and whether the XML came to
 * its end (a reader given damaged data can stop early without a word). Fed the XML as the reader takes it; looks
 * only at tags that hold "hidden", at <col> tags before the rows, at "sheetData" and at "mergeCell" after the
 * rows, so a sheet without hidden rows costs a few string searches per chunk.
 */
export class SheetFormatScanner {
  readonly hiddenRows = new Set<number>();
  readonly columns: (ColumnFormat | undefined)[] = [];
  readonly mergedAreas: MergedArea[] = [];
  /** True once </sheetData> (or an empty <sheetData/>) has gone by. */
  complete = false;
  private inRows = false;
  /** The text after the last complete tag of the chunk before: a tag may be split between chunks. */
  private carry = "";

  push(chunk: Buffer | string): void {
    // Tags and attributes are ASCII: latin1 keeps every byte one character, whatever the text around them.
    const text = this.carry + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
    const end = text.lastIndexOf(">") + 1;
    this.carry = text.slice(end);
    let rowsFrom = -1;
    for (let at = text.indexOf("sheetData"); at !== -1 && at < end; at = text.indexOf("sheetData", at + 9)) {
      const tag = this.tagAround(text, at);
      if (tag === undefined) continue;
      if (tag.startsWith("</") || tag.endsWith("/>")) this.complete = true;
      if (rowsFrom === -1 && !tag.startsWith("</")) rowsFrom = at;
    }
    if (!this.inRows) {
      // <cols> comes before the rows, possibly over several chunks: its complete tags in this one.
      this.readColumns(text.slice(0, rowsFrom === -1 ? end : rowsFrom));
      if (rowsFrom === -1) return;
      this.inRows = true;
    }
    // <mergeCells> follows </sheetData>; a cell's text cannot hold "<mergeCell" (its "<" is written &lt;).
    if (this.complete) this.readMerges(text.slice(0, end));
    for (let at = text.indexOf("hidden"); at !== -1 && at < end; at = text.indexOf("hidden", at + 6)) {
      const tag = this.tagAround(text, at);
      if (tag === undefined || !/^<(?:\w+:)?row\s/.test(tag) || !isHidden(tag)) continue;
      const row = /\sr\s*=\s*["'](\d+)["']/.exec(tag)?.[1];
      if (row !== undefined) this.hiddenRows.add(Number(row) - 1);
    }
  }

  /** The tag that `at` is inside, or undefined when it is in text between tags. */
  private tagAround(text: string, at: number): string | undefined {
    const start = text.lastIndexOf("<", at);
    const close = text.indexOf(">", start);
    if (start === -1 || close < at) return undefined;
    return text.slice(start, close + 1);
  }

  /** The <mergeCell ref="A5:A7"/> tags in a piece of the sheet after its rows. */
  private readMerges(tail: string): void {
    for (const [tag] of tail.matchAll(/<(?:\w+:)?mergeCell\s[^>]*>/g)) {
      const ref = /\sref\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
      if (ref !== undefined) this.mergedAreas.push(...mergedAreasIn(ref));
    }
  }

  /** The <col min max width hidden> tags in a piece of the sheet before its rows. */
  private readColumns(head: string): void {
    for (const [tag] of head.matchAll(/<(?:\w+:)?col\s[^>]*>/g)) {
      const number = (name: string) => {
        const value = new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
        return value === undefined ? undefined : Number(value);
      };
      const min = number("min");
      const max = Math.min(number("max") ?? min ?? 0, MAX_COLUMNS);
      if (min === undefined || !Number.isInteger(min) || min < 1) continue;
      const width = number("width");
      const format: ColumnFormat = {
        width: width !== undefined && Number.isFinite(width) && width >= 0 ? width : undefined,
        hidden: isHidden(tag),
      };
      for (let column = min; column <= max; column++) this.columns[column - 1] = format;
    }
  }
}

const isHidden = (tag: string) => /\shidden\s*=\s*["'](?:1|true)["']/.test(tag);
