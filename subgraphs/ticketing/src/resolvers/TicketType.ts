import type { TicketTypeResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const TicketType: TicketTypeResolvers = {
  __resolveReference: (ref, ctx) => ctx.ticketTypes.visible(ref.id),
  event: (type) => ({ __typename: "Event", id: type.eventId }),
  price: (type) => money(type.price, type.currency),
  sold: async (type, _, ctx) => ((await ctx.ticketTypes.isStaffOf(type)) ? type.sold : null),
  remaining: (type, _, ctx) => ctx.ticketTypes.remaining(type),
  onSale: (type, _, ctx) => ctx.ticketTypes.onSale(type),
};
