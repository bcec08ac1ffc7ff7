/**
 * The JSON report on stdout as rows are checked (docs/contracts.md, JSON report): with --json one document,
 * {"rows":[…],"summary":{…}}, the very bytes JSON.stringify of the whole report would give; with --jsonl one JSON
 * object per line, a row each, then {"summary":{…}}. Written in pieces of about 64 KB, waiting for a slow reader of
 * the pipe (stdout's "drain"), so that memory does not grow with the rows.
 */
export type ReportKind = "text" | "json" | "jsonl";

/** Text gathered before it is written: a write per row would cost a system call each. */
const PIECE_CHARACTERS = 64 * 1024;

/**
 * JSON.stringify escapes C0 controls but leaves DEL, C1 controls (0x9b starts a terminal escape) and bidi
 * controls as they are. Outside its strings JSON is ASCII, so escaping them as \uXXXX reads back the same.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export class JsonReportStream {
  private piece = "";
  private rows = 0;

  constructor(
    private readonly stdout: NodeJS.WritableStream,
    private readonly kind: ReportKind,
  ) {}

  /** A row of the report as JSON text (JSON.stringify of jsonRow), in sheet order. */
  async row(json: string): Promise<void> {
    if (this.kind === "text") return;
    const safe = terminalSafeJson(json);
    if (this.kind === "jsonl") this.piece += `${safe}\n`;
    else this.piece += `${this.rows === 0 ? '{"rows":[' : ","}${safe}`;
    this.rows++;
    if (this.piece.length >= PIECE_CHARACTERS) await this.flush();
  }

  /** The summary as JSON text (JSON.stringify of jsonSummary), which ends the report. */
  async end(summary: string | undefined): Promise<void> {
    if (this.kind === "text" || summary === undefined) return;
    const safe = terminalSafeJson(summary);
    if (this.kind === "jsonl") this.piece += `{"summary":${safe}}\n`;
    else this.piece += `${this.rows === 0 ? '{"rows":[' : ""}],"summary":${safe}}\n`;
    await this.flush();
  }

  private async flush(): Promise<void> {
    const piece = this.piece;
    this.piece = "";
    if (piece === "" || this.stdout.write(piece)) return;
    await new Promise<void>((resolve) => this.stdout.once("drain", resolve));
  }
}
