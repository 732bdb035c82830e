// Read models of the events subgraph's events and sessions, kept by other subgraphs from its domain events (the
// seed's "services maintain local copies of essential data from other domains"). Each subgraph has its own
// `event_refs` and `session_refs` tables in its own schema, with the columns below; applying an event is
// idempotent and ignores versions older than what is stored, so replays and out-of-order redeliveries are safe.
import type { DbClient, PrismaClient } from "./db.js";
import type { Consumer, DomainEvent, DomainEventStream } from "./domain-events.js";
import type { Logger } from "./logging.js";

const IDENTIFIER = /^[a-z_]+$/;

export async function applyToEventRefs(db: DbClient, schema: string, event: DomainEvent): Promise<void> {
  if (!IDENTIFIER.test(schema)) throw new Error(`bad schema ${schema}`);
  if (event.source !== "events") return;
  const d = event.data as Record<string, string | number | null>;
  if (event.aggregateType === "Event") {
    await db.$executeRawUnsafe(
      `INSERT INTO "${schema}"."event_refs"
         (id, organization_id, organizer_id, title, status, published_at, starts_at, ends_at, time_zone, capacity, updated_at)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6::timestamptz, $7::timestamptz, $8::timestamptz, $9, $10::int, $11::timestamptz)
       ON CONFLICT (id) DO UPDATE SET
         organization_id = EXCLUDED.organization_id, organizer_id = EXCLUDED.organizer_id, title = EXCLUDED.title,
         status = EXCLUDED.status, published_at = EXCLUDED.published_at, starts_at = EXCLUDED.starts_at,
         ends_at = EXCLUDED.ends_at, time_zone = EXCLUDED.time_zone, capacity = EXCLUDED.capacity, updated_at = EXCLUDED.updated_at
       WHERE "${schema}"."event_refs".updated_at <= EXCLUDED.updated_at`,
      d.eventId, d.organizationId, d.organizerId, d.title, d.status, d.publishedAt ?? null, d.startsAt, d.endsAt,
      d.timeZone ?? "Europe/Zurich", d.capacity ?? null, d.updatedAt ?? event.occurredAt,
    );
  } else if (event.aggregateType === "Session") {
    await db.$executeRawUnsafe(
      `INSERT INTO "${schema}"."session_refs" (id, event_id, title, starts_at, ends_at, capacity, removed, updated_at)
       VALUES ($1::uuid, $2::uuid, $3, $4::timestamptz, $5::timestamptz, $6::int, $7, $8::timestamptz)
       ON CONFLICT (id) DO UPDATE SET
         event_id = EXCLUDED.event_id, title = EXCLUDED.title, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
         capacity = EXCLUDED.capacity, removed = EXCLUDED.removed, updated_at = EXCLUDED.updated_at
       WHERE "${schema}"."session_refs".updated_at <= EXCLUDED.updated_at`,
      d.sessionId, d.eventId, d.title, d.startsAt, d.endsAt, d.capacity ?? null, event.eventType === "SessionRemoved",
      d.updatedAt ?? event.occurredAt,
    );
  }
}

/** Keeps `<schema>.event_refs` / `session_refs` current; reads the stream from its start the first time. */
export function startEventRefsProjection(options: {
  schema: string;
  group: string;
  stream: DomainEventStream;
  db: PrismaClient;
  log: Logger;
  /** Called after each applied event (e.g. to drop caches). */
  onApplied?: (event: DomainEvent) => Promise<void> | void;
}): Promise<Consumer> {
  return options.stream.consume(
    options.group,
    async (event) => {
      if (event.source !== "events") return;
      await applyToEventRefs(options.db, options.schema, event);
      await options.onApplied?.(event);
    },
    { fromStart: true },
  );
}
