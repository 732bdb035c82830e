// Registrations for free events (BATbern): a place while there is one, else the waitlist; freed places go to the
// next waiting person in the same transaction (first come, first served) and they are told by e-mail.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import {
  errorOf,
  eventually,
  must,
  startTestStack,
  world,
  type Organizer,
  type Person,
  type TestStack,
} from "@bilten/testkit";

let stack: TestStack;
let organizer: Organizer;
let people: Person[];

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  people = await Promise.all(Array.from({ length: 24 }, () => world(stack).user()));
});
afterAll(async () => {
  await stack?.stop();
});

const FIELDS = `id status email waitlistPosition specialRequests sessionPreferences { id title } registeredAt promotedAt confirmedAt cancelledAt event { id } user { id }`;
const register = (
  person: { accessToken: string },
  eventId: string,
  input: Record<string, unknown> = {},
  email = `${Math.random().toString(36).slice(2)}@test.example`,
) =>
  stack.query(
    `mutation($input: RegisterInput!) { register(input: $input) { ${FIELDS} } }`,
    { input: { eventId, email, ...input } },
    { token: person.accessToken },
  );
const act = (name: string, person: { accessToken: string }, id: string) =>
  stack.query(`mutation($id: ID!) { ${name}(id: $id) { ${FIELDS} } }`, { id }, { token: person.accessToken });
const places = async (eventId: string) =>
  (await stack.db.prisma.eventPlaces.findUnique({ where: { eventId } }))?.taken ?? 0;

describe("registering", () => {
  test("gets a place with special requests and session preferences, and an e-mail; once per person", async () => {
    const event = await organizer.event({ published: true, title: "BATbern 60", capacity: 100 });
    const keynote = (await event.session({ title: "Keynote" })).id;
    const workshop = (await event.session({ title: "Workshop" })).id;
    const person = people[0] as Person;
    const registration = must(
      await register(
        person,
        event.id,
        { specialRequests: "Vegetarian", sessionIds: [keynote, workshop] },
        "Reg@Test.Example",
      ),
    ).register;
    expect(registration).toMatchObject({
      status: "REGISTERED",
      email: "reg@test.example",
      waitlistPosition: null,
      specialRequests: "Vegetarian",
      event: { id: event.id },
      user: { id: person.userId },
    });
    expect(registration.sessionPreferences.map((s: { title: string }) => s.title).sort()).toEqual([
      "Keynote",
      "Workshop",
    ]);
    expect(errorOf(await register(person, event.id))).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_REGISTERED",
      registrationId: registration.id,
    });
    expect(await places(event.id)).toBe(1);
    const mail = await eventually(() => stack.mail.sent.find((m) => m.to === "reg@test.example"));
    expect(mail.subject).toBe("You are registered: BATbern 60");
    const mine = must(
      await stack.query(
        `query($id: ID!) { event(id: $id) { myRegistration { id status } } }`,
        { id: event.id },
        { token: person.accessToken },
      ),
    ).event;
    expect(mine.myRegistration).toEqual({ id: registration.id, status: "REGISTERED" });
    // A removed session drops out of the preferences (the events subgraph would not resolve it any more).
    must(
      await stack.query(
        `mutation($id: ID!) { removeSession(id: $id) }`,
        { id: workshop },
        { token: organizer.accessToken },
      ),
    );
    await eventually(
      async () => (await stack.db.prisma.ticketingSessionRef.findUnique({ where: { id: workshop } }))?.removed,
    );
    const after = must(
      await stack.query(
        `query($id: ID!) { registration(id: $id) { sessionPreferences { title } } }`,
        { id: registration.id },
        { token: person.accessToken },
      ),
    );
    expect(after.registration.sessionPreferences).toEqual([{ title: "Keynote" }]);
  });

  test("bad input names the field and writes nothing; closed, cancelled and unknown events are refused", async () => {
    const event = await organizer.event({ published: true, capacity: 10 });
    const other = await organizer.event({ published: true });
    const foreignSession = (await other.session({ title: "Elsewhere" })).id;
    const person = people[1] as Person;
    const cases: [Record<string, unknown>, string][] = [
      [{ sessionIds: [foreignSession] }, "input.sessionIds[0]"],
      [{ sessionIds: ["00000000-0000-4000-8000-000000000000"] }, "input.sessionIds[0]"],
      [{ sessionIds: ["not-a-uuid"] }, "input.sessionIds[0]"],
      [{ email: "nope" }, "input.email"],
      [{ eventId: "00000000-0000-4000-8000-000000000001" }, "input.eventId"],
    ];
    for (const [input, field] of cases) {
      const result = await stack.query(
        `mutation($input: RegisterInput!) { register(input: $input) { id } }`,
        { input: { eventId: event.id, email: "ok@test.example", ...input } },
        { token: person.accessToken },
      );
      expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await stack.db.prisma.registration.count({ where: { userId: person.userId } })).toBe(0);
    expect(errorOf(await register({ accessToken: "" }, event.id))?.code).toBe("UNAUTHENTICATED");

    await event.changeStatus("REGISTRATION_OPEN");
    await event.changeStatus("REGISTRATION_CLOSED");
    expect(errorOf(await register(person, event.id))).toMatchObject({
      code: "CONFLICT",
      reason: "REGISTRATION_CLOSED",
    });
    await other.changeStatus("CANCELLED");
    expect(errorOf(await register(person, other.id))).toMatchObject({ code: "CONFLICT", reason: "EVENT_CANCELLED" });
    expect(await stack.db.prisma.registration.count({ where: { userId: person.userId } })).toBe(0);
  });
});

