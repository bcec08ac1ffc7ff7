/**
 * The layers of the README's "Development" section (functions → engine; taskpane → sheet → engine; cli → sheet →
 * engine; nothing under src/ uses Office.js or the DOM; only src/cli uses Node; tools/fake-office imports nothing of
 * the product) are rules of eslint.config.js. This lints small snippets with the project's ESLint as if they were
 * files of each folder: every forbidden import or global must be an error and every allowed one must not, so a rule
 * that stops firing (a folder renamed, a pattern that no longer matches, a config object that a later one replaces)
 * fails here and not silently.
 */
import * as fs from "fs";
import * as path from "path";
import { ESLint, type Linter } from "eslint";

const ROOT = path.resolve(__dirname, "..", "..");
const LAYER_RULES = new Set([
  "@typescript-eslint/no-restricted-imports",
  "no-restricted-syntax",
  "no-restricted-globals",
]);

let eslint: ESLint;
beforeAll(() => {
  // The project's eslint.config.js, handed over as an object: ESLint loads a config file with import(), which
  // jest's module sandbox does not allow without --experimental-vm-modules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "eslint.config.js")) as Linter.Config[];
  // Prettier is left out: a snippet's layout is no layer.
  const noPrettier: Linter.Config = { rules: { "prettier/prettier": "off" } };
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [...config, noPrettier] });
});

/**
 * functions/ and taskpane/ are linted with type information (projectService), which only knows files of the
 * TypeScript project: their snippets are linted under the name of a file that exists.
 */
function existingFile(folder: string, preferred: string): string {
  if (fs.existsSync(path.join(ROOT, folder, preferred))) return `${folder}/${preferred}`;
  const any = fs.readdirSync(path.join(ROOT, folder)).find((name) => name.endsWith(".ts"));
  if (any === undefined) throw new Error(`no .ts file in ${folder}/`);
  return `${folder}/${any}`;
}
const FUNCTIONS_FILE = existingFile("functions", "functions.ts");
const TASKPANE_FILE = existingFile("taskpane", "taskpane.ts");

/** The layer rules' errors on `code` linted as `file`; fails on an ignored file or a parse error (no rule ran). */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const filePath = path.join(ROOT, file);
  expect(await eslint.isPathIgnored(filePath)).toBe(false);
  const [result] = await eslint.lintText(code, { filePath });
  expect(result).toBeDefined();
  const fatal = result!.messages.filter((message) => message.fatal === true);
  expect(fatal).toEqual([]);
  return result!.messages
    .filter((message) => message.severity === 2 && LAYER_RULES.has(message.ruleId ?? ""))
    .map((message) => `${message.ruleId}: ${message.message}`);
}

const importing = (source: string) =>
  `import { something } from "${source}";\nexport const used = something;\n`;

