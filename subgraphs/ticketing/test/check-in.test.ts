// Check-in at the doors: who may scan, distinct counts, refusals with their own codes, sessions, offline uploads.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { CheckInRecorded } from "@bilten/contracts";
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

let stack: TestStack;
let organizer: Organizer;
let doorToken: string;
let buyer: Person;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  doorToken = (await organizer.member("CHECK_IN_STAFF")).accessToken;
  buyer = await world(stack).user();
});
afterAll(async () => {
  await stack?.stop();
});

interface Bought {
  event: Event;
  eventId: string;
  orderId: string;
  tickets: { id: string; number: string; qrPayload: string }[];
}

/** A published event with a ticket type, and `count` tickets bought by the buyer. */
async function eventWithTickets(count: number): Promise<Bought> {
  const order = await organizer
    .event({ published: true, capacity: 500 })
    .ticketType({ maxPerOrder: 10 })
    .order({ quantity: count, buyer });
  return { event: order.event, eventId: order.event.id, orderId: order.id, tickets: order.tickets };
}

const CHECK_IN = `mutation($input: CheckInInput!) { checkIn(input: $input) {
  checkIn { door direction scannedAt } ticket { id checkedInAt onSite }
  counts { sequence checkedIn onSiteNow ticketsSold capacity lastCheckInAt doors { door checkedIn exits onSiteNow } } } }`;

function scan(
  eventId: string,
  ticket: { number?: string; qrPayload?: string },
  door = "Main",
  direction = "IN",
  token = doorToken,
  extra: Record<string, unknown> = {},
) {
  return stack.query(
    CHECK_IN,
    {
      input: {
        eventId,
        door,
        direction,
        ...(ticket.qrPayload ? { qrPayload: ticket.qrPayload } : { ticketNumber: ticket.number }),
        ...extra,
      },
    },
    { token },
  );
}

describe("checking in", () => {
  test("by number and by QR code; a second entry is ALREADY_CHECKED_IN saying when and where", async () => {
    const { eventId, tickets } = await eventWithTickets(2);
    const [a, b] = tickets as [Bought["tickets"][0], Bought["tickets"][0]];
    const first = await scan(eventId, { number: a.number.toLowerCase() }, "North gate");
    expect(first.errors).toBeUndefined();
    expect(first.data?.checkIn.ticket).toMatchObject({ id: a.id, onSite: true, checkedInAt: expect.any(String) });
    expect(first.data?.checkIn.counts).toMatchObject({
      checkedIn: 1,
      onSiteNow: 1,
      ticketsSold: 2,
      capacity: 500,
      sequence: 1,
    });

    const again = await scan(eventId, { qrPayload: a.qrPayload }, "South gate");
    expect(errorOf(again)).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_CHECKED_IN",
      door: "North gate",
      checkedInAt: expect.any(String),
    });
    expect(again.errors?.[0]?.message).toContain("North gate");

    const byQr = await scan(eventId, { qrPayload: b.qrPayload }, "South gate");
    expect(byQr.data?.checkIn.counts).toMatchObject({ checkedIn: 2, onSiteNow: 2 });
    const row = await stack.db.prisma.ticket.findUniqueOrThrow({ where: { id: b.id } });
    expect(row.checkedInBy).not.toBeNull();
    expect(await stack.db.prisma.checkIn.count({ where: { eventId } })).toBe(2);
  });

  test("out and in again: on site is entries minus exits, check-ins stay distinct tickets, per door too", async () => {
    const { eventId, tickets } = await eventWithTickets(2);
    const [a, b] = tickets as [Bought["tickets"][0], Bought["tickets"][0]];
    await scan(eventId, a, "North");
    await scan(eventId, b, "North");
    const out = await scan(eventId, a, "North", "OUT");
    expect(out.data?.checkIn.counts).toMatchObject({ checkedIn: 2, onSiteNow: 1 });
    const back = await scan(eventId, a, "South", "IN");
    expect(back.data?.checkIn.counts).toMatchObject({ checkedIn: 2, onSiteNow: 2, sequence: 4 });
    expect(back.data?.checkIn.counts.doors).toEqual([
      { door: "North", checkedIn: 2, exits: 1, onSiteNow: 1 },
      { door: "South", checkedIn: 1, exits: 0, onSiteNow: 1 },
    ]);
    const notInside = await scan(eventId, b, "North", "OUT");
    expect(notInside.errors).toBeUndefined();
    expect(errorOf(await scan(eventId, b, "North", "OUT"))).toMatchObject({ code: "CONFLICT", reason: "NOT_ON_SITE" });
  });

  test("two doors scanning one ticket at the same moment admit it once", async () => {
    const { eventId, tickets } = await eventWithTickets(1);
    const results = await Promise.all(
      ["A", "B", "C", "D"].map((door) => scan(eventId, tickets[0] as Bought["tickets"][0], door)),
    );
    expect(results.filter((r) => r.data?.checkIn).length).toBe(1);
    expect(results.filter((r) => errorOf(r)?.reason === "ALREADY_CHECKED_IN").length).toBe(3);
    const counts = must(
      await stack.query(
        `query($e: ID!) { checkInCounts(eventId: $e) { checkedIn onSiteNow } }`,
        { e: eventId },
        { token: doorToken },
      ),
    );
    expect(counts.checkInCounts).toEqual({ checkedIn: 1, onSiteNow: 1 });
    expect(await stack.db.prisma.checkIn.count({ where: { eventId } })).toBe(1);
  });

  test("the CheckInRecorded a door scan writes in its one statement matches its contract", async () => {
    const { eventId, tickets } = await eventWithTickets(1);
    const ticket = tickets[0] as Bought["tickets"][0];
    must(await scan(eventId, ticket, "North"));
    must(await scan(eventId, ticket, "North", "OUT"));
    must(await scan(eventId, ticket, "South"));
    const rows = await stack.db.prisma.ticketingOutbox.findMany({
      where: { aggregateId: ticket.id, eventType: "CheckInRecorded" },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.aggregateType, r.eventVersion])).toEqual([
      ["Ticket", 1],
      ["Ticket", 1],
      ["Ticket", 1],
    ]);
    const payloads = rows.map((r) => CheckInRecorded.payload.parse(r.data));
    const checkIns = await stack.db.prisma.checkIn.findMany({
      where: { ticketId: ticket.id },
      orderBy: { scannedAt: "asc" },
    });
    expect(payloads.map((p) => [p.checkInId, p.direction, p.door, p.firstEntry])).toEqual([
      [checkIns[0]?.id, "IN", "North", true],
      [checkIns[1]?.id, "OUT", "North", false],
      [checkIns[2]?.id, "IN", "South", false],
    ]);
    expect(payloads[0]).toMatchObject({ eventId, ticketId: ticket.id, holderId: buyer.userId, sessionId: null });
  });
});

