// Tickets: who may see them, their signed QR payloads, and the check a scanner's payload goes through (the
// signature without a database, then the ticket's current status and version).
import {
  requireId,
  requireViewer,
  forbidden,
  type Page,
  type PageArgs,
  type TokenKeys,
  type Viewer,
} from "@bilten/platform";
import type { Ticket } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../../loaders.js";
import { EventRefs, isDoorStaff, isEventStaff } from "../../common/access.js";
import type { Listings } from "../../common/listings.js";
import { signTicketPayload, verifyTicketPayload, type TicketClaims } from "../adapters/ticket-codes.js";

export type TicketRefusal =
  "INVALID_PAYLOAD" | "UNKNOWN_TICKET" | "WRONG_EVENT" | "TICKET_CANCELLED" | "TICKET_REFUNDED" | "OUTDATED_PAYLOAD";

export interface TicketVerification {
  valid: boolean;
  reason: TicketRefusal | null;
  ticket: Ticket | null;
}

/**
 * Whether a genuine payload admits to `eventId` right now: the ticket must exist, belong to the event, be VALID
 * and carry the version the payload was signed for (a revoked ticket's version moved on). Check-in uses the same.
 */
export function admissionRefusal(
  claims: TicketClaims,
  ticket: Ticket | null,
  eventId?: string | null,
): TicketRefusal | null {
  if (!ticket || ticket.number !== claims.number || ticket.eventId !== claims.eventId)
    return ticket ? "INVALID_PAYLOAD" : "UNKNOWN_TICKET";
  if (eventId && ticket.eventId !== eventId) return "WRONG_EVENT";
  if (ticket.status === "REFUNDED") return "TICKET_REFUNDED";
  if (ticket.status === "CANCELLED") return "TICKET_CANCELLED";
  if (ticket.version !== claims.version) return "OUTDATED_PAYLOAD";
  return null;
}

export class TicketService {
  private readonly events: EventRefs;

  constructor(
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly lists: Listings,
    private readonly keys: TokenKeys,
  ) {
    this.events = new EventRefs(loaders, viewer);
  }

  /** The event's attendees for its staff: one entry per valid ticket. */
  attendees(eventId: string, args: PageArgs): Promise<Page<Ticket>> {
    return this.lists.ofEvent("ticketsByEvent", "attendees", eventId, args, ["VALID"]);
  }

  forHolder(userId: string, args: PageArgs): Promise<Page<Ticket>> {
    return this.lists.ofPerson("ticketsByHolder", "tickets", userId, args);
  }

  /** For its holder and the event's staff, door staff included; null for everyone else. */
  visible(id: string): Promise<Ticket | null> {
    return this.events.ownOrStaff(id, this.loaders.ticketById, (ticket) => ticket.holderId, isDoorStaff);
  }

  /** The signed payload for the holder and the event's organizers; none for revoked tickets. */
  async qrPayload(ticket: Ticket): Promise<string | null> {
    if (!this.viewer || ticket.status !== "VALID") return null;
    if (ticket.holderId !== this.viewer.userId) {
      const event = await this.loaders.eventRefById.load(ticket.eventId);
      if (!event || !isEventStaff(this.viewer, event)) return null;
    }
    return signTicketPayload(this.keys, {
      ticketId: ticket.id,
      number: ticket.number,
      eventId: ticket.eventId,
      version: ticket.version,
    });
  }

  /** Door staff check a scanned payload (FORBIDDEN for tickets of events they do not staff). */
  async verify(payload: string, eventId?: string | null): Promise<TicketVerification> {
    const viewer = requireViewer(this.viewer);
    const expectedEvent = eventId ? requireId("eventId", eventId) : null;
    if (expectedEvent) {
      const event = await this.loaders.eventRefById.load(expectedEvent);
      if (!event || !isDoorStaff(viewer, event)) throw forbidden("Only the event's staff can check its tickets");
    }
    const claims = verifyTicketPayload(this.keys.publicKey, payload);
    if (!claims) return { valid: false, reason: "INVALID_PAYLOAD", ticket: null };
    const ticket = await this.loaders.ticketById.load(claims.ticketId);
    const event = await this.loaders.eventRefById.load(ticket?.eventId ?? claims.eventId);
    if (!event || !isDoorStaff(viewer, event)) {
      if (expectedEvent) return { valid: false, reason: "WRONG_EVENT", ticket: null };
      throw forbidden("Only the event's staff can check its tickets");
    }
    const reason = admissionRefusal(claims, ticket, expectedEvent);
    return {
      valid: reason === null,
      reason,
      ticket: reason === "UNKNOWN_TICKET" || reason === "INVALID_PAYLOAD" ? null : ticket,
    };
  }
}
