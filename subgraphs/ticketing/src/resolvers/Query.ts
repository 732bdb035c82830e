import type { TicketingContext } from "../context.js";

type ById = { id: string };

export const Query = {
  ticketType: (_: unknown, args: ById, ctx: TicketingContext) => ctx.ticketTypes.visible(args.id),
  order: (_: unknown, args: ById, ctx: TicketingContext) => ctx.orders.visible(args.id),
  ticket: (_: unknown, args: ById, ctx: TicketingContext) => ctx.tickets.visible(args.id),
  registration: (_: unknown, args: ById, ctx: TicketingContext) => ctx.registrations.visible(args.id),
  verifyTicket: (_: unknown, args: { payload: string; eventId?: string | null }, ctx: TicketingContext) =>
    ctx.tickets.verify(args.payload, args.eventId),
  checkInCounts: (_: unknown, args: { eventId: string }, ctx: TicketingContext) => ctx.liveCounts.counts(args.eventId),
  checkInTimeline: (_: unknown, args: { eventId: string; bucketMinutes: number }, ctx: TicketingContext) =>
    ctx.liveCounts.timeline(args.eventId, args.bucketMinutes),
};
