// Test databases: every test file gets its own. On PostgreSQL (DATABASE_URL set) a database cloned from a migrated
// template; otherwise an in-memory PGlite loaded from a migrated dump. Both are prepared once by jest's globalSetup.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { connect, createServer as createNetServer } from "node:net";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import pg from "pg";
import { generateKeyPemPair, type TokenKeys } from "./auth.js";
import { createPrivateKey, createPublicKey } from "node:crypto";
import { openDatabase, type Database } from "./db.js";
import { createLogger } from "./logging.js";
import { createPglite } from "./pglite.js";
import { migratePglite, migratePostgres, readMigrations } from "./migrate.js";
import { createLocalPubSub, createRedisPubSub, type PubSub } from "./pubsub.js";
import { createRedisCache, noCache, type Cache } from "./cache.js";
import { createLocalEventStream, createRedisEventStream, type DomainEventStream } from "./domain-events.js";

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
  const adminUrl = process.env.DATABASE_URL;
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
      for (const row of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${row.datname}"`).catch(() => undefined);
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
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `bilten_test_${process.env.JEST_WORKER_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
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

/** Redis Streams under a per-file key when REDIS_URL is set, in-process otherwise; closing removes the stream. */
export function createTestEventStream(): DomainEventStream {
  const url = process.env.REDIS_URL;
  if (!url) return createLocalEventStream();
  const key = `test:${randomBytes(4).toString("hex")}:domain-events`;
  const stream = createRedisEventStream({ url, key });
  return {
    ...stream,
    async close() {
      await stream.close();
      await deleteRedisKeys(url, key);
    },
  };
}

/** A Redis cache under a per-file prefix when REDIS_URL is set; no cache otherwise (as in production). */
export function createTestCache(): Cache {
  const url = process.env.REDIS_URL;
  if (!url) return noCache;
  const prefix = `test:${randomBytes(4).toString("hex")}:cache:`;
  const cache = createRedisCache(url, { prefix });
  return {
    ...cache,
    async close() {
      await cache.close();
      await deleteRedisKeys(url, `${prefix}*`);
    },
  };
}

/**
 * Removes keys matching a pattern. Streams and cache entries outlive their connections, and the Redis a suite or a
 * benchmark runs against is shared: what a run writes, the run removes.
 */
export async function deleteRedisKeys(url: string, pattern: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

/** Redis when REDIS_URL is set (channels prefixed per test file), in-process otherwise. */
export function createTestPubSub(options: { url?: string; prefix?: string } = {}): PubSub {
  const url = options.url ?? process.env.REDIS_URL;
  if (!url) return createLocalPubSub();
  return createRedisPubSub({ url, prefix: options.prefix ?? `test:${randomBytes(4).toString("hex")}:` });
}

export function createTestKeys(): TokenKeys {
  const pair = generateKeyPemPair();
  return { publicKey: createPublicKey(pair.publicKey), privateKey: createPrivateKey(pair.privateKey) };
}

export const silentLogger = () => createLogger({ level: "silent" });

/**
 * A Redis server of the test's own on a free port (fault tests stop and restart it; the shared one is never
 * touched). `restart()` brings it back on the same port, empty.
 */
export async function startRedisServer(): Promise<{ url: string; port: number; stop(): Promise<void>; restart(): Promise<void> }> {
  const port = await new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  let child: ChildProcess | undefined;
  const up = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    for (let i = 0; i < 200; i++) {
      const ready = await new Promise<boolean>((resolve) => {
        const socket = connect(port, "127.0.0.1");
        socket.once("connect", () => (socket.destroy(), resolve(true)));
        socket.once("error", () => resolve(false));
      });
      if (ready) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("redis-server did not start");
  };
  const down = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };
  await up();
  return { url: `redis://127.0.0.1:${port}`, port, stop: down, restart: async () => (await down(), await up()) };
}
