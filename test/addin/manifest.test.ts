import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Semantic checks of the add-in manifest, beyond what the XSD schema (.ci/run) can say: manifest.xml
 * as written, and dist/manifest.xml as the last build wrote it: `npm run build` keeps https://localhost:3000/ (the
 * local build the tests use), `npm run build:prod` rewrites it to ADDIN_PUBLIC_URL (test/manifest/webpack-config.test.ts).
 */

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");

interface WebpackConfigModule {
  urlDev: string;
  (
    env: Record<string, unknown>,
    argv: { mode: string },
  ): Promise<{
    entry: Record<string, string>;
    output: { filename: string };
    plugins: { constructor: { name: string }; options?: Record<string, unknown>; plugin?: unknown }[];
  }>;
}
// webpack.config.js is CommonJS; load it the way webpack does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(join(ROOT, "webpack.config.js")) as WebpackConfigModule;

/** One XML element: name with its prefix (bt:Image), attributes, child elements and text. */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type OrderedNode = Record<string, unknown>;

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text" && key !== "#comment");
  if (name === undefined) return undefined;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries((node[":@"] ?? {}) as Record<string, unknown>)) {
    attributes[key.replace(/^@_/, "")] = String(value);
  }
  const rawChildren = (node[name] ?? []) as OrderedNode[];
  const children: XmlElement[] = [];
  let text = "";
  for (const child of rawChildren) {
    if ("#text" in child) text += String(child["#text"]);
    const element = toElement(child);
    if (element) children.push(element);
  }
  return { name, attributes, children, text: text.trim() };
}

function parseManifest(xml: string): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    commentPropName: "#comment",
  });
  const documentNodes = parser.parse(xml) as OrderedNode[];
  const root = documentNodes.map(toElement).find((element) => element?.name === "OfficeApp");
  if (!root) throw new Error("no OfficeApp root element");
  return root;
}

/** Every element below (and including) root, with its ancestors' names. */
function* walk(root: XmlElement, path: string[] = []): Generator<{ element: XmlElement; path: string[] }> {
  yield { element: root, path };
  for (const child of root.children) yield* walk(child, [...path, root.name]);
}

function all(root: XmlElement, name: string): XmlElement[] {
  return [...walk(root)].filter(({ element }) => element.name === name).map(({ element }) => element);
}

function one(root: XmlElement, name: string): XmlElement {
  const found = all(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0]!;
}

