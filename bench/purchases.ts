// Purchases per second on one event through the gateway, on PostgreSQL and Redis (see bench/README.md).
// A fresh database on the local server, the whole supergraph in this process, N buyers in a worker thread each
// buying one ticket at a time (a new idempotency key per purchase) for the given time; reports orders/s and the
// p50/p99 latency of the successful purchases, then checks that no ticket was oversold.
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import pg from "pg";
import {
  MailSink,
  createLogger,
  createRedisCache,
  createRedisEventStream,
  createRedisPubSub,
  openDatabase,
} from "@bilten/platform";
import { createTestKeys } from "@bilten/platform/testing";
import { readSupergraph } from "@bilten/gateway";
import { InvoiceProvider, TestCardProvider } from "@bilten/ticketing";
import { startStack } from "@bilten/stack";
import { graphql } from "@bilten/stack/testing";

export interface LoadResult {
  latencies: number[];
  errors: Record<string, number>;
  startedAt: number;
  endedAt: number;
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      buyers: { type: "string", default: "50" },
      seconds: { type: "string", default: "20" },
      warmup: { type: "string", default: "3" },
      pool: { type: "string", default: "20" },
      /** Writes a CPU profile of this process during the load phase (open it in Chrome DevTools). */
      profile: { type: "string" },
    },
  });
  const buyers = Number(values.buyers);
  const seconds = Number(values.seconds);
  const warmup = Number(values.warmup);
  const adminUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const name = `bilten_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const statements = { counting: false, list: [] as string[] };
  const database = await openDatabase({
    url: url.toString(),
    poolMax: Number(values.pool),
    onQuery: (sql) => statements.counting && statements.list.push(sql),
  });
  const prefix = `bench:${name}:`;
  const log = createLogger({ level: "warn" });
  const deps = {
    db: database.prisma,
    pubsub: createRedisPubSub({ url: redisUrl, prefix }),
    events: createRedisEventStream({ url: redisUrl, key: `${prefix}domain-events` }),
    cache: createRedisCache(redisUrl, { prefix: `${prefix}cache:` }),
    mailer: new MailSink(undefined, 100),
    keys: createTestKeys(),
    log,
  };
  const stack = await startStack({
    deps,
    supergraphSdl: readSupergraph(),
    // Sign-ups are setup, not what is measured: a low scrypt cost keeps them short.
    identity: { accessTokenTtl: 3600, refreshTokenTtl: 3600, scryptLogN: 10 },
    ticketing: {
      signingKeys: createTestKeys(),
      cardProvider: new TestCardProvider(),
      invoiceProvider: new InvoiceProvider(14),
      reservationTimeoutSeconds: 900,
      sweepIntervalMs: 30_000,
      replayWaitMs: 10_000,
    },
    gateway: { allowedOrigins: [], limits: { maxDepth: 12, maxCost: 20_000, maxPageSize: 100 } },
    port: 0,
    log,
  });
  try {
    const setup = await prepare(stack.url, buyers);
    process.stdout.write(`database ${name}, pool ${values.pool}, ${buyers} buyers, ${seconds} s (+${warmup} s warm-up)\n`);

    // One purchase alone, to report what a purchase costs in SQL.
    statements.counting = true;
    await purchaseOnce(stack.url, setup.tokens[0] as string, setup.eventId, setup.ticketTypeId, "bench-probe-0001");
    statements.counting = false;
    const own = statements.list.filter((s) => s.includes(`"ticketing".`) && !/\/\* ticketing:background \*\//.test(s));
    const control = statements.list.filter((s) => /^(-- Implicit ")?(BEGIN|COMMIT|ROLLBACK)\b/.test(s)).length;

    // While the buyers run: how busy this process's event loop is, and what PostgreSQL's sessions wait for.
    const profiler = values.profile ? new Session() : undefined;
    profiler?.connect();
    await profiler?.post("Profiler.enable");
    await profiler?.post("Profiler.start");
    const elu = performance.eventLoopUtilization();
    const waits: Record<string, number> = {};
    const sampler = new pg.Client({ connectionString: url.toString() });
    await sampler.connect();
    const sampling = setInterval(() => {
      sampler
        .query<{ wait: string; n: number }>(
          `SELECT coalesce(wait_event_type || ':' || wait_event, state) AS wait, count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`,
        )
        .then((r) => r.rows.forEach((row) => (waits[row.wait] = (waits[row.wait] ?? 0) + row.n)))
        .catch(() => undefined);
    }, 250);
    const result = await new Promise<LoadResult>((resolve, reject) => {
      // Workers do not inherit the TypeScript loader: register tsx in the worker, then load the buyers' module.
      const loader = `const { register } = await import("tsx/esm/api"); register(); await import(${JSON.stringify(new URL("./purchase-load.ts", import.meta.url).href)});`;
      const worker = new Worker(loader, {
        eval: true,
        workerData: { url: stack.url, eventId: setup.eventId, ticketTypeId: setup.ticketTypeId, tokens: setup.tokens, seconds, warmup },
      });
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    clearInterval(sampling);
    await sampler.end();
    if (profiler && values.profile) {
      const { profile } = await profiler.post("Profiler.stop");
      await writeFile(values.profile, JSON.stringify(profile));
      profiler.disconnect();
    }
    const busy = performance.eventLoopUtilization(elu).utilization;
    const sorted = [...result.latencies].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const elapsed = (result.endedAt - result.startedAt) / 1000;
    const sold = await database.prisma.ticketType.findUniqueOrThrow({ where: { id: setup.ticketTypeId } });
    const tickets = await database.prisma.ticket.count({ where: { ticketTypeId: setup.ticketTypeId, status: "VALID" } });
    const report = {
      orders: sorted.length,
      seconds: Number(elapsed.toFixed(1)),
      ordersPerSecond: Number((sorted.length / elapsed).toFixed(1)),
      p50ms: Number(at(0.5).toFixed(1)),
      p99ms: Number(at(0.99).toFixed(1)),
      maxMs: Number((sorted.at(-1) ?? 0).toFixed(1)),
      errors: result.errors,
      statementsPerPurchase: { ticketing: own.length, transactionControl: control, all: statements.list.length },
      consistent: sold.sold === tickets,
      serverEventLoopBusy: Number(busy.toFixed(2)),
      postgresSessionSamples: waits,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (!report.consistent) throw new Error(`sold ${sold.sold} but ${tickets} valid tickets`);
  } finally {
    await stack.stop();
    await Promise.all([deps.pubsub.close(), deps.events.close(), deps.cache.close()]);
    await database.close();
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  }
}

/** An organizer, a published event with a large ticket type, and `buyers` signed-in buyers. */
async function prepare(url: string, buyers: number) {
  const call = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await graphql(url, query, variables, { token: token ?? null });
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const signUp = async (i: number) =>
    (await call(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`, {
      input: { email: `bench${i}@bench.example`, password: "correct horse battery staple", firstName: "Bench", lastName: `Buyer${i}`, gdprConsent: true },
    })).signUp;
  const organizer = await signUp(0);
  const org = await call(`mutation { createOrganization(input: { name: "Bench Live" }) { id } }`, {}, organizer.accessToken);
  const refreshed = (await call(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: organizer.refreshToken })).refreshSession;
  const token = refreshed.accessToken as string;
  const organizationId = org.createOrganization.id as string;
  const venue = await call(`mutation($o: ID!) { createVenue(input: { organizationId: $o, name: "Hall", address: "x", city: "Bern", country: "CH" }) { id } }`, { o: organizationId }, token);
  const day = 24 * 3_600_000;
  const event = await call(
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    { input: { organizationId, venueId: venue.createVenue.id, title: "Bench night", description: "Load.", startsAt: new Date(Date.now() + 30 * day).toISOString(), endsAt: new Date(Date.now() + 30 * day + 4 * 3_600_000).toISOString(), capacity: 1_000_000 } },
    token,
  );
  const eventId = event.createEvent.id as string;
  await call(`mutation($id: ID!) { changeEventStatus(id: $id, status: PUBLISHED) { id } }`, { id: eventId }, token);
  // Ticketing learns the event from the events subgraph's domain events.
  let ticketTypeId = "";
  for (let i = 0; i < 200 && !ticketTypeId; i++) {
    const created = await graphql(url, `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { id } }`, {
      input: { eventId, name: "General admission", price: { amount: "39.00", currency: "CHF" }, quantity: 1_000_000 },
    }, { token });
    if (created.data?.createTicketType) ticketTypeId = created.data.createTicketType.id;
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (!ticketTypeId) throw new Error("ticketing never learned the bench event");
  const tokens: string[] = [];
  for (let i = 1; i <= buyers; i++) tokens.push((await signUp(i)).accessToken);
  return { eventId, ticketTypeId, tokens };
}

export async function purchaseOnce(url: string, token: string, eventId: string, ticketTypeId: string, idempotencyKey: string) {
  return graphql(
    url,
    `mutation($input: PurchaseTicketsInput!) { purchaseTickets(input: $input) { id status } }`,
    { input: { eventId, items: [{ ticketTypeId, quantity: 1 }], payment: { method: "CARD", card: "4242424242424242" }, email: "buyer@bench.example", idempotencyKey } },
    { token },
  );
}
