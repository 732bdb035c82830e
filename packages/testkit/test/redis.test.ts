// The test helpers leave the shared Redis as they found it: streams and cache entries outlive their connections.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { createTestCache, createTestEventStream, deleteRedisKeys, startRedisServer } from "../src/redis.js";

let server: Awaited<ReturnType<typeof startRedisServer>>;
let redis: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  redis = new Redis(server.url);
});
afterAll(async () => {
  redis.disconnect();
  await server.stop();
});

describe("test helpers on Redis", () => {
  test("closing a test event stream removes its stream", async () => {
    const stream = createTestEventStream({ url: server.url });
    const event = {
      id: randomUUID(),
      aggregateType: "Event",
      aggregateId: randomUUID(),
      eventType: "EventPublished",
      eventVersion: 1,
      occurredAt: new Date().toISOString(),
      source: "events",
      data: {},
    };
    try {
      // Appends are refused until the connection is up (no offline queue: the outbox relay retries instead).
      for (let attempt = 0; ; attempt++) {
        const appended = await stream.append([event]).then(
          () => true,
          () => attempt > 100,
        );
        if (appended) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await redis.dbsize()).toBe(1);
    } finally {
      await stream.close();
    }
    expect(await redis.dbsize()).toBe(0);
  });

  test("closing a test cache removes its entries", async () => {
    const cache = createTestCache({ url: server.url });
    await cache.ready();
    await cache.setMany(
      [
        ["a", 1],
        ["b", { c: 2 }],
      ],
      60,
    );
    expect(await redis.dbsize()).toBe(2);
    await cache.close();
    expect(await redis.dbsize()).toBe(0);
  });

  test("deleteRedisKeys removes what matches, and only that", async () => {
    const keys = Array.from({ length: 2500 }, (_, i) => [`bench:run1:cache:${i}`, "x"]).flat();
    await redis.mset(...keys);
    await redis.set("bench:run2:cache:1", "kept");
    await deleteRedisKeys(server.url, "bench:run1:*");
    expect(await redis.keys("*")).toEqual(["bench:run2:cache:1"]);
  });
});
