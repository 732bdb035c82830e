// The events subgraph: events and their lifecycle, venues and rooms, the session agenda.
import type { SubgraphDefinition } from "@bilten/platform";
import type { EventsSettings } from "./settings.js";
import { createContext, type EventsContext } from "./context.js";
import { resolvers } from "./resolvers/index.js";
import { OUTBOX } from "./services/events.js";

export { eventsShape, readEventsConfig, type EventsConfig } from "./config.js";
export { openEvents, type EventsSettings } from "./settings.js";
export { seedEventsDemo, type EventsDemo } from "./demo.js";

export function eventsSubgraph(_settings: EventsSettings): SubgraphDefinition<EventsContext> {
  return {
    name: "events",
    schemaFile: new URL("../schema.graphql", import.meta.url),
    resolvers,
    outbox: OUTBOX,
    createContext,
  };
}
