// The demo data of analytics: the demo's published events have page views from distinct visitors, counted by the
// same tracking as the API, visible to their organizers from the first start; seeding twice adds none.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { seedDemo } from "@bilten/stack";
import { must, startTestStack, type TestStack } from "@bilten/testkit";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const settings = () => ({ scryptLogN: 10, ticketing: stack.ticketing, analytics: stack.analytics });

test("the conference and the concert have page views, one per demo visitor", async () => {
  const demo = await seedDemo(stack.db.prisma, settings());
  expect(demo.analytics.pageViews).toBe(39);
  const { accessToken } = must(
    await stack.query(
      `mutation { logIn(email: "program@batbern.example", password: "bilten-demo-2026") { accessToken } }`,
    ),
  ).logIn;
  const analytics = must(
    await stack.query(
      `query($id: ID!) { event(id: $id) { analytics { pageViews uniqueVisitors } } }`,
      { id: demo.events.conference.eventId },
      { token: accessToken },
    ),
  ).event.analytics;
  expect(analytics).toEqual({ pageViews: 24, uniqueVisitors: 24 });

  const again = await seedDemo(stack.db.prisma, settings());
  expect(again.analytics.pageViews).toBe(39);
  expect(await stack.db.prisma.userBehavior.count()).toBe(39);
}, 60_000);
