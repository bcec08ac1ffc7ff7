/**
 * A problem the user can fix: a wrong option, a missing or unreadable file, a sheet that cannot be checked.
 * The CLI prints its message as one line on stderr and exits with 2, without a stack trace.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** The message of anything thrown, on one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
