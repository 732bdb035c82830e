// The agenda: sessions inside the event, in rooms of its venue, never double-booked (enforced by PostgreSQL).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { errorOf, startTestStack, world, type Organizer, type TestStack, type Venue } from "@bilten/testkit";
import { schedule } from "./fixtures.js";

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

/**
 * An event on fixed dates (Zurich is UTC+1 in January) at a venue of its own: a room is one physical place, so
 * sessions of different events in it cannot overlap either.
 */
async function januaryEvent() {
  venue = await organizer.venue();
  return venue.event({ startsAt: "2031-01-14T07:00:00Z", endsAt: "2031-01-15T18:00:00Z" });
}

describe("scheduling", () => {
  test("a session gets every field of the seed", async () => {
    const event = await januaryEvent();
    const result = await stack.query(
      `mutation($e: ID!, $input: ScheduleSessionInput!) { scheduleSession(eventId: $e, input: $input) {
        title sessionType startsAt endsAt capacity language tags audienceLevels prerequisites room { name } event { id } } }`,
      {
        e: event.id,
        input: {
          title: "Workshop: timber joints",
          sessionType: "WORKSHOP",
          startsAt: "2031-01-14T09:00:00Z",
          endsAt: "2031-01-14T11:00:00Z",
          roomId: venue.room("Lab"),
          capacity: 25,
          language: "en",
          tags: ["timber"],
          audienceLevels: ["ADVANCED"],
          prerequisites: ["Laptop"],
        },
      },
      { token: organizer.accessToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.scheduleSession).toMatchObject({
      title: "Workshop: timber joints",
      sessionType: "WORKSHOP",
      capacity: 25,
      language: "en",
      tags: ["timber"],
      audienceLevels: ["ADVANCED"],
      prerequisites: ["Laptop"],
      room: { name: "Lab" },
      event: { id: event.id },
    });
  });

  test.each([
    ["end before start", { startsAt: "2031-01-14T10:00:00Z", endsAt: "2031-01-14T09:00:00Z" }, "input.endsAt"],
    [
      "starting before the event",
      { startsAt: "2031-01-14T06:00:00Z", endsAt: "2031-01-14T08:00:00Z" },
      "input.startsAt",
    ],
    ["ending after the event", { startsAt: "2031-01-15T17:00:00Z", endsAt: "2031-01-15T19:00:00Z" }, "input.endsAt"],
    ["an unknown room", { roomId: "00000000-0000-4000-8000-000000000000" }, "input.roomId"],
    ["a malformed room id", { roomId: "room-1" }, "input.roomId"],
    ["more seats than the room", { roomId: "Lab", capacity: 31 }, "input.capacity"],
    ["a bad language code", { language: "German" }, "input.language"],
  ])("%s is BAD_USER_INPUT naming the field, and nothing is written", async (_, input, field) => {
    const event = await januaryEvent();
    const resolved = { startsAt: "2031-01-14T09:00:00Z", endsAt: "2031-01-14T10:00:00Z", ...input } as Record<
      string,
      unknown
    >;
    if (resolved.roomId === "Lab") resolved.roomId = venue.room("Lab");
    const result = await schedule(stack, organizer.accessToken, event.id, resolved);
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await stack.db.prisma.session.count({ where: { eventId: event.id } })).toBe(0);
    expect(
      await stack.db.prisma.eventsOutbox.count({
        where: { aggregateId: event.id, eventType: { startsWith: "Session" } },
      }),
    ).toBe(0);
  });

  test("a room of another venue is refused", async () => {
    const event = await januaryEvent();
    const other = await organizer.venue({ rooms: [{ name: "Elsewhere", capacity: 10 }] });
    const result = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:00:00Z",
      endsAt: "2031-01-14T10:00:00Z",
      roomId: other.room("Elsewhere"),
    });
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.roomId" });
  });

  test("rooms are shared by all events at a venue: another event's session blocks the slot", async () => {
    const first = await januaryEvent();
    const second = await venue.event({ startsAt: "2031-01-14T07:00:00Z", endsAt: "2031-01-14T18:00:00Z" });
    const slot = { startsAt: "2031-01-14T09:00:00Z", endsAt: "2031-01-14T10:00:00Z", roomId: venue.room("Hall") };
    expect((await schedule(stack, organizer.accessToken, first.id, slot)).errors).toBeUndefined();
    expect(errorOf(await schedule(stack, organizer.accessToken, second.id, slot))?.reason).toBe("ROOM_DOUBLE_BOOKED");
  });

  test("an unknown event is NOT_FOUND and someone else's event is FORBIDDEN", async () => {
    const unknown = await schedule(stack, organizer.accessToken, "00000000-0000-4000-8000-000000000000", {
      startsAt: "2031-01-14T09:00:00Z",
      endsAt: "2031-01-14T10:00:00Z",
    });
    expect(errorOf(unknown)?.code).toBe("NOT_FOUND");
    venue = await organizer.venue();
    const event = await venue.event({
      published: true,
      startsAt: "2031-01-14T07:00:00Z",
      endsAt: "2031-01-15T18:00:00Z",
    });
    const stranger = await world(stack).user();
    const foreign = await schedule(stack, stranger.accessToken, event.id, {
      startsAt: "2031-01-14T09:00:00Z",
      endsAt: "2031-01-14T10:00:00Z",
    });
    expect(errorOf(foreign)?.code).toBe("FORBIDDEN");
  });
});

