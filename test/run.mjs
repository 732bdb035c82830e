// `npm test`: jest in native ESM mode, then one last line `N passed, N failed` that CI reads.
// A test file that crashes on import counts as a failure; if jest writes no results at all, that is a failure too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const results = ".test-results/jest.json";
mkdirSync(".test-results", { recursive: true });
rmSync(results, { force: true });

const jest = spawnSync(
  process.execPath,
  [
    "--experimental-vm-modules",
    "--disable-warning=ExperimentalWarning",
    require.resolve("jest/bin/jest"),
    "--ci",
    "--json",
    `--outputFile=${results}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env: { ...process.env, NODE_ENV: "test" } },
);

let passed = 0;
let failed = 1;
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, "utf8"));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
}
const status = jest.status ?? 1;
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status !== 0 ? status : failed > 0 ? 1 : 0);
