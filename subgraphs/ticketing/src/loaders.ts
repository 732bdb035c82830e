// Per-request DataLoaders: every entity fetch and every list field of the ticketing subgraph goes through one, so
// a query's statement count does not grow with the length of its lists.
import DataLoader from "dataloader";
import { byIdLoader, groupLoader, isUuid, type DbClient } from "@bilten/platform";
import type {
  CheckIn,
  DiscountCode,
  EventPlaces,
  Order,
  OrderItem,
  Payment,
  PaymentItem,
  Refund,
  Registration,
  Ticket,
  TicketType,
  TicketingEventRef,
  TicketingSessionRef,
} from "@bilten/platform/prisma";

export function createLoaders(db: DbClient, viewerId: string | null) {
  return {
    eventRefById: byIdLoader<TicketingEventRef>((ids) => db.ticketingEventRef.findMany({ where: { id: { in: ids } } })),
    sessionRefById: byIdLoader<TicketingSessionRef>((ids) => db.ticketingSessionRef.findMany({ where: { id: { in: ids } } })),
    placesByEventId: new DataLoader<string, EventPlaces | null>(async (eventIds) => {
      const valid = [...new Set(eventIds.filter(isUuid))];
      const rows = valid.length ? await db.eventPlaces.findMany({ where: { eventId: { in: valid } } }) : [];
      const byId = new Map(rows.map((r) => [r.eventId, r]));
      return eventIds.map((id) => byId.get(id) ?? null);
    }),
    /** People waiting per event. */
    waitlistByEventId: new DataLoader<string, number>(async (eventIds) => {
      const valid = [...new Set(eventIds.filter(isUuid))];
      const rows = valid.length
        ? await db.registration.groupBy({ by: ["eventId"], where: { eventId: { in: valid }, status: "WAITLISTED" }, _count: { _all: true } })
        : [];
      const byId = new Map(rows.map((r) => [r.eventId, r._count._all]));
      return eventIds.map((id) => byId.get(id) ?? 0);
    }),
    ticketTypeById: byIdLoader<TicketType>((ids) => db.ticketType.findMany({ where: { id: { in: ids } } })),
    ticketTypesByEventId: groupLoader<TicketType>(
      (eventIds) => db.ticketType.findMany({ where: { eventId: { in: eventIds } }, orderBy: [{ price: "asc" }, { name: "asc" }, { id: "asc" }] }),
      (t) => t.eventId,
    ),
    discountCodesByEventId: groupLoader<DiscountCode>(
      (eventIds) => db.discountCode.findMany({ where: { eventId: { in: eventIds } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      (c) => c.eventId,
    ),
    orderById: byIdLoader<Order>((ids) => db.order.findMany({ where: { id: { in: ids } } })),
    itemsByOrderId: groupLoader<OrderItem>(
      (orderIds) => db.orderItem.findMany({ where: { orderId: { in: orderIds } }, orderBy: [{ unitPrice: "asc" }, { id: "asc" }] }),
      (i) => i.orderId,
    ),
    ticketById: byIdLoader<Ticket>((ids) => db.ticket.findMany({ where: { id: { in: ids } } })),
    checkInsByTicketId: groupLoader<CheckIn>(
      (ticketIds) => db.checkIn.findMany({ where: { ticketId: { in: ticketIds } }, orderBy: [{ scannedAt: "asc" }, { id: "asc" }] }),
      (c) => c.ticketId,
    ),
    ticketsByOrderId: groupLoader<Ticket>(
      (orderIds) => db.ticket.findMany({ where: { orderId: { in: orderIds } }, orderBy: [{ issuedAt: "asc" }, { number: "asc" }] }),
      (t) => t.orderId,
    ),
    paymentsByOrderId: groupLoader<Payment>((orderIds) => db.payment.findMany({ where: { orderId: { in: orderIds } } }), (p) => p.orderId),
    paymentItemsByPaymentId: groupLoader<PaymentItem>(
      (paymentIds) => db.paymentItem.findMany({ where: { paymentId: { in: paymentIds } }, orderBy: { id: "asc" } }),
      (i) => i.paymentId,
    ),
    refundsByOrderId: groupLoader<Refund>(
      (orderIds) => db.refund.findMany({ where: { orderId: { in: orderIds } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      (r) => r.orderId,
    ),
    registrationById: byIdLoader<Registration>((ids) => db.registration.findMany({ where: { id: { in: ids } } })),
    /** The viewer's own registration per event. */
    myRegistrationByEventId: new DataLoader<string, Registration | null>(async (eventIds) => {
      const valid = [...new Set(eventIds.filter(isUuid))];
      const rows =
        viewerId && valid.length ? await db.registration.findMany({ where: { userId: viewerId, eventId: { in: valid } } }) : [];
      const byEvent = new Map(rows.map((r) => [r.eventId, r]));
      return eventIds.map((id) => byEvent.get(id) ?? null);
    }),
    /** 1-based place in the queue of waitlisted registrations. */
    waitlistPositionById: new DataLoader<string, number | null>(async (ids) => {
      const valid = [...new Set(ids.filter(isUuid))];
      const rows = valid.length
        ? await db.$queryRaw<{ id: string; position: bigint }[]>`
            SELECT r.id, (SELECT count(*) FROM "ticketing"."registrations" w
                           WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.queue_number <= r.queue_number) AS position
              FROM "ticketing"."registrations" r
             WHERE r.id = ANY(${valid}::uuid[]) AND r.status = 'WAITLISTED'`
        : [];
      const byId = new Map(rows.map((r) => [r.id, Number(r.position)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type TicketingLoaders = ReturnType<typeof createLoaders>;
