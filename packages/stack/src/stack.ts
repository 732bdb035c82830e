// The whole supergraph in one process: every subgraph on its own port plus the gateway, sharing one database
// and one pub/sub. `npm start` runs it on the embedded default; tests and benchmarks run it on their databases.
import {
  SUBGRAPHS,
  startSubgraph,
  type Logger,
  type RunningService,
  type ServiceDeps,
  type SubgraphDefinition,
  type RequestContext,
} from "@bilten/platform";
import { LIVE_FIELDS, startGateway, type GatewaySettings, type LiveHub } from "@bilten/gateway";
import { identitySubgraph, openIdentity, type IdentitySettings } from "@bilten/identity";
import { eventsSubgraph, openEvents, type EventsSettings } from "@bilten/events";
import { openSpeakers, speakersSubgraph, type SpeakersSettings } from "@bilten/speakers";
import { analyticsSubgraph, openAnalytics, type AnalyticsSettings } from "@bilten/analytics";
import { openTicketing, ticketingSubgraph, type TicketingSettings } from "@bilten/ticketing";
import type { StackConfig } from "./config.js";

/** What each subgraph runs with, by name. */
export interface SubgraphSettings {
  identity: IdentitySettings;
  events: EventsSettings;
  speakers: SpeakersSettings;
  ticketing: TicketingSettings;
  analytics: AnalyticsSettings;
}

export interface StackOptions extends SubgraphSettings {
  deps: ServiceDeps;
  supergraphSdl: string;
  gateway: Omit<GatewaySettings, "subgraphUrls">;
  /** Gateway port (0: a free one). */
  port: number;
  /** Port of each subgraph by name; free ones for those left out (tests, benchmarks). */
  subgraphPorts?: Readonly<Record<string, number>>;
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

/** Every subgraph's settings, opened from its configuration (`npm start`; tests make their own). */
export async function openSubgraphs(config: Pick<StackConfig, keyof SubgraphSettings>): Promise<SubgraphSettings> {
  return {
    identity: await openIdentity(config.identity),
    events: await openEvents(config.events),
    speakers: await openSpeakers(config.speakers),
    ticketing: await openTicketing(config.ticketing),
    analytics: await openAnalytics(config.analytics),
  };
}

export function subgraphDefinitions(settings: SubgraphSettings): SubgraphDefinition<RequestContext>[] {
  const definitions = [
    identitySubgraph(settings.identity),
    eventsSubgraph(settings.events),
    speakersSubgraph(settings.speakers),
    ticketingSubgraph(settings.ticketing),
    analyticsSubgraph(settings.analytics),
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
      const port = options.subgraphPorts?.[definition.name] ?? 0;
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
