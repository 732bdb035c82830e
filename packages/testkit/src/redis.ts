// Streams, caches and channels for tests: on Redis under keys of their own when REDIS_URL is set (removed again
// when closed: the Redis a suite runs against is shared), in-process otherwise; and a Redis server of a test's own.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { connect, createServer as createNetServer } from "node:net";
import { Redis } from "ioredis";
import {
  createLocalEventStream,
  createLocalPubSub,
  createRedisCache,
  createRedisEventStream,
  createRedisPubSub,
  noCache,
  type Cache,
  type DomainEventStream,
  type PubSub,
} from "@bilten/platform";
import { testConfig } from "./config.js";

/** Redis Streams under a key of its own (default: REDIS_URL), in-process without Redis; closing removes the stream. */
export function createTestEventStream(options: { url?: string | undefined } = {}): DomainEventStream {
  const url = options.url ?? testConfig.redisUrl;
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

/** A Redis cache under a prefix of its own (default: REDIS_URL); no cache without Redis (as in production). */
export function createTestCache(options: { url?: string | undefined } = {}): Cache {
  const url = options.url ?? testConfig.redisUrl;
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

/** Redis (default: REDIS_URL) with channels under a prefix of their own, in-process without Redis. */
export function createTestPubSub(options: { url?: string | undefined; prefix?: string } = {}): PubSub {
  const url = options.url ?? testConfig.redisUrl;
  if (!url) return createLocalPubSub();
  return createRedisPubSub({ url, prefix: options.prefix ?? `test:${randomBytes(4).toString("hex")}:` });
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

/**
 * A Redis server of the test's own on a free port (fault tests stop and restart it; the shared one is never
 * touched). `restart()` brings it back on the same port, empty.
 */
export async function startRedisServer(): Promise<{
  url: string;
  port: number;
  stop(): Promise<void>;
  restart(): Promise<void>;
}> {
  const port = await new Promise<number>((resolve) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  let child: ChildProcess | undefined;
  const up = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
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
