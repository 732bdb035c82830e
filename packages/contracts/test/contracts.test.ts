// The contracts themselves: unique names per version, aggregate ids that are payload fields, and the version guard
// (a schema never changes under an existing version).
import { describe, expect, test } from "@jest/globals";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { CheckInCountsChannel, EventCreated, defineEvent, eventContracts, liveChannels } from "../src/index.js";
import { snapshotOf, snapshotProblems } from "../src/snapshots.js";

describe("event contracts", () => {
  test("each source, name and version is defined once", () => {
    const labels = eventContracts.map((c) => `${c.source}.${c.name}@${c.version}`);
    expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
  });

  test("the aggregate id of each contract is a uuid field of its payload", () => {
    const wrong = eventContracts.filter((contract) => {
      const schema = z.toJSONSchema(contract.payload) as {
        properties?: Record<string, { format?: string }>;
        oneOf?: { properties: Record<string, { format?: string }> }[];
      };
      const variants = schema.oneOf ?? [schema];
      return !variants.every((variant) => variant.properties?.[contract.aggregateId]?.format === "uuid");
    });
    expect(wrong.map((c) => c.name)).toEqual([]);
  });
});

describe("version guard", () => {
  test("every contract version matches its committed schema, and every committed schema has its contract", () => {
    expect(snapshotProblems([...eventContracts, ...liveChannels].map(snapshotOf))).toEqual([]);
  });

  test("a shape changed under an existing version fails with the advice to add a new version", () => {
    const dir = mkdtempSync(join(tmpdir(), "contracts-"));
    mkdirSync(join(dir, "events"));
    const original = snapshotOf(EventCreated);
    writeFileSync(join(dir, original.file), original.json);
    const changed = defineEvent({
      ...EventCreated,
      aggregateId: "eventId",
      payload: EventCreated.payload.extend({ venueId: z.guid().nullable() }),
    });
    expect(snapshotProblems([snapshotOf(changed)], dir)).toEqual([
      expect.stringContaining(
        "event events.EventCreated@1 changed under an existing version: give the new shape a new version",
      ),
    ]);
    expect(snapshotProblems([snapshotOf(EventCreated)], dir)).toEqual([]);
  });

  test("a missing or orphaned schema is reported", () => {
    const dir = mkdtempSync(join(tmpdir(), "contracts-"));
    mkdirSync(join(dir, "channels"));
    writeFileSync(join(dir, "channels", "gone@1.json"), "{}\n");
    expect(snapshotProblems([snapshotOf(CheckInCountsChannel)], dir)).toEqual([
      expect.stringContaining("channel checkins@1 has no committed schema"),
      expect.stringContaining("schemas/channels/gone@1.json has no contract any more"),
    ]);
  });
});
