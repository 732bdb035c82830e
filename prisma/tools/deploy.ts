// npm run migrate:deploy: applies pending migrations to DATABASE_URL with Prisma's own bookkeeping.
import { configOrExit, logger, migratePostgres, readConfig, vars } from "@bilten/platform";

const config = configOrExit(() => readConfig({ DATABASE_URL: vars.databaseUrl.unwrap() }));
const applied = await migratePostgres(config.DATABASE_URL, logger());
process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}\n` : "No pending migrations.\n");
