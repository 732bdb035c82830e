// Builders for the events tests: a venue with rooms and an event, through the API as a user would make them.
import type { TestStack } from "@bilten/stack/testing";

export const DAY = 24 * 3_600_000;
export const inDays = (days: number, hours = 0) => new Date(Date.now() + days * DAY + hours * 3_600_000);

export async function createVenue(stack: TestStack, token: string, organizationId: string, rooms = [{ name: "Hall", capacity: 300 }, { name: "Lab", capacity: 30 }]) {
  const result = await stack.query(
    `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id rooms { id name capacity } } }`,
    { input: { organizationId, name: "Test Venue", address: "Main St 1", city: "Bern", country: "Switzerland", capacity: 500, rooms } },
    { token },
  );
  if (!result.data?.createVenue) throw new Error(JSON.stringify(result.errors));
  const venue = result.data.createVenue as { id: string; rooms: { id: string; name: string; capacity: number }[] };
  const room = (name: string) => venue.rooms.find((r) => r.name === name)?.id as string;
  return { id: venue.id, rooms: venue.rooms, room };
}

export async function createEvent(stack: TestStack, token: string, input: Record<string, unknown>) {
  const result = await stack.query(
    `mutation($input: CreateEventInput!) { createEvent(input: $input) { id status eventNumber startsAt endsAt } }`,
    {
      input: {
        title: "Test conference",
        description: "A day of talks.",
        startsAt: inDays(10).toISOString(),
        endsAt: inDays(11).toISOString(),
        ...input,
      },
    },
    { token },
  );
  if (!result.data?.createEvent) throw new Error(JSON.stringify(result.errors));
  return result.data.createEvent as { id: string; status: string; eventNumber: number; startsAt: string; endsAt: string };
}

export async function setStatus(stack: TestStack, token: string, id: string, status: string, reason?: string) {
  return stack.query(`mutation($id: ID!, $s: EventStatus!, $r: String) { changeEventStatus(id: $id, status: $s, reason: $r) { id status publishedAt cancelledAt cancellationReason } }`, { id, s: status, r: reason }, { token });
}

export async function publishedEvent(stack: TestStack, token: string, organizationId: string, venueId: string, input: Record<string, unknown> = {}) {
  const event = await createEvent(stack, token, { organizationId, venueId, ...input });
  const published = await setStatus(stack, token, event.id, "PUBLISHED");
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return event;
}

export async function schedule(stack: TestStack, token: string, eventId: string, input: Record<string, unknown>) {
  return stack.query(
    `mutation($e: ID!, $input: ScheduleSessionInput!) { scheduleSession(eventId: $e, input: $input) { id title startsAt endsAt capacity room { id name } } }`,
    { e: eventId, input: { title: "Talk", sessionType: "PRESENTATION", ...input } },
    { token },
  );
}
