/**
 * The fake Office host's own tests. A project of the repository's jest.config.js (`npx jest` at the root runs
 * them with the product's tests); `npx jest` here runs only these. ts-jest transpiles without type checking
 * (tsconfig.json's isolatedModules); `npx tsc -p .` here, or `npm run typecheck` at the root, type checks.
 */
"use strict";

module.exports = {
  displayName: "fake-office",
  rootDir: __dirname,
  testEnvironment: "node",
  roots: ["<rootDir>"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
  },
  testTimeout: 30000,
};
