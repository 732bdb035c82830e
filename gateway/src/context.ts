// What the gateway knows about a request (HTTP or a live subscription's socket): the verified viewer, the token it
// forwards to subgraphs, and the caller's address.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { viewerFromAuthorization, type TokenKeys, type Viewer } from "@bilten/platform";

export interface GatewayContext {
  viewer: Viewer | null;
  /** The verified access token, forwarded to subgraphs as is. */
  token: string | null;
  requestId: string;
  /** The caller's address and user agent, forwarded to subgraphs. */
  client?: { ip: string | null; userAgent: string | null };
}

/** The client's address: the socket's, or the first X-Forwarded-For entry when a trusted proxy sits in front. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string | null {
  const forwarded = trustProxy
    ? (req.headers["x-forwarded-for"] as string | undefined)?.split(",")[0]?.trim()
    : undefined;
  return forwarded || req.socket.remoteAddress || null;
}

export async function contextFromRequest(
  keys: TokenKeys,
  req: IncomingMessage,
  trustProxy = false,
): Promise<GatewayContext> {
  const header = req.headers.authorization;
  const viewer = await viewerFromAuthorization(keys, header);
  return {
    viewer,
    token: viewer && header ? header.trim().slice("Bearer ".length) : null,
    requestId: randomUUID(),
    client: { ip: clientAddress(req, trustProxy), userAgent: req.headers["user-agent"] ?? null },
  };
}
