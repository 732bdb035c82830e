// Domain events through the speakers outbox (CompanyCreated, PartnerChanged, SpeakerInvited, SpeakerConfirmed,
// SpeakerDeclined, ...), nothing for refused changes, and the invitation e-mail they drive: to the speaker's own
// address, with the session's title and time, retried after a failed send, never sent twice.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { DomainEvent } from "@bilten/platform";
import { errorOf, eventually, startTestStack, world, type Organizer, type TestStack } from "@bilten/testkit";
import {
  CONFIRM,
  DECLINE,
  PNG,
  RESEND,
  conference,
  createCompany,
  createSpeaker,
  invite,
  ok,
  upload,
} from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
const received: DomainEvent[] = [];
let stopConsumer: () => Promise<void>;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
  const consumer = await stack.events.consume(
    "speakers-events-test",
    async (event) => {
      if (event.source === "speakers") received.push(event);
    },
    { fromStart: true },
  );
  stopConsumer = () => consumer.stop();
});
afterAll(async () => {
  await stopConsumer?.();
  await stack?.stop();
});

const of = (aggregateId: string) => received.filter((e) => e.aggregateId === aggregateId);
const outboxRows = () => stack.db.prisma.speakersOutbox.count();
const mailTo = (address: string) => stack.mail.sent.filter((m) => m.to === address);

describe("domain events", () => {
  test("companies, logos and partnerships: CompanyCreated, CompanyUpdated, CompanyLogoChanged, PartnerChanged", async () => {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId, {
      name: "Eventful AG",
    });
    ok(
      await stack.query(
        `mutation($id: ID!) { updateCompany(id: $id, input: { industry: "Events" }) { id } }`,
        { id: company.id },
        { token: organizer.accessToken },
      ),
    );
    ok(await upload(stack, organizer.accessToken, company.id, PNG, "logo.png"));
    const partner = ok(
      await stack.query(
        `mutation($c: ID!) { createPartner(input: { companyId: $c, tier: GOLD, startDate: "2026-01-01" }) { id } }`,
        { c: company.id },
        { token: organizer.accessToken },
      ),
    ).createPartner;
    ok(
      await stack.query(
        `mutation($id: ID!) { updatePartner(id: $id, input: { tier: PLATINUM }) { id } }`,
        { id: partner.id },
        { token: organizer.accessToken },
      ),
    );
    const contact = await world(stack).user();
    ok(
      await stack.query(
        `mutation($p: ID!, $u: ID!) { addPartnerContact(partnerId: $p, userId: $u, role: "CMO") { id } }`,
        { p: partner.id, u: contact.userId },
        { token: organizer.accessToken },
      ),
    );

    await eventually(() => of(partner.id).length === 3);
    await eventually(() => of(company.id).length === 3);
    expect(of(company.id).map((e) => e.eventType)).toEqual(["CompanyCreated", "CompanyUpdated", "CompanyLogoChanged"]);
    expect(of(company.id)[0]).toMatchObject({
      aggregateType: "Company",
      source: "speakers",
      eventVersion: 1,
      data: { companyId: company.id, name: "Eventful AG", isPartner: false, organizationId: organizer.organizationId },
    });
    expect(of(company.id)[1]?.data.changed).toEqual(["industry"]);
    expect(of(partner.id).map((e) => [e.eventType, e.data.change, e.data.tier])).toEqual([
      ["PartnerChanged", "CREATED", "GOLD"],
      ["PartnerChanged", "UPDATED", "PLATINUM"],
      ["PartnerChanged", "CONTACT_ADDED", "PLATINUM"],
    ]);
    expect(of(partner.id)[0]?.data).toMatchObject({
      companyId: company.id,
      startDate: "2026-01-01",
      endDate: null,
      isActive: true,
    });
  });

  test("the invitation workflow: SpeakerInvited (the seed's data), SpeakerConfirmed, SpeakerDeclined, re-sent SpeakerInvited", async () => {
    const event = await conference(organizer, { sessions: 1 });
    const sessionId = event.sessionIds[0] as string;
    const person = await world(stack).user();
    const speaker = await createSpeaker(stack, person.accessToken);
    const row = ok(await invite(stack, organizer.accessToken, sessionId, speaker.id, "PRIMARY_SPEAKER")).inviteSpeaker;
    ok(await stack.query(CONFIRM, { id: row.id }, { token: person.accessToken }));
    ok(await stack.query(DECLINE, { id: row.id, reason: "Sick" }, { token: person.accessToken }));
    ok(await stack.query(RESEND, { id: row.id }, { token: organizer.accessToken }));
    await eventually(() => of(row.id).length === 4);
    expect(of(row.id).map((e) => e.eventType)).toEqual([
      "SpeakerInvited",
      "SpeakerConfirmed",
      "SpeakerDeclined",
      "SpeakerInvited",
    ]);
    expect(of(row.id)[0]).toMatchObject({
      aggregateType: "SessionSpeaker",
      source: "speakers",
      data: {
        speakerId: speaker.id,
        sessionId,
        eventId: event.eventId,
        invitedAt: row.invitedAt,
        role: "PRIMARY_SPEAKER",
        status: "INVITED",
      },
    });
    expect(of(row.id)[2]?.data).toMatchObject({ status: "DECLINED", reason: "Sick" });
    expect(of(row.id)[3]?.data).toMatchObject({ status: "INVITED", resent: true });
    expect(of(speaker.id).map((e) => e.eventType)).toEqual(["SpeakerCreated"]);
    // Personal data stays in the database: no e-mail address travels in the stream.
    expect(JSON.stringify(received)).not.toContain(speaker.email);
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
  });

  test("a refused change writes no domain event", async () => {
    const event = await conference(organizer, { sessions: 1 });
    const speaker = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    const row = ok(await invite(stack, organizer.accessToken, event.sessionIds[0] as string, speaker.id)).inviteSpeaker;
    await stack.subgraphs.speakers?.outbox?.flush();
    const before = await outboxRows();
    const stranger = await world(stack).user();
    expect(errorOf(await invite(stack, organizer.accessToken, event.sessionIds[0] as string, speaker.id))?.reason).toBe(
      "ALREADY_INVITED",
    );
    expect(errorOf(await stack.query(CONFIRM, { id: row.id }, { token: stranger.accessToken }))?.code).toBe(
      "FORBIDDEN",
    );
    expect(errorOf(await stack.query(RESEND, { id: row.id }, { token: organizer.accessToken }))?.reason).toBe(
      "INVALID_TRANSITION",
    );
    expect(
      errorOf(
        await stack.query(
          `mutation { createCompany(input: { organizationId: "${organizer.organizationId}", name: "" }) { id } }`,
          {},
          { token: organizer.accessToken },
        ),
      )?.code,
    ).toBe("BAD_USER_INPUT");
    expect(await outboxRows()).toBe(before);
  });
});

