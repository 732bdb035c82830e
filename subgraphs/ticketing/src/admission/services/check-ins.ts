// Check-in at the doors (and optionally at a session's door), by ticket number or signed QR payload, in or out.
//
// Each scan is atomic (see ../adapters/scans.ts): the state change is checked against the locked ticket row, so two
// doors scanning one ticket at once cannot both admit it. After the commit the live counts are published.
import type { KeyObject } from "node:crypto";
import {
  afterCommit,
  badInput,
  conflict,
  notFound,
  requireId,
  requireText,
  requireViewer,
  type Db,
  type OutboxRelay,
  type Viewer,
} from "@bilten/platform";
import type { CheckIn, CheckInDirection, Ticket } from "@bilten/platform/prisma";
import type { GraphQLError } from "graphql";
import type { TicketingLoaders } from "../../loaders.js";
import type { EventRef } from "../../common/access.js";
import { AlreadyApplied, doorScan, sessionScan, type TicketLookup } from "../adapters/scans.js";
import { verifyTicketPayload } from "../adapters/ticket-codes.js";
import type { DoorStaff } from "./door-staff.js";
import type { CheckInCounts, LiveCountService } from "./live-counts.js";
import { admissionRefusal, type TicketRefusal } from "./tickets.js";

export interface CheckInInput {
  eventId: string;
  ticketNumber?: string | null;
  qrPayload?: string | null;
  door: string;
  direction?: CheckInDirection | null;
  sessionId?: string | null;
}

/** Whether a door scan fits the ticket's presence; the reasons a scanner shows. */
function assertDoorMove(ticket: Ticket, direction: CheckInDirection, scannedAt: Date): void {
  if (ticket.lastScanAt && scannedAt < ticket.lastScanAt) {
    throw conflict("OUT_OF_ORDER", "A later scan of this ticket is already recorded", {
      lastScanAt: ticket.lastScanAt.toISOString(),
    });
  }
  if (direction === "IN" && ticket.onSite) {
    throw conflict(
      "ALREADY_CHECKED_IN",
      `Already checked in at ${ticket.lastDoor ?? "a door"} at ${ticket.lastScanAt?.toISOString()}`,
      {
        checkedInAt: ticket.lastScanAt?.toISOString() ?? null,
        door: ticket.lastDoor,
        firstCheckedInAt: ticket.checkedInAt?.toISOString() ?? null,
      },
    );
  }
  if (direction === "OUT" && !ticket.onSite)
    throw conflict("NOT_ON_SITE", "This ticket is not inside; check it in first");
}

export interface ScanOptions {
  scannedAt?: Date;
  deviceId?: string | null;
  nonce?: string | null;
}

const normalizeNumber = (number: string) => number.toUpperCase().replace(/[\s-]/g, "");

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

/** Refuses a ticket that may not enter: checked against the QR payload's claims, or the ticket itself by number. */
function assertAdmits(lookup: TicketLookup, ticket: Ticket, event: EventRef): void {
  const { id: ticketId, number, eventId, version } = ticket;
  const refusal = admissionRefusal(lookup.claims ?? { ticketId, number, eventId, version }, ticket, event.id);
  if (refusal) throw refused(refusal);
}

export class CheckInService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly signingKey: KeyObject,
    private readonly doors: DoorStaff,
    private readonly counts: LiveCountService,
    private readonly outbox: OutboxRelay | undefined,
  ) {}

  async checkIn(input: CheckInInput): Promise<{ checkIn: CheckIn; ticket: Ticket; counts: CheckInCounts }> {
    const event = await this.doors.event("input.eventId", input.eventId);
    const { checkIn, ticket } = await this.scan(event, input);
    const counts = await this.counts.publish(event);
    return { checkIn, ticket, counts };
  }

  /**
   * One scan (offline uploads apply theirs through it too). A door scan is ONE statement (the ticket row is locked only while PostgreSQL runs it, never across a
   * round trip to this process): check-ins at several doors of one event queue on its sequence row for
   * microseconds, not for the time a busy Node process takes to send the next statement. What the statement relies
   * on (status, version, presence, scan order) it checks itself; the reads before it only find the reason to give
   * when it refuses.
   */
  async scan(
    event: EventRef,
    input: CheckInInput,
    options: ScanOptions = {},
  ): Promise<{ checkIn: CheckIn; ticket: Ticket }> {
    const viewer = requireViewer(this.viewer);
    const door = requireText("input.door", input.door, { max: 100 });
    const direction: CheckInDirection = input.direction ?? "IN";
    const scannedAt = options.scannedAt ?? new Date();
    const sessionId = input.sessionId ? await this.sessionOf(event, input.sessionId) : null;
    const lookup = this.ticketLookup(input);
    const nonce = options.nonce ?? null;
    const scan = {
      door,
      direction,
      scannedAt,
      sessionId,
      staffUserId: viewer.userId,
      deviceId: options.deviceId ?? null,
      nonce,
    };

    let result: { checkIn: CheckIn; ticket: Ticket };
    if (sessionId) {
      const ticket = await this.admissible(event, lookup, nonce);
      result = { checkIn: await sessionScan(this.db, this.outbox, event, ticket, { ...scan, sessionId }), ticket };
    } else {
      // An offline scan may have been applied already; an online one goes straight to the statement.
      if (nonce) await this.admissible(event, lookup, nonce);
      const outcome = await afterCommit(this.outbox, doorScan(this.db, event, lookup, scan));
      if (!outcome.moved) {
        // Refused: say why, from the ticket as the statement saw it (or as it is now, after a lost race).
        const ticket = outcome.ticket ?? (await this.admissible(event, lookup, nonce));
        assertAdmits(lookup, ticket, event);
        if (nonce && (await this.db.checkIn.findUnique({ where: { clientNonce: nonce } }))) {
          throw new AlreadyApplied(await this.db.checkIn.findUniqueOrThrow({ where: { clientNonce: nonce } }));
        }
        assertDoorMove(ticket, direction, scannedAt);
        throw conflict("TICKET_CHANGED", "The ticket changed while it was being scanned; scan it again");
      }
      result = outcome.moved;
    }
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
    assertAdmits(lookup, ticket, event);
    return ticket;
  }

  private ticketLookup(input: CheckInInput): TicketLookup {
    const hasPayload = !!input.qrPayload?.trim();
    const hasNumber = !!input.ticketNumber?.trim();
    if (hasPayload === hasNumber)
      throw badInput("input.ticketNumber", "Give either the ticket number or the QR payload");
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
}
