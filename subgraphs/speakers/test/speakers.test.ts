// Speaker profiles: the seed's full profile, own profiles (linked to the user) and organization-made ones, personal
// fields, who may change what, lists, Company.speakers, User.speakerProfile and the speaking history.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { errorOf, inDays, startTestStack, world, type Organizer, type TestStack } from "@bilten/testkit";
import { CONFIRM, conference, createCompany, createSpeaker, invite, ok } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer("Speaker Org");
});
afterAll(async () => {
  await stack?.stop();
});

const PROFILE = `id email firstName lastName displayName user { id } company { id name } position shortBio detailedBio expertiseAreas
  profilePhotoUrl linkedInUrl twitterHandle certifications languages speakingTopics availability
  communicationPreferences { channel phone language } speakingHistory { title eventName date role url session { id } } createdAt`;
const CREATE = `mutation($input: CreateSpeakerInput!) { createSpeaker(input: $input) { ${PROFILE} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSpeakerInput!) { updateSpeaker(id: $id, input: $input) { ${PROFILE} } }`;

describe("profiles", () => {
  test("a user creates their own profile with the seed's fields; it is linked to them", async () => {
    const person = await world(stack).user();
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId, {
      name: "Profile Employer AG",
    });
    const input = {
      email: "  Ada.Lovelace@Talks.Example ",
      firstName: "Ada",
      lastName: "Lovelace",
      companyId: company.id,
      position: "Engineer",
      shortBio: "Builds analytical engines.",
      detailedBio: "A longer story.",
      expertiseAreas: ["engines", "notes", "engines"],
      profilePhotoUrl: "https://photos.example/ada.jpg",
      linkedInUrl: "https://www.linkedin.com/in/ada",
      twitterHandle: "@ada",
      certifications: ["Countess"],
      languages: ["en", "fr-CH"],
      speakingTopics: ["computing"],
      availability: "BUSY",
      communicationPreferences: { channel: "PHONE", phone: "+41 31 123 45 67", language: "en" },
      pastEngagements: [
        {
          title: "Notes on the engine",
          eventName: "Royal Society",
          date: "2024-05-01",
          url: "https://royal.example/ada",
        },
        { title: "Bernoulli numbers", eventName: "Turin seminar", date: "2025-02-10" },
      ],
    };
    const created = ok(await stack.query(CREATE, { input }, { token: person.accessToken })).createSpeaker;
    expect(created).toMatchObject({
      email: "ada.lovelace@talks.example",
      displayName: "Ada Lovelace",
      user: { id: person.userId },
      company: { id: company.id, name: "Profile Employer AG" },
      expertiseAreas: ["engines", "notes"],
      twitterHandle: "ada",
      languages: ["en", "fr-CH"],
      availability: "BUSY",
      communicationPreferences: { channel: "PHONE", phone: "+41 31 123 45 67", language: "en" },
      speakingHistory: [
        {
          title: "Bernoulli numbers",
          eventName: "Turin seminar",
          date: "2025-02-10",
          role: null,
          url: null,
          session: null,
        },
        {
          title: "Notes on the engine",
          eventName: "Royal Society",
          date: "2024-05-01",
          role: null,
          url: "https://royal.example/ada",
          session: null,
        },
      ],
    });
    const mine = await stack.query(`{ me { speakerProfile { id } } }`, {}, { token: person.accessToken });
    expect(mine.data?.me.speakerProfile).toEqual({ id: created.id });
    const twice = await stack.query(
      CREATE,
      { input: { ...input, email: "other@talks.example", pastEngagements: [] } },
      { token: person.accessToken },
    );
    expect(errorOf(twice)).toMatchObject({ code: "CONFLICT", reason: "SPEAKER_PROFILE_EXISTS" });
    const companySpeakers = await stack.query(`query($id: ID!) { company(id: $id) { speakers { id } } }`, {
      id: company.id,
    });
    expect(companySpeakers.data?.company.speakers).toEqual([{ id: created.id }]);
  });

  test("an organization's staff create profiles for invitations, optionally linked to an account; others cannot", async () => {
    const invitee = await world(stack).user();
    const made = ok(
      await stack.query(
        CREATE,
        {
          input: {
            organizationId: organizer.organizationId,
            userId: invitee.userId,
            email: "guest@talks.example",
            firstName: "Gus",
            lastName: "Guest",
          },
        },
        { token: organizer.accessToken },
      ),
    ).createSpeaker;
    expect(made.user).toEqual({ id: invitee.userId });
    const input = {
      organizationId: organizer.organizationId,
      email: "nobody@talks.example",
      firstName: "No",
      lastName: "Body",
    };
    expect(errorOf(await stack.query(CREATE, { input }))).toMatchObject({ code: "UNAUTHENTICATED" });
    const outsider = await world(stack).organizer("Outsiders");
    expect(errorOf(await stack.query(CREATE, { input }, { token: outsider.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const member = await organizer.member("SPEAKER");
    expect(errorOf(await stack.query(CREATE, { input }, { token: member.accessToken }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const someone = await world(stack).user();
    const foreign = await stack.query(
      CREATE,
      { input: { email: "x@talks.example", firstName: "X", lastName: "Y", userId: invitee.userId } },
      { token: someone.accessToken },
    );
    expect(errorOf(foreign)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.userId" });
    expect(
      await stack.db.prisma.speaker.count({ where: { email: { in: ["nobody@talks.example", "x@talks.example"] } } }),
    ).toBe(0);
  });

  test("e-mail addresses are unique in any letter case (EMAIL_TAKEN)", async () => {
    await createSpeaker(stack, organizer.accessToken, {
      organizationId: organizer.organizationId,
      email: "same@talks.example",
    });
    const again = await stack.query(
      CREATE,
      {
        input: { organizationId: organizer.organizationId, email: "SAME@talks.example", firstName: "A", lastName: "B" },
      },
      { token: organizer.accessToken },
    );
    expect(errorOf(again)).toMatchObject({ code: "CONFLICT", reason: "EMAIL_TAKEN", field: "input.email" });
  });

  test.each([
    ["a bad e-mail", { email: "not-an-address" }, "input.email"],
    ["an empty first name", { firstName: " " }, "input.firstName"],
    ["a LinkedIn URL that is not a URL", { linkedInUrl: "linkedin.com/in/x" }, "input.linkedInUrl"],
    ["a twitter handle with spaces", { twitterHandle: "two words" }, "input.twitterHandle"],
    ["a bad language code", { languages: ["en", "German"] }, "input.languages.1"],
    [
      "the phone channel without a phone",
      { communicationPreferences: { channel: "PHONE" } },
      "input.communicationPreferences.phone",
    ],
    ["an unknown company", { companyId: "00000000-0000-4000-8000-000000000000" }, "input.companyId"],
    [
      "too many expertise areas",
      { expertiseAreas: Array.from({ length: 31 }, (_, i) => `area ${i}`) },
      "input.expertiseAreas",
    ],
    [
      "a past engagement with a bad URL",
      { pastEngagements: [{ title: "T", eventName: "E", date: "2024-01-01", url: "nope" }] },
      "input.pastEngagements.0.url",
    ],
  ])("%s is BAD_USER_INPUT naming the field, and nothing is written", async (_, change, field) => {
    const before = await stack.db.prisma.speaker.count();
    const result = await stack.query(
      CREATE,
      {
        input: {
          organizationId: organizer.organizationId,
          email: "valid@bad-input.example",
          firstName: "Val",
          lastName: "Id",
          ...change,
        },
      },
      { token: organizer.accessToken },
    );
    expect(errorOf(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await stack.db.prisma.speaker.count()).toBe(before);
  });
});

describe("personal fields and changes", () => {
  test("e-mail, account and contact preferences: the speaker, the profile's organization, and organizers who invited them", async () => {
    const person = await world(stack).user();
    const profile = await createSpeaker(stack, person.accessToken, { communicationPreferences: { channel: "EMAIL" } });
    const Q = `query($id: ID!) { speaker(id: $id) { firstName email user { id } communicationPreferences { channel } } }`;
    expect((await stack.query(Q, { id: profile.id })).data?.speaker).toMatchObject({
      email: null,
      user: null,
      communicationPreferences: null,
    });
    expect((await stack.query(Q, { id: profile.id }, { token: person.accessToken })).data?.speaker).toMatchObject({
      email: profile.email,
      user: { id: person.userId },
      communicationPreferences: { channel: "EMAIL" },
    });
    const other = await world(stack).organizer("Inviting Org");
    expect((await stack.query(Q, { id: profile.id }, { token: other.accessToken })).data?.speaker.email).toBeNull();
    const event = await conference(other, { sessions: 1 });
    ok(await invite(stack, other.accessToken, event.sessionIds[0] as string, profile.id));
    expect((await stack.query(Q, { id: profile.id }, { token: other.accessToken })).data?.speaker.email).toBe(
      profile.email,
    );
    const managed = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    expect((await stack.query(Q, { id: managed.id }, { token: organizer.accessToken })).data?.speaker.email).toBe(
      managed.email,
    );
    expect((await stack.query(Q, { id: managed.id }, { token: other.accessToken })).data?.speaker.email).toBeNull();
  });

  test("the speaker edits their profile but cannot hand it to another account; the organization links accounts", async () => {
    const person = await world(stack).user();
    const profile = await createSpeaker(stack, person.accessToken, { speakingTopics: ["a", "b"], position: "Old" });
    const edited = ok(
      await stack.query(
        UPDATE,
        {
          id: profile.id,
          input: { shortBio: "New bio", position: null, speakingTopics: ["c"], availability: "UNAVAILABLE" },
        },
        { token: person.accessToken },
      ),
    ).updateSpeaker;
    expect(edited).toMatchObject({
      shortBio: "New bio",
      position: null,
      speakingTopics: ["c"],
      availability: "UNAVAILABLE",
      firstName: profile.firstName,
    });
    const someone = await world(stack).user();
    expect(
      errorOf(
        await stack.query(UPDATE, { id: profile.id, input: { userId: someone.userId } }, { token: person.accessToken }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      errorOf(
        await stack.query(UPDATE, { id: profile.id, input: { shortBio: "hacked" } }, { token: someone.accessToken }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      errorOf(
        await stack.query(UPDATE, { id: profile.id, input: { shortBio: "hacked" } }, { token: organizer.accessToken }),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });

    const managed = await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId });
    const linked = ok(
      await stack.query(
        UPDATE,
        { id: managed.id, input: { userId: someone.userId } },
        { token: organizer.accessToken },
      ),
    ).updateSpeaker;
    expect(linked.user).toEqual({ id: someone.userId });
    // Now linked, the speaker edits it too; a second profile for the same account is refused.
    expect(
      ok(await stack.query(UPDATE, { id: managed.id, input: { shortBio: "Mine now" } }, { token: someone.accessToken }))
        .updateSpeaker.shortBio,
    ).toBe("Mine now");
    const clash = await stack.query(
      UPDATE,
      {
        id: (await createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId })).id,
        input: { userId: someone.userId },
      },
      { token: organizer.accessToken },
    );
    expect(errorOf(clash)).toMatchObject({ code: "CONFLICT", reason: "SPEAKER_PROFILE_EXISTS" });
    const taken = await stack.query(
      UPDATE,
      { id: managed.id, input: { email: profile.email } },
      { token: organizer.accessToken },
    );
    expect(errorOf(taken)).toMatchObject({ code: "CONFLICT", reason: "EMAIL_TAKEN" });
    expect(
      errorOf(
        await stack.query(
          UPDATE,
          { id: "00000000-0000-4000-8000-000000000000", input: {} },
          { token: organizer.accessToken },
        ),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  test("speakers list by name, search and filter by company, and page with cursors", async () => {
    const org = await world(stack).organizer("Listing Speakers");
    const company = await createCompany(stack, org.accessToken, org.organizationId, { name: "Speaker Listing AG" });
    const names = [
      ["Zora", "Quill"],
      ["Adam", "Quill"],
      ["Mia", "Quasar"],
      ["Ben", "Quorum"],
      ["Eva", "Qadir"],
    ];
    for (const [first, last] of names)
      await createSpeaker(stack, org.accessToken, {
        organizationId: org.organizationId,
        firstName: first,
        lastName: last,
        companyId: company.id,
      });
    await createSpeaker(stack, org.accessToken, {
      organizationId: org.organizationId,
      firstName: "Quentin",
      lastName: "Elsewhere",
    });
    const PAGE = `query($after: String, $c: ID) { speakers(companyId: $c, first: 2, after: $after) { nodes { firstName lastName } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const page: any = ok(await stack.query(PAGE, { after, c: company.id })).speakers;
      seen.push(...page.nodes.map((n: { firstName: string; lastName: string }) => `${n.firstName} ${n.lastName}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(["Eva Qadir", "Mia Quasar", "Adam Quill", "Zora Quill", "Ben Quorum"]);
    const search = ok(await stack.query(`{ speakers(search: "quent") { nodes { lastName } } }`)).speakers.nodes;
    expect(search).toEqual([{ lastName: "Elsewhere" }]);
    const byCompany = ok(
      await stack.query(`query($id: ID!) { company(id: $id) { speakers { lastName firstName } } }`, { id: company.id }),
    ).company.speakers;
    expect(byCompany.map((s: { firstName: string }) => s.firstName)).toEqual(["Eva", "Mia", "Adam", "Zora", "Ben"]);
  });
});

/** The calendar day in the event's time zone (Europe/Zurich, the default of createEvent). */
const zurichDay = (at: number) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Zurich",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);

describe("speaking history", () => {
  test("confirmed sessions that have ended appear (for those who may see them) next to talks elsewhere, newest first", async () => {
    const person = await world(stack).user();
    const profile = await createSpeaker(stack, person.accessToken, {
      pastEngagements: [{ title: "Elsewhere", eventName: "Other conf", date: "2020-06-01" }],
    });
    // A past event can only be a draft (publishing needs an end in the future): its organizers see it.
    const past = await organizer.event({ title: "Last year's meetup", startsAt: inDays(-30), endsAt: inDays(-29) });
    const session = await past.session({ title: "Looking back", startsAt: inDays(-30, 1) });
    const row = ok(
      await invite(stack, organizer.accessToken, session.id, profile.id, "PRIMARY_SPEAKER", "My retrospective"),
    ).inviteSpeaker;
    ok(await stack.query(CONFIRM, { id: row.id }, { token: person.accessToken }));
    const upcoming = await conference(organizer, { sessions: 1 });
    ok(
      await stack.query(
        CONFIRM,
        {
          id: ok(await invite(stack, organizer.accessToken, upcoming.sessionIds[0] as string, profile.id)).inviteSpeaker
            .id,
        },
        { token: person.accessToken },
      ),
    );

    const Q = `query($id: ID!) { speaker(id: $id) { speakingHistory { title eventName date role session { id title } } } }`;
    const asStaff = await stack.query(Q, { id: profile.id }, { token: organizer.accessToken });
    expect(asStaff.errors).toBeUndefined();
    expect(asStaff.data?.speaker.speakingHistory).toEqual([
      {
        title: "My retrospective",
        eventName: "Last year's meetup",
        date: zurichDay(Date.parse(session.startsAt)),
        role: "PRIMARY_SPEAKER",
        session: { id: session.id, title: "Looking back" },
      },
      { title: "Elsewhere", eventName: "Other conf", date: "2020-06-01", role: null, session: null },
    ]);
    expect((await stack.query(Q, { id: profile.id })).data?.speaker.speakingHistory).toEqual([
      { title: "Elsewhere", eventName: "Other conf", date: "2020-06-01", role: null, session: null },
    ]);
  });
});
