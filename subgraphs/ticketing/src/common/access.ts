// Who may do what, decided from the verified viewer and the event read model (the organization of an event and
// whether it is published come from the events subgraph's domain events).
import {
  EVENT_STAFF,
  badInput,
  canSeeEvent,
  conflict,
  forbidden,
  hasOrgRole,
  isPublished,
  requireId,
  requireViewer,
  type OrgRole,
  type Viewer,
} from "@bilten/platform";
import type { TicketingEventRef } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../loaders.js";

export type EventRef = TicketingEventRef;

/** Door staff see tickets (to check them in) but not payment details. */
export const DOOR_STAFF: readonly OrgRole[] = ["ADMIN", "ORGANIZER", "CHECK_IN_STAFF"];

/** Organizers (the platform's EVENT_STAFF): they manage ticket types, codes, refunds and see buyers' personal data. */
export const isEventStaff = (viewer: Viewer | null, event: EventRef) =>
  hasOrgRole(viewer, event.organizationId, EVENT_STAFF);
export const isDoorStaff = (viewer: Viewer | null, event: EventRef) =>
  hasOrgRole(viewer, event.organizationId, DOOR_STAFF);

/** Reads of the event read model with the rules every service shares. */
export class EventRefs {
  constructor(
    private readonly loaders: TicketingLoaders,
    private readonly viewer: Viewer | null,
  ) {}

  /** The event if the viewer may see it; unknown and invisible look the same. */
  async visible(eventId: string): Promise<EventRef | null> {
    const event = await this.loaders.eventRefById.load(eventId);
    return event && canSeeEvent(this.viewer, event) ? event : null;
  }

  /**
   * A row of one of an event's lists (an order, a ticket, a registration) for the person it belongs to and for the
   * event's staff (`isStaff` says which); null for everyone else, and without a read for anonymous viewers.
   */
  async ownOrStaff<T extends { eventId: string }>(
    id: string,
    rows: { load(id: string): Promise<T | null> },
    ownerOf: (row: T) => string,
    isStaff: (viewer: Viewer, event: EventRef) => boolean,
  ): Promise<T | null> {
    if (!this.viewer) return null;
    const row = await rows.load(id);
    if (!row) return null;
    if (ownerOf(row) === this.viewer.userId) return row;
    const event = await this.loaders.eventRefById.load(row.eventId);
    return event && isStaff(this.viewer, event) ? row : null;
  }

  /** A known, visible event, or BAD_USER_INPUT on the argument (the read model may not have it yet). */
  async known(field: string, eventId: string): Promise<EventRef> {
    const id = requireId(field, eventId);
    const event = await this.visible(id);
    if (!event) {
      throw badInput(
        field,
        `${field}: event ${id} is not known to ticketing (yet); it learns new events within moments`,
        {
          reason: "EVENT_UNKNOWN",
        },
      );
    }
    return event;
  }

  /** A known event the viewer is staff of (ADMIN/ORGANIZER of its organization). */
  async managed(field: string, eventId: string): Promise<EventRef> {
    requireViewer(this.viewer);
    const event = await this.known(field, eventId);
    if (!isEventStaff(this.viewer, event))
      throw forbidden("Only the event organization's admins and organizers can do this");
    return event;
  }

  /** A published event that has not ended and is not cancelled: open for sales and registrations. */
  async open(field: string, eventId: string, now = new Date()): Promise<EventRef> {
    const event = await this.known(field, eventId);
    if (!isPublished(event)) {
      throw badInput(field, `${field}: event ${event.id} is not published yet`, { reason: "EVENT_NOT_PUBLISHED" });
    }
    return assertOpen(event, now);
  }
}

export function assertOpen(event: EventRef, now = new Date()): EventRef {
  if (event.status === "CANCELLED") {
    throw conflict("EVENT_CANCELLED", "The event is cancelled", { eventId: event.id });
  }
  if (event.endsAt.getTime() <= now.getTime() || event.status === "COMPLETED" || event.status === "ARCHIVED") {
    throw conflict("EVENT_ENDED", "The event is over", { eventId: event.id, endedAt: event.endsAt.toISOString() });
  }
  return event;
}
