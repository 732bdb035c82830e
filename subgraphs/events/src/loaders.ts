// Per-request DataLoaders. Published events and their sessions are also read through the Redis cache (when there
// is one): one MGET per batch, the database only for misses.
import { byIdLoader, cachedLoader, groupLoader, type Cache, type DbClient } from "@bilten/platform";
import type { Event, Room, Session, Venue } from "@bilten/platform/prisma";

export const CACHE_TTL_SECONDS = 300;
export const cacheKeys = {
  event: (id: string) => `events:event:${id}`,
  sessions: (eventId: string) => `events:sessions:${eventId}`,
};

/** Events without the search vector (PostgreSQL-internal). */
export const eventColumns = {
  id: true,
  eventNumber: true,
  title: true,
  description: true,
  organizationId: true,
  organizerId: true,
  venueId: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  registrationDeadline: true,
  capacity: true,
  topics: true,
  metadata: true,
  status: true,
  publishedAt: true,
  cancelledAt: true,
  cancellationReason: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type EventRow = Omit<Event, "search">;

export function createLoaders(db: DbClient, cache: Cache) {
  const eventById = cachedLoader<EventRow | null>({
    cache,
    entry: cacheKeys.event,
    ttlSeconds: CACHE_TTL_SECONDS,
    fetch: async (ids) =>
      new Map(
        (await db.event.findMany({ where: { id: { in: ids } }, select: eventColumns })).map((row) => [row.id, row]),
      ),
    // Only what everyone may see is cached; drafts always come from the database.
    shareable: (fetched) => [...fetched].filter(([, event]) => event?.publishedAt).map(([id]) => id),
    missing: () => null,
  });

  const sessionsByEventId = cachedLoader<Session[]>({
    cache,
    entry: cacheKeys.sessions,
    ttlSeconds: CACHE_TTL_SECONDS,
    fetch: async (eventIds) => {
      const rows = await db.session.findMany({
        where: { eventId: { in: eventIds } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      });
      const byEvent = new Map(eventIds.map((id) => [id, [] as Session[]]));
      for (const row of rows) byEvent.get(row.eventId)?.push(row);
      return byEvent;
    },
    // The sessions of published events, as their events.
    shareable: async (fetched) => {
      const events = await eventById.loadMany([...fetched.keys()]);
      return events.filter((e): e is EventRow => !!e && !(e instanceof Error) && !!e.publishedAt).map((e) => e.id);
    },
    missing: () => [],
  });

  return {
    eventById,
    sessionsByEventId,
    sessionById: byIdLoader<Session>((ids) => db.session.findMany({ where: { id: { in: ids } } })),
    venueById: byIdLoader<Venue>((ids) => db.venue.findMany({ where: { id: { in: ids } } })),
    roomById: byIdLoader<Room>((ids) => db.room.findMany({ where: { id: { in: ids } } })),
    roomsByVenueId: groupLoader<Room>(
      (venueIds) => db.room.findMany({ where: { venueId: { in: venueIds } }, orderBy: { name: "asc" } }),
      (room) => room.venueId,
    ),
  };
}

export type EventsLoaders = ReturnType<typeof createLoaders>;
