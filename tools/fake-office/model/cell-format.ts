import { hostErrors } from "../protocol/errors";

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface BorderStyle {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

/** Cell formatting an add-in can set through Range.format; absent keys inherit (row, column, default). */
export interface CellFormat {
  fillColor?: string;
  fontBold?: boolean;
  fontItalic?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  fontUnderline?: string;
  fontStrikethrough?: boolean;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  numberFormat?: string;
  borderEdgeTop?: BorderStyle;
  borderEdgeBottom?: BorderStyle;
  borderEdgeLeft?: BorderStyle;
  borderEdgeRight?: BorderStyle;
}

export type FormatKey = keyof CellFormat;

/** A change to formats: a value sets the key, undefined removes it (back to inherited). */
export type FormatPatch = { [K in FormatKey]?: CellFormat[K] | undefined };

/** What Excel reports for a cell nobody formatted (no fill reads as white, as in Excel). */
export const DEFAULT_FORMAT: Required<Omit<CellFormat, `border${BorderSide}`>> = {
  fillColor: "#FFFFFF",
  fontBold: false,
  fontItalic: false,
  fontColor: "#000000",
  fontName: "Calibri",
  fontSize: 11,
  fontUnderline: "None",
  fontStrikethrough: false,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  numberFormat: "General",
};

export const DEFAULT_BORDER: BorderStyle = { style: "None", color: "#000000", weight: "Thin" };

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  silver: "#C0C0C0",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  pink: "#FFC0CB",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  darkred: "#8B0000",
  darkgreen: "#006400",
  gold: "#FFD700",
};

/** Excel accepts "#RRGGBB" or an HTML colour name and reports "#RRGGBB" in upper case. */
export function normalizeColor(input: unknown): string {
  if (typeof input !== "string") throw hostErrors.invalidArgument();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(input.trim());
  if (hex) return `#${hex[1]!.toUpperCase()}`;
  const named = NAMED_COLORS[input.trim().toLowerCase()];
  if (named) return named;
  throw hostErrors.invalidArgument();
}

export function applyPatch(format: CellFormat, patch: FormatPatch): void {
  const target = format as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete target[key];
    else target[key] = value;
  }
}

export function isEmptyFormat(format: CellFormat | undefined): boolean {
  return format === undefined || Object.keys(format).length === 0;
}
