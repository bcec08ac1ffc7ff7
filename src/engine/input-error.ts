/**
 * Bad input, said so the user can act on it: which field, what is wrong, how to fix it.
 * `notAvailable` marks lookups that found nothing (Excel shows #N/A); everything else is a wrong value (#VALUE!).
 */
export type InputErrorKind = "value" | "notAvailable";

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
    readonly fix: string,
    readonly kind: InputErrorKind = "value",
  ) {
    super(`${field}: ${problem}. ${fix}`);
    this.name = "InputError";
  }
}
