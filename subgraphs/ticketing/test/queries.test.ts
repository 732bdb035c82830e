// What frontends ask across subgraphs: an event page with its ticket types and availability, a user's own tickets
// and orders, organizers' order and attendee lists with personal data only for them — and the SQL those cost
// (constant, whatever the length of the lists).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import {
  errorOf,
  must,
  startTestStack,
  world,
  type GraphQLResult,
  type Organizer,
  type Person,
  type TestStack,
} from "@bilten/testkit";

let stack: TestStack;
let organizer: Organizer;
let buyer: Person;
let door: { accessToken: string };

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  buyer = await world(stack).user();
  door = await organizer.member("CHECK_IN_STAFF");
});
afterAll(async () => {
  await stack?.stop();
});

/** Statements on ticketing's own tables (the other subgraphs' cost is theirs to test). */
const ticketingStatements = () => stack.statements.filter((s) => s.includes(`"ticketing".`));

describe("an event page", () => {
  test("shows active ticket types and availability to everyone; `sold` and inactive types only to staff", async () => {
    const event = await organizer.event({ published: true, capacity: 50 });
    const a = await event.ticketType({ name: "Early", price: "19.00", quantity: 10 });
    await event.ticketType({ name: "Regular", price: "29.00", quantity: 100 });
    await event.ticketType({ name: "Hidden", active: false });
    await a.order({ quantity: 4, buyer });
    const PAGE = `query($id: ID!) { event(id: $id) { title ticketTypes { name price { amount currency } quantity sold remaining onSale event { title } }
      availability { capacity taken remaining soldOut ticketTypes { ticketType { name } remaining } } } }`;
    const anonymous = must(await stack.query(PAGE, { id: event.id })).event;
    expect(anonymous.ticketTypes).toEqual([
      {
        name: "Early",
        price: { amount: "19.00", currency: "CHF" },
        quantity: 10,
        sold: null,
        remaining: 6,
        onSale: true,
        event: { title: "Test conference" },
      },
      {
        name: "Regular",
        price: { amount: "29.00", currency: "CHF" },
        quantity: 100,
        sold: null,
        remaining: 46,
        onSale: true,
        event: { title: "Test conference" },
      },
    ]);
    expect(anonymous.availability).toEqual({
      capacity: 50,
      taken: 4,
      remaining: 46,
      soldOut: false,
      ticketTypes: [
        { ticketType: { name: "Early" }, remaining: 6 },
        { ticketType: { name: "Regular" }, remaining: 46 },
      ],
    });
    const staff = must(await stack.query(PAGE, { id: event.id }, { token: organizer.accessToken })).event;
    expect(staff.ticketTypes.map((t: { name: string; sold: number }) => [t.name, t.sold])).toEqual([
      ["Early", 4],
      ["Regular", 0],
      ["Hidden", 0],
    ]);
  });

  test("a draft's ticket types are for its staff only", async () => {
    const draft = await organizer.event();
    const type = await draft.ticketType({ name: "Soon" });
    const PAGE = `query($id: ID!) { event(id: $id) { ticketTypes { name } availability { remaining } } }`;
    expect(must(await stack.query(PAGE, { id: draft.id }, { token: organizer.accessToken })).event).toEqual({
      ticketTypes: [{ name: "Soon" }],
      availability: { remaining: 100 },
    });
    expect((await stack.query(PAGE, { id: draft.id })).data?.event).toBeNull();
    expect(
      must(await stack.query(`query($id: ID!) { ticketType(id: $id) { name } }`, { id: type.id })).ticketType,
    ).toBeNull();
  });
});

