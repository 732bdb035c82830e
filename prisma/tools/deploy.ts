// npm run migrate:deploy: applies pending migrations to DATABASE_URL with Prisma's own bookkeeping.
import { configOrExit, createLogger, migratePostgres } from "@bilten/platform";
import { readMigrationConfig } from "./config.js";

const config = configOrExit(() => readMigrationConfig());
const applied = await migratePostgres(config.databaseUrl, createLogger({ level: config.logLevel }));
process.stdout.write(
  applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}\n` : "No pending migrations.\n",
);
