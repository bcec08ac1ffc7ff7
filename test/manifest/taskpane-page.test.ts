import { existsSync, readFileSync } from "fs";
import { join } from "path";

/**
 * taskpane.html as written and as the build writes it (html-webpack-plugin minifies it: attributes lose their quotes,
 * "redundant" ones go): its Content-Security-Policy, and the order of its scripts.
 */
const ROOT = join(__dirname, "..", "..");
const pages: { label: string; file: string }[] = [
  { label: "taskpane/taskpane.html", file: join(ROOT, "taskpane", "taskpane.html") },
];
const BUILT = join(ROOT, "dist", "taskpane.html");
if (existsSync(BUILT)) pages.push({ label: "dist/taskpane.html", file: BUILT });
else if (process.env.CI) throw new Error("dist/taskpane.html is missing: run `npm run build` first");

/** Microsoft's Office.js hosts: the classic CDN and its newer host (office-js-docs-pr #5882). */
const OFFICE_JS_HOSTS = [
  "https://appsforoffice.microsoft.com",
  "https://officeapis.public.onecdn.static.microsoft",
];

/** An attribute's value, quoted or not (the minifier drops quotes where it can). */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
}

function contentSecurityPolicy(html: string): Map<string, string[]> {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
  const meta = tags.filter((tag) => /content-security-policy/i.test(attribute(tag, "http-equiv") ?? ""));
  expect(meta).toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const directive of (attribute(meta[0], "content") ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

describe.each(pages)("$label", ({ file }) => {
  const html = readFileSync(file, "utf8");
  const policy = contentSecurityPolicy(html);

  test("allows Office.js's newer host wherever it allows appsforoffice.microsoft.com, and the other way round", () => {
    const withOfficeJs = [...policy].filter(([, sources]) =>
      sources.some((source) => OFFICE_JS_HOSTS.includes(source)),
    );
    expect(withOfficeJs.map(([name]) => name)).toEqual(
      expect.arrayContaining(["script-src", "style-src", "img-src", "font-src", "connect-src", "frame-src"]),
    );
    for (const [name, sources] of withOfficeJs)
      expect({ name, hosts: sources.filter((source) => OFFICE_JS_HOSTS.includes(source)) }).toEqual({
        name,
        hosts: OFFICE_JS_HOSTS,
      });
  });

  test("allows nothing wider: only 'self' and the two Office.js hosts, no wildcard, scheme or eval", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'", ...OFFICE_JS_HOSTS]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        const allowed =
          ["'self'", "'none'"].includes(source) ||
          OFFICE_JS_HOSTS.includes(source) ||
          (name === "style-src" && source === "'unsafe-inline'");
        expect({ name, source, allowed }).toEqual({ name, source, allowed: true });
      }
    }
    // Office.js's telemetry (*.pipe.aria.microsoft.com) stays blocked: it only warns.
    expect([...policy.values()].flat().join(" ")).not.toMatch(/aria\.microsoft\.com|\*/);
  });

  test("loads browser-check.js first, then office.js, then the bundles", () => {
    const scripts = (html.match(/<script\b[^>]*>/gi) ?? []).map((tag) => attribute(tag, "src") ?? "(inline)");
    expect(scripts[0]).toBe("browser-check.js");
    expect(scripts[1]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts).not.toContain("(inline)");
    if (file === BUILT) expect(scripts.slice(2).sort()).toEqual(["functions.js", "taskpane.js"]);
    // The check must run before the bundles parse: never deferred, async or a module.
    const first = (html.match(/<script\b[^>]*>/i) ?? [""])[0];
    expect(first).not.toMatch(/\b(defer|async)\b|type\s*=\s*["']?module/i);
  });
});
