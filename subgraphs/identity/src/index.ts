// The identity subgraph: users, organizations, memberships and sessions.
import type { SubgraphDefinition } from "@bilten/platform";
import type { IdentitySettings } from "./settings.js";
import { createContext, type IdentityContext } from "./context.js";
import { resolvers } from "./resolvers/index.js";
import { OUTBOX } from "./services/domain-events.js";

export { identityShape, readIdentityConfig, type IdentityConfig } from "./config.js";
export { openIdentity, type IdentitySettings } from "./settings.js";
export { hasIdentityDemo, seedIdentityDemo, DEMO_PASSWORD, type IdentityDemo } from "./demo.js";

export function identitySubgraph(settings: IdentitySettings): SubgraphDefinition<IdentityContext> {
  return {
    name: "identity",
    schemaFile: new URL("../schema.graphql", import.meta.url),
    resolvers,
    outbox: OUTBOX,
    createContext: (request, deps) => createContext(request, deps, settings),
  };
}
