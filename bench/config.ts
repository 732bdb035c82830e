// What the benchmarks read from the environment: the PostgreSQL server and Redis to run against (by default the
// local ones; a benchmark never runs on the embedded database).
export const benchConfig = {
  databaseUrl: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
};