describe("the waitlist", () => {
  test("when full, people wait in order; a cancellation moves the next one up at once and tells them", async () => {
    const event = await organizer.event({ published: true, title: "Small talk", capacity: 2 });
    const [a, b, c, d] = people.slice(2, 6) as [Person, Person, Person, Person];
    const ra = must(await register(a, event.id)).register;
    must(await register(b, event.id));
    const rc = must(await register(c, event.id, {}, "carla@test.example")).register;
    const rd = must(await register(d, event.id)).register;
    expect([rc.status, rc.waitlistPosition, rd.status, rd.waitlistPosition]).toEqual([
      "WAITLISTED",
      1,
      "WAITLISTED",
      2,
    ]);
    await eventually(() =>
      stack.mail.sent.find((m) => m.to === "carla@test.example" && m.subject.startsWith("You are on the waitlist")),
    );

    const cancelled = must(await act("cancelRegistration", a, ra.id)).cancelRegistration;
    expect(cancelled).toMatchObject({ status: "CANCELLED" });
    expect(cancelled.cancelledAt).not.toBeNull();
    const promoted = must(
      await stack.query(
        `query($id: ID!) { registration(id: $id) { status waitlistPosition promotedAt } }`,
        { id: rc.id },
        { token: c.accessToken },
      ),
    ).registration;
    expect(promoted).toMatchObject({ status: "REGISTERED", waitlistPosition: null });
    expect(promoted.promotedAt).not.toBeNull();
    expect(
      must(
        await stack.query(
          `query($id: ID!) { registration(id: $id) { waitlistPosition } }`,
          { id: rd.id },
          { token: d.accessToken },
        ),
      ).registration.waitlistPosition,
    ).toBe(1);
    expect(await places(event.id)).toBe(2);
    const mail = await eventually(() =>
      stack.mail.sent.find((m) => m.to === "carla@test.example" && m.subject.startsWith("A place is yours")),
    );
    expect(mail.subject).toBe("A place is yours: Small talk");
    const change = await stack.db.prisma.ticketingOutbox.findFirstOrThrow({
      where: { aggregateId: rc.id, eventType: "RegistrationChanged", data: { path: ["promoted"], equals: true } },
    });
    expect(change.data).toMatchObject({
      registrationId: rc.id,
      eventId: event.id,
      userId: c.userId,
      from: "WAITLISTED",
      to: "REGISTERED",
      promoted: true,
    });

    // Cancelling is idempotent; registering again after cancelling queues at the end.
    expect(must(await act("cancelRegistration", a, ra.id)).cancelRegistration.status).toBe("CANCELLED");
    const back = must(await register(a, event.id)).register;
    expect(back).toMatchObject({ id: ra.id, status: "WAITLISTED", waitlistPosition: 2 });
  });

  test("20 people registering at once for 5 places: 5 get one, 15 wait; 3 cancellations at once promote the first 3 waiting", async () => {
    const event = await organizer.event({ published: true, capacity: 5 });
    const crowd = people.slice(0, 20);
    const results = await Promise.all(crowd.map((p) => register(p, event.id)));
    const registrations = results.map((r) => must(r).register as { id: string; status: string });
    expect(registrations.filter((r) => r.status === "REGISTERED")).toHaveLength(5);
    expect(registrations.filter((r) => r.status === "WAITLISTED")).toHaveLength(15);
    expect(await places(event.id)).toBe(5);

    const waiting = await stack.db.prisma.registration.findMany({
      where: { eventId: event.id, status: "WAITLISTED" },
      orderBy: { queueNumber: "asc" },
    });
    const holders = registrations
      .map((r, i) => [r, crowd[i] as Person] as const)
      .filter(([r]) => r.status === "REGISTERED")
      .slice(0, 3);
    const cancels = await Promise.all(holders.map(([r, p]) => act("cancelRegistration", p, r.id)));
    expect(cancels.every((c) => c.data?.cancelRegistration.status === "CANCELLED")).toBe(true);
    const now = await stack.db.prisma.registration.findMany({ where: { eventId: event.id } });
    const registered = now.filter((r) => r.status === "REGISTERED").map((r) => r.id);
    expect(registered).toHaveLength(5);
    expect(waiting.slice(0, 3).every((w) => registered.includes(w.id))).toBe(true);
    expect(now.filter((r) => r.status === "WAITLISTED")).toHaveLength(12);
    expect(await places(event.id)).toBe(5);
  }, 60_000);

  test("raising the place limit or the event's capacity moves waiting people up", async () => {
    const event = await organizer.event({ published: true, capacity: 10 });
    const LIMIT = `mutation($e: ID!, $l: Int) { setPlaceLimit(eventId: $e, limit: $l) { capacity taken remaining waitlisted } }`;
    expect(
      must(await stack.query(LIMIT, { e: event.id, l: 1 }, { token: organizer.accessToken })).setPlaceLimit,
    ).toMatchObject({ capacity: 1, taken: 0 });
    const [a, b, c] = people.slice(6, 9) as [Person, Person, Person];
    must(await register(a, event.id));
    const rb = must(await register(b, event.id)).register;
    const rc = must(await register(c, event.id)).register;
    expect(errorOf(await stack.query(LIMIT, { e: event.id, l: 5 }, { token: a.accessToken }))?.code).toBe("FORBIDDEN");
    expect(
      must(await stack.query(LIMIT, { e: event.id, l: 2 }, { token: organizer.accessToken })).setPlaceLimit,
    ).toMatchObject({ capacity: 2, taken: 2, remaining: 0, waitlisted: 1 });
    expect((await stack.db.prisma.registration.findUniqueOrThrow({ where: { id: rb.id } })).status).toBe("REGISTERED");
    // Removing the limit leaves the event's own capacity (10): the last one moves up too.
    must(await stack.query(LIMIT, { e: event.id, l: null }, { token: organizer.accessToken }));
    expect((await stack.db.prisma.registration.findUniqueOrThrow({ where: { id: rc.id } })).status).toBe("REGISTERED");
    // A limit below what is taken revokes nothing, and what is left never goes below zero.
    expect(
      must(await stack.query(LIMIT, { e: event.id, l: 1 }, { token: organizer.accessToken })).setPlaceLimit,
    ).toEqual({ capacity: 1, taken: 3, remaining: 0, waitlisted: 0 });

    const full = await organizer.event({ published: true, capacity: 1 });
    must(await register(a, full.id));
    const waitingB = must(await register(b, full.id)).register;
    must(
      await stack.query(
        `mutation($id: ID!) { updateEvent(id: $id, input: { capacity: 2 }) { id } }`,
        { id: full.id },
        { token: organizer.accessToken },
      ),
    );
    await eventually(
      async () =>
        (await stack.db.prisma.registration.findUniqueOrThrow({ where: { id: waitingB.id } })).status === "REGISTERED",
    );
  });
});

