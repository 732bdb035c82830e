// Configuration of the events subgraph: the shared variables and its port. Read once at start and validated; a
// bad value stops the process with one line naming the variable.
import { baseShape, frozen, platformConfig, readConfig, vars, type PlatformConfig } from "@bilten/platform";

export const eventsShape = { ...baseShape, EVENTS_PORT: vars.port.default(4002) };

export interface EventsConfig {
  readonly platform: PlatformConfig;
  readonly port: number;
}

export function readEventsConfig(env: NodeJS.ProcessEnv = process.env): EventsConfig {
  const values = readConfig(eventsShape, env);
  return frozen({ platform: platformConfig(values), port: values.EVENTS_PORT });
}
