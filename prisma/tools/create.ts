// npm run migrate:create -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql from the schema.
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { LOCKFILE, LOCKFILE_CONTENT, MIGRATIONS_DIR, ROOT, pendingSchemaChanges } from "./engine.js";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write("usage: npm run migrate:create -- <name>   (lower-case letters, digits and _)\n");
  process.exit(2);
}

const sql = await pendingSchemaChanges();
if (!sql) {
  process.stdout.write("The schema and the migrations are already in sync; no migration written.\n");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(join(dir, "migration.sql"), sql);
if (!existsSync(join(MIGRATIONS_DIR, LOCKFILE))) await writeFile(join(MIGRATIONS_DIR, LOCKFILE), LOCKFILE_CONTENT);
process.stdout.write(`Wrote ${relative(ROOT, join(dir, "migration.sql"))}\n`);
