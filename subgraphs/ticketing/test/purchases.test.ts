// Buying tickets through the gateway: payment, payment items and signed tickets written together; declines and
// provider errors give everything back; invoices; free tickets; the event's capacity; bad input of every kind.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import {
  errorOf,
  eventually,
  inDays,
  must,
  startTestStack,
  world,
  type Event,
  type Organizer,
  type Person,
  type TestStack,
} from "@bilten/testkit";
import { verifyTicketPayload } from "../src/admission/adapters/ticket-codes.js";
import { DECLINED_CARD, ERROR_CARD, inventory, purchase } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let buyer: Person;
let event: Event;
let standing: { id: string };
let vip: { id: string };

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  buyer = await world(stack).user();
  event = await organizer.event({ published: true });
  standing = await event.ticketType({ name: "Standing", price: "49.00", quantity: 100 });
  vip = await event.ticketType({ name: "VIP", price: "149.50", quantity: 10, maxPerOrder: 2 });
});
afterAll(async () => {
  await stack?.stop();
});

const ordersOf = (buyerId: string) => stack.db.prisma.order.count({ where: { buyerId } });

describe("a paid purchase", () => {
  test("writes the payment, one payment item and one signed ticket per admission, and takes the inventory", async () => {
    const before = await inventory(stack, standing.id);
    const result = await purchase(stack, buyer, event.id, {
      items: [
        { ticketTypeId: standing.id, quantity: 2 },
        { ticketTypeId: vip.id, quantity: 1 },
      ],
      email: "Anna@Test.Example",
    });
    const order = must(result).purchaseTickets;
    expect(order).toMatchObject({
      status: "PAID",
      email: "anna@test.example",
      subtotal: { amount: "247.50" },
      discount: { amount: "0.00" },
      total: { amount: "247.50", currency: "CHF" },
      paymentMethod: "CARD",
      payment: { method: "CARD", provider: "test", amount: { amount: "247.50", currency: "CHF" } },
    });
    expect(order.payment.transactionId).toMatch(/^ch_test_/);
    expect(order.items.map((i: any) => [i.ticketType.name, i.quantity, i.amount.amount])).toEqual(
      expect.arrayContaining([
        ["Standing", 2, "98.00"],
        ["VIP", 1, "149.50"],
      ]),
    );
    expect(order.tickets).toHaveLength(3);
    expect(order.payment.items.map((i: any) => i.ticket.id).sort()).toEqual(order.tickets.map((t: any) => t.id).sort());
    const numbers = new Set(order.tickets.map((t: any) => t.number));
    expect(numbers.size).toBe(3);
    for (const ticket of order.tickets) {
      expect(ticket.number).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      expect(ticket.status).toBe("VALID");
      // The payload verifies with the public key alone and names this ticket, its event and version 1.
      expect(verifyTicketPayload(stack.ticketing.signingKeys.publicKey, ticket.qrPayload)).toEqual({
        ticketId: ticket.id,
        number: ticket.number,
        eventId: event.id,
        version: 1,
      });
    }
    const after = await inventory(stack, standing.id);
    expect(after.sold - before.sold).toBe(2);
    expect(after.taken - before.taken).toBe(3);
    expect(await stack.db.prisma.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await stack.db.prisma.paymentItem.count({ where: { payment: { orderId: order.id } } })).toBe(3);
  });

  test("without a signed-in buyer is UNAUTHENTICATED", async () => {
    const result = await purchase(stack, { accessToken: "" }, event.id, { ticketTypeId: standing.id });
    expect(errorOf(result)?.code).toBe("UNAUTHENTICATED");
  });
});

