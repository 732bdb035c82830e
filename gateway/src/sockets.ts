// graphql-ws on the gateway's own port and path (/graphql): the token is verified in `connection_init`, the
// Origin of browsers is checked at the upgrade, the socket closes when the token expires, and each connection has
// a cap on its subscriptions. Queries and mutations sent over the socket run through the gateway like HTTP ones.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import {
  GraphQLError,
  getOperationAST,
  parse,
  print,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { toClientError, verifyAccessToken, type Logger, type TokenKeys } from "@bilten/platform";
import type { LiveContext, LiveHub } from "./live.js";
import { clientAddress, type GatewayContext } from "./context.js";

export interface SocketOptions {
  http: Server;
  path: string;
  hub: LiveHub;
  keys: TokenKeys;
  /** Browser origins allowed besides the gateway's own. */
  allowedOrigins: string[];
  maxSubscriptionsPerConnection: number;
  trustProxy: boolean;
  log: Logger;
  run: (query: string, variables: Record<string, unknown>, context: GatewayContext) => Promise<ExecutionResult>;
}

/** Close code when the access token of an open socket expires: the client reconnects with a fresh one. */
export const TOKEN_EXPIRED = 4401;

interface ConnectionState {
  context: GatewayContext;
  expiry?: NodeJS.Timeout;
}

/** Same-origin pages and configured origins may connect; clients without an Origin header are not browsers. */
function originAllowed(request: IncomingMessage, allowed: Set<string>): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowed.has(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function tokenFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  if (typeof raw !== "string" || raw === "") return undefined;
  return raw.startsWith("Bearer ") ? raw.slice("Bearer ".length) : raw;
}

export function attachSockets(options: SocketOptions): { close(): Promise<void> } {
  const allowed = new Set(options.allowedOrigins);
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const states = new WeakMap<object, ConnectionState>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path !== options.path) {
      socket.destroy();
      return;
    }
    if (!originAllowed(request, allowed)) {
      socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
  };
  options.http.on("upgrade", onUpgrade);

  const disposable = useServer<Record<string, unknown>, { state: ConnectionState }>(
    {
      schema: options.hub.schema,
      async onConnect(ctx) {
        const token = tokenFrom(ctx.connectionParams);
        const request = ctx.extra.request;
        let context: GatewayContext = {
          viewer: null,
          token: null,
          requestId: randomUUID(),
          client: { ip: clientAddress(request, options.trustProxy), userAgent: request.headers["user-agent"] ?? null },
        };
        if (token) {
          try {
            const viewer = await verifyAccessToken(options.keys, token);
            context = { ...context, viewer, token };
          } catch {
            return false; // graphql-ws closes with 4403 Forbidden
          }
        }
        const state: ConnectionState = { context };
        if (context.viewer) {
          const socket = ctx.extra.socket;
          const ms = context.viewer.expiresAt.getTime() - Date.now();
          state.expiry = setTimeout(() => socket.close(TOKEN_EXPIRED, "Access token expired"), Math.max(0, ms));
          state.expiry.unref();
        }
        states.set(ctx.extra.socket, state);
        return true;
      },
      onClose(ctx) {
        const state = states.get(ctx.extra.socket);
        if (state?.expiry) clearTimeout(state.expiry);
      },
      async onSubscribe(ctx, _id, payload) {
        const state = states.get(ctx.extra.socket);
        if (!state) return [new GraphQLError("Not connected")];
        if (Object.keys(ctx.subscriptions).length > options.maxSubscriptionsPerConnection) {
          return [
            new GraphQLError(`At most ${options.maxSubscriptionsPerConnection} operations per connection`, {
              extensions: { code: "RATE_LIMITED", reason: "TOO_MANY_SUBSCRIPTIONS" },
            }),
          ];
        }
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError("Could not parse the document")];
        }
        const errors = validate(options.hub.schema, document);
        if (errors.length) return errors;
        const contextValue: LiveContext = { gateway: state.context };
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation === "subscription") {
          // Authorize and take the snapshot now, so a refusal reaches the client as an `error` message.
          const prepared = await options.hub.subscribe(
            document,
            payload.variables ?? {},
            payload.operationName ?? undefined,
            state.context,
          );
          if (!(Symbol.asyncIterator in prepared)) return prepared.errors ?? [new GraphQLError("Subscription refused")];
          contextValue.stream = prepared;
        }
        return {
          schema: options.hub.schema,
          document,
          operationName: payload.operationName ?? undefined,
          variableValues: payload.variables ?? {},
          contextValue,
        } satisfies ExecutionArgs;
      },
      subscribe: (args) =>
        (args.contextValue as LiveContext).stream ?? { errors: [new GraphQLError("Subscription was not prepared")] },
      execute: (args) =>
        options.run(
          print(args.document),
          (args.variableValues ?? {}) as Record<string, unknown>,
          (args.contextValue as LiveContext).gateway,
        ),
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => clientError(e, options.log)) };
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((e) => clientError(e, options.log));
      },
    },
    wss,
  );

  return {
    async close() {
      options.http.off("upgrade", onUpgrade);
      for (const client of wss.clients) client.close(1001, "Gateway shutting down");
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function clientError(error: GraphQLError, log: Logger) {
  const { error: formatted, unexpected } = toClientError(error.toJSON(), error);
  if (unexpected) log.error({ err: error }, "unexpected error in a live operation");
  return formatted;
}
