// Never oversell, never charge twice: concurrent purchases against the last tickets, the event's capacity and a
// code's last uses, and retries of one purchase with the same idempotency key — sequential and concurrent.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import {
  errorOf,
  must,
  startTestStack,
  world,
  type Event,
  type GraphQLResult,
  type Organizer,
  type Person,
  type TestStack,
} from "@bilten/testkit";
import { DECLINED_CARD, inventory, purchase } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let buyers: Person[];
beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  buyers = await Promise.all(Array.from({ length: 20 }, () => world(stack).user()));
});
afterAll(async () => {
  await stack?.stop();
});

const outcomes = (results: GraphQLResult[]) => {
  const ok = results.filter((r) => !r.errors && r.data?.purchaseTickets);
  const refused = results.filter((r) => r.errors);
  return { ok, refused, reasons: new Set(refused.map((r) => `${errorOf(r)?.code}:${errorOf(r)?.reason}`)) };
};

describe("never oversell", () => {
  test("200 concurrent purchases at a ticket type with 10 left: exactly 10 succeed, the rest are SOLD_OUT", async () => {
    const event = await organizer.event({ published: true });
    const type = await event.ticketType({ name: "Last ten", quantity: 10 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        purchase(stack, buyers[i % buyers.length] as Person, event.id, {
          ticketTypeId: type.id,
          fields: "id status tickets { id }",
        }),
      ),
    );
    const { ok, refused, reasons } = outcomes(results);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(190);
    expect(reasons).toEqual(new Set(["CONFLICT:SOLD_OUT"]));
    expect(
      ok.every((r) => r.data?.purchaseTickets.status === "PAID" && r.data.purchaseTickets.tickets.length === 1),
    ).toBe(true);
    const after = await inventory(stack, type.id);
    expect(after).toEqual({ sold: 10, taken: 10, validTickets: 10, orders: 10 });
  }, 120_000);

  test("the event's capacity holds across ticket types under concurrency", async () => {
    const event = await organizer.event({ published: true, capacity: 5 });
    const a = await event.ticketType({ name: "A", quantity: 10 });
    const b = await event.ticketType({ name: "B", quantity: 10 });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        purchase(stack, buyers[i % buyers.length] as Person, event.id, {
          ticketTypeId: i % 2 ? a.id : b.id,
          fields: "id",
        }),
      ),
    );
    const { ok, reasons } = outcomes(results);
    expect(ok).toHaveLength(5);
    expect(reasons).toEqual(new Set(["CONFLICT:SOLD_OUT"]));
    const [ia, ib] = [await inventory(stack, a.id), await inventory(stack, b.id)];
    expect(ia.sold + ib.sold).toBe(5);
    expect(ia.taken).toBe(5);
    expect(ia.validTickets + ib.validTickets).toBe(5);
  }, 60_000);

  test("orders of several ticket types, listed in any order, run concurrently without deadlocks or overselling", async () => {
    const event = await organizer.event({ published: true });
    const a = await event.ticketType({ name: "Day pass", quantity: 15 });
    const b = await event.ticketType({ name: "Dinner", quantity: 30 });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const items = [
          { ticketTypeId: a.id, quantity: 1 },
          { ticketTypeId: b.id, quantity: 1 },
        ];
        return purchase(stack, buyers[i % buyers.length] as Person, event.id, {
          items: i % 2 ? items : items.reverse(),
          fields: "id",
        });
      }),
    );
    const { ok, reasons } = outcomes(results);
    expect(ok).toHaveLength(15);
    expect(reasons).toEqual(new Set(["CONFLICT:SOLD_OUT"]));
    expect(await inventory(stack, a.id)).toMatchObject({ sold: 15, validTickets: 15, taken: 30 });
    expect(await inventory(stack, b.id)).toMatchObject({ sold: 15, validTickets: 15 });
  }, 60_000);

  test("a code's uses are counted without races: with 3 uses left, 15 concurrent buyers get exactly 3 discounts", async () => {
    const event = await organizer.event({ published: true });
    const type = await event.ticketType({ quantity: 100 });
    must(
      await stack.query(
        `mutation($input: CreateDiscountCodeInput!) { createDiscountCode(input: $input) { id } }`,
        { input: { eventId: event.id, code: "FIRST3", kind: "PERCENTAGE", percentOff: 50, maxUses: 3 } },
        { token: organizer.accessToken },
      ),
    );
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        purchase(stack, buyers[i] as Person, event.id, {
          ticketTypeId: type.id,
          discountCode: "FIRST3",
          fields: "id discount { amount }",
        }),
      ),
    );
    const { ok, refused } = outcomes(results);
    expect(ok).toHaveLength(3);
    expect(ok.every((r) => r.data?.purchaseTickets.discount.amount === "24.50")).toBe(true);
    // Refused before reserving (the code looked used up) or in the transaction (lost the race): never a silent full price.
    for (const r of refused) {
      expect([`BAD_USER_INPUT:EXHAUSTED`, `CONFLICT:DISCOUNT_CODE_EXHAUSTED`]).toContain(
        `${errorOf(r)?.code}:${errorOf(r)?.reason}`,
      );
      expect(errorOf(r)?.field).toBe("input.discountCode");
    }
    expect((await stack.db.prisma.discountCode.findFirstOrThrow({ where: { eventId: event.id } })).uses).toBe(3);
    expect(await inventory(stack, type.id)).toMatchObject({ sold: 3, validTickets: 3 });
  }, 60_000);
});

