// What the analytics tests share on top of the testkit's builders: an event's analytics as its staff read them, and
// requests as a browser sends them (page views are counted per visitor, from the client's address and agent).
import { must, type TestStack, type Tokens } from "@bilten/testkit";

/** The event's analytics, the fields asked for, read with the staff member's token. */
export async function analyticsOf(stack: TestStack, staff: Tokens, eventId: string, fields: string) {
  return must(
    await stack.query(
      `query($id: ID!) { event(id: $id) { analytics { ${fields} } } }`,
      { id: eventId },
      { token: staff.accessToken },
    ),
  ).event.analytics;
}

/** Headers of a browser behind the load balancer: its user agent and address. */
export const asBrowser = (userAgent: string, ip = "203.0.113.7") => ({
  headers: { "user-agent": userAgent, "x-forwarded-for": ip },
});
