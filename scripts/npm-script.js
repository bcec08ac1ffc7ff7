/**
 * What `npm start` and `npm stop` share: where things are, one-line failures (never a stack trace), and running
 * office-addin-debugging's CLI.
 */
"use strict";

const childProcess = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
/** The pid of the dev server `npm start` runs on Linux, for `npm stop`. */
const PID_FILE = path.join(ROOT, ".dev-server.pid");

function oneLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}

/** A fail(message) for the script `name` ("npm start"), also called on any uncaught error. */
function failureFor(name) {
  const fail = (message) => {
    console.error(`${name}: ${message}`);
    process.exit(1);
  };
  process.on("uncaughtException", (error) => fail(oneLine(error)));
  process.on("unhandledRejection", (error) => fail(oneLine(error)));
  return fail;
}

/** Runs the office-addin-debugging CLI with node itself (no .cmd shim, no shell); returns its exit code. */
function officeAddinDebugging(args, fail) {
  const pkgFile = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
  const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["office-addin-debugging"];
  const cli = path.join(path.dirname(pkgFile), bin);
  const result = childProcess.spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: "inherit" });
  if (result.error) fail(`could not run office-addin-debugging: ${oneLine(result.error)}`);
  return result.status === null ? 1 : result.status;
}

module.exports = { ROOT, PID_FILE, oneLine, failureFor, officeAddinDebugging };
