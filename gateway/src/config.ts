// Configuration of the gateway: the shared variables, its port, browser origins, query limits, live updates and
// where the subgraphs are. Read once at start and validated; a bad value stops the process with one line naming
// the variable.
import { z } from "zod";
import {
  SUBGRAPHS,
  baseShape,
  defaultSubgraphUrl,
  frozen,
  platformConfig,
  readConfig,
  vars,
  type PlatformConfig,
} from "@bilten/platform";

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
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Where each subgraph answers when the gateway runs alone; `npm start` routes to the subgraphs it starts. */
  ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, vars.httpUrl.default(defaultSubgraphUrl(s))])),
};

/** What the gateway server runs with (tests and the one-process stack make their own). */
export interface GatewaySettings {
  allowedOrigins: string[];
  trustProxy?: boolean;
  liveMinIntervalMs?: number;
  limits: { maxDepth: number; maxCost: number; maxPageSize: number };
  /** Subgraph name -> URL of its GraphQL endpoint. */
  subgraphUrls: Record<string, string>;
}

export interface GatewayConfig extends Readonly<GatewaySettings> {
  readonly platform: PlatformConfig;
  readonly port: number;
}

export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  // The subgraph URL variables are named from SUBGRAPHS, so their keys are only known as strings.
  const values = readConfig(gatewayShape, env) as z.infer<z.ZodObject<typeof gatewayShape>> & Record<string, string>;
  return frozen({
    platform: platformConfig(values),
    port: values.GATEWAY_PORT,
    allowedOrigins: values.ALLOWED_ORIGINS,
    trustProxy: values.TRUST_PROXY,
    liveMinIntervalMs: values.LIVE_MIN_INTERVAL_MS,
    limits: { maxDepth: values.MAX_QUERY_DEPTH, maxCost: values.MAX_QUERY_COST, maxPageSize: 100 },
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, values[s.urlVariable] as string])),
  });
}
