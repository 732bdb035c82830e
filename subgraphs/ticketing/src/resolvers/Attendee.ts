import { loadExisting } from "@bilten/platform";
import type { AttendeeResolvers } from "../generated/resolvers.js";

/** An attendee is one valid ticket with its holder's contact address (the lists are staff-only). */
export const Attendee: AttendeeResolvers = {
  ticket: (ticket) => ticket,
  user: (ticket) => ({ __typename: "User", id: ticket.holderId }),
  email: async (ticket, _, ctx) => (await loadExisting(ctx.loaders.orderById, ticket.orderId, "Order")).email,
  ticketType: (ticket, _, ctx) => loadExisting(ctx.loaders.ticketTypeById, ticket.ticketTypeId, "TicketType"),
};
