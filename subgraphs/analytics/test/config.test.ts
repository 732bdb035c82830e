// The analytics subgraph's configuration: read once into an immutable object; the visitor secret is required in
// production; a bad value stops the process.
import { expect, test } from "@jest/globals";
import { ConfigError } from "@bilten/platform";
import { runEntryPoint } from "@bilten/testkit/infrastructure";
import { readAnalyticsConfig } from "../src/config.js";
import { openAnalytics } from "../src/settings.js";

const SECRET = "a-visitor-secret-of-at-least-32-characters";

test("the visitor secret is read, and required in production", async () => {
  const config = readAnalyticsConfig({
    ANALYTICS_PORT: "5005",
    ANALYTICS_VISITOR_SECRET: SECRET,
    NODE_ENV: "production",
  });
  expect(config).toMatchObject({ port: 5005, visitorSecret: SECRET });
  expect(Object.isFrozen(config)).toBe(true);
  expect((await openAnalytics(config)).visitorSecret).toBe(SECRET);
  expect(() => readAnalyticsConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
  expect(() => readAnalyticsConfig({ NODE_ENV: "production" })).toThrow(
    "ANALYTICS_VISITOR_SECRET: required in production",
  );
});

test("outside production without a secret, each process hashes visitors with a random key of its own", async () => {
  const config = readAnalyticsConfig({});
  expect(config.visitorSecret).toBeUndefined();
  const first = (await openAnalytics(config)).visitorSecret;
  expect(first).toMatch(/^[0-9a-f]{64}$/);
  expect((await openAnalytics(config)).visitorSecret).not.toBe(first);
});

test("a bad value stops analytics with exit code 78 and one line naming the variable", () => {
  const { status, stderr } = runEntryPoint("subgraphs/analytics/src/main.ts", {
    ANALYTICS_VISITOR_SECRET: "too short",
  });
  expect(status).toBe(78);
  expect(stderr).toEqual([expect.stringMatching(/^bilten: invalid configuration: ANALYTICS_VISITOR_SECRET: /)]);
});
