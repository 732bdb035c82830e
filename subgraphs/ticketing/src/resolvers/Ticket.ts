import { loadExisting } from "@bilten/platform";
import type { TicketResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const Ticket: TicketResolvers = {
  __resolveReference: (ref, ctx) => ctx.tickets.visible(ref.id),
  event: (ticket) => ({ __typename: "Event", id: ticket.eventId }),
  ticketType: (ticket, _, ctx) => loadExisting(ctx.loaders.ticketTypeById, ticket.ticketTypeId, "TicketType"),
  order: (ticket, _, ctx) => ctx.orders.visible(ticket.orderId),
  holder: (ticket) => ({ __typename: "User", id: ticket.holderId }),
  price: (ticket) => money(ticket.price, ticket.currency),
  qrPayload: (ticket, _, ctx) => ctx.tickets.qrPayload(ticket),
  checkIns: (ticket, _, ctx) => ctx.loaders.checkInsByTicketId.load(ticket.id),
};
