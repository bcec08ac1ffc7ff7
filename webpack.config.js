/**
 * Builds the Excel add-in into dist/: taskpane.html (one page hosting the task pane and the custom
 * functions in the shared runtime), browser-check.js (ES5, copied as written: loaded first, it tells
 * users of Internet Explorer 11 webviews which Office they need), functions.js (self-contained: one
 * file with its own webpack runtime, the JSDoc's CustomFunctions.associate calls appended), functions.json
 * (generated from the JSDoc of functions/functions.ts), manifest.xml and assets/.
 *
 * In Excel, functions.js runs in the shared runtime, the task pane page, after office.js, which defines the
 * `CustomFunctions` global: there it is always defined. Only where functions.js loads outside Excel (the
 * page opened in a browser tab, say) does it stop at "CustomFunctions is not defined", and that is expected.
 *
 *   npm run build       webpack --mode production --env local: the local build that the tests, the bench
 *                       and the browser tests use; manifest.xml keeps https://localhost:3000/ (urlDev)
 *   npm run build:prod  webpack --mode production: every https://localhost:3000/ in manifest.xml becomes
 *                       ADDIN_PUBLIC_URL (required: without it the build fails and says so)
 *   webpack --mode development   manifest.xml as it is, source maps
 *   webpack serve                the dev server on https://localhost:3000 (npm start uses it)
 */
"use strict";

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Where manifest.xml points during development, and where the local build (npm run build) is served. */
const urlDev = "https://localhost:3000/";
const devServerPort = 3000;

/**
 * Where a production build is served from: https://localhost:3000/ for the local build (`--env local`, what
 * `npm run build` passes), else ADDIN_PUBLIC_URL, which a production build cannot do without (there is no
 * default host to fall back on: a manifest pointing at a host that is not yours would install an add-in that
 * never loads).
 */
function productionUrl(env = {}, environment = process.env) {
  const given = environment.ADDIN_PUBLIC_URL;
  if (env.local) {
    if (given !== undefined && given.trim() !== "" && given.trim().replace(/\/?$/, "/") !== urlDev) {
      console.warn(
        `webpack.config.js: npm run build is the local build for ${urlDev} and leaves ADDIN_PUBLIC_URL (${given}) aside; ` +
          "build for that URL with `npm run build:prod`.",
      );
    }
    return urlDev;
  }
  if (given === undefined || given.trim() === "") {
    throw new Error(
      "ADDIN_PUBLIC_URL is not set: a production build needs the https URL the add-in will be served from. " +
        "Run `ADDIN_PUBLIC_URL=https://addin.example.com/ npm run build:prod` (your own host), " +
        `or \`npm run build\` for the local build served at ${urlDev}.`,
    );
  }
  return publicUrl(given);
}

/** Checks a deployment URL and gives it the trailing slash the manifest rewrite relies on. */
function publicUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${text}" (expected e.g. https://addin.example.com/)`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PUBLIC_URL must use https (Office loads add-ins only over https): "${text}"`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must not have a query or fragment: "${text}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Rewrites every development URL in the manifest (not only the first) to `url`. */
function rewriteManifest(content, url) {
  const text = content.toString("utf8");
  if (!text.includes(urlDev)) {
    throw new Error(`manifest.xml contains no ${urlDev} URL to rewrite`);
  }
  return text.split(urlDev).join(url);
}

/**
 * CustomFunctionsMetadataPlugin, made safe for watch mode (npm start). The plugin as published
 * 1. taps `compilation`, which child compilers (html-webpack-plugin's) inherit, so it also adds
 *    functions.json to the child compilation, whose cached copy goes stale after the first edit
 *    ("Conflict: Multiple assets emit different content to the same filename functions.json");
 * 2. pushes its loader (which appends the CustomFunctions.associate calls) onto `module.loaders`,
 *    an array webpack may share between modules, so taskpane.ts could get functions.ts's
 *    associate calls on a rebuild.
 * This wrapper runs it for the main compilation only and gives every module its own loader list,
 * without earlier copies of the plugin's loader, before the plugin adds its loader.
 */
class CustomFunctionsMetadataWebpackPlugin {
  constructor(options) {
    this.plugin = new CustomFunctionsMetadataPlugin(options);
  }

  apply(compiler) {
    const { NormalModule } = compiler.webpack;
    const isMetadataLoader = (item) =>
      /custom-functions-metadata-plugin[\\/]lib[\\/]loader\.js$/.test(item.loader);
    const compilationHook = {
      tap: (options, fn) =>
        compiler.hooks.compilation.tap(options, (compilation, params) => {
          if (compilation.compiler !== compiler) return;
          NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(
            { name: "CustomFunctionsMetadataWebpackPlugin", stage: -100 },
            (_loaders, module) => {
              module.loaders = module.loaders.filter((item) => !isMetadataLoader(item));
            },
          );
          fn(compilation, params);
        }),
    };
    const hooks = { ...compiler.hooks, compilation: compilationHook };
    this.plugin.apply(
      new Proxy(compiler, { get: (target, name) => (name === "hooks" ? hooks : Reflect.get(target, name)) }),
    );
  }
}

