// Prisma CLI configuration. Loaded by the CLI before it looks for its native schema engine, which is why
// the offline fallback lives here (see prisma/engine-offline.mjs and README "Migrations").
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const offlineEngine = fileURLToPath(new URL("./prisma/engine-offline.mjs", import.meta.url));

// An unset variable means "no real engine here": point the CLI at our stub so `generate` works offline and
// `migrate …` explains which project commands replace it. Setting it to an empty string restores Prisma's own
// engine download where the internet is reachable.
if (process.env.PRISMA_SCHEMA_ENGINE_BINARY === undefined || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY !== "") process.env.PRISMA_SCHEMA_ENGINE_BINARY = offlineEngine;
  else delete process.env.PRISMA_SCHEMA_ENGINE_BINARY;
}

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations", seed: "npm run seed" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/bilten" },
});
