// Pricing a purchase: everything that can be checked before reserving (the event is open, each ticket type belongs
// to it and is on sale, one currency, order limits, the discount code) and the amounts, exact in minor units. The
// conditional updates of the reservation decide what is really left; the checks here give early, precise answers.
import { badInput, conflict, type Db } from "@bilten/platform";
import type { DiscountCode, PaymentMethod, TicketType } from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../../loaders.js";
import type { EventRef, EventRefs } from "../../common/access.js";
import { allocate, minorDigits, toDecimal, toMinor } from "./money.js";
import type { PurchaseRequest } from "./purchase-requests.js";

export interface Line {
  ticketType: TicketType;
  quantity: number;
  index: number;
  unit: number;
  amount: number;
  discount: number;
}

export interface Plan {
  event: EventRef;
  currency: string;
  lines: Line[];
  code: DiscountCode | null;
  subtotal: number;
  discount: number;
  total: number;
  method: PaymentMethod;
}

export class Pricing {
  constructor(
    private readonly db: Db,
    private readonly loaders: TicketingLoaders,
    private readonly events: EventRefs,
  ) {}

  /** Everything that can be checked before reserving: the event, the ticket types, the code and the amounts. */
  async plan(request: PurchaseRequest): Promise<Plan> {
    const now = new Date();
    const event = await this.events.open("input.eventId", request.eventId, now);
    const types = await this.loaders.ticketTypeById.loadMany(request.items.map((i) => i.ticketTypeId));
    const lines: Line[] = request.items.map((item, i) => {
      const field = `input.items[${item.index}].ticketTypeId`;
      const type = types[i];
      if (!type || type instanceof Error || type.eventId !== event.id) {
        throw badInput(field, `${field} is not a ticket type of this event`, { reason: "UNKNOWN_TICKET_TYPE" });
      }
      if (!type.active) throw badInput(field, `${type.name} is not on sale`, { reason: "TICKET_TYPE_INACTIVE" });
      if (type.salesStartAt && now < type.salesStartAt) {
        throw badInput(field, `Sales of ${type.name} start at ${type.salesStartAt.toISOString()}`, {
          reason: "SALES_NOT_STARTED",
          salesStartAt: type.salesStartAt.toISOString(),
        });
      }
      if (type.salesEndAt && now >= type.salesEndAt) {
        throw badInput(field, `Sales of ${type.name} ended at ${type.salesEndAt.toISOString()}`, {
          reason: "SALES_ENDED",
          salesEndAt: type.salesEndAt.toISOString(),
        });
      }
      if (item.quantity > type.maxPerOrder) {
        throw badInput(
          `input.items[${item.index}].quantity`,
          `At most ${type.maxPerOrder} tickets of ${type.name} per order`,
          {
            reason: "OVER_ORDER_LIMIT",
            maxPerOrder: type.maxPerOrder,
          },
        );
      }
      const unit = toMinor(type.price);
      return {
        ticketType: type,
        quantity: item.quantity,
        index: item.index,
        unit,
        amount: unit * item.quantity,
        discount: 0,
      };
    });
    const orderCurrency = oneCurrency(lines);
    // A cheap early answer when it is plainly gone; the conditional update in the transaction decides.
    for (const line of lines) {
      if (line.ticketType.quantity - line.ticketType.sold < line.quantity) throw soldOut(line.ticketType, line.index);
    }
    if (request.currency && request.currency !== orderCurrency) {
      throw badInput("input.currency", `These tickets are sold in ${orderCurrency}, not ${request.currency}`, {
        reason: "WRONG_CURRENCY",
        currency: orderCurrency,
      });
    }
    const code = request.discountCode
      ? await this.applyCode(request.discountCode, event, lines, orderCurrency, now)
      : null;
    const subtotal = lines.reduce((sum, l) => sum + l.amount, 0);
    const discount = lines.reduce((sum, l) => sum + l.discount, 0);
    const total = subtotal - discount;
    if (total > 0 && request.method === "FREE") {
      throw badInput(
        "input.payment.method",
        `This order costs ${toDecimal(total)} ${orderCurrency}; pay by CARD or INVOICE`,
      );
    }
    return {
      event,
      currency: orderCurrency,
      lines,
      code,
      subtotal,
      discount,
      total,
      method: total === 0 ? "FREE" : request.method,
    };
  }

