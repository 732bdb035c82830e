// Events in → aggregates out: sales, refunds, registrations, check-ins and partner analytics, each fed by the other
// subgraphs' domain events through the real API (analytics never reads their tables).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import {
  errorOf,
  eventually,
  must,
  startTestStack,
  world,
  type Organizer,
  type Person,
  type TestStack,
  type Tokens,
} from "@bilten/testkit";
import { analyticsOf } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let door: Tokens;
beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  door = await organizer.member("CHECK_IN_STAFF");
});
afterAll(async () => {
  await stack?.stop();
});

const SALES = `ticketsSold revenue { amount currency } refunds refundedAmount { amount currency } registrations waitlistSize
  checkIns checkInRate onSiteNow series(interval: HOUR, days: 1) { ticketsSold checkIns }`;
const salesOf = (eventId: string) => analyticsOf(stack, organizer, eventId, SALES);

describe("event analytics from ticketing's events", () => {
  test("sales, refunds and check-ins add up; on site follows entries and exits", async () => {
    const type = await organizer.event({ published: true }).ticketType({ price: "40.00", maxPerOrder: 5 });
    const two = await type.order({ quantity: 2 });
    const one = await type.order();
    must(
      await stack.query(
        `mutation($input: RefundOrderInput!) { refundOrder(input: $input) { id } }`,
        {
          input: { orderId: two.id, ticketIds: [two.tickets[1]?.id], idempotencyKey: randomUUID() },
        },
        { token: organizer.accessToken },
      ),
    );
    await two.checkIn({ by: door });
    await one.checkIn({ by: door });
    await one.checkIn({ by: door, direction: "OUT" });

    const analytics = await eventually(
      () => salesOf(type.event.id),
      (a) => a.checkIns === 2 && a.onSiteNow === 1 && a.refunds === 1,
    );
    expect(analytics).toMatchObject({
      ticketsSold: 3,
      revenue: [{ amount: "120.00", currency: "CHF" }],
      refunds: 1,
      refundedAmount: [{ amount: "40.00", currency: "CHF" }],
      checkIns: 2,
      onSiteNow: 1,
    });
    expect(analytics.checkInRate).toBeCloseTo(2 / 3);
    expect(analytics.series.at(-1)).toEqual({ ticketsSold: 3, checkIns: 2 });
  });

  test("registrations and the waitlist follow RegistrationChanged", async () => {
    const event = await organizer.event({ published: true, capacity: 100 });
    must(
      await stack.query(
        `mutation($e: ID!) { setPlaceLimit(eventId: $e, limit: 1) { remaining } }`,
        { e: event.id },
        { token: organizer.accessToken },
      ),
    );
    const people: Person[] = [await world(stack).user(), await world(stack).user(), await world(stack).user()];
    const ids: string[] = [];
    for (const person of people) {
      ids.push(
        must(
          await stack.query(
            `mutation($input: RegisterInput!) { register(input: $input) { id status } }`,
            { input: { eventId: event.id, email: person.email } },
            { token: person.accessToken },
          ),
        ).register.id,
      );
    }
    await eventually(
      () => salesOf(event.id),
      (a) => a.registrations === 1 && a.waitlistSize === 2,
    );
    must(
      await stack.query(
        `mutation($id: ID!) { cancelRegistration(id: $id) { status } }`,
        { id: ids[0] },
        { token: people[0]?.accessToken },
      ),
    );
    // The first waitlisted person moves up: still one registration, one left waiting.
    const after = await eventually(
      () => salesOf(event.id),
      (a) => a.waitlistSize === 1,
    );
    expect(after.registrations).toBe(1);
  });

  test("attendance from door check-ins lets attendees rate; others may not", async () => {
    const event = await organizer.event({ published: true });
    const session = (await event.session({ title: "Keynote", sessionType: "KEYNOTE" })).id;
    const order = await event.ticketType().order();
    const guest = order.buyer;
    const RATE = `mutation($s: ID!) { rateSession(sessionId: $s, rating: 5) { rating } }`;
    expect(errorOf(await stack.query(RATE, { s: session }, { token: guest.accessToken }))?.reason).toBe("NOT_ATTENDED");
    await order.checkIn({ by: door });
    await eventually(() => stack.db.prisma.attendance.count({ where: { eventId: event.id, userId: guest.userId } }));
    expect(must(await stack.query(RATE, { s: session }, { token: guest.accessToken })).rateSession.rating).toBe(5);
  });
});

