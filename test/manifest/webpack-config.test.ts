import { readFileSync } from "fs";
import { join } from "path";

/**
 * Where a build points the manifest: the local build (`npm run build`, what the tests, the bench and `npm start`'s
 * machinery use) keeps https://localhost:3000/; a production build (`npm run build:prod`) needs ADDIN_PUBLIC_URL and
 * fails without it, saying so, instead of pointing the add-in at a host that is not the user's.
 */
const ROOT = join(__dirname, "..", "..");

interface WebpackConfigModule {
  urlDev: string;
  productionUrl(env?: Record<string, unknown>, environment?: Record<string, string | undefined>): string;
  rewriteManifest(content: Buffer | string, url: string): string;
  (env: Record<string, unknown>, argv: { mode: string }): Promise<{ plugins: unknown[] }>;
}
// webpack.config.js is CommonJS; load it the way webpack does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(ROOT, "webpack.config.js")) as WebpackConfigModule;
const scripts = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

describe("a production build without ADDIN_PUBLIC_URL", () => {
  const saved = process.env.ADDIN_PUBLIC_URL;
  beforeEach(() => {
    delete process.env.ADDIN_PUBLIC_URL;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  });

  test("fails before building, naming ADDIN_PUBLIC_URL and the fix", async () => {
    const message =
      /ADDIN_PUBLIC_URL is not set.*ADDIN_PUBLIC_URL=https:\/\/.* npm run build:prod.*npm run build` for the local build/;
    await expect(config({}, { mode: "production" })).rejects.toThrow(message);
    expect(() => config.productionUrl({}, {})).toThrow(message);
    expect(() => config.productionUrl({}, { ADDIN_PUBLIC_URL: "  " })).toThrow(message);
  });

  test("falls back on no host of anyone's (no example.com or other default left in the config)", () => {
    expect(readFileSync(join(ROOT, "webpack.config.js"), "utf8")).not.toMatch(/ADDIN_PUBLIC_URL \|\|/);
  });

  test("the local build (--env local) and the development build need no URL", async () => {
    await expect(config({ local: true }, { mode: "production" })).resolves.toBeDefined();
    await expect(config({}, { mode: "development" })).resolves.toBeDefined();
    expect(config.productionUrl({ local: true }, {})).toBe("https://localhost:3000/");
  });
});

test("a production build uses ADDIN_PUBLIC_URL, checked, with the trailing slash the rewrite needs", () => {
  expect(config.productionUrl({}, { ADDIN_PUBLIC_URL: "https://addin.example.com/customs" })).toBe(
    "https://addin.example.com/customs/",
  );
  expect(() => config.productionUrl({}, { ADDIN_PUBLIC_URL: "http://addin.example.com/" })).toThrow(/https/);
  expect(() => config.productionUrl({}, { ADDIN_PUBLIC_URL: "not a url" })).toThrow(/not a URL/);
});

test("the rewrite changes every development URL of manifest.xml to the production one, and nothing else", () => {
  const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  const url = "https://addin.example.com/customs/";
  const rewritten = config.rewriteManifest(Buffer.from(source), url);
  expect(rewritten).not.toMatch(/localhost/);
  expect(rewritten.split(url).length).toBe(source.split(config.urlDev).length);
  expect(rewritten.split(url).join(config.urlDev)).toBe(source);
});

test("npm test, .ci/run and the bench build locally; build:prod is the production build", () => {
  expect(scripts.pretest).toBe("npm run build");
  expect(scripts.build).toMatch(/webpack --mode production --env local$/);
  expect(scripts["build:prod"]).toMatch(/webpack --mode production$/);
  expect(scripts["build:prod"]).not.toMatch(/--env local/);
  expect(readFileSync(join(ROOT, ".ci", "run"), "utf8")).toMatch(/^npm run build$/m);
  // npm start serves from memory in development mode (webpack serve --mode development): no URL needed.
  expect(scripts["dev-server"]).toMatch(/--mode development/);
});
