// The identity subgraph: users, organizations, memberships and sessions.
import type { SubgraphDefinition } from "@bilten/platform";
import { identitySettings, type IdentitySettings } from "./config.js";
import { createContext, type IdentityContext } from "./context.js";
import { resolvers } from "./resolvers/index.js";
import { OUTBOX } from "./services/domain-events.js";

export { identityShape, identitySettings, type IdentitySettings } from "./config.js";
export { hasIdentityDemo, seedIdentityDemo, DEMO_PASSWORD, type IdentityDemo } from "./demo.js";

export function identitySubgraph(settings: IdentitySettings = identitySettings()): SubgraphDefinition<IdentityContext> {
  return {
    name: "identity",
    schemaFile: new URL("../schema.graphql", import.meta.url),
    resolvers,
    outbox: OUTBOX,
    createContext: (request, deps) => createContext(request, deps, settings),
  };
}
