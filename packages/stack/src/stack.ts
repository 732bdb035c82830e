// The whole supergraph in one process: every subgraph on its own port plus the gateway, sharing one database
// and one pub/sub. `npm start` runs it on the embedded default; tests and benchmarks run it on their databases.
import { SUBGRAPHS, startSubgraph, type Logger, type RunningService, type ServiceDeps, type SubgraphDefinition, type RequestContext } from "@bilten/platform";
import { LIVE_FIELDS, startGateway, type GatewaySettings, type LiveHub } from "@bilten/gateway";
import { identitySubgraph, type IdentitySettings } from "@bilten/identity";
import { eventsSubgraph } from "@bilten/events";
import { speakersSubgraph, type SpeakersSettings } from "@bilten/speakers";
import { analyticsSubgraph } from "@bilten/analytics";
import { ticketingSubgraph, type TicketingSettings } from "@bilten/ticketing";

export interface StackOptions {
  deps: ServiceDeps;
  supergraphSdl: string;
  identity: IdentitySettings;
  /** Logo limit and media storage; from the environment when left out. */
  speakers?: SpeakersSettings;
  ticketing: TicketingSettings;
  gateway: Omit<GatewaySettings, "subgraphUrls">;
  /** Gateway port; subgraphs take their default ports, or free ones when this is 0. */
  port: number;
  host?: string;
  log: Logger;
}

export interface Stack {
  url: string;
  port: number;
  subgraphs: Record<string, RunningService>;
  /** The gateway's live-subscription hub (benchmarks read its statistics). */
  hub: LiveHub;
  stop(): Promise<void>;
}

export function subgraphDefinitions(options: Pick<StackOptions, "identity" | "speakers" | "ticketing">): SubgraphDefinition<RequestContext>[] {
  const definitions = [
    identitySubgraph(options.identity),
    eventsSubgraph(),
    speakersSubgraph(options.speakers),
    ticketingSubgraph(options.ticketing),
    analyticsSubgraph(),
  ];
  const missing = SUBGRAPHS.filter((s) => !definitions.some((d) => d.name === s.name));
  if (missing.length) throw new Error(`no definition for subgraph ${missing.map((s) => s.name).join(", ")}`);
  return definitions;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const subgraphs: Record<string, RunningService> = {};
  const started: RunningService[] = [];
  try {
    for (const definition of subgraphDefinitions(options)) {
      const info = SUBGRAPHS.find((s) => s.name === definition.name);
      const port = options.port === 0 ? 0 : (info?.defaultPort ?? 0);
      const service = await startSubgraph(definition, options.deps, { port, host: options.host ?? "127.0.0.1" });
      subgraphs[definition.name] = service;
      started.push(service);
    }
    const gateway = await startGateway({
      supergraphSdl: options.supergraphSdl,
      settings: {
        ...options.gateway,
        subgraphUrls: Object.fromEntries(Object.values(subgraphs).map((s) => [s.name, s.url])),
      },
      keys: options.deps.keys,
      log: options.log,
      port: options.port,
      host: options.host ?? "127.0.0.1",
      live: { pubsub: options.deps.pubsub, specs: LIVE_FIELDS },
    });
    started.push(gateway);
    return {
      url: gateway.url,
      port: gateway.port,
      subgraphs,
      hub: gateway.hub,
      async stop() {
        for (const service of started.reverse()) await service.stop();
      },
    };
  } catch (error) {
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    throw error;
  }
}
