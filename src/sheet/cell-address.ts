/**
 * Excel's A1 column letters: the one helper for the checked sheet, the pro forma, the Audit sheet's records and
 * the task pane's messages.
 */

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA, 16,383 → XFD. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The 0-based column index of column letters ("A" → 0, "XFD" → 16,383), or undefined when they are none. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/.test(letters)) return undefined;
  let column = 0;
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column <= 16_384 ? column - 1 : undefined;
}

/**
 * Rows a worksheet holds (Excel's specifications and limits, "Total number of rows and columns on a worksheet:
 * 1,048,576 rows by 16,384 columns"): beyond, the command line goes on in another sheet with the header repeated.
 */
export const EXCEL_MAX_ROWS = 1_048_576;
