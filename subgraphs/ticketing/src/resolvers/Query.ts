import type { QueryResolvers } from "../generated/resolvers.js";

export const Query: QueryResolvers = {
  ticketType: (_, args, ctx) => ctx.ticketTypes.visible(args.id),
  order: (_, args, ctx) => ctx.orders.visible(args.id),
  ticket: (_, args, ctx) => ctx.tickets.visible(args.id),
  registration: (_, args, ctx) => ctx.registrations.visible(args.id),
  verifyTicket: (_, args, ctx) => ctx.tickets.verify(args.payload, args.eventId),
  checkInCounts: (_, args, ctx) => ctx.liveCounts.counts(args.eventId),
  checkInTimeline: (_, args, ctx) => ctx.liveCounts.timeline(args.eventId, args.bucketMinutes),
};