describe("confirming, attending, staff views", () => {
  test("registrants confirm; door staff mark attendance; the states guard each move", async () => {
    const event = await organizer.event({ published: true, capacity: 1 });
    const [a, b] = people.slice(9, 11) as [Person, Person];
    const ra = must(await register(a, event.id)).register;
    const rb = must(await register(b, event.id)).register;
    expect(errorOf(await act("confirmRegistration", b, rb.id))).toMatchObject({
      code: "CONFLICT",
      reason: "STILL_WAITLISTED",
    });
    expect(errorOf(await act("confirmRegistration", b, ra.id))?.code).toBe("NOT_FOUND");
    const confirmed = must(await act("confirmRegistration", a, ra.id)).confirmRegistration;
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.confirmedAt).not.toBeNull();
    expect(must(await act("confirmRegistration", a, ra.id)).confirmRegistration.status).toBe("CONFIRMED");

    expect(errorOf(await act("markRegistrationAttended", a, ra.id))?.code).toBe("NOT_FOUND");
    const door = await organizer.member("CHECK_IN_STAFF");
    expect(must(await act("markRegistrationAttended", door, ra.id)).markRegistrationAttended.status).toBe("ATTENDED");
    expect(errorOf(await act("markRegistrationAttended", door, rb.id))).toMatchObject({
      code: "CONFLICT",
      reason: "STILL_WAITLISTED",
    });
    expect(errorOf(await act("cancelRegistration", a, ra.id))).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_ATTENDED",
    });

    const UPDATE = `mutation($id: ID!, $input: UpdateRegistrationInput!) { updateRegistration(id: $id, input: $input) { email specialRequests } }`;
    expect(
      must(
        await stack.query(
          UPDATE,
          { id: rb.id, input: { email: "new@test.example", specialRequests: null } },
          { token: b.accessToken },
        ),
      ).updateRegistration,
    ).toEqual({ email: "new@test.example", specialRequests: null });
    expect(
      errorOf(await stack.query(UPDATE, { id: rb.id, input: { email: "x" } }, { token: b.accessToken })),
    ).toMatchObject({ field: "input.email" });
  });

  test("the staff see registrations in queue order with contact data; others get FORBIDDEN", async () => {
    const event = await organizer.event({ published: true, capacity: 1 });
    const [a, b, c] = people.slice(20, 23) as [Person, Person, Person];
    for (const [i, p] of [a, b, c].entries()) must(await register(p, event.id, {}, `queue${i}@test.example`));
    const LIST = `query($id: ID!, $s: [RegistrationStatus!]) { event(id: $id) { registrations(status: $s) { nodes { email status user { id } } } } }`;
    const all = must(await stack.query(LIST, { id: event.id }, { token: organizer.accessToken })).event.registrations
      .nodes;
    expect(all.map((r: { email: string }) => r.email)).toEqual([
      "queue0@test.example",
      "queue1@test.example",
      "queue2@test.example",
    ]);
    const waiting = must(await stack.query(LIST, { id: event.id, s: ["WAITLISTED"] }, { token: organizer.accessToken }))
      .event.registrations.nodes;
    expect(waiting.map((r: { user: { id: string } }) => r.user.id)).toEqual([b.userId, c.userId]);
    const denied = await stack.query(LIST, { id: event.id }, { token: a.accessToken });
    expect(errorOf(denied)?.code).toBe("FORBIDDEN");
    expect(denied.data?.event.registrations).toBeNull();
    const own = must(
      await stack.query(`query { me { registrations { nodes { email status } } } }`, {}, { token: b.accessToken }),
    ).me.registrations.nodes;
    expect(own).toEqual([{ email: "queue1@test.example", status: "WAITLISTED" }]);
  });
});
