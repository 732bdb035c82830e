import type { Logger } from "pino";
import type { RequestContext, SubgraphDeps } from "@bilten/platform";
import type { IdentitySettings } from "./settings.js";
import { createLoaders, type IdentityLoaders } from "./loaders.js";
import { OrganizationService } from "./services/organizations.js";
import { SessionService } from "./services/sessions.js";
import { UserService } from "./services/users.js";

export interface IdentityContext extends RequestContext {
  loaders: IdentityLoaders;
  users: UserService;
  organizations: OrganizationService;
  sessions: SessionService;
  log: Logger;
}

export function createContext(
  request: RequestContext,
  deps: SubgraphDeps,
  settings: IdentitySettings,
): IdentityContext {
  const loaders = createLoaders(deps.db);
  return {
    ...request,
    loaders,
    users: new UserService(deps.db, request.viewer, loaders, deps.outbox),
    organizations: new OrganizationService(deps.db, request.viewer, loaders, deps.outbox),
    sessions: new SessionService(deps.db, deps.keys, settings, request.log, deps.outbox),
  };
}