describe("refusals", () => {
  test("refunded, foreign, unknown, forged and outdated tickets each get their own code, and nothing is recorded", async () => {
    const { eventId, orderId, tickets } = await eventWithTickets(2);
    const other = await eventWithTickets(1);
    const [kept, refunded] = tickets as [Bought["tickets"][0], Bought["tickets"][0]];
    must(
      await stack.query(
        `mutation($input: RefundOrderInput!) { refundOrder(input: $input) { id } }`,
        { input: { orderId, ticketIds: [refunded.id], idempotencyKey: randomUUID(), reason: "cannot come" } },
        { token: organizer.accessToken },
      ),
    );
    await eventually(
      async () => (await stack.db.prisma.ticket.findUnique({ where: { id: refunded.id } }))?.status === "REFUNDED",
    );

    expect(errorOf(await scan(eventId, { number: refunded.number }))).toMatchObject({
      code: "CONFLICT",
      reason: "TICKET_REFUNDED",
    });
    expect(errorOf(await scan(eventId, { qrPayload: refunded.qrPayload }))).toMatchObject({
      code: "CONFLICT",
      reason: "TICKET_REFUNDED",
    });
    expect(errorOf(await scan(eventId, { number: other.tickets[0]?.number }))).toMatchObject({
      code: "CONFLICT",
      reason: "WRONG_EVENT",
    });
    expect(errorOf(await scan(eventId, { number: "ZZZZZZZZZZZZZZZZ" }))?.code).toBe("NOT_FOUND");
    const [prefix, body] = kept.qrPayload.split(".");
    const forged = `${prefix}.${body}.${Buffer.from("not a signature at all, sixty four bytes long, padding padding!!").toString("base64url")}`;
    expect(errorOf(await scan(eventId, { qrPayload: forged }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.qrPayload",
      reason: "INVALID_PAYLOAD",
    });
    expect(
      errorOf(await stack.query(CHECK_IN, { input: { eventId, door: "Main" } }, { token: doorToken })),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ticketNumber" });
    expect(errorOf(await scan(eventId, kept, " "))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.door" });
    expect(await stack.db.prisma.checkIn.count({ where: { eventId } })).toBe(0);
    expect(
      await stack.db.prisma.ticketingOutbox.count({
        where: { eventType: "CheckInRecorded", data: { path: ["eventId"], equals: eventId } },
      }),
    ).toBe(0);
  });

  test("only the event organization's staff scan: attendees and other organizations' staff are FORBIDDEN", async () => {
    const { eventId, tickets } = await eventWithTickets(1);
    expect(
      errorOf(await scan(eventId, tickets[0] as Bought["tickets"][0], "Main", "IN", buyer.accessToken))?.code,
    ).toBe("FORBIDDEN");
    const otherOrg = await world(stack).organizer("Other promoter");
    expect(
      errorOf(await scan(eventId, tickets[0] as Bought["tickets"][0], "Main", "IN", otherOrg.accessToken))?.code,
    ).toBe("FORBIDDEN");
    expect(
      errorOf(
        await stack.query(
          `query($e: ID!) { checkInCounts(eventId: $e) { checkedIn } }`,
          { e: eventId },
          { token: buyer.accessToken },
        ),
      )?.code,
    ).toBe("FORBIDDEN");
    expect(errorOf(await scan(eventId, tickets[0] as Bought["tickets"][0], "Main", "IN", ""))?.code).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("sessions", () => {
  test("a session's door keeps its own presence; a session of another event is refused", async () => {
    const { event, eventId, tickets } = await eventWithTickets(2);
    const session = (await event.session()).id;
    const inSession = await scan(eventId, tickets[0] as Bought["tickets"][0], "Room A", "IN", doorToken, {
      sessionId: session,
    });
    expect(inSession.errors).toBeUndefined();
    expect(inSession.data?.checkIn.counts).toMatchObject({ checkedIn: 0, onSiteNow: 0 }); // the event's doors are separate
    expect(
      errorOf(
        await scan(eventId, tickets[0] as Bought["tickets"][0], "Room A", "IN", doorToken, { sessionId: session }),
      ),
    ).toMatchObject({ reason: "ALREADY_CHECKED_IN", sessionId: session });
    const counts = must(
      await stack.query(
        `query($e: ID!) { checkInCounts(eventId: $e) { sessions { sessionId checkedIn onSiteNow } } }`,
        { e: eventId },
        { token: doorToken },
      ),
    );
    expect(counts.checkInCounts.sessions).toEqual([{ sessionId: session, checkedIn: 1, onSiteNow: 1 }]);
    const other = await eventWithTickets(1);
    expect(
      errorOf(
        await scan(other.eventId, other.tickets[0] as Bought["tickets"][0], "Room A", "IN", doorToken, {
          sessionId: session,
        }),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.sessionId" });
  });
});

describe("offline scanners", () => {
  const UPLOAD = `mutation($input: OfflineCheckInsInput!) { uploadOfflineCheckIns(input: $input) { nonce status reason checkIn { door direction scannedAt } } }`;

  test("scans apply in scan-time order, each with its own result, and a re-upload changes nothing", async () => {
    const { eventId, tickets } = await eventWithTickets(3);
    const [a, b, c] = tickets as [Bought["tickets"][0], Bought["tickets"][0], Bought["tickets"][0]];
    const t = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const scans = [
      { nonce: "n3", ticketNumber: a.number, door: "Side", direction: "OUT", scannedAt: t(10) }, // after n1: applies
      { nonce: "n1", ticketNumber: a.number, door: "Side", direction: "IN", scannedAt: t(20) },
      { nonce: "n2", qrPayload: b.qrPayload, door: "Side", direction: "IN", scannedAt: t(15) },
      { nonce: "n4", ticketNumber: b.number, door: "Side", direction: "IN", scannedAt: t(5) }, // b is inside already
      { nonce: "n5", ticketNumber: "NOSUCHTICKET00", door: "Side", scannedAt: t(4) },
    ];
    const first = must(
      await stack.query(UPLOAD, { input: { eventId, deviceId: "scanner-7", scans } }, { token: doorToken }),
    ).uploadOfflineCheckIns;
    expect(
      first.map((r: { nonce: string; status: string; reason: string | null }) => [r.nonce, r.status, r.reason]),
    ).toEqual([
      ["n3", "APPLIED", null],
      ["n1", "APPLIED", null],
      ["n2", "APPLIED", null],
      ["n4", "CONFLICT", "ALREADY_CHECKED_IN"],
      ["n5", "REJECTED", "NOT_FOUND"],
    ]);
    const again = must(
      await stack.query(
        UPLOAD,
        { input: { eventId, deviceId: "scanner-7", scans: scans.slice(0, 3) } },
        { token: doorToken },
      ),
    ).uploadOfflineCheckIns;
    expect(again.map((r: { status: string }) => r.status)).toEqual(["DUPLICATE", "DUPLICATE", "DUPLICATE"]);

    // An online scan after the upload: an older offline scan arriving later cannot undo it.
    await scan(eventId, c, "Main");
    const late = must(
      await stack.query(
        UPLOAD,
        {
          input: {
            eventId,
            deviceId: "scanner-8",
            scans: [{ nonce: "late", ticketNumber: c.number, door: "Side", direction: "OUT", scannedAt: t(30) }],
          },
        },
        { token: doorToken },
      ),
    ).uploadOfflineCheckIns;
    expect(late[0]).toMatchObject({ status: "CONFLICT", reason: "OUT_OF_ORDER" });
    const counts = must(
      await stack.query(
        `query($e: ID!) { checkInCounts(eventId: $e) { checkedIn onSiteNow } }`,
        { e: eventId },
        { token: doorToken },
      ),
    );
    expect(counts.checkInCounts).toEqual({ checkedIn: 3, onSiteNow: 2 });
    const stored = await stack.db.prisma.checkIn.findMany({
      where: { eventId, deviceId: "scanner-7" },
      orderBy: { scannedAt: "asc" },
    });
    expect(stored.map((r) => r.clientNonce)).toEqual(["n1", "n2", "n3"]);
  });

  test("the same nonce uploaded twice at once is applied once", async () => {
    const { eventId, tickets } = await eventWithTickets(1);
    const scans = [
      {
        nonce: `race-${randomUUID()}`,
        ticketNumber: tickets[0]?.number,
        door: "Side",
        scannedAt: new Date().toISOString(),
      },
    ];
    const results = await Promise.all(
      [1, 2, 3].map(() => stack.query(UPLOAD, { input: { eventId, deviceId: "x", scans } }, { token: doorToken })),
    );
    const statuses = results.map((r) => must(r).uploadOfflineCheckIns[0].status).sort();
    expect(statuses).toEqual(["APPLIED", "DUPLICATE", "DUPLICATE"]);
    expect(await stack.db.prisma.checkIn.count({ where: { eventId } })).toBe(1);
  });

  test("bad uploads are refused whole: future scans, repeated nonces in one upload", async () => {
    const { eventId, tickets } = await eventWithTickets(1);
    const future = {
      nonce: "f",
      ticketNumber: tickets[0]?.number,
      door: "Side",
      scannedAt: new Date(Date.now() + 3_600_000).toISOString(),
    };
    expect(
      errorOf(await stack.query(UPLOAD, { input: { eventId, deviceId: "x", scans: [future] } }, { token: doorToken })),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.scans.0.scannedAt" });
    const now = { nonce: "same", ticketNumber: tickets[0]?.number, door: "Side", scannedAt: new Date().toISOString() };
    expect(
      errorOf(
        await stack.query(UPLOAD, { input: { eventId, deviceId: "x", scans: [now, now] } }, { token: doorToken }),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.scans.1.nonce" });
  });
});

describe("history", () => {
  test("a ticket keeps its scans; the timeline counts entries and exits per interval", async () => {
    const { eventId, tickets } = await eventWithTickets(1);
    const ticket = tickets[0] as Bought["tickets"][0];
    await scan(eventId, ticket, "Main");
    await scan(eventId, ticket, "Main", "OUT");
    const history = must(
      await stack.query(
        `query($id: ID!) { ticket(id: $id) { checkIns { door direction } } }`,
        { id: ticket.id },
        { token: buyer.accessToken },
      ),
    );
    expect(history.ticket.checkIns).toEqual([
      { door: "Main", direction: "IN" },
      { door: "Main", direction: "OUT" },
    ]);
    const timeline = must(
      await stack.query(
        `query($e: ID!) { checkInTimeline(eventId: $e, bucketMinutes: 60) { startsAt entries exits } }`,
        { e: eventId },
        { token: doorToken },
      ),
    );
    expect(timeline.checkInTimeline).toEqual([{ startsAt: expect.any(String), entries: 1, exits: 1 }]);
  });
});
