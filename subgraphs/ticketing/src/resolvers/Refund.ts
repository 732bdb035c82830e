import type { Ticket as TicketRow } from "@bilten/platform/prisma";
import { loadExisting } from "@bilten/platform";
import type { RefundResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const Refund: RefundResolvers = {
  order: (refund, _, ctx) => loadExisting(ctx.loaders.orderById, refund.orderId, "Order"),
  amount: (refund) => money(refund.amount, refund.currency),
  tickets: async (refund, _, ctx) =>
    (await ctx.loaders.ticketById.loadMany(refund.ticketIds)).filter(
      (t): t is TicketRow => !!t && !(t instanceof Error),
    ),
};
