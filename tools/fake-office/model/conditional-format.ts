import { intersect, subtract, type Rect } from "./address";

export type ConditionalFormatTypeName =
  | "Custom"
  | "DataBar"
  | "ColorScale"
  | "IconSet"
  | "TopBottom"
  | "PresetCriteria"
  | "ContainsText"
  | "CellValue";

/** The formatting a conditional format applies; unset keys read as null through the API. */
export interface ConditionalStyle {
  fillColor?: string;
  fontColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontStrikethrough?: boolean;
  fontUnderline?: string;
  numberFormat?: string;
}

export interface CellValueRule {
  formula1: string;
  formula2?: string;
  operator: string;
}

export interface TextRule {
  operator: string;
  text: string;
}

export interface ConditionalFormatModel {
  readonly id: string;
  readonly type: ConditionalFormatTypeName;
  /** Where it applies; clearing part of it leaves several areas, as in Excel. */
  areas: Rect[];
  stopIfTrue: boolean;
  cellValueRule?: CellValueRule;
  textRule?: TextRule;
  customFormula?: string;
  readonly style: ConditionalStyle;
  deleted: boolean;
}

export function appliesTo(format: ConditionalFormatModel, r: Rect): boolean {
  return format.areas.some((area) => intersect(area, r) !== undefined);
}

/** Removes r from every area; returns the formats left with nothing to apply to. */
export function clearArea(formats: ConditionalFormatModel[], r: Rect): ConditionalFormatModel[] {
  const emptied: ConditionalFormatModel[] = [];
  for (const format of formats) {
    if (!appliesTo(format, r)) continue;
    format.areas = format.areas.flatMap((area) => subtract(area, r));
    if (format.areas.length === 0) emptied.push(format);
  }
  return emptied;
}

/** Cell-value operators and the number of formulas each needs. */
export const CELL_VALUE_OPERATORS: Record<string, 1 | 2> = {
  Between: 2,
  NotBetween: 2,
  EqualTo: 1,
  NotEqualTo: 1,
  GreaterThan: 1,
  LessThan: 1,
  GreaterThanOrEqual: 1,
  LessThanOrEqual: 1,
};

export const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