describe("invitation e-mail", () => {
  test("goes to the speaker's own address with the event, session, time and role; once per invitation", async () => {
    const event = await conference(organizer, { sessions: 1, title: "Mail Conference" });
    const speaker = await createSpeaker(stack, organizer.accessToken, {
      organizationId: organizer.organizationId,
      firstName: "Mira",
      lastName: "Mail",
    });
    const row = ok(
      await invite(
        stack,
        organizer.accessToken,
        event.sessionIds[0] as string,
        speaker.id,
        "MODERATOR",
        "Moderating the future",
      ),
    ).inviteSpeaker;
    await eventually(() => mailTo(speaker.email).length === 1);
    const [mail] = mailTo(speaker.email);
    expect(mail?.subject).toBe("Invitation to speak: Talk 1 (Mail Conference)");
    const startsAt = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Zurich",
      dateStyle: "full",
      timeStyle: "short",
    }).format(new Date(event.startsAt));
    expect(mail?.text).toContain("Hello Mira Mail,");
    expect(mail?.text).toContain("as moderator");
    expect(mail?.text).toContain(`${startsAt} – `);
    expect(mail?.text).toContain("(Europe/Zurich)");
    expect(mail?.text).toContain("Your contribution: Moderating the future");
    expect(mail?.text).toContain(row.id);
    // The send is recorded right after it went out.
    await eventually(
      () => stack.db.prisma.speakersSentMail.count({ where: { recipient: speaker.email } }),
      (n) => n === 1,
    );
    // The outbox delivers at least once; a redelivered event sends nothing twice.
    const invited = received.find((e) => e.aggregateId === row.id && e.eventType === "SpeakerInvited");
    expect(invited).toBeDefined();
    await stack.events.append([invited as DomainEvent]);
    await stack.settle();
    // Every consumer has handled the copy (this test's own received it a second time), and no second mail went out.
    expect(received.filter((e) => e.id === invited?.id)).toHaveLength(2);
    expect(mailTo(speaker.email)).toHaveLength(1);
  });

  test("a failed send is retried until it goes out; the invitation is never lost", async () => {
    const event = await conference(organizer, { sessions: 1 });
    const speaker = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    stack.mail.failNext(1);
    ok(await invite(stack, organizer.accessToken, event.sessionIds[0] as string, speaker.id));
    await eventually(() => mailTo(speaker.email).length === 1, Boolean, 20_000);
    await eventually(
      () => stack.db.prisma.speakersSentMail.count({ where: { recipient: speaker.email } }),
      (n) => n === 1,
    );
  }, 30_000);

  test("a re-sent invitation is e-mailed again; answers send nothing", async () => {
    const event = await conference(organizer, { sessions: 1 });
    const person = await world(stack).user();
    const speaker = await createSpeaker(stack, person.accessToken);
    const row = ok(await invite(stack, organizer.accessToken, event.sessionIds[0] as string, speaker.id)).inviteSpeaker;
    await eventually(() => mailTo(speaker.email).length === 1);
    ok(await stack.query(DECLINE, { id: row.id }, { token: person.accessToken }));
    ok(await stack.query(RESEND, { id: row.id }, { token: organizer.accessToken }));
    await eventually(() => mailTo(speaker.email).length === 2);
    ok(await stack.query(CONFIRM, { id: row.id }, { token: person.accessToken }));
    await stack.settle();
    expect(of(row.id).some((e) => e.eventType === "SpeakerConfirmed")).toBe(true);
    expect(mailTo(speaker.email)).toHaveLength(2);
  });
});
