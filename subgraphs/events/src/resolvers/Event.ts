import type { EventsContext } from "../context.js";
import type { EventRow } from "../loaders.js";

export const Event = {
  __resolveReference: (ref: { id: string }, ctx: EventsContext) => ctx.events.visible(ref.id),
  nextStatuses: (event: EventRow, _: unknown, ctx: EventsContext) => ctx.events.nextStatuses(event),
  organization: (event: EventRow) => ({ __typename: "Organization", id: event.organizationId }),
  organizer: (event: EventRow) => ({ __typename: "User", id: event.organizerId }),
  venue: (event: EventRow, _: unknown, ctx: EventsContext) => (event.venueId ? ctx.loaders.venueById.load(event.venueId) : null),
  sessions: (event: EventRow, _: unknown, ctx: EventsContext) => ctx.sessions.forEvent(event),
  agenda: (event: EventRow, _: unknown, ctx: EventsContext) => ctx.sessions.agenda(event),
};
