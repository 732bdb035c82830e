import type { TicketType as TicketTypeRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

export const TicketType = {
  __resolveReference: (ref: { id: string }, ctx: TicketingContext) => ctx.ticketTypes.visible(ref.id),
  event: (type: TicketTypeRow) => ({ __typename: "Event", id: type.eventId }),
  price: (type: TicketTypeRow) => money(type.price, type.currency),
  sold: async (type: TicketTypeRow, _: unknown, ctx: TicketingContext) => ((await ctx.ticketTypes.isStaffOf(type)) ? type.sold : null),
  remaining: (type: TicketTypeRow, _: unknown, ctx: TicketingContext) => ctx.ticketTypes.remaining(type),
  onSale: (type: TicketTypeRow, _: unknown, ctx: TicketingContext) => ctx.ticketTypes.onSale(type),
};