describe("a payment that does not go through", () => {
  test("a declined card is PAYMENT_DECLINED: the inventory and the code's use go back, nothing but the outcome is written", async () => {
    must(
      await stack.query(
        `mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { id } }`,
        { input: { eventId: event.id, code: "DECLINE5", kind: "PERCENTAGE", percentOff: 5, maxUses: 1 } },
        { token: organizer.accessToken },
      ),
    );
    const before = await inventory(stack, standing.id);
    const result = await purchase(stack, buyer, event.id, {
      ticketTypeId: standing.id,
      quantity: 3,
      card: DECLINED_CARD,
      discountCode: "decline5",
    });
    expect(errorOf(result)).toMatchObject({
      code: "CONFLICT",
      reason: "PAYMENT_DECLINED",
      declineReason: "card_declined",
    });
    const orderId = errorOf(result)?.orderId as string;
    const order = await stack.db.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ status: "DECLINED", failureReason: "card_declined" });
    expect(await stack.db.prisma.payment.count({ where: { orderId } })).toBe(0);
    expect(await stack.db.prisma.ticket.count({ where: { orderId } })).toBe(0);
    expect(await stack.db.prisma.ticketingOutbox.count({ where: { aggregateId: orderId } })).toBe(0);
    expect(await inventory(stack, standing.id)).toMatchObject({ sold: before.sold, taken: before.taken });
    expect((await stack.db.prisma.discountCode.findFirstOrThrow({ where: { code: "DECLINE5" } })).uses).toBe(0);
    // The code's single use is free again.
    expect(
      must(await purchase(stack, buyer, event.id, { ticketTypeId: standing.id, discountCode: "DECLINE5" }))
        .purchaseTickets.status,
    ).toBe("PAID");
  });

  test("a processing error is PAYMENT_FAILED and gives the inventory back too", async () => {
    const before = await inventory(stack, vip.id);
    const result = await purchase(stack, buyer, event.id, { ticketTypeId: vip.id, quantity: 2, card: ERROR_CARD });
    expect(errorOf(result)).toMatchObject({
      code: "CONFLICT",
      reason: "PAYMENT_FAILED",
      failureReason: "processing_error",
    });
    expect((await stack.db.prisma.order.findUniqueOrThrow({ where: { id: errorOf(result)?.orderId } })).status).toBe(
      "FAILED",
    );
    expect(await inventory(stack, vip.id)).toMatchObject({ sold: before.sold, taken: before.taken });
  });

  test("a card number that is not one is BAD_USER_INPUT before anything is reserved", async () => {
    const before = await ordersOf(buyer.userId);
    const result = await purchase(stack, buyer, event.id, { ticketTypeId: standing.id, card: "4242 4242 4242 4241" });
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.payment.card" });
    expect(await ordersOf(buyer.userId)).toBe(before);
  });
});

