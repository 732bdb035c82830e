// The offline migration runner keeps Prisma's bookkeeping, on PGlite and (when DATABASE_URL is set) PostgreSQL.
import { afterAll, describe, expect, test } from "@jest/globals";
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { requires, testConfig } from "@bilten/testkit/infrastructure";
import { createPglite } from "../src/pglite.js";
import pg from "pg";
import { MigrationError, migratePglite, migratePostgres, readMigrations } from "../src/migrate.js";

const temps: string[] = [];
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true });
});

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "bilten-migrations-"));
  temps.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(join(dir, name));
    await writeFile(join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("migrations on PGlite", () => {
  test("a fresh database gets every committed migration, recorded as Prisma records them", async () => {
    const db = await createPglite();
    const committed = await readMigrations();
    expect(committed.length).toBeGreaterThan(0);
    expect(await migratePglite(db)).toEqual(committed.map((m) => m.name));
    const rows = await db.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.rows).toEqual(
      committed.map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        applied_steps_count: 1,
        finished_at: expect.any(Date),
      })),
    );
    expect(committed[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    // Every subgraph's namespace exists.
    const schemas = await db.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname = 'identity'`);
    expect(schemas.rows).toHaveLength(1);
    // A second run applies nothing.
    expect(await migratePglite(db)).toEqual([]);
    await db.close();
  });

  test("a failing migration is recorded with its error, leaves nothing half-applied, and blocks later runs (P3009)", async () => {
    const dir = await migrationsDir({
      "20260101000000_ok": `CREATE TABLE a (id int);`,
      "20260102000000_broken": `CREATE TABLE b (id int); INSERT INTO missing VALUES (1);`,
    });
    const db = await createPglite();
    await expect(migratePglite(db, undefined, dir)).rejects.toThrow(MigrationError);
    const rows = await db.query<{ migration_name: string; finished_at: Date | null; logs: string | null }>(
      `SELECT migration_name, finished_at, logs FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.rows[0]).toMatchObject({ migration_name: "20260101000000_ok", finished_at: expect.any(Date) });
    expect(rows.rows[1]).toMatchObject({ migration_name: "20260102000000_broken", finished_at: null });
    expect(rows.rows[1]?.logs).toMatch(/missing/);
    const b = await db.query(`SELECT to_regclass('b') AS t`);
    expect(b.rows).toEqual([{ t: null }]);
    await expect(migratePglite(db, undefined, dir)).rejects.toThrow(/P3009/);
    await db.close();
  });
});

const serverUrl = testConfig.databaseUrl;
requires("postgres")("migrations on PostgreSQL", () => {
  test("a fresh database migrates once, concurrent runners included, under Prisma's advisory lock", async () => {
    const name = `bilten_migrate_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    try {
      const runs = await Promise.all([migratePostgres(url.toString()), migratePostgres(url.toString())]);
      const committed = (await readMigrations()).map((m) => m.name);
      expect(runs.flat().sort()).toEqual(committed);
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const rows = await client.query(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
      expect(rows.rows.map((r) => r.migration_name)).toEqual(committed);
      await client.end();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
