// What the events tests share on top of the testkit's builders: the requests whose answers they examine.
import type { TestStack } from "@bilten/testkit";

export { inDays } from "@bilten/testkit";

export async function setStatus(stack: TestStack, token: string, id: string, status: string, reason?: string) {
  return stack.query(
    `mutation($id: ID!, $s: EventStatus!, $r: String) { changeEventStatus(id: $id, status: $s, reason: $r) { id status publishedAt cancelledAt cancellationReason } }`,
    { id, s: status, r: reason },
    { token },
  );
}

export async function schedule(stack: TestStack, token: string, eventId: string, input: Record<string, unknown>) {
  return stack.query(
    `mutation($e: ID!, $input: ScheduleSessionInput!) { scheduleSession(eventId: $e, input: $input) { id title startsAt endsAt capacity room { id name } } }`,
    { e: eventId, input: { title: "Talk", sessionType: "PRESENTATION", ...input } },
    { token },
  );
}