describe("invoices", () => {
  test("an invoice order holds its tickets until staff mark it paid; then the tickets are issued", async () => {
    const before = await inventory(stack, standing.id);
    const order = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: standing.id, quantity: 2, method: "INVOICE" }),
    ).purchaseTickets;
    expect(order).toMatchObject({ status: "AWAITING_PAYMENT", paymentMethod: "INVOICE", tickets: [], payment: null });
    expect(Date.parse(order.paymentDueAt)).toBeGreaterThan(Date.now() + 13 * 24 * 3_600_000);
    expect((await inventory(stack, standing.id)).sold).toBe(before.sold + 2);

    const MARK = `mutation($id: ID!) { markOrderPaid(id: $id, reference: "Bank transfer 4711") { status paidAt payment { method provider transactionId } tickets { status qrPayload } } }`;
    expect(errorOf(await stack.query(MARK, { id: order.id }, { token: buyer.accessToken }))?.code).toBe("FORBIDDEN");
    const paid = must(await stack.query(MARK, { id: order.id }, { token: organizer.accessToken })).markOrderPaid;
    expect(paid).toMatchObject({
      status: "PAID",
      payment: { method: "INVOICE", provider: "invoice", transactionId: "Bank transfer 4711" },
    });
    expect(paid.tickets).toHaveLength(2);
    expect(paid.tickets.every((t: any) => t.status === "VALID" && t.qrPayload.startsWith("BLT1."))).toBe(true);
    expect(errorOf(await stack.query(MARK, { id: order.id }, { token: organizer.accessToken }))?.reason).toBe(
      "ORDER_NOT_AWAITING_PAYMENT",
    );
    expect((await inventory(stack, standing.id)).sold).toBe(before.sold + 2);
  });

  test("the buyer can cancel an unpaid invoice order: its tickets go back on sale", async () => {
    const before = await inventory(stack, standing.id);
    const order = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: standing.id, quantity: 3, method: "INVOICE" }),
    ).purchaseTickets;
    const CANCEL = `mutation($id: ID!) { cancelOrder(id: $id) { status } }`;
    const stranger = await world(stack).user();
    expect(errorOf(await stack.query(CANCEL, { id: order.id }, { token: stranger.accessToken }))?.code).toBe(
      "NOT_FOUND",
    );
    expect(must(await stack.query(CANCEL, { id: order.id }, { token: buyer.accessToken })).cancelOrder.status).toBe(
      "CANCELLED",
    );
    expect(await inventory(stack, standing.id)).toMatchObject({ sold: before.sold, taken: before.taken });
    expect(errorOf(await stack.query(CANCEL, { id: order.id }, { token: buyer.accessToken }))?.reason).toBe(
      "ORDER_NOT_CANCELLABLE",
    );
  });
});

describe("free tickets and discounts", () => {
  test("a free ticket type needs no provider: the order is paid with nothing charged", async () => {
    const free = await event.ticketType({ name: "Guest list", price: "0", quantity: 5 });
    const charges = stack.ticketing.cardProvider.charges.length;
    const order = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: free.id, quantity: 2, method: "FREE" }),
    ).purchaseTickets;
    expect(order).toMatchObject({
      status: "PAID",
      paymentMethod: "FREE",
      total: { amount: "0.00" },
      payment: { provider: "none", amount: { amount: "0.00" } },
    });
    expect(order.tickets).toHaveLength(2);
    expect(stack.ticketing.cardProvider.charges.length).toBe(charges);
  });

  test("a percentage code restricted to one type discounts only that type, exact to the cent down to each ticket", async () => {
    const type = await event.ticketType({ name: "Odd price", price: "33.35", quantity: 20 });
    must(
      await stack.query(
        `mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { id code ticketTypes { id } } }`,
        { input: { eventId: event.id, code: "Odd-15", kind: "PERCENTAGE", percentOff: 15, ticketTypeIds: [type.id] } },
        { token: organizer.accessToken },
      ),
    );
    const order = must(
      await purchase(stack, buyer, event.id, {
        items: [
          { ticketTypeId: type.id, quantity: 3 },
          { ticketTypeId: standing.id, quantity: 1 },
        ],
        discountCode: "odd-15",
      }),
    ).purchaseTickets;
    // 3 × 33.35 = 100.05, 15 % = 15.0075 → 15.01; the standing ticket is not discounted.
    expect(order).toMatchObject({
      discountCode: "ODD-15",
      subtotal: { amount: "149.05" },
      discount: { amount: "15.01" },
      total: { amount: "134.04" },
    });
    const prices = order.tickets.map((t: any) => Math.round(Number(t.price.amount) * 100));
    expect(prices.reduce((a: number, b: number) => a + b, 0)).toBe(13404);
    expect(prices.sort()).toEqual([2835, 2835, 2834, 4900].sort());
    const paid = order.payment.items.map((i: any) => Math.round(Number(i.amount.amount) * 100));
    expect(paid.reduce((a: number, b: number) => a + b, 0)).toBe(13404);
  });

  test("a fixed amount larger than the order makes it free (never below zero) and charges nothing", async () => {
    must(
      await stack.query(
        `mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { id } }`,
        {
          input: {
            eventId: event.id,
            code: "CREW-PASS",
            kind: "FIXED_AMOUNT",
            amountOff: { amount: "200", currency: "CHF" },
          },
        },
        { token: organizer.accessToken },
      ),
    );
    const charges = stack.ticketing.cardProvider.charges.length;
    const order = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: standing.id, quantity: 2, discountCode: "CREW-PASS" }),
    ).purchaseTickets;
    expect(order).toMatchObject({
      status: "PAID",
      paymentMethod: "FREE",
      discount: { amount: "98.00" },
      total: { amount: "0.00" },
    });
    expect(stack.ticketing.cardProvider.charges.length).toBe(charges);
  });
});

