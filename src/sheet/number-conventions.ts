import { type DecimalMark, dateOrderShown, decimalMarkShown } from "../engine";
import { type CellValue } from "./cell-values";
import { type Field, INPUT_COLUMNS } from "./columns";
import { type SheetLayout } from "./header-mapping";

/**
 * Which decimal mark a sheet's numbers written as text use. "1.299" is 1299 in a list that writes "19,99" and
 * 1.299 in one that writes "19.99"; with no evidence either way it is refused, never guessed. The evidence is the
 * text that reads one way only ("19,99", "1.299,00", "19.99"), counted per column: a column's own evidence
 * decides; a column without any takes the evidence of the sheet's other number columns; a CSV file without any
 * takes its separator (a semicolon is what Excel writes where the decimal mark is a comma, a comma where it is a
 * point). Columns whose texts disagree decide nothing.
 */
export interface NumberEvidence {
  /** Per column index: texts that prove a decimal comma, and texts that prove a decimal point. */
  readonly comma: readonly number[];
  readonly point: readonly number[];
  /**
   * Per column index: the first text that reads as a date month first only ("12/25/2026", as US exports write
   * dates). A day-first reading of that column's other dates is then in doubt (monthFirstDates).
   */
  readonly monthFirst: readonly (string | undefined)[];
  /** A CSV file's separator, the last resort. */
  readonly separator?: "," | ";" | "\t";
}

/** Counts the evidence a row at a time, so that a file need not be kept to find its convention. */
export class NumberEvidenceTally {
  private readonly comma: number[] = [];
  private readonly point: number[] = [];
  private readonly monthFirst: (string | undefined)[] = [];

  /** A cell's text as written: for a CSV file the field before it is read as a number. */
  addText(column: number, text: string): void {
    if (this.monthFirst[column] === undefined && dateOrderShown(text) === "month first")
      this.monthFirst[column] = text.trim();
    const mark = decimalMarkShown(text);
    if (mark === undefined) return;
    const counts = mark === "," ? this.comma : this.point;
    counts[column] = (counts[column] ?? 0) + 1;
  }

  /**
   * A row of cells as Excel hands them over: only text cells say how numbers and dates were typed. `columns` limits
   * it to the columns whose evidence is read (evidenceColumns), once the layout is known.
   */
  addRow(cells: readonly CellValue[], columns?: readonly number[]): void {
    if (columns !== undefined) {
      for (const column of columns) {
        const cell = cells[column];
        if (typeof cell === "string") this.addText(column, cell);
      }
      return;
    }
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (typeof cell === "string") this.addText(column, cell);
    }
  }

  evidence(separator?: NumberEvidence["separator"]): NumberEvidence {
    return { comma: [...this.comma], point: [...this.point], monthFirst: [...this.monthFirst], separator };
  }
}

/** The evidence of the rows below a header. */
export function numberEvidenceOf(
  values: readonly (readonly CellValue[])[],
  headerRowIndex: number,
): NumberEvidence {
  const tally = new NumberEvidenceTally();
  for (let index = headerRowIndex + 1; index < values.length; index++) tally.addRow(values[index] ?? []);
  return tally.evidence();
}

/** Fields read as numbers. */
const NUMBER_FIELDS: readonly Field[] = INPUT_COLUMNS.filter((column) =>
  (["amount", "rate", "duty", "quantity", "weight"] as string[]).includes(column.kind),
).map((column) => column.field);

function decided(comma: number, point: number): DecimalMark | "none" | "mixed" {
  if (comma > 0 && point > 0) return "mixed";
  if (comma > 0) return ",";
  if (point > 0) return ".";
  return "none";
}

/** Fields read as dates. */
const DATE_FIELDS: readonly Field[] = INPUT_COLUMNS.filter((column) => column.kind === "date").map(
  (column) => column.field,
);

const columnsOf = (fields: readonly Field[], columns: Readonly<Partial<Record<Field, number>>>): number[] =>
  fields.map((field) => columns[field]).filter((index): index is number => index !== undefined);

/** The columns of a layout's number fields: the only ones whose evidence decimalMarks reads. */
const numberColumns = (columns: Readonly<Partial<Record<Field, number>>>) =>
  columnsOf(NUMBER_FIELDS, columns);

/** The columns of a layout's number and date fields: the only ones whose evidence withConventions reads. */
export function evidenceColumns(columns: Readonly<Partial<Record<Field, number>>>): number[] {
  return columnsOf([...NUMBER_FIELDS, ...DATE_FIELDS], columns);
}

/** The decimal mark of each number field's column, where the evidence decides one. */
export function decimalMarks(
  columns: Readonly<Partial<Record<Field, number>>>,
  evidence: NumberEvidence,
): Partial<Record<Field, DecimalMark>> {
  const indexes = numberColumns(columns);
  const total = (counts: readonly number[]) => indexes.reduce((sum, index) => sum + (counts[index] ?? 0), 0);
  const sheet = decided(total(evidence.comma), total(evidence.point));
  const separator: DecimalMark | undefined =
    evidence.separator === ";" ? "," : evidence.separator === "," ? "." : undefined;
  const marks: Partial<Record<Field, DecimalMark>> = {};
  for (const field of NUMBER_FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    const own = decided(evidence.comma[index] ?? 0, evidence.point[index] ?? 0);
    const mark =
      own === "," || own === "."
        ? own
        : own === "mixed"
          ? undefined
          : sheet === "," || sheet === "."
            ? sheet
            : sheet === "none"
              ? separator
              : undefined;
    if (mark !== undefined) marks[field] = mark;
  }
  return marks;
}

/**
 * The text of each date field's column that reads month first only: where there is one, the column's dates that
 * read either way (07/01/2026) are refused, never read day first (row-check.ts). One such text decides: a day-first
 * list with one 12/25/2026 in it holds a mistake somewhere, and which of its dates it is, only the user knows.
 */
function monthFirstDates(
  columns: Readonly<Partial<Record<Field, number>>>,
  evidence: NumberEvidence,
): Partial<Record<Field, string>> {
  const shown: Partial<Record<Field, string>> = {};
  for (const field of DATE_FIELDS) {
    const index = columns[field];
    const text = index === undefined ? undefined : evidence.monthFirst[index];
    if (text !== undefined) shown[field] = text;
  }
  return shown;
}

/**
 * The layout with what the sheet's or file's text shows of how it writes numbers and dates: the decimal mark of
 * each number column, and the date columns that write dates month first.
 */
export function withConventions(layout: SheetLayout, evidence: NumberEvidence): SheetLayout {
  return {
    ...layout,
    decimalMarks: decimalMarks(layout.columns, evidence),
    monthFirstDates: monthFirstDates(layout.columns, evidence),
  };
}
