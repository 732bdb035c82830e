// The events subgraph: events and their lifecycle, venues and rooms, the session agenda.
import type { SubgraphDefinition } from "@bilten/platform";
import { createContext, type EventsContext } from "./context.js";
import { resolvers } from "./resolvers/index.js";
import { OUTBOX } from "./services/events.js";

export { eventsShape } from "./config.js";
export { seedEventsDemo, type EventsDemo } from "./demo.js";

export function eventsSubgraph(): SubgraphDefinition<EventsContext> {
  return {
    name: "events",
    schemaFile: new URL("../schema.graphql", import.meta.url),
    resolvers,
    outbox: OUTBOX,
    createContext,
  };
}
