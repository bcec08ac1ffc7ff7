import { type DecimalMark, InputError } from "../engine";
import { type CellValue } from "./cell-values";
import { type Field } from "./columns";
import { type Readings } from "./check-memo";
import { type Finding, type Flag } from "./flags";
import { type CellReader, type SheetLayout, columnHeader, fieldCell } from "./header-mapping";

/** Reads the cells of one row by field; every unreadable cell becomes an INVALID_INPUT finding naming its column. */
export class RowReader {
  readonly findings: Finding[] = [];
  /** Sentences that explain a figure without flagging the row (a fixed euro rate, a reduced VAT rate). */
  readonly notes: string[] = [];
  constructor(
    private readonly cells: readonly CellValue[],
    private readonly layout: SheetLayout,
    readonly readings: Readings,
  ) {}

  header(field: Field): string {
    return columnHeader(this.layout, field);
  }

  cell(field: Field): CellValue {
    return fieldCell(this.cells, this.layout, field);
  }

  /** The decimal mark of the field's column, where the sheet shows one (number-conventions.ts). */
  mark(field: Field): DecimalMark | undefined {
    return this.layout.decimalMarks?.[field];
  }

  read<T>(field: Field, reader: CellReader<T>): T | undefined {
    try {
      return this.readings.cell(reader, this.cell(field), this.header(field), this.mark(field));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.invalid(`${error.message}.`);
      return undefined;
    }
  }

  invalid(explanation: string): void {
    this.findings.push({ flag: "INVALID_INPUT", explanation });
  }

  flag(flag: Flag, explanation: string): void {
    this.findings.push({ flag, explanation });
  }

  note(sentence: string): void {
    if (!this.notes.includes(sentence)) this.notes.push(sentence);
  }
}
