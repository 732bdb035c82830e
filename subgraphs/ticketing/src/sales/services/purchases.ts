// Buying tickets. The provider's charge cannot sit inside a database transaction, so a purchase is three steps:
//   1. reserve: ONE statement takes the inventory with conditional updates (ticket types, the event's places, the
//      discount code's use) and writes the order (PENDING) — or, when anything does not fit, keeps nothing;
//   2. charge: the provider is called with an idempotency key derived from the buyer's;
//   3. settle: ONE statement writes payment, payment items, tickets and the outbox row and marks the order PAID — or
//      a transaction gives the inventory back and marks it DECLINED/FAILED, writing nothing else.
// A crash between the steps leaves a PENDING order; the sweeper releases it after the reservation timeout.
import { randomUUID } from "node:crypto";
import {
  afterCommit,
  badInput,
  conflict,
  idempotent,
  inTransaction,
  requireViewer,
  type Db,
  type Logger,
  type OutboxRelay,
  type Viewer,
} from "@bilten/platform";
import { Prisma, type Order, type OrderItem, type TicketType } from "@bilten/platform/prisma";
import type { TicketingSettings } from "../../settings.js";
import type { TicketingLoaders } from "../../loaders.js";
import { EventRefs, type EventRef } from "../../common/access.js";
import { refusalOf, takeInventory, type Refusal } from "./inventory.js";
import { EVENT_REF_COLUMNS, ORDER_COLUMNS, TICKET_TYPE_COLUMNS, fromJsonRow } from "../adapters/rows.js";
import { toDecimal, toMinor } from "./money.js";
import { chargeKey, issueTickets, releaseOrder, type OrderWithItems } from "./orders.js";
import type { ChargeResult, PaymentProvider } from "../adapters/payment-providers.js";
import { Pricing, soldOut, type Line, type Plan } from "./pricing.js";
import { purchaseRequest, requestHash, type PurchaseRequest, type PurchaseTicketsInput } from "./purchase-requests.js";

export const paymentDeclined = (order: Pick<Order, "id" | "failureReason">) =>
  conflict("PAYMENT_DECLINED", `The payment was declined (${order.failureReason ?? "declined"}); nothing was charged`, {
    orderId: order.id,
    declineReason: order.failureReason,
  });

export const paymentFailed = (order: Pick<Order, "id" | "failureReason">) =>
  conflict(
    "PAYMENT_FAILED",
    `The payment provider could not process the payment (${order.failureReason ?? "error"}); nothing was charged`,
    {
      orderId: order.id,
      failureReason: order.failureReason,
    },
  );

export class PurchaseService {
  private readonly pricing: Pricing;

  constructor(
    private readonly db: Db,
    private readonly viewer: Viewer | null,
    private readonly loaders: TicketingLoaders,
    private readonly settings: TicketingSettings,
    private readonly outbox: OutboxRelay | undefined,
    private readonly log: Logger,
  ) {
    this.pricing = new Pricing(db, loaders, new EventRefs(loaders, viewer));
  }

  async purchase(input: PurchaseTicketsInput): Promise<Order> {
    const viewer = requireViewer(this.viewer);
    const request = purchaseRequest(input);
    const hash = requestHash(request);
    const existing = await this.read(viewer, request);
    const outcome = await idempotent<Order, { order: OrderWithItems; plan: Plan }>({
      hash,
      field: "input.idempotencyKey",
      attempt: async () => {
        if (existing) return { replayed: existing };
        const plan = await this.pricing.plan(request);
        return { made: { order: await this.reserve(viewer, request, hash, plan), plan } };
      },
      // A concurrent retry with the same key won the insert: answer with its order.
      winner: () =>
        this.db.order.findUnique({
          where: { buyerId_idempotencyKey: { buyerId: viewer.userId, idempotencyKey: request.idempotencyKey } },
        }),
      reused: (order) => ({ what: "a different purchase", details: { orderId: order.id } }),
    });
    if ("replayed" in outcome) return this.replay(outcome.replayed);
    return this.pay(outcome.made.order, outcome.made.plan, request);
  }

