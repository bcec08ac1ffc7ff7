/**
 * npm run bench: prints figures, asserts nothing. Inputs are generated here; nothing large is kept in git.
 */
import { benchRowCalculation, benchSheetCheck } from "./calculation";
import { benchCli } from "./cli";
import { benchTaskpane } from "./taskpane";

async function main(): Promise<void> {
  console.log(`customs-inverse-value benchmark, node ${process.version}, ${new Date().toISOString()}`);
  for (const line of benchRowCalculation()) console.log(line);
  console.log(benchSheetCheck());
  console.log(await benchTaskpane());
  console.log(await benchCli());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
