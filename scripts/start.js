#!/usr/bin/env node
/**
 * npm start.
 * - Windows and macOS: office-addin-debugging sideloads manifest.xml into desktop Excel (it starts
 *   the dev server, `npm run dev-server`, on its own).
 * - Elsewhere (Linux): the webpack dev server on https://localhost:3000 in the foreground, with the
 *   steps to sideload manifest.xml into Excel on the web. Ctrl+C or `npm stop` ends it.
 * Errors end in one line, never a stack trace.
 */
"use strict";

const fs = require("fs");
const net = require("net");
const path = require("path");

const {
  ROOT,
  PID_FILE,
  oneLine,
  failureFor,
  officeAddinDebugging: runOfficeAddinDebugging,
} = require("./npm-script");

const MANIFEST = "manifest.xml";
const fail = failureFor("npm start");
const officeAddinDebugging = (args) => runOfficeAddinDebugging(args, fail);

function sideloadDesktop() {
  const status = officeAddinDebugging([
    "start",
    MANIFEST,
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  ]);
  if (status !== 0) {
    fail(
      `office-addin-debugging could not sideload ${MANIFEST} into Excel (exit code ${status}); see its message above.`,
    );
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function readPidFile() {
  try {
    const pid = Number.parseInt(fs.readFileSync(PID_FILE, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function removeOwnPidFile() {
  if (readPidFile() === process.pid) {
    try {
      fs.unlinkSync(PID_FILE);
    } catch {
      // already gone
    }
  }
}

/** Resolves true when nothing listens on localhost:port. */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "localhost");
  });
}

function sideloadSteps(origin, certificateNote) {
  return [
    "",
    `The add-in is served on ${origin}/ (Ctrl+C or "npm stop" in another terminal stops it).`,
    "To use it in Excel on the web:",
    `  1. Trust the certificate: open ${origin}/taskpane.html in the same browser once and accept it${certificateNote}.`,
    "  2. Open a workbook in Excel on the web (https://www.office.com > Excel).",
    "  3. Insert > Add-ins > My Add-ins (or: Home > Add-ins > More Add-ins) > Upload My Add-in.",
    `  4. Choose ${path.join(ROOT, MANIFEST)} and select Upload.`,
    '  5. Type =CUSTOMS. in a cell, or choose Home > "Check Shipment" to open the task pane.',
    "",
  ].join("\n");
}

async function serveLocally() {
  const existing = readPidFile();
  if (existing !== undefined) {
    if (existing !== process.pid && isAlive(existing)) {
      fail(`the dev server is already running (pid ${existing}); run "npm stop" first.`);
    }
    fs.rmSync(PID_FILE, { force: true });
  }

  const loadConfig = require(path.join(ROOT, "webpack.config.js"));
  const port = loadConfig.devServerPort;
  const origin = loadConfig.urlDev.replace(/\/$/, "");
  if (!(await portIsFree(port))) {
    fail(`port ${port} is in use; stop whatever serves ${origin} (e.g. "npm stop") and try again.`);
  }

  const { getDevHttpsOptions } = require("./dev-certs");
  const certs = await getDevHttpsOptions();
  console.log(certs.summary);

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = await loadConfig({}, { mode: "development" });
  config.devServer.server = certs.options ? { type: "https", options: certs.options } : { type: "https" };
  config.devServer.setupExitSignals = false; // this script handles Ctrl+C and npm stop itself
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";

  const compiler = webpack(config);
  let firstBuild = true;
  compiler.hooks.done.tap("customs-start", (stats) => {
    if (stats.hasErrors()) {
      console.error("Build failed (errors above); the server keeps running and rebuilds when you save.");
    } else if (firstBuild) {
      const note = certs.source === "office-addin-dev-certs" ? " (already trusted here)" : "";
      console.log(sideloadSteps(origin, note));
    } else {
      console.log(`Rebuilt ${new Date().toLocaleTimeString()}.`);
    }
    firstBuild = false;
  });

  const server = new WebpackDevServer(config.devServer, compiler);
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping the dev server (${signal})...`);
    const forceExit = setTimeout(() => {
      removeOwnPidFile();
      process.exit(0);
    }, 5000);
    forceExit.unref();
    server
      .stop()
      .catch(() => undefined)
      .then(() => {
        removeOwnPidFile();
        console.log("Dev server stopped.");
        process.exit(0);
      });
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
  process.on("exit", removeOwnPidFile);

  console.log(`Starting the dev server on ${origin}/ (development build)...`);
  try {
    await server.start();
  } catch (error) {
    fail(`the dev server did not start: ${oneLine(error)}`);
  }
  fs.writeFileSync(PID_FILE, `${process.pid}\n`);
}

if (process.platform === "win32" || process.platform === "darwin") {
  sideloadDesktop();
} else {
  serveLocally().catch((error) => fail(oneLine(error)));
}
