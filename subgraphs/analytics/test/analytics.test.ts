// Analytics: read models from domain events, page views with minimized personal data, idempotent consumption,
// rebuilds, series, engagement rules and who may see what.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { randomUUID } from "node:crypto";
import {
  errorOf,
  eventually,
  graphql,
  silentLogger,
  startTestStack,
  world,
  type Organizer,
  type TestStack,
  type Venue,
} from "@bilten/testkit";
import { EventIngestor, WHOLE_EVENT, type ConsumedEvent } from "../src/services/ingest.js";
import { asBrowser } from "./fixtures.js";

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

const VIEW = `mutation($id: ID!) { trackEventView(eventId: $id) }`;
const ANALYTICS = `query($id: ID!) { event(id: $id) { analytics { pageViews uniqueVisitors ticketsSold checkIns checkInRate onSiteNow series(days: 30) { at pageViews } } } }`;

describe("event analytics", () => {
  test("page views count once per visitor within 30 minutes; only the event's staff see them", async () => {
    const event = await venue.event({ published: true });
    const views = [
      await stack.query(VIEW, { id: event.id }, asBrowser("Firefox/1")),
      await stack.query(VIEW, { id: event.id }, asBrowser("Firefox/1")),
      await stack.query(VIEW, { id: event.id }, asBrowser("Safari/2")),
    ];
    for (const v of views) expect(v.data?.trackEventView).toBe(true);
    const result = await stack.query(ANALYTICS, { id: event.id }, { token: organizer.accessToken });
    expect(result.errors).toBeUndefined();
    expect(result.data?.event.analytics).toMatchObject({
      pageViews: 2,
      uniqueVisitors: 2,
      ticketsSold: 0,
      checkInRate: null,
    });
    const series = result.data?.event.analytics.series as { at: string; pageViews: number }[];
    expect(series).toHaveLength(30);
    expect(series.at(-1)?.pageViews).toBe(2);
    expect(series.slice(0, -1).every((p) => p.pageViews === 0)).toBe(true);

    const stranger = await world(stack).user();
    const refused = await stack.query(ANALYTICS, { id: event.id }, { token: stranger.accessToken });
    expect(errorOf(refused)?.code).toBe("FORBIDDEN");
  });

  test("addresses are never stored; a signed-in viewer is linked only with consent", async () => {
    const event = await venue.event({ published: true });
    const consenting = await world(stack).user(); // the harness signs up with consent
    const refusing = await world(stack).user();
    await stack.query(
      `mutation { updateMyProfile(input: { gdprConsent: false }) { id } }`,
      {},
      { token: refusing.accessToken },
    );
    await eventually(
      () => stack.db.prisma.analyticsPerson.findUnique({ where: { userId: refusing.userId } }),
      (p) => p?.consent === false,
    );
    await eventually(
      () => stack.db.prisma.analyticsPerson.findUnique({ where: { userId: consenting.userId } }),
      (p) => p?.consent === true,
    );
    await stack.query(VIEW, { id: event.id }, { token: consenting.accessToken, ...asBrowser("A", "198.51.100.1") });
    await stack.query(VIEW, { id: event.id }, { token: refusing.accessToken, ...asBrowser("B", "198.51.100.2") });
    const rows = await stack.db.prisma.userBehavior.findMany({ where: { resourceId: event.id } });
    expect(rows.map((r) => r.userId).sort()).toEqual([consenting.userId, null].sort());
    const stored = JSON.stringify(rows);
    expect(stored).not.toMatch(/198\.51\.100/);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.visitorHash))).toBe(true);
  });

  test("drafts cannot be tracked, and a flood from one visitor is RATE_LIMITED", async () => {
    const draft = await venue.event();
    expect(errorOf(await stack.query(VIEW, { id: draft.id }))?.code).toBe("NOT_FOUND");
    expect(errorOf(await stack.query(VIEW, { id: "nope" }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "eventId",
    });

    const event = await venue.event({ published: true });
    const flood = await Promise.all(
      Array.from({ length: 70 }, () => stack.query(VIEW, { id: event.id }, asBrowser("Bot/1", "192.0.2.99"))),
    );
    const limited = flood.filter((r) => errorOf(r)?.code === "RATE_LIMITED");
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const counted = await stack.db.prisma.userBehavior.count({ where: { resourceId: event.id } });
    expect(counted).toBe(1);
  });
});

