// The gateway's configuration: read once into an immutable object; a bad value stops the process.
import { expect, test } from "@jest/globals";
import { runEntryPoint } from "@bilten/testkit/infrastructure";
import { readGatewayConfig } from "../src/config.js";

test("defaults and values, read into an immutable object", () => {
  expect(readGatewayConfig({})).toMatchObject({
    port: 4000,
    allowedOrigins: [],
    trustProxy: false,
    limits: { maxDepth: 12, maxCost: 20_000 },
    subgraphUrls: { identity: "http://127.0.0.1:4001/graphql", analytics: "http://127.0.0.1:4005/graphql" },
  });
  const config = readGatewayConfig({
    GATEWAY_PORT: "5000",
    ALLOWED_ORIGINS: "https://a.example, https://b.example",
    TRUST_PROXY: "true",
    SPEAKERS_URL: "http://speakers:4003/graphql",
  });
  expect(config).toMatchObject({
    port: 5000,
    allowedOrigins: ["https://a.example", "https://b.example"],
    trustProxy: true,
    subgraphUrls: { speakers: "http://speakers:4003/graphql" },
  });
  expect(Object.isFrozen(config.allowedOrigins)).toBe(true);
});

test("a bad value stops the gateway with exit code 78 and one line naming the variable", () => {
  const { status, stderr } = runEntryPoint("gateway/src/main.ts", { MAX_QUERY_DEPTH: "1" });
  expect(status).toBe(78);
  expect(stderr).toEqual([expect.stringMatching(/^bilten: invalid configuration: MAX_QUERY_DEPTH: /)]);
});
