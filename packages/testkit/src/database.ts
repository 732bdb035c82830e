// Test databases: every test file gets its own. On PostgreSQL (DATABASE_URL set) a database cloned from a migrated
// template; otherwise an in-memory PGlite loaded from a migrated dump. Both are prepared once by jest's globalSetup.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import {
  createPglite,
  migratePglite,
  migratePostgres,
  openDatabase,
  readMigrations,
  type Database,
} from "@bilten/platform";
import { testConfig } from "./config.js";

const CACHE_DIR = fileURLToPath(new URL("../../../node_modules/.cache/bilten/", import.meta.url));

/** Names the template after the migrations it contains, so a new migration never reuses a stale one. */
async function templateKey(): Promise<string> {
  const migrations = await readMigrations();
  return createHash("sha256")
    .update(migrations.map((m) => `${m.name}:${m.checksum}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
}

const pgliteDumpPath = async () => join(CACHE_DIR, `pglite-${await templateKey()}.tar.gz`);
const templateName = async () => `bilten_template_${await templateKey()}`;

function serverUrl(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Run once before all test files (jest globalSetup). */
export async function prepareTestTemplates(): Promise<void> {
  const adminUrl = testConfig.databaseUrl;
  if (adminUrl) {
    const name = await templateName();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) {
        await admin.query(`CREATE DATABASE "${name}"`);
        await migratePostgres(serverUrl(adminUrl, name));
      }
      // Templates of older migration sets are garbage, but a suite in another checkout may still be using one:
      // keep the newest few (by OID) and drop the rest when nobody is connected.
      const stale = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'bilten\\_template\\_%' AND datname <> $1 ORDER BY oid DESC OFFSET 3",
        [name],
      );
      for (const row of stale.rows)
        await admin.query(`DROP DATABASE IF EXISTS "${row.datname}"`).catch(() => undefined);
    } finally {
      await admin.end();
    }
    return;
  }
  const dump = await pgliteDumpPath();
  if (existsSync(dump)) return;
  const db = await createPglite();
  await migratePglite(db);
  const file = await db.dumpDataDir("gzip");
  await mkdir(dirname(dump), { recursive: true });
  await writeFile(dump, Buffer.from(await file.arrayBuffer()));
  await db.close();
}

export interface TestDatabase extends Database {
  /** Connection string of this test's own database (PostgreSQL only). */
  url?: string;
  /** Closes and removes the database. */
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { onQuery?: (sql: string) => void } = {}): Promise<TestDatabase> {
  const adminUrl = testConfig.databaseUrl;
  if (adminUrl) {
    const name = `bilten_test_${testConfig.worker}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${await templateName()}"`);
    } finally {
      await admin.end();
    }
    const url = serverUrl(adminUrl, name);
    const database = await openDatabase({ url, migrate: false, poolMax: 20, onQuery: options.onQuery });
    return {
      ...database,
      url,
      async drop() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        try {
          await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await cleanup.end();
        }
      },
    };
  }
  const dump = await readFile(await pgliteDumpPath());
  const pglite = await createPglite(undefined, { loadDataDir: new Blob([dump]) });
  const database = await openDatabase({ pglite, migrate: false, onQuery: options.onQuery });
  return { ...database, drop: () => database.close() };
}
