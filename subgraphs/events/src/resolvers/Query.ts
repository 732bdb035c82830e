import type { QueryResolvers } from "../generated/resolvers.js";

export const Query: QueryResolvers = {
  event: (_, args, ctx) => ctx.events.visible(args.id),
  events: (_, args, ctx) => ctx.events.list(args.filter ?? {}, args),
  searchEvents: (_, args, ctx) => ctx.events.search(args.query, args),
  venue: (_, args, ctx) => ctx.venues.byId(args.id),
  venues: (_, args, ctx) => ctx.venues.list(args.city, args),
  session: (_, args, ctx) => ctx.sessions.visible(args.id),
};
