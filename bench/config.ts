// Configuration of the benchmarks: the PostgreSQL server they create a fresh database on and the Redis they use
// (under a per-run prefix), the local ones by default. Read once and validated.
import { frozen, readConfig, vars } from "@bilten/platform";

export const benchShape = {
  DATABASE_URL: vars.databaseUrl.unwrap().default("postgresql://postgres@127.0.0.1:5432/postgres"),
  REDIS_URL: vars.redisUrl.unwrap().default("redis://127.0.0.1:6379"),
};

export interface BenchConfig {
  /** The server's administrative connection; each run creates and drops its own database there. */
  readonly adminUrl: string;
  readonly redisUrl: string;
}

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  const values = readConfig(benchShape, env);
  return frozen({ adminUrl: values.DATABASE_URL, redisUrl: values.REDIS_URL });
}