describe("what is for sale", () => {
  test("the event's capacity caps all ticket types together", async () => {
    const small = await organizer.event({ published: true, capacity: 3 });
    const a = await small.ticketType({ name: "A", quantity: 10 });
    const b = await small.ticketType({ name: "B", quantity: 10 });
    must(await purchase(stack, buyer, small.id, { ticketTypeId: a.id, quantity: 2 }));
    expect(errorOf(await purchase(stack, buyer, small.id, { ticketTypeId: b.id, quantity: 2 }))).toMatchObject({
      code: "CONFLICT",
      reason: "SOLD_OUT",
      scope: "EVENT",
    });
    const AVAILABILITY = `query($id: ID!) { event(id: $id) { availability { capacity taken remaining soldOut ticketTypes { ticketType { name } remaining onSale } } } }`;
    expect(must(await stack.query(AVAILABILITY, { id: small.id })).event.availability).toEqual({
      capacity: 3,
      taken: 2,
      remaining: 1,
      soldOut: false,
      ticketTypes: [
        { ticketType: { name: "A" }, remaining: 1, onSale: true },
        { ticketType: { name: "B" }, remaining: 1, onSale: true },
      ],
    });
    must(await purchase(stack, buyer, small.id, { ticketTypeId: b.id, quantity: 1 }));
    expect(must(await stack.query(AVAILABILITY, { id: small.id })).event.availability).toMatchObject({
      taken: 3,
      remaining: 0,
      soldOut: true,
    });
    expect((await inventory(stack, b.id)).validTickets).toBe(1);
  });

  test("only published events sell, and not once cancelled or over", async () => {
    const draft = await organizer.event();
    const type = await draft.ticketType();
    // The public does not learn that the draft exists; its own staff are told it is not published.
    expect(errorOf(await purchase(stack, buyer, draft.id, { ticketTypeId: type.id }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.eventId",
      reason: "EVENT_UNKNOWN",
    });
    expect(errorOf(await purchase(stack, organizer, draft.id, { ticketTypeId: type.id }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.eventId",
      reason: "EVENT_NOT_PUBLISHED",
    });

    const cancelled = await organizer.event({ published: true });
    const cancelledType = await cancelled.ticketType();
    await cancelled.changeStatus("CANCELLED");
    expect(errorOf(await purchase(stack, buyer, cancelled.id, { ticketTypeId: cancelledType.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "EVENT_CANCELLED",
    });

    const over = await organizer.event({ published: true });
    const overType = await over.ticketType();
    // The read model learns the end from the events subgraph; here the event is simply made to have ended.
    await stack.db.prisma.ticketingEventRef.update({
      where: { id: over.id },
      data: { startsAt: inDays(-1), endsAt: inDays(0, -1) },
    });
    expect(errorOf(await purchase(stack, buyer, over.id, { ticketTypeId: overType.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "EVENT_ENDED",
    });
    expect(await stack.db.prisma.order.count({ where: { eventId: { in: [draft.id, cancelled.id, over.id] } } })).toBe(
      0,
    );
  });
});

describe("bad input is BAD_USER_INPUT naming the field, and writes nothing", () => {
  let other: { id: string };
  const types: Record<string, string> = {};
  beforeAll(async () => {
    const otherEvent = await organizer.event({ published: true });
    other = await otherEvent.ticketType();
    types.limited = (await event.ticketType({ name: "Limited", maxPerOrder: 4 })).id;
    types.later = (await event.ticketType({ name: "Later", salesStartAt: inDays(2).toISOString() })).id;
    types.past = (
      await event.ticketType({
        name: "Early bird",
        salesStartAt: inDays(-5).toISOString(),
        salesEndAt: inDays(-1).toISOString(),
      })
    ).id;
    types.inactive = (await event.ticketType({ name: "Retired", active: false })).id;
    types.euro = (await event.ticketType({ name: "Euro", price: "45.00", currency: "EUR" })).id;
    const code = (input: Record<string, unknown>) =>
      stack.query(
        `mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { id } }`,
        { input: { eventId: event.id, kind: "PERCENTAGE", percentOff: 10, ...input } },
        { token: organizer.accessToken },
      );
    must(await code({ code: "EXPIRED", validFrom: inDays(-3).toISOString(), validUntil: inDays(-1).toISOString() }));
    must(await code({ code: "SOON", validFrom: inDays(1).toISOString() }));
    must(await code({ code: "ONCE", maxUses: 1 }));
    const paused = must(await code({ code: "PAUSED" })).createDiscountCode.id;
    must(
      await stack.query(
        `mutation($id: ID!) { updateDiscountCode(id: $id, input: { active: false }) { active } }`,
        { id: paused },
        { token: organizer.accessToken },
      ),
    );
    must(await code({ code: "VIPONLY", ticketTypeIds: [vip.id] }));
    must(
      await code({
        code: "EUROFF",
        kind: "FIXED_AMOUNT",
        percentOff: null,
        amountOff: { amount: "5", currency: "EUR" },
      }),
    );
    must(await purchase(stack, buyer, event.id, { ticketTypeId: standing.id, discountCode: "ONCE" }));
  });

  // Four columns in every row: jest passes a `done` callback to functions with more parameters than the row.
  const cases: [string, () => Record<string, unknown>, string, string | null][] = [
    [
      "a zero quantity",
      () => ({ ticketTypeId: standing.id, quantity: 0 }),
      "input.items[0].quantity",
      "INVALID_QUANTITY",
    ],
    [
      "a negative quantity",
      () => ({ ticketTypeId: standing.id, quantity: -2 }),
      "input.items[0].quantity",
      "INVALID_QUANTITY",
    ],
    [
      "more than the per-order limit",
      () => ({ ticketTypeId: types.limited, quantity: 5 }),
      "input.items[0].quantity",
      "OVER_ORDER_LIMIT",
    ],
    [
      "before the sales window",
      () => ({ ticketTypeId: types.later }),
      "input.items[0].ticketTypeId",
      "SALES_NOT_STARTED",
    ],
    ["after the sales window", () => ({ ticketTypeId: types.past }), "input.items[0].ticketTypeId", "SALES_ENDED"],
    [
      "an unknown ticket type",
      () => ({ ticketTypeId: "00000000-0000-4000-8000-000000000000" }),
      "input.items[0].ticketTypeId",
      "UNKNOWN_TICKET_TYPE",
    ],
    [
      "a ticket type of another event",
      () => ({ ticketTypeId: other.id }),
      "input.items[0].ticketTypeId",
      "UNKNOWN_TICKET_TYPE",
    ],
    [
      "an inactive ticket type",
      () => ({ ticketTypeId: types.inactive }),
      "input.items[0].ticketTypeId",
      "TICKET_TYPE_INACTIVE",
    ],
    ["a malformed ticket type id", () => ({ ticketTypeId: "standing" }), "input.items[0].ticketTypeId", null],
    [
      "a currency other than the tickets'",
      () => ({ ticketTypeId: standing.id, currency: "EUR" }),
      "input.currency",
      "WRONG_CURRENCY",
    ],
    [
      "two currencies in one order",
      () => ({
        items: [
          { ticketTypeId: standing.id, quantity: 1 },
          { ticketTypeId: types.euro, quantity: 1 },
        ],
      }),
      "input.items[1].ticketTypeId",
      "MIXED_CURRENCY",
    ],
    [
      "the same ticket type twice",
      () => ({
        items: [
          { ticketTypeId: standing.id, quantity: 1 },
          { ticketTypeId: standing.id, quantity: 1 },
        ],
      }),
      "input.items[1].ticketTypeId",
      null,
    ],
    ["no items", () => ({ items: [] }), "input.items", null],
    ["an unknown code", () => ({ ticketTypeId: standing.id, discountCode: "NOPE" }), "input.discountCode", "UNKNOWN"],
    [
      "an expired code",
      () => ({ ticketTypeId: standing.id, discountCode: "expired" }),
      "input.discountCode",
      "EXPIRED",
    ],
    [
      "a code not valid yet",
      () => ({ ticketTypeId: standing.id, discountCode: "SOON" }),
      "input.discountCode",
      "NOT_YET_VALID",
    ],
    ["a used-up code", () => ({ ticketTypeId: standing.id, discountCode: "ONCE" }), "input.discountCode", "EXHAUSTED"],
    [
      "a deactivated code",
      () => ({ ticketTypeId: standing.id, discountCode: "PAUSED" }),
      "input.discountCode",
      "INACTIVE",
    ],
    [
      "a code for other ticket types",
      () => ({ ticketTypeId: standing.id, discountCode: "VIPONLY" }),
      "input.discountCode",
      "NOT_APPLICABLE",
    ],
    [
      "a fixed code in another currency",
      () => ({ ticketTypeId: standing.id, discountCode: "EUROFF" }),
      "input.discountCode",
      "WRONG_CURRENCY",
    ],
    ["a bad e-mail address", () => ({ ticketTypeId: standing.id, email: "not-an-address" }), "input.email", null],
    [
      "a short idempotency key",
      () => ({ ticketTypeId: standing.id, idempotencyKey: "abc" }),
      "input.idempotencyKey",
      null,
    ],
    [
      "FREE for tickets that cost money",
      () => ({ ticketTypeId: standing.id, method: "FREE" }),
      "input.payment.method",
      null,
    ],
    [
      "an unknown event",
      () => ({ eventId: "00000000-0000-4000-8000-000000000001", ticketTypeId: standing.id }),
      "input.eventId",
      "EVENT_UNKNOWN",
    ],
  ];

  test.each(cases)("%s", async (_, options, field, reason) => {
    const { eventId, ...rest } = options() as { eventId?: string };
    const before = { orders: await ordersOf(buyer.userId), standing: await inventory(stack, standing.id) };
    const result = await purchase(stack, buyer, eventId ?? event.id, rest);
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field, ...(reason ? { reason } : {}) });
    expect(result.data?.purchaseTickets ?? null).toBeNull();
    expect(await ordersOf(buyer.userId)).toBe(before.orders);
    expect(await inventory(stack, standing.id)).toEqual(before.standing);
  });
});

describe("who manages ticket types", () => {
  test("only the organization's admins and organizers; bad ticket type input names the field", async () => {
    const stranger = await world(stack).user();
    expect(
      errorOf(
        await stack.query(
          `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { id } }`,
          { input: { eventId: event.id, name: "X", price: { amount: "1", currency: "CHF" }, quantity: 1 } },
          { token: stranger.accessToken },
        ),
      )?.code,
    ).toBe("FORBIDDEN");
    const doorSession = await organizer.member("CHECK_IN_STAFF");
    expect(
      errorOf(
        await stack.query(
          `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { id } }`,
          { input: { eventId: event.id, name: "X", price: { amount: "1", currency: "CHF" }, quantity: 1 } },
          { token: doorSession.accessToken },
        ),
      )?.code,
    ).toBe("FORBIDDEN");
    const CREATE = `mutation($input: CreateTicketTypeInput!) { createTicketType(input: $input) { id } }`;
    const bad: [Record<string, unknown>, string][] = [
      [{ quantity: 0 }, "input.quantity"],
      [{ price: { amount: "-1", currency: "CHF" } }, "input.price.amount"],
      [{ price: { amount: "1.234", currency: "CHF" } }, "input.price.amount"],
      [{ price: { amount: "10", currency: "XXQ" } }, "input.price.currency"],
      [{ name: "  " }, "input.name"],
      [{ maxPerOrder: 0 }, "input.maxPerOrder"],
      [{ salesStartAt: inDays(2).toISOString(), salesEndAt: inDays(1).toISOString() }, "input.salesEndAt"],
      [{ eventId: "00000000-0000-4000-8000-000000000002" }, "input.eventId"],
    ];
    for (const [input, field] of bad) {
      const result = await stack.query(
        CREATE,
        { input: { eventId: event.id, name: "Bad", price: { amount: "10", currency: "CHF" }, quantity: 5, ...input } },
        { token: organizer.accessToken },
      );
      expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await stack.db.prisma.ticketType.count({ where: { name: { in: ["X", "Bad"] } } })).toBe(0);
  });

  test("the quantity never drops below what is sold; the currency stays", async () => {
    const type = await event.ticketType({ name: "Shrinking", quantity: 10 });
    must(await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 4 }));
    const UPDATE = `mutation($id: ID!, $input: UpdateTicketTypeInput!) { updateTicketType(id: $id, input: $input) { quantity sold price { amount currency } } }`;
    expect(
      errorOf(await stack.query(UPDATE, { id: type.id, input: { quantity: 3 } }, { token: organizer.accessToken })),
    ).toMatchObject({ code: "CONFLICT", reason: "QUANTITY_BELOW_SOLD", sold: 4 });
    expect(
      must(
        await stack.query(
          UPDATE,
          { id: type.id, input: { quantity: 4, price: { amount: "55", currency: "CHF" } } },
          { token: organizer.accessToken },
        ),
      ).updateTicketType,
    ).toEqual({
      quantity: 4,
      sold: 4,
      price: { amount: "55.00", currency: "CHF" },
    });
    expect(
      errorOf(
        await stack.query(
          UPDATE,
          { id: type.id, input: { price: { amount: "55", currency: "EUR" } } },
          { token: organizer.accessToken },
        ),
      ),
    ).toMatchObject({ field: "input.price.currency", reason: "CURRENCY_FIXED" });
    expect(errorOf(await purchase(stack, buyer, event.id, { ticketTypeId: type.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "SOLD_OUT",
      remaining: 0,
    });
  });
});

describe("the confirmation e-mail", () => {
  test("goes to the address the buyer gave, with every ticket's number and signed QR payload", async () => {
    const order = must(
      await purchase(stack, buyer, event.id, {
        ticketTypeId: standing.id,
        quantity: 2,
        email: "mail-check@test.example",
      }),
    ).purchaseTickets;
    const mail = await eventually(() => stack.mail.sent.find((m) => m.to === "mail-check@test.example"));
    expect(mail.subject).toBe("Your tickets for Test conference");
    for (const ticket of order.tickets) {
      expect(mail.text).toContain(ticket.number);
      expect(mail.text).toContain(ticket.qrPayload);
    }
    expect(mail.attachments?.[0]).toMatchObject({ filename: `tickets-${order.id}.txt`, contentType: "text/plain" });
    const lines = mail.attachments?.[0]?.content.trim().split("\n") ?? [];
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(verifyTicketPayload(stack.ticketing.signingKeys.publicKey, line.split("\t")[1] ?? "")?.eventId).toBe(
        event.id,
      );
  });
});
