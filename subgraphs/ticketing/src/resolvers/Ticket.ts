import type { Ticket as TicketRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

export const Ticket = {
  __resolveReference: (ref: { id: string }, ctx: TicketingContext) => ctx.tickets.visible(ref.id),
  event: (ticket: TicketRow) => ({ __typename: "Event", id: ticket.eventId }),
  ticketType: (ticket: TicketRow, _: unknown, ctx: TicketingContext) => ctx.loaders.ticketTypeById.load(ticket.ticketTypeId),
  order: (ticket: TicketRow, _: unknown, ctx: TicketingContext) => ctx.orders.visible(ticket.orderId),
  holder: (ticket: TicketRow) => ({ __typename: "User", id: ticket.holderId }),
  price: (ticket: TicketRow) => money(ticket.price, ticket.currency),
  qrPayload: (ticket: TicketRow, _: unknown, ctx: TicketingContext) => ctx.tickets.qrPayload(ticket),
  checkIns: (ticket: TicketRow, _: unknown, ctx: TicketingContext) => ctx.loaders.checkInsByTicketId.load(ticket.id),
};
