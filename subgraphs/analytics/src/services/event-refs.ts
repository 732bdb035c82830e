// This subgraph's read model of the events subgraph's events and sessions (event_refs, session_refs), kept from its
// domain events. Each carries its aggregate's whole state: newer states win, so replays and late redeliveries change
// nothing, and a removed session stays as a tombstone an older "scheduled" cannot bring back.
import type { ContractEvent, eventsEvents } from "@bilten/contracts";
import { upsertNewer, type DbClient } from "@bilten/platform";

const EVENT_REFS = { schema: "analytics", table: "event_refs", key: "id", version: "updated_at" };
const SESSION_REFS = { schema: "analytics", table: "session_refs", key: "id", version: "updated_at" };

export async function applyToEventRefs(
  db: DbClient,
  event: ContractEvent<(typeof eventsEvents)[number]>,
): Promise<void> {
  if (
    event.eventType === "SessionScheduled" ||
    event.eventType === "SessionChanged" ||
    event.eventType === "SessionRemoved"
  ) {
    const s = event.data;
    await upsertNewer(db, SESSION_REFS, {
      id: s.sessionId,
      event_id: s.eventId,
      title: s.title,
      starts_at: s.startsAt,
      ends_at: s.endsAt,
      capacity: s.capacity,
      removed: event.eventType === "SessionRemoved",
      updated_at: s.updatedAt,
    });
    return;
  }
  const e = event.data;
  await upsertNewer(db, EVENT_REFS, {
    id: e.eventId,
    organization_id: e.organizationId,
    organizer_id: e.organizerId,
    title: e.title,
    status: e.status,
    published_at: e.publishedAt,
    starts_at: e.startsAt,
    ends_at: e.endsAt,
    time_zone: e.timeZone,
    capacity: e.capacity,
    updated_at: e.updatedAt,
  });
}
