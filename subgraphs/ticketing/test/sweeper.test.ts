// What the sweeper settles after a crash or a slow provider (stale reservations, overdue invoices), and the
// domain events a purchase leaves on the stream for check-in and analytics.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { DomainEvent } from "@bilten/platform";
import {
  errorOf,
  eventually,
  must,
  startTestStack,
  world,
  type Event,
  type Organizer,
  type Person,
  type TestStack,
} from "@bilten/testkit";
import type { ChargeRequest } from "../src/sales/adapters/payment-providers.js";
import { inventory, purchase } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let buyer: Person;
let event: Event;
let type: { id: string };
const received: DomainEvent[] = [];
let stopConsumer: () => Promise<void>;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  buyer = await world(stack).user();
  event = await organizer.event({ published: true });
  type = await event.ticketType({ quantity: 50 });
  const consumer = await stack.events.consume(
    "sweeper-test",
    async (e) => {
      received.push(e);
    },
    { fromStart: true },
  );
  stopConsumer = () => consumer.stop();
});
afterAll(async () => {
  await stopConsumer?.();
  await stack?.stop();
});

/** Makes the order look older than the reservation timeout (as if the process had crashed long ago). */
const age = (orderId: string) =>
  stack.db.prisma
    .$executeRaw`UPDATE "ticketing"."orders" SET reserved_at = now() - interval '1 hour' WHERE id = ${orderId}::uuid`;

describe("the sweeper", () => {
  test("releases a reservation left PENDING when the provider charged but never answered, and refunds that charge", async () => {
    const provider = stack.ticketing.cardProvider;
    const original = provider.charge.bind(provider);
    provider.charge = async (request: ChargeRequest) => {
      await original(request);
      throw new Error("provider timed out");
    };
    const before = await inventory(stack, type.id);
    let result;
    try {
      result = await purchase(stack, buyer, event.id, {
        ticketTypeId: type.id,
        quantity: 2,
        idempotencyKey: "stale-reservation-1",
      });
    } finally {
      provider.charge = original;
    }
    expect(errorOf(result)).toMatchObject({ code: "CONFLICT", reason: "PAYMENT_FAILED", retryable: true });
    const orderId = errorOf(result)?.orderId as string;
    expect((await stack.db.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PENDING");
    expect((await inventory(stack, type.id)).sold).toBe(before.sold + 2);

    await age(orderId);
    const expired = await eventually(async () => {
      const order = await stack.db.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
      return order.status === "EXPIRED" ? order : null;
    });
    expect(expired.failureReason).toBe("reservation timed out");
    expect(await inventory(stack, type.id)).toMatchObject({ sold: before.sold, taken: before.taken });
    await eventually(() =>
      provider.refunds.find((r) => r.idempotencyKey === `void:purchase:${buyer.userId}:stale-reservation-1`),
    );
    expect(await stack.db.prisma.ticket.count({ where: { orderId } })).toBe(0);
    // The key's answer is now that expired order, and nothing is charged again.
    const retry = must(
      await purchase(stack, buyer, event.id, {
        ticketTypeId: type.id,
        quantity: 2,
        idempotencyKey: "stale-reservation-1",
        fields: "id status",
      }),
    );
    expect(retry.purchaseTickets).toEqual({ id: orderId, status: "EXPIRED" });
    expect(
      provider.charges.filter((c) => c.idempotencyKey === `purchase:${buyer.userId}:stale-reservation-1`),
    ).toHaveLength(1);
  });

  test("a provider slower than the reservation: the late payment is refunded and the buyer hears RESERVATION_EXPIRED", async () => {
    const provider = stack.ticketing.cardProvider;
    const original = provider.charge.bind(provider);
    const key = "slow-provider-1";
    provider.charge = async (request: ChargeRequest) => {
      // While the provider dawdles, the reservation grows old and the sweeper releases it.
      const order = await eventually(() =>
        stack.db.prisma.order.findFirst({ where: { buyerId: buyer.userId, idempotencyKey: key } }),
      );
      await age(order.id);
      await eventually(
        async () => (await stack.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status === "EXPIRED",
      );
      return original(request);
    };
    const before = await inventory(stack, type.id);
    let result;
    try {
      result = await purchase(stack, buyer, event.id, { ticketTypeId: type.id, idempotencyKey: key });
    } finally {
      provider.charge = original;
    }
    expect(errorOf(result)).toMatchObject({ code: "CONFLICT", reason: "RESERVATION_EXPIRED" });
    expect(provider.refunds.filter((r) => r.idempotencyKey === `void:purchase:${buyer.userId}:${key}`)).toHaveLength(1);
    expect(await inventory(stack, type.id)).toMatchObject({
      sold: before.sold,
      taken: before.taken,
      validTickets: before.validTickets,
    });
    expect(await stack.db.prisma.payment.count({ where: { order: { idempotencyKey: key } } })).toBe(0);
  });

  test("expires an invoice unpaid by its due date; its tickets go back on sale", async () => {
    const before = await inventory(stack, type.id);
    const order = must(
      await purchase(stack, buyer, event.id, {
        ticketTypeId: type.id,
        quantity: 3,
        method: "INVOICE",
        fields: "id status",
      }),
    ).purchaseTickets;
    expect(order.status).toBe("AWAITING_PAYMENT");
    await stack.db.prisma.order.update({
      where: { id: order.id },
      data: { paymentDueAt: new Date(Date.now() - 1000) },
    });
    await eventually(
      async () => (await stack.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status === "EXPIRED",
    );
    expect(await inventory(stack, type.id)).toMatchObject({ sold: before.sold, taken: before.taken });
    const late = await stack.query(
      `mutation($id: ID!) { markOrderPaid(id: $id) { id } }`,
      { id: order.id },
      { token: organizer.accessToken },
    );
    expect(errorOf(late)).toMatchObject({ code: "CONFLICT", reason: "ORDER_NOT_AWAITING_PAYMENT" });
  });
});

describe("domain events", () => {
  test("TicketsPurchased goes through the outbox to the stream with amounts, currency, counts and ticket types", async () => {
    const order = must(await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 2 })).purchaseTickets;
    const delivered = await eventually(() =>
      received.find((e) => e.eventType === "TicketsPurchased" && e.aggregateId === order.id),
    );
    expect(delivered).toMatchObject({
      aggregateType: "Order",
      source: "ticketing",
      eventVersion: 1,
      data: {
        orderId: order.id,
        eventId: event.id,
        buyerId: buyer.userId,
        currency: "CHF",
        subtotal: "98.00",
        discount: "0.00",
        total: "98.00",
        paymentMethod: "CARD",
        ticketCount: 2,
        items: [{ ticketTypeId: type.id, quantity: 2, unitPrice: "49.00", amount: "98.00" }],
      },
    });
    const tickets = (delivered.data as { tickets: { ticketId: string; number: string }[] }).tickets;
    expect(tickets.map((t) => t.ticketId).sort()).toEqual(order.tickets.map((t: { id: string }) => t.id).sort());
    expect(JSON.stringify(delivered.data)).not.toContain("@");
    // The relay marks rows sent in the transaction that appended them, which may commit just after delivery.
    await eventually(async () => (await stack.db.prisma.ticketingOutbox.count({ where: { publishedAt: null } })) === 0);
  });

  test("a refused purchase writes no domain event", async () => {
    const before = await stack.db.prisma.ticketingOutbox.count();
    expect(errorOf(await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 0 }))?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      errorOf(await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 51 }))?.code,
    ).toBeDefined();
    expect(await stack.db.prisma.ticketingOutbox.count()).toBe(before);
  });
});
