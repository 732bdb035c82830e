// Configuration of `npm start`: every service's own configuration, read from the one environment, so every
// variable a service honours alone it honours here too (ports, keys, the visitor secret ...). Read once at start
// and validated; a bad value stops the process with one line naming the variable.
import { frozen, type PlatformConfig } from "@bilten/platform";
import { readGatewayConfig, type GatewayConfig } from "@bilten/gateway";
import { readIdentityConfig, type IdentityConfig } from "@bilten/identity";
import { readEventsConfig, type EventsConfig } from "@bilten/events";
import { readSpeakersConfig, type SpeakersConfig } from "@bilten/speakers";
import { readTicketingConfig, type TicketingConfig } from "@bilten/ticketing";
import { readAnalyticsConfig, type AnalyticsConfig } from "@bilten/analytics";

export interface StackConfig {
  /** The shared variables (the same in every service's configuration): what the one process opens. */
  readonly platform: PlatformConfig;
  /** Its subgraph URLs are unused: the gateway routes to the subgraphs this process starts. */
  readonly gateway: GatewayConfig;
  readonly identity: IdentityConfig;
  readonly events: EventsConfig;
  readonly speakers: SpeakersConfig;
  readonly ticketing: TicketingConfig;
  readonly analytics: AnalyticsConfig;
}

export function readStackConfig(env: NodeJS.ProcessEnv = process.env): StackConfig {
  const gateway = readGatewayConfig(env);
  return frozen({
    platform: gateway.platform,
    gateway,
    identity: readIdentityConfig(env),
    events: readEventsConfig(env),
    speakers: readSpeakersConfig(env),
    ticketing: readTicketingConfig(env),
    analytics: readAnalyticsConfig(env),
  });
}
