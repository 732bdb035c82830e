// Applies prisma/migrations to a database with exactly the bookkeeping of Prisma's `migrate deploy`
// (schema-engine apply_migrations), so the real CLI can take over wherever its engine can be downloaded.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Logger } from "./logging.js";

/** src/ and dist/ sit at the same depth, so this resolves from both. */
export const MIGRATIONS_DIR = fileURLToPath(new URL("../../../prisma/migrations/", import.meta.url));

/** Prisma's advisory lock key for migrations (schema-engine: 72707369). */
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  script: string;
  checksum: string;
}

/** The connection the runner works on: one session, simple-query protocol for scripts. */
export interface MigrationConnection {
  /** Runs a whole script in one round trip (one implicit transaction). */
  exec(script: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(join(dir, name, "migration.sql"), "utf8");
      return { name, script, checksum: createHash("sha256").update(script).digest("hex") };
    }),
  );
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

/** Applies every pending migration in name order; returns the names applied. */
export async function applyMigrations(
  conn: MigrationConnection,
  migrations: Migration[],
  log?: Logger,
): Promise<string[]> {
  await conn.exec(CREATE_TABLE);
  const rows = await conn.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length > 0) {
    // Prisma's P3009: a failed migration must be resolved by a human before anything else is applied.
    throw new MigrationError(
      `migration ${failed.map((r) => r.migration_name).join(", ")} failed earlier; resolve it before applying more (P3009)`,
    );
  }
  const applied = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]));
  const done: string[] = [];
  for (const migration of migrations) {
    const previous = applied.get(migration.name);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        log?.warn({ migration: migration.name }, "migration was edited after it was applied");
      }
      continue;
    }
    const id = randomUUID();
    await conn.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
      id,
      migration.checksum,
      migration.name,
    ]);
    try {
      await conn.exec(migration.script);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await conn.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
      throw new MigrationError(`migration ${migration.name} failed: ${message}`);
    }
    await conn.query(`UPDATE "_prisma_migrations" SET applied_steps_count = 1, finished_at = now() WHERE id = $1`, [
      id,
    ]);
    log?.info({ migration: migration.name }, "migration applied");
    done.push(migration.name);
  }
  return done;
}

export function pgliteConnection(db: PGlite): MigrationConnection {
  return {
    exec: async (script) => {
      await db.exec(script);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
  };
}

/** Migrates a PostgreSQL server on one dedicated connection holding Prisma's advisory lock. */
export async function migratePostgres(url: string, log?: Logger, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK})`);
    const conn: MigrationConnection = {
      exec: async (script) => {
        await client.query(script);
      },
      query: async <T>(sql: string, params?: unknown[]) =>
        (await client.query(sql, params as unknown[] | undefined)).rows as T[],
    };
    return await applyMigrations(conn, await readMigrations(dir), log);
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK})`).catch(() => undefined);
    await client.end();
  }
}

export async function migratePglite(db: PGlite, log?: Logger, dir = MIGRATIONS_DIR): Promise<string[]> {
  return applyMigrations(pgliteConnection(db), await readMigrations(dir), log);
}