describe("rooms are never double-booked", () => {
  test("an overlapping session in the same room is a CONFLICT; back-to-back and other rooms are fine", async () => {
    const event = await januaryEvent();
    const hall = venue.room("Hall");
    const first = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:00:00Z",
      endsAt: "2031-01-14T10:00:00Z",
      roomId: hall,
    });
    expect(first.errors).toBeUndefined();
    const overlap = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:30:00Z",
      endsAt: "2031-01-14T10:30:00Z",
      roomId: hall,
    });
    expect(errorOf(overlap)).toMatchObject({ code: "CONFLICT", reason: "ROOM_DOUBLE_BOOKED", field: "input.roomId" });
    const backToBack = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T10:00:00Z",
      endsAt: "2031-01-14T11:00:00Z",
      roomId: hall,
    });
    expect(backToBack.errors).toBeUndefined();
    const otherRoom = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:30:00Z",
      endsAt: "2031-01-14T10:30:00Z",
      roomId: venue.room("Lab"),
    });
    expect(otherRoom.errors).toBeUndefined();
    const noRoom = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:30:00Z",
      endsAt: "2031-01-14T10:30:00Z",
      sessionType: "BREAK",
    });
    expect(noRoom.errors).toBeUndefined();
  });

  test("moving a session onto a booked slot is refused too", async () => {
    const event = await januaryEvent();
    const hall = venue.room("Hall");
    await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:00:00Z",
      endsAt: "2031-01-14T10:00:00Z",
      roomId: hall,
    });
    const later = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T11:00:00Z",
      endsAt: "2031-01-14T12:00:00Z",
      roomId: hall,
    });
    const move = await stack.query(
      `mutation($id: ID!) { updateSession(id: $id, input: { startsAt: "2031-01-14T09:45:00Z" }) { id } }`,
      { id: later.data?.scheduleSession.id },
      { token: organizer.accessToken },
    );
    expect(errorOf(move)?.reason).toBe("ROOM_DOUBLE_BOOKED");
  });

  test("concurrent bookings of one slot: exactly one wins, checked by the database", async () => {
    const event = await januaryEvent();
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        schedule(stack, organizer.accessToken, event.id, {
          title: `Talk ${i}`,
          startsAt: "2031-01-14T13:00:00Z",
          endsAt: "2031-01-14T14:00:00Z",
          roomId: venue.room("Hall"),
        }),
      ),
    );
    expect(attempts.filter((a) => a.data?.scheduleSession).length).toBe(1);
    for (const failed of attempts.filter((a) => !a.data?.scheduleSession))
      expect(errorOf(failed)?.reason).toBe("ROOM_DOUBLE_BOOKED");
    expect(await stack.db.prisma.session.count({ where: { eventId: event.id } })).toBe(1);
  });

  test("the constraint holds even for writes that bypass the service", async () => {
    const event = await januaryEvent();
    const room = venue.room("Hall");
    const row = { eventId: event.id, title: "x", sessionType: "PRESENTATION" as const, roomId: room };
    await stack.db.prisma.session.create({
      data: { ...row, startsAt: new Date("2031-01-14T15:00:00Z"), endsAt: new Date("2031-01-14T16:00:00Z") },
    });
    await expect(
      stack.db.prisma.session.create({
        data: { ...row, startsAt: new Date("2031-01-14T15:30:00Z"), endsAt: new Date("2031-01-14T16:30:00Z") },
      }),
    ).rejects.toThrow(/sessions_room_no_overlap|23P01|exclusion/i);
  });
});