describe("partner analytics", () => {
  test("employees' attendance, sessions by the partner's speakers and their ratings; contacts only", async () => {
    const company = must(
      await stack.query(
        `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`,
        {
          input: {
            organizationId: organizer.organizationId,
            name: `Holzbau ${randomUUID().slice(0, 6)} AG`,
            industry: "Construction",
          },
        },
        { token: organizer.accessToken },
      ),
    ).createCompany.id as string;
    const partner = must(
      await stack.query(
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`,
        {
          input: { companyId: company, tier: "GOLD", startDate: "2026-01-01" },
        },
        { token: organizer.accessToken },
      ),
    ).createPartner.id as string;
    const contact = await world(stack).user();
    must(
      await stack.query(
        `mutation($p: ID!, $u: ID!) { addPartnerContact(partnerId: $p, userId: $u, role: "Marketing") { id } }`,
        { p: partner, u: contact.userId },
        { token: organizer.accessToken },
      ),
    );

    const event = await organizer.event({ published: true });
    const partnerSession = (await event.session({ title: "Timber towers" })).id;
    await event.session({ title: "Concrete matters", startsAt: new Date(Date.parse(event.startsAt) + 3_600_000) });
    const speaker = must(
      await stack.query(
        `mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { id } }`,
        {
          input: {
            organizationId: organizer.organizationId,
            email: `speaker.${randomUUID().slice(0, 6)}@test.example`,
            firstName: "Hanna",
            lastName: "Holz",
            companyId: company,
          },
        },
        { token: organizer.accessToken },
      ),
    ).createSpeaker.id as string;
    const invitation = must(
      await stack.query(
        `mutation($s: ID!, $sp: ID!) { inviteSpeaker(sessionId: $s, speakerId: $sp, role: PRIMARY_SPEAKER) { id } }`,
        { s: partnerSession, sp: speaker },
        { token: organizer.accessToken },
      ),
    ).inviteSpeaker.id;
    must(
      await stack.query(
        `mutation($id: ID!) { confirmSpeakerInvitation(id: $id) { status } }`,
        { id: invitation },
        { token: organizer.accessToken },
      ),
    );

    // Two employees of the partner attend; one of them also attends the partner's session and rates it.
    const type = await event.ticketType();
    const employees = [await world(stack).user(), await world(stack).user()];
    for (const employee of employees) {
      must(
        await stack.query(
          `mutation($c: ID!) { updateMyProfile(input: { companyId: $c }) { id } }`,
          { c: company },
          { token: employee.accessToken },
        ),
      );
      const order = await type.order({ buyer: employee });
      await order.checkIn({ by: door });
      if (employee === employees[0]) await order.checkIn({ by: door, sessionId: partnerSession, door: "Room 1" });
    }
    await eventually(() => stack.db.prisma.attendance.count({ where: { sessionId: partnerSession } }));
    must(
      await stack.query(
        `mutation($s: ID!) { rateSession(sessionId: $s, rating: 4) { rating } }`,
        { s: partnerSession },
        { token: employees[0]?.accessToken },
      ),
    );

    const PARTNER = `query($id: ID!) { partner(id: $id) { id analytics { employeeAttendanceAllEvents averageAttendancePerEvent
      attendanceByEvent { event { id } employees } contentEngagementScore brandExposure { sessionsGiven attendeesReached averageRating }
      topicInfluenceScore roiScore } } }`;
    const analytics = await eventually(
      async () => {
        const result = await stack.query(PARTNER, { id: partner }, { token: contact.accessToken });
        return result.data?.partner?.analytics;
      },
      (a) => a?.employeeAttendanceAllEvents === 2 && a?.brandExposure.sessionsGiven === 1,
    );
    expect(analytics).toEqual({
      employeeAttendanceAllEvents: 2,
      averageAttendancePerEvent: 2,
      attendanceByEvent: [{ event: { id: event.id }, employees: 2 }],
      contentEngagementScore: 80,
      brandExposure: { sessionsGiven: 1, attendeesReached: 1, averageRating: 4 },
      topicInfluenceScore: 50,
      roiScore: 2 + 2 * 1 + 10 * 1 + 8,
    });

    const stranger = await world(stack).user();
    const refused = await stack.query(
      `query($id: ID!) { partner(id: $id) { id analytics { roiScore } } }`,
      { id: partner },
      { token: stranger.accessToken },
    );
    const mine = refused.errors?.find((e) => e.path?.includes("analytics"));
    expect(mine?.extensions?.code).toBe("FORBIDDEN");
  });
});
