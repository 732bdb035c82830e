// The gateway's own duties: health and readiness, token verification, identity forwarding that subgraphs verify,
// CSRF prevention, query limits, Sandbox, and masking of unexpected errors.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { graphql, startTestStack, world, type TestStack } from "@bilten/testkit";
import { SUBGRAPHS, signAccessToken } from "@bilten/platform";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const base = () => stack.url.replace(/\/graphql$/, "");
const identityUrl = () => stack.subgraphs.identity?.url as string;

describe("health", () => {
  test("/health answers while the process lives; /ready checks every subgraph and its database", async () => {
    const health = await fetch(`${base()}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      subgraphs: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, "ready"])),
    });
  });
});

describe("identity forwarding", () => {
  test("a valid token reaches the subgraph through the gateway", async () => {
    const person = await world(stack).user();
    const me = await stack.query(`{ me { id } }`, {}, { token: person.accessToken });
    expect(me.data?.me.id).toBe(person.userId);
  });

  test("the gateway refuses a token it cannot verify with 401", async () => {
    const result = await stack.query(`{ me { id } }`, {}, { token: "abc.def.ghi" });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  describe("a subgraph called directly refuses any identity it cannot verify", () => {
    test("a token signed with another key, claiming platform admin", async () => {
      const person = await world(stack).user();
      const { privateKey } = generateKeyPairSync("ed25519");
      const forged = await signAccessToken(
        { publicKey: stack.keys.publicKey, privateKey },
        { userId: person.userId, isPlatformAdmin: true, roles: {} },
        600,
      );
      const result = await graphql(
        identityUrl(),
        `
          {
            me {
              id
              email
            }
          }
        `,
        {},
        { token: forged.token },
      );
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(result.data ?? null).toBeNull();
    });

    test("an unsigned token (alg none)", async () => {
      const person = await world(stack).user();
      const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
      const payload = Buffer.from(
        JSON.stringify({
          sub: person.userId,
          adm: true,
          iss: "bilten-identity",
          aud: "bilten",
          exp: Math.floor(Date.now() / 1000) + 600,
        }),
      ).toString("base64url");
      const result = await graphql(
        identityUrl(),
        `
          {
            me {
              id
            }
          }
        `,
        {},
        { token: `${header}.${payload}.` },
      );
      expect(result.status).toBe(401);
    });

    test("an expired token signed with the right key", async () => {
      const person = await world(stack).user();
      const now = Math.floor(Date.now() / 1000);
      const expired = await new SignJWT({ adm: false, org: {} })
        .setProtectedHeader({ alg: "EdDSA" })
        .setSubject(person.userId)
        .setIssuer("bilten-identity")
        .setAudience("bilten")
        .setIssuedAt(now - 3600)
        .setExpirationTime(now - 60)
        .sign(stack.keys.privateKey ?? createPrivateKey(""));
      const result = await graphql(
        identityUrl(),
        `
          {
            me {
              id
            }
          }
        `,
        {},
        { token: expired },
      );
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.message).toMatch(/expired/);
    });

    test("identity headers without a token are not an identity", async () => {
      const person = await world(stack).user();
      const result = await graphql(
        identityUrl(),
        `
          {
            me {
              id
            }
          }
        `,
        {},
        {
          headers: { "x-user-id": person.userId, "x-user-roles": "ADMIN", "x-forwarded-user": person.userId },
        },
      );
      expect(result.data?.me).toBeNull();
    });
  });
});

describe("request hygiene", () => {
  test("CSRF prevention refuses simple requests that a browser could send cross-site", async () => {
    const get = await fetch(`${stack.url}?query=${encodeURIComponent("{ me { id } }")}`);
    expect(get.status).toBe(400);
    const textPlain = await fetch(stack.url, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: `{"query":"{ me { id } }"}`,
    });
    expect(textPlain.status).toBe(400);
    const preflighted = await fetch(`${stack.url}?query=${encodeURIComponent("{ me { id } }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(preflighted.status).toBe(200);
  });

  test("too deep a query is refused before any subgraph is asked", async () => {
    const person = await world(stack).user();
    const deep = `{ me { memberships { organization { members { nodes { user { memberships { organization { members { nodes { user { memberships { organization { id } } } } } } } } } } } } } }`;
    stack.statements.length = 0;
    const result = await stack.query(deep, {}, { token: person.accessToken });
    expect(result.errors?.[0]?.extensions?.reason).toBe("QUERY_TOO_DEEP");
    expect(stack.statements).toHaveLength(0);
  });

  test("too costly a query is refused", async () => {
    const costly = `query($id: ID!) { organization(id: $id) { members(first: 100) { nodes { user { memberships { organization { members(first: 100) { nodes { user { displayName } } } } } } } } } }`;
    const result = await stack.query(costly, { id: "00000000-0000-4000-8000-000000000000" });
    expect(result.errors?.[0]?.extensions?.reason).toBe("QUERY_TOO_COSTLY");
  });

  test("browsers get Apollo Sandbox", async () => {
    const page = await fetch(stack.url, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });

  test("errors never carry stack traces", async () => {
    const result = await stack.query(
      `mutation { logIn(email: "x@y.example", password: "nope-nope-nope") { accessToken } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe("readiness when a subgraph is down", () => {
  test("/ready turns 503 and names the subgraph; /health stays 200", async () => {
    const own = await startTestStack();
    try {
      await own.subgraphs.events?.stop();
      const base = own.url.replace(/\/graphql$/, "");
      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        status: "unavailable",
        subgraphs: { events: "unavailable", identity: "ready" },
      });
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      await own.stop();
    }
  });
});
