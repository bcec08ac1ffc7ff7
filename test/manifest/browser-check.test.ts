import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import { runInNewContext } from "vm";

/**
 * taskpane/browser-check.js: the ES5 script taskpane.html loads first. In Internet Explorer 11 (the shared runtime of
 * older Office builds on Windows) it says in the pane which Office is needed; anywhere else it does nothing.
 */
const ROOT = join(__dirname, "..", "..");
const SOURCE = join(ROOT, "taskpane", "browser-check.js");
const BUILT = join(ROOT, "dist", "browser-check.js");
const source = readFileSync(SOURCE, "utf8");

/** The few elements the script touches, as attributes and text. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  textContent = "";
  constructor(readonly id: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
}

interface Run {
  readonly elements: Map<string, FakeElement>;
  /** Listeners the script added to the document, by event. */
  readonly listeners: Map<string, () => void>;
}

/** Runs the script in a bare context with `window` and `document` stubs. */
function run(window: Record<string, unknown>, document: { readyState: string; documentMode?: number }): Run {
  const elements = new Map(["app", "status", "pane"].map((id) => [id, new FakeElement(id)]));
  const listeners = new Map<string, () => void>();
  const doc = {
    ...document,
    getElementById: (id: string) => elements.get(id) ?? null,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
  };
  runInNewContext(source, { window, document: doc }, { filename: "browser-check.js" });
  return { elements, listeners };
}

/** What a browser with ES2015 has (the script looks for these built-ins on window). */
const modern = { Symbol, Promise, Map, Proxy, Reflect };

function expectMessage(elements: Map<string, FakeElement>): void {
  const status = elements.get("status")!;
  expect(status.textContent).toMatch(/Internet Explorer 11/);
  expect(status.textContent).toMatch(/16\.0\.13530\.20424/);
  expect(status.textContent).toMatch(/Office 2021 or later/);
  expect(status.textContent).toMatch(/WebView2/);
  expect(elements.get("app")!.attributes.get("data-state")).toBe("unsupported");
  expect(elements.get("app")!.attributes.get("aria-busy")).toBe("false");
  expect(elements.get("pane")!.attributes.has("hidden")).toBe(true);
}

test("is ES5: it parses as ECMAScript 5 (Internet Explorer 11 parses nothing newer)", () => {
  expect(() => parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  // The bundles are not: the same parser refuses ES2015 syntax, so the check above means something.
  expect(() => parse("const a = () => 1;", { ecmaVersion: 5 })).toThrow();
});

test("uses no eval, no Function constructor and no timers with strings (the CSP allows no eval)", () => {
  expect(source).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(/);
});

test("in Internet Explorer 11 (document.documentMode), writes the message once the page is parsed", () => {
  const { elements, listeners } = run({}, { readyState: "loading", documentMode: 11 });
  expect(elements.get("status")!.textContent).toBe("");
  const ready = listeners.get("DOMContentLoaded");
  expect(ready).toBeDefined();
  ready!();
  expectMessage(elements);
});

test("where ES2015's built-ins are missing (the feature test fails), writes the message at once when parsed", () => {
  const { elements } = run({ Symbol, Promise, Map, Reflect }, { readyState: "interactive" });
  expectMessage(elements);
  expectMessage(run({}, { readyState: "complete" }).elements);
});

test("does nothing in a modern webview", () => {
  for (const readyState of ["loading", "interactive", "complete"]) {
    const { elements, listeners } = run(modern, { readyState });
    expect(listeners.size).toBe(0);
    for (const element of elements.values()) {
      expect(element.textContent).toBe("");
      expect(element.attributes.size).toBe(0);
    }
  }
});

const built = existsSync(BUILT);
if (!built && process.env.CI) throw new Error("dist/browser-check.js is missing: run `npm run build` first");
(built ? test : test.skip)("ships in dist/ as written (copied, not transpiled or minified)", () => {
  expect(readFileSync(BUILT, "utf8")).toBe(source);
});
