// A read-through cache for hot public reads: Redis when configured, off (every read goes to the database) when not.
import { Redis } from "ioredis";
import type { Logger } from "./logging.js";

export interface Cache {
  readonly enabled: boolean;
  /** Resolves once the cache can serve (immediately when it is off). */
  ready(): Promise<void>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  setMany(entries: [string, unknown][], ttlSeconds: number): Promise<void>;
  delete(...keys: string[]): Promise<void>;
  /**
   * Counts a hit in a fixed window and returns the count so far (rate limits); undefined when the cache is off or
   * unavailable, so callers fall back to their own per-process counting.
   */
  hit(key: string, windowSeconds: number): Promise<number | undefined>;
  close(): Promise<void>;
}

// Dates survive the round trip as {"$date": iso}; JSON alone would turn them into strings.
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : v;
  });
}
function decode<T>(text: string): T {
  return JSON.parse(text, (_key, v) =>
    v && typeof v === "object" && typeof v.$date === "string" && Object.keys(v).length === 1 ? new Date(v.$date) : v,
  ) as T;
}

export const noCache: Cache = {
  enabled: false,
  ready: async () => undefined,
  getMany: async (keys) => keys.map(() => undefined),
  setMany: async () => undefined,
  delete: async () => undefined,
  hit: async () => undefined,
  close: async () => undefined,
};

/** A cache failure is logged and treated as a miss: Redis being down slows reads, it never breaks them. */
export function createRedisCache(url: string, options: { prefix?: string; log?: Logger } = {}): Cache {
  const prefix = options.prefix ?? "cache:";
  // No offline queue and a short command timeout: while Redis is away, reads skip it instead of waiting.
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    commandTimeout: 500,
    connectionName: "bilten-cache",
  });
  const up = () => redis.status === "ready";
  redis.on("error", (error: Error) => options.log?.debug({ err: error }, "redis cache connection error"));
  const warn = (error: unknown) => options.log?.warn({ err: error }, "cache unavailable; reading from the database");
  return {
    enabled: true,
    ready: () => (up() ? Promise.resolve() : new Promise((resolve) => redis.once("ready", () => resolve()))),
    async getMany<T>(keys: string[]) {
      if (keys.length === 0) return [];
      if (!up()) return keys.map(() => undefined);
      try {
        const values = await redis.mget(...keys.map((k) => prefix + k));
        return values.map((v) => (v === null ? undefined : decode<T>(v)));
      } catch (error) {
        warn(error);
        return keys.map(() => undefined);
      }
    },
    async setMany(entries, ttlSeconds) {
      if (entries.length === 0 || !up()) return;
      try {
        const pipeline = redis.pipeline();
        for (const [key, value] of entries) pipeline.set(prefix + key, encode(value), "EX", ttlSeconds);
        await pipeline.exec();
      } catch (error) {
        warn(error);
      }
    },
    async delete(...keys) {
      if (keys.length === 0) return;
      // Deleting is how changes invalidate; while Redis is away, entries expire by their TTL.
      if (!up()) return;
      try {
        await redis.del(...keys.map((k) => prefix + k));
      } catch (error) {
        warn(error);
      }
    },
    async hit(key, windowSeconds) {
      if (!up()) return undefined;
      try {
        const [[, count]] = (await redis
          .multi()
          .incr(prefix + key)
          .expire(prefix + key, windowSeconds, "NX")
          .exec()) as [[unknown, number]];
        return count;
      } catch (error) {
        warn(error);
        return undefined;
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export function createCache(redisUrl: string | undefined, options: { prefix?: string; log?: Logger } = {}): Cache {
  return redisUrl ? createRedisCache(redisUrl, options) : noCache;
}
