// Refunds and cancellations: full and partial, by the buyer within the refund policy or by the staff at any time;
// inventory comes back, tickets are revoked (their QR payloads stop passing), the provider pays back once per key.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
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
import { randomUUID } from "node:crypto";
import { inventory, purchase } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let buyer: Person;
let door: { accessToken: string };
let event: Event;
let flexible: { id: string };
let strict: { id: string };
let soon: { id: string };

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  buyer = await world(stack).user();
  door = await organizer.member("CHECK_IN_STAFF");
  event = await organizer.event({ published: true }); // starts in 10 days
  flexible = await event.ticketType({ name: "Flexible", price: "40.00", refundCutoffHours: 48 });
  strict = await event.ticketType({ name: "Final sale", price: "30.00", refundCutoffHours: null });
  soon = await event.ticketType({ name: "Short notice", price: "20.00", refundCutoffHours: 24 * 11 });
});
afterAll(async () => {
  await stack?.stop();
});

const REFUND = `mutation($input: RefundOrderInput!) { refundOrder(input: $input) {
  id status amount { amount currency } byOrganizer reason tickets { id status } order { id status payment { refunded { amount } } } } }`;
const refund = (token: string, input: Record<string, unknown>) =>
  stack.query(REFUND, { input: { idempotencyKey: randomUUID(), ...input } }, { token });
const VERIFY = `query($p: String!, $e: ID) { verifyTicket(payload: $p, eventId: $e) { valid reason ticket { id status } } }`;

async function buy(ticketTypeId: string, quantity: number, discountCode?: string) {
  return must(
    await purchase(stack, buyer, event.id, { ticketTypeId, quantity, ...(discountCode ? { discountCode } : {}) }),
  ).purchaseTickets as {
    id: string;
    tickets: { id: string; number: string; qrPayload: string; price: { amount: string } }[];
  };
}

