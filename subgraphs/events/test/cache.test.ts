// Hot public reads (a published event, its sessions) come from Redis when there is one; every change drops them.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { signUpOrganizer, startTestStack, type TestStack } from "@bilten/stack/testing";
import { cacheKeys } from "../src/loaders.js";
import { createEvent, createVenue, publishedEvent, schedule } from "./fixtures.js";

let stack: TestStack;
let organizer: Awaited<ReturnType<typeof signUpOrganizer>>;
beforeAll(async () => {
  stack = await startTestStack();
  organizer = await signUpOrganizer(stack);
});
afterAll(async () => {
  await stack?.stop();
});

const EVENT = `query($id: ID!) { event(id: $id) { title sessions { title } } }`;
const cached = async (key: string) => (await stack.cache.getMany([key]))[0];

describe("caching public reads", () => {
  test("a published event and its sessions are cached on read and dropped on every change", async () => {
    const venue = await createVenue(stack, organizer.accessToken, organizer.organizationId);
    const event = await publishedEvent(stack, organizer.accessToken, organizer.organizationId, venue.id, { title: "Cached" });
    expect((await stack.query(EVENT, { id: event.id })).data?.event).toEqual({ title: "Cached", sessions: [] });
    if (stack.cache.enabled) {
      expect(await cached(cacheKeys.event(event.id))).toMatchObject({ title: "Cached", startsAt: expect.any(Date) });
      expect(await cached(cacheKeys.sessions(event.id))).toEqual([]);
    }

    await stack.query(`mutation($id: ID!) { updateEvent(id: $id, input: { title: "Renamed" }) { id } }`, { id: event.id }, { token: organizer.accessToken });
    if (stack.cache.enabled) expect(await cached(cacheKeys.event(event.id))).toBeUndefined();
    expect((await stack.query(EVENT, { id: event.id })).data?.event.title).toBe("Renamed");

    await schedule(stack, organizer.accessToken, event.id, { title: "New talk", startsAt: event.startsAt, endsAt: new Date(Date.parse(event.startsAt) + 3_600_000).toISOString() });
    expect((await stack.query(EVENT, { id: event.id })).data?.event.sessions).toEqual([{ title: "New talk" }]);
  });

  test("drafts are never cached", async () => {
    const draft = await createEvent(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    expect((await stack.query(EVENT, { id: draft.id }, { token: organizer.accessToken })).data?.event).not.toBeNull();
    expect(await cached(cacheKeys.event(draft.id))).toBeUndefined();
  });

  test("the cache is on exactly when Redis is configured", () => {
    expect(stack.cache.enabled).toBe(!!process.env.REDIS_URL);
  });
});
