// The events subgraph's domain events. Other subgraphs keep read models from them, so each carries the aggregate's
// current state and its updatedAt as a version.
import { z } from "zod";
import { defineEvent, type ContractEvent } from "./contract.js";
import { changed, id, instant } from "./fields.js";

export const EventStatus = z.enum([
  "DRAFT",
  "TOPIC_DEFINED",
  "SPEAKERS_INVITED",
  "AGENDA_DRAFT",
  "PUBLISHED",
  "REGISTRATION_OPEN",
  "REGISTRATION_CLOSED",
  "IN_PROGRESS",
  "COMPLETED",
  "ARCHIVED",
  "CANCELLED",
]);
export const SessionType = z.enum([
  "KEYNOTE",
  "PRESENTATION",
  "WORKSHOP",
  "PANEL_DISCUSSION",
  "NETWORKING",
  "BREAK",
  "LUNCH",
]);

const event = {
  eventId: id,
  eventNumber: z.int(),
  title: z.string(),
  organizationId: id,
  organizerId: id,
  status: EventStatus,
  publishedAt: instant.nullable(),
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string(),
  capacity: z.int().nullable(),
  updatedAt: instant,
};

const session = {
  sessionId: id,
  eventId: id,
  title: z.string(),
  sessionType: SessionType,
  startsAt: instant,
  endsAt: instant,
  roomId: id.nullable(),
  capacity: z.int().nullable(),
  /** A removal's is the moment of removal: newer than the row it removes. */
  updatedAt: instant,
};

const ofEvent = <const N extends string, S extends z.ZodType<{ eventId: string }>>(name: N, payload: S) =>
  defineEvent({ source: "events", name, version: 1, aggregateType: "Event", aggregateId: "eventId", payload });
const ofSession = <const N extends string, S extends z.ZodType<{ sessionId: string }>>(name: N, payload: S) =>
  defineEvent({ source: "events", name, version: 1, aggregateType: "Session", aggregateId: "sessionId", payload });

export const EventCreated = ofEvent("EventCreated", z.strictObject(event));
export const EventUpdated = ofEvent("EventUpdated", z.strictObject(event));
export const EventStatusChanged = ofEvent(
  "EventStatusChanged",
  z.strictObject({ ...event, from: EventStatus, to: EventStatus }),
);
export const EventPublished = ofEvent("EventPublished", z.strictObject(event));
export const EventCancelled = ofEvent("EventCancelled", z.strictObject({ ...event, reason: z.string().nullable() }));

export const SessionScheduled = ofSession("SessionScheduled", z.strictObject(session));
export const SessionChanged = ofSession("SessionChanged", z.strictObject({ ...session, changed }));
export const SessionRemoved = ofSession("SessionRemoved", z.strictObject(session));

/** The events of the Event aggregate: each carries the event's whole current state. */
export const eventStateEvents = [
  EventCreated,
  EventUpdated,
  EventStatusChanged,
  EventPublished,
  EventCancelled,
] as const;
/** The events of the Session aggregate: each carries the session's whole current state. */
export const sessionStateEvents = [SessionScheduled, SessionChanged, SessionRemoved] as const;
export const eventsEvents = [...eventStateEvents, ...sessionStateEvents] as const;

/**
 * The row an event or session announcement gives the read models other subgraphs keep of them (`event_refs`,
 * `session_refs`, the same columns in each consumer's schema). Every announcement carries its aggregate's whole
 * state, so the row is the newest state; a removed session stays as a tombstone.
 */
export function readModelRow(event: ContractEvent<(typeof eventsEvents)[number]>): {
  table: "event_refs" | "session_refs";
  row: Record<string, string | number | boolean | null>;
} {
  if (
    event.eventType === "SessionScheduled" ||
    event.eventType === "SessionChanged" ||
    event.eventType === "SessionRemoved"
  ) {
    const s = event.data;
    return {
      table: "session_refs",
      row: {
        id: s.sessionId,
        event_id: s.eventId,
        title: s.title,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        capacity: s.capacity,
        removed: event.eventType === "SessionRemoved",
        updated_at: s.updatedAt,
      },
    };
  }
  const e = event.data;
  return {
    table: "event_refs",
    row: {
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
    },
  };
}
