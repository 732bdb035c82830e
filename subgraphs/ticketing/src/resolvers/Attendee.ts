import type { Ticket as TicketRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";

/** An attendee is one valid ticket with its holder's contact address (the lists are staff-only). */
export const Attendee = {
  ticket: (ticket: TicketRow) => ticket,
  user: (ticket: TicketRow) => ({ __typename: "User", id: ticket.holderId }),
  email: async (ticket: TicketRow, _: unknown, ctx: TicketingContext) => (await ctx.loaders.orderById.load(ticket.orderId))?.email,
  ticketType: (ticket: TicketRow, _: unknown, ctx: TicketingContext) => ctx.loaders.ticketTypeById.load(ticket.ticketTypeId),
};
