import type DataLoader from "dataloader";
import { ownerPageLoader, type Page, type RequestContext, type SubgraphDeps } from "@bilten/platform";
import { createLoaders, type EventRow, type EventsLoaders } from "./loaders.js";
import { EventService, eventsByOwner, type EventPageKey } from "./services/events.js";
import { SessionService } from "./services/sessions.js";
import { VenueService } from "./services/venues.js";

export interface EventsContext extends RequestContext {
  loaders: EventsLoaders;
  /** Pages of events per organizer / per organization, batched across parents. */
  pages: {
    byOrganizer: DataLoader<EventPageKey, Page<EventRow>, string>;
    byOrganization: DataLoader<EventPageKey, Page<EventRow>, string>;
  };
  events: EventService;
  sessions: SessionService;
  venues: VenueService;
}

export function createContext(request: RequestContext, deps: SubgraphDeps): EventsContext {
  const loaders = createLoaders(deps.db, deps.cache);
  const events = new EventService(deps.db, request.viewer, loaders, deps.cache, deps.outbox);
  const pageLoader = (owner: "organizer_id" | "organization_id") =>
    ownerPageLoader(deps.db, eventsByOwner(owner), (ids) => loaders.eventById.loadMany(ids));
  return {
    ...request,
    loaders,
    pages: { byOrganizer: pageLoader("organizer_id"), byOrganization: pageLoader("organization_id") },
    events,
    sessions: new SessionService(deps.db, request.viewer, loaders, events, deps.outbox),
    venues: new VenueService(deps.db, request.viewer, loaders),
  };
}
