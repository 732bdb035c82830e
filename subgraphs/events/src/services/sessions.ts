// The agenda: sessions inside their event's time span, in rooms of its venue, never two at once in one room.
import {
  badInput,
  canSeeEvent,
  conflict,
  inTransaction,
  notFound,
  optionalText,
  requireId,
  requireText,
  type Db,
  type OutboxRelay,
  type Patch,
  type Recorder,
  type Viewer,
} from "@bilten/platform";
import { SessionChanged, SessionRemoved, SessionScheduled } from "@bilten/contracts";
import { type Prisma, type ExperienceLevel, type Room, type Session, type SessionType } from "@bilten/platform/prisma";
import type { EventRow, EventsLoaders } from "../loaders.js";
import type { EventService } from "./events.js";
import { sessionState } from "./domain-events.js";
import { labels, optionalCapacity, requireOrder } from "./input.js";

export interface ScheduleSessionInput {
  title: string;
  description?: string | null;
  sessionType: SessionType;
  startsAt: Date;
  endsAt: Date;
  roomId?: string | null;
  capacity?: number | null;
  language?: string | null;
  tags?: string[] | null;
  audienceLevels?: ExperienceLevel[] | null;
  prerequisites?: string[] | null;
}
export type UpdateSessionInput = Patch<ScheduleSessionInput>;

/** Validated, plain column values of a session write. */
interface SessionFields {
  title?: string;
  description?: string | null;
  sessionType?: SessionType;
  startsAt?: Date;
  endsAt?: Date;
  roomId?: string | null;
  capacity?: number | null;
  language?: string;
  tags?: string[];
  audienceLevels?: ExperienceLevel[];
  prerequisites?: string[];
}

export interface AgendaDay {
  date: string;
  tracks: { room: Room | null; sessions: Session[] }[];
}

const EXCLUSION_VIOLATION = "23P01";

