import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { FakeOfficeOptions } from "./fake-office";
import type { WorkbookSeed } from "./model/seed";

const ENTRY = "browser-entry";

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

export interface FakeOfficeScriptOptions {
  /** Becomes window.__fakeExcelInitialWorkbook unless the page already set one. */
  initialWorkbook?: WorkbookSeed;
  /** Becomes window.__fakeExcelOptions unless the page already set them. */
  options?: Omit<FakeOfficeOptions, "workbook">;
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
 * One plain browser script (an IIFE, no module system) that installs the fake Office host:
 * serve it for https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 */
export function buildFakeOfficeScript(options: FakeOfficeScriptOptions = {}): string {
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
