// Refunds and cancellations of paid orders, full or partial. One transaction (with the order row locked)
// revokes the tickets (status and version, so their QR payloads stop passing), gives the inventory back, moves
// waitlisted people up, records the refund and the OrderRefunded event; then the provider pays back. A refund the
// provider could not make yet stays PENDING and the sweeper retries it with the same idempotency key.
import { createHash } from "node:crypto";
import {
  badInput,
  conflict,
  idempotent,
  notFound,
  inTransaction,
  optionalText,
  requireId,
  requireViewer,
  type Db,
  type DbClient,
  type Logger,
  type OutboxRelay,
  type Viewer,
} from "@bilten/platform";
import type { Refund, Ticket, TicketType } from "@bilten/platform/prisma";
import type { TicketingSettings } from "../../settings.js";
import type { TicketingLoaders } from "../../loaders.js";
import { isEventStaff, type EventRef } from "../../common/access.js";
import { OrderRefunded } from "@bilten/contracts";
import { orderRefunded } from "../../common/domain-events.js";
import { returnInventory } from "./inventory.js";
import { toDecimal, toMinor } from "./money.js";
import { requireIdempotencyKey } from "./purchase-requests.js";
import { promoteWaitlisted } from "../../registration/services/waitlist.js";

export interface RefundOrderInput {
  orderId: string;
  ticketIds?: string[] | null;
  reason?: string | null;
  idempotencyKey: string;
}

const HOUR = 3_600_000;

export class RefundService {
  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly settings: TicketingSettings,
    private readonly outbox: OutboxRelay | undefined,
    private readonly log: Logger,
  ) {}

  async refund(input: RefundOrderInput): Promise<Refund> {
    const viewer = requireViewer(this.viewer);
    const orderId = requireId("input.orderId", input.orderId);
    const key = requireIdempotencyKey("input.idempotencyKey", input.idempotencyKey);
    const ticketIds = this.ticketIds(input.ticketIds);
    const reason = optionalText("input.reason", input.reason, 500) ?? null;
    const order = await this.loaders.orderById.load(orderId);
    const event = order ? await this.loaders.eventRefById.load(order.eventId) : null;
    const staff = !!event && isEventStaff(viewer, event);
    // Someone else's order is not found: its existence is private.
    if (!order || !event || (!staff && order.buyerId !== viewer.userId)) throw notFound("Order", orderId);
    const hash = createHash("sha256")
      .update(JSON.stringify({ ticketIds: ticketIds ? [...ticketIds].sort() : null, reason }))
      .digest("hex");
    const types = new Map((await this.loaders.ticketTypesByEventId.load(order.eventId)).map((t) => [t.id, t]));

    const outcome = await idempotent<Refund, Refund>({
      hash,
      field: "input.idempotencyKey",
      attempt: () =>
        inTransaction(this.db, this.outbox, async (tx, record) => {
          // One refund of an order at a time; a retry with the same key finds the first one here.
          await tx.$queryRaw`SELECT id FROM "ticketing"."orders" WHERE id = ${orderId}::uuid FOR UPDATE`;
          const prior = await tx.refund.findUnique({
            where: { orderId_idempotencyKey: { orderId, idempotencyKey: key } },
          });
          if (prior) return { replayed: prior };
          const current = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
          if (current.status !== "PAID" && current.status !== "PARTIALLY_REFUNDED") {
            throw conflict(
              "ORDER_NOT_REFUNDABLE",
              `The order is ${current.status.toLowerCase()}; only paid orders are refunded`,
              {
                status: current.status,
              },
            );
          }
          const all = await tx.ticket.findMany({ where: { orderId } });
          const chosen = this.choose(all, ticketIds);
          if (!staff) checkPolicy(chosen, types, event);
          const now = new Date();
          const amount = chosen.reduce((sum, t) => sum + toMinor(t.price), 0);
          const paidFor = chosen.filter((t) => toMinor(t.price) > 0).map((t) => t.id);
          const free = chosen.filter((t) => toMinor(t.price) === 0).map((t) => t.id);
          // A new version revokes every QR payload signed for the old one.
          const revoked =
            (paidFor.length
              ? (
                  await tx.ticket.updateMany({
                    where: { id: { in: paidFor }, status: "VALID" },
                    data: { status: "REFUNDED", version: { increment: 1 }, revokedAt: now },
                  })
                ).count
              : 0) +
            (free.length
              ? (
                  await tx.ticket.updateMany({
                    where: { id: { in: free }, status: "VALID" },
                    data: { status: "CANCELLED", version: { increment: 1 }, revokedAt: now },
                  })
                ).count
              : 0);
          if (revoked !== chosen.length)
            throw conflict("TICKET_ALREADY_REVOKED", "A ticket of this refund was revoked meanwhile");
          const refund = await tx.refund.create({
            data: {
              orderId,
              requestedBy: viewer.userId,
              byOrganizer: staff,
              amount: toDecimal(amount),
              currency: current.currency,
              ticketIds: chosen.map((t) => t.id),
              reason,
              status: amount > 0 ? "PENDING" : "SUCCEEDED",
              completedAt: amount > 0 ? null : now,
              idempotencyKey: key,
              requestHash: hash,
            },
          });
          const perType = new Map<string, number>();
          for (const t of chosen) perType.set(t.ticketTypeId, (perType.get(t.ticketTypeId) ?? 0) + 1);
          await returnInventory(tx, current.eventId, perType);
          await promoteWaitlisted(tx, record, current.eventId);
          const chosenIds = new Set(chosen.map((t) => t.id));
          const stillValid = all.filter((t) => t.status === "VALID" && !chosenIds.has(t.id)).length;
          const status = stillValid === 0 ? "REFUNDED" : "PARTIALLY_REFUNDED";
          await tx.order.update({ where: { id: orderId }, data: { status } });
          if (amount > 0) {
            await tx.payment.updateMany({
              where: { orderId },
              data: {
                refundedAmount: { increment: toDecimal(amount) },
                status: status === "REFUNDED" ? "REFUNDED" : "PARTIALLY_REFUNDED",
              },
            });
          }
          await record(OrderRefunded, orderRefunded(current, refund, chosen, status));
          return { made: refund };
        }),
      winner: () => this.db.refund.findUnique({ where: { orderId_idempotencyKey: { orderId, idempotencyKey: key } } }),
      reused: (refund) => ({ what: "a different refund of this order", details: { refundId: refund.id } }),
    });
    const refund = "made" in outcome ? outcome.made : outcome.replayed;
    if ("made" in outcome) {
      for (const id of [orderId]) {
        this.loaders.orderById.clear(id);
        this.loaders.ticketsByOrderId.clear(id);
        this.loaders.refundsByOrderId.clear(id);
        this.loaders.paymentsByOrderId.clear(id);
      }
    }
    return refund.status === "PENDING" ? completeRefund(this.db, this.settings, refund, this.log) : refund;
  }

  private ticketIds(values: string[] | null | undefined): string[] | null {
    if (values === undefined || values === null) return null;
    if (values.length === 0)
      throw badInput("input.ticketIds", "input.ticketIds needs at least one ticket (leave it out for all)");
    const ids = values.map((v, i) => requireId(`input.ticketIds[${i}]`, v));
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0)
      throw badInput(`input.ticketIds[${duplicate}]`, `input.ticketIds[${duplicate}] is listed twice`);
    return ids;
  }

  private choose(all: Ticket[], ticketIds: string[] | null): Ticket[] {
    if (!ticketIds) {
      const valid = all.filter((t) => t.status === "VALID");
      if (valid.length === 0)
        throw conflict("NOTHING_TO_REFUND", "Every ticket of this order is already refunded or cancelled");
      return valid;
    }
    return ticketIds.map((id, i) => {
      const ticket = all.find((t) => t.id === id);
      if (!ticket) throw badInput(`input.ticketIds[${i}]`, `input.ticketIds[${i}] is not a ticket of this order`);
      if (ticket.status !== "VALID") {
        throw conflict("TICKET_ALREADY_REVOKED", `Ticket ${ticket.number} is already ${ticket.status.toLowerCase()}`, {
          ticketId: ticket.id,
          status: ticket.status,
          field: `input.ticketIds[${i}]`,
        });
      }
      return ticket;
    });
  }
}

