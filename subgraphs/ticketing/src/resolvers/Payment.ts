import type { PaymentResolvers } from "../generated/resolvers.js";
import { money } from "../sales/services/money.js";

export const Payment: PaymentResolvers = {
  amount: (payment) => money(payment.amount, payment.currency),
  refunded: (payment) => money(payment.refundedAmount, payment.currency),
  items: async (payment, _, ctx) =>
    (await ctx.loaders.paymentItemsByPaymentId.load(payment.id)).map((item) => ({
      ...item,
      currency: payment.currency,
    })),
};
