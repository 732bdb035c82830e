// The payloads of the events subgraph's domain events. Other subgraphs keep read models from them (see the
// platform's projections), so each carries the aggregate's current state and its updatedAt as a version.
import type { NewDomainEvent } from "@bilten/platform";
import type { Session } from "@bilten/platform/prisma";
import type { EventRow } from "../loaders.js";

export function eventEvent(eventType: string, event: EventRow, extra: Record<string, unknown> = {}): NewDomainEvent {
  return {
    aggregateType: "Event",
    aggregateId: event.id,
    eventType,
    data: {
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
      ...extra,
    },
  };
}

export function sessionEvent(eventType: string, session: Session, extra: Record<string, unknown> = {}): NewDomainEvent {
  return {
    aggregateType: "Session",
    aggregateId: session.id,
    eventType,
    data: {
      sessionId: session.id,
      eventId: session.eventId,
      title: session.title,
      sessionType: session.sessionType,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      roomId: session.roomId,
      capacity: session.capacity,
      // A removal is newer than the row it removes.
      updatedAt: (eventType === "SessionRemoved" ? new Date() : session.updatedAt).toISOString(),
      ...extra,
    },
  };
}
