/**
 * Runs a script as the main program of this process and, at exit, writes the process's peak resident memory
 * (all threads) to a report file:  node build/bench/measured.js REPORT SCRIPT [ARGS...]
 */
import * as fs from "node:fs";
import * as path from "node:path";

const [report, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on("exit", (code) => {
  fs.writeFileSync(report, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, code }));
});
void import(path.resolve(script));
