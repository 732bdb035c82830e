// Discount codes: created and managed by the event's staff; applied (and counted) in the purchase transaction.
import {
  badInput,
  conflict,
  forbidden,
  isUniqueViolation,
  notFound,
  requireId,
  requireInt,
  type Db,
  type Viewer,
} from "@bilten/platform";
import type { DiscountCode, DiscountKind, Prisma } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../../loaders.js";
import { EventRefs, isEventStaff } from "../../common/access.js";
import { requireMoney, toDecimal, type Money } from "./money.js";
import { normalizeCode } from "./purchase-requests.js";

export interface CreateDiscountCodeInput {
  eventId: string;
  code: string;
  kind: DiscountKind;
  percentOff?: number | null;
  amountOff?: Money | null;
  maxUses?: number | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
  ticketTypeIds?: string[] | null;
}

export interface UpdateDiscountCodeInput {
  active?: boolean | null;
  maxUses?: number | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
}

export class DiscountCodeService {
  private readonly events: EventRefs;

  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
  ) {
    this.events = new EventRefs(loaders, viewer);
  }

  /** Staff only. */
  async forEvent(eventId: string): Promise<DiscountCode[]> {
    const event = await this.events.visible(eventId);
    if (!event || !isEventStaff(this.viewer, event))
      throw forbidden("Only the event's admins and organizers see its discount codes");
    return this.loaders.discountCodesByEventId.load(eventId);
  }

  async create(input: CreateDiscountCodeInput): Promise<DiscountCode> {
    const event = await this.events.managed("input.eventId", input.eventId);
    const code = normalizeCode(input.code);
    if (!/^[A-Z0-9_-]{4,40}$/.test(code))
      throw badInput("input.code", "input.code must be 4–40 letters, digits, - or _");
    const data: Prisma.DiscountCodeUncheckedCreateInput = { eventId: event.id, code, kind: input.kind };
    if (input.kind === "PERCENTAGE") {
      if (input.percentOff == null) throw badInput("input.percentOff", "A PERCENTAGE code needs input.percentOff");
      if (input.amountOff != null) throw badInput("input.amountOff", "A PERCENTAGE code takes no input.amountOff");
      data.percentOff = requireInt("input.percentOff", input.percentOff, { min: 1, max: 100 });
    } else {
      if (input.amountOff == null) throw badInput("input.amountOff", "A FIXED_AMOUNT code needs input.amountOff");
      if (input.percentOff != null) throw badInput("input.percentOff", "A FIXED_AMOUNT code takes no input.percentOff");
      const amount = requireMoney("input.amountOff", input.amountOff, { positive: true });
      data.amountOff = toDecimal(amount.minor);
      data.currency = amount.currency;
    }
    if (input.maxUses != null) data.maxUses = requireInt("input.maxUses", input.maxUses, { min: 1, max: 1_000_000 });
    if (input.validFrom && input.validUntil && input.validUntil <= input.validFrom) {
      throw badInput("input.validUntil", "input.validUntil must be after input.validFrom");
    }
    data.validFrom = input.validFrom ?? null;
    data.validUntil = input.validUntil ?? null;
    if (input.ticketTypeIds?.length) {
      const ids = input.ticketTypeIds.map((id, i) => requireId(`input.ticketTypeIds[${i}]`, id));
      const types = await this.loaders.ticketTypeById.loadMany(ids);
      types.forEach((type, i) => {
        if (!type || type instanceof Error || type.eventId !== event.id) {
          throw badInput(`input.ticketTypeIds[${i}]`, `input.ticketTypeIds[${i}] is not a ticket type of this event`);
        }
      });
      data.ticketTypeIds = [...new Set(ids)];
    }
    try {
      const created = await this.db.discountCode.create({ data });
      this.loaders.discountCodesByEventId.clear(event.id);
      return created;
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict("CODE_TAKEN", `The event already has a code ${code}`, { field: "input.code" });
      throw error;
    }
  }

  async update(id: string, input: UpdateDiscountCodeInput): Promise<DiscountCode> {
    const codeId = requireId("id", id);
    const current = await this.db.discountCode.findUnique({ where: { id: codeId } });
    if (!current || !(await this.events.visible(current.eventId))) throw notFound("DiscountCode", codeId);
    await this.events.managed("id", current.eventId);
    const data: Prisma.DiscountCodeUpdateManyMutationInput = {};
    if (input.active != null) data.active = input.active;
    let maxUses: number | undefined;
    if (input.maxUses != null)
      data.maxUses = maxUses = requireInt("input.maxUses", input.maxUses, { min: 1, max: 1_000_000 });
    const validFrom = input.validFrom !== undefined ? input.validFrom : current.validFrom;
    const validUntil = input.validUntil !== undefined ? input.validUntil : current.validUntil;
    if (validFrom && validUntil && validUntil <= validFrom)
      throw badInput("input.validUntil", "input.validUntil must be after input.validFrom");
    if (input.validFrom !== undefined) data.validFrom = input.validFrom;
    if (input.validUntil !== undefined) data.validUntil = input.validUntil;
    // Conditional, like every change of `uses`' bounds: never below the uses already counted.
    const updated = await this.db.discountCode.updateMany({
      where: { id: codeId, ...(maxUses !== undefined ? { uses: { lte: maxUses } } : {}) },
      data,
    });
    if (updated.count !== 1)
      throw conflict("MAX_USES_BELOW_USES", "The code has been used more often than that", { field: "input.maxUses" });
    this.loaders.discountCodesByEventId.clear(current.eventId);
    return this.db.discountCode.findUniqueOrThrow({ where: { id: codeId } });
  }
}
