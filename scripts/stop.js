#!/usr/bin/env node
/**
 * npm stop: undoes npm start.
 * - Windows and macOS: office-addin-debugging stops the dev server and removes the sideloaded add-in.
 * - Elsewhere: stops the dev server whose pid npm start wrote to .dev-server.pid.
 * Errors end in one line, never a stack trace.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const { ROOT, PID_FILE, oneLine, failureFor, officeAddinDebugging } = require("./npm-script");

const START_SCRIPT = path.join(ROOT, "scripts", "start.js");
const fail = failureFor("npm stop");

function stopDesktop() {
  const status = officeAddinDebugging(["stop", "manifest.xml", "desktop"], fail);
  if (status !== 0) fail(`office-addin-debugging stop failed (exit code ${status}); see its message above.`);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Whether pid is (still) our dev server, so a recycled pid of another program is never signalled. */
function isOurServer(pid) {
  const cmdlineFile = `/proc/${pid}/cmdline`;
  if (!fs.existsSync(cmdlineFile)) return isAlive(pid); // no procfs: trust the pid file
  try {
    const args = fs.readFileSync(cmdlineFile, "utf8").split("\0");
    return args.some((arg) => path.resolve(ROOT, arg) === START_SCRIPT);
  } catch {
    return false;
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

async function stopLocal() {
  let text;
  try {
    text = fs.readFileSync(PID_FILE, "utf8").trim();
  } catch {
    console.log("No dev server is running (no .dev-server.pid).");
    return;
  }
  const pid = Number.parseInt(text, 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isOurServer(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log("No dev server is running (removed a stale .dev-server.pid).");
    return;
  }
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, 10_000))) {
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 2000);
  }
  fs.rmSync(PID_FILE, { force: true });
  console.log(`Stopped the dev server (pid ${pid}).`);
}

if (process.platform === "win32" || process.platform === "darwin") {
  stopDesktop();
} else {
  stopLocal().catch((error) => fail(oneLine(error)));
}
