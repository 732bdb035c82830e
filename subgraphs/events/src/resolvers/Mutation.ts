import type { MutationResolvers } from "../generated/resolvers.js";

export const Mutation: MutationResolvers = {
  createEvent: (_, args, ctx) => ctx.events.create(args.input),
  updateEvent: (_, args, ctx) => ctx.events.update(args.id, args.input),
  changeEventStatus: (_, args, ctx) => ctx.events.changeStatus(args.id, args.status, args.reason),
  createVenue: (_, args, ctx) => ctx.venues.create(args.input),
  updateVenue: (_, args, ctx) => ctx.venues.update(args.id, args.input),
  addRoom: (_, args, ctx) => ctx.venues.addRoom(args.venueId, args.input),
  scheduleSession: (_, args, ctx) => ctx.sessions.schedule(args.eventId, args.input),
  updateSession: (_, args, ctx) => ctx.sessions.update(args.id, args.input),
  removeSession: (_, args, ctx) => ctx.sessions.remove(args.id),
};
