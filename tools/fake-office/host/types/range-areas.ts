import { HostError, HostErrorCodes } from "../../protocol/errors";
import { cellCount, formatAddress, intersect, type Rect } from "../../model/address";
import type { SheetModel } from "../../model/sheet";
import type { RangeTarget } from "../args";
import type { ChildSpec, TypeSpec } from "../spec";

/** Rectangles of one sheet (Excel.RangeAreas). */
export interface RangeAreasTarget {
  readonly sheet: SheetModel;
  readonly rects: readonly Rect[];
}

/** "Beyond 512 merged areas this method will fail to return the result" (Range.getMergedAreasOrNullObject). */
export const MERGED_AREAS_LIMIT = 512;

/**
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the sheet's merged areas whose top-left cell is in the range
 * (only those, as Excel answers: office-js issue #3611), cut to the range (#1590: T4:U5 asked of row 4 answers T4),
 * or null when there are none. Over the documented limit
 * the read fails; the documentation names no error, and GeneralException is Excel's error for what it cannot do.
 */
export const mergedAreasOf: ChildSpec<RangeTarget> = {
  type: "RangeAreas",
  get: (target) => {
    const { row, column, rowCount, columnCount } = target.rect;
    const rects = target.sheet.mergedAreas
      .filter(
        (area) =>
          area.row >= row &&
          area.row < row + rowCount &&
          area.column >= column &&
          area.column < column + columnCount,
      )
      .map((area) => intersect(area, target.rect) as Rect);
    if (rects.length > MERGED_AREAS_LIMIT)
      throw new HostError(
        HostErrorCodes.generalException,
        `There are more than ${MERGED_AREAS_LIMIT} merged areas in the range.`,
      );
    return rects.length === 0 ? null : { sheet: target.sheet, rects };
  },
};

export const rangeAreasSpec: TypeSpec<RangeAreasTarget> = {
  name: "RangeAreas",
  keepsReference: true,
  isAlive: (target) => !target.sheet.deleted,
  scalars: {
    // "Sheet1!A1:B4, Sheet1!D1:D4", as the documentation of RangeAreas.address writes it.
    address: { get: (t) => t.rects.map((r) => formatAddress(t.sheet.name, r)).join(", ") },
    areaCount: { get: (t) => t.rects.length },
    cellCount: { get: (t) => t.rects.reduce((total, r) => total + cellCount(r), 0) },
  },
};
