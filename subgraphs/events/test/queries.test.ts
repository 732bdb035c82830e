// What frontends ask: upcoming events with filters, ranked search, cursor pages, owners' events, and the SQL
// cost of a whole page (constant, whatever the number of events).
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { errorOf, startTestStack, world, type GraphQLResult, type Organizer, type TestStack } from "@bilten/testkit";
import { cacheKeys } from "../src/loaders.js";
import { inDays } from "./fixtures.js";

let stack: TestStack;
let organizer: Organizer;
beforeAll(async () => {
  stack = await startTestStack();
  organizer = await world(stack).organizer();
});
afterAll(async () => {
  await stack?.stop();
});

const ids = (result: { data?: any }, field: string) => result.data?.[field].nodes.map((n: { id: string }) => n.id);

describe("listing", () => {
  test("upcoming published events, soonest first, filtered by date range, city, status, topic and organization", async () => {
    const zurich = await organizer.venue({ name: "Halle", city: "Zürich", country: "CH" });
    const bern = await organizer.venue();
    const other = await world(stack).organizer("Other Org");
    const a = await bern.event({ published: true, startsAt: inDays(3), endsAt: inDays(3, 4), topics: ["jazz"] });
    const b = await zurich.event({ published: true, startsAt: inDays(5), endsAt: inDays(5, 4), topics: ["rock"] });
    const c = await other.event({ published: true, startsAt: inDays(40), endsAt: inDays(40, 4), topics: ["jazz"] });
    await bern.event({ startsAt: inDays(4), endsAt: inDays(4, 2) });
    await stack.query(
      `mutation($id: ID!) { changeEventStatus(id: $id, status: REGISTRATION_OPEN) { id } }`,
      { id: b.id },
      { token: organizer.accessToken },
    );

    const LIST = `query($f: EventFilter) { events(filter: $f, first: 50) { nodes { id } } }`;
    expect(ids(await stack.query(LIST, {}), "events")).toEqual([a.id, b.id, c.id]);
    expect(ids(await stack.query(LIST, { f: { to: inDays(10).toISOString() } }), "events")).toEqual([a.id, b.id]);
    expect(ids(await stack.query(LIST, { f: { from: inDays(20).toISOString() } }), "events")).toEqual([c.id]);
    expect(ids(await stack.query(LIST, { f: { city: "zürich" } }), "events")).toEqual([b.id]);
    expect(ids(await stack.query(LIST, { f: { status: ["REGISTRATION_OPEN"] } }), "events")).toEqual([b.id]);
    expect(ids(await stack.query(LIST, { f: { topic: "jazz" } }), "events")).toEqual([a.id, c.id]);
    expect(ids(await stack.query(LIST, { f: { organizationId: other.organizationId } }), "events")).toEqual([c.id]);
  });

  test("cursor pages walk the whole list without gaps or repeats, even with equal start times", async () => {
    const org = await world(stack).organizer("Pager");
    const venue = await org.venue();
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      created.push(
        (await venue.event({ published: true, startsAt: inDays(60 + (i % 3)), endsAt: inDays(61 + (i % 3)) })).id,
      );
    }
    const PAGE = `query($after: String, $o: ID) { events(first: 3, after: $after, filter: { organizationId: $o }) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: GraphQLResult = await stack.query(PAGE, { after, o: org.organizationId });
      seen.push(...ids(result, "events"));
      if (!result.data?.events.pageInfo.hasNextPage) break;
      after = result.data.events.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([...created].sort());
    expect(errorOf(await stack.query(PAGE, { after: "garbage" }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
    expect(errorOf(await stack.query(`{ events(first: 1000) { nodes { id } } }`))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
  });
});

describe("search", () => {
  test("ranks title matches above description matches, matches word prefixes, ignores drafts", async () => {
    const venue = await organizer.venue();
    const inTitle = await venue.event({
      published: true,
      title: "Holzbau heute",
      description: "Ein Tag über Tragwerke.",
    });
    const inDescription = await venue.event({
      published: true,
      title: "Baukultur",
      description: "Mit Beiträgen zum Holzbau in Städten.",
    });
    await venue.event({ title: "Holzbau Entwurf", description: "draft" });
    const result = await stack.query(`{ searchEvents(query: "holzb") { nodes { rank event { id } } } }`);
    const hits = result.data?.searchEvents.nodes;
    expect(hits.map((h: { event: { id: string } }) => h.event.id)).toEqual([inTitle.id, inDescription.id]);
    expect(hits[0].rank).toBeGreaterThan(hits[1].rank);
    const both = await stack.query(`{ searchEvents(query: "holzbau städten") { nodes { event { id } } } }`);
    expect(both.data?.searchEvents.nodes.map((h: { event: { id: string } }) => h.event.id)).toEqual([inDescription.id]);
    expect(errorOf(await stack.query(`{ searchEvents(query: "  !!  ") { nodes { rank } } }`))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "query",
    });
  });
});

describe("owners' events", () => {
  test("Organization.events shows drafts to its staff only; User.organizedEvents to the organizer only", async () => {
    const org = await world(stack).organizer("Owners");
    const venue = await org.venue();
    const published = await venue.event({ published: true });
    const draft = await venue.event();
    const Q = `query($o: ID!, $u: ID!) { organization(id: $o) { name events { nodes { id } } } user(id: $u) { organizedEvents { nodes { id } } } }`;
    const asStaff = await stack.query(Q, { o: org.organizationId, u: org.userId }, { token: org.accessToken });
    expect(asStaff.errors).toBeUndefined();
    expect(asStaff.data?.organization.events.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [published.id, draft.id].sort(),
    );
    expect(asStaff.data?.user.organizedEvents.nodes).toHaveLength(2);
    const anonymous = await stack.query(Q, { o: org.organizationId, u: org.userId });
    expect(anonymous.data?.organization.events.nodes).toEqual([{ id: published.id }]);
    expect(anonymous.data?.user.organizedEvents.nodes).toEqual([{ id: published.id }]);
  });
});

describe("SQL cost", () => {
  test("50 events with venue, rooms, sessions and agenda cost as many statements as 5", async () => {
    const org = await world(stack).organizer("Counting");
    const PAGE = `query($o: ID!, $n: Int!) { events(first: $n, filter: { organizationId: $o }) { nodes {
      id title organizer { id } venue { name rooms { name } } sessions { title room { name } } agenda { date tracks { room { name } sessions { id } } } } } }`;
    const countFor = async (n: number) => {
      // Compare cold reads: with Redis, public reads may otherwise come from the cache.
      const all = await stack.db.prisma.event.findMany({
        where: { organizationId: org.organizationId },
        select: { id: true },
      });
      await stack.cache.delete(...all.flatMap((e) => [cacheKeys.event(e.id), cacheKeys.sessions(e.id)]));
      stack.statements.length = 0;
      const result = await stack.query(PAGE, { o: org.organizationId, n });
      expect(result.errors).toBeUndefined();
      expect(result.data?.events.nodes).toHaveLength(n);
      return [...stack.statements];
    };
    for (let i = 0; i < 50; i++) {
      const event = await org
        .venue({
          rooms: [
            { name: "A", capacity: 10 },
            { name: "B", capacity: 10 },
          ],
        })
        .event({ published: true, startsAt: inDays(100 + i), endsAt: inDays(100 + i, 8) });
      for (const room of ["A", "B"])
        await event.session({ startsAt: inDays(100 + i, 1), endsAt: inDays(100 + i, 2), room });
    }
    const five = await countFor(5);
    const fifty = await countFor(50);
    expect(fifty.length).toBe(five.length);
    expect(five.length).toBeLessThanOrEqual(8);
  }, 120_000);
});
