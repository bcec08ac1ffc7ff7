#!/usr/bin/env node
/**
 * customs-check: the command-line shipment checker. A launcher for the compiled CLI in build/ (npm install
 * builds it; if it is missing, e.g. after a clean, it is built once here with the project's TypeScript).
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const entry = path.join(root, "build", "src", "cli", "main.js");

if (!fs.existsSync(entry)) {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch {
    tsc = undefined;
  }
  if (tsc !== undefined) {
    process.stderr.write("customs-check: building the CLI once (tsc -p tsconfig.node.json)...\n");
    spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.node.json")], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  if (!fs.existsSync(entry)) {
    process.stderr.write(`customs-check: the CLI is not built: run npm install in ${root}\n`);
    process.exit(2);
  }
}

// cli() sets the exit status and sees to every way the process can end: an error nothing caught, a check that
// never finished (the event loop ran dry while it waited), Ctrl-C and SIGTERM (it removes the unfinished workbook).
const { cli } = require(entry);
if (typeof cli !== "function") {
  process.stderr.write(
    `customs-check: the CLI build in ${root} is out of date: run npm run build:node there\n`,
  );
  process.exit(2);
}
cli(process.argv.slice(2));