describe("consuming domain events", () => {
  const person = (
    userId: string,
    companyId: string | null,
    updatedAt: string,
  ): Extract<ConsumedEvent, { eventType: "UserProfileChanged" }> => ({
    id: randomUUID(),
    aggregateType: "User",
    aggregateId: userId,
    eventType: "UserProfileChanged",
    eventVersion: 1,
    occurredAt: updatedAt,
    source: "identity",
    data: {
      userId,
      companyId,
      gdprConsentGiven: true,
      gdprConsentAt: updatedAt,
      newsletterSubscription: false,
      updatedAt,
    },
  });

  test("a redelivered event changes nothing; personal e-mail addresses are stored masked", async () => {
    const ingestor = new EventIngestor(stack.db.prisma, silentLogger());
    const userId = randomUUID();
    const event = person(userId, randomUUID(), "2030-01-01T00:00:00.000Z");
    expect(await ingestor.ingest(event)).toBe(true);
    expect(await ingestor.ingest(event)).toBe(false);
    expect(await stack.db.prisma.analyticsEventLog.count({ where: { eventId: event.id } })).toBe(1);
    // Free text may carry an address (here a decline reason): the log keeps it masked.
    const [id, at] = [randomUUID(), "2030-01-01T00:00:00.000Z"];
    const declined: ConsumedEvent = {
      id: randomUUID(),
      aggregateType: "SessionSpeaker",
      aggregateId: id,
      eventType: "SpeakerDeclined",
      eventVersion: 1,
      occurredAt: at,
      source: "speakers",
      data: {
        sessionSpeakerId: id,
        speakerId: randomUUID(),
        sessionId: randomUUID(),
        eventId: null,
        role: "PANELIST",
        status: "DECLINED",
        invitedAt: at,
        confirmedAt: null,
        declinedAt: at,
        updatedAt: at,
        reason: "Please write to someone.private@example.com",
      },
    };
    expect(await ingestor.ingest(declined)).toBe(true);
    const logged = await stack.db.prisma.analyticsEventLog.findUniqueOrThrow({ where: { eventId: declined.id } });
    expect(JSON.stringify(logged.payload)).not.toContain("someone.private@");
    expect(JSON.stringify(logged.payload)).toContain("so***@example.com");
  });

  test("an older event arriving late does not overwrite a newer state", async () => {
    const ingestor = new EventIngestor(stack.db.prisma, silentLogger());
    const userId = randomUUID();
    const newer = person(userId, "22222222-2222-4222-8222-222222222222", "2030-01-02T00:00:00.000Z");
    const older = person(userId, "11111111-1111-4111-8111-111111111111", "2030-01-01T00:00:00.000Z");
    await ingestor.ingest(newer);
    await ingestor.ingest(older);
    expect((await stack.db.prisma.analyticsPerson.findUniqueOrThrow({ where: { userId } })).companyId).toBe(
      newer.data.companyId,
    );
  });

  test("rebuilding from the log reproduces the aggregates", async () => {
    const before = await stack.db.prisma.analyticsPerson.findMany({ orderBy: { userId: "asc" } });
    const refsBefore = await stack.db.prisma.analyticsEventRef.count();
    const replayed = await new EventIngestor(stack.db.prisma, silentLogger()).rebuild(7);
    expect(replayed).toBeGreaterThan(10);
    expect(await stack.db.prisma.analyticsPerson.findMany({ orderBy: { userId: "asc" } })).toEqual(before);
    expect(await stack.db.prisma.analyticsEventRef.count()).toBe(refsBefore);
  });
});

describe("session engagement", () => {
  test("only attendees rate, once, 1 to 5; everyone sees the averages", async () => {
    const event = await venue.event({ published: true });
    const sessionId = (await event.session()).id;
    const RATE = `mutation($s: ID!, $r: Int!) { rateSession(sessionId: $s, rating: $r) { rating } }`;
    const attendee = await world(stack).user();
    const absentee = await world(stack).user();
    // Door check-ins reach analytics as attendance (see the check-in tests); here the rows are written directly.
    await stack.db.prisma.attendance.create({
      data: { eventId: event.id, userId: attendee.userId, sessionId: WHOLE_EVENT, firstAt: new Date() },
    });

    expect(errorOf(await stack.query(RATE, { s: sessionId, r: 4 }, { token: absentee.accessToken }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "sessionId",
      reason: "NOT_ATTENDED",
    });
    expect(errorOf(await stack.query(RATE, { s: sessionId, r: 6 }, { token: attendee.accessToken }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "rating",
    });
    expect(errorOf(await stack.query(RATE, { s: sessionId, r: 0 }, { token: attendee.accessToken }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "rating",
    });
    expect(
      (await stack.query(RATE, { s: sessionId, r: 4 }, { token: attendee.accessToken })).data?.rateSession.rating,
    ).toBe(4);
    expect(errorOf(await stack.query(RATE, { s: sessionId, r: 5 }, { token: attendee.accessToken }))).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_RATED",
    });
    await stack.query(
      `mutation($s: ID!) { trackSessionMaterial(sessionId: $s, kind: DOWNLOAD) }`,
      { s: sessionId },
      { token: absentee.accessToken },
    );

    const engagement = await graphql(
      stack.url,
      `
        query ($id: ID!) {
          session(id: $id) {
            title
            engagement {
              averageRating
              ratingCount
              materialViews
              materialDownloads
            }
          }
        }
      `,
      { id: sessionId },
    );
    expect(engagement.data?.session.engagement).toEqual({
      averageRating: 4,
      ratingCount: 1,
      materialViews: 0,
      materialDownloads: 1,
    });
  });
});
