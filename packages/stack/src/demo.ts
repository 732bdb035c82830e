// Demo data for the embedded default, created on the first start (each subgraph seeds its own tables).
import { eventsEvents, readEvent } from "@bilten/contracts";
import type { Db, Logger } from "@bilten/platform";
import { hasIdentityDemo, seedIdentityDemo } from "@bilten/identity";
import { seedEventsDemo } from "@bilten/events";
import { seedSpeakersDemo } from "@bilten/speakers";
import { applyToEventRefs as projectForTicketing, seedTicketingDemo, type TicketingSettings } from "@bilten/ticketing";
import { applyToEventRefs as projectForAnalytics, seedAnalyticsDemo, type AnalyticsSettings } from "@bilten/analytics";

/** What seeding needs of the subgraphs' settings: the password cost, ticket signing keys, the visitor key. */
export interface DemoSettings {
  scryptLogN: number;
  ticketing: TicketingSettings;
  analytics: AnalyticsSettings;
}

/** Seeds once: a database that already has the demo accounts is left alone. */
export async function seedDemoIfEmpty(db: Db, settings: DemoSettings, log: Logger): Promise<boolean> {
  if (await hasIdentityDemo(db)) return false;
  await seedDemo(db, settings);
  log.info("demo data created (accounts in README.md, password bilten-demo-2026)");
  return true;
}

export async function seedDemo(db: Db, settings: DemoSettings) {
  const identity = await seedIdentityDemo(db, settings.scryptLogN);
  const events = await seedEventsDemo(db, identity);
  const speakers = await seedSpeakersDemo(db, { identity, events });
  await projectDemoEvents(db);
  const ticketing = await seedTicketingDemo(db, settings.ticketing, {
    organizations: identity.organizations,
    users: identity.users,
    concert: events.concert,
    conference: events.conference,
  });
  const analytics = await seedAnalyticsDemo(db, settings.analytics, {
    eventIds: [events.conference.eventId, events.concert.eventId],
  });
  return { identity, events, speakers, ticketing, analytics };
}

/**
 * The demo's events were announced in the events outbox, but no relay has run yet, so the read models of ticketing
 * and analytics do not know them. Apply the announcements now, exactly as their projections will again
 * (idempotently) once the stack runs, so ticketing can seed orders and registrations and analytics page views.
 */
async function projectDemoEvents(db: Db): Promise<void> {
  const rows = await db.eventsOutbox.findMany({ orderBy: { position: "asc" } });
  for (const row of rows) {
    const reading = readEvent(eventsEvents, {
      id: row.id,
      aggregateType: row.aggregateType,
      aggregateId: row.aggregateId,
      eventType: row.eventType,
      eventVersion: row.eventVersion,
      occurredAt: row.occurredAt.toISOString(),
      source: "events",
      data: row.data as Record<string, unknown>,
    });
    if (reading.kind !== "known")
      throw new Error(`the demo wrote an event its read models cannot read: ${JSON.stringify(reading)}`);
    await projectForTicketing(db, reading.event);
    await projectForAnalytics(db, reading.event);
  }
}