/**
 * The buyers' refund policy: each ticket type allows cancelling until `refundCutoffHours` before the event starts
 * (null: staff only). When the event is cancelled, buyers may always get their money back.
 */
function checkPolicy(tickets: Ticket[], types: Map<string, TicketType>, event: EventRef, now = new Date()): void {
  if (event.status === "CANCELLED") return;
  for (const ticket of tickets) {
    const type = types.get(ticket.ticketTypeId);
    const hours = type?.refundCutoffHours ?? null;
    if (hours === null) {
      throw conflict("REFUND_NOT_ALLOWED", `${type?.name ?? "These"} tickets can only be refunded by the organizer`, {
        ticketTypeId: ticket.ticketTypeId,
      });
    }
    const deadline = new Date(event.startsAt.getTime() - hours * HOUR);
    if (now.getTime() > deadline.getTime()) {
      throw conflict("REFUND_PERIOD_OVER", `${type?.name} tickets could be refunded until ${deadline.toISOString()}`, {
        ticketTypeId: ticket.ticketTypeId,
        deadline: deadline.toISOString(),
      });
    }
  }
}

/**
 * Asks the provider to pay a PENDING refund back (idempotent per refund) and records the outcome; a failure is
 * recorded and left PENDING for the sweeper to retry.
 */
export async function completeRefund(
  db: DbClient,
  settings: TicketingSettings,
  refund: Refund,
  log: Logger,
): Promise<Refund> {
  const payment = await db.payment.findUnique({ where: { orderId: refund.orderId } });
  const provider = payment?.method === "INVOICE" ? settings.invoiceProvider : settings.cardProvider;
  try {
    const reference = await provider.refund({
      idempotencyKey: `refund:${refund.id}`,
      transactionId: payment?.transactionId ?? "",
      amount: toDecimal(toMinor(refund.amount)),
      currency: refund.currency,
    });
    await db.refund.updateMany({
      where: { id: refund.id, status: "PENDING" },
      data: {
        status: "SUCCEEDED",
        providerRef: reference,
        completedAt: new Date(),
        attempts: { increment: 1 },
        lastError: null,
      },
    });
  } catch (error) {
    log.warn({ err: error, refundId: refund.id }, "refund at the provider failed; will retry");
    await db.refund.update({
      where: { id: refund.id },
      data: { attempts: { increment: 1 }, lastError: String(error).slice(0, 1000) },
    });
  }
  return db.refund.findUniqueOrThrow({ where: { id: refund.id } });
}