describe("agenda and event changes", () => {
  test("the agenda groups sessions by day in the event's time zone, then by room", async () => {
    const event = await januaryEvent();
    const slots: [string, string, string | null][] = [
      ["2031-01-14T08:00:00Z", "2031-01-14T09:00:00Z", "Hall"],
      ["2031-01-14T08:00:00Z", "2031-01-14T09:00:00Z", "Lab"],
      ["2031-01-14T10:00:00Z", "2031-01-14T10:30:00Z", null],
      ["2031-01-14T23:30:00Z", "2031-01-15T00:30:00Z", "Hall"], // 00:30 on the 15th in Zurich
      ["2031-01-15T09:00:00Z", "2031-01-15T10:00:00Z", "Hall"],
    ];
    for (const [startsAt, endsAt, room] of slots) {
      const r = await schedule(stack, organizer.accessToken, event.id, {
        title: `${room ?? "Foyer"} ${startsAt}`,
        startsAt,
        endsAt,
        roomId: room ? venue.room(room) : null,
      });
      expect(r.errors).toBeUndefined();
    }
    const agenda = await stack.query(
      `query($id: ID!) { event(id: $id) { agenda { date tracks { room { name } sessions { startsAt } } } } }`,
      { id: event.id },
      { token: organizer.accessToken },
    );
    expect(agenda.data?.event.agenda).toEqual([
      {
        date: "2031-01-14",
        tracks: [
          { room: null, sessions: [{ startsAt: "2031-01-14T10:00:00.000Z" }] },
          { room: { name: "Hall" }, sessions: [{ startsAt: "2031-01-14T08:00:00.000Z" }] },
          { room: { name: "Lab" }, sessions: [{ startsAt: "2031-01-14T08:00:00.000Z" }] },
        ],
      },
      {
        date: "2031-01-15",
        tracks: [
          {
            room: { name: "Hall" },
            sessions: [{ startsAt: "2031-01-14T23:30:00.000Z" }, { startsAt: "2031-01-15T09:00:00.000Z" }],
          },
        ],
      },
    ]);
  });

  test("the event cannot shrink past its sessions or leave the venue its rooms belong to", async () => {
    const event = await januaryEvent();
    await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-15T16:00:00Z",
      endsAt: "2031-01-15T17:00:00Z",
      roomId: venue.room("Hall"),
    });
    const UPDATE = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`;
    const shrink = await stack.query(
      UPDATE,
      { id: event.id, input: { endsAt: "2031-01-15T12:00:00Z" } },
      { token: organizer.accessToken },
    );
    expect(errorOf(shrink)?.reason).toBe("SESSIONS_OUTSIDE_EVENT");
    const other = await organizer.venue({ rooms: [{ name: "X", capacity: 5 }] });
    const move = await stack.query(
      UPDATE,
      { id: event.id, input: { venueId: other.id } },
      { token: organizer.accessToken },
    );
    expect(errorOf(move)?.reason).toBe("SESSIONS_IN_ROOMS");
  });

  test("removing a session frees its room", async () => {
    const event = await januaryEvent();
    const first = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:00:00Z",
      endsAt: "2031-01-14T10:00:00Z",
      roomId: venue.room("Hall"),
    });
    const removed = await stack.query(
      `mutation($id: ID!) { removeSession(id: $id) }`,
      { id: first.data?.scheduleSession.id },
      { token: organizer.accessToken },
    );
    expect(removed.data?.removeSession).toBe(true);
    const again = await schedule(stack, organizer.accessToken, event.id, {
      startsAt: "2031-01-14T09:00:00Z",
      endsAt: "2031-01-14T10:00:00Z",
      roomId: venue.room("Hall"),
    });
    expect(again.errors).toBeUndefined();
  });
});
