// The subgraph server factory: SDL file + resolvers -> buildSubgraphSchema -> Apollo Server on node:http, with a
// per-request context (verified viewer, DataLoaders) and the liveness/readiness routes.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { viewerFromAuthorization, type TokenKeys, type Viewer } from "./auth.js";
import type { PrismaClient } from "./db.js";
import { toClientError } from "./errors.js";
import { closeServer, createHttpServer, handleGraphQL, listen, sendJson, type Route } from "./http.js";
import type { Logger } from "./logging.js";
import type { PubSub } from "./pubsub.js";
import type { Cache } from "./cache.js";
import type { Mailer } from "./mail.js";
import { OutboxRelay, type Consumer, type DomainEventStream } from "./domain-events.js";
import { runInRequest } from "./request-scope.js";
import { scalarResolvers } from "./scalars.js";

/** What a subgraph process shares between requests. */
export interface ServiceDeps {
  db: PrismaClient;
  pubsub: PubSub;
  /** Durable domain-event stream (Redis Streams or in-process). */
  events: DomainEventStream;
  cache: Cache;
  mailer: Mailer;
  keys: TokenKeys;
  log: Logger;
}

/** What a subgraph's context factory receives: the shared deps plus its own outbox relay, if it has one. */
export interface SubgraphDeps extends ServiceDeps {
  outbox?: OutboxRelay;
}

/** What every request starts with; a subgraph adds its loaders and services on top. */
export interface RequestContext {
  viewer: Viewer | null;
  requestId: string;
  /** Who is calling, as the gateway saw it (analytics hashes it; it is never stored raw). */
  client: { ip: string | null; userAgent: string | null };
  log: Logger;
}

/** A schema module as buildSubgraphSchema takes it (@apollo/subgraph does not export the type). */
type SchemaModule = Extract<
  Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number],
  { typeDefs: unknown }
>;
/**
 * A subgraph's resolvers, in the shape buildSubgraphSchema takes. Each subgraph types its map with the `Resolvers`
 * generated from its schema.graphql (`npm run codegen`), which checks parents, arguments, results and context.
 */
export type SubgraphResolvers = NonNullable<SchemaModule["resolvers"]>;

export interface SubgraphDefinition<TContext extends RequestContext> {
  name: string;
  /** URL of the subgraph's schema.graphql: the source of truth of its API. */
  schemaFile: URL;
  resolvers: SubgraphResolvers;
  /** PostgreSQL schema whose `outbox` table this subgraph writes domain events to; a relay runs with it. */
  outbox?: string;
  /** Background work of the subgraph (domain-event consumers), started with it and stopped with it. */
  background?(deps: SubgraphDeps): Promise<Consumer[]>;
  /** Extra HTTP routes of the subgraph (e.g. serving uploaded media), tried before /graphql. */
  routes?(deps: SubgraphDeps): Route[];
  createContext(request: RequestContext, deps: SubgraphDeps): TContext;
}

/** An entity owned by another subgraph, as federation hands it to the fields this subgraph adds: its key only. */
export interface EntityReference {
  id: string;
}

export interface RunningService {
  name: string;
  port: number;
  url: string;
  /** The subgraph's outbox relay (tests flush it). */
  outbox?: OutboxRelay | undefined;
  stop(): Promise<void>;
}

const requestIdOf = (req: IncomingMessage) => (req.headers["x-request-id"] as string | undefined) ?? randomUUID();

export function loadTypeDefs(schemaFile: URL) {
  return parse(readFileSync(schemaFile, "utf8"));
}

export function createSubgraphServer<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  log: Logger,
): ApolloServer<TContext> {
  const schema = buildSubgraphSchema([
    { typeDefs: loadTypeDefs(definition.schemaFile), resolvers: { ...scalarResolvers, ...definition.resolvers } },
  ]);
  return new ApolloServer<TContext>({
    schema,
    // Subgraphs sit behind the gateway: no landing page; the gateway also masks, this is defence in depth.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError(formatted, original) {
      const { error, unexpected } = toClientError(formatted, original);
      if (unexpected) log.error({ err: original, path: formatted.path }, "unexpected error in resolver");
      return error;
    },
  });
}

export async function startSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  deps: ServiceDeps,
  options: { port: number; host?: string },
): Promise<RunningService> {
  const log = deps.log.child({ service: definition.name });
  const server = createSubgraphServer(definition, log);
  await server.start();
  const outbox = definition.outbox
    ? new OutboxRelay({ db: deps.db, schema: definition.outbox, source: definition.name, stream: deps.events, log })
    : undefined;
  outbox?.start();
  const subgraphDeps: SubgraphDeps = { ...deps, log, ...(outbox ? { outbox } : {}) };
  const workers = (await definition.background?.(subgraphDeps)) ?? [];
  const http: Server = createHttpServer(
    [
      (req, res, url) => {
        if (url.pathname !== "/health") return false;
        sendJson(res, 200, { status: "ok", service: definition.name });
      },
      async (req, res, url) => {
        if (url.pathname !== "/ready") return false;
        try {
          await deps.db.$queryRaw`SELECT 1`;
          sendJson(res, 200, { status: "ready", service: definition.name });
        } catch (error) {
          log.warn({ err: error }, "readiness check failed");
          sendJson(res, 503, { status: "unavailable", service: definition.name });
        }
      },
      ...(definition.routes?.(subgraphDeps) ?? []).map(
        (route): Route =>
          (req, res, url) =>
            runInRequest({ subgraph: definition.name, requestId: requestIdOf(req) }, () => route(req, res, url)),
      ),
      async (req, res, url) => {
        if (url.pathname !== "/graphql") return false;
        const requestId = requestIdOf(req);
        const handle = () =>
          handleGraphQL(server, req, res, async () => {
            // A subgraph never trusts an identity it cannot verify: the token is checked again here.
            const viewer = await viewerFromAuthorization(deps.keys, req.headers.authorization);
            const forwarded = (req.headers["x-forwarded-for"] as string | undefined)?.split(",")[0]?.trim();
            const client = {
              ip: forwarded || req.socket.remoteAddress || null,
              userAgent: req.headers["user-agent"] ?? null,
            };
            return definition.createContext({ viewer, requestId, client, log: log.child({ requestId }) }, subgraphDeps);
          });
        // Everything the request sets off, up to its answer, runs in its scope.
        await runInRequest({ subgraph: definition.name, requestId }, handle);
      },
    ],
    (error) => log.error({ err: error }, "request failed"),
  );
  const port = await listen(http, options.port, options.host);
  log.info({ port }, "subgraph listening");
  return {
    name: definition.name,
    port,
    url: `http://${options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1"}:${port}/graphql`,
    outbox,
    async stop() {
      await closeServer(http);
      await server.stop();
      await Promise.all(workers.map((w) => w.stop()));
      await outbox?.stop();
    },
  };
}
