import type { TicketType as TicketTypeRow } from "@bilten/platform/prisma";
import type { DiscountCodeResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const DiscountCode: DiscountCodeResolvers = {
  amountOff: (code) => (code.amountOff && code.currency ? money(code.amountOff, code.currency) : null),
  ticketTypes: async (code, _, ctx) =>
    (await ctx.loaders.ticketTypeById.loadMany(code.ticketTypeIds)).filter(
      (t): t is TicketTypeRow => !!t && !(t instanceof Error),
    ),
};
