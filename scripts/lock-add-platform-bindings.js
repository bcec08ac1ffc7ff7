#!/usr/bin/env node
/**
 * Repairs package-lock.json for `npm ci` on machines whose npm registry does not serve every
 * platform binding of unrs-resolver (a dependency of jest-resolve). There, `npm install` silently
 * leaves the bindings it could not fetch out of the lock, and `npm ci` then refuses the lock
 * ("Missing: @unrs/resolver-binding-darwin-arm64@ from lock file"). This adds the missing entries
 * with their os/cpu/libc, so npm skips them on other platforms and fetches them (by name and
 * version) only on the platform that needs them.
 * Run after regenerating the lock file: `node scripts/lock-add-platform-bindings.js`.
 */
"use strict";

const fs = require("fs");
const path = require("path");

const file = process.argv[2] || path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const parent = lock.packages["node_modules/unrs-resolver"];
const platforms = {
  "android-arm-eabi": { os: "android", cpu: "arm" },
  "android-arm64": { os: "android", cpu: "arm64" },
  "darwin-arm64": { os: "darwin", cpu: "arm64" },
  "darwin-x64": { os: "darwin", cpu: "x64" },
  "freebsd-x64": { os: "freebsd", cpu: "x64" },
  "linux-arm-gnueabihf": { os: "linux", cpu: "arm", libc: "glibc" },
  "linux-arm-musleabihf": { os: "linux", cpu: "arm", libc: "musl" },
  "linux-arm64-gnu": { os: "linux", cpu: "arm64", libc: "glibc" },
  "linux-arm64-musl": { os: "linux", cpu: "arm64", libc: "musl" },
  "linux-loong64-gnu": { os: "linux", cpu: "loong64", libc: "glibc" },
  "linux-loong64-musl": { os: "linux", cpu: "loong64", libc: "musl" },
  "linux-ppc64-gnu": { os: "linux", cpu: "ppc64", libc: "glibc" },
  "linux-riscv64-gnu": { os: "linux", cpu: "riscv64", libc: "glibc" },
  "linux-riscv64-musl": { os: "linux", cpu: "riscv64", libc: "musl" },
  "linux-s390x-gnu": { os: "linux", cpu: "s390x", libc: "glibc" },
  "linux-x64-gnu": { os: "linux", cpu: "x64", libc: "glibc" },
  "linux-x64-musl": { os: "linux", cpu: "x64", libc: "musl" },
  "openharmony-arm64": { os: "openharmony", cpu: "arm64" },
  "win32-arm64-msvc": { os: "win32", cpu: "arm64" },
  "win32-ia32-msvc": { os: "win32", cpu: "ia32" },
  "win32-x64-msvc": { os: "win32", cpu: "x64" },
};
let added = 0;
for (const [name, version] of Object.entries(parent.optionalDependencies)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const platform = platforms[name.replace("@unrs/resolver-binding-", "")];
  if (!platform) throw new Error(`unknown platform for ${name}`);
  const entry = { version, cpu: [platform.cpu], dev: true };
  if (platform.libc) entry.libc = [platform.libc];
  Object.assign(entry, { license: "MIT", optional: true, os: [platform.os] });
  lock.packages[key] = entry;
  added++;
}
const keys = Object.keys(lock.packages).sort((a, b) =>
  a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, "en"),
);
lock.packages = Object.fromEntries(keys.map((k) => [k, lock.packages[k]]));
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} entries`);
