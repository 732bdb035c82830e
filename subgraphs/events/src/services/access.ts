// Who may see and change what in the events subgraph (roles come from the verified access token; which events the
// viewer sees is the platform's `canSeeEvent`).
import { EVENT_STAFF, hasOrgRole, requireOrgRole, type Viewer } from "@bilten/platform";

/** Admins and organizers of the organization (platform admins everywhere). */
export const isEventStaff = (viewer: Viewer | null, organizationId: string) =>
  hasOrgRole(viewer, organizationId, EVENT_STAFF);

export const requireEventStaff = (viewer: Viewer | null, organizationId: string) =>
  requireOrgRole(viewer, organizationId, EVENT_STAFF, "Only the organization's admins and organizers can do this");
