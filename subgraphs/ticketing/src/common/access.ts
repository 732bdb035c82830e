// Who may do what, decided from the verified viewer and the event read model (the organization of an event and
// whether it is published come from the events subgraph's domain events).
import { badInput, conflict, forbidden, hasOrgRole, requireId, requireViewer, type OrgRole, type Viewer } from "@bilten/platform";
import type { TicketingEventRef } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../loaders.js";

export type EventRef = TicketingEventRef;

/** Organizers: they manage ticket types, codes, refunds and see personal data of the event's buyers. */
export const EVENT_STAFF: readonly OrgRole[] = ["ADMIN", "ORGANIZER"];
/** Door staff see tickets (to check them in) but not payment details. */
export const DOOR_STAFF: readonly OrgRole[] = ["ADMIN", "ORGANIZER", "CHECK_IN_STAFF"];

export const isEventStaff = (viewer: Viewer | null, event: EventRef) => hasOrgRole(viewer, event.organizationId, EVENT_STAFF);
export const isDoorStaff = (viewer: Viewer | null, event: EventRef) => hasOrgRole(viewer, event.organizationId, DOOR_STAFF);
/** An event is public once published (a cancelled event stays public); drafts are for their staff. */
export const isPublic = (event: EventRef) => event.publishedAt !== null;
export const canSeeEvent = (viewer: Viewer | null, event: EventRef) => isPublic(event) || isEventStaff(viewer, event);

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

  /** A known, visible event, or BAD_USER_INPUT on the argument (the read model may not have it yet). */
  async known(field: string, eventId: string): Promise<EventRef> {
    const id = requireId(field, eventId);
    const event = await this.visible(id);
    if (!event) {
      throw badInput(field, `${field}: event ${id} is not known to ticketing (yet); it learns new events within moments`, {
        reason: "EVENT_UNKNOWN",
      });
    }
    return event;
  }

  /** A known event the viewer is staff of (ADMIN/ORGANIZER of its organization). */
  async managed(field: string, eventId: string): Promise<EventRef> {
    requireViewer(this.viewer);
    const event = await this.known(field, eventId);
    if (!isEventStaff(this.viewer, event)) throw forbidden("Only the event organization's admins and organizers can do this");
    return event;
  }

  /** A published event that has not ended and is not cancelled: open for sales and registrations. */
  async open(field: string, eventId: string, now = new Date()): Promise<EventRef> {
    const event = await this.known(field, eventId);
    if (!isPublic(event)) {
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
