// What every benchmark needs: a fresh database on the local PostgreSQL server (dropped afterwards), Redis under a
// per-run prefix (removed afterwards), and the whole supergraph in this process exactly as `npm start` runs it.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import {
  MailSink,
  configOrExit,
  createLogger,
  currentRequest,
  createRedisCache,
  createRedisEventStream,
  createRedisPubSub,
  openDatabase,
  type Database,
  type ServiceDeps,
} from "@bilten/platform";
import { createTestKeys, deleteRedisKeys, graphql } from "@bilten/testkit";
import { readSupergraph } from "@bilten/gateway";
import { createLocalMediaStorage } from "@bilten/speakers";
import { InvoiceProvider, TestCardProvider } from "@bilten/ticketing";
import { startStack, type Stack } from "@bilten/stack";
import { readBenchConfig } from "./config.js";

export interface BenchStack {
  stack: Stack;
  database: Database;
  deps: ServiceDeps;
  /** The database's name and connection string. */
  name: string;
  url: string;
  /** Statements sent while `counting` is on; `inRequests` those sent while handling requests (what one costs). */
  statements: { counting: boolean; list: string[]; inRequests: string[] };
  close(): Promise<void>;
}

export async function startBenchStack(options: { pool: number; liveMinIntervalMs?: number }): Promise<BenchStack> {
  const { adminUrl, redisUrl } = configOrExit(() => readBenchConfig());
  const name = `bilten_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const statements = { counting: false, list: [] as string[], inRequests: [] as string[] };
  const database = await openDatabase({
    url: url.toString(),
    poolMax: options.pool,
    onQuery: (sql) => {
      if (!statements.counting) return;
      statements.list.push(sql);
      if (currentRequest()) statements.inRequests.push(sql);
    },
  });
  const prefix = `bench:${name}:`;
  const log = createLogger({ level: "warn" });
  const deps: ServiceDeps = {
    db: database.prisma,
    pubsub: createRedisPubSub({ url: redisUrl, prefix }),
    events: createRedisEventStream({ url: redisUrl, key: `${prefix}domain-events` }),
    cache: createRedisCache(redisUrl, { prefix: `${prefix}cache:` }),
    mailer: new MailSink(undefined, 100),
    keys: createTestKeys(),
    log,
  };
  const mediaDir = await mkdtemp(join(tmpdir(), "bilten-bench-media-"));
  const media = createLocalMediaStorage(mediaDir);
  const stack = await startStack({
    deps,
    supergraphSdl: readSupergraph(),
    // Sign-ups are setup, not what is measured: a low scrypt cost keeps them short.
    identity: { accessTokenTtl: 3600, refreshTokenTtl: 3600, scryptLogN: 10 },
    events: {},
    speakers: { logoMaxBytes: 2 * 1024 * 1024, media },
    ticketing: {
      signingKeys: createTestKeys(),
      cardProvider: new TestCardProvider(),
      invoiceProvider: new InvoiceProvider(14),
      reservationTimeoutSeconds: 900,
      sweepIntervalMs: 30_000,
      replayWaitMs: 10_000,
    },
    analytics: { visitorSecret: randomBytes(32).toString("hex") },
    gateway: {
      allowedOrigins: [],
      limits: { maxDepth: 12, maxCost: 20_000, maxPageSize: 100 },
      liveMinIntervalMs: options.liveMinIntervalMs ?? 20,
    },
    port: 0,
    log,
  });
  return {
    stack,
    database,
    deps,
    name,
    url: url.toString(),
    statements,
    async close() {
      await stack.stop();
      await Promise.all([deps.pubsub.close(), deps.events.close(), deps.cache.close()]);
      await database.close();
      await media.close();
      await rm(mediaDir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
      await deleteRedisKeys(redisUrl, `${prefix}*`);
    },
  };
}

/** A GraphQL call that must succeed. */
export async function call(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const result = await graphql(url, query, variables, { token: token ?? null });
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

export async function signUp(url: string, i: number) {
  return (
    await call(
      url,
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
      {
        input: {
          email: `bench${i}@bench.example`,
          password: "correct horse battery staple",
          firstName: "Bench",
          lastName: `Person${i}`,
          gdprConsent: true,
        },
      },
    )
  ).signUp as { accessToken: string; refreshToken: string; user: { id: string } };
}

/** An organizer (token carrying the org role), a published event, and a large ticket type ticketing knows. */
export async function benchEvent(url: string) {
  const organizer = await signUp(url, 0);
  const org = await call(
    url,
    `mutation { createOrganization(input: { name: "Bench Live" }) { id } }`,
    {},
    organizer.accessToken,
  );
  const token = (
    await call(url, `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, {
      t: organizer.refreshToken,
    })
  ).refreshSession.accessToken as string;
  const organizationId = org.createOrganization.id as string;
  const venue = await call(
    url,
    `mutation($o: ID!) { createVenue(input: { organizationId: $o, name: "Hall", address: "x", city: "Bern", country: "CH" }) { id } }`,
    { o: organizationId },
    token,
  );
  const day = 24 * 3_600_000;
  const event = await call(
    url,
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        organizationId,
        venueId: venue.createVenue.id,
        title: "Bench night",
        description: "Load.",
        startsAt: new Date(Date.now() + 30 * day).toISOString(),
        endsAt: new Date(Date.now() + 30 * day + 4 * 3_600_000).toISOString(),
        capacity: 1_000_000,
      },
    },
    token,
  );
  const eventId = event.createEvent.id as string;
  await call(
    url,
    `mutation($id: ID!) { changeEventStatus(id: $id, status: PUBLISHED) { id } }`,
    { id: eventId },
    token,
  );
  // Ticketing learns the event from the events subgraph's domain events.
  let ticketTypeId = "";
  for (let i = 0; i < 200 && !ticketTypeId; i++) {
    const created = await graphql(
      url,
      `
        mutation ($input: CreateTicketTypeInput!) {
          createTicketType(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          eventId,
          name: "General admission",
          price: { amount: "39.00", currency: "CHF" },
          quantity: 1_000_000,
          maxPerOrder: 10,
        },
      },
      { token },
    );
    if (created.data?.createTicketType) ticketTypeId = created.data.createTicketType.id;
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (!ticketTypeId) throw new Error("ticketing never learned the bench event");
  return { token, organizationId, eventId, ticketTypeId };
}

export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
