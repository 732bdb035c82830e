import type { Order as OrderRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

export const Order = {
  __resolveReference: (ref: { id: string }, ctx: TicketingContext) => ctx.orders.visible(ref.id),
  event: (order: OrderRow) => ({ __typename: "Event", id: order.eventId }),
  buyer: (order: OrderRow) => ({ __typename: "User", id: order.buyerId }),
  // Items and payment items carry no currency of their own: the order's is passed down.
  items: async (order: OrderRow, _: unknown, ctx: TicketingContext) =>
    (await ctx.loaders.itemsByOrderId.load(order.id)).map((item) => ({ ...item, currency: order.currency })),
  subtotal: (order: OrderRow) => money(order.subtotal, order.currency),
  discount: (order: OrderRow) => money(order.discountAmount, order.currency),
  total: (order: OrderRow) => money(order.total, order.currency),
  payment: async (order: OrderRow, _: unknown, ctx: TicketingContext) => (await ctx.loaders.paymentsByOrderId.load(order.id))[0] ?? null,
  tickets: (order: OrderRow, _: unknown, ctx: TicketingContext) => ctx.loaders.ticketsByOrderId.load(order.id),
  refunds: (order: OrderRow, _: unknown, ctx: TicketingContext) => ctx.loaders.refundsByOrderId.load(order.id),
};