/** The languages of functions/lang/*.json, each written as functions-LANG.json beside functions.json. */
const FUNCTION_LANGUAGES = ["fr", "nl", "de", "zh"];

/**
 * The custom functions' metadata in each language, the way Microsoft documents it ("Custom functions naming and
 * localization"): one JSON file per language, with the same ids and each function's and parameter's name and
 * description in that language (functions/lang/LANG.json); manifest.xml points each Office language at its file
 * with bt:Override. The English functions.json, made from the JSDoc, is the base: a translation gives words only,
 * so types, dimensionality and options cannot drift between languages.
 */
function localizedMetadata(english, translation, language) {
  return {
    ...english,
    functions: english.functions.map((fn) => {
      const words = translation[fn.id];
      if (words === undefined) throw new Error(`functions/lang/${language}.json has no words for ${fn.id}`);
      return {
        ...fn,
        name: words.name,
        description: words.description,
        parameters: fn.parameters.map((parameter) => {
          const said = words.parameters?.[parameter.name];
          if (said === undefined)
            throw new Error(`functions/lang/${language}.json has no words for ${fn.id}'s ${parameter.name}`);
          return { ...parameter, name: said.name, description: said.description };
        }),
        ...(fn.result === undefined ? {} : { result: fn.result }),
      };
    }),
  };
}

class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizedFunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (asset === undefined) return;
          const english = JSON.parse(asset.source.source().toString());
          for (const language of FUNCTION_LANGUAGES) {
            const file = path.resolve(__dirname, "functions", "lang", `${language}.json`);
            compilation.fileDependencies.add(file);
            const translation = JSON.parse(fs.readFileSync(file, "utf8"));
            const text = `${JSON.stringify(localizedMetadata(english, translation, language), null, 4)}\n`;
            compilation.emitAsset(`functions-${language}.json`, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

/**
 * @param {Record<string, unknown>} env webpack-cli's --env values (WEBPACK_SERVE when serving, local for the
 *   local production build)
 * @param {{ mode?: "production" | "development" | "none" }} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  // Checked first, before anything is built: a production build without its URL stops here.
  const urlProd = dev ? urlDev : productionUrl(env);
  const root = __dirname;
  const functionsSource = path.resolve(root, "functions/functions.ts");

  /** @type {import("webpack").Configuration & { devServer: import("webpack-dev-server").Configuration }} */
  const config = {
    context: root,
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./taskpane/taskpane.ts",
      functions: "./functions/functions.ts",
    },
    output: {
      path: path.resolve(root, "dist"),
      filename: "[name].js",
      clean: true,
    },
    // One file per entry, each carrying its own runtime: functions.js must run on its own.
    optimization: {
      runtimeChunk: false,
      splitChunks: false,
    },
    resolve: {
      extensions: [".ts", ".js"],
      // Lets sources import "./money.js" (Node ESM style) as well as "./money".
      extensionAlias: { ".js": [".ts", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Full type check of everything bundled (no transpileOnly); errors fail the build.
            options: { configFile: path.resolve(root, "tsconfig.addin.json"), onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataWebpackPlugin({
        output: "functions.json",
        input: functionsSource,
      }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "taskpane/taskpane.css", to: "[name][ext]" },
          // The help page, and its French, Dutch, German and Chinese copies (support-LANG.html).
          { from: "taskpane/support*.html", to: "[name][ext]" },
          // ES5 as written, never transpiled or minified (minimized: true keeps Terser, which would write
          // ES2020, off it): it must parse where the bundles do not (Internet Explorer 11).
          { from: "taskpane/browser-check.js", to: "[name][ext]", info: { minimized: true } },
          dev
            ? { from: "manifest.xml", to: "[name][ext]" }
            : {
                from: "manifest.xml",
                to: "[name][ext]",
                transform: (content) => rewriteManifest(content, urlProd),
              },
        ],
      }),
    ],
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 512 * 1024,
      maxAssetSize: 512 * 1024,
    },
    devServer: {
      port: devServerPort,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https" },
      static: false,
      hot: false,
      liveReload: true,
      // Build errors cover the page; runtime errors do not: opened in a browser tab (to trust the
      // certificate), outside Excel, functions.js finds no CustomFunctions global (office.js defines it
      // only in Excel), and that expected error must not hide the page.
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
    },
  };

  if (env.WEBPACK_SERVE) {
    // `webpack serve` (the dev-server script that office-addin-debugging starts): the same
    // certificates npm start uses. npm start itself supplies them and never takes this path.
    const { getDevHttpsOptions } = require("./scripts/dev-certs");
    const certs = await getDevHttpsOptions();
    console.log(certs.summary);
    config.devServer.server = { type: "https", options: certs.options };
  }

  return config;
};

module.exports.urlDev = urlDev;
module.exports.devServerPort = devServerPort;
module.exports.productionUrl = productionUrl;
module.exports.rewriteManifest = rewriteManifest;
