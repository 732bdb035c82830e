// Hot public reads (a published event, its sessions) come from Redis when there is one; every change drops them.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { requires, startTestStack, testConfig, world, type Organizer, type TestStack } from "@bilten/testkit";
import { cacheKeys } from "../src/loaders.js";
import { schedule } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
});
afterAll(async () => {
  await stack?.stop();
});

const EVENT = `query($id: ID!) { event(id: $id) { title sessions { title } } }`;
const cached = async (key: string) => (await stack.cache.getMany([key]))[0];

requires("redis")("caching public reads", () => {
  test("a published event and its sessions are cached on read and dropped on every change", async () => {
    const event = await organizer.event({ published: true, title: "Cached" });
    expect((await stack.query(EVENT, { id: event.id })).data?.event).toEqual({ title: "Cached", sessions: [] });
    expect(await cached(cacheKeys.event(event.id))).toMatchObject({ title: "Cached", startsAt: expect.any(Date) });
    expect(await cached(cacheKeys.sessions(event.id))).toEqual([]);

    await stack.query(
      `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Renamed" }) { id } }`,
      { id: event.id },
      { token: organizer.accessToken },
    );
    expect(await cached(cacheKeys.event(event.id))).toBeUndefined();
    expect((await stack.query(EVENT, { id: event.id })).data?.event.title).toBe("Renamed");
    expect(await cached(cacheKeys.event(event.id))).toMatchObject({ title: "Renamed" });

    await schedule(stack, organizer.accessToken, event.id, {
      title: "New talk",
      startsAt: event.startsAt,
      endsAt: new Date(Date.parse(event.startsAt) + 3_600_000).toISOString(),
    });
    expect(await cached(cacheKeys.sessions(event.id))).toBeUndefined();
    expect((await stack.query(EVENT, { id: event.id })).data?.event.sessions).toEqual([{ title: "New talk" }]);
    expect(await cached(cacheKeys.sessions(event.id))).toEqual([expect.objectContaining({ title: "New talk" })]);
  });

  test("drafts are never cached", async () => {
    const draft = await organizer.event();
    expect((await stack.query(EVENT, { id: draft.id }, { token: organizer.accessToken })).data?.event).not.toBeNull();
    expect(await cached(cacheKeys.event(draft.id))).toBeUndefined();
  });
});

describe("without Redis", () => {
  test("the cache is on exactly when Redis is configured", () => {
    expect(stack.cache.enabled).toBe(testConfig.redisUrl !== undefined);
  });
});
