import type { Refund as RefundRow, Ticket as TicketRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

export const Refund = {
  order: (refund: RefundRow, _: unknown, ctx: TicketingContext) => ctx.loaders.orderById.load(refund.orderId),
  amount: (refund: RefundRow) => money(refund.amount, refund.currency),
  tickets: async (refund: RefundRow, _: unknown, ctx: TicketingContext) =>
    (await ctx.loaders.ticketById.loadMany(refund.ticketIds)).filter((t): t is TicketRow => !!t && !(t instanceof Error)),
};
