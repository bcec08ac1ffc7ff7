/**
 * A compact fingerprint of what a column holds, to tell "written by the add-in" from "written by the user" without
 * keeping a copy of the cells. It is a multiset hash: the count of non-empty cells and two 32-bit sums of per-cell
 * hashes, so it does not depend on row order (sorting the sheet keeps it) but any cell typed over changes it.
 * Empty cells do not count: writing into an empty cell is always allowed. Pure.
 */

/**
 * A formula without a result only comes from files (cell-values.ts); the pane compares it by its formula. A number
 * read with its format (FormattedNumber) is compared by its number, as Excel keeps it; a merged cell (MergedCell) by
 * what it holds itself.
 */
export type FingerprintCell =
  | number
  | string
  | boolean
  | null
  | undefined
  | Date
  | { readonly formula: string }
  | { readonly number: number }
  | { readonly merged: string; readonly stored: FingerprintCell };

/** How a cell is compared: its type and its value as Excel keeps it (numbers to 15 significant digits). */
export function cellKey(cell: FingerprintCell): string | undefined {
  if (cell === null || cell === undefined || cell === "") return undefined;
  if (typeof cell === "object" && "number" in cell) return cellKey(cell.number);
  if (typeof cell === "object" && "merged" in cell) return cellKey(cell.stored);
  if (typeof cell === "number")
    return `n:${Number.isFinite(cell) ? Number(cell.toPrecision(15)) : String(cell)}`;
  if (typeof cell === "boolean") return `b:${cell}`;
  if (cell instanceof Date) return `d:${cell.getTime()}`;
  if (typeof cell === "object") return `f:${cell.formula}`;
  return `s:${cell}`;
}

/** FNV-1a, 32 bits, from a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Running multiset hash; add cells in any order. */
export class FingerprintBuilder {
  private count = 0;
  private first = 0;
  private second = 0;

  add(cell: FingerprintCell): this {
    const key = cellKey(cell);
    if (key === undefined) return this;
    this.count += 1;
    this.first = (this.first + fnv1a(key, 0x811c9dc5)) >>> 0;
    this.second = (this.second + fnv1a(key, 0x050c5d1f)) >>> 0;
    return this;
  }

  /** "count.hash.hash" in base 36: a few characters per column. */
  toString(): string {
    return `${this.count}.${this.first.toString(36)}.${this.second.toString(36)}`;
  }
}

export function fingerprint(cells: Iterable<FingerprintCell>): string {
  const builder = new FingerprintBuilder();
  for (const cell of cells) builder.add(cell);
  return builder.toString();
}

/** A hash of cells in their order (fingerprint's is of the multiset): where in a column something changed. */
export function orderedHash(cells: Iterable<FingerprintCell>): string {
  let hash = 0x811c9dc5;
  for (const cell of cells) hash = fnv1a(`${cellKey(cell) ?? ""}\u0000`, hash);
  return hash.toString(36);
}