  /** Checks a discount code and sets each eligible line's discount (exact to the currency's smallest unit). */
  private async applyCode(
    codeText: string,
    event: EventRef,
    lines: Line[],
    currency: string,
    now: Date,
  ): Promise<DiscountCode> {
    const field = "input.discountCode";
    const code = await this.db.discountCode.findUnique({
      where: { eventId_code: { eventId: event.id, code: codeText } },
    });
    if (!code) throw badInput(field, `${codeText} is not a discount code of this event`, { reason: "UNKNOWN" });
    if (!code.active) throw badInput(field, `${code.code} is no longer valid`, { reason: "INACTIVE" });
    if (code.validFrom && now < code.validFrom) {
      throw badInput(field, `${code.code} is valid from ${code.validFrom.toISOString()}`, { reason: "NOT_YET_VALID" });
    }
    if (code.validUntil && now >= code.validUntil) {
      throw badInput(field, `${code.code} expired at ${code.validUntil.toISOString()}`, { reason: "EXPIRED" });
    }
    if (code.maxUses !== null && code.uses >= code.maxUses) {
      throw badInput(field, `${code.code} has been used up`, { reason: "EXHAUSTED" });
    }
    const restricted = new Set(code.ticketTypeIds);
    const eligible = lines.filter((l) => restricted.size === 0 || restricted.has(l.ticketType.id));
    const base = eligible.reduce((sum, l) => sum + l.amount, 0);
    if (eligible.length === 0 || base === 0) {
      throw badInput(field, `${code.code} does not apply to these tickets`, { reason: "NOT_APPLICABLE" });
    }
    // Minor units are hundredths; currencies without decimals (JPY) discount in whole units.
    const step = 10 ** (2 - minorDigits(currency));
    if (code.kind === "PERCENTAGE") {
      for (const line of eligible) {
        line.discount = Math.min(line.amount, Math.round((line.amount * (code.percentOff ?? 0)) / 100 / step) * step);
      }
    } else {
      if (code.currency !== currency) {
        throw badInput(field, `${code.code} takes ${code.currency} off, but these tickets are sold in ${currency}`, {
          reason: "WRONG_CURRENCY",
        });
      }
      const off = Math.min(toMinor(code.amountOff ?? 0), base);
      const shares = allocate(
        Math.floor(off / step),
        eligible.map((l) => l.amount / step),
      );
      eligible.forEach((line, i) => (line.discount = (shares[i] ?? 0) * step));
    }
    return code;
  }
}

/** An order is paid in one currency: that of all its ticket types. */
function oneCurrency(lines: Line[]): string {
  const [first, ...rest] = lines;
  if (!first) throw badInput("input.items", "input.items needs at least one ticket type");
  const other = rest.find((l) => l.ticketType.currency !== first.ticketType.currency);
  if (other) {
    const field = `input.items[${other.index}].ticketTypeId`;
    throw badInput(
      field,
      `One order is paid in one currency: ${other.ticketType.name} costs ${other.ticketType.currency}, the others ${first.ticketType.currency}`,
      {
        reason: "MIXED_CURRENCY",
      },
    );
  }
  return first.ticketType.currency;
}

export function soldOut(type: TicketType, index: number) {
  const remaining = Math.max(0, type.quantity - type.sold);
  return conflict("SOLD_OUT", remaining > 0 ? `Only ${remaining} ${type.name} left` : `${type.name} is sold out`, {
    ticketTypeId: type.id,
    remaining,
    field: `input.items[${index}].quantity`,
  });
}
