// Registrations for free events (BATbern): a place while there is one (the same conditional place update as ticket
// sales), otherwise the waitlist; cancelling frees the place for the next person in the same transaction.
import {
  badInput,
  conflict,
  isUniqueViolation,
  notFound,
  inTransaction,
  optionalText,
  requireEmail,
  requireId,
  requireViewer,
  type Db,
  type OutboxRelay,
  type Page,
  type PageArgs,
  type Viewer,
} from "@bilten/platform";
import type { Prisma, Registration, RegistrationStatus } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../../loaders.js";
import { EventRefs, isDoorStaff, isEventStaff, type EventRef } from "../../common/access.js";
import { RegistrationChanged } from "@bilten/contracts";
import { registrationChanged } from "../../common/domain-events.js";
import type { Listings } from "../../common/listings.js";
import { ensurePlaces, returnPlaces, takePlaces } from "../../sales/services/inventory.js";
import { promoteWaitlisted } from "./waitlist.js";

export interface RegisterInput {
  eventId: string;
  email: string;
  specialRequests?: string | null;
  sessionIds?: string[] | null;
}

export interface UpdateRegistrationInput {
  email?: string | null;
  specialRequests?: string | null;
  sessionIds?: string[] | null;
}

/** States that hold a place. */
const HOLDING: RegistrationStatus[] = ["REGISTERED", "CONFIRMED", "ATTENDED"];