  /**
   * One statement for everything a purchase reads first: an order already made with this key, the event (read
   * model) and the ticket types. The event and types prime the loaders the checks below go through.
   */
  private async read(viewer: Viewer, request: PurchaseRequest): Promise<Order | null> {
    const rows = await this.db.$queryRaw<
      {
        existing: Record<string, unknown> | null;
        event: Record<string, unknown> | null;
        types: Record<string, unknown>[];
      }[]
    >`
      SELECT (SELECT to_jsonb(o) FROM "ticketing"."orders" o WHERE o.buyer_id = ${viewer.userId}::uuid AND o.idempotency_key = ${request.idempotencyKey}) AS existing,
             (SELECT to_jsonb(e) FROM "ticketing"."event_refs" e WHERE e.id = ${request.eventId}::uuid) AS event,
             (SELECT coalesce(jsonb_agg(t), '[]'::jsonb) FROM "ticketing"."ticket_types" t
               WHERE t.id = ANY(${request.items.map((i) => i.ticketTypeId)}::uuid[])) AS types`;
    const row = rows[0];
    const event = row?.event ? fromJsonRow<EventRef>(row.event, EVENT_REF_COLUMNS) : null;
    this.loaders.eventRefById.prime(request.eventId, event);
    const types = new Map(
      (row?.types ?? []).map((t) => fromJsonRow<TicketType>(t, TICKET_TYPE_COLUMNS)).map((t) => [t.id, t]),
    );
    for (const item of request.items)
      this.loaders.ticketTypeById.prime(item.ticketTypeId, types.get(item.ticketTypeId) ?? null);
    return row?.existing ? fromJsonRow<Order>(row.existing, ORDER_COLUMNS) : null;
  }

  /** Step 1: the order (PENDING) and the inventory, all or nothing. */
  private async reserve(viewer: Viewer, request: PurchaseRequest, hash: string, plan: Plan): Promise<OrderWithItems> {
    const count = plan.lines.reduce((sum, l) => sum + l.quantity, 0);
    // Ids and timestamps are made here, so the order needs no read-back after it is written.
    const now = new Date();
    const order: Order = {
      id: randomUUID(),
      eventId: plan.event.id,
      buyerId: viewer.userId,
      email: request.email,
      status: "PENDING",
      currency: plan.currency,
      subtotal: new Prisma.Decimal(toDecimal(plan.subtotal)),
      discountAmount: new Prisma.Decimal(toDecimal(plan.discount)),
      total: new Prisma.Decimal(toDecimal(plan.total)),
      discountCodeId: plan.code?.id ?? null,
      discountCode: plan.code?.code ?? null,
      paymentMethod: plan.method,
      idempotencyKey: request.idempotencyKey,
      requestHash: hash,
      failureReason: null,
      paymentReference: null,
      paymentDueAt: null,
      reservedAt: now,
      paidAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const items: OrderItem[] = plan.lines.map((l) => ({
      id: randomUUID(),
      orderId: order.id,
      ticketTypeId: l.ticketType.id,
      quantity: l.quantity,
      unitPrice: new Prisma.Decimal(toDecimal(l.unit)),
      amount: new Prisma.Decimal(toDecimal(l.amount)),
      discount: new Prisma.Decimal(toDecimal(l.discount)),
    }));
    // One statement, no interactive transaction: the inventory (locks in one order everywhere: ticket types by id,
    // then the event's places, then the code), and — only when all of it fit — the order and its items. A refusal
    // aborts the statement, so nothing of it is kept.
    const inventory = takeInventory({
      items: plan.lines.map((l) => ({ ticketTypeId: l.ticketType.id, n: l.quantity })),
      eventId: plan.event.id,
      places: count,
      codeId: order.discountCodeId,
    });
    try {
      const rows = await this.db.$queryRaw<{ refused: number; orders: number }[]>`
        WITH ${inventory.ctes}, o AS (
          INSERT INTO "ticketing"."orders" (id, event_id, buyer_id, email, status, currency, subtotal, discount_amount, total,
                 discount_code_id, discount_code, payment_method, idempotency_key, request_hash, reserved_at, created_at, updated_at)
          SELECT ${order.id}::uuid, ${order.eventId}::uuid, ${order.buyerId}::uuid, ${order.email}, 'PENDING', ${order.currency},
                 ${order.subtotal.toFixed(2)}::numeric, ${order.discountAmount.toFixed(2)}::numeric, ${order.total.toFixed(2)}::numeric,
                 ${order.discountCodeId}::uuid, ${order.discountCode}, ${order.paymentMethod}::"ticketing"."PaymentMethod",
                 ${order.idempotencyKey}, ${order.requestHash}, ${now}, ${now}, ${now}
           WHERE EXISTS (SELECT 1 FROM pl) AND (${order.discountCodeId}::uuid IS NULL OR EXISTS (SELECT 1 FROM dc))
          RETURNING id
        ), i AS (
          INSERT INTO "ticketing"."order_items" (id, order_id, ticket_type_id, quantity, unit_price, amount, discount)
          SELECT x.id, o.id, x.ticket_type_id, x.quantity, x.unit_price, x.amount, x.discount
            FROM o, unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.ticketTypeId)}::uuid[], ${items.map((i) => i.quantity)}::int[],
                           ${items.map((i) => i.unitPrice.toFixed(2))}::numeric[], ${items.map((i) => i.amount.toFixed(2))}::numeric[],
                           ${items.map((i) => i.discount.toFixed(2))}::numeric[])
                 AS x(id, ticket_type_id, quantity, unit_price, amount, discount)
          RETURNING id
        )
        SELECT ${inventory.check} AS refused, (SELECT count(*) FROM o)::int AS orders`;
      if (rows[0]?.orders !== 1) throw new Error("the reservation took the inventory but wrote no order");
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) throw await this.refused(refusal, plan);
      throw error;
    }
    return { ...order, items };
  }

