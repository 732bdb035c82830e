// Events: reading with visibility rules, listing and search, creating, editing and the guarded lifecycle.
import {
  badInput,
  canSeeEvent,
  conflict,
  decodeKeyset,
  encodeKeyset,
  forbidden,
  notFound,
  optionalText,
  pageSize,
  inTransaction,
  requireId,
  requireText,
  requireViewer,
  toKeysetPage,
  type Cache,
  type Db,
  type OutboxRelay,
  type OwnerList,
  type OwnerPageKey,
  type Page,
  type PageArgs,
  type Patch,
  type Viewer,
} from "@bilten/platform";
import { EventCancelled, EventCreated, EventPublished, EventStatusChanged, EventUpdated } from "@bilten/contracts";
import { Prisma, type EventStatus } from "@bilten/platform/prisma";
import { cacheKeys, eventColumns, type EventRow, type EventsLoaders } from "../loaders.js";
import { isEventStaff, requireEventStaff } from "./access.js";
import { labels, metadataObject, optionalCapacity, requireOrder, requireTimeZone } from "./input.js";
import { eventState } from "./domain-events.js";
import { canMove, isClosed, nextStatuses } from "./lifecycle.js";

export const OUTBOX = "events";

export interface EventFilter {
  from?: Date | null;
  to?: Date | null;
  city?: string | null;
  status?: EventStatus[] | null;
  topic?: string | null;
  organizationId?: string | null;
}

export interface CreateEventInput {
  organizationId: string;
  title: string;
  description?: string | null;
  venueId?: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone?: string | null;
  registrationDeadline?: Date | null;
  capacity?: number | null;
  topics?: string[] | null;
  metadata?: unknown;
}

export type UpdateEventInput = Patch<CreateEventInput>;

export interface EventPageKey extends OwnerPageKey {
  includeDrafts: boolean;
}

/**
 * Events per owner (organizer or organization), for many owners in one statement, in start order; drafts only for
 * keys that include them.
 */
export const eventsByOwner = (owner: "organizer_id" | "organization_id"): OwnerList<EventPageKey> => ({
  table: `"events"."events"`,
  owner,
  sort: "starts_at",
  sortType: "timestamptz",
  ascending: true,
  filter: {
    value: (k) => Prisma.sql`${k.includeDrafts}::boolean`,
    where: Prisma.sql`(k.filter OR t.published_at IS NOT NULL)`,
  },
});

