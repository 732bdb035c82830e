// The Redis cache round-trips values (dates included) and never breaks reads when Redis goes away.
import { afterAll, describe, expect, test } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { connect, createServer } from "node:net";
import { createRedisCache } from "../src/cache.js";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startRedis(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (ok) return { url, process: child };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("redis-server did not start");
}

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) child.kill("SIGKILL");
});

describe("redis cache", () => {
  test("values and dates survive; a stopped Redis turns reads into misses instead of errors", async () => {
    const redis = await startRedis();
    started.push(redis.process);
    const cache = createRedisCache(redis.url, { prefix: "t:" });
    // Until the connection is ready the cache is skipped (a miss), so wait for it.
    await cache.ready();
    const value = { title: "x", at: new Date("2030-01-01T10:00:00Z"), nested: [{ at: new Date("2030-01-02T00:00:00Z") }] };
    await cache.setMany([["a", value]], 60);
    expect(await cache.getMany(["a", "missing"])).toEqual([value, undefined]);
    await cache.delete("a");
    expect(await cache.getMany(["a"])).toEqual([undefined]);

    redis.process.kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 200));
    const started_ = Date.now();
    expect(await cache.getMany(["a"])).toEqual([undefined]);
    await cache.setMany([["b", 1]], 60);
    await cache.delete("b");
    expect(Date.now() - started_).toBeLessThan(2000);
    await cache.close();
  });
});
