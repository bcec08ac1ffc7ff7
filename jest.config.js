/**
 * Two jest projects, both run by `npx jest` / `npm test`: the product's tests (test/) and the fake Office host's own
 * tests (tools/fake-office, a package with its own jest.config.js). `npx jest --selectProjects product` or
 * `--selectProjects fake-office` runs one. ts-jest transpiles without type checking (npm run typecheck does that once).
 */
"use strict";

module.exports = {
  // A global option: jest applies it to every project.
  testTimeout: 30000,
  projects: [
    {
      displayName: "product",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      transform: {
        "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }],
      },
    },
    "<rootDir>/tools/fake-office",
  ],
};
