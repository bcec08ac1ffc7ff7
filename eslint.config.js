/**
 * ESLint flat config: eslint-plugin-office-addins' recommended rules (Office.js load/sync rules,
 * Prettier as a lint rule) with typescript-eslint's recommended rules, plus type-aware promise
 * rules where Office.js is called.
 */
"use strict";

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
    // Tests may read unloaded proxies on purpose (to check the fake Office host's errors).
    files: ["test/**/*.ts"],
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
);
