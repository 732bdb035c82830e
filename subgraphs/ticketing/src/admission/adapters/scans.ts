// The SQL of a scan. A door scan is one statement; a session scan is one short transaction holding the ticket's row.
// Both record the scan, write CheckInRecorded and raise the event's sequence, so counts and their sequence move
// together.
import { randomUUID } from "node:crypto";
import { CheckInRecorded, conform, contractLabel } from "@bilten/contracts";
import { conflict, inTransaction, type Db, type OutboxRelay } from "@bilten/platform";
import { Prisma, type CheckIn, type CheckInDirection, type Ticket } from "@bilten/platform/prisma";
import type { EventRef } from "../../common/access.js";
import type { TicketClaims } from "./ticket-codes.js";

export interface TicketLookup {
  by: "id" | "number";
  value: string;
  /** From a verified QR payload: the version it was signed for must still be the ticket's. */
  claims?: TicketClaims;
}

export interface ScanRecord {
  door: string;
  direction: CheckInDirection;
  scannedAt: Date;
  sessionId: string | null;
  staffUserId: string;
  deviceId: string | null;
  nonce: string | null;
}

/** An offline scan whose nonce was applied meanwhile (another upload of the same scan held the ticket's lock). */
export class AlreadyApplied extends Error {
  constructor(readonly checkIn: CheckIn) {
    super("scan already applied");
  }
}

/** What a door scan's CheckInRecorded knows before its statement runs; the rest comes from the ticket row it moves. */
const DOOR_SCAN_PART = CheckInRecorded.payload.omit({
  ticketId: true,
  ticketTypeId: true,
  holderId: true,
  firstEntry: true,
});

/**
 * One statement: finds and locks the ticket, moves it in or out if everything holds (this event, valid, the
 * version the QR code was signed for, not already where the scan would put it, no later scan recorded), records
 * the scan, writes CheckInRecorded and raises the event's sequence. Returns the ticket as it found it, and what
 * changed if it moved.
 */
export async function doorScan(
  db: Db,
  event: EventRef,
  lookup: TicketLookup,
  scan: Omit<ScanRecord, "sessionId">,
): Promise<{ ticket: Ticket | null; moved: { checkIn: CheckIn; ticket: Ticket } | null }> {
  const entering = scan.direction === "IN";
  const checkInId = randomUUID();
  const version = lookup.claims?.version ?? null;
  const announced = conform(`${contractLabel(CheckInRecorded)} payload (known before the scan)`, DOOR_SCAN_PART, {
    checkInId,
    eventId: event.id,
    sessionId: null,
    door: scan.door,
    direction: scan.direction,
    scannedAt: scan.scannedAt.toISOString(),
  });
  const [row] = await db.$queryRaw<
    (Omit<Ticket, "price"> & {
      price: string;
      movedCheckedInAt: Date | null;
      movedCheckedInBy: string | null;
      recordedAt: Date | null;
    })[]
  >`
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
      SELECT gen_random_uuid(), ${CheckInRecorded.aggregateType}, moved.id, ${CheckInRecorded.name}, ${CheckInRecorded.version}::int,
             ${JSON.stringify(announced)}::jsonb || jsonb_build_object(
               'ticketId', moved.id, 'ticketTypeId', moved.ticket_type_id, 'holderId', moved.holder_id, 'firstEntry', moved.first_entry)
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
      ticket: {
        ...ticket,
        onSite: entering,
        lastDoor: scan.door,
        lastScanAt: scan.scannedAt,
        checkedInAt: movedCheckedInAt,
        checkedInBy: movedCheckedInBy,
      },
    },
  };
}

/** A scan at a session's door: its own presence, serialized per ticket; the event's sequence goes up last. */
export async function sessionScan(
  db: Db,
  outbox: OutboxRelay | undefined,
  event: EventRef,
  ticket: Ticket,
  scan: ScanRecord & { sessionId: string },
): Promise<CheckIn> {
  return inTransaction(db, outbox, async (tx, record) => {
    await tx.$queryRaw`SELECT id FROM "ticketing"."tickets" WHERE id = ${ticket.id}::uuid FOR UPDATE`;
    if (scan.nonce && (await tx.checkIn.findUnique({ where: { clientNonce: scan.nonce } }))) {
      throw new AlreadyApplied(await tx.checkIn.findUniqueOrThrow({ where: { clientNonce: scan.nonce } }));
    }
    await moveInSession(tx, ticket, event.id, scan.sessionId, scan.direction, scan.scannedAt);
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
    await record(CheckInRecorded, {
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
    });
    await tx.$executeRaw`
      INSERT INTO "ticketing"."check_in_sequences" (event_id, sequence, updated_at) VALUES (${event.id}::uuid, 1, now())
      ON CONFLICT (event_id) DO UPDATE SET sequence = "ticketing"."check_in_sequences".sequence + 1, updated_at = now()`;
    return checkIn;
  });
}

async function moveInSession(
  tx: Prisma.TransactionClient,
  ticket: Ticket,
  eventId: string,
  sessionId: string,
  direction: CheckInDirection,
  scannedAt: Date,
): Promise<void> {
  const presence = await tx.sessionPresence.findUnique({
    where: { ticketId_sessionId: { ticketId: ticket.id, sessionId } },
  });
  if (presence && scannedAt < presence.lastScanAt) {
    throw conflict("OUT_OF_ORDER", "A later scan of this ticket at this session is already recorded", {
      lastScanAt: presence.lastScanAt.toISOString(),
    });
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
