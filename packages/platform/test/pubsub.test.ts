// Both pub/sub transports behave the same; Redis is tested when REDIS_URL is set (CI requires it).
import { afterEach, describe, expect, test } from "@jest/globals";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { requires, testConfig } from "@bilten/testkit/infrastructure";
import { createLocalPubSub, createRedisPubSub, type PubSub } from "../src/pubsub.js";

type Topics = Record<`counts:${string}`, { n: number }>;

const nextMessage = <T>(pubsub: PubSub<Topics>, channel: `counts:${string}`) =>
  new Promise<T>((resolve) => {
    void pubsub.subscribe(channel, (m) => resolve(m as T));
  });

const transports: [string, () => PubSub<Topics>][] = [["in-process", () => createLocalPubSub<Topics>()]];
const redisUrl = testConfig.redisUrl;
if (redisUrl) {
  transports.push([
    "redis",
    () => createRedisPubSub<Topics>({ url: redisUrl, prefix: `t:${randomBytes(3).toString("hex")}:` }),
  ]);
}

const open: PubSub<Topics>[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

describe.each(transports)("%s pub/sub", (_, make) => {
  test("delivers a published message to every listener of that channel only", async () => {
    const pubsub = make();
    open.push(pubsub);
    const a: number[] = [];
    const b: number[] = [];
    const other: number[] = [];
    await pubsub.subscribe("counts:e1", (m) => a.push(m.n));
    await pubsub.subscribe("counts:e1", (m) => b.push(m.n));
    await pubsub.subscribe("counts:e2", (m) => other.push(m.n));
    const done = nextMessage<{ n: number }>(pubsub, "counts:e1");
    await pubsub.publish("counts:e1", { n: 7 });
    await done;
    expect(a).toEqual([7]);
    expect(b).toEqual([7]);
    expect(other).toEqual([]);
  });

  test("after unsubscribing, a listener gets nothing more", async () => {
    const pubsub = make();
    open.push(pubsub);
    const seen: number[] = [];
    const unsubscribe = await pubsub.subscribe("counts:e3", (m) => seen.push(m.n));
    const first = nextMessage(pubsub, "counts:e3");
    await pubsub.publish("counts:e3", { n: 1 });
    await first;
    await unsubscribe();
    const second = nextMessage(pubsub, "counts:e3");
    await pubsub.publish("counts:e3", { n: 2 });
    await second;
    expect(seen).toEqual([1]);
  });
});

requires("redis")("redis pub/sub specifics", () => {
  test("one upstream subscription per channel however many listeners, released with the last one", async () => {
    const prefix = `t:${randomBytes(3).toString("hex")}:`;
    const pubsub = createRedisPubSub<Topics>({ url: redisUrl as string, prefix });
    open.push(pubsub);
    const probe = new Redis(redisUrl as string);
    const subscribers = async () => ((await probe.pubsub("NUMSUB", `${prefix}counts:x`)) as [string, number])[1];
    const offs = await Promise.all(Array.from({ length: 50 }, () => pubsub.subscribe("counts:x", () => undefined)));
    expect(await subscribers()).toBe(1);
    for (const off of offs.slice(1)) await off();
    expect(await subscribers()).toBe(1);
    await offs[0]?.();
    expect(await subscribers()).toBe(0);
    probe.disconnect();
  });
});
