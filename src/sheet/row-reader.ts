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
import { type CellValue } from "./cell-values";
import { type Field } from "./columns";
import { type Readings } from "./check-memo";
import { type Finding, type Flag } from "./flags";
import { type CellReader, type SheetLayout, columnHeader, fieldCell } from "./header-mapping";
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

/** Reads the cells of one row by field; every unreadable cell becomes an INVALID_INPUT finding naming its column. */
export class RowReader {
  readonly findings: Finding[] = [];
  /** Sentences that explain a figure without flagging the row (a fixed euro rate, a reduced VAT rate). */
  readonly notes: string[] = [];
  constructor(
    private readonly cells: readonly CellValue[],
    private readonly layout: SheetLayout,
    readonly readings: Readings,
    readonly words: CheckWords,
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
      this.invalidInput(error);
      return undefined;
    }
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