describe("the buyer", () => {
  test("refunds a whole order within the policy: money back, tickets revoked, inventory returned", async () => {
    const before = await inventory(stack, flexible.id);
    const order = await buy(flexible.id, 2);
    const result = must(await refund(buyer.accessToken, { orderId: order.id, reason: "Cannot come" })).refundOrder;
    expect(result).toMatchObject({
      status: "SUCCEEDED",
      amount: { amount: "80.00", currency: "CHF" },
      byOrganizer: false,
      reason: "Cannot come",
      order: { status: "REFUNDED", payment: { refunded: { amount: "80.00" } } },
    });
    expect(result.tickets.map((t: { status: string }) => t.status)).toEqual(["REFUNDED", "REFUNDED"]);
    expect(await inventory(stack, flexible.id)).toMatchObject({
      sold: before.sold,
      taken: before.taken,
      validTickets: before.validTickets,
    });
    expect(stack.ticketing.cardProvider.refunds.filter((r) => r.idempotencyKey === `refund:${result.id}`)).toHaveLength(
      1,
    );
    // A refunded ticket cannot be checked in: its old payload is refused, and it has no payload any more.
    const verified = must(
      await stack.query(VERIFY, { p: order.tickets[0]?.qrPayload, e: event.id }, { token: door.accessToken }),
    ).verifyTicket;
    expect(verified).toMatchObject({ valid: false, reason: "TICKET_REFUNDED", ticket: { status: "REFUNDED" } });
    const ticket = must(
      await stack.query(
        `query($id: ID!) { ticket(id: $id) { status qrPayload revokedAt } }`,
        { id: order.tickets[0]?.id },
        { token: buyer.accessToken },
      ),
    ).ticket;
    expect(ticket).toMatchObject({ status: "REFUNDED", qrPayload: null });
    expect(ticket.revokedAt).not.toBeNull();
  });

  test("refunds part of an order, then the rest; each refund returns exactly what its tickets cost", async () => {
    must(
      await stack.query(
        `mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { id } }`,
        {
          input: {
            eventId: event.id,
            code: "TENOFF",
            kind: "FIXED_AMOUNT",
            amountOff: { amount: "10.00", currency: "CHF" },
          },
        },
        { token: organizer.accessToken },
      ),
    );
    const order = await buy(flexible.id, 3, "TENOFF"); // 120 − 10 = 110, split 36.66/36.67/36.67
    const [first, ...rest] = order.tickets;
    const partial = must(await refund(buyer.accessToken, { orderId: order.id, ticketIds: [first?.id] })).refundOrder;
    expect(partial).toMatchObject({
      status: "SUCCEEDED",
      amount: { amount: first?.price.amount },
      order: { status: "PARTIALLY_REFUNDED" },
    });
    const still = must(
      await stack.query(
        `query($id: ID!) { order(id: $id) { tickets { id status } } }`,
        { id: order.id },
        { token: buyer.accessToken },
      ),
    ).order.tickets;
    expect(
      still
        .filter((t: { status: string }) => t.status === "VALID")
        .map((t: { id: string }) => t.id)
        .sort(),
    ).toEqual(rest.map((t) => t.id).sort());
    const remainder = must(await refund(buyer.accessToken, { orderId: order.id })).refundOrder;
    expect(remainder.order.status).toBe("REFUNDED");
    expect(Number(partial.amount.amount) + Number(remainder.amount.amount)).toBeCloseTo(110, 2);
    expect(remainder.order.payment.refunded.amount).toBe("110.00");
  });

  test("outside the policy is refused and changes nothing; the staff can still refund at any time", async () => {
    const finalSale = await buy(strict.id, 1);
    const late = await buy(soon.id, 1);
    const before = { strict: await inventory(stack, strict.id), soon: await inventory(stack, soon.id) };
    expect(errorOf(await refund(buyer.accessToken, { orderId: finalSale.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "REFUND_NOT_ALLOWED",
    });
    // The event starts in 10 days; this type allowed refunds until 11 days before.
    expect(errorOf(await refund(buyer.accessToken, { orderId: late.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "REFUND_PERIOD_OVER",
    });
    expect({ strict: await inventory(stack, strict.id), soon: await inventory(stack, soon.id) }).toEqual(before);
    expect(await stack.db.prisma.refund.count({ where: { orderId: { in: [finalSale.id, late.id] } } })).toBe(0);

    const byStaff = must(
      await refund(organizer.accessToken, { orderId: finalSale.id, reason: "Goodwill" }),
    ).refundOrder;
    expect(byStaff).toMatchObject({ byOrganizer: true, status: "SUCCEEDED", order: { status: "REFUNDED" } });
    expect((await inventory(stack, strict.id)).sold).toBe(before.strict.sold - 1);
  });

  test("when the event is cancelled, buyers may refund whatever the policy says", async () => {
    const cancelled = await organizer.event({ published: true });
    const type = await cancelled.ticketType({ refundCutoffHours: null });
    const order = await type.order({ buyer });
    await cancelled.changeStatus("CANCELLED");
    expect(must(await refund(buyer.accessToken, { orderId: order.id })).refundOrder.order.status).toBe("REFUNDED");
  });

  test("someone else's order is NOT_FOUND, and check-in staff cannot refund", async () => {
    const order = await buy(flexible.id, 1);
    const stranger = await world(stack).user();
    expect(errorOf(await refund(stranger.accessToken, { orderId: order.id }))?.code).toBe("NOT_FOUND");
    expect(errorOf(await refund(door.accessToken, { orderId: order.id }))?.code).toBe("NOT_FOUND");
    expect(await stack.db.prisma.ticket.count({ where: { orderId: order.id, status: "VALID" } })).toBe(1);
  });
});

describe("refunds are idempotent and never refund twice", () => {
  test("the same key returns the same refund; a different request with it is IDEMPOTENCY_KEY_REUSED", async () => {
    const order = await buy(flexible.id, 2);
    const key = "refund-key-0001";
    const first = must(
      await refund(buyer.accessToken, { orderId: order.id, ticketIds: [order.tickets[0]?.id], idempotencyKey: key }),
    ).refundOrder;
    const again = must(
      await refund(buyer.accessToken, { orderId: order.id, ticketIds: [order.tickets[0]?.id], idempotencyKey: key }),
    ).refundOrder;
    expect(again.id).toBe(first.id);
    expect(stack.ticketing.cardProvider.refunds.filter((r) => r.idempotencyKey === `refund:${first.id}`)).toHaveLength(
      1,
    );
    expect(
      errorOf(
        await refund(buyer.accessToken, { orderId: order.id, ticketIds: [order.tickets[1]?.id], idempotencyKey: key }),
      ),
    ).toMatchObject({
      reason: "IDEMPOTENCY_KEY_REUSED",
      refundId: first.id,
    });
    expect(
      errorOf(await refund(buyer.accessToken, { orderId: order.id, ticketIds: [order.tickets[0]?.id] })),
    ).toMatchObject({
      code: "CONFLICT",
      reason: "TICKET_ALREADY_REVOKED",
      field: "input.ticketIds[0]",
    });
    expect(
      errorOf(
        await refund(buyer.accessToken, { orderId: order.id, ticketIds: ["00000000-0000-4000-8000-000000000000"] }),
      ),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.ticketIds[0]",
    });
  });

  test("concurrent refunds of one order: the tickets are refunded once", async () => {
    const order = await buy(flexible.id, 2);
    const before = await inventory(stack, flexible.id);
    const results = await Promise.all([1, 2, 3].map(() => refund(buyer.accessToken, { orderId: order.id })));
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((r) => r.errors))
      expect(["ORDER_NOT_REFUNDABLE", "NOTHING_TO_REFUND"]).toContain(errorOf(r)?.reason);
    expect((await inventory(stack, flexible.id)).sold).toBe(before.sold - 2);
    expect(await stack.db.prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  test("an unpaid invoice order is not refunded (it is cancelled instead)", async () => {
    const order = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: flexible.id, method: "INVOICE" }),
    ).purchaseTickets;
    expect(errorOf(await refund(buyer.accessToken, { orderId: order.id }))).toMatchObject({
      code: "CONFLICT",
      reason: "ORDER_NOT_REFUNDABLE",
      status: "AWAITING_PAYMENT",
    });
  });

  test("when the provider fails, the refund stays PENDING with the tickets revoked, and the sweeper completes it", async () => {
    const order = await buy(flexible.id, 1);
    stack.ticketing.cardProvider.failNextRefunds(1);
    const pending = must(await refund(buyer.accessToken, { orderId: order.id })).refundOrder;
    expect(pending).toMatchObject({
      status: "PENDING",
      tickets: [{ status: "REFUNDED" }],
      order: { status: "REFUNDED" },
    });
    const done = await eventually(async () => {
      const row = await stack.db.prisma.refund.findUniqueOrThrow({ where: { id: pending.id } });
      return row.status === "SUCCEEDED" ? row : null;
    });
    expect(done.attempts).toBeGreaterThanOrEqual(2);
    expect(done.providerRef).toMatch(/^re_test_/);
    expect(
      stack.ticketing.cardProvider.refunds.filter((r) => r.idempotencyKey === `refund:${pending.id}`),
    ).toHaveLength(1);
  });
});

describe("checking a ticket's QR payload", () => {
  test("a genuine payload of a valid ticket passes; tampered, forged, foreign or outdated ones do not", async () => {
    const order = await buy(flexible.id, 2);
    const [ticket, other] = order.tickets;
    const payload = ticket?.qrPayload as string;
    expect(
      must(await stack.query(VERIFY, { p: payload, e: event.id }, { token: door.accessToken })).verifyTicket,
    ).toEqual({
      valid: true,
      reason: null,
      ticket: { id: ticket?.id, status: "VALID" },
    });
    // Another ticket's body under this ticket's signature.
    const [prefix, , signature] = payload.split(".");
    const swapped = `${prefix}.${other?.qrPayload.split(".")[1]}.${signature}`;
    const flipped = payload.slice(0, 10) + (payload[10] === "A" ? "B" : "A") + payload.slice(11);
    for (const bad of [swapped, flipped, "BLT1.e30.AAAA", "garbage"]) {
      expect(
        must(await stack.query(VERIFY, { p: bad, e: event.id }, { token: door.accessToken })).verifyTicket,
      ).toEqual({ valid: false, reason: "INVALID_PAYLOAD", ticket: null });
    }
    const elsewhere = await organizer.event({ published: true });
    expect(
      must(await stack.query(VERIFY, { p: payload, e: elsewhere.id }, { token: door.accessToken })).verifyTicket,
    ).toMatchObject({ valid: false, reason: "WRONG_EVENT" });
    const stranger = await world(stack).user();
    expect(errorOf(await stack.query(VERIFY, { p: payload }, { token: stranger.accessToken }))?.code).toBe("FORBIDDEN");
    // Refunding one ticket bumps its version: its old payload is refused, the other ticket's still passes.
    must(await refund(organizer.accessToken, { orderId: order.id, ticketIds: [ticket?.id] }));
    expect(must(await stack.query(VERIFY, { p: payload }, { token: door.accessToken })).verifyTicket.reason).toBe(
      "TICKET_REFUNDED",
    );
    expect(
      must(await stack.query(VERIFY, { p: other?.qrPayload }, { token: door.accessToken })).verifyTicket.valid,
    ).toBe(true);
  });
});

describe("domain events and mail", () => {
  test("OrderRefunded carries what analytics and check-in need; the buyer is told", async () => {
    const order = await buy(flexible.id, 2);
    const result = must(
      await refund(organizer.accessToken, { orderId: order.id, ticketIds: [order.tickets[1]?.id] }),
    ).refundOrder;
    const row = await stack.db.prisma.ticketingOutbox.findFirstOrThrow({
      where: { aggregateId: order.id, eventType: "OrderRefunded" },
    });
    expect(row.data).toMatchObject({
      orderId: order.id,
      refundId: result.id,
      eventId: event.id,
      buyerId: buyer.userId,
      currency: "CHF",
      amount: "40.00",
      ticketCount: 1,
      tickets: [{ ticketId: order.tickets[1]?.id, ticketTypeId: flexible.id }],
      ticketTypes: [{ ticketTypeId: flexible.id, quantity: 1 }],
      byOrganizer: true,
      full: false,
      orderStatus: "PARTIALLY_REFUNDED",
    });
    const mail = await eventually(() =>
      stack.mail.sent.find((m) => m.subject.startsWith("Refund") && m.text.includes(order.id)),
    );
    expect(mail.to).toBe("buyer@test.example");
  });
});
