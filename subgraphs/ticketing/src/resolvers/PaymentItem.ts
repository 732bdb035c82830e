import type { PaymentItem as PaymentItemRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

type Item = PaymentItemRow & { currency: string };

export const PaymentItem = {
  amount: (item: Item) => money(item.amount, item.currency),
  ticket: (item: Item, _: unknown, ctx: TicketingContext) => (item.ticketId ? ctx.loaders.ticketById.load(item.ticketId) : null),
};
