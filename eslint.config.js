/**
 * ESLint flat config: eslint-plugin-office-addins' recommended rules (Office.js load/sync rules,
 * Prettier as a lint rule) with typescript-eslint's recommended rules, plus type-aware promise
 * rules where Office.js is called, plus the layers of the README's "Development" section:
 * functions → engine; taskpane → sheet → engine; cli → sheet → engine; nothing under src/ uses
 * Office.js or the DOM; only src/cli uses Node; tools/fake-office imports nothing of the product.
 * test/lint/layers.test.ts checks that each of these rules still fires.
 */
"use strict";

const { builtinModules } = require("node:module");
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const globals = require("globals");

/**
 * The plugin's recommended config brings its own (older) copy of typescript-eslint's plugin and parser;
 * ESLint refuses two different plugins under one name, so use the project's copy for both.
 */
const officeAddinsRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins || !config.plugins["@typescript-eslint"]) return config;
  const { "@typescript-eslint": _ignored, ...plugins } = config.plugins;
  const { parser: _parser, ...languageOptions } = config.languageOptions || {};
  return { ...config, plugins, languageOptions };
});

// ---------------------------------------------------------------------------------------------------------------
// Layers. no-restricted-imports matches the text of an import, not the file it resolves to: a relative import
// reaches another folder of the repository with one or more "../" (an optional "./" first). The patterns are
// regular expressions (case-insensitive). A rule's options are replaced, not merged, by a later config object for
// the same file, so each group of files below gets its whole list.
// ---------------------------------------------------------------------------------------------------------------

/** A relative import that climbs into one of these folders ("../sheet", "../../src/cli/main", "../test"). */
function into(folders) {
  return String.raw`^(\./)?(\.\./)+(${folders.join("|")})(/|$)`;
}

const LAYERS = "README.md, Development";
const OFFICE_JS = {
  regex: String.raw`^(@microsoft/office-js|office-js|@types/office-js|custom-functions-runtime|@types/custom-functions-runtime|office-addin-[^/]+|@microsoft/office-[^/]+)(/|$)|appsforoffice\.microsoft\.com`,
  message: `Nothing under src/ uses Office.js: Excel is reached only from taskpane/ and functions/ (${LAYERS}).`,
};
const NODE_BUILTINS = {
  regex: `^(node:|(${builtinModules.join("|")})(/|$))`,
  message: `Node's modules are for src/cli only: src/engine, src/sheet, functions/ and taskpane/ run in Excel (${LAYERS}).`,
};
const CLI_PACKAGES = {
  regex: String.raw`^(exceljs|cli-progress)(/|$)`,
  message: `exceljs and cli-progress are the bulk checker's (src/cli): the other layers run in Excel (${LAYERS}).`,
};
const TEST_CODE = {
  regex: into(["test", "tools", "bench", "scripts"]),
  message: "The product imports no test code, tools, benchmark or scripts.",
};
const ENTRY_POINTS = {
  regex: into(["taskpane", "functions"]),
  message: `Nothing under src/ imports the add-in's entry points taskpane/ and functions/ (${LAYERS}).`,
};

/** What Office.js and the custom functions runtime put on the page. */
const OFFICE_GLOBALS = [
  "Office",
  "Excel",
  "OfficeExtension",
  "OfficeCore",
  "OfficeRuntime",
  "CustomFunctions",
  "CustomFunctionMappings",
  "Word",
  "PowerPoint",
  "OneNote",
  "Visio",
  "Outlook",
];
/** Browser globals that Node does not have, and the ones Node has too but only a page means (navigator, storage). */
const BROWSER_ONLY = Object.keys(globals.browser)
  .filter((name) => !(name in globals.node) && !(name in globals["shared-node-browser"]))
  .concat(["navigator", "Navigator", "localStorage", "sessionStorage", "Storage"]);
/** Node's globals that a browser does not have. */
const NODE_ONLY = Object.keys(globals.node).filter(
  (name) => !(name in globals.browser) && !(name in globals["shared-node-browser"]),
);

/** A regular expression inside an esquery selector: esquery ends it at the first "/", escaped or not. */
const selectorRegex = (regex) => `/${regex.replace(/\//g, String.raw`\x2F`)}/i`;

/**
 * The rules of one group of files: `imports` are no-restricted-imports patterns (also applied to `import("…")` and
 * `require("…")`, which that rule does not see); `globals` the global names the group may not use, with `message`;
 * `officeTypes` forbids Office.js types in type positions (`Excel.Range`, `typeof Office`), which
 * no-restricted-globals leaves alone.
 */
