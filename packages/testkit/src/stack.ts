// The whole supergraph on a test database, on free ports, with what tests look into: the SQL each request sent,
// the mail that went out, the settings of ticketing's payment providers, and a way to wait until background work
// has settled.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSupergraph } from "@bilten/gateway";
import { MailSink, currentRequest, type Cache, type PubSub, type TokenKeys } from "@bilten/platform";
import { createLocalMediaStorage, type MediaStorage } from "@bilten/speakers";
import { startStack, type Stack } from "@bilten/stack";
import type { AnalyticsSettings } from "@bilten/analytics";
import { InvoiceProvider, TestCardProvider, type TicketingSettings } from "@bilten/ticketing";
import { graphql, type GraphQLResult, type RequestOptions } from "./client.js";
import { testConfig } from "./config.js";
import { createTestDatabase, type TestDatabase } from "./database.js";
import { createTestKeys, silentLogger } from "./keys.js";
import { createTestCache, createTestEventStream, createTestPubSub } from "./redis.js";
import { countAppends, settle, type CountingStream } from "./waiting.js";

export interface TestStack extends Stack {
  db: TestDatabase;
  keys: TokenKeys;
  pubsub: PubSub;
  events: CountingStream;
  cache: Cache;
  /** Every e-mail the stack sent. */
  mail: MailSink;
  /** Where the speakers subgraph keeps uploaded media (a fresh directory per stack, unless a test brings its own). */
  media: MediaStorage;
  mediaDir: string;
  /** Ticketing's settings: its signing keys and payment providers (tests read what the test provider charged). */
  ticketing: TicketingSettings & { cardProvider: TestCardProvider };
  /** Analytics' settings: the key its visitor hashes are made with. */
  analytics: AnalyticsSettings;
  /** The Redis behind live updates (undefined: in-process) and the prefix of this stack's channels. */
  redisUrl: string | undefined;
  pubsubPrefix: string;
  /** SQL statements subgraphs sent while handling requests since the last reset, without transaction control. */
  statements: string[];
  query<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResult<T>>;
  /**
   * Waits until every outbox is relayed and every domain-event consumer (read models, mail, analytics, a test's
   * own) has handled everything, including what that handling wrote to an outbox in turn.
   */
  settle(): Promise<void>;
}

export interface TestStackOptions {
  /** Redis for live updates (a test's own server, e.g. one it stops and restarts); default REDIS_URL. */
  redisUrl?: string;
  /** Media storage for the speakers subgraph (default: a fresh local directory) and its logo limit. */
  media?: MediaStorage;
  logoMaxBytes?: number;
}

/** Transaction control is not what a request asks for (PGlite's adapter reports commits as `-- Implicit "COMMIT"`). */
const TRANSACTION_CONTROL = /^(-- Implicit ")?(BEGIN|COMMIT|ROLLBACK)\b/;

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const statements: string[] = [];
  // Only what a subgraph sends while handling a request counts: relay passes, consumers and workers run outside
  // any request's scope.
  const db = await createTestDatabase({
    onQuery: (sql) => void (currentRequest() && !TRANSACTION_CONTROL.test(sql) && statements.push(sql)),
  });
  const keys = createTestKeys();
  // Channels under a prefix of this stack's own, so a second gateway (tests of several instances) can join them.
  const pubsubPrefix = `test:${randomUUID().slice(0, 8)}:`;
  const pubsub = createTestPubSub({ url: options.redisUrl, prefix: pubsubPrefix });
  const events = countAppends(createTestEventStream());
  const cache = createTestCache();
  await cache.ready();
  const mail = new MailSink();
  const log = silentLogger();
  const mediaDir = await mkdtemp(join(tmpdir(), "bilten-media-"));
  const media = options.media ?? createLocalMediaStorage(mediaDir);
  const analytics = { visitorSecret: randomUUID() + randomUUID() };
  const ticketing = {
    signingKeys: createTestKeys(),
    cardProvider: new TestCardProvider(),
    invoiceProvider: new InvoiceProvider(14),
    reservationTimeoutSeconds: 900,
    // Frequent sweeps, so a test of the sweeper waits briefly; a sweep with nothing to do is one SELECT.
    sweepIntervalMs: 250,
    replayWaitMs: 10_000,
  };
  const stack = await startStack({
    deps: { db: db.prisma, pubsub, events, cache, mailer: mail, keys, log },
    supergraphSdl: readSupergraph(),
    // A low scrypt cost keeps sign-ups fast in tests; the parameters are stored with each hash.
    identity: { accessTokenTtl: 900, refreshTokenTtl: 3600, scryptLogN: 10 },
    events: {},
    ticketing,
    speakers: { logoMaxBytes: options.logoMaxBytes ?? 2 * 1024 * 1024, media },
    analytics,
    // As behind a load balancer: tests choose the client address with X-Forwarded-For.
    gateway: { allowedOrigins: [], limits: { maxDepth: 12, maxCost: 20_000, maxPageSize: 100 }, trustProxy: true },
    port: 0,
    log,
  });
  return {
    ...stack,
    db,
    keys,
    pubsub,
    events,
    cache,
    mail,
    media,
    mediaDir,
    ticketing,
    analytics,
    pubsubPrefix,
    redisUrl: options.redisUrl ?? testConfig.redisUrl,
    statements,
    query: (query, variables, options) => graphql(stack.url, query, variables, options),
    settle: () => settle({ stream: events, relays: Object.values(stack.subgraphs).map((s) => s.outbox) }),
    async stop() {
      await stack.stop();
      await Promise.all([pubsub.close(), events.close(), cache.close()]);
      await db.drop();
      await rm(mediaDir, { recursive: true, force: true });
    },
  };
}
