// Lint: typescript-eslint's recommended rules, Prettier for layout, and the architecture as import boundaries
// (eslint-plugin-boundaries): the platform and contracts import no service; a subgraph imports no other subgraph and
// not the gateway; the gateway imports no subgraph; only the stack, the testkit, benchmarks and tests import services.
import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

const same = (type) => ({ from: { element: { type } }, allow: { to: { element: { type } } } });
const mayImport = (from, ...types) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: types } } } },
});

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/",
      "**/dist/",
      "**/generated/",
      ".data/",
      ".test-results/",
      "coverage/",
      "bench/results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Configuration is read once, in each service's config module (`config.ts`), and nowhere else.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration in the service's config.ts, nowhere else." },
      ],
    },
  },
  {
    files: ["**/config.ts", "prisma.config.ts", "test/run.mjs"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Tests read GraphQL responses as JSON whose shape the query text states; typing every one would add nothing.
    files: ["**/test/**/*.ts", "packages/testkit/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["gateway/dashboard/**/*.js"],
    languageOptions: { globals: { ...globals.browser }, sourceType: "script" },
  },
  {
    files: ["**/*.ts"],
    plugins: { boundaries },
    settings: {
      "import/resolver": {
        typescript: {
          alwaysTryTypes: true,
          project: "tsconfig.lint.json",
          conditionNames: ["source", "import", "types", "default"],
        },
      },
      "boundaries/elements": [
        { type: "platform", pattern: "packages/platform", partialMatch: false },
        { type: "contracts", pattern: "packages/contracts", partialMatch: false },
        { type: "stack", pattern: "packages/stack", partialMatch: false },
        { type: "testkit", pattern: "packages/testkit", partialMatch: false },
        { type: "gateway", pattern: "gateway", partialMatch: false },
        { type: "subgraph", pattern: "subgraphs/*", partialMatch: false, capture: ["name"] },
        { type: "bench", pattern: "bench", partialMatch: false },
        { type: "prisma", pattern: "prisma", partialMatch: false },
        { type: "repository-tests", pattern: "test", partialMatch: false },
      ],
      "boundaries/files": [
        { category: "test", pattern: "**/test/**" },
        // What a contract is (envelope, definition, validation) is mechanism the platform builds on; the contracts
        // themselves (domain payloads) are not its business.
        { category: "contract-kit", pattern: "packages/contracts/src/contract.ts" },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          message:
            "{{ from.element.types.[0] }} must not import {{ to.element.types.[0] }} {{ to.element.captured.name }}",
          policies: [
            same("platform"),
            {
              from: { element: { type: "platform" } },
              allow: { to: { element: { type: "contracts" }, file: { categories: "contract-kit" } } },
            },
            same("contracts"),
            mayImport("gateway", "gateway", "platform", "contracts"),
            {
              from: { element: { type: "subgraph" } },
              allow: { to: { element: { type: "subgraph", captured: { name: "{{ from.element.captured.name }}" } } } },
            },
            mayImport("subgraph", "platform", "contracts"),
            mayImport("stack", "stack", "platform", "contracts", "gateway", "subgraph"),
            mayImport("prisma", "prisma", "platform"),
            // Test code, the testkit and benchmarks build whole worlds: they may import any part.
            { from: { file: { categories: "test" } }, allow: { to: { element: { type: "*" } } } },
            mayImport("testkit", "testkit", "stack", "platform", "contracts", "gateway", "subgraph"),
            mayImport("bench", "bench", "testkit", "stack", "platform", "contracts", "gateway", "subgraph"),
          ],
        },
      ],
    },
  },
  prettier,
);
