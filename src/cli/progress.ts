import cliProgress from "cli-progress";
import { type CliWords } from "./lang";

/**
 * A progress bar on stderr for long files, only when stderr is a terminal: redirected output, CI logs and the
 * --json document stay clean. Small files finish before a bar would be worth drawing.
 */
export interface Progress {
  /** Reading counts kilobytes of the file, checking counts product rows (with rows/s). */
  phase(phase: "reading" | "checking", total: number): void;
  update(done: number): void;
  stop(): void;
}

const SILENT: Progress = { phase() {}, update() {}, stop() {} };

/** Rows (or kilobytes) below which no bar is drawn. */
const PROGRESS_MIN_ROWS = 20_000;

export function progressBar(
  stream: NodeJS.WriteStream,
  expectedRows: number,
  words: CliWords["progress"],
): Progress {
  if (!stream.isTTY || expectedRows < PROGRESS_MIN_ROWS) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      // cli-progress's placeholders, no words: the phase, the units and "left" come from the catalogue.
      format: "{label} [{bar}] {percentage}% | {value}/{total} {unit}{rate} | {eta_formatted} {left}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let unit = "";
  let rows = false;
  let since = 0;
  const payload = (done: number) => {
    const seconds = (performance.now() - since) / 1000;
    const perSecond = rows && seconds > 0.5 ? Math.round(done / seconds) : undefined;
    return {
      unit,
      left: words.timeLeft,
      rate: perSecond === undefined ? "" : ` | ${perSecond} ${words.perSecond}`,
    };
  };
  return {
    phase(phase, total) {
      unit = phase === "reading" ? words.kilobytes : words.rows;
      rows = phase === "checking";
      since = performance.now();
      if (started) bar.stop();
      bar.start(total, 0, { label: words[phase], ...payload(0) });
      started = true;
    },
    update(done) {
      if (started) bar.update(done, payload(done));
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
