// The payloads of the events subgraph's domain events (contracts in @bilten/contracts). Other subgraphs keep read
// models from them, so each carries the aggregate's current state and its updatedAt as a version.
import type { EventCreated, PayloadInput, SessionScheduled } from "@bilten/contracts";
import type { Session } from "@bilten/platform/prisma";
import type { EventRow } from "../loaders.js";

/** The event's state, as every event of the Event aggregate carries it. */
export function eventState(event: EventRow): PayloadInput<typeof EventCreated> {
  return {
    eventId: event.id,
    eventNumber: event.eventNumber,
    title: event.title,
    organizationId: event.organizationId,
    organizerId: event.organizerId,
    status: event.status,
    publishedAt: event.publishedAt?.toISOString() ?? null,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    capacity: event.capacity,
    updatedAt: event.updatedAt.toISOString(),
  };
}

/** The session's state, as every event of the Session aggregate carries it. */
export function sessionState(session: Session, removed = false): PayloadInput<typeof SessionScheduled> {
  return {
    sessionId: session.id,
    eventId: session.eventId,
    title: session.title,
    sessionType: session.sessionType,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    roomId: session.roomId,
    capacity: session.capacity,
    // A removal is newer than the row it removes.
    updatedAt: (removed ? new Date() : session.updatedAt).toISOString(),
  };
}
