/**
 * Follows the Office theme (light or dark) with the Fluent 2 tokens of taskpane.css. Without an Office theme (Excel on
 * the web gives none on some platforms) the page falls back to the system's prefers-color-scheme.
 */

/** True for a dark background colour (#RRGGBB), by its relative luminance. */
export function isDarkColour(colour: string | undefined): boolean | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour?.trim() ?? "");
  if (match === null) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance < 0.4;
}

/** "dark", "light", or undefined when Office says nothing (then CSS follows prefers-color-scheme). */
export function themeOf(theme: Partial<Office.OfficeTheme> | undefined): "dark" | "light" | undefined {
  if (theme === undefined || theme === null) return undefined;
  const dark =
    typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : isDarkColour(theme.bodyBackgroundColor);
  return dark === undefined ? undefined : dark ? "dark" : "light";
}

export function applyTheme(doc: Document, theme: Partial<Office.OfficeTheme> | undefined): void {
  const name = themeOf(theme);
  if (name === undefined) delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = name;
}

/**
 * Applies the Office theme as it is now. Excel raises no OfficeThemeChanged event (only Outlook documents one, and
 * Excel's host script supports only the selection-changed document event), so the pane reads the theme at start and
 * again whenever it is shown (excel-events.ts).
 */
export function applyOfficeTheme(doc: Document): void {
  let theme: Partial<Office.OfficeTheme> | undefined;
  try {
    theme = Office.context.officeTheme ?? undefined;
  } catch {
    theme = undefined;
  }
  applyTheme(doc, theme);
}
