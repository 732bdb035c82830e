// The events subgraph's configuration: read once into an immutable object; a bad value stops the process.
import { expect, test } from "@jest/globals";
import { runEntryPoint } from "@bilten/testkit/infrastructure";
import { readEventsConfig } from "../src/config.js";

test("defaults and values, read into an immutable object", () => {
  expect(readEventsConfig({}).port).toBe(4002);
  const config = readEventsConfig({
    EVENTS_PORT: "5002",
    DATABASE_URL: "postgresql://db:5432/bilten",
    DATABASE_POOL_MAX: "20",
  });
  expect(config).toMatchObject({
    port: 5002,
    platform: { databaseUrl: "postgresql://db:5432/bilten", databasePoolMax: 20 },
  });
  expect(Object.isFrozen(config)).toBe(true);
});

test("a bad value stops events with exit code 78 and one line naming the variable", () => {
  const { status, stderr } = runEntryPoint("subgraphs/events/src/main.ts", { EVENTS_PORT: "70000" });
  expect(status).toBe(78);
  expect(stderr).toEqual([expect.stringMatching(/^bilten: invalid configuration: EVENTS_PORT: /)]);
});
