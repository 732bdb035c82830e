import type { Payment as PaymentRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

export const Payment = {
  amount: (payment: PaymentRow) => money(payment.amount, payment.currency),
  refunded: (payment: PaymentRow) => money(payment.refundedAmount, payment.currency),
  items: async (payment: PaymentRow, _: unknown, ctx: TicketingContext) =>
    (await ctx.loaders.paymentItemsByPaymentId.load(payment.id)).map((item) => ({ ...item, currency: payment.currency })),
};