describe("personal lists", () => {
  test("User.tickets and User.orders are the user's own; anyone else gets FORBIDDEN", async () => {
    const buyer = await world(stack).user();
    const event = await organizer.event({ published: true });
    const type = await event.ticketType();
    const order = await type.order({ quantity: 2, buyer });
    const MINE = `query { me { displayName tickets { nodes { number status event { title } ticketType { name } order { id } } } orders { nodes { id total { amount } } } } }`;
    const me = must(await stack.query(MINE, {}, { token: buyer.accessToken })).me;
    expect(me.tickets.nodes).toHaveLength(2);
    expect(me.tickets.nodes[0]).toMatchObject({
      status: "VALID",
      event: { title: "Test conference" },
      ticketType: { name: "Standing" },
      order: { id: order.id },
    });
    expect(me.orders.nodes.map((o: { id: string }) => o.id)).toContain(order.id);

    const OTHERS = `query($id: ID!) { user(id: $id) { id tickets { nodes { number } } orders { nodes { id } } } }`;
    const peek = await stack.query(OTHERS, { id: buyer.userId }, { token: organizer.accessToken });
    expect(peek.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(peek.data?.user).toEqual({ id: buyer.userId, tickets: null, orders: null });
    expect(
      must(
        await stack.query(`query($id: ID!) { order(id: $id) { id } }`, { id: order.id }, { token: door.accessToken }),
      ).order,
    ).toBeNull();
    expect(
      must(
        await stack.query(
          `query($id: ID!) { order(id: $id) { email } }`,
          { id: order.id },
          { token: organizer.accessToken },
        ),
      ).order.email,
    ).toBe("buyer@test.example");
    // Door staff see a ticket (to check it in) but neither its payload nor its order.
    const ticket = order.tickets[0];
    expect(
      must(
        await stack.query(
          `query($id: ID!) { ticket(id: $id) { number qrPayload order { id } } }`,
          { id: ticket?.id },
          { token: door.accessToken },
        ),
      ).ticket,
    ).toEqual({
      number: ticket?.number,
      qrPayload: null,
      order: null,
    });
    const stranger = await world(stack).user();
    expect(
      must(
        await stack.query(
          `query($id: ID!) { ticket(id: $id) { number } }`,
          { id: ticket?.id },
          { token: stranger.accessToken },
        ),
      ).ticket,
    ).toBeNull();
  });

  test("the event's orders and attendees with contact e-mails are for its admins and organizers, page by page", async () => {
    const event = await organizer.event({ published: true });
    const type = await event.ticketType();
    const buyers = await Promise.all([1, 2, 3, 4, 5].map(() => world(stack).user()));
    for (const [i, b] of buyers.entries()) await type.order({ buyer: b, email: `fan${i}@test.example` });
    const ORDERS = `query($id: ID!, $after: String) { event(id: $id) { orders(first: 2, after: $after) { nodes { email buyer { id } } pageInfo { hasNextPage endCursor } } } }`;
    const emails: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: GraphQLResult = await stack.query(
        ORDERS,
        { id: event.id, after },
        { token: organizer.accessToken },
      );
      const orders = must(result).event.orders;
      emails.push(...orders.nodes.map((o: { email: string }) => o.email));
      if (!orders.pageInfo.hasNextPage) break;
      after = orders.pageInfo.endCursor;
    }
    // Newest first.
    expect(emails).toEqual([
      "fan4@test.example",
      "fan3@test.example",
      "fan2@test.example",
      "fan1@test.example",
      "fan0@test.example",
    ]);
    const ATTENDEES = `query($id: ID!) { event(id: $id) { attendees(first: 10) { nodes { email user { id } ticket { number } ticketType { name } } } } }`;
    const attendees = must(await stack.query(ATTENDEES, { id: event.id }, { token: organizer.accessToken })).event
      .attendees.nodes;
    expect(attendees.map((a: { email: string }) => a.email).sort()).toEqual(emails.sort());
    for (const token of [buyer.accessToken, door.accessToken]) {
      const denied = await stack.query(ORDERS, { id: event.id }, { token });
      expect(errorOf(denied)?.code).toBe("FORBIDDEN");
      expect(errorOf(await stack.query(ATTENDEES, { id: event.id }, { token }))?.code).toBe("FORBIDDEN");
    }
    expect(
      errorOf(await stack.query(ORDERS, { id: event.id, after: "garbage" }, { token: organizer.accessToken })),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

// Each list is measured in its own query: two lists that load the same entities (e.g. an event's orders and its
// attendees both load orders) coalesce into one DataLoader batch or two depending on which PostgreSQL answer comes
// back first — a constant either way, but not the same constant every run.
describe("SQL cost", () => {
  test("an organizer's events with ticket types, availability, orders and attendees: 8 events cost what 2 cost", async () => {
    const org = await world(stack).organizer("Counting AG");
    const fans = await Promise.all([1, 2].map(() => world(stack).user()));
    for (let i = 0; i < 8; i++) {
      const event = await org.event({
        published: true,
        startsAt: new Date(Date.now() + (20 + i) * 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + (20 + i) * 86_400_000 + 7_200_000).toISOString(),
      });
      const a = await event.ticketType({ name: "A" });
      await event.ticketType({ name: "B" });
      for (const fan of fans) await a.order({ quantity: 2, buyer: fan });
    }
    // Page sizes are literals: the gateway's cost limit assumes the largest page for a variable.
    const ORDERS = (
      n: number,
    ) => `query($o: ID!) { events(first: ${n}, filter: { organizationId: $o }) { nodes { id title
      ticketTypes { name price { amount } sold remaining onSale }
      availability { capacity taken remaining waitlisted ticketTypes { remaining ticketType { id } } }
      orders(first: 5) { nodes { email total { amount } buyer { id } items { quantity ticketType { name } } tickets { number qrPayload } payment { amount { amount } items { amount { amount } } } } } } } }`;
    const ATTENDEES = (n: number) => `query($o: ID!) { events(first: ${n}, filter: { organizationId: $o }) { nodes { id
      attendees(first: 5) { nodes { email user { id } ticket { number status } ticketType { name } } } } } }`;
    const countFor = async (query: string, n: number) => {
      stack.statements.length = 0;
      const result = must(await stack.query(query, { o: org.organizationId }, { token: org.accessToken }));
      expect(result.events.nodes).toHaveLength(n);
      return ticketingStatements().length;
    };
    const two = await countFor(ORDERS(2), 2);
    expect(await countFor(ORDERS(8), 8)).toBe(two);
    expect(two).toBeLessThanOrEqual(12);
    const attendees = await countFor(ATTENDEES(2), 2);
    expect(await countFor(ATTENDEES(8), 8)).toBe(attendees);
    expect(attendees).toBeLessThanOrEqual(6);
  }, 120_000);

  test("a user's tickets and orders: 10 cost what 2 cost", async () => {
    const fan = await world(stack).user();
    const event = await organizer.event({ published: true });
    const type = await event.ticketType();
    for (let i = 0; i < 10; i++) await type.order({ quantity: 1 + (i % 2), buyer: fan });
    const TICKETS = `query($n: Int!) { me { tickets(first: $n) { nodes { number qrPayload status ticketType { name } order { id } event { id } } } } }`;
    const ORDERS = `query($n: Int!) { me { orders(first: $n) { nodes { total { amount } items { ticketType { name } } tickets { number }
      payment { transactionId items { ticket { number } } } refunds { id } } } } }`;
    const countFor = async (query: string, n: number) => {
      stack.statements.length = 0;
      const me = must(await stack.query(query, { n }, { token: fan.accessToken })).me;
      expect((me.tickets ?? me.orders).nodes).toHaveLength(n);
      return ticketingStatements().length;
    };
    const tickets = await countFor(TICKETS, 2);
    expect(await countFor(TICKETS, 10)).toBe(tickets);
    const orders = await countFor(ORDERS, 2);
    expect(await countFor(ORDERS, 10)).toBe(orders);
  }, 60_000);
});
