import type { PaymentItemResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const PaymentItem: PaymentItemResolvers = {
  amount: (item) => money(item.amount, item.currency),
  ticket: (item, _, ctx) => (item.ticketId ? ctx.loaders.ticketById.load(item.ticketId) : null),
};
