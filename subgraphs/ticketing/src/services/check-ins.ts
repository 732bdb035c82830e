// Check-in at the doors (and optionally at a session's door), by ticket number or signed QR payload, in or out.
//
// Each scan is atomic: the ticket's row is locked, the state change is checked against the locked row (so two doors
// scanning one ticket at once cannot both admit it), the scan is recorded, the event's sequence is raised, and a
// CheckInRecorded domain event is written. After the commit the counts are read from PostgreSQL in one
// statement (with that sequence) and published on `checkins:<eventId>`, where every gateway instance picks them up
// for its subscribers. Counts are distinct tickets, never sums of deltas.
import { randomUUID, type KeyObject } from "node:crypto";
import {
  badInput,
  conflict,
  forbidden,
  isUniqueViolation,
  notFound,
  recordEvents,
  requireId,
  requireInt,
  requireText,
  requireViewer,
  type Db,
  type Logger,
  type OutboxRelay,
  type PubSub,
  type Viewer,
} from "@bilten/platform";
import { Prisma, type CheckIn, type CheckInDirection, type Ticket } from "@bilten/platform/prisma";
import { GraphQLError } from "graphql";
import type { TicketingLoaders } from "../loaders.js";
import { isDoorStaff, type EventRef } from "./access.js";
import { OUTBOX } from "./domain-events.js";
import { verifyTicketPayload, type TicketClaims } from "./ticket-codes.js";
import { admissionRefusal, type TicketRefusal } from "./tickets.js";

export const checkInChannel = (eventId: string) => `checkins:${eventId}`;

export interface CheckInInput {
  eventId: string;
  ticketNumber?: string | null;
  qrPayload?: string | null;
  door: string;
  direction?: CheckInDirection | null;
  sessionId?: string | null;
}

export interface OfflineScanInput extends Omit<CheckInInput, "eventId"> {
  nonce: string;
  scannedAt: Date;
}

export interface DoorCount {
  door: string;
  checkedIn: number;
  exits: number;
  onSiteNow: number;
}

export interface SessionCount {
  sessionId: string;
  checkedIn: number;
  onSiteNow: number;
}

/** The published message and the snapshot: the same shape, field for field (see gateway/src/live-fields.ts). */
export interface CheckInCounts {
  eventId: string;
  sequence: number;
  checkedIn: number;
  onSiteNow: number;
  ticketsSold: number;
  capacity: number | null;
  lastCheckInAt: string | null;
  doors: DoorCount[];
  sessions: SessionCount[];
}

export type OfflineScanStatus = "APPLIED" | "DUPLICATE" | "CONFLICT" | "REJECTED";

export interface OfflineScanResult {
  nonce: string;
  status: OfflineScanStatus;
  reason: string | null;
  message: string | null;
  checkIn: CheckIn | null;
}

/**
 * Scanners hit the same event hundreds of times a second; what a scan needs of it (its organization, its
 * capacity) is kept for a few seconds per process instead of being read for every scan.
 */
class RecentEvents {
  private readonly entries = new Map<string, { event: EventRef; until: number }>();

  constructor(private readonly ttlMs: number) {}

  async get(id: string, load: () => Promise<EventRef | null>): Promise<EventRef | null> {
    const now = Date.now();
    const hit = this.entries.get(id);
    if (hit && hit.until > now) return hit.event;
    const event = await load();
    if (event) {
      if (this.entries.size > 10_000) this.entries.clear();
      this.entries.set(id, { event, until: now + this.ttlMs });
    }
    return event;
  }
}

const doorEvents = new RecentEvents(5_000);

const MAX_OFFLINE_SCANS = 500;
/** Offline devices' clocks drift; a scan from further in the future than this is refused. */
const CLOCK_SKEW_MS = 5 * 60_000;

interface TicketLookup {
  by: "id" | "number";
  value: string;
  /** From a verified QR payload: the version it was signed for must still be the ticket's. */
  claims?: TicketClaims;
}

interface ScanRecord {
  door: string;
  direction: CheckInDirection;
  scannedAt: Date;
  sessionId: string | null;
  staffUserId: string;
  deviceId: string | null;
  nonce: string | null;
}

