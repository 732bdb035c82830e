import type { OrderItem as OrderItemRow } from "@bilten/platform/prisma";
import type { TicketingContext } from "../context.js";
import { money } from "../sales/services/money.js";

type Item = OrderItemRow & { currency: string };

export const OrderItem = {
  ticketType: (item: Item, _: unknown, ctx: TicketingContext) => ctx.loaders.ticketTypeById.load(item.ticketTypeId),
  unitPrice: (item: Item) => money(item.unitPrice, item.currency),
  amount: (item: Item) => money(item.amount, item.currency),
  discount: (item: Item) => money(item.discount, item.currency),
};
