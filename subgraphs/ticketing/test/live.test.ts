// Live check-in counts through the gateway over graphql-ws: snapshot first, every change after the commit, only for
// the event's staff, across gateway instances sharing Redis, and back to the right counts after Redis restarts.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { readSupergraph, startGateway } from "@bilten/gateway";
import { LIVE_FIELDS } from "@bilten/gateway";
import { createRedisPubSub } from "@bilten/platform";
import {
  eventually,
  requires,
  silentLogger,
  startRedisServer,
  startTestStack,
  world,
  type TestStack,
} from "@bilten/testkit";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

const SUBSCRIPTION = `subscription($e: ID!) { checkInCountChanged(eventId: $e) {
  sequence checkedIn onSiteNow ticketsSold doors { door checkedIn onSiteNow } event { title } } }`;

function connect(url: string, token?: string): Client {
  return createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}

function subscribe(client: Client, eventId: string) {
  const received: any[] = [];
  const errors: any[] = [];
  const stop = client.subscribe(
    { query: SUBSCRIPTION, variables: { e: eventId } },
    {
      next: (value) => received.push(value.data?.checkInCountChanged ?? value),
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { received, errors, stop, latest: () => received.at(-1) };
}

/** A published event with five tickets sold, and a door staff member's token. */
async function liveNight(stack: TestStack) {
  const organizer = await world(stack).organizer();
  const doorToken = (await organizer.member("CHECK_IN_STAFF")).accessToken;
  const order = await organizer
    .event({ published: true, title: "Live night", capacity: 100 })
    .ticketType({ maxPerOrder: 10 })
    .order({ quantity: 5 });
  return { doorToken, buyer: order.buyer, eventId: order.event.id, tickets: order.tickets };
}

const checkIn = (stack: TestStack, token: string, eventId: string, number: string, door = "Main") =>
  stack.query(
    `mutation($input: CheckInInput!) { checkIn(input: $input) { counts { sequence } } }`,
    { input: { eventId, ticketNumber: number, door } },
    { token },
  );

describe("live check-in counts", () => {
  let stack: TestStack;
  let night: Awaited<ReturnType<typeof liveNight>>;
  beforeAll(async () => {
    stack = await startTestStack();
    night = await liveNight(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test("a subscriber gets the snapshot, then counts after every check-in, with fields of other subgraphs", async () => {
    await checkIn(stack, night.doorToken, night.eventId, night.tickets[0]?.number as string);
    const client = connect(stack.url, night.doorToken);
    const live = subscribe(client, night.eventId);
    await eventually(() => live.received.length === 1);
    expect(live.received[0]).toEqual({
      sequence: 1,
      checkedIn: 1,
      onSiteNow: 1,
      ticketsSold: 5,
      doors: [{ door: "Main", checkedIn: 1, onSiteNow: 1 }],
      event: { title: "Live night" },
    });
    await checkIn(stack, night.doorToken, night.eventId, night.tickets[1]?.number as string, "Side");
    await eventually(() => live.latest()?.sequence === 2);
    expect(live.latest()).toMatchObject({ checkedIn: 2, onSiteNow: 2, event: { title: "Live night" } });
    expect(live.latest().doors).toEqual([
      { door: "Main", checkedIn: 1, onSiteNow: 1 },
      { door: "Side", checkedIn: 1, onSiteNow: 1 },
    ]);
    // Sequence numbers only go up: every message a subscriber sees is newer than the one before.
    const sequences = live.received.map((m) => m.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    live.stop();
    await client.dispose();
  });

  test("only the event organization's staff may subscribe", async () => {
    const attendee = connect(stack.url, night.buyer.accessToken);
    const refused = subscribe(attendee, night.eventId);
    await eventually(() => refused.errors.length === 1);
    expect(refused.errors[0]?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.received).toEqual([]);
    await attendee.dispose();

    const anonymous = connect(stack.url);
    const none = subscribe(anonymous, night.eventId);
    await eventually(() => none.errors.length === 1);
    expect(none.errors[0]?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    await anonymous.dispose();
  });
});

// Several gateway instances share live updates through Redis.
requires("redis")("across gateway instances", () => {
  test("a check-in through one gateway reaches subscribers of another", async () => {
    const stack = await startTestStack();
    const pubsub = createRedisPubSub({ url: stack.redisUrl as string, prefix: stack.pubsubPrefix });
    const second = await startGateway({
      supergraphSdl: readSupergraph(),
      settings: {
        allowedOrigins: [],
        limits: { maxDepth: 12, maxCost: 20_000, maxPageSize: 100 },
        subgraphUrls: Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])),
      },
      keys: stack.keys,
      log: silentLogger(),
      port: 0,
      host: "127.0.0.1",
      live: { pubsub, specs: LIVE_FIELDS },
    });
    try {
      const night = await liveNight(stack);
      const client = connect(second.url, night.doorToken);
      const live = subscribe(client, night.eventId);
      await eventually(() => live.received.length === 1);
      await checkIn(stack, night.doorToken, night.eventId, night.tickets[0]?.number as string); // through the first gateway
      await eventually(() => live.latest()?.checkedIn === 1);
      expect(live.latest()).toMatchObject({ sequence: 1, onSiteNow: 1 });
      live.stop();
      await client.dispose();
    } finally {
      await second.stop();
      await pubsub.close();
      await stack.stop();
    }
  });
});

describe("when Redis restarts", () => {
  test("no check-in is lost and subscribers are brought back to the right counts by themselves", async () => {
    const redis = await startRedisServer();
    const stack = await startTestStack({ redisUrl: redis.url });
    try {
      const night = await liveNight(stack);
      const client = connect(stack.url, night.doorToken);
      const live = subscribe(client, night.eventId);
      await eventually(() => live.received.length === 1);
      await checkIn(stack, night.doorToken, night.eventId, night.tickets[0]?.number as string);
      await eventually(() => live.latest()?.checkedIn === 1);

      await redis.stop();
      // Check-ins go on while Redis is away: PostgreSQL is the record; the messages are lost.
      for (const ticket of night.tickets.slice(1, 3)) {
        const result = await checkIn(stack, night.doorToken, night.eventId, ticket.number);
        expect(result.errors).toBeUndefined();
      }
      expect(live.latest()?.checkedIn).toBe(1);
      await redis.restart();
      // The gateway's subscriber connection comes back and every channel gets a fresh snapshot.
      await eventually(() => live.latest()?.checkedIn === 3, Boolean, 20_000);
      expect(live.latest()).toMatchObject({ sequence: 3, onSiteNow: 3 });
      live.stop();
      await client.dispose();
    } finally {
      await stack.stop();
      await redis.stop();
    }
  }, 60_000);
});