/** Whether a door scan fits the ticket's presence; the reasons a scanner shows. */
function assertDoorMove(ticket: Ticket, direction: CheckInDirection, scannedAt: Date): void {
  if (ticket.lastScanAt && scannedAt < ticket.lastScanAt) {
    throw conflict("OUT_OF_ORDER", "A later scan of this ticket is already recorded", { lastScanAt: ticket.lastScanAt.toISOString() });
  }
  if (direction === "IN" && ticket.onSite) {
    throw conflict("ALREADY_CHECKED_IN", `Already checked in at ${ticket.lastDoor ?? "a door"} at ${ticket.lastScanAt?.toISOString()}`, {
      checkedInAt: ticket.lastScanAt?.toISOString() ?? null,
      door: ticket.lastDoor,
      firstCheckedInAt: ticket.checkedInAt?.toISOString() ?? null,
    });
  }
  if (direction === "OUT" && !ticket.onSite) throw conflict("NOT_ON_SITE", "This ticket is not inside; check it in first");
}

interface ScanOptions {
  scannedAt?: Date;
  deviceId?: string | null;
  nonce?: string | null;
}

const normalizeNumber = (number: string) => number.toUpperCase().replace(/[\s-]/g, "");

/** An offline scan whose nonce was applied meanwhile (another upload of the same scan held the ticket's lock). */
class AlreadyApplied extends Error {
  constructor(readonly checkIn: CheckIn) {
    super("scan already applied");
  }
}

function refused(reason: TicketRefusal): GraphQLError {
  switch (reason) {
    case "INVALID_PAYLOAD":
      return badInput("input.qrPayload", "The QR code is not a genuine ticket of this system", { reason });
    case "UNKNOWN_TICKET":
      return notFound("Ticket");
    case "WRONG_EVENT":
      return conflict(reason, "This ticket is for another event");
    case "TICKET_REFUNDED":
      return conflict(reason, "This ticket was refunded");
    case "TICKET_CANCELLED":
      return conflict(reason, "This ticket was cancelled");
    case "OUTDATED_PAYLOAD":
      return conflict(reason, "This QR code belongs to an older version of the ticket");
  }
}

