import { loadExisting } from "@bilten/platform";
import type { OrderItemResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const OrderItem: OrderItemResolvers = {
  ticketType: (item, _, ctx) => loadExisting(ctx.loaders.ticketTypeById, item.ticketTypeId, "TicketType"),
  unitPrice: (item) => money(item.unitPrice, item.currency),
  amount: (item) => money(item.amount, item.currency),
  discount: (item) => money(item.discount, item.currency),
};
