/**
 * tools/fake-office is a package of its own inside the repository: it imports nothing outside its folder, needs no
 * install of its own (what it uses is what the repository already installs, at the same versions), and its tests
 * and types are part of `npx jest` and `npm run typecheck`. The lint rule for its imports is checked in
 * layers.test.ts; this reads the files themselves.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");
const PACKAGE = path.join(ROOT, "tools", "fake-office");

interface Manifest {
  name?: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
const manifest = readJson(path.join(PACKAGE, "package.json"));
const root = readJson(path.join(ROOT, "package.json"));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(file);
    return /\.[cm]?[jt]s$/.test(entry.name) ? [file] : [];
  });
}

/** Every module a file names: imports, re-exports, import types, import() and require(). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

describe("tools/fake-office", () => {
  test("is a private package with nothing to install", () => {
    expect(manifest.private).toBe(true);
    expect(manifest.name).toBeDefined();
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(fs.existsSync(path.join(PACKAGE, "node_modules"))).toBe(false);
    expect(fs.existsSync(path.join(PACKAGE, "package-lock.json"))).toBe(false);
  });

  test("uses only what the repository installs, at the repository's versions", () => {
    const installed = { ...root.dependencies, ...root.devDependencies };
    for (const [name, range] of Object.entries(manifest.devDependencies ?? {})) {
      expect([name, installed[name]]).toEqual([name, range]);
      expect(() => require.resolve(`${name}/package.json`, { paths: [PACKAGE] })).not.toThrow();
    }
  });

  test("imports nothing outside its folder, and only Node's modules and its declared packages", () => {
    const files = sourceFiles(PACKAGE);
    expect(files.length).toBeGreaterThan(30);
    const declared = new Set(Object.keys(manifest.devDependencies ?? {}));
    const strays: string[] = [];
    for (const file of files) {
      for (const request of importsOf(file)) {
        const where = path.relative(ROOT, file);
        if (request.startsWith(".")) {
          const target = path.resolve(path.dirname(file), request);
          if (path.relative(PACKAGE, target).startsWith("..")) strays.push(`${where}: ${request}`);
        } else {
          const bare = request.replace(/^node:/, "");
          const name = bare.startsWith("@") ? bare.split("/").slice(0, 2).join("/") : bare.split("/")[0]!;
          if (!builtinModules.includes(bare) && !declared.has(name) && !declared.has(`@types/${name}`))
            strays.push(`${where}: ${request}`);
        }
      }
    }
    expect(strays).toEqual([]);
  });

  test("its tests run with the product's (jest projects) and its types are checked (tsconfig.json)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jestConfig = require(path.join(ROOT, "jest.config.js")) as { projects?: unknown[] };
    expect(jestConfig.projects).toContain("<rootDir>/tools/fake-office");
    const tsconfig = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(tsconfig.config, ts.sys, ROOT);
    expect(parsed.fileNames).toContain(path.join(PACKAGE, "bundle.ts").split(path.sep).join("/"));
  });
});
