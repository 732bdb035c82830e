import type { OrderResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const Order: OrderResolvers = {
  __resolveReference: (ref, ctx) => ctx.orders.visible(ref.id),
  event: (order) => ({ __typename: "Event", id: order.eventId }),
  buyer: (order) => ({ __typename: "User", id: order.buyerId }),
  items: async (order, _, ctx) =>
    (await ctx.loaders.itemsByOrderId.load(order.id)).map((item) => ({ ...item, currency: order.currency })),
  subtotal: (order) => money(order.subtotal, order.currency),
  discount: (order) => money(order.discountAmount, order.currency),
  total: (order) => money(order.total, order.currency),
  payment: async (order, _, ctx) => (await ctx.loaders.paymentsByOrderId.load(order.id))[0] ?? null,
  tickets: (order, _, ctx) => ctx.loaders.ticketsByOrderId.load(order.id),
  refunds: (order, _, ctx) => ctx.loaders.refundsByOrderId.load(order.id),
};
