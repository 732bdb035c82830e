// The gateway: @apollo/gateway over the static supergraph, behind one node:http server that also answers
// /health and /ready. It verifies access tokens and forwards them; subgraphs verify them again.
import type { IncomingMessage, ServerResponse } from "node:http";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import {
  closeServer,
  createHttpServer,
  handleGraphQL,
  listen,
  sendJson,
  toClientError,
  type Logger,
  type PubSub,
  type RunningService,
  type TokenKeys,
} from "@bilten/platform";
import type { GatewaySettings } from "./config.js";
import { dashboardRoute } from "./dashboard.js";
import { queryLimitsRule } from "./limits.js";
import { LiveHub, gatewayExecutor, type LiveFieldSpec } from "./live.js";
import { attachSockets } from "./sockets.js";
import { contextFromRequest, type GatewayContext } from "./context.js";

export interface GatewayOptions {
  supergraphSdl: string;
  settings: GatewaySettings;
  keys: TokenKeys;
  log: Logger;
  port: number;
  host?: string;
  /** Live subscriptions over graphql-ws on the same port and path. */
  live: { pubsub: PubSub; specs: LiveFieldSpec[]; maxSubscriptionsPerConnection?: number };
}

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /**
   * A subgraph answers 400 when a variable fails its own scalar (e.g. a date without a zone). Its body holds a
   * coded GraphQL error; pass that on instead of a transport failure (which would be masked as internal).
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]) {
    const error = await super.errorFromResponse(response);
    const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
    const first = (body as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | undefined)
      ?.errors?.[0];
    if (response.status === 400 && first?.message && first.extensions?.code === "BAD_USER_INPUT") {
      return new GraphQLError(first.message, { extensions: first.extensions });
    }
    return error;
  }

  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.token) headers.set("authorization", `Bearer ${context.token}`);
    if (context.requestId) headers.set("x-request-id", context.requestId);
    // Replaces whatever the client sent: subgraphs see the address the gateway saw.
    if (context.client?.ip) headers.set("x-forwarded-for", context.client.ip);
    if (context.client?.userAgent) headers.set("user-agent", context.client.userAgent);
  }
}

export async function startGateway(
  options: GatewayOptions,
): Promise<RunningService & { server: ApolloServer<GatewayContext>; hub: LiveHub }> {
  const log = options.log.child({ service: "gateway" });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ url: options.settings.subgraphUrls[name] ?? url }),
    logger: {
      debug: (m) => log.debug(m),
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [queryLimitsRule(options.settings.limits)],
    plugins: [ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })],
    formatError(formatted, original) {
      const { error, unexpected } = toClientError(formatted, original);
      if (unexpected) log.error({ err: original, path: formatted.path }, "unexpected error");
      return error;
    },
  });
  await server.start();

  const allowed = new Set(options.settings.allowedOrigins);
  const http = createHttpServer(
    [
      (req, res) => {
        // CORS for the configured browser origins only; same-origin pages (Sandbox, dashboard) need none.
        const origin = req.headers.origin;
        if (origin && allowed.has(origin)) {
          res.setHeader("access-control-allow-origin", origin);
          res.setHeader("vary", "origin");
          res.setHeader("access-control-allow-headers", "authorization, content-type, apollo-require-preflight");
          res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
          res.setHeader("access-control-max-age", "600");
        }
        if (req.method !== "OPTIONS") return false;
        res.statusCode = 204;
        res.end();
      },
      (req, res, url) => {
        if (url.pathname !== "/health") return false;
        sendJson(res, 200, { status: "ok", service: "gateway" });
      },
      dashboardRoute(),
      async (req, res, url) => {
        if (url.pathname !== "/ready") return false;
        const subgraphs = await checkSubgraphs(options.settings.subgraphUrls);
        const ready = Object.values(subgraphs).every((s) => s === "ready");
        sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable", subgraphs });
      },
      async (req, res, url) => {
        if (!url.pathname.startsWith("/media/")) return false;
        await proxyMedia(req, res, url, options.settings.subgraphUrls.speakers);
      },
      async (req, res, url) => {
        if (url.pathname !== "/graphql" && url.pathname !== "/") return false;
        await handleGraphQL(server, req, res, () =>
          contextFromRequest(options.keys, req, options.settings.trustProxy ?? false),
        );
      },
    ],
    (error) => log.error({ err: error }, "request failed"),
  );
  if (!apiSchema) throw new Error("the gateway started without a schema");
  const run = gatewayExecutor(server);
  const hub = new LiveHub(
    apiSchema,
    options.live.specs,
    run,
    options.live.pubsub,
    log,
    options.settings.liveMinIntervalMs,
  );
  const sockets = attachSockets({
    http,
    path: "/graphql",
    hub,
    keys: options.keys,
    allowedOrigins: options.settings.allowedOrigins,
    maxSubscriptionsPerConnection: options.live.maxSubscriptionsPerConnection ?? 20,
    trustProxy: options.settings.trustProxy ?? false,
    log,
    run,
  });
  const port = await listen(http, options.port, options.host);
  log.info({ port }, `gateway listening on http://localhost:${port}/graphql`);
  return {
    name: "gateway",
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    hub,
    async stop() {
      await sockets.close();
      hub.close();
      await closeServer(http);
      await server.stop();
    },
  };
}

/** Path segments of media keys (letters, digits, . _ -, never starting with a dot): nothing else is forwarded. */
const MEDIA_PATH = /^\/media\/[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;
const MEDIA_HEADERS = [
  "content-type",
  "content-length",
  "cache-control",
  "etag",
  "content-security-policy",
  "x-content-type-options",
];

/** Uploaded media (company logos) live in the speakers subgraph; clients fetch them from the gateway's origin. */
async function proxyMedia(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  speakersUrl: string | undefined,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    sendJson(res, 405, { error: "method not allowed" });
    return;
  }
  if (!speakersUrl || !MEDIA_PATH.test(url.pathname)) {
    sendJson(res, 404, { error: "not found" });
    return;
  }
  let upstream: Response;
  try {
    upstream = await fetch(new URL(url.pathname, speakersUrl), {
      method: req.method,
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    sendJson(res, 502, { error: "media temporarily unavailable" });
    return;
  }
  const body = req.method === "HEAD" ? undefined : Buffer.from(await upstream.arrayBuffer());
  res.statusCode = upstream.status;
  for (const header of MEDIA_HEADERS) {
    const value = upstream.headers.get(header);
    if (value) res.setHeader(header, value);
  }
  res.setHeader("x-content-type-options", "nosniff");
  res.end(body);
}

/** Asks each subgraph's /ready (which checks its database) with a short timeout. */
async function checkSubgraphs(urls: Record<string, string>): Promise<Record<string, "ready" | "unavailable">> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? "ready" : "unavailable"] as const;
      } catch {
        return [name, "unavailable"] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
