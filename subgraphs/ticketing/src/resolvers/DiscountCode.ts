import type { DiscountCode as DiscountCodeRow, TicketType as TicketTypeRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

export const DiscountCode = {
  amountOff: (code: DiscountCodeRow) => (code.amountOff && code.currency ? money(code.amountOff, code.currency) : null),
  ticketTypes: async (code: DiscountCodeRow, _: unknown, ctx: TicketingContext) =>
    (await ctx.loaders.ticketTypeById.loadMany(code.ticketTypeIds)).filter((t): t is TicketTypeRow => !!t && !(t instanceof Error)),
};
