// Ticket types and availability: what an event sells, what is left per type and in total, and the organizer's
// place limit.
import {
  badInput,
  conflict,
  isPublished,
  inTransaction,
  notFound,
  optionalText,
  requireId,
  requireInt,
  requireText,
  type Db,
  type Patch,
  type Viewer,
} from "@bilten/platform";
import type { Prisma, TicketType } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../../loaders.js";
import { EventRefs, isEventStaff, type EventRef } from "../../common/access.js";
import { ensurePlaces } from "./inventory.js";
import { requireMoney, toDecimal, type Money } from "./money.js";
import { promoteWaitlisted } from "../../registration/services/waitlist.js";
import type { OutboxRelay } from "@bilten/platform";

export interface CreateTicketTypeInput {
  eventId: string;
  name: string;
  description?: string | null;
  price: Money;
  quantity: number;
  maxPerOrder?: number | null;
  salesStartAt?: Date | null;
  salesEndAt?: Date | null;
  active?: boolean | null;
  refundCutoffHours?: number | null;
}

export type UpdateTicketTypeInput = Patch<Omit<CreateTicketTypeInput, "eventId">>;

export interface Availability {
  capacity: number | null;
  taken: number;
  remaining: number | null;
  soldOut: boolean;
  waitlisted: number;
  ticketTypes: { ticketType: TicketType; remaining: number; onSale: boolean }[];
}

const MAX_QUANTITY = 1_000_000;

/** Active, inside its sales window, and the event is published, not cancelled and not over. */
export function isOnSale(type: TicketType, event: EventRef, now = new Date()): boolean {
  return (
    type.active &&
    isPublished(event) &&
    !["CANCELLED", "COMPLETED", "ARCHIVED"].includes(event.status) &&
    now < event.endsAt &&
    (!type.salesStartAt || now >= type.salesStartAt) &&
    (!type.salesEndAt || now < type.salesEndAt)
  );
}