function child(parent: XmlElement, name: string): XmlElement {
  const found = parent.children.filter((element) => element.name === name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${parent.name}>, found ${found.length}`);
  return found[0]!;
}

/** The resources of <Resources>, by kind, as id → DefaultValue. */
type ResourceKind = "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings";
const RESOURCE_KINDS: ResourceKind[] = ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"];

function resources(root: XmlElement): { kind: ResourceKind; id: string; value: string }[] {
  const list: { kind: ResourceKind; id: string; value: string }[] = [];
  const resourcesElement = one(root, "Resources");
  for (const kind of RESOURCE_KINDS) {
    for (const group of resourcesElement.children.filter((element) => element.name === kind)) {
      for (const item of group.children) {
        list.push({ kind, id: item.attributes.id ?? "", value: item.attributes.DefaultValue ?? "" });
      }
    }
  }
  return list;
}

/** Which kind of resource a resid on this element must name. */
function expectedKind(element: XmlElement, parentName: string): ResourceKind {
  switch (element.name) {
    case "bt:Image":
      return "bt:Images";
    case "SourceLocation":
    case "Runtime":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "bt:Urls";
    case "Description":
      return "bt:LongStrings";
    case "Label":
    case "Title":
    case "Namespace":
      return "bt:ShortStrings";
    default:
      throw new Error(`resid on unexpected element <${element.name}> in <${parentName}>`);
  }
}

/** Resolves a resid to its resource (the manifest must define it exactly once). */
function resolve(root: XmlElement, resid: string): { kind: ResourceKind; id: string; value: string } {
  const matches = resources(root).filter((resource) => resource.id === resid);
  if (matches.length !== 1) throw new Error(`resid "${resid}" is defined ${matches.length} times`);
  return matches[0]!;
}

/** Every URL in the manifest: DefaultValue attributes and element text that look like URLs. */
function urls(root: XmlElement): string[] {
  const found: string[] = [];
  for (const { element } of walk(root)) {
    const value = element.attributes.DefaultValue;
    if (value !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) found.push(value);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(element.text)) found.push(element.text);
  }
  return found;
}

/** The URL that the resid on `element` (or its <SourceLocation> child) names. */
function urlOf(root: XmlElement, element: XmlElement): string {
  const resid = element.attributes.resid ?? child(element, "SourceLocation").attributes.resid;
  if (resid === undefined) throw new Error(`<${element.name}> has no resid`);
  const resource = resolve(root, resid);
  expect(resource.kind).toBe("bt:Urls");
  return resource.value;
}

function customFunctionsExtensionPoint(root: XmlElement): XmlElement {
  const points = all(root, "ExtensionPoint").filter(
    (element) => element.attributes["xsi:type"] === "CustomFunctions",
  );
  expect(points).toHaveLength(1);
  return points[0]!;
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature) || data.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** The file names webpack writes for functions.js, functions.json and the task pane page. */
async function webpackOutputNames(): Promise<{ script: string; metadata: string; page: string }> {
  const config = await webpackConfig({ local: true }, { mode: "production" });
  expect(Object.keys(config.entry)).toEqual(expect.arrayContaining(["functions", "taskpane"]));
  const script = config.output.filename.replace("[name]", "functions");
  const metadataPlugin = config.plugins.find((plugin) =>
    /CustomFunctionsMetadata/.test(plugin.constructor.name),
  );
  const inner = (metadataPlugin?.plugin ?? metadataPlugin) as { options?: { output?: string } } | undefined;
  const metadata = inner?.options?.output;
  const htmlPlugin = config.plugins.find((plugin) => plugin.constructor.name === "HtmlWebpackPlugin") as
    { userOptions?: { filename?: string } } | undefined;
  const page = htmlPlugin?.userOptions?.filename;
  if (typeof metadata !== "string" || typeof page !== "string") {
    throw new Error(
      "webpack.config.js has no CustomFunctionsMetadataPlugin output or HtmlWebpackPlugin filename",
    );
  }
  return { script, metadata, page };
}

const manifests: { label: string; file: string; origin: string; built: boolean }[] = [
  {
    label: "manifest.xml",
    file: join(ROOT, "manifest.xml"),
    origin: new URL(webpackConfig.urlDev).origin,
    built: false,
  },
];
const distBuilt = existsSync(join(DIST, "manifest.xml"));
/** The URL the last build was made for: where dist/manifest.xml's task pane page is, without the file name. */
const builtBase = distBuilt
  ? new URL(
      ".",
      child(
        one(parseManifest(readFileSync(join(DIST, "manifest.xml"), "utf8")), "DefaultSettings"),
        "SourceLocation",
      ).attributes.DefaultValue ?? "",
    ).href
  : webpackConfig.urlDev;
if (distBuilt) {
  manifests.push({
    label: "dist/manifest.xml",
    file: join(DIST, "manifest.xml"),
    origin: new URL(builtBase).origin,
    built: true,
  });
} else if (process.env.CI) {
  throw new Error("dist/manifest.xml is missing: run `npm run build` before the tests (npm test does)");
}

describe.each(manifests)("$label", ({ file, origin, built }) => {
  const xml = readFileSync(file, "utf8");
  const root = parseManifest(xml);
  const base = built ? builtBase : webpackConfig.urlDev;

  test("is an Excel (Workbook) task pane add-in with a GUID Id and an n.n.n.n Version", () => {
    expect(root.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(child(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const version = child(root, "Version").text;
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    const packageVersion = (
      JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
    ).version;
    expect(version.startsWith(`${packageVersion.replace(/[-+].*$/, "")}.`)).toBe(true);
    expect(child(root, "Hosts").children.map((host) => host.attributes.Name)).toEqual(["Workbook"]);
    const overrideHosts = all(child(root, "VersionOverrides"), "Host");
    expect(overrideHosts.map((host) => host.attributes["xsi:type"])).toEqual(["Workbook"]);
  });

  test("asks for the least permission that works: ReadWriteDocument", () => {
    expect(child(root, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.Error needs 1.2)", () => {
    const sets = all(child(root, "Requirements"), "Set");
    const byName = new Map(sets.map((set) => [set.attributes.Name, set.attributes.MinVersion]));
    expect(byName.get("SharedRuntime")).toBe("1.1");
    expect(byName.get("CustomFunctionsRuntime")).toBe("1.2");
  });

  test("every resid resolves to exactly one resource of the right kind, and every resource is used", () => {
    const ids = resources(root).map((resource) => resource.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set<string>();
    for (const { element, path } of walk(root)) {
      const resid = element.attributes.resid;
      if (resid === undefined) continue;
      const resource = resolve(root, resid);
      expect({ resid, kind: resource.kind }).toEqual({
        resid,
        kind: expectedKind(element, path[path.length - 1] ?? ""),
      });
      expect(resource.value).not.toBe("");
      used.add(resid);
    }
    expect(used.size).toBeGreaterThan(0);
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test(`every URL is https on one origin (${origin})`, () => {
    const list = urls(root).filter((url) => !url.startsWith("http://schemas."));
    expect(list.length).toBeGreaterThan(5);
    for (const url of list) {
      const parsed = new URL(url);
      expect({ url, protocol: parsed.protocol }).toEqual({ url, protocol: "https:" });
      expect({ url, origin: parsed.origin }).toEqual({ url, origin });
      expect(url.startsWith(base)).toBe(true);
    }
    if (built && builtBase !== webpackConfig.urlDev) {
      expect(xml).not.toMatch(/localhost/i);
    }
  });

  test("defines the CUSTOMS namespace for the custom functions", () => {
    const namespace = child(customFunctionsExtensionPoint(root), "Namespace");
    const resource = resolve(root, namespace.attributes.resid ?? "");
    expect(resource.kind).toBe("bt:ShortStrings");
    expect(resource.value).toBe("CUSTOMS");
  });

  test("points at the files webpack writes (functions.js, functions.json, the task pane page)", async () => {
    const names = await webpackOutputNames();
    const point = customFunctionsExtensionPoint(root);
    expect(urlOf(root, child(point, "Script"))).toBe(`${base}${names.script}`);
    expect(urlOf(root, child(point, "Metadata"))).toBe(`${base}${names.metadata}`);
    expect(urlOf(root, child(point, "Page"))).toBe(`${base}${names.page}`);
    if (built) {
      for (const name of [names.script, names.metadata, names.page]) {
        expect({ name, exists: existsSync(join(DIST, name)) }).toEqual({ name, exists: true });
      }
    }
  });

  test("runs the task pane and the functions in one shared runtime", () => {
    const page = urlOf(root, child(customFunctionsExtensionPoint(root), "Page"));
    const runtimes = all(root, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]!.attributes.lifetime).toBe("long");
    expect(urlOf(root, runtimes[0]!)).toBe(page);
    expect(urlOf(root, one(root, "FunctionFile"))).toBe(page);
    expect(child(one(root, "DefaultSettings"), "SourceLocation").attributes.DefaultValue).toBe(page);
    const actions = all(root, "Action");
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
      expect(urlOf(root, action)).toBe(page);
    }
  });

  test("has a Home-tab button that opens the task pane", () => {
    const home = all(root, "OfficeTab").find((tab) => tab.attributes.id === "TabHome");
    expect(home).toBeDefined();
    const controls = all(home!, "Control");
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      expect(control.attributes["xsi:type"]).toBe("Button");
      expect(child(control, "Action").attributes["xsi:type"]).toBe("ShowTaskpane");
      const supertip = child(control, "Supertip");
      expect(
        resolve(root, child(supertip, "Description").attributes.resid ?? "").value.length,
      ).toBeGreaterThan(0);
    }
  });

  test("every icon is a PNG in assets/ of the size the manifest says", () => {
    const icons: { url: string; size?: number }[] = [
      { url: child(root, "IconUrl").attributes.DefaultValue ?? "", size: 32 },
      { url: child(root, "HighResolutionIconUrl").attributes.DefaultValue ?? "", size: 64 },
    ];
    for (const image of all(root, "bt:Image").filter((element) => element.attributes.resid !== undefined)) {
      const resource = resolve(root, image.attributes.resid!);
      icons.push({ url: resource.value, size: Number(image.attributes.size) });
    }
    for (const resource of resources(root).filter((item) => item.kind === "bt:Images")) {
      icons.push({ url: resource.value });
    }
    for (const { url, size } of icons) {
      expect(url.startsWith(`${base}assets/`)).toBe(true);
      const relative = url.slice(base.length);
      const source = join(ROOT, relative);
      expect({ url, exists: existsSync(source) }).toEqual({ url, exists: true });
      if (size !== undefined) expect({ url, ...pngSize(source) }).toEqual({ url, width: size, height: size });
      if (built) expect({ url, built: existsSync(join(DIST, relative)) }).toEqual({ url, built: true });
    }
  });

  if (built) {
    test("every URL names a file the build wrote", () => {
      for (const url of urls(root)) {
        expect(url.startsWith(base)).toBe(true);
        const relative = url.slice(base.length).replace(/[?#].*$/, "");
        expect({ url, exists: existsSync(join(DIST, relative)) }).toEqual({ url, exists: true });
      }
    });
  }
});

describe("the production rewrite", () => {
  test("changes every development URL and nothing else", () => {
    if (!distBuilt) return;
    const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const built = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(source.split(webpackConfig.urlDev).length).toBeGreaterThan(5);
    expect(built).toBe(source.split(webpackConfig.urlDev).join(builtBase));
  });

  test("the build was made for an https URL that ends in a slash", () => {
    expect(builtBase).toMatch(/^https:\/\/[^/]+(\/.*)?\/$/);
    expect(webpackConfig.urlDev).toBe("https://localhost:3000/");
  });
});
