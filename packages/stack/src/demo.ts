// Demo data for the embedded default, created on the first start (each subgraph seeds its own tables).
import { eventsEvents, readEvent } from "@bilten/contracts";
import type { Db, Logger } from "@bilten/platform";
import { hasIdentityDemo, seedIdentityDemo } from "@bilten/identity";
import { seedEventsDemo } from "@bilten/events";
import { seedSpeakersDemo } from "@bilten/speakers";
import { applyToEventRefs, seedTicketingDemo, type TicketingSettings } from "@bilten/ticketing";

/** Seeds once: a database that already has the demo accounts is left alone. */
export async function seedDemoIfEmpty(
  db: Db,
  options: { scryptLogN: number; ticketing: TicketingSettings; log: Logger },
): Promise<boolean> {
  if (await hasIdentityDemo(db)) return false;
  await seedDemo(db, options.scryptLogN, options.ticketing);
  options.log.info("demo data created (accounts in README.md, password bilten-demo-2026)");
  return true;
}

export async function seedDemo(db: Db, scryptLogN: number, ticketingSettings: TicketingSettings) {
  const identity = await seedIdentityDemo(db, scryptLogN);
  const events = await seedEventsDemo(db, identity);
  const speakers = await seedSpeakersDemo(db, { identity, events });
  await projectEventsForTicketing(db);
  const ticketing = await seedTicketingDemo(db, ticketingSettings, {
    organizations: identity.organizations,
    users: identity.users,
    concert: events.concert,
    conference: events.conference,
  });
  return { identity, events, speakers, ticketing };
}

/**
 * The demo's events were announced in the events outbox, but no relay has run yet, so ticketing's read model does
 * not know them. Apply the announcements now, exactly as ticketing's projection will again (idempotently) once the
 * stack runs, so ticketing can seed orders and registrations on top.
 */
async function projectEventsForTicketing(db: Db): Promise<void> {
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
      throw new Error(`the demo wrote an event ticketing cannot read: ${JSON.stringify(reading)}`);
    await applyToEventRefs(db, reading.event);
  }
}
