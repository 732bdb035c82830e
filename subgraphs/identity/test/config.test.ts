// The identity subgraph's configuration: read once into an immutable object; a bad value stops the process.
import { expect, test } from "@jest/globals";
import { runEntryPoint } from "@bilten/testkit/infrastructure";
import { readIdentityConfig } from "../src/config.js";

test("defaults and values, read into an immutable object", () => {
  expect(readIdentityConfig({})).toMatchObject({
    port: 4001,
    accessTokenTtl: 900,
    refreshTokenTtl: 2_592_000,
    scryptLogN: 15,
  });
  const config = readIdentityConfig({
    IDENTITY_PORT: "5001",
    ACCESS_TOKEN_TTL: "60",
    PASSWORD_SCRYPT_LOG_N: "12",
    LOG_LEVEL: "warn",
  });
  expect(config).toMatchObject({
    port: 5001,
    accessTokenTtl: 60,
    scryptLogN: 12,
    platform: { logLevel: "warn", dataDir: ".data" },
  });
  expect(Object.isFrozen(config)).toBe(true);
  expect(Object.isFrozen(config.platform)).toBe(true);
});

test("a bad value stops identity with exit code 78 and one line naming the variable", () => {
  const { status, stderr } = runEntryPoint("subgraphs/identity/src/main.ts", { PASSWORD_SCRYPT_LOG_N: "21" });
  expect(status).toBe(78);
  expect(stderr).toEqual([expect.stringMatching(/^bilten: invalid configuration: PASSWORD_SCRYPT_LOG_N: /)]);
});
