// Suites that need a service the machine may lack. On a developer machine such a suite is skipped, saying why; on
// CI (CI=true) it fails, saying why, so that a missing service can never pass for green.
import { existsSync } from "node:fs";
import type { describe as jestDescribe, test as jestTest } from "@jest/globals";
import { testConfig } from "./config.js";

// Jest's globals of the running test file. Importing @jest/globals here would make the testkit unusable outside
// jest (the benchmarks use its client and Redis helpers).
declare const describe: typeof jestDescribe;
declare const test: typeof jestTest;

export type Service = "redis" | "postgres" | "chromium";

/** Why the service is missing, or null when it is there. */
function missing(service: Service): string | null {
  switch (service) {
    case "redis":
      return testConfig.redisUrl ? null : "Redis: REDIS_URL is not set";
    case "postgres":
      return testConfig.databaseUrl ? null : "PostgreSQL: DATABASE_URL is not set";
    case "chromium":
      return existsSync(testConfig.chromium)
        ? null
        : `Chromium: ${testConfig.chromium} is not installed (apt-get install chromium)`;
  }
}

type Describe = (name: string, body: () => void) => void;

/** `describe` when every service is there; otherwise a skipped suite (or on CI a failing one) naming what is missing. */
export function requires(...services: Service[]): Describe {
  const reasons = services.map(missing).filter((reason) => reason !== null);
  if (reasons.length === 0) return describe;
  const why = `needs ${reasons.join(" and ")}`;
  if (testConfig.ci) {
    return (name) =>
      describe(name, () => {
        test(why, () => {
          throw new Error(`${name} ${why}; on CI a suite may not be skipped`);
        });
      });
  }
  return (name, body) => {
    console.warn(`skipped: "${name}" ${why}`);
    describe.skip(name, body);
  };
}