export class CheckInService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly signingKey: KeyObject,
    private readonly pubsub: PubSub,
    private readonly outbox: OutboxRelay | undefined,
    private readonly log: Logger,
  ) {}

  /** The event, when the viewer works its doors (ADMIN, ORGANIZER, CHECK_IN_STAFF of its organization). */
  async doorEvent(field: string, eventId: string): Promise<EventRef> {
    const viewer = requireViewer(this.viewer);
    const id = requireId(field, eventId);
    const event = await doorEvents.get(id, () => this.loaders.eventRefById.load(id));
    if (!event) throw notFound("Event", id);
    if (!isDoorStaff(viewer, event)) throw forbidden("Only the event organization's staff work its doors");
    return event;
  }

  async checkIn(input: CheckInInput): Promise<{ checkIn: CheckIn; ticket: Ticket; counts: CheckInCounts }> {
    const event = await this.doorEvent("input.eventId", input.eventId);
    const { checkIn, ticket } = await this.scan(event, input);
    const counts = await this.publishCounts(event);
    return { checkIn, ticket, counts };
  }

  /**
   * Scans recorded by a scanner that was offline: applied in scan-time order, each on its own (one refusal does not
   * undo the others), idempotent per nonce. Results come back in the order of the input.
   */
  async uploadOffline(input: { eventId: string; deviceId: string; scans: OfflineScanInput[] }): Promise<OfflineScanResult[]> {
    const event = await this.doorEvent("input.eventId", input.eventId);
    const deviceId = requireText("input.deviceId", input.deviceId, { max: 100 });
    if (input.scans.length > MAX_OFFLINE_SCANS) throw badInput("input.scans", `At most ${MAX_OFFLINE_SCANS} scans per upload`);
    const nonces = new Set<string>();
    input.scans.forEach((scan, i) => {
      requireText(`input.scans.${i}.nonce`, scan.nonce, { max: 100 });
      if (nonces.has(scan.nonce)) throw badInput(`input.scans.${i}.nonce`, "Each scan of an upload needs its own nonce");
      nonces.add(scan.nonce);
      if (scan.scannedAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
        throw badInput(`input.scans.${i}.scannedAt`, "A scan cannot be from the future; check the device's clock");
      }
    });
    const order = input.scans.map((scan, index) => ({ scan, index })).sort((a, b) => a.scan.scannedAt.getTime() - b.scan.scannedAt.getTime() || a.index - b.index);
    const results: OfflineScanResult[] = new Array(input.scans.length);
    let applied = 0;
    for (const { scan, index } of order) {
      results[index] = await this.offlineScan(event, deviceId, scan);
      if (results[index]?.status === "APPLIED") applied += 1;
    }
    if (applied > 0) await this.publishCounts(event);
    return results;
  }

  private async offlineScan(event: EventRef, deviceId: string, scan: OfflineScanInput): Promise<OfflineScanResult> {
    const base = { nonce: scan.nonce, reason: null, message: null, checkIn: null };
    const existing = await this.db.checkIn.findUnique({ where: { clientNonce: scan.nonce } });
    if (existing) return { ...base, status: "DUPLICATE", checkIn: existing };
    try {
      const { checkIn } = await this.scan(event, { ...scan, eventId: event.id }, { scannedAt: scan.scannedAt, deviceId, nonce: scan.nonce });
      return { ...base, status: "APPLIED", checkIn };
    } catch (error) {
      if (error instanceof AlreadyApplied) return { ...base, status: "DUPLICATE", checkIn: error.checkIn };
      if (isUniqueViolation(error)) {
        // The same nonce uploaded concurrently by a retrying device: the other upload applied it.
        return { ...base, status: "DUPLICATE", checkIn: await this.db.checkIn.findUnique({ where: { clientNonce: scan.nonce } }) };
      }
      if (error instanceof GraphQLError && typeof error.extensions.code === "string") {
        const status: OfflineScanStatus = error.extensions.code === "CONFLICT" ? "CONFLICT" : "REJECTED";
        const reason = typeof error.extensions.reason === "string" ? error.extensions.reason : error.extensions.code;
        return { ...base, status, reason, message: error.message };
      }
      throw error;
    }
  }

  /**
   * One scan. A door scan is ONE statement (the ticket row is locked only while PostgreSQL runs it, never across a
   * round trip to this process): check-ins at several doors of one event queue on its sequence row for
   * microseconds, not for the time a busy Node process takes to send the next statement. What the statement relies
   * on (status, version, presence, scan order) it checks itself; the reads before it only find the reason to give
   * when it refuses.
   */
  private async scan(event: EventRef, input: CheckInInput, options: ScanOptions = {}): Promise<{ checkIn: CheckIn; ticket: Ticket }> {
    const viewer = requireViewer(this.viewer);
    const door = requireText("input.door", input.door, { max: 100 });
    const direction: CheckInDirection = input.direction ?? "IN";
    const scannedAt = options.scannedAt ?? new Date();
    const sessionId = input.sessionId ? await this.sessionOf(event, input.sessionId) : null;
    const lookup = this.ticketLookup(input);
    const nonce = options.nonce ?? null;
    const scan = { door, direction, scannedAt, sessionId, staffUserId: viewer.userId, deviceId: options.deviceId ?? null, nonce };

    let result: { checkIn: CheckIn; ticket: Ticket };
    if (sessionId) {
      const ticket = await this.admissible(event, lookup, nonce);
      result = { checkIn: await this.sessionScan(event, ticket, { ...scan, sessionId }), ticket };
    } else {
      // An offline scan may have been applied already; an online one goes straight to the statement.
      if (nonce) await this.admissible(event, lookup, nonce);
      const outcome = await this.doorScan(event, lookup, scan);
      if (!outcome.moved) {
        // Refused: say why, from the ticket as the statement saw it (or as it is now, after a lost race).
        const ticket = outcome.ticket ?? (await this.admissible(event, lookup, nonce));
        const claims: TicketClaims = lookup.claims ?? { ticketId: ticket.id, number: ticket.number, eventId: ticket.eventId, version: ticket.version };
        const refusal = admissionRefusal(claims, ticket, event.id);
        if (refusal) throw refused(refusal);
        if (nonce && (await this.db.checkIn.findUnique({ where: { clientNonce: nonce } }))) {
          throw new AlreadyApplied(await this.db.checkIn.findUniqueOrThrow({ where: { clientNonce: nonce } }));
        }
        assertDoorMove(ticket, direction, scannedAt);
        throw conflict("TICKET_CHANGED", "The ticket changed while it was being scanned; scan it again");
      }
      result = outcome.moved;
    }
    this.outbox?.kick();
    this.loaders.ticketById.clear(result.ticket.id).prime(result.ticket.id, result.ticket);
    return result;
  }

  /** The ticket, if it may enter this event at all (exists, genuine, valid, current, not a replayed offline scan). */
  private async admissible(event: EventRef, lookup: TicketLookup, nonce: string | null): Promise<Ticket> {
    const [ticket, applied] = await Promise.all([
      this.db.ticket.findUnique({ where: lookup.by === "id" ? { id: lookup.value } : { number: lookup.value } }),
      nonce ? this.db.checkIn.findUnique({ where: { clientNonce: nonce } }) : null,
    ]);
    if (!ticket) throw refused("UNKNOWN_TICKET");
    if (applied) throw new AlreadyApplied(applied);
    const claims: TicketClaims = lookup.claims ?? { ticketId: ticket.id, number: ticket.number, eventId: ticket.eventId, version: ticket.version };
    const refusal = admissionRefusal(claims, ticket, event.id);
    if (refusal) throw refused(refusal);
    return ticket;
  }

  /**
   * One statement: finds and locks the ticket, moves it in or out if everything holds (this event, valid, the
   * version the QR code was signed for, not already where the scan would put it, no later scan recorded), records
   * the scan, writes CheckInRecorded and raises the event's sequence. Returns the ticket as it found it, and what
   * changed if it moved.
   */
  private async doorScan(
    event: EventRef,
    lookup: TicketLookup,
    scan: Omit<ScanRecord, "sessionId">,
  ): Promise<{ ticket: Ticket | null; moved: { checkIn: CheckIn; ticket: Ticket } | null }> {
    const entering = scan.direction === "IN";
    const checkInId = randomUUID();
    const version = lookup.claims?.version ?? null;
    const [row] = await this.db.$queryRaw<(Omit<Ticket, "price"> & { price: string; movedCheckedInAt: Date | null; movedCheckedInBy: string | null; recordedAt: Date | null })[]>`
      WITH previous AS (
        SELECT * FROM "ticketing"."tickets"
         WHERE ${lookup.by === "id" ? Prisma.sql`id = ${lookup.value}::uuid` : Prisma.sql`number = ${lookup.value}`}
         FOR UPDATE
      ), moved AS (
        UPDATE "ticketing"."tickets" t SET
          on_site = ${entering}, last_door = ${scan.door}, last_scan_at = ${scan.scannedAt},
          checked_in_at = COALESCE(t.checked_in_at, CASE WHEN ${entering} THEN ${scan.scannedAt}::timestamptz END),
          checked_in_by = COALESCE(t.checked_in_by, CASE WHEN ${entering} THEN ${scan.staffUserId}::uuid END)
          FROM previous
         WHERE t.id = previous.id AND t.event_id = ${event.id}::uuid AND t.status = 'VALID'
           AND (${version}::int IS NULL OR t.version = ${version}::int)
           AND t.on_site = ${!entering} AND (t.last_scan_at IS NULL OR t.last_scan_at <= ${scan.scannedAt})
        RETURNING t.id, t.ticket_type_id, t.holder_id, t.checked_in_at, t.checked_in_by, (${entering} AND previous.checked_in_at IS NULL) AS first_entry
      ), recorded AS (
        INSERT INTO "ticketing"."check_ins" (id, ticket_id, event_id, door, direction, scanned_at, staff_user_id, device_id, client_nonce)
        SELECT ${checkInId}::uuid, id, ${event.id}::uuid, ${scan.door}, ${scan.direction}::"ticketing"."CheckInDirection", ${scan.scannedAt},
               ${scan.staffUserId}::uuid, ${scan.deviceId}, ${scan.nonce}
          FROM moved
        RETURNING recorded_at
      ), announced AS (
        INSERT INTO "ticketing"."outbox" (id, aggregate_type, aggregate_id, event_type, event_version, data)
        SELECT gen_random_uuid(), 'Ticket', moved.id, 'CheckInRecorded', 1, jsonb_build_object(
                 'checkInId', ${checkInId}::text, 'eventId', ${event.id}::text, 'ticketId', moved.id, 'ticketTypeId', moved.ticket_type_id,
                 'holderId', moved.holder_id, 'sessionId', NULL, 'door', ${scan.door}::text, 'direction', ${scan.direction}::text,
                 'firstEntry', moved.first_entry, 'scannedAt', ${scan.scannedAt.toISOString()}::text)
          FROM moved
      ), sequenced AS (
        INSERT INTO "ticketing"."check_in_sequences" (event_id, sequence, updated_at)
        SELECT ${event.id}::uuid, 1, now() FROM moved
        ON CONFLICT (event_id) DO UPDATE SET sequence = "ticketing"."check_in_sequences".sequence + 1, updated_at = now()
      )
      SELECT p.id, p.number, p.order_id AS "orderId", p.ticket_type_id AS "ticketTypeId", p.event_id AS "eventId",
             p.holder_id AS "holderId", p.price::text AS price, p.currency, p.status::text AS status, p.version,
             p.issued_at AS "issuedAt", p.revoked_at AS "revokedAt", p.checked_in_at AS "checkedInAt",
             p.checked_in_by AS "checkedInBy", p.on_site AS "onSite", p.last_door AS "lastDoor", p.last_scan_at AS "lastScanAt",
             m.checked_in_at AS "movedCheckedInAt", m.checked_in_by AS "movedCheckedInBy", r.recorded_at AS "recordedAt"
        FROM previous p LEFT JOIN moved m ON true LEFT JOIN recorded r ON true`;
    if (!row) return { ticket: null, moved: null };
    const { movedCheckedInAt, movedCheckedInBy, recordedAt, price, ...columns } = row;
    const ticket: Ticket = { ...columns, price: new Prisma.Decimal(price) };
    if (!recordedAt) return { ticket, moved: null };
    return {
      ticket,
      moved: {
        checkIn: {
          id: checkInId,
          ticketId: ticket.id,
          eventId: event.id,
          sessionId: null,
          door: scan.door,
          direction: scan.direction,
          scannedAt: scan.scannedAt,
          recordedAt,
          staffUserId: scan.staffUserId,
          deviceId: scan.deviceId,
          clientNonce: scan.nonce,
        },
        ticket: { ...ticket, onSite: entering, lastDoor: scan.door, lastScanAt: scan.scannedAt, checkedInAt: movedCheckedInAt, checkedInBy: movedCheckedInBy },
      },
    };
  }

  /** A scan at a session's door: its own presence, serialized per ticket; the event's sequence goes up last. */
  private async sessionScan(event: EventRef, ticket: Ticket, scan: ScanRecord & { sessionId: string }): Promise<CheckIn> {
    return this.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "ticketing"."tickets" WHERE id = ${ticket.id}::uuid FOR UPDATE`;
      if (scan.nonce && (await tx.checkIn.findUnique({ where: { clientNonce: scan.nonce } }))) {
        throw new AlreadyApplied(await tx.checkIn.findUniqueOrThrow({ where: { clientNonce: scan.nonce } }));
      }
      await this.moveInSession(tx, ticket, event.id, scan.sessionId, scan.direction, scan.scannedAt);
      const checkIn = await tx.checkIn.create({
        data: {
          ticketId: ticket.id,
          eventId: event.id,
          sessionId: scan.sessionId,
          door: scan.door,
          direction: scan.direction,
          scannedAt: scan.scannedAt,
          staffUserId: scan.staffUserId,
          deviceId: scan.deviceId,
          clientNonce: scan.nonce,
        },
      });
      await recordEvents(tx, OUTBOX, [
        {
          aggregateType: "Ticket",
          aggregateId: ticket.id,
          eventType: "CheckInRecorded",
          data: {
            checkInId: checkIn.id,
            eventId: event.id,
            ticketId: ticket.id,
            ticketTypeId: ticket.ticketTypeId,
            holderId: ticket.holderId,
            sessionId: scan.sessionId,
            door: scan.door,
            direction: scan.direction,
            firstEntry: false,
            scannedAt: scan.scannedAt.toISOString(),
          },
        },
      ]);
      await tx.$executeRaw`
        INSERT INTO "ticketing"."check_in_sequences" (event_id, sequence, updated_at) VALUES (${event.id}::uuid, 1, now())
        ON CONFLICT (event_id) DO UPDATE SET sequence = "ticketing"."check_in_sequences".sequence + 1, updated_at = now()`;
      return checkIn;
    });
  }

  private async moveInSession(
    tx: Prisma.TransactionClient,
    ticket: Ticket,
    eventId: string,
    sessionId: string,
    direction: CheckInDirection,
    scannedAt: Date,
  ): Promise<void> {
    const presence = await tx.sessionPresence.findUnique({ where: { ticketId_sessionId: { ticketId: ticket.id, sessionId } } });
    if (presence && scannedAt < presence.lastScanAt) {
      throw conflict("OUT_OF_ORDER", "A later scan of this ticket at this session is already recorded", { lastScanAt: presence.lastScanAt.toISOString() });
    }
    if (direction === "IN" && presence?.onSite) {
      throw conflict("ALREADY_CHECKED_IN", `Already in this session since ${presence.lastScanAt.toISOString()}`, {
        checkedInAt: presence.lastScanAt.toISOString(),
        sessionId,
      });
    }
    if (direction === "OUT" && !presence?.onSite) throw conflict("NOT_ON_SITE", "This ticket is not in the session");
    await tx.sessionPresence.upsert({
      where: { ticketId_sessionId: { ticketId: ticket.id, sessionId } },
      create: { ticketId: ticket.id, sessionId, eventId, onSite: true, firstInAt: scannedAt, lastScanAt: scannedAt },
      update: { onSite: direction === "IN", lastScanAt: scannedAt },
    });
  }

  private ticketLookup(input: CheckInInput): TicketLookup {
    const hasPayload = !!input.qrPayload?.trim();
    const hasNumber = !!input.ticketNumber?.trim();
    if (hasPayload === hasNumber) throw badInput("input.ticketNumber", "Give either the ticket number or the QR payload");
    if (hasPayload) {
      const claims = verifyTicketPayload(this.signingKey, input.qrPayload ?? "");
      if (!claims) throw refused("INVALID_PAYLOAD");
      return { by: "id", value: claims.ticketId, claims };
    }
    const number = normalizeNumber(input.ticketNumber ?? "");
    if (!/^[0-9A-Z]{4,20}$/.test(number)) throw badInput("input.ticketNumber", "This is not a ticket number");
    return { by: "number", value: number };
  }

  private async sessionOf(event: EventRef, sessionIdInput: string): Promise<string> {
    const sessionId = requireId("input.sessionId", sessionIdInput);
    const session = await this.loaders.sessionRefById.load(sessionId);
    if (!session || session.removed || session.eventId !== event.id) {
      throw badInput("input.sessionId", "input.sessionId is not a session of this event");
    }
    return sessionId;
  }

  /** Reads the counts after a commit and publishes them; a pub/sub failure loses nothing (the database is the record). */
  private async publishCounts(event: EventRef): Promise<CheckInCounts> {
    const counts = await readCounts(this.db, event);
    try {
      await this.pubsub.publish(checkInChannel(event.id), counts);
    } catch (error) {
      this.log.warn({ err: error, eventId: event.id }, "publishing check-in counts failed; subscribers catch up on reconnect");
    }
    return counts;
  }

  async counts(eventId: string): Promise<CheckInCounts> {
    return readCounts(this.db, await this.doorEvent("eventId", eventId));
  }

  /** Entries and exits at the doors per interval, for the dashboard's chart. */
  async timeline(eventId: string, bucketMinutes: number): Promise<{ startsAt: Date; entries: number; exits: number }[]> {
    const event = await this.doorEvent("eventId", eventId);
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
    { sequence: number; checked_in: number; on_site: number; sold: number; last_check_in_at: Date | null; doors: DoorCount[]; sessions: SessionCount[] }[]
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
