import { describe, expect, test } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnvironment } from "@bilten/testkit/infrastructure";
import { ConfigError, baseShape, readConfig, vars } from "../src/env.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("configuration", () => {
  test("defaults apply and empty strings count as unset", () => {
    const config = readConfig(baseShape, { DATABASE_URL: "", LOG_LEVEL: "warn" });
    expect(config).toMatchObject({
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      DATA_DIR: ".data",
      DATABASE_POOL_MAX: 10,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  test("every bad variable is named in one message", () => {
    const read = () =>
      readConfig(
        { ...baseShape, PORT: vars.port },
        { DATABASE_URL: "mysql://x", REDIS_URL: "localhost:6379", PORT: "70000" },
      );
    expect(read).toThrow(ConfigError);
    expect(read).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL; REDIS_URL: must be a redis:\/\/ URL; PORT: /);
  });

  test("a bad value stops the process with one clear line and exit code 78", () => {
    const result = spawnSync(
      process.execPath,
      ["--conditions=source", "--import", "tsx", "subgraphs/identity/src/main.ts"],
      {
        cwd: ROOT,
        env: childEnvironment({ DATABASE_URL: "not a url", NODE_ENV: "production" }),
        encoding: "utf8",
        timeout: 20_000,
      },
    );
    expect(result.status).toBe(78);
    expect(result.stderr.trim().split("\n")).toEqual([
      "bilten: invalid configuration: DATABASE_URL: must be a postgresql:// URL",
    ]);
  });
});
