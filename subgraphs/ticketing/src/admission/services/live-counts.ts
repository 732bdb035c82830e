// Live check-in counts: read from PostgreSQL in one statement (numbers and sequence of the same moment), published
// after each commit on the event's channel, where every gateway instance picks them up for its subscribers. Counts
// are distinct tickets, never sums of deltas.
import { CheckInCountsChannel, validMessage, type Message } from "@bilten/contracts";
import { requireInt, type Db, type Logger, type PubSub } from "@bilten/platform";
import type { EventRef } from "../../common/access.js";
import type { DoorStaff } from "./door-staff.js";

/** The published message and the snapshot: the same shape, field for field (the `checkins:<eventId>` contract). */
export type CheckInCounts = Message<typeof CheckInCountsChannel>;
export type DoorCount = CheckInCounts["doors"][number];
export type SessionCount = CheckInCounts["sessions"][number];

export class LiveCountService {
  constructor(
    private readonly db: Db,
    private readonly doors: DoorStaff,
    private readonly pubsub: PubSub,
    private readonly log: Logger,
  ) {}

  /** Reads the counts after a commit and publishes them; a pub/sub failure loses nothing (the database is the record). */
  async publish(event: EventRef): Promise<CheckInCounts> {
    const counts = validMessage(CheckInCountsChannel, await readCounts(this.db, event));
    try {
      await this.pubsub.publish(CheckInCountsChannel.channel(event.id), counts);
    } catch (error) {
      this.log.warn(
        { err: error, eventId: event.id },
        "publishing check-in counts failed; subscribers catch up on reconnect",
      );
    }
    return counts;
  }

  async counts(eventId: string): Promise<CheckInCounts> {
    return readCounts(this.db, await this.doors.event("eventId", eventId));
  }

  /** Entries and exits at the doors per interval, for the dashboard's chart. */
  async timeline(
    eventId: string,
    bucketMinutes: number,
  ): Promise<{ startsAt: Date; entries: number; exits: number }[]> {
    const event = await this.doors.event("eventId", eventId);
    requireInt("bucketMinutes", bucketMinutes, { min: 1, max: 24 * 60 });
    return this.db.$queryRaw`
      SELECT date_bin(${`${bucketMinutes} minutes`}::interval, scanned_at, TIMESTAMPTZ '2000-01-01') AS "startsAt",
             count(*) FILTER (WHERE direction = 'IN')::int AS entries,
             count(*) FILTER (WHERE direction = 'OUT')::int AS exits
        FROM "ticketing"."check_ins"
       WHERE event_id = ${event.id}::uuid AND session_id IS NULL
       GROUP BY 1 ORDER BY 1`;
  }
}

/** Every count of an event in one statement, so the numbers and the sequence belong to the same moment. */
export async function readCounts(db: Db, event: EventRef): Promise<CheckInCounts> {
  const [row] = await db.$queryRaw<
    {
      sequence: number;
      checked_in: number;
      on_site: number;
      sold: number;
      last_check_in_at: Date | null;
      doors: DoorCount[];
      sessions: SessionCount[];
    }[]
  >`
    SELECT
      coalesce((SELECT sequence FROM "ticketing"."check_in_sequences" WHERE event_id = ${event.id}::uuid), 0) AS sequence,
      (SELECT count(*)::int FROM "ticketing"."tickets" WHERE event_id = ${event.id}::uuid AND checked_in_at IS NOT NULL) AS checked_in,
      (SELECT count(*)::int FROM "ticketing"."tickets" WHERE event_id = ${event.id}::uuid AND on_site) AS on_site,
      (SELECT count(*)::int FROM "ticketing"."tickets" WHERE event_id = ${event.id}::uuid AND status = 'VALID') AS sold,
      (SELECT max(scanned_at) FROM "ticketing"."check_ins" WHERE event_id = ${event.id}::uuid AND direction = 'IN' AND session_id IS NULL) AS last_check_in_at,
      (SELECT coalesce(json_agg(d ORDER BY d.door), '[]'::json) FROM (
         SELECT c.door,
                count(DISTINCT c.ticket_id) FILTER (WHERE c.direction = 'IN')::int AS "checkedIn",
                count(*) FILTER (WHERE c.direction = 'OUT')::int AS exits,
                (SELECT count(*)::int FROM "ticketing"."tickets" t WHERE t.event_id = ${event.id}::uuid AND t.on_site AND t.last_door = c.door) AS "onSiteNow"
           FROM "ticketing"."check_ins" c
          WHERE c.event_id = ${event.id}::uuid AND c.session_id IS NULL
          GROUP BY c.door) d) AS doors,
      (SELECT coalesce(json_agg(s ORDER BY s."sessionId"), '[]'::json) FROM (
         SELECT session_id AS "sessionId", count(*)::int AS "checkedIn", count(*) FILTER (WHERE on_site)::int AS "onSiteNow"
           FROM "ticketing"."session_presence" WHERE event_id = ${event.id}::uuid GROUP BY session_id) s) AS sessions`;
  return {
    eventId: event.id,
    sequence: Number(row?.sequence ?? 0),
    checkedIn: row?.checked_in ?? 0,
    onSiteNow: row?.on_site ?? 0,
    ticketsSold: row?.sold ?? 0,
    capacity: event.capacity,
    lastCheckInAt: row?.last_check_in_at ? new Date(row.last_check_in_at).toISOString() : null,
    doors: row?.doors ?? [],
    sessions: row?.sessions ?? [],
  };
}
