import vm from "node:vm";

// The generated Prisma client and PGlite need native ESM; without the flag jest would quietly run CommonJS.
if (typeof vm.SourceTextModule !== "function") {
  throw new Error("Run the tests with `npm test` (jest needs node --experimental-vm-modules).");
}

/** @type {import('jest').Config} */
export default {
  testEnvironment: "node",
  // Workspace packages export their TypeScript sources under the "source" condition: no build before tests.
  testEnvironmentOptions: { customExportConditions: ["source", "node", "node-addons"] },
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript" }, target: "es2023" }, module: { type: "es6" } },
    ],
  },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testMatch: ["<rootDir>/**/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  globalSetup: "<rootDir>/test/global-setup.ts",
  testTimeout: 30_000,
  maxWorkers: 2,
};
