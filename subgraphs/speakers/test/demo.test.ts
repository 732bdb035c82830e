// The demo data: companies with a partner of every tier, speakers, and the conference's session speakers in every
// state, visible through the gateway once the read model has learned the demo sessions; seeding twice adds nothing.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { seedDemo } from "@bilten/stack";
import { eventually, startTestStack, type TestStack } from "@bilten/testkit";
import { ok } from "./fixtures.js";

let stack: TestStack;
let demo: Awaited<ReturnType<typeof seedDemo>>;

beforeAll(async () => {
  stack = await startTestStack();
  demo = await seedDemo(stack.db.prisma, { scryptLogN: 10, ticketing: stack.ticketing, analytics: stack.analytics });
  // The demo's domain events go out through the outboxes like any others; the read model learns the sessions.
  await stack.subgraphs.events?.outbox?.flush();
  const sessionIds = demo.events.conference.sessionIds;
  await eventually(
    async () =>
      (await stack.db.prisma.speakersSessionRef.count({ where: { id: { in: sessionIds } } })) === sessionIds.length,
  );
});
afterAll(async () => {
  await stack?.stop();
});

const logIn = async (email: string) =>
  ok(
    await stack.query(`mutation($e: String!) { logIn(email: $e, password: "bilten-demo-2026") { accessToken } }`, {
      e: email,
    }),
  ).logIn.accessToken as string;

describe("demo data", () => {
  test("a partner of every tier; companies without partnership too", async () => {
    const partners = ok(
      await stack.query(`{ partners(first: 50) { nodes { tier company { name isPartner logo { url } } } } }`),
    ).partners.nodes;
    expect(partners.map((p: { tier: string }) => p.tier)).toEqual([
      "STRATEGIC",
      "PLATINUM",
      "GOLD",
      "SILVER",
      "BRONZE",
    ]);
    expect(partners.every((p: { company: { isPartner: boolean } }) => p.company.isPartner)).toBe(true);
    const companies = ok(
      await stack.query(`{ companies(first: 50) { nodes { name isPartner speakers { displayName } } } }`),
    ).companies.nodes;
    expect(companies.length).toBeGreaterThanOrEqual(8);
    expect(companies.filter((c: { isPartner: boolean }) => !c.isPartner).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(demo.speakers.partners)).toHaveLength(5);
  });

  test("the conference's sessions have speakers in every state; the public sees the confirmed ones", async () => {
    expect(demo.speakers.sessionSpeakers.INVITED.length).toBeGreaterThan(0);
    expect(demo.speakers.sessionSpeakers.CONFIRMED.length).toBeGreaterThan(0);
    expect(demo.speakers.sessionSpeakers.DECLINED.length).toBeGreaterThan(0);
    const Q = `query($id: ID!) { event(id: $id) { sessions { title speakers { role status speaker { displayName company { name } } } } } }`;
    const publicSessions = ok(await stack.query(Q, { id: demo.events.conference.eventId })).event.sessions;
    const statuses = (sessions: { speakers: { status: string }[] }[]) =>
      new Set(sessions.flatMap((s) => s.speakers.map((x) => x.status)));
    expect([...statuses(publicSessions)]).toEqual(["CONFIRMED"]);
    const panel = publicSessions.find((s: { title: string }) => s.title.startsWith("Panel: permits"));
    expect(panel.speakers.map((s: { role: string }) => s.role)).toEqual(["MODERATOR", "PANELIST"]);
    const staff = await logIn("program@batbern.example");
    const staffSessions = ok(await stack.query(Q, { id: demo.events.conference.eventId }, { token: staff })).event
      .sessions;
    expect([...statuses(staffSessions)].sort()).toEqual(["CONFIRMED", "DECLINED", "INVITED"]);
  });

  test("Chiara (an attendee account) answers her own invitation; Ben is the strategic partner's contact", async () => {
    const chiara = await logIn("chiara@attendee.example");
    const mine = ok(
      await stack.query(
        `{ me { speakerProfile { displayName invitations { id status sessionSummary { title } } } } }`,
        {},
        { token: chiara },
      ),
    ).me.speakerProfile;
    expect(mine.displayName).toBe("Chiara Conti");
    const invitation = mine.invitations.find((i: { status: string }) => i.status === "INVITED");
    const confirmed = ok(
      await stack.query(
        `mutation($id: ID!) { confirmSpeakerInvitation(id: $id) { status } }`,
        { id: invitation.id },
        { token: chiara },
      ),
    );
    expect(confirmed.confirmSpeakerInvitation.status).toBe("CONFIRMED");
    const ben = await logIn("ben@attendee.example");
    const strategic = ok(
      await stack.query(
        `{ partners(tier: STRATEGIC) { nodes { benefits contacts { role user { displayName } } } } }`,
        {},
        { token: ben },
      ),
    ).partners.nodes[0];
    expect(strategic.contacts).toEqual([{ role: "Head of Marketing", user: { displayName: "Ben Besucher" } }]);
    expect(strategic.benefits.length).toBeGreaterThan(0);
  });

  test("seeding again finds the demo and adds nothing", async () => {
    const counts = async () => [
      await stack.db.prisma.company.count(),
      await stack.db.prisma.speaker.count(),
      await stack.db.prisma.sessionSpeaker.count(),
    ];
    const before = await counts();
    const again = await seedDemo(stack.db.prisma, {
      scryptLogN: 10,
      ticketing: stack.ticketing,
      analytics: stack.analytics,
    });
    expect(await counts()).toEqual(before);
    expect(again.speakers.companies).toEqual(demo.speakers.companies);
  });
});
