import type { EventResolvers } from "../generated/resolvers.js";

export const Event: EventResolvers = {
  __resolveReference: (ref, ctx) => ctx.events.visible(ref.id),
  nextStatuses: (event, _, ctx) => ctx.events.nextStatuses(event),
  organization: (event) => ({ __typename: "Organization", id: event.organizationId }),
  organizer: (event) => ({ __typename: "User", id: event.organizerId }),
  venue: (event, _, ctx) => (event.venueId ? ctx.loaders.venueById.load(event.venueId) : null),
  sessions: (event, _, ctx) => ctx.sessions.forEvent(event),
  agenda: (event, _, ctx) => ctx.sessions.agenda(event),
};
