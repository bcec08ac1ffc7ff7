/**
 * npm run bench: prints figures, asserts nothing. Inputs are generated here; nothing large is kept in git.
 *
 * BENCH_ONLY=cli (or a comma-separated list of calculation, taskpane, cli) runs only those parts, e.g. to measure
 * the CLI without the task pane's browser: BENCH_ONLY=cli npm run bench. bench/cli.ts reads BENCH_CLI_ROWS too.
 */
import { benchRowCalculation, benchSheetCheck } from "./calculation";
import { benchCli } from "./cli";
import { benchTaskpane } from "./taskpane";

const PARTS = ["calculation", "taskpane", "cli"] as const;
type Part = (typeof PARTS)[number];

function partsToRun(): ReadonlySet<Part> {
  const setting = process.env.BENCH_ONLY;
  if (setting === undefined || setting.trim() === "") return new Set(PARTS);
  const names = setting.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: unknown part ${unknown.join(", ")} (parts: ${PARTS.join(", ")})`);
  return new Set(names as Part[]);
}

async function main(): Promise<void> {
  const parts = partsToRun();
  console.log(`customs-inverse-value benchmark, node ${process.version}, ${new Date().toISOString()}`);
  if (parts.has("calculation")) {
    for (const line of benchRowCalculation()) console.log(line);
    console.log(benchSheetCheck());
  }
  if (parts.has("taskpane")) console.log(await benchTaskpane());
  if (parts.has("cli")) console.log(await benchCli());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
