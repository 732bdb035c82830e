// Per-request DataLoaders. Published events and their sessions are also read through the Redis cache (when there
// is one): one MGET per batch, the database only for misses.
import DataLoader from "dataloader";
import { byIdLoader, groupLoader, isUuid, type Cache, type DbClient } from "@bilten/platform";
import type { Event, Room, Session, Venue } from "@bilten/platform/prisma";

export const CACHE_TTL_SECONDS = 300;
export const cacheKeys = {
  event: (id: string) => `events:event:${id}`,
  sessions: (eventId: string) => `events:sessions:${eventId}`,
};

/** Events without the search vector (PostgreSQL-internal). */
export const eventColumns = {
  id: true, eventNumber: true, title: true, description: true, organizationId: true, organizerId: true, venueId: true,
  startsAt: true, endsAt: true, timeZone: true, registrationDeadline: true, capacity: true, topics: true, metadata: true,
  status: true, publishedAt: true, cancelledAt: true, cancellationReason: true, createdAt: true, updatedAt: true,
} as const;
export type EventRow = Omit<Event, "search">;

export function createLoaders(db: DbClient, cache: Cache) {
  const eventById = new DataLoader<string, EventRow | null>(async (ids) => {
    const valid = [...new Set(ids.filter(isUuid))];
    const cached = await cache.getMany<EventRow>(valid.map(cacheKeys.event));
    const found = new Map<string, EventRow>();
    valid.forEach((id, i) => cached[i] && found.set(id, cached[i] as EventRow));
    const misses = valid.filter((id) => !found.has(id));
    if (misses.length) {
      const rows = await db.event.findMany({ where: { id: { in: misses } }, select: eventColumns });
      for (const row of rows) found.set(row.id, row);
      // Only what everyone may see is cached; drafts always come from the database.
      await cache.setMany(
        rows.filter((r) => r.publishedAt).map((r) => [cacheKeys.event(r.id), r]),
        CACHE_TTL_SECONDS,
      );
    }
    return ids.map((id) => found.get(id) ?? null);
  });

  const sessionsByEventId = new DataLoader<string, Session[]>(async (eventIds) => {
    const valid = [...new Set(eventIds.filter(isUuid))];
    const cached = await cache.getMany<Session[]>(valid.map(cacheKeys.sessions));
    const found = new Map<string, Session[]>();
    valid.forEach((id, i) => cached[i] && found.set(id, cached[i] as Session[]));
    const misses = valid.filter((id) => !found.has(id));
    if (misses.length) {
      const rows = await db.session.findMany({ where: { eventId: { in: misses } }, orderBy: [{ startsAt: "asc" }, { id: "asc" }] });
      for (const id of misses) found.set(id, []);
      for (const row of rows) found.get(row.eventId)?.push(row);
      if (cache.enabled) {
        const events = await eventById.loadMany(misses);
        const published = new Set(events.filter((e): e is EventRow => !!e && !(e instanceof Error) && !!e.publishedAt).map((e) => e.id));
        await cache.setMany(
          misses.filter((id) => published.has(id)).map((id) => [cacheKeys.sessions(id), found.get(id)]),
          CACHE_TTL_SECONDS,
        );
      }
    }
    return eventIds.map((id) => found.get(id) ?? []);
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
