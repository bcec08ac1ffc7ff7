/** Excel's names for columns, and which columns of the input were read. */
import { type SheetLayout, columnHeader } from "../sheet";

/** "A", "B", …, "Z", "AA": Excel's name of a 1-based column number. */
export function columnLetter(column: number): string {
  let name = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** Which column of the input each field was read from, for the Summary sheet. */
export function columnsRead(layout: SheetLayout): string {
  return (Object.keys(layout.columns) as (keyof SheetLayout["columns"])[])
    .map((field) => {
      const index = layout.columns[field] as number;
      return `${columnHeader(layout, field)} (${columnLetter(index + 1)})`;
    })
    .join(", ");
}
