// The analytics subgraph: aggregates from the other subgraphs' domain events, page views, content engagement.
import type { SubgraphDefinition } from "@bilten/platform";
import type { AnalyticsSettings } from "./settings.js";
import { createContext, type AnalyticsContext } from "./context.js";
import { resolvers } from "./resolvers/index.js";
import { EventIngestor } from "./services/ingest.js";

export { analyticsShape, readAnalyticsConfig, type AnalyticsConfig } from "./config.js";
export { openAnalytics, type AnalyticsSettings } from "./settings.js";
export { EventIngestor, type ConsumedEvent } from "./services/ingest.js";
export { applyToEventRefs } from "./services/event-refs.js";
export { seedAnalyticsDemo, type AnalyticsDemo } from "./demo.js";

export function analyticsSubgraph(settings: AnalyticsSettings): SubgraphDefinition<AnalyticsContext> {
  return {
    name: "analytics",
    schemaFile: new URL("../schema.graphql", import.meta.url),
    resolvers,
    background: async (deps) => [await new EventIngestor(deps.db, deps.log).start(deps.events)],
    createContext: (request, deps) => createContext(request, deps, settings),
  };
}
