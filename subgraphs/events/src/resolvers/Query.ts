import type { PageArgs } from "@bilten/platform";
import type { EventsContext } from "../context.js";
import type { EventFilter } from "../services/events.js";

export const Query = {
  event: (_: unknown, args: { id: string }, ctx: EventsContext) => ctx.events.visible(args.id),
  events: (_: unknown, args: PageArgs & { filter?: EventFilter | null }, ctx: EventsContext) =>
    ctx.events.list(args.filter ?? {}, args),
  searchEvents: (_: unknown, args: PageArgs & { query: string }, ctx: EventsContext) => ctx.events.search(args.query, args),
  venue: (_: unknown, args: { id: string }, ctx: EventsContext) => ctx.venues.byId(args.id),
  venues: (_: unknown, args: PageArgs & { city?: string | null }, ctx: EventsContext) => ctx.venues.list(args.city, args),
  session: (_: unknown, args: { id: string }, ctx: EventsContext) => ctx.sessions.visible(args.id),
};
