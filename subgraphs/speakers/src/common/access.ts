// Who may see and change what in the speakers subgraph. Roles come from the verified access token; the organization
// of an event or session comes from this subgraph's read model of the events subgraph.
import { hasOrgRole, requireOrgRole, type OrgRole, type Viewer } from "@bilten/platform";
import type { Company, Speaker } from "@bilten/platform/prisma";

export const STAFF: readonly OrgRole[] = ["ADMIN", "ORGANIZER"];

/** Admins and organizers of the organization (platform admins everywhere). */
export const isStaff = (viewer: Viewer | null, organizationId: string) => hasOrgRole(viewer, organizationId, STAFF);

export const requireStaff = (viewer: Viewer | null, organizationId: string, message: string) =>
  requireOrgRole(viewer, organizationId, STAFF, message);

/** Companies (and their logos and partnerships) are managed by the staff of the organization that created them. */
export const canManageCompany = (viewer: Viewer | null, company: Pick<Company, "organizationId">) =>
  isStaff(viewer, company.organizationId);

/** The organization that created a profile (and platform admins) manage it, including which account it belongs to. */
export const isProfileOrganizer = (viewer: Viewer | null, speaker: Pick<Speaker, "organizationId">) =>
  !!viewer && (viewer.isPlatformAdmin || (speaker.organizationId !== null && isStaff(viewer, speaker.organizationId)));

/** The speaker themself edits their profile too. */
export const canEditSpeaker = (viewer: Viewer | null, speaker: Pick<Speaker, "organizationId" | "userId">) =>
  isSpeakerThemself(viewer, speaker) || isProfileOrganizer(viewer, speaker);

export const isSpeakerThemself = (viewer: Viewer | null, speaker: Pick<Speaker, "userId">) =>
  !!viewer && speaker.userId !== null && speaker.userId === viewer.userId;

/** Does the viewer hold a staff role anywhere (a cheap test before looking up which events a speaker is on)? */
export const isStaffSomewhere = (viewer: Viewer | null) =>
  !!viewer && (viewer.isPlatformAdmin || Object.values(viewer.roles).some((role) => STAFF.includes(role)));
