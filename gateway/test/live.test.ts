// The gateway's live subscriptions, against a small subgraph that declares a subscription field: snapshot first,
// ordered messages, entity fields fetched once per message, one upstream channel per key, and the socket rules
// (token in connection_init, Origin, expiry, a cap per connection).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { composeServices } from "@apollo/composition";
import { GraphQLError, parse } from "graphql";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { z } from "zod";
import {
  closeServer,
  createHttpServer,
  createLocalPubSub,
  handleGraphQL,
  listen,
  signAccessToken,
  viewerFromAuthorization,
  type PubSub,
  type Viewer,
} from "@bilten/platform";
import { createTestKeys, eventually, silentLogger } from "@bilten/testkit";
import { startGateway } from "../src/server.js";
import { TOKEN_EXPIRED } from "../src/sockets.js";
import type { LiveFieldSpec } from "../src/live.js";

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Counter { key: ID! sequence: Int! value: Int! owner: Owner }
  type Owner @key(fields: "id") { id: ID! name: String! }
  type Query { counter(key: ID!): Counter! owner(id: ID!): Owner }
  type Subscription { counterChanged(key: ID!): Counter! }
`);

const keys = createTestKeys();
const state = new Map<string, { sequence: number; value: number }>();
let ownerLookups = 0;
let upstreamSubscribes = 0;
let pubsub: PubSub;
let gateway: Awaited<ReturnType<typeof startGateway>>;
let subgraph: { stop(): Promise<void> };
let wsUrl: string;

const spec: LiveFieldSpec = {
  field: "counterChanged",
  channel: (args) => `counter:${String(args.key)}`,
  message: z.object({ key: z.string(), sequence: z.int(), value: z.int(), ownerId: z.string() }),
  snapshot: {
    query: `query($key: ID!) { counter(key: $key) { key sequence value } }`,
    variables: (args) => ({ key: args.key }),
    pick: (data) => ({ ...(data.counter as { sequence: number }), ownerId: "owner-1" }),
  },
  entities: { "Counter.owner": { query: "owner", idFrom: "ownerId" } },
};

beforeAll(async () => {
  const server = new ApolloServer<{ viewer: Viewer | null }>({
    schema: buildSubgraphSchema({
      typeDefs,
      resolvers: {
        Query: {
          counter: (_: unknown, args: { key: string }, ctx: { viewer: Viewer | null }) => {
            if (!ctx.viewer) throw new GraphQLError("Staff only", { extensions: { code: "FORBIDDEN" } });
            const current = state.get(args.key) ?? { sequence: 0, value: 0 };
            return { key: args.key, ...current };
          },
          owner: (_: unknown, args: { id: string }) => {
            ownerLookups += 1;
            return { id: args.id, name: "Door team" };
          },
        },
      } as never,
    }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();
  const http = createHttpServer(
    [
      (req, res) =>
        handleGraphQL(server, req, res, async () => ({
          viewer: await viewerFromAuthorization(keys, req.headers.authorization),
        })),
    ],
    () => undefined,
  );
  const port = await listen(http, 0, "127.0.0.1");
  subgraph = { stop: async () => (await closeServer(http), await server.stop()) };
  const url = `http://127.0.0.1:${port}/graphql`;
  const composed = composeServices([{ name: "counters", url, typeDefs }]);
  if (!composed.supergraphSdl)
    throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join("; ")}`);
  const local = createLocalPubSub();
  pubsub = {
    ...local,
    subscribe: (channel, listener) => {
      upstreamSubscribes += 1;
      return local.subscribe(channel, listener);
    },
  };
  gateway = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    settings: {
      allowedOrigins: ["https://dashboard.example"],
      limits: { maxDepth: 10, maxCost: 1000, maxPageSize: 100 },
      subgraphUrls: { counters: url },
    },
    keys,
    log: silentLogger(),
    port: 0,
    host: "127.0.0.1",
    live: { pubsub, specs: [spec], maxSubscriptionsPerConnection: 3 },
  });
  wsUrl = gateway.url.replace("http", "ws");
});

afterAll(async () => {
  await gateway?.stop();
  await subgraph?.stop();
});

const token = async (ttl = 600) =>
  (
    await signAccessToken(
      keys,
      { userId: "00000000-0000-4000-8000-000000000001", isPlatformAdmin: false, roles: {} },
      ttl,
    )
  ).token;

function client(accessToken?: string, extra: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    onNonLazyError: () => undefined,
    ...extra,
  });
}

/** Collects `next` payloads of one subscription; resolves `done` with the error or on completion. */
function collect(c: Client, query: string, variables: Record<string, unknown>) {
  const received: any[] = [];
  let stop: () => void = () => undefined;
  const done = new Promise<unknown>((resolve) => {
    stop = c.subscribe(
      { query, variables },
      { next: (v) => received.push(v), error: (e) => resolve(e), complete: () => resolve(null) },
    );
  });
  return { received, done, stop: () => stop() };
}

const publish = (key: string, sequence: number, value: number) => {
  state.set(key, { sequence, value });
  return pubsub.publish(`counter:${key}`, { key, sequence, value, ownerId: "owner-1" });
};

describe("live subscriptions", () => {
  test("a subscriber gets the snapshot first, then newer counts in order; stale and repeated ones are dropped", async () => {
    state.set("a", { sequence: 5, value: 50 });
    const c = client(await token());
    const sub = collect(c, `subscription($k: ID!) { counterChanged(key: $k) { sequence value } }`, { k: "a" });
    await eventually(() => sub.received.length === 1);
    expect(sub.received[0]).toEqual({ data: { counterChanged: { sequence: 5, value: 50 } } });
    await publish("a", 4, 40); // older than the snapshot
    await new Promise((r) => setTimeout(r, 50));
    await publish("a", 6, 60);
    await new Promise((r) => setTimeout(r, 50));
    await publish("a", 6, 60); // repeated
    await publish("a", 7, 70);
    await eventually(() => sub.received.at(-1)?.data.counterChanged.sequence === 7);
    expect(sub.received.map((r) => r.data.counterChanged.sequence)).toEqual([5, 6, 7]);
    sub.stop();
    await c.dispose();
  });

  test("entity fields are fetched once per message for all subscribers, and one upstream channel serves them all", async () => {
    const subscribersBefore = upstreamSubscribes;
    const clients = await Promise.all(Array.from({ length: 4 }, async () => client(await token())));
    const subs = clients.map((c) =>
      collect(c, `subscription { counterChanged(key: "b") { value owner { name } } }`, {}),
    );
    await eventually(() => subs.every((s) => s.received.length === 1));
    expect(upstreamSubscribes - subscribersBefore).toBe(1);
    ownerLookups = 0;
    await publish("b", 1, 10);
    await eventually(() => subs.every((s) => s.received.length === 2));
    expect(subs[0]?.received[1]).toEqual({ data: { counterChanged: { value: 10, owner: { name: "Door team" } } } });
    expect(ownerLookups).toBe(1);
    for (const s of subs) s.stop();
    await Promise.all(clients.map((c) => c.dispose()));
  });

  test("the subgraph decides who may subscribe: a refused snapshot is an error message with its code", async () => {
    const c = client();
    const sub = collect(c, `subscription { counterChanged(key: "c") { value } }`, {});
    const error = (await sub.done) as { extensions?: { code?: string } }[];
    expect(error?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(sub.received).toEqual([]);
    await c.dispose();
  });

  test("queries work over the socket too", async () => {
    const c = client(await token());
    const sub = collect(c, `query { owner(id: "o") { name } }`, {});
    await sub.done;
    expect(sub.received).toEqual([{ data: { owner: { name: "Door team" } } }]);
    await c.dispose();
  });

  test("a slow subscriber only has the newest result waiting", async () => {
    state.set("d", { sequence: 1, value: 1 });
    const stream = (await gateway.hub.subscribe(
      parse(`subscription { counterChanged(key: "d") { sequence } }`),
      {},
      undefined,
      {
        viewer: { userId: "u", isPlatformAdmin: false, roles: {}, expiresAt: new Date(Date.now() + 60_000) },
        token: await token(),
        requestId: "r",
      },
    )) as AsyncGenerator<any>;
    expect((await stream.next()).value.data.counterChanged.sequence).toBe(1);
    for (let sequence = 2; sequence <= 6; sequence++) await publish("d", sequence, sequence);
    await new Promise((r) => setTimeout(r, 100));
    expect((await stream.next()).value.data.counterChanged.sequence).toBe(6);
    await stream.return(undefined);
    expect(gateway.hub.stats().channels).toBe(0);
  });
});

describe("socket rules", () => {
  test("a bad token in connection_init closes the socket with 4403", async () => {
    const closed = new Promise<number>((resolve) => {
      const c = client("not-a-token", { on: { closed: (event) => resolve((event as { code: number }).code) } });
      void c;
    });
    expect(await closed).toBe(4403);
  });

  test("the socket closes when the access token expires", async () => {
    const expiring = await token(1);
    const closed = new Promise<number>((resolve) => {
      client(expiring, { on: { closed: (event) => resolve((event as { code: number }).code) } });
    });
    expect(await closed).toBe(TOKEN_EXPIRED);
  }, 10_000);

  test("browsers from other origins are refused at the upgrade; allowed and same origins connect", async () => {
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(wsUrl, "graphql-transport-ws", { headers: { origin } });
        ws.on("open", () => (ws.close(), resolve("open")));
        ws.on("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
        ws.on("error", () => resolve("error"));
      });
    expect(await attempt("https://evil.example")).toBe("403");
    expect(await attempt("https://dashboard.example")).toBe("open");
    expect(await attempt(`http://${new URL(gateway.url).host}`)).toBe("open");
  });

  test("a connection holds at most the configured number of operations", async () => {
    const c = client(await token());
    const subs = Array.from({ length: 4 }, () => collect(c, `subscription { counterChanged(key: "e") { value } }`, {}));
    const refused = (await subs[3]?.done) as { extensions?: { reason?: string } }[];
    expect(refused?.[0]?.extensions?.reason).toBe("TOO_MANY_SUBSCRIPTIONS");
    for (const s of subs) s.stop();
    await c.dispose();
  });
});

describe("bursts", () => {
  test("a burst within the fan-out interval goes out as its newest counts, and a quiet message at once", async () => {
    state.set("burst", { sequence: 1, value: 1 });
    const c = client(await token());
    const sub = collect(c, `subscription { counterChanged(key: "burst") { sequence } }`, {});
    await eventually(() => sub.received.length === 1);
    await new Promise((r) => setTimeout(r, 50));
    const quiet = performance.now();
    await publish("burst", 2, 2);
    await eventually(() => sub.received.length === 2);
    expect(performance.now() - quiet).toBeLessThan(500);
    for (let sequence = 3; sequence <= 12; sequence++) await publish("burst", sequence, sequence);
    await eventually(() => sub.received.at(-1)?.data.counterChanged.sequence === 12);
    // Ten messages in a few milliseconds: far fewer fan-outs, the last one carrying the newest counts.
    expect(sub.received.length).toBeLessThan(12);
    sub.stop();
    await c.dispose();
  });
});
