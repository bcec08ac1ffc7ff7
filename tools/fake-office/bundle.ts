import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { HostPageOptions } from "./host-page-entry";
import type { WorkbookSeed } from "./model/seed";

const ENTRY = "host-page-entry";

/**
 * The fake's TypeScript sources: beside this file when run from source (jest, ts-node), or in the
 * repository's tools/fake-office when this file was compiled elsewhere (e.g. into build/).
 */
function sourceRoot(): string {
  if (fs.existsSync(path.join(__dirname, `${ENTRY}.ts`))) return __dirname;
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "tools", "fake-office");
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(candidate, `${ENTRY}.ts`)))
      return candidate;
  }
  throw new Error(`fake-office bundle: cannot find ${ENTRY}.ts from ${__dirname}`);
}

export interface ExcelHostPageOptions {
  /** Becomes window.__fakeExcelInitialWorkbook unless the page already set one. */
  initialWorkbook?: WorkbookSeed;
  /** Becomes window.__fakeExcelOptions unless the page already set them. */
  options?: HostPageOptions;
}

/** Each module becomes a function(exports, require, module) in a small loader inside one IIFE. */
const LOADER = `
var cache = {};
function resolve(from, request) {
  var parts = from.split("/");
  parts.pop();
  request.split("/").forEach(function (part) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  });
  return parts.join("/");
}
function load(id) {
  if (cache[id]) return cache[id].exports;
  var definition = definitions[id];
  if (!definition) throw new Error("fake-office bundle: no module " + id);
  var module = { exports: {} };
  cache[id] = module;
  definition(module.exports, function (request) { return load(resolve(id, request)); }, module);
  return module.exports;
}`;

function transpile(root: string, id: string): string {
  const source = fs.readFileSync(path.join(root, `${id}.ts`), "utf8");
  return ts.transpileModule(source, {
    fileName: `${id}.ts`,
    reportDiagnostics: false,
    compilerOptions: {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.CommonJS,
      sourceMap: false,
      inlineSourceMap: false,
      removeComments: true,
    },
  }).outputText;
}

/** The modules reachable from the entry, by following the require() calls of the transpiled code. */
function collectModules(): Map<string, string> {
  const root = sourceRoot();
  const modules = new Map<string, string>();
  const pending = [ENTRY];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (modules.has(id)) continue;
    const code = transpile(root, id);
    modules.set(id, code);
    for (const match of code.matchAll(/require\("([^"]+)"\)/g)) {
      const request = match[1]!;
      if (!request.startsWith(".")) {
        throw new Error(
          `fake-office bundle: ${id}.ts needs "${request}" at run time; the browser script must stay self-contained`,
        );
      }
      pending.push(path.posix.normalize(path.posix.join(path.posix.dirname(id), request)));
    }
  }
  return modules;
}

/** JSON safe to embed in a script (no "</script>", no raw line separators). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

let cachedModules: string | undefined;

/**
 * The simulated Excel on the web's own script (an IIFE, no module system): it answers the messages that
 * Microsoft's Office.js posts from the add-in's frame (host-page-entry.ts).
 */
export function buildExcelHostScript(options: ExcelHostPageOptions = {}): string {
  cachedModules ??= [...collectModules()]
    .map(([id, code]) => `${JSON.stringify(id)}: function (exports, require, module) {\n${code}\n}`)
    .join(",\n");
  const prelude: string[] = [];
  if (options.initialWorkbook !== undefined) {
    prelude.push(
      `if (globalThis.__fakeExcelInitialWorkbook === undefined) globalThis.__fakeExcelInitialWorkbook = ${scriptJson(options.initialWorkbook)};`,
    );
  }
  if (options.options !== undefined) {
    prelude.push(
      `if (globalThis.__fakeExcelOptions === undefined) globalThis.__fakeExcelOptions = ${scriptJson(options.options)};`,
    );
  }
  return `(function () {\n"use strict";\n${prelude.join("\n")}\nvar definitions = {\n${cachedModules}\n};\n${LOADER}\nload(${JSON.stringify(ENTRY)});\n})();\n`;
}

/**
 * The host page: Excel on the web's frame around the add-in. The add-in goes into the iframe #addin
 * (window.__startAddin(url)); it fills the page, so the viewport is the task pane's size.
 */
export function buildExcelHostPage(options: ExcelHostPageOptions = {}): string {
  const script = buildExcelHostScript(options).replace(/<\/script/gi, "<\\/script");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Excel on the web (simulated host)</title>
<style>html, body { margin: 0; height: 100%; overflow: hidden; } iframe { border: 0; width: 100%; height: 100%; display: block; }</style>
</head>
<body>
<iframe id="addin" title="Customs inverse value add-in"></iframe>
<script>${script}</script>
</body>
</html>
`;
}
