// The events subgraph's domain events. Other subgraphs keep read models from them, so each carries the aggregate's
// current state and its updatedAt as a version.
import { z } from "zod";
import { defineEvent } from "./contract.js";
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
