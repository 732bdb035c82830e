// Events: who creates and edits them, the guarded lifecycle, and drafts that stay invisible to the public.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { errorOf, startTestStack, world, type Organizer, type TestStack, type Venue } from "@bilten/testkit";
import { inDays, setStatus } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let venue: Venue;
beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  venue = await organizer.venue();
});
afterAll(async () => {
  await stack?.stop();
});

const EVENT = `query($id: ID!) { event(id: $id) { id title status nextStatuses organizer { id displayName } organization { id name } venue { name } } }`;

describe("creating and editing", () => {
  test("an organizer creates a draft owned by the organization, with both seeds' fields", async () => {
    const result = await stack.query(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) {
        id eventNumber title status topics metadata capacity timeZone registrationDeadline organizer { id } organization { id name } } }`,
      {
        input: {
          organizationId: organizer.organizationId,
          title: "  Architecture Day  ",
          description: "Talks",
          venueId: venue.id,
          startsAt: inDays(20).toISOString(),
          endsAt: inDays(20, 8).toISOString(),
          registrationDeadline: inDays(15).toISOString(),
          capacity: 250,
          topics: ["timber", " timber ", "re-use"],
          metadata: { series: "Test", edition: 1 },
        },
      },
      { token: organizer.accessToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.createEvent).toMatchObject({
      title: "Architecture Day",
      status: "DRAFT",
      topics: ["timber", "re-use"],
      metadata: { series: "Test", edition: 1 },
      capacity: 250,
      timeZone: "Europe/Zurich",
      organizer: { id: organizer.userId },
      organization: { id: organizer.organizationId, name: "Test Events AG" },
    });
    expect(result.data?.createEvent.eventNumber).toBeGreaterThan(0);
  });

  test.each([
    ["end before start", { startsAt: inDays(5).toISOString(), endsAt: inDays(4).toISOString() }, "input.endsAt"],
    ["blank title", { title: " " }, "input.title"],
    ["unknown venue", { venueId: "00000000-0000-4000-8000-000000000000" }, "input.venueId"],
    ["bad time zone", { timeZone: "Mars/Olympus" }, "input.timeZone"],
    ["zero capacity", { capacity: 0 }, "input.capacity"],
    ["deadline after the end", { registrationDeadline: inDays(30).toISOString() }, "input.registrationDeadline"],
    ["metadata not an object", { metadata: [1, 2] }, "input.metadata"],
    ["a date without time zone", { startsAt: "2027-01-01T10:00:00" }, null],
  ])("bad input (%s) is BAD_USER_INPUT naming the field", async (_, input, field) => {
    const result = await stack.query(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          organizationId: organizer.organizationId,
          title: "T",
          startsAt: inDays(10).toISOString(),
          endsAt: inDays(11).toISOString(),
          ...input,
        },
      },
      { token: organizer.accessToken },
    );
    expect(result.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT/);
    if (field) expect(errorOf(result)?.field).toBe(field);
  });

  test("only the organization's admins and organizers create and edit; staff and strangers are refused", async () => {
    const stranger = await world(stack).user();
    const byStranger = await stack.query(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          organizationId: organizer.organizationId,
          title: "X",
          startsAt: inDays(3).toISOString(),
          endsAt: inDays(4).toISOString(),
        },
      },
      { token: stranger.accessToken },
    );
    expect(errorOf(byStranger)?.code).toBe("FORBIDDEN");
    const anonymous = await stack.query(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
      input: {
        organizationId: organizer.organizationId,
        title: "X",
        startsAt: inDays(3).toISOString(),
        endsAt: inDays(4).toISOString(),
      },
    });
    expect(errorOf(anonymous)?.code).toBe("UNAUTHENTICATED");

    const event = await venue.event();
    const staffToken = (await organizer.member("CHECK_IN_STAFF")).accessToken;
    const UPDATE = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { title } }`;
    // Published so that both can see it: the refusal is about the role, not visibility.
    await setStatus(stack, organizer.accessToken, event.id, "PUBLISHED");
    expect(
      errorOf(await stack.query(UPDATE, { id: event.id, input: { title: "Hacked" } }, { token: staffToken }))?.code,
    ).toBe("FORBIDDEN");
    expect(
      errorOf(await stack.query(UPDATE, { id: event.id, input: { title: "Hacked" } }, { token: stranger.accessToken }))
        ?.code,
    ).toBe("FORBIDDEN");

    const colleagueToken = (await organizer.member("ORGANIZER")).accessToken;
    const edited = await stack.query(UPDATE, { id: event.id, input: { title: "Renamed" } }, { token: colleagueToken });
    expect(edited.data?.updateEvent.title).toBe("Renamed");
  });
});

