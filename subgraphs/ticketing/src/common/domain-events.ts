// The payloads of the ticketing subgraph's domain events (contracts in @bilten/contracts). Each carries what
// check-in and analytics need without asking back: event id, ticket type ids and counts, amounts and currency.
// Personal data (e-mail addresses) stays out of the stream; the mail worker reads addresses from this subgraph's
// own tables.
import type { OrderRefunded, PayloadInput, RegistrationChanged, TicketsPurchased } from "@bilten/contracts";
import type { Order, OrderItem, Refund, Registration, RegistrationStatus, Ticket } from "@bilten/platform/prisma";
import { toDecimal, toMinor } from "../sales/services/money.js";

export const OUTBOX = "ticketing";

export function ticketsPurchased(
  order: Order,
  items: OrderItem[],
  tickets: Ticket[],
): PayloadInput<typeof TicketsPurchased> {
  return {
    orderId: order.id,
    eventId: order.eventId,
    buyerId: order.buyerId,
    currency: order.currency,
    subtotal: toDecimal(toMinor(order.subtotal)),
    discount: toDecimal(toMinor(order.discountAmount)),
    total: toDecimal(toMinor(order.total)),
    discountCode: order.discountCode,
    paymentMethod: order.paymentMethod,
    ticketCount: tickets.length,
    items: items.map((i) => ({
      ticketTypeId: i.ticketTypeId,
      quantity: i.quantity,
      unitPrice: toDecimal(toMinor(i.unitPrice)),
      amount: toDecimal(toMinor(i.amount) - toMinor(i.discount)),
    })),
    tickets: tickets.map((t) => ({ ticketId: t.id, ticketTypeId: t.ticketTypeId, number: t.number })),
    paidAt: (order.paidAt ?? new Date()).toISOString(),
  };
}

export function orderRefunded(
  order: Order,
  refund: Refund,
  tickets: Ticket[],
  orderStatus: PayloadInput<typeof OrderRefunded>["orderStatus"],
): PayloadInput<typeof OrderRefunded> {
  const perType = new Map<string, number>();
  for (const t of tickets) perType.set(t.ticketTypeId, (perType.get(t.ticketTypeId) ?? 0) + 1);
  return {
    orderId: order.id,
    refundId: refund.id,
    eventId: order.eventId,
    buyerId: order.buyerId,
    currency: refund.currency,
    amount: toDecimal(toMinor(refund.amount)),
    ticketCount: tickets.length,
    tickets: tickets.map((t) => ({ ticketId: t.id, ticketTypeId: t.ticketTypeId })),
    ticketTypes: [...perType.entries()].map(([ticketTypeId, quantity]) => ({ ticketTypeId, quantity })),
    byOrganizer: refund.byOrganizer,
    full: orderStatus === "REFUNDED",
    orderStatus,
    reason: refund.reason,
  };
}

export function registrationChanged(
  registration: Registration,
  from: RegistrationStatus | null,
  extra: { promoted?: boolean } = {},
): PayloadInput<typeof RegistrationChanged> {
  return {
    registrationId: registration.id,
    eventId: registration.eventId,
    userId: registration.userId,
    from,
    to: registration.status,
    promoted: extra.promoted ?? false,
    sessionIds: registration.sessionIds,
    changedAt: registration.updatedAt.toISOString(),
  };
}
