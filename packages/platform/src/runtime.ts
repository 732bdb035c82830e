// Opening what a service process needs, from validated configuration.
import { join } from "node:path";
import { loadTokenKeys } from "./auth.js";
import { openDatabase, type Database } from "./db.js";
import { ConfigError, type PlatformConfig } from "./env.js";
import { createLogger, type Logger } from "./logging.js";
import { createPubSub, type PubSub } from "./pubsub.js";
import type { ServiceDeps } from "./subgraph.js";
import { createCache } from "./cache.js";
import { createEventStream } from "./domain-events.js";
import { createMailer } from "./mail.js";

export interface OpenedDeps extends ServiceDeps {
  database: Database;
  close(): Promise<void>;
}

export async function openDeps(
  config: PlatformConfig,
  options: { name: string; needPrivateKey?: boolean; standalone?: boolean },
): Promise<OpenedDeps> {
  if (options.standalone) {
    // The embedded database and the in-process event stream belong to one process; services started alone share
    // a PostgreSQL server and, for domain events and live updates, Redis.
    const missing = [!config.databaseUrl && "DATABASE_URL", !config.redisUrl && "REDIS_URL"].filter(Boolean);
    if (missing.length) {
      throw new ConfigError(
        `invalid configuration: ${missing.join(", ")}: required to run ${options.name} on its own (npm start runs everything embedded)`,
      );
    }
  }
  const log = createLogger({ level: config.logLevel }).child({ process: options.name });
  const keys = await loadTokenKeys(config, options.needPrivateKey ?? false);
  const database = await openDatabase({
    url: config.databaseUrl,
    poolMax: config.databasePoolMax,
    dataDir: join(config.dataDir, "pglite"),
    log,
  });
  const pubsub: PubSub = createPubSub(config.redisUrl, log);
  const events = createEventStream(config.redisUrl, log);
  const cache = createCache(config.redisUrl, { log });
  const mailer = createMailer(config.smtpUrl, config.mailFrom, log);
  return {
    db: database.prisma,
    database,
    pubsub,
    events,
    cache,
    mailer,
    keys,
    log,
    async close() {
      await Promise.all([pubsub.close(), events.close(), cache.close(), mailer.close()]);
      await database.close();
    },
  };
}

/** Stops cleanly on SIGINT/SIGTERM (containers send SIGTERM). */
export function stopOnSignals(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      });
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
}
