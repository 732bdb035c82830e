// npm run migrate:check: fails when the schema has changes that no migration contains (CI runs it).
import { pendingSchemaChanges } from "./engine.js";

const sql = await pendingSchemaChanges();
if (sql) {
  process.stderr.write(
    "The Prisma schema has changes without a migration. Run `npm run migrate:create -- <name>`. Missing SQL:\n\n" +
      sql +
      "\n",
  );
  process.exit(1);
}
process.stdout.write("Schema and migrations are in sync.\n");
