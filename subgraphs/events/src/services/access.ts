// Who may see and change what in the events subgraph (roles come from the verified access token).
import { hasOrgRole, requireOrgRole, type OrgRole, type Viewer } from "@bilten/platform";

export const EVENT_STAFF: readonly OrgRole[] = ["ADMIN", "ORGANIZER"];

/** Admins and organizers of the organization (platform admins everywhere). */
export const isEventStaff = (viewer: Viewer | null, organizationId: string) => hasOrgRole(viewer, organizationId, EVENT_STAFF);

export const requireEventStaff = (viewer: Viewer | null, organizationId: string) =>
  requireOrgRole(viewer, organizationId, EVENT_STAFF, "Only the organization's admins and organizers can do this");

/** Published events are public; drafts exist only for the organization's staff. */
export const canSeeEvent = (viewer: Viewer | null, event: { publishedAt: Date | null; organizationId: string }) =>
  event.publishedAt !== null || isEventStaff(viewer, event.organizationId);