  /** The coded error for a refused reservation, with what is left (read again: this is the failure path). */
  private async refused(refusal: Refusal, plan: Plan) {
    if (refusal === "EVENT_SOLD_OUT") {
      return conflict("SOLD_OUT", "The event is sold out", {
        scope: "EVENT",
        eventId: plan.event.id,
        field: "input.items",
      });
    }
    if (refusal === "DISCOUNT_CODE_EXHAUSTED") {
      return conflict("DISCOUNT_CODE_EXHAUSTED", `${plan.code?.code ?? "The code"} was used up a moment ago`, {
        field: "input.discountCode",
      });
    }
    const now = await this.db.ticketType.findMany({ where: { id: { in: plan.lines.map((l) => l.ticketType.id) } } });
    for (const line of plan.lines) {
      const type = now.find((t) => t.id === line.ticketType.id) ?? line.ticketType;
      if (!type.active) {
        return badInput(`input.items[${line.index}].ticketTypeId`, `${type.name} is not on sale`, {
          reason: "TICKET_TYPE_INACTIVE",
        });
      }
      if (type.quantity - type.sold < line.quantity) return soldOut(type, line.index);
    }
    // Taken by others a moment ago and (partly) given back since: still a sell-out for this attempt.
    const first = plan.lines[0] as Line;
    return soldOut(now.find((t) => t.id === first.ticketType.id) ?? first.ticketType, first.index);
  }