export class TicketTypeService {
  private readonly events: EventRefs;

  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly outbox: OutboxRelay | undefined,
  ) {
    this.events = new EventRefs(loaders, viewer);
  }

  /** Active types for everyone who may see the event; inactive ones too for its staff. */
  async forEvent(eventId: string): Promise<TicketType[]> {
    const event = await this.events.visible(eventId);
    if (!event) return [];
    const types = await this.loaders.ticketTypesByEventId.load(eventId);
    return isEventStaff(this.viewer, event) ? types : types.filter((t) => t.active);
  }

  async visible(id: string): Promise<TicketType | null> {
    const type = await this.loaders.ticketTypeById.load(id);
    if (!type) return null;
    const event = await this.events.visible(type.eventId);
    if (!event) return null;
    return type.active || isEventStaff(this.viewer, event) ? type : null;
  }

  async isStaffOf(type: TicketType): Promise<boolean> {
    const event = await this.loaders.eventRefById.load(type.eventId);
    return !!event && isEventStaff(this.viewer, event);
  }

  async onSale(type: TicketType): Promise<boolean> {
    const event = await this.loaders.eventRefById.load(type.eventId);
    return !!event && isOnSale(type, event);
  }

  /** Left of this type, capped by the event's free places. */
  async remaining(type: TicketType): Promise<number> {
    const availability = await this.availability(type.eventId, true);
    return (
      availability?.ticketTypes.find((t) => t.ticketType.id === type.id)?.remaining ??
      Math.max(0, type.quantity - type.sold)
    );
  }

  async availability(eventId: string, includeInactive = false): Promise<Availability | null> {
    const event = await this.events.visible(eventId);
    if (!event) return null;
    const [places, types, waitlisted] = await Promise.all([
      this.loaders.placesByEventId.load(eventId),
      this.loaders.ticketTypesByEventId.load(eventId),
      this.loaders.waitlistByEventId.load(eventId),
    ]);
    const limits = [event.capacity, places?.placeLimit ?? null].filter((v): v is number => v !== null);
    const capacity = limits.length ? Math.min(...limits) : null;
    const taken = places?.taken ?? 0;
    const free = capacity === null ? Number.POSITIVE_INFINITY : Math.max(0, capacity - taken);
    const now = new Date();
    const perType = types
      .filter((t) => t.active || includeInactive)
      .map((t) => ({
        ticketType: t,
        remaining: t.active ? Math.min(Math.max(0, t.quantity - t.sold), free) : 0,
        onSale: isOnSale(t, event, now),
      }));
    const active = perType.filter((p) => p.ticketType.active);
    const total = active.length
      ? Math.min(
          active.reduce((sum, p) => sum + p.remaining, 0),
          free,
        )
      : free;
    const remaining = Number.isFinite(total) ? total : null;
    return { capacity, taken, remaining, soldOut: remaining === 0, waitlisted, ticketTypes: perType };
  }

  async create(input: CreateTicketTypeInput): Promise<TicketType> {
    const event = await this.events.managed("input.eventId", input.eventId);
    const price = requireMoney("input.price", input.price);
    const salesStartAt = input.salesStartAt ?? null;
    const salesEndAt = input.salesEndAt ?? null;
    requireWindow(salesStartAt, salesEndAt);
    const data = {
      eventId: event.id,
      name: requireText("input.name", input.name, { max: 100 }),
      description: optionalText("input.description", input.description, 2000) ?? null,
      price: toDecimal(price.minor),
      currency: price.currency,
      quantity: requireInt("input.quantity", input.quantity, { min: 1, max: MAX_QUANTITY }),
      maxPerOrder: requireInt("input.maxPerOrder", input.maxPerOrder ?? 10, { min: 1, max: 100 }),
      salesStartAt,
      salesEndAt,
      active: input.active ?? true,
      refundCutoffHours: cutoff(input.refundCutoffHours === undefined ? 48 : input.refundCutoffHours),
    };
    const type = await this.db.$transaction(async (tx) => {
      const created = await tx.ticketType.create({ data });
      await ensurePlaces(tx, event.id);
      return created;
    });
    this.loaders.ticketTypesByEventId.clear(event.id);
    return type;
  }

  async update(id: string, input: UpdateTicketTypeInput): Promise<TicketType> {
    const typeId = requireId("id", id);
    const current = await this.loaders.ticketTypeById.load(typeId);
    if (!current || !(await this.events.visible(current.eventId))) throw notFound("TicketType", typeId);
    await this.events.managed("id", current.eventId);
    const data: Prisma.TicketTypeUpdateManyMutationInput = {};
    if (input.name != null) data.name = requireText("input.name", input.name, { max: 100 });
    if (input.description !== undefined) data.description = optionalText("input.description", input.description, 2000);
    if (input.price != null) {
      const price = requireMoney("input.price", input.price);
      if (price.currency !== current.currency) {
        throw badInput("input.price.currency", `The currency of a ticket type stays ${current.currency}`, {
          reason: "CURRENCY_FIXED",
        });
      }
      data.price = toDecimal(price.minor);
    }
    if (input.maxPerOrder != null)
      data.maxPerOrder = requireInt("input.maxPerOrder", input.maxPerOrder, { min: 1, max: 100 });
    if (input.active != null) data.active = input.active;
    if (input.refundCutoffHours !== undefined) data.refundCutoffHours = cutoff(input.refundCutoffHours);
    const salesStartAt = input.salesStartAt !== undefined ? input.salesStartAt : current.salesStartAt;
    const salesEndAt = input.salesEndAt !== undefined ? input.salesEndAt : current.salesEndAt;
    requireWindow(salesStartAt, salesEndAt);
    if (input.salesStartAt !== undefined) data.salesStartAt = input.salesStartAt;
    if (input.salesEndAt !== undefined) data.salesEndAt = input.salesEndAt;
    let quantity: number | undefined;
    if (input.quantity != null) {
      quantity = requireInt("input.quantity", input.quantity, { min: 1, max: MAX_QUANTITY });
      data.quantity = quantity;
    }
    // One conditional statement: the quantity never drops below what is sold, even while sales go on.
    const updated = await this.db.ticketType.updateMany({
      where: { id: typeId, ...(quantity !== undefined ? { sold: { lte: quantity } } : {}) },
      data,
    });
    if (updated.count !== 1) {
      const sold = (await this.db.ticketType.findUnique({ where: { id: typeId } }))?.sold ?? 0;
      throw conflict("QUANTITY_BELOW_SOLD", `${sold} tickets are sold already; the quantity cannot go below that`, {
        sold,
        field: "input.quantity",
      });
    }
    this.loaders.ticketTypeById.clear(typeId);
    this.loaders.ticketTypesByEventId.clear(current.eventId);
    return (await this.loaders.ticketTypeById.load(typeId)) as TicketType;
  }

  /** Caps the event's places below its capacity (null removes the cap); a higher cap moves waitlisted people up. */
  async setPlaceLimit(eventId: string, limit: number | null | undefined): Promise<Availability> {
    const event = await this.events.managed("eventId", eventId);
    const placeLimit =
      limit === null || limit === undefined ? null : requireInt("limit", limit, { min: 0, max: MAX_QUANTITY });
    await inTransaction(this.db, this.outbox, async (tx, record) => {
      await ensurePlaces(tx, event.id);
      await tx.eventPlaces.update({ where: { eventId: event.id }, data: { placeLimit, updatedAt: new Date() } });
      await promoteWaitlisted(tx, record, event.id);
    });
    this.loaders.placesByEventId.clear(event.id);
    this.loaders.waitlistByEventId.clear(event.id);
    return (await this.availability(event.id)) as Availability;
  }
}

function requireWindow(start: Date | null, end: Date | null): void {
  if (start && end && end.getTime() <= start.getTime())
    throw badInput("input.salesEndAt", "input.salesEndAt must be after input.salesStartAt");
}

function cutoff(hours: number | null): number | null {
  return hours === null ? null : requireInt("input.refundCutoffHours", hours, { min: 0, max: 24 * 365 });
}