function layer({ imports, globals: names = [], message = "", officeTypes = false }) {
  const syntax = imports.flatMap(({ regex, message: why }) => [
    { selector: `ImportExpression > Literal.source[value=${selectorRegex(regex)}]`, message: why },
    {
      selector: `CallExpression[callee.name="require"] > Literal.arguments[value=${selectorRegex(regex)}]`,
      message: why,
    },
  ]);
  if (officeTypes) {
    const office = `/^(${OFFICE_GLOBALS.join("|")})$/`;
    const why = `No Office.js types under src/ (${LAYERS}).`;
    syntax.push(
      { selector: `TSQualifiedName[left.type="Identifier"][left.name=${office}]`, message: why },
      { selector: `TSTypeQuery > Identifier.exprName[name=${office}]`, message: why },
    );
  }
  const rules = {
    "@typescript-eslint/no-restricted-imports": ["error", { patterns: imports }],
    "no-restricted-syntax": ["error", ...syntax],
  };
  if (names.length > 0) {
    const list = [...new Set(names)].map((name) => ({ name, message }));
    // checkGlobalObject: `globalThis.document`, `self.Office` and `window.Excel` count too.
    rules["no-restricted-globals"] = ["error", { globals: list, checkGlobalObject: true }];
  }
  return rules;
}

const DOM_MESSAGE = `Nothing under src/ uses the DOM or Office.js: the page is taskpane/'s (${LAYERS}).`;
const PURE_MESSAGE = `src/engine and src/sheet run in Excel and in Node: no DOM, no Office.js, no Node globals (${LAYERS}).`;

module.exports = tseslint.config(
  {
    ignores: ["dist/", "build/", "coverage/", "node_modules/", "test-artifacts/", ".dev-certs/"],
  },
  ...officeAddinsRecommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022 },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Node scripts and configuration in CommonJS.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests, and the fake Office host they run against, read unloaded proxies on purpose (to check its errors).
    files: ["test/**/*.ts", "tools/fake-office/**/*.ts"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // Code that runs in Excel: a forgotten await on Office.js is a silent bug.
    files: ["functions/**/*.ts", "taskpane/**/*.ts"],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },

  // --- Layers -------------------------------------------------------------------------------------------------
  {
    // Anything under src/ (a new folder included): no Office.js, no DOM, no entry points, no test code.
    files: ["src/**/*.ts"],
    languageOptions: { globals: { ...globals["shared-node-browser"] } },
    rules: layer({
      imports: [OFFICE_JS, ENTRY_POINTS, TEST_CODE],
      globals: [...BROWSER_ONLY, ...OFFICE_GLOBALS],
      message: DOM_MESSAGE,
      officeTypes: true,
    }),
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: layer({
      imports: [
        {
          regex: into(["(src/)?sheet", "(src/)?cli"]),
          message: `src/engine is the bottom layer: it imports nothing of src/sheet or src/cli (${LAYERS}).`,
        },
        OFFICE_JS,
        NODE_BUILTINS,
        CLI_PACKAGES,
        ENTRY_POINTS,
        TEST_CODE,
      ],
      globals: [...BROWSER_ONLY, ...NODE_ONLY, ...OFFICE_GLOBALS],
      message: PURE_MESSAGE,
      officeTypes: true,
    }),
  },
  {
    files: ["src/sheet/**/*.ts"],
    rules: layer({
      imports: [
        {
          regex: into(["(src/)?cli"]),
          message: `src/sheet is shared by the task pane and the CLI: of the project it imports only src/engine (${LAYERS}).`,
        },
        OFFICE_JS,
        NODE_BUILTINS,
        CLI_PACKAGES,
        ENTRY_POINTS,
        TEST_CODE,
      ],
      globals: [...BROWSER_ONLY, ...NODE_ONLY, ...OFFICE_GLOBALS],
      message: PURE_MESSAGE,
      officeTypes: true,
    }),
  },
  {
    // The bulk checker runs in Node: Node's modules and globals (src/**'s rules: no DOM, no Office.js).
    files: ["src/cli/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["functions/**/*.ts"],
    rules: layer({
      imports: [
        {
          regex: into(["src/sheet", "src/cli", "taskpane"]),
          message: `functions/ calls src/engine only, never src/sheet, src/cli or the task pane (${LAYERS}).`,
        },
        NODE_BUILTINS,
        CLI_PACKAGES,
        TEST_CODE,
      ],
    }),
  },
  {
    files: ["taskpane/**/*.ts"],
    rules: layer({
      imports: [
        {
          regex: into(["src/cli", "functions"]),
          message: `taskpane/ uses src/sheet and src/engine, never the CLI or the custom functions (${LAYERS}).`,
        },
        NODE_BUILTINS,
        CLI_PACKAGES,
        TEST_CODE,
      ],
    }),
  },
  ...fakeOfficeIsolation(),
);

/**
 * tools/fake-office is a package of its own: no relative import leaves its folder (so nothing of src/, taskpane/,
 * functions/ or test/). A file n folders deep may climb n times: one config object per depth; a file deeper than
 * those still may not name a folder of the repository.
 */
function fakeOfficeIsolation() {
  const message =
    "tools/fake-office is a package of its own: it imports nothing outside its folder (no product code, no tests).";
  const repository = { regex: into(["src", "taskpane", "functions", "test", "bench", "scripts"]), message };
  const configs = [{ files: ["tools/fake-office/**/*.ts"], rules: layer({ imports: [repository] }) }];
  for (let depth = 0; depth <= 6; depth++) {
    const climbsOut = { regex: String.raw`^(\./)?(\.\./){${depth + 1},}`, message };
    configs.push({
      files: [`tools/fake-office/${"*/".repeat(depth)}*.ts`],
      rules: layer({ imports: [climbsOut] }),
    });
  }
  return configs;
}