  /** Steps 2 and 3. */
  private async pay(order: OrderWithItems, plan: Plan, request: PurchaseRequest): Promise<Order> {
    if (order.paymentMethod === "FREE") {
      return this.settlePaid(order, null, { method: "FREE", provider: "none", transactionId: null, response: null });
    }
    const provider = order.paymentMethod === "CARD" ? this.settings.cardProvider : this.settings.invoiceProvider;
    let result: ChargeResult;
    try {
      result = await provider.charge({
        idempotencyKey: chargeKey(order),
        amount: toDecimal(plan.total),
        currency: plan.currency,
        description: `Tickets for ${plan.event.title}`,
        card: request.card,
        email: order.email,
      });
    } catch (error) {
      // The outcome is unknown: the order stays PENDING and the sweeper settles it (refunding any charge).
      this.log.warn({ err: error, orderId: order.id }, "payment provider did not answer");
      throw conflict(
        "PAYMENT_FAILED",
        "The payment provider did not answer; nothing is owed until the order is settled",
        {
          orderId: order.id,
          retryable: true,
        },
      );
    }
    switch (result.outcome) {
      case "SUCCEEDED":
        return this.settlePaid(order, provider, {
          method: order.paymentMethod,
          provider: provider.name,
          transactionId: result.transactionId,
          response: result.response,
        });
      case "AWAITING_PAYMENT": {
        const moved = await this.db.order.updateMany({
          where: { id: order.id, status: "PENDING" },
          data: { status: "AWAITING_PAYMENT", paymentDueAt: result.dueAt, paymentReference: result.transactionId },
        });
        if (moved.count !== 1) throw reservationExpired(order);
        return this.remember({
          ...order,
          status: "AWAITING_PAYMENT",
          paymentDueAt: result.dueAt,
          paymentReference: result.transactionId,
        });
      }
      case "DECLINED":
      case "FAILED": {
        const status = result.outcome;
        await inTransaction(this.db, this.outbox, (tx, record) =>
          releaseOrder(tx, record, order, ["PENDING"], status, result.reason),
        );
        const settled = { ...order, failureReason: result.reason };
        throw status === "DECLINED" ? paymentDeclined(settled) : paymentFailed(settled);
      }
    }
  }

  private async settlePaid(
    order: OrderWithItems,
    provider: PaymentProvider | null,
    payment: Parameters<typeof issueTickets>[3],
  ): Promise<Order> {
    const issued = await afterCommit(this.outbox, issueTickets(this.db, order, ["PENDING"], payment));
    if (!issued) {
      // The sweeper released the reservation while the provider was busy: give the money back.
      if (provider && payment.transactionId) {
        await provider
          .refund({
            idempotencyKey: `void:${chargeKey(order)}`,
            transactionId: payment.transactionId,
            amount: toDecimal(toMinor(order.total)),
            currency: order.currency,
          })
          .catch((error: unknown) =>
            this.log.error(
              { err: error, orderId: order.id },
              "refunding a charge of an expired reservation failed; the sweeper retries",
            ),
          );
      }
      throw reservationExpired(order);
    }
    this.loaders.ticketsByOrderId.clear(order.id).prime(order.id, issued.tickets);
    return this.remember(issued.order);
  }

  /** The answer for a key that was seen before (for the same purchase): the same order, once its payment has settled. */
  private async replay(existing: Order): Promise<Order> {
    let order = existing;
    const until = Date.now() + this.settings.replayWaitMs;
    while (order.status === "PENDING" && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      order = await this.db.order.findUniqueOrThrow({ where: { id: order.id } });
    }
    if (order.status === "PENDING") {
      throw conflict("ORDER_PENDING", "The payment of this order is still in progress; ask again in a moment", {
        orderId: order.id,
      });
    }
    if (order.status === "DECLINED") throw paymentDeclined(order);
    if (order.status === "FAILED") throw paymentFailed(order);
    return this.remember(order);
  }

  private remember<T extends Order>(order: T): Order {
    const { items, ...row } = order as T & { items?: OrderItem[] };
    this.loaders.orderById.clear(row.id).prime(row.id, row);
    if (items) this.loaders.itemsByOrderId.clear(row.id).prime(row.id, items);
    return row;
  }
}

const reservationExpired = (order: Pick<Order, "id">) =>
  conflict("RESERVATION_EXPIRED", "The reservation expired before the payment completed; nothing is owed", {
    orderId: order.id,
  });
