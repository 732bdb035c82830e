#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded on machines without internet.
// The CLI only checks that this file exists for `generate`/`validate`/`format`; anything that would really run
// the engine (`prisma migrate …`, `prisma db …`) lands here and gets a message naming the project's commands.
const message =
  "Prisma's native schema engine is not installed on this machine (it cannot be downloaded offline). " +
  "Use the project's commands instead: `npm run migrate:create -- <name>` (new migration from the schema), " +
  "`npm run migrate:check` (schema and migrations in sync), `npm run migrate:deploy` (apply to DATABASE_URL). " +
  "Where the internet is reachable, set PRISMA_SCHEMA_ENGINE_BINARY= (empty) to use Prisma's own engine.";
// The CLI skips the first line of the engine's stderr, so the JSON log line must come second.
process.stderr.write("bilten: offline schema engine stand-in\n");
process.stderr.write(
  JSON.stringify({
    level: "ERROR",
    target: "schema_engine::logger",
    fields: { error_code: "OFFLINE_ENGINE", message },
  }) + "\n",
);
process.exit(1);
