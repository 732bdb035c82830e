// Database access: Prisma Client over PostgreSQL (pooled, @prisma/adapter-pg) or over an embedded PGlite
// directory, migrated on open. Every service gets the same client type either way.
import { mkdir } from "node:fs/promises";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.js";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Logger } from "./logging.js";
import { migratePglite, migratePostgres } from "./migrate.js";
import { createPglite } from "./pglite.js";

export { Prisma, PrismaClient } from "./generated/prisma/client.js";
export type Db = PrismaClient;
/** The client or an interactive transaction's client: what service functions accept. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export interface Database {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL server; when absent the embedded PGlite is used. */
  url?: string | undefined;
  poolMax?: number;
  /** PGlite data directory (embedded mode). */
  dataDir?: string;
  /** An already open PGlite (tests clone a migrated template into memory). */
  pglite?: PGlite;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Called with every SQL statement Prisma sends (tests count statements per request). */
  onQuery?: (sql: string) => void;
  log?: Logger;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const migrate = options.migrate ?? true;
  if (options.url) {
    if (migrate) await migratePostgres(options.url, options.log);
    const adapter = new PrismaPg({ connectionString: options.url, max: options.poolMax ?? 10 });
    const prisma = createClient(adapter, options.onQuery);
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }
  let pglite = options.pglite;
  if (!pglite) {
    const dir = options.dataDir ?? ".data/pglite";
    await mkdir(dir, { recursive: true });
    pglite = await createPglite(dir);
  }
  if (migrate) await migratePglite(pglite, options.log);
  const prisma = createClient(new PrismaPGlite(pglite), options.onQuery);
  const owned = pglite;
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      if (!owned.closed) await owned.close();
    },
  };
}

function createClient(adapter: SqlDriverAdapterFactory, onQuery?: (sql: string) => void): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ level: "query", emit: "event" }] });
  prisma.$on("query", (event) => onQuery(event.query));
  return prisma;
}
