// Who may see what, from the read model of events (analytics cannot read the events subgraph's tables).
import { EVENT_STAFF, canSeeEvent, forbidden, hasOrgRole, type Viewer } from "@bilten/platform";
import type { AnalyticsEventRef, AnalyticsSessionRef } from "@bilten/platform/prisma";
import type { AnalyticsLoaders } from "../loaders.js";

export const isEventStaff = (viewer: Viewer | null, event: AnalyticsEventRef) =>
  hasOrgRole(viewer, event.organizationId, EVENT_STAFF);

export async function requireEventStaff(
  viewer: Viewer | null,
  loaders: AnalyticsLoaders,
  eventId: string,
): Promise<AnalyticsEventRef | null> {
  const event = await loaders.eventRefById.load(eventId);
  if (!event) return null;
  if (!isEventStaff(viewer, event)) throw forbidden("Only the event's admins and organizers see its analytics");
  return event;
}

/** A session (not removed) is seen with its event: the platform's rule, published for everyone, drafts for their staff. */
export async function visibleSession(
  viewer: Viewer | null,
  loaders: AnalyticsLoaders,
  sessionId: string,
): Promise<{ session: AnalyticsSessionRef; event: AnalyticsEventRef } | null> {
  const session = await loaders.sessionRefById.load(sessionId);
  if (!session || session.removed) return null;
  const event = await loaders.eventRefById.load(session.eventId);
  if (!event || !canSeeEvent(viewer, event)) return null;
  return { session, event };
}
