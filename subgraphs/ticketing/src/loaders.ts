// Per-request DataLoaders: every entity fetch and every list field of the ticketing subgraph goes through one, so
// a query's statement count does not grow with the length of its lists.
import { byIdLoader, byKeyLoader, groupLoader, valueLoader, type DbClient } from "@bilten/platform";
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
    sessionRefById: byIdLoader<TicketingSessionRef>((ids) =>
      db.ticketingSessionRef.findMany({ where: { id: { in: ids } } }),
    ),
    placesByEventId: byKeyLoader<EventPlaces>(
      (eventIds) => db.eventPlaces.findMany({ where: { eventId: { in: eventIds } } }),
      (p) => p.eventId,
    ),
    /** People waiting per event. */
    waitlistByEventId: valueLoader<number>(async (eventIds) => {
      const rows = await db.registration.groupBy({
        by: ["eventId"],
        where: { eventId: { in: eventIds }, status: "WAITLISTED" },
        _count: { _all: true },
      });
      return new Map(rows.map((r) => [r.eventId, r._count._all]));
    }, 0),
    ticketTypeById: byIdLoader<TicketType>((ids) => db.ticketType.findMany({ where: { id: { in: ids } } })),
    ticketTypesByEventId: groupLoader<TicketType>(
      (eventIds) =>
        db.ticketType.findMany({
          where: { eventId: { in: eventIds } },
          orderBy: [{ price: "asc" }, { name: "asc" }, { id: "asc" }],
        }),
      (t) => t.eventId,
    ),
    discountCodesByEventId: groupLoader<DiscountCode>(
      (eventIds) =>
        db.discountCode.findMany({
          where: { eventId: { in: eventIds } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
      (c) => c.eventId,
    ),
    orderById: byIdLoader<Order>((ids) => db.order.findMany({ where: { id: { in: ids } } })),
    itemsByOrderId: groupLoader<OrderItem>(
      (orderIds) =>
        db.orderItem.findMany({ where: { orderId: { in: orderIds } }, orderBy: [{ unitPrice: "asc" }, { id: "asc" }] }),
      (i) => i.orderId,
    ),
    ticketById: byIdLoader<Ticket>((ids) => db.ticket.findMany({ where: { id: { in: ids } } })),
    checkInsByTicketId: groupLoader<CheckIn>(
      (ticketIds) =>
        db.checkIn.findMany({ where: { ticketId: { in: ticketIds } }, orderBy: [{ scannedAt: "asc" }, { id: "asc" }] }),
      (c) => c.ticketId,
    ),
    ticketsByOrderId: groupLoader<Ticket>(
      (orderIds) =>
        db.ticket.findMany({ where: { orderId: { in: orderIds } }, orderBy: [{ issuedAt: "asc" }, { number: "asc" }] }),
      (t) => t.orderId,
    ),
    paymentsByOrderId: groupLoader<Payment>(
      (orderIds) => db.payment.findMany({ where: { orderId: { in: orderIds } } }),
      (p) => p.orderId,
    ),
    paymentItemsByPaymentId: groupLoader<PaymentItem>(
      (paymentIds) => db.paymentItem.findMany({ where: { paymentId: { in: paymentIds } }, orderBy: { id: "asc" } }),
      (i) => i.paymentId,
    ),
    refundsByOrderId: groupLoader<Refund>(
      (orderIds) =>
        db.refund.findMany({ where: { orderId: { in: orderIds } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
      (r) => r.orderId,
    ),
    registrationById: byIdLoader<Registration>((ids) => db.registration.findMany({ where: { id: { in: ids } } })),
    /** The viewer's own registration per event. */
    myRegistrationByEventId: byKeyLoader<Registration>(
      async (eventIds) =>
        viewerId ? db.registration.findMany({ where: { userId: viewerId, eventId: { in: eventIds } } }) : [],
      (r) => r.eventId,
    ),
    /** 1-based place in the queue of waitlisted registrations. */
    waitlistPositionById: valueLoader<number | null>(async (ids) => {
      const rows = await db.$queryRaw<{ id: string; position: bigint }[]>`
        SELECT r.id, (SELECT count(*) FROM "ticketing"."registrations" w
                       WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND w.queue_number <= r.queue_number) AS position
          FROM "ticketing"."registrations" r
         WHERE r.id = ANY(${ids}::uuid[]) AND r.status = 'WAITLISTED'`;
      return new Map(rows.map((r) => [r.id, Number(r.position)]));
    }, null),
  };
}

export type TicketingLoaders = ReturnType<typeof createLoaders>;
