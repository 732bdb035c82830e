// Session speakers: several per session with roles, the invitation workflow invite → confirm | decline, re-sending
// declined invitations, one primary speaker per session, and who may do what (also under concurrency).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { errorOf, startTestStack, world, type Organizer, type Person, type TestStack } from "@bilten/testkit";
import { CONFIRM, DECLINE, RESEND, conference, createSpeaker, invite, ok, type Conference } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
let speakerUser: Person;
let speaker: { id: string; email: string };
let stranger: Person;
let event: Conference;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  speakerUser = await world(stack).user();
  stranger = await world(stack).user();
  speaker = await createSpeaker(stack, speakerUser.accessToken);
  event = await conference(organizer, { sessions: 6 });
});
afterAll(async () => {
  await stack?.stop();
});

const rowsOf = (sessionId: string) => stack.db.prisma.sessionSpeaker.findMany({ where: { sessionId } });
const SESSION_SPEAKERS = `query($id: ID!) { session(id: $id) { id title speakers { id role status speaker { id displayName } } } }`;

describe("inviting", () => {
  test("the event's organizers invite speakers with roles; the invitation starts INVITED", async () => {
    const other = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    const sessionId = event.sessionIds[0] as string;
    const first = ok(
      await invite(stack, organizer.accessToken, sessionId, speaker.id, "PRIMARY_SPEAKER", "Why re-use wins"),
    ).inviteSpeaker;
    expect(first).toMatchObject({ status: "INVITED", role: "PRIMARY_SPEAKER" });
    expect(Date.parse(first.invitedAt)).toBeGreaterThan(Date.now() - 60_000);
    const second = ok(await invite(stack, organizer.accessToken, sessionId, other.id, "MODERATOR")).inviteSpeaker;
    expect(second.status).toBe("INVITED");
    const asStaff = await stack.query(SESSION_SPEAKERS, { id: sessionId }, { token: organizer.accessToken });
    expect(asStaff.data?.session.speakers.map((s: { role: string }) => s.role)).toEqual([
      "PRIMARY_SPEAKER",
      "MODERATOR",
    ]);
  });

  test("an unknown, removed or malformed session is BAD_USER_INPUT on sessionId, and nothing is written", async () => {
    const before = await stack.db.prisma.sessionSpeaker.count();
    const unknown = await invite(stack, organizer.accessToken, "00000000-0000-4000-8000-000000000000", speaker.id);
    expect(errorOf(unknown)).toMatchObject({ code: "BAD_USER_INPUT", field: "sessionId" });
    expect(errorOf(await invite(stack, organizer.accessToken, "session-1", speaker.id))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "sessionId",
    });
    const removed = event.sessionIds[5] as string;
    ok(
      await stack.query(
        `mutation($id: ID!) { removeSession(id: $id) }`,
        { id: removed },
        { token: organizer.accessToken },
      ),
    );
    await stack.settle();
    expect(errorOf(await invite(stack, organizer.accessToken, removed, speaker.id))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "sessionId",
    });
    const noSpeaker = await invite(
      stack,
      organizer.accessToken,
      event.sessionIds[1] as string,
      "00000000-0000-4000-8000-000000000000",
    );
    expect(errorOf(noSpeaker)).toMatchObject({ code: "BAD_USER_INPUT", field: "speakerId" });
    expect(await stack.db.prisma.sessionSpeaker.count()).toBe(before);
  });

  test("only the event's admins and organizers invite", async () => {
    const sessionId = event.sessionIds[1] as string;
    expect(errorOf(await invite(stack, "", sessionId, speaker.id))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(errorOf(await invite(stack, stranger.accessToken, sessionId, speaker.id))).toMatchObject({
      code: "FORBIDDEN",
    });
    const otherOrg = await world(stack).organizer("Other Events");
    expect(errorOf(await invite(stack, otherOrg.accessToken, sessionId, speaker.id))).toMatchObject({
      code: "FORBIDDEN",
    });
    const door = await organizer.member("CHECK_IN_STAFF");
    expect(errorOf(await invite(stack, door.accessToken, sessionId, speaker.id))).toMatchObject({ code: "FORBIDDEN" });
    const colleagueSession = await organizer.member("ORGANIZER");
    expect(ok(await invite(stack, colleagueSession.accessToken, sessionId, speaker.id)).inviteSpeaker.status).toBe(
      "INVITED",
    );
    expect(await rowsOf(sessionId)).toHaveLength(1);
  });

  test("a speaker is invited to a session once (ALREADY_INVITED), even when the first invitation was declined", async () => {
    const sessionId = event.sessionIds[2] as string;
    const row = ok(await invite(stack, organizer.accessToken, sessionId, speaker.id)).inviteSpeaker;
    expect(errorOf(await invite(stack, organizer.accessToken, sessionId, speaker.id, "PANELIST"))).toMatchObject({
      code: "CONFLICT",
      reason: "ALREADY_INVITED",
      field: "speakerId",
    });
    ok(await stack.query(DECLINE, { id: row.id }, { token: speakerUser.accessToken }));
    expect(errorOf(await invite(stack, organizer.accessToken, sessionId, speaker.id))).toMatchObject({
      reason: "ALREADY_INVITED",
    });
    expect(await rowsOf(sessionId)).toHaveLength(1);
  });

  test("a session cannot have two primary speakers; a declined primary frees the role", async () => {
    const sessionId = event.sessionIds[3] as string;
    const a = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    const b = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    const first = ok(await invite(stack, organizer.accessToken, sessionId, a.id, "PRIMARY_SPEAKER")).inviteSpeaker;
    expect(errorOf(await invite(stack, organizer.accessToken, sessionId, b.id, "PRIMARY_SPEAKER"))).toMatchObject({
      code: "CONFLICT",
      reason: "PRIMARY_SPEAKER_TAKEN",
      field: "role",
    });
    expect(await rowsOf(sessionId)).toHaveLength(1);
    ok(await stack.query(DECLINE, { id: first.id, reason: "Ill" }, { token: organizer.accessToken }));
    const second = ok(await invite(stack, organizer.accessToken, sessionId, b.id, "PRIMARY_SPEAKER")).inviteSpeaker;
    expect(second.status).toBe("INVITED");
    // Re-sending the declined first invitation would make two primaries again.
    expect(errorOf(await stack.query(RESEND, { id: first.id }, { token: organizer.accessToken }))).toMatchObject({
      code: "CONFLICT",
      reason: "PRIMARY_SPEAKER_TAKEN",
    });
    expect((await stack.db.prisma.sessionSpeaker.findUniqueOrThrow({ where: { id: first.id } })).status).toBe(
      "DECLINED",
    );
  });

  test("concurrent primary invitations: exactly one wins, whatever the timing", async () => {
    const busy = await conference(organizer, { sessions: 1 });
    const sessionId = busy.sessionIds[0] as string;
    const candidates = await Promise.all(
      Array.from({ length: 5 }, () =>
        createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId }),
      ),
    );
    const results = await Promise.all(
      candidates.map((c) => invite(stack, organizer.accessToken, sessionId, c.id, "PRIMARY_SPEAKER")),
    );
    expect(results.filter((r) => r.data?.inviteSpeaker)).toHaveLength(1);
    expect(results.filter((r) => errorOf(r)?.reason === "PRIMARY_SPEAKER_TAKEN")).toHaveLength(4);
    expect(await stack.db.prisma.sessionSpeaker.count({ where: { sessionId, role: "PRIMARY_SPEAKER" } })).toBe(1);
  });

  test("concurrent invitations of the same speaker: one row, the rest ALREADY_INVITED", async () => {
    const sessionId = event.sessionIds[4] as string;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => invite(stack, organizer.accessToken, sessionId, speaker.id, "PANELIST")),
    );
    expect(results.filter((r) => r.data?.inviteSpeaker)).toHaveLength(1);
    expect(results.filter((r) => errorOf(r)?.reason === "ALREADY_INVITED")).toHaveLength(3);
    expect(await rowsOf(sessionId)).toHaveLength(1);
  });

  test("a cancelled event takes no more invitations (EVENT_CLOSED)", async () => {
    const cancelled = await conference(organizer, { sessions: 1 });
    await cancelled.event.changeStatus("CANCELLED", "Venue closed");
    expect(
      errorOf(await invite(stack, organizer.accessToken, cancelled.sessionIds[0] as string, speaker.id)),
    ).toMatchObject({
      code: "CONFLICT",
      reason: "EVENT_CLOSED",
    });
  });
});