export class EventService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: EventsLoaders,
    private readonly cache: Cache,
    private readonly outbox: OutboxRelay | undefined,
  ) {}

  /** The event if the viewer may see it; drafts are indistinguishable from missing ones for everyone else. */
  async visible(id: string): Promise<EventRow | null> {
    const event = await this.loaders.eventById.load(id);
    return event && canSeeEvent(this.viewer, event) ? event : null;
  }

  nextStatuses(event: EventRow): EventStatus[] {
    return isEventStaff(this.viewer, event.organizationId) ? nextStatuses(event.status) : [];
  }

  async list(filter: EventFilter, args: PageArgs): Promise<Page<EventRow>> {
    const size = pageSize(args);
    const from = filter.from ?? new Date();
    const where: Prisma.EventWhereInput = {
      publishedAt: { not: null },
      endsAt: { gte: from },
      ...(filter.to ? { startsAt: { lt: filter.to } } : {}),
      ...(filter.status?.length ? { status: { in: filter.status } } : {}),
      ...(filter.topic ? { topics: { has: filter.topic.trim() } } : {}),
      ...(filter.organizationId ? { organizationId: requireId("filter.organizationId", filter.organizationId) } : {}),
      ...(filter.city ? { venue: { city: { equals: filter.city.trim(), mode: "insensitive" } } } : {}),
    };
    if (args.after) {
      const [startsAt, id] = decodeKeyset(args.after, 2);
      where.OR = [
        { startsAt: { gt: new Date(String(startsAt)) } },
        { startsAt: new Date(String(startsAt)), id: { gt: String(id) } },
      ];
    }
    const rows = await this.db.event.findMany({
      where,
      select: eventColumns,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: size + 1,
    });
    for (const row of rows) this.loaders.eventById.prime(row.id, row);
    return toKeysetPage(rows, size, (event) => [event.startsAt.toISOString(), event.id]);
  }

  /** Ranked full-text search; every word matches as a prefix ("arch" finds "Architektur"). */
  async search(query: string, args: PageArgs): Promise<Page<{ event: EventRow; rank: number }>> {
    const size = pageSize(args);
    const words = (query.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
    if (words.length === 0) throw badInput("query", "query needs at least one word");
    const tsquery = words.map((w) => `${w.toLowerCase()}:*`).join(" & ");
    const offset = args.after ? Number(decodeKeyset(args.after, 1)[0]) : 0;
    const hits = await this.db.$queryRaw<{ id: string; rank: number }[]>`
      SELECT e.id, ts_rank(e.search, q)::float8 AS rank
        FROM "events"."events" e, to_tsquery('simple', ${tsquery}) q
       WHERE e.search @@ q AND e.published_at IS NOT NULL
       ORDER BY rank DESC, e.starts_at ASC, e.id ASC
       LIMIT ${size + 1} OFFSET ${offset}`;
    const page = hits.slice(0, size);
    const events = await this.loaders.eventById.loadMany(page.map((h) => h.id));
    const nodes = page.flatMap((hit, i) => {
      const event = events[i];
      return event && !(event instanceof Error) ? [{ event, rank: hit.rank }] : [];
    });
    return {
      nodes,
      pageInfo: {
        hasNextPage: hits.length > size,
        endCursor: nodes.length ? encodeKeyset([offset + page.length]) : null,
      },
    };
  }

  async create(input: CreateEventInput): Promise<EventRow> {
    const viewer = requireViewer(this.viewer);
    const organizationId = requireId("input.organizationId", input.organizationId);
    requireEventStaff(viewer, organizationId);
    requireOrder("input.endsAt", input.startsAt, input.endsAt);
    const data = {
      organizationId,
      organizerId: viewer.userId,
      title: requireText("input.title", input.title, { max: 255 }),
      description: optionalText("input.description", input.description, 20_000) ?? null,
      venueId: input.venueId ? await this.requireVenue("input.venueId", input.venueId) : null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: requireTimeZone("input.timeZone", input.timeZone ?? "Europe/Zurich"),
      registrationDeadline: this.deadline(input.registrationDeadline, input.endsAt) ?? null,
      capacity: optionalCapacity("input.capacity", input.capacity) ?? null,
      topics: labels("input.topics", input.topics) ?? [],
      metadata: (metadataObject("input.metadata", input.metadata ?? {}) ?? {}) as Prisma.InputJsonObject,
    };
    return inTransaction(this.db, this.outbox, async (tx, record) => {
      const created = await tx.event.create({ data, select: eventColumns });
      await record(EventCreated, eventState(created));
      return created;
    });
  }

  async update(id: string, input: UpdateEventInput): Promise<EventRow> {
    const eventId = requireId("id", id);
    const event = await inTransaction(this.db, this.outbox, async (tx, record) => {
      const current = await this.lockForChange(tx, eventId);
      const startsAt = input.startsAt ?? current.startsAt;
      const endsAt = input.endsAt ?? current.endsAt;
      requireOrder(input.endsAt ? "input.endsAt" : "input.startsAt", startsAt, endsAt);
      const data: Prisma.EventUncheckedUpdateInput = {};
      if (input.title != null) data.title = requireText("input.title", input.title, { max: 255 });
      if (input.description !== undefined)
        data.description = optionalText("input.description", input.description, 20_000);
      if (input.startsAt) data.startsAt = input.startsAt;
      if (input.endsAt) data.endsAt = input.endsAt;
      if (input.timeZone != null) data.timeZone = requireTimeZone("input.timeZone", input.timeZone);
      if (input.registrationDeadline !== undefined)
        data.registrationDeadline = this.deadline(input.registrationDeadline, endsAt);
      if (input.capacity !== undefined) data.capacity = optionalCapacity("input.capacity", input.capacity);
      if (input.topics !== undefined) data.topics = labels("input.topics", input.topics);
      if (input.metadata !== undefined)
        data.metadata = metadataObject("input.metadata", input.metadata ?? {}) as Prisma.InputJsonObject;
      if (input.venueId !== undefined) {
        // Inside the transaction only `tx` may be used (PGlite has a single connection).
        data.venueId = input.venueId ? await this.requireVenue("input.venueId", input.venueId, tx) : null;
        if (data.venueId !== current.venueId) {
          const roomed = await tx.session.count({ where: { eventId, roomId: { not: null } } });
          if (roomed > 0)
            throw conflict("SESSIONS_IN_ROOMS", "Sessions are booked in rooms of the current venue; move them first");
        }
      }
      if (input.startsAt || input.endsAt) {
        const outside = await tx.session.count({
          where: { eventId, OR: [{ startsAt: { lt: startsAt } }, { endsAt: { gt: endsAt } }] },
        });
        if (outside > 0) {
          throw conflict(
            "SESSIONS_OUTSIDE_EVENT",
            `${outside} session(s) would fall outside the event; move them first`,
            { field: "input.startsAt" },
          );
        }
      }
      const updated = await tx.event.update({ where: { id: eventId }, data, select: eventColumns });
      await record(EventUpdated, eventState(updated));
      return updated;
    });
    await this.afterChange(event.id);
    return event;
  }

  async changeStatus(id: string, status: EventStatus, reason?: string | null): Promise<EventRow> {
    const eventId = requireId("id", id);
    const event = await inTransaction(this.db, this.outbox, async (tx, record) => {
      const current = await this.lockForChange(tx, eventId, true);
      if (!canMove(current.status, status)) {
        throw conflict("INVALID_TRANSITION", `An event cannot move from ${current.status} to ${status}`, {
          from: current.status,
          to: status,
          allowed: nextStatuses(current.status),
        });
      }
      const data: Prisma.EventUncheckedUpdateInput = { status };
      if (status === "PUBLISHED") {
        this.assertPublishable(current);
        data.publishedAt = new Date();
      }
      if (status === "CANCELLED") {
        data.cancelledAt = new Date();
        data.cancellationReason = optionalText("reason", reason, 2000) ?? null;
      }
      const updated = await tx.event.update({ where: { id: eventId }, data, select: eventColumns });
      await record(EventStatusChanged, { ...eventState(updated), from: current.status, to: status });
      if (status === "PUBLISHED") await record(EventPublished, eventState(updated));
      if (status === "CANCELLED")
        await record(EventCancelled, { ...eventState(updated), reason: updated.cancellationReason });
      return updated;
    });
    await this.afterChange(event.id);
    return event;
  }

  /**
   * Locks the event row for the rest of the transaction and checks the viewer may change it. Drafts the viewer
   * cannot see are reported as not found, not as forbidden.
   */
  async lockForChange(tx: Prisma.TransactionClient, eventId: string, allowClosed = false): Promise<EventRow> {
    const viewer = requireViewer(this.viewer);
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "events"."events" WHERE id = ${eventId}::uuid FOR UPDATE`;
    const event = locked.length ? await tx.event.findUnique({ where: { id: eventId }, select: eventColumns }) : null;
    if (!event || !canSeeEvent(viewer, event)) throw notFound("Event", eventId);
    if (!isEventStaff(viewer, event.organizationId))
      throw forbidden("Only the organization's admins and organizers can change this event");
    if (!allowClosed && isClosed(event.status)) {
      throw conflict("EVENT_CLOSED", `The event is ${event.status.toLowerCase()} and can no longer be changed`, {
        status: event.status,
      });
    }
    return event;
  }

  /** Drops cached public copies after a committed change. */
  async afterChange(eventId: string): Promise<void> {
    await this.cache.delete(cacheKeys.event(eventId), cacheKeys.sessions(eventId));
    this.loaders.eventById.clear(eventId);
    this.loaders.sessionsByEventId.clear(eventId);
  }

  private assertPublishable(event: EventRow): void {
    const missing: string[] = [];
    if (!event.description?.trim()) missing.push("description");
    if (!event.venueId) missing.push("venueId");
    if (event.endsAt.getTime() <= Date.now()) missing.push("endsAt");
    if (missing.length) {
      throw conflict("INCOMPLETE_EVENT", `Publishing needs ${missing.join(", ")} (the end must be in the future)`, {
        fields: missing,
      });
    }
  }

  private deadline(value: Date | null | undefined, endsAt: Date): Date | null | undefined {
    if (value && value.getTime() > endsAt.getTime()) {
      throw badInput("input.registrationDeadline", "input.registrationDeadline must not be after the event ends");
    }
    return value;
  }

  private async requireVenue(field: string, id: string, tx?: Prisma.TransactionClient): Promise<string> {
    const venueId = requireId(field, id);
    const venue = tx
      ? await tx.venue.findUnique({ where: { id: venueId } })
      : await this.loaders.venueById.load(venueId);
    if (!venue) throw badInput(field, `${field} is not a known venue`);
    return venue.id;
  }
}
