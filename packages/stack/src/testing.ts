import { randomUUID } from "node:crypto";
// The whole supergraph on a test database, on free ports, and a small GraphQL client for tests through the gateway.
import { readSupergraph } from "@bilten/gateway";
import {
  createTestCache,
  createTestEventStream,
  createTestDatabase,
  createTestKeys,
  createTestPubSub,
  silentLogger,
  type TestDatabase,
} from "@bilten/platform/testing";
import { MailSink, type Cache, type DomainEventStream, type PubSub, type TokenKeys } from "@bilten/platform";
import { createLocalMediaStorage, type MediaStorage } from "@bilten/speakers";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvoiceProvider, TestCardProvider, type TicketingSettings } from "@bilten/ticketing";
import { startStack, type Stack } from "./stack.js";

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface RequestOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export async function graphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, "status">;
  return { status: response.status, ...body };
}

export interface TestStack extends Stack {
  db: TestDatabase;
  keys: TokenKeys;
  pubsub: PubSub;
  events: DomainEventStream;
  cache: Cache;
  /** Every e-mail the stack sent. */
  mail: MailSink;
  /** Where the speakers subgraph keeps uploaded media (a fresh directory per stack, unless a test brings its own). */
  media: MediaStorage;
  mediaDir: string;
  /** Ticketing's settings: its signing keys and payment providers (tests read what the test provider charged). */
  ticketing: TicketingSettings & { cardProvider: TestCardProvider };
  /** The Redis behind live updates (undefined: in-process) and the prefix of this stack's channels. */
  redisUrl: string | undefined;
  pubsubPrefix: string;
  /** SQL statements sent since the last reset, without background work and transaction control. */
  statements: string[];
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResult<T>>;
}

export interface TestStackOptions {
  /** Redis for live updates (a test's own server, e.g. one it stops and restarts); default REDIS_URL. */
  redisUrl?: string;
  /** Media storage for the speakers subgraph (default: a fresh local directory) and its logo limit. */
  media?: MediaStorage;
  logoMaxBytes?: number;
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const statements: string[] = [];
  // Background work shares the database and is not part of any request's cost: outbox relays polling, domain-event
  // consumers (read-model projections writing event_refs/session_refs, mail notifications' sent_mail log, analytics'
  // event log and the people it learns from identity's events), workers whose SQL carries a
  // `/* <name>:background */` marker, and transaction control (PGlite's adapter reports commits as
  // `-- Implicit "COMMIT" ...`).
  const background =
    /"outbox"|"sent_mail"|^\s*INSERT INTO "\w+"\."(event_refs|session_refs)"|^\s*INSERT INTO "analytics"\."(event_log|people)"|\/\* [\w-]+:background \*\/|^(-- Implicit ")?(BEGIN|COMMIT|ROLLBACK)\b/;
  const db = await createTestDatabase({ onQuery: (sql) => background.test(sql) || statements.push(sql) });
  const keys = createTestKeys();
  // Channels under a prefix of this stack's own, so a second gateway (tests of several instances) can join them.
  const pubsubPrefix = `test:${randomUUID().slice(0, 8)}:`;
  const pubsub = createTestPubSub({ url: options.redisUrl, prefix: pubsubPrefix });
  const events = createTestEventStream();
  const cache = createTestCache();
  await cache.ready();
  const mail = new MailSink();
  const log = silentLogger();
  const mediaDir = await mkdtemp(join(tmpdir(), "bilten-media-"));
  const media = options.media ?? createLocalMediaStorage(mediaDir);
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
    analytics: { visitorSecret: randomUUID() + randomUUID() },
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
    pubsubPrefix,
    redisUrl: options.redisUrl ?? process.env.REDIS_URL,
    statements,
    query: (query, variables, options) => graphql(stack.url, query, variables, options),
    async stop() {
      await stack.stop();
      await Promise.all([pubsub.close(), events.close(), cache.close()]);
      await db.drop();
      await rm(mediaDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A fresh account through the API; returns its tokens and id. */
export async function signUp(
  stack: Pick<TestStack, "query">,
  overrides: Partial<{ email: string; password: string; firstName: string; lastName: string }> = {},
) {
  counter += 1;
  const input = {
    email: `person${counter}.${Date.now()}@test.example`,
    password: "correct horse battery staple",
    firstName: "Test",
    lastName: `Person${counter}`,
    gdprConsent: true,
    ...overrides,
  };
  const result = await stack.query<{ signUp: { accessToken: string; refreshToken: string; user: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
    { input },
  );
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return { ...result.data.signUp, userId: result.data.signUp.user.id, email: input.email, password: input.password };
}

/** A new user who is admin of a new organization, with an access token that already carries the role. */
export async function signUpOrganizer(stack: Pick<TestStack, "query">, name = "Test Events AG") {
  const person = await signUp(stack);
  const org = await stack.query<{ createOrganization: { id: string } }>(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name } },
    { token: person.accessToken },
  );
  const organizationId = org.data?.createOrganization.id;
  if (!organizationId) throw new Error(`organization failed: ${JSON.stringify(org.errors)}`);
  const session = await refresh(stack, person.refreshToken);
  return { ...person, ...session, organizationId };
}

/** Adds an existing user to an organization with a role, and returns the member's refreshed token. */
export async function addMember(
  stack: Pick<TestStack, "query">,
  admin: { accessToken: string; organizationId: string },
  member: { email: string; refreshToken: string },
  role: string,
) {
  const added = await stack.query(
    `mutation($org: ID!, $email: String!, $role: MembershipRole!) { addMember(organizationId: $org, email: $email, role: $role) { id } }`,
    { org: admin.organizationId, email: member.email, role },
    { token: admin.accessToken },
  );
  if (added.errors) throw new Error(`addMember failed: ${JSON.stringify(added.errors)}`);
  return refresh(stack, member.refreshToken);
}

export async function refresh(stack: Pick<TestStack, "query">, refreshToken: string) {
  const result = await stack.query<{ refreshSession: { accessToken: string; refreshToken: string } }>(
    `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`,
    { t: refreshToken },
  );
  if (!result.data?.refreshSession) throw new Error(`refresh failed: ${JSON.stringify(result.errors)}`);
  return result.data.refreshSession;
}

/** The first GraphQL error's extensions, for asserting codes. */
export const errorOf = (result: GraphQLResult) => result.errors?.[0]?.extensions ?? null;

/**
 * Waits for something that happens asynchronously (domain events reaching a read model, a relay, a subscriber):
 * polls `read` until `ok` holds, and fails with the last value after `timeoutMs`.
 */
export async function eventually<T>(read: () => T | Promise<T>, ok: (value: T) => boolean = Boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
