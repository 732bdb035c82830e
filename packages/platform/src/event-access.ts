// Who sees an event: one rule for every subgraph that holds events or a read model of them. Published events are
// public (a cancelled one stays public); drafts exist only for the admins and organizers of the event's organization
// (and platform admins), and for everyone else look the same as events that do not exist.
import { hasOrgRole, type OrgRole, type Viewer } from "./auth.js";

/** Admins and organizers of the event's organization: they manage the event and see it while it is a draft. */
export const EVENT_STAFF: readonly OrgRole[] = ["ADMIN", "ORGANIZER"];

export interface EventVisibility {
  organizationId: string;
  publishedAt: Date | null;
}

export const isPublished = (event: Pick<EventVisibility, "publishedAt">) => event.publishedAt !== null;

export const canSeeEvent = (viewer: Viewer | null, event: EventVisibility) =>
  isPublished(event) || hasOrgRole(viewer, event.organizationId, EVENT_STAFF);
