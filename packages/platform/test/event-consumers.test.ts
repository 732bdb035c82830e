// Consumers read through contracts: a malformed event of a handled type is dead-lettered (logged, kept in the
// consumer's dead_letters table) and the events behind it are still handled; types the consumer does not handle are
// skipped. On the in-process stream, and on Redis streams when REDIS_URL is set (always in CI).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { defineEvent, type DomainEvent } from "@bilten/contracts";
import { createLocalEventStream, type DomainEventStream } from "../src/domain-events.js";
import { consumeEventBatches, consumeEvents } from "../src/event-consumers.js";
import {
  createTestDatabase,
  createTestEventStream,
  silentLogger,
  type TestDatabase,
} from "@bilten/testkit/infrastructure";
import { testConfig } from "@bilten/testkit/infrastructure";

const ThingCounted = defineEvent({
  source: "things",
  name: "ThingCounted",
  version: 1,
  aggregateType: "Thing",
  aggregateId: "thingId",
  payload: z.strictObject({ thingId: z.guid(), count: z.int() }),
});

const envelope = (eventType: string, data: Record<string, unknown>, eventVersion = 1): DomainEvent => ({
  id: randomUUID(),
  aggregateType: "Thing",
  aggregateId: randomUUID(),
  eventType,
  eventVersion,
  occurredAt: new Date().toISOString(),
  source: "things",
  data,
});
const counted = (count: unknown, version = 1) => envelope("ThingCounted", { thingId: randomUUID(), count }, version);

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("condition not met in time");
}

/** Appends as the outbox relay does: again while a fresh stream's connection is still coming up. */
async function append(stream: DomainEventStream, events: DomainEvent[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await stream.append(events);
    } catch (error) {
      if (attempt >= 40) throw error;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

const transports: [string, () => DomainEventStream][] = [["in-process stream", () => createLocalEventStream()]];
// Under CI a missing Redis fails this transport's tests rather than leaving them out.
if (testConfig.redisUrl || testConfig.ci) transports.push(["Redis streams", createTestEventStream]);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

// A consumer's schema as migrated (speakers'): its dead_letters table is the one consumers write to.
const deadLetters = (consumer: string) =>
  db.prisma.speakersDeadLetter.findMany({ where: { consumer }, orderBy: { deadLetteredAt: "asc" } });

describe.each(transports)("%s", (_, makeStream) => {
  test("one at a time: a malformed payload and an unknown version are dead-lettered, the next good event is handled", async () => {
    const stream = makeStream();
    const group = `things-${randomUUID().slice(0, 8)}`;
    const handled: number[] = [];
    const consumer = await consumeEvents(
      stream,
      { group, contracts: [ThingCounted], schema: "speakers", db: db.prisma, log: silentLogger() },
      async (event) => void handled.push(event.data.count),
    );
    try {
      const wrongPayload = counted("seven");
      const newerVersion = counted(8, 2);
      await append(stream, [
        counted(1),
        wrongPayload,
        newerVersion,
        envelope("SomethingElse", { any: "thing" }),
        counted(2),
      ]);
      await until(() => handled.length === 2);
      expect(handled).toEqual([1, 2]);
      const rows = await deadLetters(group);
      expect(rows.map((r) => [r.eventId, r.eventType, r.eventVersion])).toEqual([
        [wrongPayload.id, "ThingCounted", 1],
        [newerVersion.id, "ThingCounted", 2],
      ]);
      expect(rows[0]?.reason).toContain("ThingCounted@1");
      expect(rows[0]?.reason).toContain("count");
      expect(rows[1]?.reason).toContain("no contract for this version");
      expect(rows[0]?.event).toMatchObject({ id: wrongPayload.id, data: { count: "seven" } });

      // Delivered again (at least once upstream): still one dead letter, and consumption goes on.
      await append(stream, [wrongPayload, counted(3)]);
      await until(() => handled.length === 3);
      expect(await deadLetters(group)).toHaveLength(2);
    } finally {
      await consumer.stop();
      await stream.close();
    }
  });

  test("in batches: the handler gets the good events of a batch, typed, without the malformed one", async () => {
    const stream = makeStream();
    const group = `things-${randomUUID().slice(0, 8)}`;
    const batches: number[][] = [];
    const consumer = await consumeEventBatches(
      stream,
      { group, contracts: [ThingCounted], schema: "speakers", db: db.prisma, log: silentLogger() },
      async (events) => void batches.push(events.map((e) => e.data.count)),
    );
    try {
      const malformed = envelope("ThingCounted", { thingId: "not-a-uuid", count: 5 });
      await append(stream, [counted(4), malformed, counted(6)]);
      await until(() => batches.flat().length === 2);
      expect(batches.flat()).toEqual([4, 6]);
      expect((await deadLetters(group)).map((r) => r.eventId)).toEqual([malformed.id]);
    } finally {
      await consumer.stop();
      await stream.close();
    }
  });
});