describe("idempotency", () => {
  let event: Event;
  let type: { id: string };
  beforeAll(async () => {
    event = await organizer.event({ published: true });
    type = await event.ticketType({ quantity: 100 });
  });
  const chargesFor = (buyer: Person, key: string) =>
    stack.ticketing.cardProvider.charges.filter((c) => c.idempotencyKey === `purchase:${buyer.userId}:${key}`).length;

  test("a retry with the same key returns the same order and never charges again", async () => {
    const buyer = buyers[0] as Person;
    const key = "checkout-retry-0001";
    const first = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 2, idempotencyKey: key }),
    ).purchaseTickets;
    const again = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 2, idempotencyKey: key }),
    ).purchaseTickets;
    expect(again.id).toBe(first.id);
    expect(again.tickets.map((t: { id: string }) => t.id).sort()).toEqual(
      first.tickets.map((t: { id: string }) => t.id).sort(),
    );
    expect(chargesFor(buyer, key)).toBe(1);
    expect(await inventory(stack, type.id)).toMatchObject({ sold: 2, validTickets: 2 });
  });

  test("concurrent retries with the same key: one order, one charge, one set of tickets", async () => {
    const buyer = buyers[1] as Person;
    const key = "checkout-concurrent-0001";
    const before = await inventory(stack, type.id);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        purchase(stack, buyer, event.id, {
          ticketTypeId: type.id,
          quantity: 3,
          idempotencyKey: key,
          fields: "id status tickets { id }",
        }),
      ),
    );
    const ids = new Set(results.map((r) => must(r).purchaseTickets.id));
    expect(ids.size).toBe(1);
    expect(
      results.every((r) => r.data?.purchaseTickets.status === "PAID" && r.data.purchaseTickets.tickets.length === 3),
    ).toBe(true);
    expect(chargesFor(buyer, key)).toBe(1);
    expect(await stack.db.prisma.order.count({ where: { buyerId: buyer.userId, idempotencyKey: key } })).toBe(1);
    expect(await inventory(stack, type.id)).toMatchObject({
      sold: before.sold + 3,
      validTickets: before.validTickets + 3,
    });
  }, 60_000);

  test("the same key with a different request is CONFLICT IDEMPOTENCY_KEY_REUSED and writes nothing", async () => {
    const buyer = buyers[2] as Person;
    const key = "checkout-reused-0001";
    const first = must(
      await purchase(stack, buyer, event.id, { ticketTypeId: type.id, quantity: 1, idempotencyKey: key }),
    ).purchaseTickets;
    const before = await inventory(stack, type.id);
    const different = await purchase(stack, buyer, event.id, {
      ticketTypeId: type.id,
      quantity: 2,
      idempotencyKey: key,
    });
    expect(errorOf(different)).toMatchObject({
      code: "CONFLICT",
      reason: "IDEMPOTENCY_KEY_REUSED",
      field: "input.idempotencyKey",
      orderId: first.id,
    });
    expect(await inventory(stack, type.id)).toEqual(before);
    expect(chargesFor(buyer, key)).toBe(1);
  });

  test("a declined purchase keeps its answer for the key; a new key may try again", async () => {
    const buyer = buyers[3] as Person;
    const key = "checkout-declined-0001";
    const declined = await purchase(stack, buyer, event.id, {
      ticketTypeId: type.id,
      card: DECLINED_CARD,
      idempotencyKey: key,
    });
    const again = await purchase(stack, buyer, event.id, {
      ticketTypeId: type.id,
      card: DECLINED_CARD,
      idempotencyKey: key,
    });
    expect(errorOf(declined)?.reason).toBe("PAYMENT_DECLINED");
    expect(errorOf(again)).toMatchObject({ reason: "PAYMENT_DECLINED", orderId: errorOf(declined)?.orderId });
    expect(chargesFor(buyer, key)).toBe(1);
    expect(
      must(await purchase(stack, buyer, event.id, { ticketTypeId: type.id, idempotencyKey: "checkout-declined-0002" }))
        .purchaseTickets.status,
    ).toBe("PAID");
  });

  test("keys are per buyer: two buyers may use the same key for their own orders", async () => {
    const [a, b] = [buyers[4] as Person, buyers[5] as Person];
    const orderA = must(
      await purchase(stack, a, event.id, { ticketTypeId: type.id, idempotencyKey: "shared-key-0001" }),
    ).purchaseTickets;
    const orderB = must(
      await purchase(stack, b, event.id, { ticketTypeId: type.id, idempotencyKey: "shared-key-0001" }),
    ).purchaseTickets;
    expect(orderA.id).not.toBe(orderB.id);
  });
});
