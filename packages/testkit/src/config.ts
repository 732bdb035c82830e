// What the tests read from the environment, read once here (the only testkit file that looks at process.env): the
// services a run may use, whether it is CI, and jest's worker number.
import { z } from "zod";
import { readConfig, vars } from "@bilten/platform";

const env = readConfig(
  {
    /** PostgreSQL server for test databases; without it each test file gets an in-memory PGlite. */
    DATABASE_URL: vars.databaseUrl,
    /** Redis for streams, pub/sub and the cache; without it they run in-process and nothing is cached. */
    REDIS_URL: vars.redisUrl,
    /** On CI a suite whose service is missing fails instead of skipping. */
    CI: z.string().optional(),
    JEST_WORKER_ID: z.string().default("0"),
  },
  process.env,
);

export const testConfig = {
  databaseUrl: env.DATABASE_URL,
  redisUrl: env.REDIS_URL,
  ci: env.CI !== undefined && env.CI !== "false" && env.CI !== "0",
  /** Tells the databases of jest's parallel workers apart. */
  worker: env.JEST_WORKER_ID,
  /** Debian's Chromium, which the dashboard test drives through playwright-core (which never downloads one). */
  chromium: "/usr/bin/chromium",
};

/** The environment of a process a test starts: this one's, with changes. */
export function childEnvironment(changes: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...changes };
}
