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

require(entry)
  .main(process.argv.slice(2))
  .then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      process.stderr.write(`customs-check: ${error && error.message ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
