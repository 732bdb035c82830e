// Ticketing's read model of events and sessions: idempotent, and an older version never overwrites a newer one.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { eventsEvents, readEvent, type DomainEvent } from "@bilten/contracts";
import { createTestDatabase, type TestDatabase } from "@bilten/testkit/infrastructure";
import { applyToEventRefs } from "../src/common/event-refs.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

/** An event as it arrives on the stream, read through the events subgraph's contracts as the consumer does. */
function read(event: DomainEvent) {
  const reading = readEvent(eventsEvents, event);
  if (reading.kind !== "known") throw new Error(`not an events subgraph event: ${JSON.stringify(reading)}`);
  return reading.event;
}

const eventId = randomUUID();
const eventMessage = (status: string, updatedAt: string): DomainEvent => ({
  id: randomUUID(),
  aggregateType: "Event",
  aggregateId: eventId,
  eventType: "EventStatusChanged",
  eventVersion: 1,
  occurredAt: updatedAt,
  source: "events",
  data: {
    eventId,
    eventNumber: 1,
    organizationId: randomUUID(),
    organizerId: randomUUID(),
    title: "Gig",
    status,
    publishedAt: status === "DRAFT" ? null : "2030-01-01T00:00:00.000Z",
    startsAt: "2030-02-01T18:00:00.000Z",
    endsAt: "2030-02-01T23:00:00.000Z",
    timeZone: "Europe/Zurich",
    capacity: 100,
    updatedAt,
    from: "DRAFT",
    to: status,
  },
});
const status = async () => (await db.prisma.ticketingEventRef.findUnique({ where: { id: eventId } }))?.status;

describe("event read model", () => {
  test("applies newer versions, ignores older ones and replays", async () => {
    const draft = read(eventMessage("DRAFT", "2030-01-01T00:00:00.000Z"));
    const published = read(eventMessage("PUBLISHED", "2030-01-02T00:00:00.000Z"));
    await applyToEventRefs(db.prisma, draft);
    await applyToEventRefs(db.prisma, published);
    expect(await status()).toBe("PUBLISHED");
    await applyToEventRefs(db.prisma, draft); // late redelivery of an older event
    expect(await status()).toBe("PUBLISHED");
    await applyToEventRefs(db.prisma, published); // replay
    expect(await status()).toBe("PUBLISHED");
    expect(await db.prisma.ticketingEventRef.findUnique({ where: { id: eventId } })).toMatchObject({
      title: "Gig",
      publishedAt: new Date("2030-01-01T00:00:00.000Z"),
      capacity: 100,
      timeZone: "Europe/Zurich",
    });
  });

  test("a removed session is kept as a tombstone so an older 'scheduled' cannot bring it back", async () => {
    const sessionId = randomUUID();
    const session = (eventType: string, updatedAt: string) =>
      read({
        id: randomUUID(),
        aggregateType: "Session",
        aggregateId: sessionId,
        eventType,
        eventVersion: 1,
        occurredAt: updatedAt,
        source: "events",
        data: {
          sessionId,
          eventId,
          title: "Talk",
          sessionType: "PRESENTATION",
          startsAt: "2030-02-01T18:00:00.000Z",
          endsAt: "2030-02-01T19:00:00.000Z",
          roomId: null,
          capacity: null,
          updatedAt,
        },
      });
    await applyToEventRefs(db.prisma, session("SessionScheduled", "2030-01-01T00:00:00.000Z"));
    await applyToEventRefs(db.prisma, session("SessionRemoved", "2030-01-03T00:00:00.000Z"));
    await applyToEventRefs(db.prisma, session("SessionScheduled", "2030-01-01T00:00:00.000Z"));
    const rows = await db.prisma.ticketingSessionRef.findMany({ where: { id: sessionId }, select: { removed: true } });
    expect(rows).toEqual([{ removed: true }]);
  });

  test("an event of the same name from another source is not read as the events subgraph's", () => {
    expect(
      readEvent(eventsEvents, { ...eventMessage("CANCELLED", "2031-01-01T00:00:00.000Z"), source: "ticketing" }).kind,
    ).toBe("unknown");
  });
});