describe("lifecycle", () => {
  test("an invalid transition is a CONFLICT naming the current and the requested state", async () => {
    const event = await venue.event();
    const result = await setStatus(stack, organizer.accessToken, event.id, "COMPLETED");
    expect(errorOf(result)).toMatchObject({
      code: "CONFLICT",
      reason: "INVALID_TRANSITION",
      from: "DRAFT",
      to: "COMPLETED",
    });
    expect(result.errors?.[0]?.message).toContain("DRAFT");
    expect(result.errors?.[0]?.message).toContain("COMPLETED");
  });

  test("the whole path: planning steps, publish, registration, running, completed, archived", async () => {
    const event = await venue.event();
    for (const status of [
      "TOPIC_DEFINED",
      "SPEAKERS_INVITED",
      "AGENDA_DRAFT",
      "PUBLISHED",
      "REGISTRATION_OPEN",
      "REGISTRATION_CLOSED",
      "REGISTRATION_OPEN",
      "REGISTRATION_CLOSED",
      "IN_PROGRESS",
      "COMPLETED",
      "ARCHIVED",
    ]) {
      const result = await setStatus(stack, organizer.accessToken, event.id, status);
      expect(result.errors).toBeUndefined();
      expect(result.data?.changeEventStatus.status).toBe(status);
    }
    const back = await setStatus(stack, organizer.accessToken, event.id, "PUBLISHED");
    expect(errorOf(back)).toMatchObject({ reason: "INVALID_TRANSITION", from: "ARCHIVED" });
    const edit = await stack.query(
      `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Late" }) { id } }`,
      { id: event.id },
      { token: organizer.accessToken },
    );
    expect(errorOf(edit)).toMatchObject({ code: "CONFLICT", reason: "EVENT_CLOSED" });
  });

  test("publishing needs what a public page shows: description, venue, an end in the future", async () => {
    const bare = await organizer.event({ venue: null, description: null });
    const refused = await setStatus(stack, organizer.accessToken, bare.id, "PUBLISHED");
    expect(errorOf(refused)).toMatchObject({
      code: "CONFLICT",
      reason: "INCOMPLETE_EVENT",
      fields: ["description", "venueId"],
    });
    const stillDraft = await stack.query(EVENT, { id: bare.id }, { token: organizer.accessToken });
    expect(stillDraft.data?.event.status).toBe("DRAFT");

    const past = await venue.event({ startsAt: inDays(-3), endsAt: inDays(-2) });
    expect(errorOf(await setStatus(stack, organizer.accessToken, past.id, "PUBLISHED"))?.fields).toEqual(["endsAt"]);
  });

  test("cancelling records when and why; a cancelled event can only be archived", async () => {
    const event = await venue.event();
    await setStatus(stack, organizer.accessToken, event.id, "PUBLISHED");
    const cancelled = await setStatus(stack, organizer.accessToken, event.id, "CANCELLED", "Storm warning");
    expect(cancelled.data?.changeEventStatus).toMatchObject({
      status: "CANCELLED",
      cancellationReason: "Storm warning",
    });
    expect(cancelled.data?.changeEventStatus.cancelledAt).not.toBeNull();
    expect(errorOf(await setStatus(stack, organizer.accessToken, event.id, "REGISTRATION_OPEN"))?.reason).toBe(
      "INVALID_TRANSITION",
    );
    // Everyone can still see that a published event was cancelled.
    const publicView = await stack.query(EVENT, { id: event.id });
    expect(publicView.data?.event.status).toBe("CANCELLED");
  });

  test("two organizers moving the same event at once: exactly one transition wins", async () => {
    const event = await venue.event();
    await setStatus(stack, organizer.accessToken, event.id, "PUBLISHED");
    const [a, b] = await Promise.all([
      setStatus(stack, organizer.accessToken, event.id, "REGISTRATION_OPEN"),
      setStatus(stack, organizer.accessToken, event.id, "REGISTRATION_OPEN"),
    ]);
    expect([a, b].filter((r) => r.data?.changeEventStatus).length).toBe(1);
    expect([a, b].map((r) => errorOf(r)?.reason).filter(Boolean)).toEqual(["INVALID_TRANSITION"]);
  });
});

describe("drafts are invisible to the public", () => {
  test("not by id, not in lists, not in search, not as a federation reference", async () => {
    const draft = await venue.event({ title: "Secretplanningxyz summit" });
    const stranger = await world(stack).user();
    for (const token of [undefined, stranger.accessToken]) {
      expect((await stack.query(EVENT, { id: draft.id }, { token })).data?.event).toBeNull();
    }
    const list = await stack.query(`{ events(first: 100) { nodes { id } } }`);
    expect(list.data?.events.nodes.map((n: { id: string }) => n.id)).not.toContain(draft.id);
    const search = await stack.query(`{ searchEvents(query: "secretplanningxyz") { nodes { event { id } } } }`);
    expect(search.data?.searchEvents.nodes).toEqual([]);
    const organizedByThem = await stack.query(
      `query($id: ID!) { user(id: $id) { organizedEvents { nodes { id } } } }`,
      { id: organizer.userId },
    );
    expect(organizedByThem.data?.user.organizedEvents.nodes.map((n: { id: string }) => n.id)).not.toContain(draft.id);
    const edit = await stack.query(
      `mutation($id: ID!) { updateEvent(id: $id, input: { title: "x" }) { id } }`,
      { id: draft.id },
      { token: stranger.accessToken },
    );
    expect(errorOf(edit)?.code).toBe("NOT_FOUND");

    const own = await stack.query(EVENT, { id: draft.id }, { token: organizer.accessToken });
    expect(own.data?.event).toMatchObject({
      status: "DRAFT",
      nextStatuses: expect.arrayContaining(["PUBLISHED", "CANCELLED"]),
    });
    const mine = await stack.query(
      `{ me { organizedEvents(first: 50) { nodes { id } } } }`,
      {},
      { token: organizer.accessToken },
    );
    expect(mine.data?.me.organizedEvents.nodes.map((n: { id: string }) => n.id)).toContain(draft.id);
  });
});