describe("answering", () => {
  let answers: Conference;
  beforeAll(async () => {
    answers = await conference(organizer, { sessions: 5 });
  });

  test("the invited speaker confirms; a second answer is INVALID_TRANSITION", async () => {
    const row = ok(
      await invite(stack, organizer.accessToken, answers.sessionIds[0] as string, speaker.id),
    ).inviteSpeaker;
    const confirmed = ok(
      await stack.query(CONFIRM, { id: row.id }, { token: speakerUser.accessToken }),
    ).confirmSpeakerInvitation;
    expect(confirmed).toMatchObject({ status: "CONFIRMED", isConfirmed: true, declinedAt: null });
    expect(Date.parse(confirmed.confirmedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(errorOf(await stack.query(CONFIRM, { id: row.id }, { token: speakerUser.accessToken }))).toMatchObject({
      code: "CONFLICT",
      reason: "INVALID_TRANSITION",
      from: "CONFIRMED",
      to: "CONFIRMED",
    });
    const stored = await stack.db.prisma.sessionSpeaker.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.answeredBy).toBe(speakerUser.userId);
  });

  test("someone else's invitation cannot be answered; an organizer of the event answers on the speaker's behalf", async () => {
    const row = ok(
      await invite(stack, organizer.accessToken, answers.sessionIds[1] as string, speaker.id),
    ).inviteSpeaker;
    expect(errorOf(await stack.query(CONFIRM, { id: row.id }, { token: stranger.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(errorOf(await stack.query(DECLINE, { id: row.id }, { token: stranger.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const otherOrg = await world(stack).organizer("Not the organizers");
    expect(errorOf(await stack.query(CONFIRM, { id: row.id }, { token: otherOrg.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(errorOf(await stack.query(CONFIRM, { id: row.id }))).toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await stack.db.prisma.sessionSpeaker.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("INVITED");
    const onBehalf = ok(
      await stack.query(CONFIRM, { id: row.id }, { token: organizer.accessToken }),
    ).confirmSpeakerInvitation;
    expect(onBehalf.status).toBe("CONFIRMED");
    expect((await stack.db.prisma.sessionSpeaker.findUniqueOrThrow({ where: { id: row.id } })).answeredBy).toBe(
      organizer.userId,
    );
  });

  test("declining records the reason and the time; a confirmed speaker may withdraw by declining", async () => {
    const row = ok(
      await invite(stack, organizer.accessToken, answers.sessionIds[2] as string, speaker.id),
    ).inviteSpeaker;
    const declined = ok(
      await stack.query(DECLINE, { id: row.id, reason: "  On holiday  " }, { token: speakerUser.accessToken }),
    ).declineSpeakerInvitation;
    expect(declined).toMatchObject({ status: "DECLINED", declineReason: "On holiday" });
    expect(Date.parse(declined.declinedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(errorOf(await stack.query(CONFIRM, { id: row.id }, { token: speakerUser.accessToken }))).toMatchObject({
      reason: "INVALID_TRANSITION",
      from: "DECLINED",
    });
    const again = ok(
      await invite(stack, organizer.accessToken, answers.sessionIds[3] as string, speaker.id),
    ).inviteSpeaker;
    ok(await stack.query(CONFIRM, { id: again.id }, { token: speakerUser.accessToken }));
    expect(
      ok(await stack.query(DECLINE, { id: again.id }, { token: speakerUser.accessToken })).declineSpeakerInvitation
        .status,
    ).toBe("DECLINED");
    expect(errorOf(await stack.query(DECLINE, { id: "not-an-id" }, { token: speakerUser.accessToken }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "id",
    });
    expect(
      errorOf(
        await stack.query(DECLINE, { id: "00000000-0000-4000-8000-000000000000" }, { token: speakerUser.accessToken }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(
      errorOf(
        await stack.query(DECLINE, { id: again.id, reason: "x".repeat(2001) }, { token: speakerUser.accessToken }),
      ),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reason",
    });
  });

  test("the organizers re-send a declined invitation: INVITED again with a new invitedAt; only declined ones", async () => {
    const row = ok(
      await invite(stack, organizer.accessToken, answers.sessionIds[4] as string, speaker.id),
    ).inviteSpeaker;
    expect(errorOf(await stack.query(RESEND, { id: row.id }, { token: organizer.accessToken }))).toMatchObject({
      reason: "INVALID_TRANSITION",
      from: "INVITED",
      to: "INVITED",
    });
    ok(await stack.query(DECLINE, { id: row.id, reason: "Busy" }, { token: speakerUser.accessToken }));
    expect(errorOf(await stack.query(RESEND, { id: row.id }, { token: speakerUser.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const resent = ok(
      await stack.query(RESEND, { id: row.id }, { token: organizer.accessToken }),
    ).resendSpeakerInvitation;
    expect(resent).toMatchObject({ status: "INVITED", declinedAt: null, declineReason: null });
    expect(Date.parse(resent.invitedAt)).toBeGreaterThan(Date.parse(row.invitedAt));
    expect(
      ok(await stack.query(CONFIRM, { id: row.id }, { token: speakerUser.accessToken })).confirmSpeakerInvitation
        .status,
    ).toBe("CONFIRMED");
  });

  test("concurrent answers: of five confirmations exactly one wins, the others are INVALID_TRANSITION", async () => {
    const racing = await conference(organizer, { sessions: 2 });
    const row = ok(
      await invite(stack, organizer.accessToken, racing.sessionIds[0] as string, speaker.id),
    ).inviteSpeaker;
    const tokens = [
      speakerUser.accessToken,
      organizer.accessToken,
      speakerUser.accessToken,
      organizer.accessToken,
      speakerUser.accessToken,
    ];
    const results = await Promise.all(tokens.map((token) => stack.query(CONFIRM, { id: row.id }, { token })));
    expect(results.filter((r) => r.data?.confirmSpeakerInvitation)).toHaveLength(1);
    expect(results.filter((r) => errorOf(r)?.reason === "INVALID_TRANSITION")).toHaveLength(4);

    // Confirm racing decline: the decline always applies (a confirmed speaker may withdraw); the confirmation only
    // if it came first, and then the row says so.
    const second = ok(
      await invite(stack, organizer.accessToken, racing.sessionIds[1] as string, speaker.id),
    ).inviteSpeaker;
    const [confirm, decline] = await Promise.all([
      stack.query(CONFIRM, { id: second.id }, { token: speakerUser.accessToken }),
      stack.query(DECLINE, { id: second.id, reason: "changed plans" }, { token: organizer.accessToken }),
    ]);
    expect(decline.data?.declineSpeakerInvitation.status).toBe("DECLINED");
    const stored = await stack.db.prisma.sessionSpeaker.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored.status).toBe("DECLINED");
    if (confirm.errors) {
      expect(errorOf(confirm)).toMatchObject({ reason: "INVALID_TRANSITION", from: "DECLINED" });
      expect(stored.confirmedAt).toBeNull();
    } else {
      expect(stored.confirmedAt).not.toBeNull();
    }
  });

  test("withdrawing: the organizers take a speaker off a session; others cannot", async () => {
    const row = ok(
      await invite(
        stack,
        organizer.accessToken,
        answers.sessionIds[0] as string,
        (await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId })).id,
      ),
    ).inviteSpeaker;
    const WITHDRAW = `mutation($id: ID!) { withdrawSpeakerInvitation(id: $id) }`;
    expect(errorOf(await stack.query(WITHDRAW, { id: row.id }, { token: speakerUser.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      ok(await stack.query(WITHDRAW, { id: row.id }, { token: organizer.accessToken })).withdrawSpeakerInvitation,
    ).toBe(true);
    expect(await stack.db.prisma.sessionSpeaker.findUnique({ where: { id: row.id } })).toBeNull();
    expect(errorOf(await stack.query(WITHDRAW, { id: row.id }, { token: organizer.accessToken }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("reading across subgraphs", () => {
  test("Session.speakers: confirmed speakers for the public, every invitation for the event's staff", async () => {
    const talk = await conference(organizer, { sessions: 1 });
    const sessionId = talk.sessionIds[0] as string;
    const confirmedSpeaker = await createSpeaker(stack, organizer.accessToken, {
      organizationId: organizer.organizationId,
      firstName: "Cora",
    });
    const pending = await createSpeaker(stack, organizer.accessToken, {
      organizationId: organizer.organizationId,
      firstName: "Pia",
    });
    const yes = ok(
      await invite(stack, organizer.accessToken, sessionId, confirmedSpeaker.id, "PRIMARY_SPEAKER"),
    ).inviteSpeaker;
    ok(await invite(stack, organizer.accessToken, sessionId, pending.id, "CO_SPEAKER"));
    ok(await stack.query(CONFIRM, { id: yes.id }, { token: organizer.accessToken }));

    const Q = `query($id: ID!) { session(id: $id) { title speakers { role status isConfirmed declineReason speaker { firstName } session { id title } } } }`;
    const anonymous = await stack.query(Q, { id: sessionId });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.session.speakers).toEqual([
      {
        role: "PRIMARY_SPEAKER",
        status: "CONFIRMED",
        isConfirmed: true,
        declineReason: null,
        speaker: { firstName: "Cora" },
        session: { id: sessionId, title: "Talk 1" },
      },
    ]);
    const staff = await stack.query(Q, { id: sessionId }, { token: organizer.accessToken });
    expect(
      staff.data?.session.speakers.map((s: { speaker: { firstName: string }; status: string }) => [
        s.speaker.firstName,
        s.status,
      ]),
    ).toEqual([
      ["Cora", "CONFIRMED"],
      ["Pia", "INVITED"],
    ]);
  });

  test("a draft event's sessions are invisible to the public and the invited speaker; the speaker still sees the invitation's summary", async () => {
    const draft = await conference(organizer, { sessions: 1, published: false, title: "Secret summit" });
    const sessionId = draft.sessionIds[0] as string;
    const row = ok(await invite(stack, organizer.accessToken, sessionId, speaker.id, "MODERATOR")).inviteSpeaker;
    ok(await stack.query(CONFIRM, { id: row.id }, { token: speakerUser.accessToken }));

    const SPEAKER = `query($id: ID!) { speaker(id: $id) { sessions { id } invitations { id status session { id } sessionSummary { title eventTitle sessionId removed } } } }`;
    const asSpeaker = await stack.query(SPEAKER, { id: speaker.id }, { token: speakerUser.accessToken });
    expect(asSpeaker.errors).toBeUndefined();
    const invitation = asSpeaker.data?.speaker.invitations.find((i: { id: string }) => i.id === row.id);
    expect(invitation).toEqual({
      id: row.id,
      status: "CONFIRMED",
      session: null,
      sessionSummary: { title: "Talk 1", eventTitle: "Secret summit", sessionId, removed: false },
    });
    expect(asSpeaker.data?.speaker.sessions).not.toContainEqual({ id: sessionId });

    const asPublic = await stack.query(SPEAKER, { id: speaker.id });
    expect(asPublic.data?.speaker.invitations.map((i: { id: string }) => i.id)).not.toContain(row.id);
    const asStaff = await stack.query(SPEAKER, { id: speaker.id }, { token: organizer.accessToken });
    expect(asStaff.errors).toBeUndefined();
    expect(asStaff.data?.speaker.sessions).toContainEqual({ id: sessionId });
    expect(asStaff.data?.speaker.invitations.find((i: { id: string }) => i.id === row.id).session).toEqual({
      id: sessionId,
    });
    const publicSession = await stack.query(`query($id: ID!) { session(id: $id) { id speakers { id } } }`, {
      id: sessionId,
    });
    expect(publicSession.data?.session).toBeNull();

    // Publishing makes the confirmed speaker public there too.
    await draft.event.changeStatus("PUBLISHED");
    const published = await stack.query(SPEAKER, { id: speaker.id });
    expect(published.data?.speaker.sessions).toContainEqual({ id: sessionId });
  });

  test("Speaker.sessions resolves to the events subgraph's sessions, in time order, confirmed ones only", async () => {
    const talks = await conference(organizer, { sessions: 3 });
    const person = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    const rows = [];
    for (const sessionId of [...talks.sessionIds].reverse())
      rows.push(ok(await invite(stack, organizer.accessToken, sessionId, person.id)).inviteSpeaker);
    for (const row of rows.slice(0, 2))
      ok(await stack.query(CONFIRM, { id: row.id }, { token: organizer.accessToken }));
    const result = await stack.query(
      `query($id: ID!) { speaker(id: $id) { sessions { id title startsAt event { id } } } }`,
      { id: person.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.speaker.sessions.map((s: { title: string }) => s.title)).toEqual(["Talk 2", "Talk 3"]);
    expect(result.data?.speaker.sessions[0].event).toEqual({ id: talks.eventId });
  });
});
