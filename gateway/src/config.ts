import { z } from "zod";
import { SUBGRAPHS, baseShape, defaultSubgraphUrl, readConfig, vars } from "@bilten/platform";

export const gatewayShape = {
  ...baseShape,
  GATEWAY_PORT: vars.port.default(4000),
  /** Browser origins allowed to call the API and open live subscriptions; empty allows same-origin only. */
  ALLOWED_ORIGINS: vars.list.default([]),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(20_000),
  /** Live updates of one channel go out at most this often (a burst folds into its newest counts). */
  LIVE_MIN_INTERVAL_MS: z.coerce.number().int().min(0).max(5000).default(20),
  /** Behind a load balancer: take the client address from the first X-Forwarded-For entry. */
  TRUST_PROXY: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, vars.httpUrl.default(defaultSubgraphUrl(s))])),
};

export interface GatewaySettings {
  allowedOrigins: string[];
  trustProxy?: boolean;
  liveMinIntervalMs?: number;
  limits: { maxDepth: number; maxCost: number; maxPageSize: number };
  /** Subgraph name -> URL of its GraphQL endpoint. */
  subgraphUrls: Record<string, string>;
}

export function gatewaySettings(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(gatewayShape, env) as z.infer<z.ZodObject<typeof gatewayShape>> & Record<string, string>;
  const settings: GatewaySettings = {
    allowedOrigins: config.ALLOWED_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    liveMinIntervalMs: config.LIVE_MIN_INTERVAL_MS,
    limits: { maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST, maxPageSize: 100 },
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, config[s.urlVariable] as string])),
  };
  return { config, settings };
}
