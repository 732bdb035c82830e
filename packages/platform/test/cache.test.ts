// The Redis cache round-trips values (dates included) and never breaks reads when Redis goes away.
import { afterAll, describe, expect, test } from "@jest/globals";
import { createRedisCache } from "../src/cache.js";
import { startRedisServer } from "@bilten/testkit/infrastructure";

const servers: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
});

describe("redis cache", () => {
  test("values and dates survive; a stopped Redis turns reads into misses instead of errors", async () => {
    const redis = await startRedisServer();
    servers.push(redis);
    const cache = createRedisCache(redis.url, { prefix: "t:" });
    // Until the connection is ready the cache is skipped (a miss), so wait for it.
    await cache.ready();
    const value = {
      title: "x",
      at: new Date("2030-01-01T10:00:00Z"),
      nested: [{ at: new Date("2030-01-02T00:00:00Z") }],
    };
    await cache.setMany([["a", value]], 60);
    expect(await cache.getMany(["a", "missing"])).toEqual([value, undefined]);
    await cache.delete("a");
    expect(await cache.getMany(["a"])).toEqual([undefined]);

    await redis.stop();
    await new Promise((r) => setTimeout(r, 200));
    const started_ = Date.now();
    expect(await cache.getMany(["a"])).toEqual([undefined]);
    await cache.setMany([["b", 1]], 60);
    await cache.delete("b");
    expect(Date.now() - started_).toBeLessThan(2000);
    await cache.close();
  });
});
