// identity announces registrations, profile and membership changes, without personal data beyond ids.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import type { DomainEvent } from "@bilten/platform";
import { eventually, startTestStack, world, type TestStack } from "@bilten/testkit";

let stack: TestStack;
const received: DomainEvent[] = [];
let stop: () => Promise<void>;
beforeAll(async () => {
  stack = await startTestStack();
  const consumer = await stack.events.consume("identity-test", async (e) => void received.push(e), { fromStart: true });
  stop = () => consumer.stop();
});
afterAll(async () => {
  await stop?.();
  await stack?.stop();
});

describe("identity domain events", () => {
  test("registration, profile change and membership change are announced with ids, company and consent only", async () => {
    const person = await world(stack).user({ firstName: "Private", lastName: "Person" });
    await stack.query(
      `mutation { updateMyProfile(input: { companyId: "11111111-1111-4111-8111-111111111111", gdprConsent: false }) { id } }`,
      {},
      { token: person.accessToken },
    );
    const admin = await world(stack).organizer();
    await admin.member("ATTENDEE", person);
    const mine = () => received.filter((e) => e.data.userId === person.userId);
    await eventually(() => mine().length === 3);
    expect(mine().map((e) => e.eventType)).toEqual(["UserRegistered", "UserProfileChanged", "MembershipChanged"]);
    expect(mine()[1]?.data).toMatchObject({
      companyId: "11111111-1111-4111-8111-111111111111",
      gdprConsentGiven: false,
      gdprConsentAt: null,
    });
    expect(mine()[2]?.data).toMatchObject({ organizationId: admin.organizationId, role: "ATTENDEE" });
    const text = JSON.stringify(received);
    expect(text).not.toContain(person.email);
    expect(text).not.toContain("Private");
    expect(received.every((e) => e.source === "identity" || e.source === "events")).toBe(true);
  });
});
