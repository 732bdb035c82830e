// The ticketing subgraph's domain events. Each carries what check-in and analytics need without asking back: event
// id, ticket type ids and counts, amounts and currency. Personal data (e-mail addresses) stays out of the stream.
import { z } from "zod";
import { defineEvent } from "./contract.js";
import { currency, decimal, id, instant } from "./fields.js";

export const PaymentMethod = z.enum(["CARD", "INVOICE", "FREE"]);
export const RegistrationStatus = z.enum(["REGISTERED", "WAITLISTED", "CONFIRMED", "CANCELLED", "ATTENDED"]);
export const CheckInDirection = z.enum(["IN", "OUT"]);

export const TicketsPurchased = defineEvent({
  source: "ticketing",
  name: "TicketsPurchased",
  version: 1,
  aggregateType: "Order",
  aggregateId: "orderId",
  payload: z.strictObject({
    orderId: id,
    eventId: id,
    buyerId: id,
    currency,
    subtotal: decimal,
    discount: decimal,
    total: decimal,
    discountCode: z.string().nullable(),
    paymentMethod: PaymentMethod,
    ticketCount: z.int(),
    /** Per order line: `amount` is after its discount. */
    items: z.array(z.strictObject({ ticketTypeId: id, quantity: z.int(), unitPrice: decimal, amount: decimal })),
    tickets: z.array(z.strictObject({ ticketId: id, ticketTypeId: id, number: z.string() })),
    paidAt: instant,
  }),
});

export const OrderRefunded = defineEvent({
  source: "ticketing",
  name: "OrderRefunded",
  version: 1,
  aggregateType: "Order",
  aggregateId: "orderId",
  payload: z.strictObject({
    orderId: id,
    refundId: id,
    eventId: id,
    buyerId: id,
    currency,
    amount: decimal,
    ticketCount: z.int(),
    tickets: z.array(z.strictObject({ ticketId: id, ticketTypeId: id })),
    ticketTypes: z.array(z.strictObject({ ticketTypeId: id, quantity: z.int() })),
    byOrganizer: z.boolean(),
    /** No valid ticket is left in the order. */
    full: z.boolean(),
    orderStatus: z.enum(["PARTIALLY_REFUNDED", "REFUNDED"]),
    reason: z.string().nullable(),
  }),
});

export const RegistrationChanged = defineEvent({
  source: "ticketing",
  name: "RegistrationChanged",
  version: 1,
  aggregateType: "Registration",
  aggregateId: "registrationId",
  payload: z.strictObject({
    registrationId: id,
    eventId: id,
    userId: id,
    /** Null for a first registration. */
    from: RegistrationStatus.nullable(),
    to: RegistrationStatus,
    /** Moved up from the waitlist. */
    promoted: z.boolean(),
    sessionIds: z.array(id),
    changedAt: instant,
  }),
});

/** A scan that moved a ticket in or out, at the doors (sessionId null) or at a session's door. */
export const CheckInRecorded = defineEvent({
  source: "ticketing",
  name: "CheckInRecorded",
  version: 1,
  aggregateType: "Ticket",
  aggregateId: "ticketId",
  payload: z.strictObject({
    checkInId: id,
    eventId: id,
    ticketId: id,
    ticketTypeId: id,
    holderId: id,
    sessionId: id.nullable(),
    door: z.string(),
    direction: CheckInDirection,
    /** The ticket's first entry through the doors (never for session scans). */
    firstEntry: z.boolean(),
    scannedAt: instant,
  }),
});

export const ticketingEvents = [TicketsPurchased, OrderRefunded, RegistrationChanged, CheckInRecorded] as const;
