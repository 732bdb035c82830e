// Demo data of analytics: visits to the demo's published events, recorded through the same tracking as the API
// (hashed visitors, one view per visitor per 30 minutes), so their analytics show page views from the first start.
// Sales, registrations and check-ins need no demo of their own: they come from the other subgraphs' domain events.
import { noCache, type Db } from "@bilten/platform";
import { createLoaders } from "./loaders.js";
import { TrackingService } from "./services/tracking.js";
import type { AnalyticsSettings } from "./settings.js";

export interface AnalyticsDemo {
  pageViews: number;
}

/** Visitors per event, from the most visited; addresses from the documentation range (RFC 5737). */
const VISITORS = [24, 15];

export async function seedAnalyticsDemo(
  db: Db,
  settings: AnalyticsSettings,
  owners: { eventIds: string[] },
): Promise<AnalyticsDemo> {
  const existing = await db.userBehavior.count({
    where: { resourceType: "event", resourceId: { in: owners.eventIds } },
  });
  if (existing > 0) return { pageViews: existing };
  const loaders = createLoaders(db);
  let pageViews = 0;
  for (const [index, eventId] of owners.eventIds.entries()) {
    for (let visitor = 1; visitor <= (VISITORS[index] ?? 5); visitor++) {
      const client = { ip: `198.51.100.${visitor}`, userAgent: `Demo browser ${visitor % 3}` };
      const tracking = new TrackingService(db, noCache, loaders, { viewer: null, client }, settings.visitorSecret);
      if (await tracking.trackEventView(eventId)) pageViews += 1;
    }
  }
  return { pageViews };
}
