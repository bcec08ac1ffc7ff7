import {
  type AnyLanguage,
  type DecimalMark,
  InputError,
  type Language,
  type Problem,
  inputErrorText,
  messagesOf,
  problemText,
} from "../engine";
import { type CellValue, fieldValue } from "./cell-values";
import { type Field, INPUT_COLUMNS, headerCurrency } from "./columns";
import { type Readings } from "./check-memo";
import { type Finding, type Flag } from "./flags";
import { type CellReader, type SheetLayout, columnHeader } from "./header-mapping";
import { type SheetWords, sheetWordsOf } from "./lang";

/** The words a check writes, in its language: the sheet's catalogue and the engine's messages of input problems. */
export interface CheckWords {
  readonly sheet: SheetWords;
  readonly engine: Language;
}

const CHECK_WORDS = new Map<AnyLanguage, CheckWords>();

/** The words of a language, made once: a check looks them up once, not per row. */
export function checkWordsOf(language: AnyLanguage): CheckWords {
  let words = CHECK_WORDS.get(language);
  if (words === undefined)
    CHECK_WORDS.set(language, (words = { sheet: sheetWordsOf(language), engine: messagesOf(language) }));
  return words;
}

/** Where a field is in a layout: its column (fieldCell's), its header (columnHeader's) and its decimal mark. */
interface FieldColumn {
  readonly index: number | undefined;
  readonly header: string;
  readonly mark: DecimalMark | undefined;
  /** The currency its header names ("Price ($)"), as written: that of the column's amounts (headerCurrency). */
  readonly currency: string | undefined;
  /** A date of its column that reads month first only, when there is one (SheetLayout.monthFirstDates). */
  readonly monthFirst: string | undefined;
}

/**
 * Per layout, worked out once: a row check asks where its fields are some forty times a row, and a field without
 * a column (Currency, in most sheets) has its name in the layout's language (columnHeader).
 */
const FIELD_COLUMNS = new WeakMap<SheetLayout, Readonly<Record<Field, FieldColumn>>>();

function fieldColumnsOf(layout: SheetLayout): Readonly<Record<Field, FieldColumn>> {
  let columns = FIELD_COLUMNS.get(layout);
  if (columns === undefined) {
    columns = Object.fromEntries(
      INPUT_COLUMNS.map(({ field, kind }) => {
        const index = layout.columns[field];
        // Whichever way the column was found (its name, or the user's pick in the pane), its header says it.
        const named =
          index === undefined || kind !== "amount" ? undefined : headerCurrency(layout.headers[index] ?? "");
        return [
          field,
          {
            index,
            header: columnHeader(layout, field),
            mark: layout.decimalMarks?.[field],
            currency: named?.written,
            monthFirst: layout.monthFirstDates?.[field],
          },
        ];
      }),
    ) as Record<Field, FieldColumn>;
    FIELD_COLUMNS.set(layout, columns);
  }
  return columns;
}

/** Reads the cells of one row by field; every unreadable cell becomes an INVALID_INPUT finding naming its column. */
export class RowReader {
  readonly findings: Finding[] = [];
  /** Sentences that explain a figure without flagging the row (a fixed euro rate, a reduced VAT rate). */
  readonly notes: string[] = [];
  private readonly columns: Readonly<Record<Field, FieldColumn>>;
  constructor(
    private readonly cells: readonly CellValue[],
    layout: SheetLayout,
    readonly readings: Readings,
    readonly words: CheckWords,
  ) {
    this.columns = fieldColumnsOf(layout);
  }

  header(field: Field): string {
    return this.columns[field].header;
  }

  cell(field: Field): CellValue {
    return this.cellIn(this.columns[field]);
  }

  /** The decimal mark of the field's column, where the sheet shows one (number-conventions.ts). */
  mark(field: Field): DecimalMark | undefined {
    return this.columns[field].mark;
  }

  /** A text of the field's column that writes a date month first only ("12/25/2026"), or undefined. */
  monthFirstDate(field: Field): string | undefined {
    return this.columns[field].monthFirst;
  }

  /** The currency the field's column header names ("$" in "Price ($)"), as written, or undefined. */
  headerCurrency(field: Field): string | undefined {
    return this.columns[field].currency;
  }

  read<T>(field: Field, reader: CellReader<T>): T | undefined {
    try {
      return this.reading(field, reader);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      this.invalidInput(error);
      return undefined;
    }
  }

  /** A cell that is only compared, not used (a Commission rate beside an amount): unreadable, it is undefined. */
  readIfReadable<T>(field: Field, reader: CellReader<T>): T | undefined {
    try {
      return this.reading(field, reader);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return undefined;
    }
  }

  private reading<T>(field: Field, reader: CellReader<T>): T | undefined {
    const column = this.columns[field];
    return this.readings.cell(reader, this.cellIn(column), column.header, column.mark);
  }

  /** A field's cell in the row, as fieldCell finds it (a shipment's merged number is read in each of its rows). */
  private cellIn(column: FieldColumn): CellValue {
    return column.index === undefined ? undefined : fieldValue(this.cells[column.index]);
  }

  /** The engine's problem (of a reading: an HS code, a VAT number, a link) in the check's language. */
  problem(problem: Problem): string {
    return problemText(problem, this.words.engine);
  }

  invalid(explanation: string): void {
    this.findings.push({ flag: "INVALID_INPUT", explanation });
  }

  /** An input problem of the engine as an INVALID_INPUT finding, in the check's language. */
  invalidInput(error: InputError): void {
    const problem = inputErrorText(error, { language: this.words.engine });
    this.invalid(this.words.sheet.explanations.inputProblem({ problem }));
  }

  flag(flag: Flag, explanation: string): void {
    this.findings.push({ flag, explanation });
  }

  note(sentence: string): void {
    if (!this.notes.includes(sentence)) this.notes.push(sentence);
  }
}