export class RegistrationService {
  private readonly events: EventRefs;

  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly lists: Listings,
    private readonly outbox: OutboxRelay | undefined,
  ) {
    this.events = new EventRefs(loaders, viewer);
  }

  forEvent(eventId: string, args: PageArgs & { status?: string[] | null }): Promise<Page<Registration>> {
    return this.lists.ofEvent("registrationsByEvent", "registrations", eventId, args, args.status);
  }

  forUser(userId: string, args: PageArgs): Promise<Page<Registration>> {
    return this.lists.ofPerson("registrationsByUser", "registrations", userId, args);
  }

  /** For the registrant and the event's staff (door staff included). */
  visible(id: string): Promise<Registration | null> {
    return this.events.ownOrStaff(
      id,
      this.loaders.registrationById,
      (registration) => registration.userId,
      isDoorStaff,
    );
  }

  /** Preferred sessions that still exist (removed ones drop out: the events subgraph would not resolve them). */
  async sessionPreferences(registration: Registration): Promise<{ __typename: "Session"; id: string }[]> {
    const sessions = await this.loaders.sessionRefById.loadMany(registration.sessionIds);
    return sessions.flatMap((s) =>
      s && !(s instanceof Error) && !s.removed ? [{ __typename: "Session" as const, id: s.id }] : [],
    );
  }

  async register(input: RegisterInput): Promise<Registration> {
    const viewer = requireViewer(this.viewer);
    const event = await this.events.open("input.eventId", input.eventId);
    if (event.status === "REGISTRATION_CLOSED")
      throw conflict("REGISTRATION_CLOSED", "Registration for this event is closed");
    const email = requireEmail("input.email", input.email);
    const specialRequests = optionalText("input.specialRequests", input.specialRequests, 2000) ?? null;
    const sessionIds = await this.sessions("input.sessionIds", event, input.sessionIds ?? []);
    let result: { registration: Registration; from: RegistrationStatus | null };
    try {
      result = await inTransaction(this.db, this.outbox, async (tx, record) => {
        const existing = await tx.$queryRaw<{ id: string; status: RegistrationStatus }[]>`
          SELECT id, status FROM "ticketing"."registrations"
           WHERE event_id = ${event.id}::uuid AND user_id = ${viewer.userId}::uuid FOR UPDATE`;
        const prior = existing[0];
        if (prior && prior.status !== "CANCELLED") {
          throw conflict("ALREADY_REGISTERED", "You are already registered for this event", {
            registrationId: prior.id,
            status: prior.status,
          });
        }
        await ensurePlaces(tx, event.id);
        // Nobody jumps the queue: a free place goes to a new registrant only while nobody is waiting.
        const placed = await takePlaces(tx, event.id, 1, { behindQueue: true });
        const status: RegistrationStatus = placed ? "REGISTERED" : "WAITLISTED";
        let registration: Registration;
        if (prior) {
          // Registering again after cancelling: back in at the end of the queue.
          await tx.$executeRaw`
            UPDATE "ticketing"."registrations"
               SET status = ${status}::"ticketing"."RegistrationStatus", email = ${email}, special_requests = ${specialRequests},
                   session_ids = ${sessionIds}::uuid[], registered_at = now(), promoted_at = NULL, confirmed_at = NULL,
                   attended_at = NULL, cancelled_at = NULL, updated_at = now(),
                   queue_number = nextval(pg_get_serial_sequence('"ticketing"."registrations"', 'queue_number'))
             WHERE id = ${prior.id}::uuid`;
          registration = await tx.registration.findUniqueOrThrow({ where: { id: prior.id } });
        } else {
          registration = await tx.registration.create({
            data: { eventId: event.id, userId: viewer.userId, email, status, specialRequests, sessionIds },
          });
        }
        await record(RegistrationChanged, registrationChanged(registration, prior ? "CANCELLED" : null));
        return { registration, from: prior ? "CANCELLED" : null };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("ALREADY_REGISTERED", "You are already registered for this event");
      throw error;
    }
    return result.registration;
  }

  async update(id: string, input: UpdateRegistrationInput): Promise<Registration> {
    const current = await this.own(id);
    if (current.status === "CANCELLED")
      throw conflict("REGISTRATION_CANCELLED", "This registration is cancelled; register again instead");
    const event = await this.events.known("id", current.eventId);
    const data: Prisma.RegistrationUpdateInput = {};
    if (input.email != null) data.email = requireEmail("input.email", input.email);
    if (input.specialRequests !== undefined)
      data.specialRequests = optionalText("input.specialRequests", input.specialRequests, 2000) ?? null;
    if (input.sessionIds !== undefined)
      data.sessionIds = await this.sessions("input.sessionIds", event, input.sessionIds ?? []);
    const updated = await this.db.registration.update({ where: { id: current.id }, data });
    this.loaders.registrationById.clear(current.id);
    return updated;
  }

  async confirm(id: string): Promise<Registration> {
    const current = await this.own(id);
    return this.move(current, ["REGISTERED"], "CONFIRMED", { confirmedAt: new Date() }, ["CONFIRMED"]);
  }

  async markAttended(id: string): Promise<Registration> {
    const viewer = requireViewer(this.viewer);
    const current = await this.requireVisible(id);
    const event = await this.loaders.eventRefById.load(current.eventId);
    if (!event || !isDoorStaff(viewer, event)) throw notFound("Registration", current.id);
    return this.move(current, ["REGISTERED", "CONFIRMED"], "ATTENDED", { attendedAt: new Date() }, ["ATTENDED"]);
  }

  /** The registrant or the event's staff; a held place goes to the next waitlisted person right away. */
  async cancel(id: string): Promise<Registration> {
    const viewer = requireViewer(this.viewer);
    const current = await this.requireVisible(id);
    if (current.userId !== viewer.userId) {
      const event = await this.loaders.eventRefById.load(current.eventId);
      if (!event || !isEventStaff(viewer, event)) throw notFound("Registration", current.id);
    }
    const registration = await inTransaction(this.db, this.outbox, async (tx, record) => {
      const locked = await tx.$queryRaw<{ status: RegistrationStatus }[]>`
        SELECT status FROM "ticketing"."registrations" WHERE id = ${current.id}::uuid FOR UPDATE`;
      const status = locked[0]?.status;
      if (!status) throw notFound("Registration", current.id);
      if (status === "CANCELLED") return tx.registration.findUniqueOrThrow({ where: { id: current.id } });
      if (status === "ATTENDED")
        throw conflict("ALREADY_ATTENDED", "This person has attended; the registration cannot be cancelled");
      const cancelled = await tx.registration.update({
        where: { id: current.id },
        data: { status: "CANCELLED", cancelledAt: new Date() },
      });
      await record(RegistrationChanged, registrationChanged(cancelled, status));
      if (HOLDING.includes(status)) {
        await returnPlaces(tx, current.eventId, 1);
        await promoteWaitlisted(tx, record, current.eventId);
      }
      return cancelled;
    });
    this.loaders.registrationById.clear(current.id);
    return registration;
  }

  /** A status change that is only allowed from `from`; repeating it is harmless (`already`). */
  private async move(
    current: Registration,
    from: RegistrationStatus[],
    to: RegistrationStatus,
    extra: Prisma.RegistrationUpdateManyMutationInput,
    already: RegistrationStatus[],
  ): Promise<Registration> {
    const registration = await inTransaction(this.db, this.outbox, async (tx, record) => {
      const moved = await tx.registration.updateMany({
        where: { id: current.id, status: { in: from } },
        data: { status: to, ...extra },
      });
      const now = await tx.registration.findUniqueOrThrow({ where: { id: current.id } });
      if (moved.count === 1) {
        await record(RegistrationChanged, registrationChanged(now, current.status));
        return now;
      }
      if (already.includes(now.status)) return now;
      throw conflict(
        now.status === "WAITLISTED" ? "STILL_WAITLISTED" : "INVALID_REGISTRATION_STATUS",
        `A ${now.status.toLowerCase()} registration cannot become ${to.toLowerCase()}`,
        { status: now.status },
      );
    });
    this.loaders.registrationById.clear(current.id);
    return registration;
  }

  private async own(id: string): Promise<Registration> {
    const viewer = requireViewer(this.viewer);
    const registration = await this.requireVisible(id);
    if (registration.userId !== viewer.userId) throw notFound("Registration", registration.id);
    return registration;
  }

  private async requireVisible(id: string): Promise<Registration> {
    requireViewer(this.viewer);
    const registrationId = requireId("id", id);
    const registration = await this.visible(registrationId);
    if (!registration) throw notFound("Registration", registrationId);
    return registration;
  }

  /** Session preferences must be sessions of the event that ticketing knows and that are not removed. */
  private async sessions(field: string, event: EventRef, ids: string[]): Promise<string[]> {
    if (ids.length > 50) throw badInput(field, `${field} takes at most 50 sessions`);
    const valid = ids.map((id, i) => requireId(`${field}[${i}]`, id));
    const sessions = await this.loaders.sessionRefById.loadMany(valid);
    sessions.forEach((session, i) => {
      if (!session || session instanceof Error || session.eventId !== event.id || session.removed) {
        throw badInput(`${field}[${i}]`, `${field}[${i}] is not a session of this event known to ticketing (yet)`);
      }
    });
    return [...new Set(valid)];
  }
}
