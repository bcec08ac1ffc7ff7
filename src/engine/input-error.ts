import {
  ENGLISH,
  type Fix,
  type FixParams,
  type Language,
  type Problem,
  type ProblemKey,
  type ProblemParams,
  type Said,
  fixText,
  problemText,
  said,
} from "./messages";

/**
 * Bad input, said so the user can act on it: which field, what is wrong (a problem of the catalogue, by key and
 * parameters), how to fix it (a fix of the catalogue). `notAvailable` marks lookups that found nothing (Excel
 * shows #N/A); everything else is a wrong value (#VALUE!). The message is English; inputErrorText says it in
 * another language.
 */
export type InputErrorKind = "value" | "notAvailable";

export class InputError extends Error {
  /** The name the user sees: a column's header, a function's argument, a setting. */
  readonly field: string;
  readonly problem: Said<ProblemParams>;
  readonly fix: Said<FixParams>;
  readonly kind: InputErrorKind;
  /** The cell of a range argument the value came from (1 is the first), when the range has more than one. */
  readonly cell: number | undefined;

  constructor(field: string, problem: Problem, fix: Fix, kind: InputErrorKind = "value", cell?: number) {
    const keyedProblem = said<ProblemParams>(problem);
    const keyedFix = said<FixParams>(fix);
    super(
      ENGLISH.inputError(
        cell === undefined ? field : ENGLISH.cellOfRange(field, cell),
        problemText(keyedProblem),
        fixText(keyedFix),
      ),
    );
    this.name = "InputError";
    this.field = field;
    this.problem = keyedProblem;
    this.fix = keyedFix;
    this.kind = kind;
    this.cell = cell;
  }

  get key(): ProblemKey {
    return this.problem.key;
  }

  get params(): ProblemParams[ProblemKey] {
    return this.problem.params;
  }
}

/** The error in a language, optionally under another name for its field (the CLI names its option). */
export function inputErrorText(
  error: InputError,
  options: { readonly field?: string; readonly language?: Language } = {},
): string {
  const language = options.language ?? ENGLISH;
  const field = options.field ?? error.field;
  return language.inputError(
    error.cell === undefined ? field : language.cellOfRange(field, error.cell),
    problemText(error.problem, language),
    fixText(error.fix, language),
  );
}

/** The error as a finding on a sheet row: 'Destination "Mars" is not a country we know: use …'. */
export function rowFindingText(error: InputError, language: Language = ENGLISH): string {
  return language.rowFinding(error.field, problemText(error.problem, language), fixText(error.fix, language));
}
