// Parents of the resolvers that receive something other than a Prisma row; codegen.ts maps the GraphQL types to them.
import type { OrderItem, PaymentItem } from "@bilten/platform/prisma";

// Items and payment items carry no currency of their own: the order's (the payment's) is passed down.
export type OrderItemWithCurrency = OrderItem & { currency: string };
export type PaymentItemWithCurrency = PaymentItem & { currency: string };
