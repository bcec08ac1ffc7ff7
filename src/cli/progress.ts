import cliProgress from "cli-progress";

/**
 * A progress bar on stderr for long files, only when stderr is a terminal: redirected output, CI logs and the
 * --json document stay clean. Small files finish before a bar would be worth drawing.
 */
export interface Progress {
  phase(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

const SILENT: Progress = { phase() {}, update() {}, stop() {} };

/** Rows (or kilobytes) below which no bar is drawn. */
const PROGRESS_MIN_ROWS = 20_000;

export function progressBar(stream: NodeJS.WriteStream, expectedRows: number): Progress {
  if (!stream.isTTY || expectedRows < PROGRESS_MIN_ROWS) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{label} [{bar}] {percentage}% | {value}/{total} {unit}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let unit = "";
  return {
    phase(label, total) {
      unit = label.startsWith("Reading") ? "kB" : "rows";
      if (started) bar.stop();
      bar.start(total, 0, { label, unit });
      started = true;
    },
    update(done) {
      if (started) bar.update(done, { unit });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
