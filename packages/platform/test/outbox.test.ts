// Writing domain events: typed and checked against their contract, in the change's transaction, and the relay woken
// only after a commit.
import { afterAll, beforeAll, describe, expect, jest, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ContractViolation, defineEvent } from "@bilten/contracts";
import { OutboxRelay, createLocalEventStream, inTransaction } from "../src/domain-events.js";
import { createTestDatabase, silentLogger, type TestDatabase } from "@bilten/testkit/infrastructure";

// A contract of the events subgraph's outbox (the migrated test database has it), and one of another subgraph.
const ThingHappened = defineEvent({
  source: "events",
  name: "ThingHappened",
  version: 3,
  aggregateType: "Thing",
  aggregateId: "thingId",
  payload: z.strictObject({ thingId: z.guid(), note: z.string().nullable() }),
});
const ForeignThing = defineEvent({ ...ThingHappened, source: "ticketing", aggregateId: "thingId" });

let db: TestDatabase;
let relay: OutboxRelay;
beforeAll(async () => {
  db = await createTestDatabase();
  relay = new OutboxRelay({
    db: db.prisma,
    schema: "events",
    source: "events",
    stream: createLocalEventStream(),
    log: silentLogger(),
  });
});
afterAll(async () => {
  await db?.drop();
});

const written = (thingId: string) => db.prisma.eventsOutbox.findMany({ where: { aggregateId: thingId } });

describe("inTransaction", () => {
  test("writes the event with its contract's name, version and aggregate, then wakes the relay", async () => {
    const kick = jest.spyOn(relay, "kick").mockImplementation(() => undefined);
    const thingId = randomUUID();
    const result = await inTransaction(db.prisma, relay, async (_tx, record) => {
      await record(ThingHappened, { thingId, note: null });
      expect(kick).not.toHaveBeenCalled();
      return "done";
    });
    expect(result).toBe("done");
    expect(kick).toHaveBeenCalledTimes(1);
    expect(await written(thingId)).toMatchObject([
      { aggregateType: "Thing", eventType: "ThingHappened", eventVersion: 3, data: { thingId, note: null } },
    ]);
    kick.mockRestore();
  });

  test("a payload its contract refuses throws, and the transaction writes nothing", async () => {
    const kick = jest.spyOn(relay, "kick").mockImplementation(() => undefined);
    const thingId = randomUUID();
    const failing = inTransaction(db.prisma, relay, async (_tx, record) => {
      await record(ThingHappened, { thingId, note: null });
      // @ts-expect-error: a note of the wrong type is the point
      await record(ThingHappened, { thingId, note: 7 });
    });
    await expect(failing).rejects.toThrow(ContractViolation);
    await expect(failing).rejects.toThrow(/ThingHappened@3 payload does not match its contract/);
    expect(await written(thingId)).toEqual([]);
    expect(kick).not.toHaveBeenCalled();
    kick.mockRestore();
  });

  test("another subgraph's event cannot go through this subgraph's relay", async () => {
    const thingId = randomUUID();
    await expect(
      inTransaction(db.prisma, relay, (_tx, record) => record(ForeignThing, { thingId, note: null })),
    ).rejects.toThrow("ThingHappened@3 belongs to ticketing, not to events");
  });
});
