// `npm start`'s configuration: every service's reader over the one environment, so each variable a service
// honours alone it honours in the one process too (the visitor secret, the ports, the production rules).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, SOURCE_ARGS, childEnvironment, runEntryPoint } from "@bilten/testkit/infrastructure";
import { readStackConfig } from "../src/config.js";
import { openSubgraphs } from "../src/stack.js";

const SECRET = "a-visitor-secret-of-at-least-32-characters";
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "bilten-stack-config-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start's configuration", () => {
  test("ANALYTICS_VISITOR_SECRET reaches the analytics subgraph", async () => {
    const config = readStackConfig({ ANALYTICS_VISITOR_SECRET: SECRET, DATA_DIR: dataDir });
    expect(config.analytics.visitorSecret).toBe(SECRET);
    const settings = await openSubgraphs(config);
    await settings.speakers.media.close();
    expect(settings.analytics.visitorSecret).toBe(SECRET);
  });

  test("every service's variables are read: ports, limits, the shared ones once for all", () => {
    const config = readStackConfig({
      GATEWAY_PORT: "5000",
      IDENTITY_PORT: "5001",
      EVENTS_PORT: "5002",
      SPEAKERS_PORT: "5003",
      TICKETING_PORT: "5004",
      ANALYTICS_PORT: "5005",
      MAX_QUERY_DEPTH: "8",
      PASSWORD_SCRYPT_LOG_N: "11",
      LOG_LEVEL: "debug",
    });
    expect(
      [config.gateway, config.identity, config.events, config.speakers, config.ticketing, config.analytics].map(
        (c) => c.port,
      ),
    ).toEqual([5000, 5001, 5002, 5003, 5004, 5005]);
    expect(config.gateway.limits.maxDepth).toBe(8);
    expect(config.identity.scryptLogN).toBe(11);
    expect(config.platform.logLevel).toBe("debug");
    expect(config.ticketing.platform).toEqual(config.platform);
    expect(Object.isFrozen(config)).toBe(true);
  });

  test("a bad value of any service stops npm start with exit code 78 and one line naming the variable", () => {
    const { status, stderr } = runEntryPoint("packages/stack/src/main.ts", { TICKETING_PORT: "not a port" });
    expect(status).toBe(78);
    expect(stderr).toEqual([expect.stringMatching(/^bilten: invalid configuration: TICKETING_PORT: /)]);
  });

  test("in production npm start requires the visitor secret as analytics alone does", () => {
    const { status, stderr } = runEntryPoint("packages/stack/src/main.ts", {
      NODE_ENV: "production",
      ANALYTICS_VISITOR_SECRET: "",
    });
    expect(status).toBe(78);
    expect(stderr).toEqual(["bilten: invalid configuration: ANALYTICS_VISITOR_SECRET: required in production"]);
  });

  test("npm start serves every subgraph and the gateway on the ports its variables name", async () => {
    const names = ["GATEWAY", "IDENTITY", "EVENTS", "SPEAKERS", "TICKETING", "ANALYTICS"];
    const ports = await Promise.all(names.map(() => freePort()));
    const env = childEnvironment({
      ...Object.fromEntries(names.map((name, i) => [`${name}_PORT`, String(ports[i])])),
      // The embedded default, in a directory of its own.
      DATABASE_URL: "",
      REDIS_URL: "",
      DATA_DIR: join(dataDir, "start"),
      LOG_LEVEL: "info",
      PASSWORD_SCRYPT_LOG_N: "10",
    });
    const child = spawn(process.execPath, [...SOURCE_ARGS, "packages/stack/src/main.ts"], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString("utf8");
          if (output.includes("Bilten supergraph ready")) resolve();
        });
        void exited.then((code) => reject(new Error(`npm start exited (${code}) before it was ready`)));
      });
      const health = await Promise.all(
        ports.map(
          async (port) => (await fetch(`http://127.0.0.1:${port}/health`)).json() as Promise<{ service: string }>,
        ),
      );
      expect(health.map((h) => h.service)).toEqual([
        "gateway",
        "identity",
        "events",
        "speakers",
        "ticketing",
        "analytics",
      ]);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 180_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
