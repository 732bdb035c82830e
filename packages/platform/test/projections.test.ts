// Read models of events and sessions: idempotent, and an older version never overwrites a newer one.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import type { DomainEvent } from "../src/domain-events.js";
import { applyToEventRefs } from "../src/projections.js";
import { createTestDatabase, type TestDatabase } from "@bilten/testkit/infrastructure";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.$executeRawUnsafe(`CREATE SCHEMA projtest`);
  await db.prisma.$executeRawUnsafe(`CREATE TABLE projtest.event_refs (id uuid PRIMARY KEY, organization_id uuid NOT NULL,
    organizer_id uuid NOT NULL, title varchar(255) NOT NULL, status varchar(30) NOT NULL, published_at timestamptz,
    starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, time_zone varchar(64) NOT NULL, capacity int, updated_at timestamptz NOT NULL)`);
  await db.prisma.$executeRawUnsafe(`CREATE TABLE projtest.session_refs (id uuid PRIMARY KEY, event_id uuid NOT NULL,
    title varchar(255) NOT NULL, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, capacity int,
    removed boolean NOT NULL DEFAULT false, updated_at timestamptz NOT NULL)`);
});
afterAll(async () => {
  await db?.drop();
});

const eventId = randomUUID();
const eventMessage = (status: string, updatedAt: string): DomainEvent => ({
  id: randomUUID(), aggregateType: "Event", aggregateId: eventId, eventType: "EventStatusChanged", eventVersion: 1,
  occurredAt: updatedAt, source: "events",
  data: {
    eventId, organizationId: randomUUID(), organizerId: randomUUID(), title: "Gig", status,
    publishedAt: status === "DRAFT" ? null : "2030-01-01T00:00:00.000Z", startsAt: "2030-02-01T18:00:00.000Z",
    endsAt: "2030-02-01T23:00:00.000Z", timeZone: "Europe/Zurich", capacity: 100, updatedAt,
  },
});
const status = async () =>
  (await db.prisma.$queryRawUnsafe<{ status: string }[]>(`SELECT status FROM projtest.event_refs WHERE id = $1::uuid`, eventId))[0]?.status;

describe("event read model", () => {
  test("applies newer versions, ignores older ones and replays", async () => {
    const draft = eventMessage("DRAFT", "2030-01-01T00:00:00.000Z");
    const published = eventMessage("PUBLISHED", "2030-01-02T00:00:00.000Z");
    await applyToEventRefs(db.prisma, "projtest", draft);
    await applyToEventRefs(db.prisma, "projtest", published);
    expect(await status()).toBe("PUBLISHED");
    await applyToEventRefs(db.prisma, "projtest", draft); // late redelivery of an older event
    expect(await status()).toBe("PUBLISHED");
    await applyToEventRefs(db.prisma, "projtest", published); // replay
    expect(await status()).toBe("PUBLISHED");
  });

  test("a removed session is kept as a tombstone so an older 'scheduled' cannot bring it back", async () => {
    const sessionId = randomUUID();
    const session = (eventType: string, updatedAt: string): DomainEvent => ({
      id: randomUUID(), aggregateType: "Session", aggregateId: sessionId, eventType, eventVersion: 1, occurredAt: updatedAt, source: "events",
      data: { sessionId, eventId, title: "Talk", startsAt: "2030-02-01T18:00:00.000Z", endsAt: "2030-02-01T19:00:00.000Z", capacity: null, updatedAt },
    });
    await applyToEventRefs(db.prisma, "projtest", session("SessionScheduled", "2030-01-01T00:00:00.000Z"));
    await applyToEventRefs(db.prisma, "projtest", session("SessionRemoved", "2030-01-03T00:00:00.000Z"));
    await applyToEventRefs(db.prisma, "projtest", session("SessionScheduled", "2030-01-01T00:00:00.000Z"));
    const rows = await db.prisma.$queryRawUnsafe<{ removed: boolean }[]>(`SELECT removed FROM projtest.session_refs WHERE id = $1::uuid`, sessionId);
    expect(rows).toEqual([{ removed: true }]);
  });

  test("events of other sources are ignored", async () => {
    const foreign = { ...eventMessage("CANCELLED", "2031-01-01T00:00:00.000Z"), source: "ticketing" };
    await applyToEventRefs(db.prisma, "projtest", foreign);
    expect(await status()).toBe("PUBLISHED");
  });
});