export class SessionService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: EventsLoaders,
    private readonly events: EventService,
    private readonly outbox: OutboxRelay | undefined,
  ) {}

  async visible(id: string): Promise<Session | null> {
    const session = await this.loaders.sessionById.load(id);
    if (!session) return null;
    return (await this.events.visible(session.eventId)) ? session : null;
  }

  async forEvent(event: EventRow): Promise<Session[]> {
    return canSeeEvent(this.viewer, event) ? this.loaders.sessionsByEventId.load(event.id) : [];
  }

  /** Sessions grouped by the day they start on (in the event's time zone), then by room; rooms by name. */
  async agenda(event: EventRow): Promise<AgendaDay[]> {
    const sessions = await this.forEvent(event);
    const rooms = await this.loaders.roomById.loadMany([
      ...new Set(sessions.flatMap((s) => (s.roomId ? [s.roomId] : []))),
    ]);
    const roomOf = new Map(rooms.flatMap((r) => (r && !(r instanceof Error) ? [[r.id, r] as const] : [])));
    const dayOf = new Intl.DateTimeFormat("en-CA", {
      timeZone: event.timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    const days = new Map<string, Map<string, { room: Room | null; sessions: Session[] }>>();
    for (const session of sessions) {
      const date = dayOf.format(session.startsAt);
      const tracks = days.get(date) ?? new Map();
      days.set(date, tracks);
      const key = session.roomId ?? "";
      const track = tracks.get(key) ?? {
        room: session.roomId ? (roomOf.get(session.roomId) ?? null) : null,
        sessions: [],
      };
      tracks.set(key, track);
      track.sessions.push(session);
    }
    return [...days.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, tracks]) => ({
        date,
        tracks: [...tracks.values()].sort((a, b) => (a.room?.name ?? "").localeCompare(b.room?.name ?? "")),
      }));
  }

  async schedule(eventId: string, input: ScheduleSessionInput): Promise<Session> {
    const id = requireId("eventId", eventId);
    const session = await this.write(id, async (tx, event, record) => {
      const data = await this.validate(tx, event, input, null);
      const created = await tx.session.create({
        data: {
          ...data,
          eventId: id,
          title: data.title ?? "",
          sessionType: input.sessionType,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
        },
      });
      await record(SessionScheduled, sessionState(created));
      return created;
    });
    return session;
  }

  async update(sessionId: string, input: UpdateSessionInput): Promise<Session> {
    const id = requireId("id", sessionId);
    const existing = await this.db.session.findUnique({ where: { id } });
    if (!existing) throw notFound("Session", id);
    return this.write(existing.eventId, async (tx, event, record) => {
      const current = await tx.session.findUnique({ where: { id } });
      if (!current) throw notFound("Session", id);
      const data = await this.validate(tx, event, input, current);
      const updated = await tx.session.update({ where: { id }, data });
      const changed = Object.keys(data).filter(
        (k) => String(data[k as keyof typeof data]) !== String(current[k as keyof Session]),
      );
      await record(SessionChanged, { ...sessionState(updated), changed });
      return updated;
    });
  }

  async remove(sessionId: string): Promise<boolean> {
    const id = requireId("id", sessionId);
    const existing = await this.db.session.findUnique({ where: { id } });
    if (!existing) throw notFound("Session", id);
    await this.write(existing.eventId, async (tx, _event, record) => {
      const deleted = await tx.session.delete({ where: { id } });
      await record(SessionRemoved, sessionState(deleted, true));
      return deleted;
    });
    return true;
  }

  /** Runs a session change (which records its domain events) with the event row locked, maps a double booking. */
  private async write(
    eventId: string,
    change: (tx: Prisma.TransactionClient, event: EventRow, record: Recorder) => Promise<Session>,
  ): Promise<Session> {
    try {
      const session = await inTransaction(this.db, this.outbox, async (tx, record) =>
        change(tx, await this.events.lockForChange(tx, eventId), record),
      );
      await this.events.afterChange(eventId);
      this.loaders.sessionById.clear(session.id);
      return session;
    } catch (error) {
      if (isDoubleBooking(error)) {
        throw conflict("ROOM_DOUBLE_BOOKED", "The room already has a session at that time", { field: "input.roomId" });
      }
      throw error;
    }
  }

  private async validate(
    tx: Prisma.TransactionClient,
    event: EventRow,
    input: UpdateSessionInput,
    current: Session | null,
  ): Promise<SessionFields> {
    const startsAt = input.startsAt ?? current?.startsAt;
    const endsAt = input.endsAt ?? current?.endsAt;
    if (!startsAt || !endsAt) throw badInput("input.startsAt", "a session needs a start and an end");
    requireOrder("input.endsAt", startsAt, endsAt);
    if (startsAt < event.startsAt || endsAt > event.endsAt) {
      throw badInput(
        startsAt < event.startsAt ? "input.startsAt" : "input.endsAt",
        `The session must take place within the event (${event.startsAt.toISOString()} to ${event.endsAt.toISOString()})`,
      );
    }
    const data: SessionFields = {};
    if (input.title != null || !current) data.title = requireText("input.title", input.title ?? "", { max: 255 });
    if (input.description !== undefined)
      data.description = optionalText("input.description", input.description, 10_000) ?? null;
    if (input.sessionType != null) data.sessionType = input.sessionType;
    if (input.startsAt) data.startsAt = input.startsAt;
    if (input.endsAt) data.endsAt = input.endsAt;
    if (input.language != null) {
      if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(input.language))
        throw badInput("input.language", "input.language must be a language code such as de, en or fr-CH");
      data.language = input.language;
    }
    if (input.tags !== undefined) data.tags = labels("input.tags", input.tags);
    if (input.prerequisites !== undefined)
      data.prerequisites = labels("input.prerequisites", input.prerequisites, { max: 20, length: 300 });
    if (input.audienceLevels !== undefined) data.audienceLevels = [...new Set(input.audienceLevels ?? [])];

    const roomId = input.roomId !== undefined ? input.roomId : (current?.roomId ?? null);
    let room: Room | null = null;
    if (roomId) {
      const id = requireId("input.roomId", roomId);
      room = await tx.room.findUnique({ where: { id } });
      if (!room) throw badInput("input.roomId", "input.roomId is not a known room");
      if (room.venueId !== event.venueId) throw badInput("input.roomId", "The room is not at the event's venue");
    }
    if (input.roomId !== undefined) data.roomId = room?.id ?? null;
    const capacity =
      input.capacity !== undefined ? optionalCapacity("input.capacity", input.capacity) : (current?.capacity ?? null);
    if (room?.capacity != null && capacity != null && capacity > room.capacity) {
      throw badInput("input.capacity", `The capacity (${capacity}) exceeds the room's (${room.capacity})`);
    }
    if (input.capacity !== undefined) data.capacity = capacity ?? null;
    return data;
  }
}

/** PostgreSQL's exclusion violation (23P01) on the room/time constraint, as reported through the driver adapter. */
function isDoubleBooking(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : "";
  return text.includes(EXCLUSION_VIOLATION) || text.includes("sessions_room_no_overlap");
}
