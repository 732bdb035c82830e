// Domain events: written with the change in one transaction, relayed at least once, not lost across restarts.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { OutboxRelay, type DomainEvent, type DomainEventStream } from "@bilten/platform";
import {
  errorOf,
  eventually,
  silentLogger,
  startTestStack,
  world,
  type Organizer,
  type TestStack,
} from "@bilten/testkit";
import { setStatus } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
const received: DomainEvent[] = [];
let stopConsumer: () => Promise<void>;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  const consumer = await stack.events.consume(
    "outbox-test",
    async (event) => {
      received.push(event);
    },
    { fromStart: true },
  );
  stopConsumer = () => consumer.stop();
});
afterAll(async () => {
  await stopConsumer?.();
  await stack?.stop();
});

const relay = () => stack.subgraphs.events?.outbox as OutboxRelay;

const ofAggregate = (id: string) => received.filter((e) => e.aggregateId === id || e.data.eventId === id);

describe("outbox", () => {
  test("each change writes its domain events; the relay delivers them in order, once per event id", async () => {
    const event = await organizer.event({ published: true });
    const session = await event.session({ room: "Hall" });
    await stack.query(
      `mutation($id: ID!) { updateSession(id: $id, input: { title: "Renamed talk" }) { id } }`,
      { id: session.id },
      { token: organizer.accessToken },
    );
    await event.changeStatus("CANCELLED", "Venue flooded");

    await eventually(() => ofAggregate(event.id).some((e) => e.eventType === "EventCancelled"));
    const types = ofAggregate(event.id).map((e) => e.eventType);
    expect(types).toEqual([
      "EventCreated",
      "EventStatusChanged",
      "EventPublished",
      "SessionScheduled",
      "SessionChanged",
      "EventStatusChanged",
      "EventCancelled",
    ]);
    const cancelled = ofAggregate(event.id).find((e) => e.eventType === "EventCancelled") as DomainEvent;
    expect(cancelled).toMatchObject({
      aggregateType: "Event",
      source: "events",
      eventVersion: 1,
      data: { reason: "Venue flooded", status: "CANCELLED" },
    });
    expect(ofAggregate(event.id).find((e) => e.eventType === "SessionChanged")?.data.changed).toEqual(["title"]);
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
    await eventually(
      () => stack.db.prisma.eventsOutbox.count({ where: { publishedAt: null } }),
      (n) => n === 0,
    );
  });

  test("a refused change writes no domain event", async () => {
    const event = await organizer.event({ venue: null });
    const before = await stack.db.prisma.eventsOutbox.count({ where: { aggregateId: event.id } });
    expect(errorOf(await setStatus(stack, organizer.accessToken, event.id, "PUBLISHED"))?.reason).toBe(
      "INCOMPLETE_EVENT",
    );
    expect(errorOf(await setStatus(stack, organizer.accessToken, event.id, "COMPLETED"))?.reason).toBe(
      "INVALID_TRANSITION",
    );
    expect(await stack.db.prisma.eventsOutbox.count({ where: { aggregateId: event.id } })).toBe(before);
  });

  test("events written while no relay runs are sent when a relay starts (a restart loses nothing)", async () => {
    await relay().stop();
    const event = await organizer.event({ title: "Written while down" });
    await stack.settle();
    expect(ofAggregate(event.id)).toEqual([]);
    expect(await stack.db.prisma.eventsOutbox.count({ where: { aggregateId: event.id, publishedAt: null } })).toBe(1);

    const restarted = new OutboxRelay({
      db: stack.db.prisma,
      schema: "events",
      source: "events",
      stream: stack.events,
      log: silentLogger(),
    });
    restarted.start();
    try {
      await eventually(() => ofAggregate(event.id).length === 1);
      // The relay marks rows sent in the transaction that appended them, which commits just after consumers may
      // already have the event.
      await eventually(
        () => stack.db.prisma.eventsOutbox.count({ where: { aggregateId: event.id, publishedAt: null } }),
        (n) => n === 0,
      );
    } finally {
      await restarted.stop();
    }
  });

  test("when the stream fails, rows stay undelivered with the error recorded, and go out on a later pass", async () => {
    let failing = true;
    const flaky: DomainEventStream = {
      append: async (events) => {
        if (failing) throw new Error("stream unavailable");
        await stack.events.append(events);
      },
      consume: (...args) => stack.events.consume(...args),
      consumeBatches: (...args) => stack.events.consumeBatches(...args),
      idle: () => stack.events.idle(),
      close: async () => undefined,
    };
    const event = await organizer.event({ title: "Flaky stream" });
    const relayWithFlakyStream = new OutboxRelay({
      db: stack.db.prisma,
      schema: "events",
      source: "events",
      stream: flaky,
      log: silentLogger(),
    });
    await relayWithFlakyStream.flush();
    const row = await stack.db.prisma.eventsOutbox.findFirstOrThrow({ where: { aggregateId: event.id } });
    expect(row).toMatchObject({ publishedAt: null, lastError: expect.stringContaining("stream unavailable") });
    expect(row.attempts).toBeGreaterThanOrEqual(1);
    failing = false;
    await relayWithFlakyStream.flush();
    await eventually(() => ofAggregate(event.id).length === 1);
    await relayWithFlakyStream.stop();
  });
});
