// The demo data `npm start` creates: ticket types, orders made through the purchase service (with their domain
// events), and registrations with a waitlist, on a fresh database; seeding twice changes nothing.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { createTestDatabase, createTestKeys, type TestDatabase } from "@bilten/testkit";
import { seedDemo } from "@bilten/stack";
import { InvoiceProvider, TestCardProvider, type TicketingSettings } from "../src/index.js";

let db: TestDatabase;
const settings: TicketingSettings = {
  signingKeys: createTestKeys(),
  cardProvider: new TestCardProvider(),
  invoiceProvider: new InvoiceProvider(14),
  reservationTimeoutSeconds: 900,
  sweepIntervalMs: 1000,
  replayWaitMs: 1000,
};
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

test("the demo sells concert tickets, takes an invoice and fills the conference with one person waiting", async () => {
  const demo = await seedDemo(db.prisma, {
    scryptLogN: 10,
    ticketing: settings,
    analytics: { visitorSecret: "demo-test-visitor-key" },
  });
  const concert = demo.events.concert.eventId;
  const types = await db.prisma.ticketType.findMany({ where: { eventId: concert }, orderBy: { price: "asc" } });
  expect(types.map((t) => [t.name, t.price.toFixed(2), t.sold])).toEqual([
    ["Standing", "49.00", 3],
    ["Seated", "69.00", 2],
    ["VIP", "149.00", 1],
  ]);
  const orders = await db.prisma.order.findMany({ where: { eventId: concert }, include: { tickets: true } });
  expect(orders.map((o) => o.status).sort()).toEqual(["AWAITING_PAYMENT", "PAID", "PAID", "PAID"]);
  expect(orders.find((o) => o.discountCode === "STILLER10")?.total.toFixed(2)).toBe("44.10");
  expect(orders.flatMap((o) => o.tickets)).toHaveLength(4);
  expect(await db.prisma.ticketingOutbox.count({ where: { eventType: "TicketsPurchased" } })).toBe(3);
  expect((await db.prisma.eventPlaces.findUniqueOrThrow({ where: { eventId: concert } })).taken).toBe(6);

  const registrations = await db.prisma.registration.findMany({
    where: { eventId: demo.events.conference.eventId },
    orderBy: { queueNumber: "asc" },
  });
  expect(registrations.map((r) => r.status)).toEqual(["REGISTERED", "REGISTERED", "CONFIRMED", "WAITLISTED"]);
  expect(registrations[0]?.specialRequests).toBe("Vegetarian lunch, please");
  expect(registrations.every((r) => r.sessionIds.length === 2)).toBe(true);

  const again = await seedDemo(db.prisma, {
    scryptLogN: 10,
    ticketing: settings,
    analytics: { visitorSecret: "demo-test-visitor-key" },
  });
  expect(again.ticketing.orderIds.sort()).toEqual(demo.ticketing.orderIds.sort());
  expect(await db.prisma.order.count()).toBe(4);
}, 60_000);