describe("forbidden imports are lint errors", () => {
  const cases: [file: string, source: string][] = [
    // src/engine imports nothing above it.
    ["src/engine/probe.ts", "../sheet"],
    ["src/engine/probe.ts", "../sheet/row-check"],
    ["src/engine/probe.ts", "./../sheet"],
    ["src/engine/probe.ts", "../../src/sheet"],
    ["src/engine/probe.ts", "../cli/main"],
    ["src/engine/deeper/probe.ts", "../../sheet"],
    ["src/engine/probe.ts", "../../taskpane/ui"],
    ["src/engine/probe.ts", "../../functions/functions"],
    // src/sheet: the engine only.
    ["src/sheet/probe.ts", "../cli"],
    ["src/sheet/probe.ts", "../cli/summary-text"],
    ["src/sheet/probe.ts", "../../taskpane/actions"],
    ["src/sheet/probe.ts", "../../functions/excel-arguments"],
    // src/cli: not the add-in's entry points.
    ["src/cli/probe.ts", "../../taskpane/ui"],
    ["src/cli/probe.ts", "../../functions/functions"],
    // Nothing under src/ uses Office.js.
    ["src/engine/probe.ts", "@microsoft/office-js"],
    ["src/sheet/probe.ts", "office-js"],
    ["src/cli/probe.ts", "@microsoft/office-js/dist/office.js"],
    ["src/cli/probe.ts", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
    ["src/engine/probe.ts", "office-addin-dev-certs"],
    // src/ imports no test code and no tools.
    ["src/engine/probe.ts", "../../test/engine/exact.test"],
    ["src/sheet/probe.ts", "../../test/sheet/sample"],
    ["src/cli/probe.ts", "../../test/cli/helpers"],
    ["src/cli/probe.ts", "../../tools/fake-office/bundle"],
    ["src/sheet/probe.ts", "../../tools/fake-office/model/seed"],
    // Node only in src/cli (and not in the add-in's code either).
    ["src/engine/probe.ts", "node:fs"],
    ["src/engine/probe.ts", "fs"],
    ["src/sheet/probe.ts", "fs/promises"],
    ["src/sheet/probe.ts", "node:worker_threads"],
    ["src/sheet/probe.ts", "path"],
    ["src/engine/probe.ts", "exceljs"],
    ["src/sheet/probe.ts", "cli-progress"],
    [FUNCTIONS_FILE, "node:fs"],
    [TASKPANE_FILE, "node:path"],
    [TASKPANE_FILE, "exceljs"],
    // functions/ → src/engine only.
    [FUNCTIONS_FILE, "../src/sheet"],
    [FUNCTIONS_FILE, "../src/sheet/row-check"],
    [FUNCTIONS_FILE, "../src/cli/main"],
    [FUNCTIONS_FILE, "../taskpane/ui"],
    [FUNCTIONS_FILE, "../test/functions/excel-host"],
    // taskpane/ → src/sheet, src/engine.
    [TASKPANE_FILE, "../src/cli/main"],
    [TASKPANE_FILE, "../functions/functions"],
    [TASKPANE_FILE, "../tools/fake-office/bundle"],
    // tools/fake-office: nothing outside its folder.
    ["tools/fake-office/probe.ts", "../../src/engine"],
    ["tools/fake-office/probe.ts", "../../src/sheet/row-check"],
    ["tools/fake-office/probe.ts", "../../taskpane/ui"],
    ["tools/fake-office/probe.ts", "../../functions/functions"],
    ["tools/fake-office/probe.ts", "../../test/browser/harness"],
    ["tools/fake-office/probe.ts", "../other-tool/x"],
    ["tools/fake-office/host/types/probe.ts", "../../../../src/engine"],
    ["tools/fake-office/host/types/probe.ts", "../../../x"],
    ["tools/fake-office/a/b/c/d/e/f/g/h/probe.ts", "../../../../../../../../../../src/engine"],
  ];

  test.each(cases)("%s: import from %j", async (file, source) => {
    expect(await layerErrors(file, importing(source))).not.toEqual([]);
  });

  test.each([
    ["type import", 'import type { Summary } from "../sheet";\nexport type S = Summary;\n'],
    ["re-export", 'export * from "../sheet";\n'],
    ["named re-export", 'export { checkShipment } from "../sheet";\n'],
    ["dynamic import", 'export const later = import("../sheet");\n'],
    [
      "require",
      '// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const now = require("../cli/main");\n',
    ],
    ["import =", 'import sheet = require("../sheet");\nexport const s = sheet;\n'],
  ])("src/engine: %s of src/sheet or src/cli", async (_kind, code) => {
    expect(await layerErrors("src/engine/probe.ts", code)).not.toEqual([]);
  });

  test("a dynamic import of Node in src/sheet", async () => {
    expect(await layerErrors("src/sheet/probe.ts", 'export const fs = import("node:fs");\n')).not.toEqual([]);
  });

  test("a dynamic import out of tools/fake-office", async () => {
    const code = 'export const harness = import("../../test/browser/harness");\n';
    expect(await layerErrors("tools/fake-office/probe.ts", code)).not.toEqual([]);
  });

  test("the message names the layers", async () => {
    const [message] = await layerErrors("src/engine/probe.ts", importing("../sheet"));
    expect(message).toMatch(/src\/engine .*src\/sheet/);
    expect(message).toContain("README.md");
  });
});

describe("forbidden globals are lint errors", () => {
  const everywhereInSrc = [
    "export const width = window.innerWidth;",
    "export const title = document.title;",
    "export const ready = Office.onReady();",
    "export const run = Excel.run;",
    "export const functions = CustomFunctions.associate;",
    "export const extension = OfficeExtension.Error;",
    "export const language = navigator.language;",
    "export const stored = localStorage.getItem('x');",
    "export const page = globalThis.document;",
    "export const office = self.Office;",
    "export const element = new HTMLDivElement();",
    "export type Cell = Excel.Range;",
    "export type Host = typeof Office;",
    "export let name2: Excel.Interfaces.RangeData | undefined;",
  ];
  const nodeGlobals = [
    "export const home = process.env.HOME;",
    'export const bytes = Buffer.from("x");',
    "export const here = __dirname;",
    "export const later = setImmediate(() => undefined);",
  ];
  const cases: [string, string][] = [
    ...["src/engine/probe.ts", "src/sheet/probe.ts", "src/cli/probe.ts"].flatMap((file) =>
      everywhereInSrc.map((code): [string, string] => [file, code]),
    ),
    ...["src/engine/probe.ts", "src/sheet/probe.ts"].flatMap((file) =>
      nodeGlobals.map((code): [string, string] => [file, code]),
    ),
  ];

  test.each(cases)("%s: %s", async (file, code) => {
    expect(await layerErrors(file, `${code}\n`)).not.toEqual([]);
  });
});

describe("allowed imports and globals are not", () => {
  const cases: [file: string, code: string][] = [
    ["src/engine/probe.ts", importing("./exact")],
    ["src/engine/probe.ts", importing("decimal.js")],
    ["src/engine/probe.ts", importing("jsvat")],
    ["src/engine/probe.ts", "export const t = setTimeout(() => console.log(new URL('https://x.be')), 0);\n"],
    ["src/engine/probe.ts", "export const g = globalThis.Math.max(1, 2);\n"],
    [
      "src/engine/probe.ts",
      "export function f(name: string, document: string): string {\n  return name + document;\n}\n",
    ],
    ["src/sheet/probe.ts", importing("../engine")],
    ["src/sheet/probe.ts", importing("../engine/exact")],
    ["src/sheet/probe.ts", importing("./row-check")],
    ["src/sheet/probe.ts", 'import type { Exact } from "../engine";\nexport type E = Exact;\n'],
    ["src/sheet/probe.ts", "export const encoded = new TextEncoder().encode(structuredClone('x'));\n"],
    ["src/cli/probe.ts", importing("../sheet")],
    ["src/cli/probe.ts", importing("../engine")],
    ["src/cli/probe.ts", importing("node:fs")],
    ["src/cli/probe.ts", importing("node:worker_threads")],
    ["src/cli/probe.ts", importing("exceljs")],
    ["src/cli/probe.ts", importing("cli-progress")],
    ["src/cli/probe.ts", 'export const later = import("./workbook");\n'],
    ["src/cli/probe.ts", "export const env = process.env;\nexport const bytes = Buffer.from('x');\n"],
    [FUNCTIONS_FILE, importing("../src/engine")],
    [FUNCTIONS_FILE, "export const run = Excel.run;\nexport const f = CustomFunctions.associate;\n"],
    [TASKPANE_FILE, importing("../src/sheet")],
    [TASKPANE_FILE, importing("../src/engine")],
    [TASKPANE_FILE, "export const title = document.title + window.name + String(Office.context);\n"],
    ["test/sheet/probe.test.ts", importing("../../src/sheet")],
    ["test/browser/probe.test.ts", importing("../../tools/fake-office/bundle")],
    ["test/cli/probe.test.ts", importing("node:fs")],
    ["tools/fake-office/probe.ts", importing("./model/seed")],
    ["tools/fake-office/probe.ts", importing("typescript")],
    ["tools/fake-office/probe.ts", importing("fs")],
    ["tools/fake-office/host/types/probe.ts", importing("../../model/address")],
    ["tools/fake-office/host/types/probe.ts", importing("../fake-host")],
    ["bench/probe.ts", importing("../src/cli/workbook")],
  ];

  test.each(cases)("%s: %j", async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
