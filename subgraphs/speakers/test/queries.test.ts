// The SQL cost of "an event's agenda with all speakers and their companies": the same number of statements for a
// few sessions as for many, as the public and as the event's staff.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { graphql, startTestStack, world, type Organizer, type TestStack } from "@bilten/testkit";
import { cacheKeys } from "../../events/src/loaders.js";
import {
  CONFIRM,
  JPEG,
  PNG,
  conference,
  createCompany,
  createSpeaker,
  invite,
  ok,
  upload,
  type Conference,
} from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;

beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
});
afterAll(async () => {
  await stack?.stop();
});

const AGENDA = `query($id: ID!) { event(id: $id) { title agenda { date tracks { room { name } sessions { id title
  speakers { role status presentationTitle sessionSummary { title } speaker { displayName company { name logo { url } partner { tier } } } } } } } } }`;

/** Each session gets a confirmed primary speaker and an invited co-speaker, from companies with logos and partners. */
async function staffed(event: Conference) {
  for (const [i, sessionId] of event.sessionIds.entries()) {
    const company = await createCompany(stack, organizer.accessToken, organizer.organizationId);
    ok(await upload(stack, organizer.accessToken, company.id, i % 2 ? PNG : JPEG, i % 2 ? "logo.png" : "logo.jpg"));
    ok(
      await stack.query(
        `mutation($c: ID!) { createPartner(input: { companyId: $c, tier: GOLD, startDate: "2026-01-01" }) { id } }`,
        { c: company.id },
        { token: organizer.accessToken },
      ),
    );
    const primary = await createSpeaker(stack, organizer.accessToken, {
      organizationId: organizer.organizationId,
      companyId: company.id,
    });
    const co = await createSpeaker(stack, organizer.accessToken, {
      organizationId: organizer.organizationId,
      companyId: company.id,
    });
    const row = ok(await invite(stack, organizer.accessToken, sessionId, primary.id, "PRIMARY_SPEAKER")).inviteSpeaker;
    ok(await stack.query(CONFIRM, { id: row.id }, { token: organizer.accessToken }));
    ok(await invite(stack, organizer.accessToken, sessionId, co.id, "CO_SPEAKER"));
  }
}

/** Statements of one cold agenda read. */
async function cost(eventId: string, token?: string) {
  await stack.cache.delete(cacheKeys.event(eventId), cacheKeys.sessions(eventId));
  stack.statements.length = 0;
  const result = await stack.query(AGENDA, { id: eventId }, { token: token ?? null });
  expect(result.errors).toBeUndefined();
  return [...stack.statements];
}

describe("SQL cost", () => {
  test("an agenda with all speakers and their companies costs as many statements for 12 sessions as for 2", async () => {
    const few = await conference(organizer, { sessions: 2 });
    const many = await conference(organizer, { sessions: 12 });
    await staffed(few);
    await staffed(many);
    await stack.settle();

    const sessions = (result: { data?: any }) =>
      result.data?.event.agenda.flatMap((d: any) => d.tracks.flatMap((t: any) => t.sessions));
    const publicView = sessions(await stack.query(AGENDA, { id: many.eventId }));
    expect(publicView).toHaveLength(12);
    expect(
      publicView.every(
        (s: any) => s.speakers.length === 1 && s.speakers[0].speaker.company.logo.url.startsWith("/media/logos/"),
      ),
    ).toBe(true);
    const staffView = sessions(await stack.query(AGENDA, { id: many.eventId }, { token: organizer.accessToken }));
    expect(
      staffView.every((s: any) => s.speakers.map((x: any) => x.role).join() === "PRIMARY_SPEAKER,CO_SPEAKER"),
    ).toBe(true);

    for (const token of [undefined, organizer.accessToken]) {
      const small = await cost(few.eventId, token);
      const large = await cost(many.eventId, token);
      expect(large.length).toBe(small.length);
      const speakersSide = large.filter((sql) => sql.includes('"speakers".'));
      // Sessions and events (read model), session speakers, speakers, companies, logos, partners: one each.
      expect(speakersSide.length).toBeLessThanOrEqual(7);
      expect(large.length).toBeLessThanOrEqual(12);
    }
  }, 120_000);

  test("companies, partners and speakers resolve by reference in one statement per type, however many", async () => {
    const companies = await Promise.all(
      Array.from({ length: 6 }, () => createCompany(stack, organizer.accessToken, organizer.organizationId)),
    );
    const partners = [];
    for (const company of companies.slice(0, 3)) {
      partners.push(
        ok(
          await stack.query(
            `mutation($c: ID!) { createPartner(input: { companyId: $c, tier: SILVER, startDate: "2026-01-01" }) { id } }`,
            { c: company.id },
            { token: organizer.accessToken },
          ),
        ).createPartner.id as string,
      );
    }
    const speakers = await Promise.all(
      companies.map((c) =>
        createSpeaker(stack, organizer.accessToken, { organizationId: organizer.organizationId, companyId: c.id }),
      ),
    );
    const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Company { name } ... on Partner { tier company { id } } ... on Speaker { lastName employer: company { id } } } }`;
    const representations = [
      ...companies.map((c) => ({ __typename: "Company", id: c.id })),
      ...partners.map((id) => ({ __typename: "Partner", id })),
      ...speakers.map((s) => ({ __typename: "Speaker", id: s.id })),
      { __typename: "Speaker", id: "00000000-0000-4000-8000-000000000000" },
    ];
    stack.statements.length = 0;
    // Straight to the subgraph, as the gateway would ask it.
    const result = await graphql(stack.subgraphs.speakers?.url as string, ENTITIES, { r: representations });
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities as unknown[];
    expect(entities).toHaveLength(representations.length);
    expect(entities.at(-1)).toBeNull();
    expect(entities.slice(6, 9)).toEqual(companies.slice(0, 3).map((c) => ({ tier: "SILVER", company: { id: c.id } })));
    // One statement each for companies, partners and speakers.
    const tables = stack.statements.flatMap((sql) => /FROM "speakers"\."(\w+)"/.exec(sql)?.[1] ?? []);
    expect(tables.filter((t) => ["companies", "partners", "speakers"].includes(t)).sort()).toEqual([
      "companies",
      "partners",
      "speakers",
    ]);
  });
});
