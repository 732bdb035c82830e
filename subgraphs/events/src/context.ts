import DataLoader from "dataloader";
import type { Page, RequestContext, SubgraphDeps } from "@bilten/platform";
import { createLoaders, type EventRow, type EventsLoaders } from "./loaders.js";
import { EventService, type OwnerPageKey } from "./services/events.js";
import { SessionService } from "./services/sessions.js";
import { VenueService } from "./services/venues.js";

export interface EventsContext extends RequestContext {
  loaders: EventsLoaders;
  /** Pages of events per organizer / per organization, batched across parents. */
  pages: {
    byOrganizer: DataLoader<OwnerPageKey, Page<EventRow>, string>;
    byOrganization: DataLoader<OwnerPageKey, Page<EventRow>, string>;
  };
  events: EventService;
  sessions: SessionService;
  venues: VenueService;
}

export function createContext(request: RequestContext, deps: SubgraphDeps): EventsContext {
  const loaders = createLoaders(deps.db, deps.cache);
  const events = new EventService(deps.db, request.viewer, loaders, deps.cache, deps.outbox);
  const pageLoader = (column: "organizer_id" | "organization_id") =>
    new DataLoader<OwnerPageKey, Page<EventRow>, string>((keys) => events.pagesByOwner(column, keys), {
      cacheKeyFn: (key) => JSON.stringify(key),
    });
  return {
    ...request,
    loaders,
    pages: { byOrganizer: pageLoader("organizer_id"), byOrganization: pageLoader("organization_id") },
    events,
    sessions: new SessionService(deps.db, request.viewer, loaders, events, deps.outbox),
    venues: new VenueService(deps.db, request.viewer, loaders),
  };
}
