// Orders: issuing tickets when an order is paid, releasing an order's inventory when it is not, and what buyers
// and staff may read and do with an order.
import { randomUUID } from "node:crypto";
import {
  afterCommit,
  conflict,
  inTransaction,
  notFound,
  optionalText,
  requireId,
  requireViewer,
  type Db,
  type DbClient,
  type OutboxRelay,
  type Page,
  type PageArgs,
  type Recorder,
  type Viewer,
} from "@bilten/platform";
import { TicketsPurchased, validPayload } from "@bilten/contracts";
import {
  Prisma,
  type Order,
  type OrderItem,
  type OrderStatus,
  type PaymentMethod,
  type Ticket,
} from "@bilten/platform/prisma";
import type { TicketingLoaders } from "../../loaders.js";
import { EventRefs, isEventStaff } from "../../common/access.js";
import type { Listings } from "../../common/listings.js";
import { ticketsPurchased } from "../../common/domain-events.js";
import { returnDiscountCodeUse, returnInventory } from "./inventory.js";
import { allocate, toDecimal, toMinor } from "./money.js";
import { invoiceReference } from "../adapters/payment-providers.js";
import { newTicketNumber } from "../../admission/adapters/ticket-codes.js";
import { promoteWaitlisted } from "../../registration/services/waitlist.js";

type Tx = Prisma.TransactionClient;
export type OrderWithItems = Order & { items: OrderItem[] };

export interface PaymentRecord {
  method: PaymentMethod;
  provider: string;
  transactionId: string | null;
  response: Record<string, unknown> | null;
}

/** The key the provider sees for an order's charge: derived from the buyer's own idempotency key. */
export const chargeKey = (order: Pick<Order, "buyerId" | "idempotencyKey">) =>
  `purchase:${order.buyerId}:${order.idempotencyKey}`;

/**
 * If the order is still in one of `from`, marks it PAID and writes the payment, one payment item and one ticket per
 * admission, and the TicketsPurchased event — as ONE statement (data-modifying CTEs that all hang off the order's
 * conditional update), so it is a single atomic transaction and a single round trip. Returns null when the order
 * had moved on (e.g. the sweeper released it meanwhile); then nothing is written.
 */
export async function issueTickets(
  db: DbClient,
  order: OrderWithItems,
  from: OrderStatus[],
  payment: PaymentRecord,
): Promise<{ order: Order; tickets: Ticket[] } | null> {
  const paidAt = new Date();
  const tickets: Ticket[] = [];
  for (const item of order.items) {
    // The item's discount is spread over its tickets to the cent: a refund returns exactly what a ticket cost.
    const shares = allocate(
      toMinor(item.discount),
      Array.from({ length: item.quantity }, () => toMinor(item.unitPrice)),
    );
    for (const share of shares) {
      tickets.push({
        id: randomUUID(),
        number: newTicketNumber(),
        orderId: order.id,
        ticketTypeId: item.ticketTypeId,
        eventId: order.eventId,
        holderId: order.buyerId,
        price: new Prisma.Decimal(toDecimal(toMinor(item.unitPrice) - share)),
        currency: order.currency,
        status: "VALID",
        version: 1,
        issuedAt: paidAt,
        revokedAt: null,
        checkedInAt: null,
        checkedInBy: null,
        onSite: false,
        lastDoor: null,
        lastScanAt: null,
      });
    }
  }
  const reference = payment.transactionId ?? order.paymentReference;
  const paid: Order = { ...order, status: "PAID", paidAt, paymentReference: reference };
  const purchased = validPayload(TicketsPurchased, ticketsPurchased(paid, order.items, tickets));
  const rows = await db.$queryRaw<{ paid: number }[]>`
    WITH o AS (
      UPDATE "ticketing"."orders" SET status = 'PAID', paid_at = ${paidAt}, payment_reference = ${reference}, updated_at = ${paidAt}
       WHERE id = ${order.id}::uuid AND status::text = ANY(${from}::text[])
       RETURNING id
    ), p AS (
      INSERT INTO "ticketing"."payments"
        (id, order_id, user_id, amount, refunded_amount, currency, method, provider, status, transaction_id, gateway_response, created_at, updated_at)
      SELECT ${randomUUID()}::uuid, o.id, ${order.buyerId}::uuid, ${order.total.toFixed(2)}::numeric, 0, ${order.currency},
             ${payment.method}::"ticketing"."PaymentMethod", ${payment.provider}, 'SUCCEEDED', ${payment.transactionId},
             ${payment.response ? JSON.stringify(payment.response) : null}::jsonb, ${paidAt}, ${paidAt}
        FROM o
      RETURNING id
    ), t AS (
      INSERT INTO "ticketing"."tickets" (id, number, order_id, ticket_type_id, event_id, holder_id, price, currency, status, version, issued_at)
      SELECT x.id, x.number, o.id, x.ticket_type_id, ${order.eventId}::uuid, ${order.buyerId}::uuid, x.price, ${order.currency}, 'VALID', 1, ${paidAt}
        FROM o, unnest(${tickets.map((t) => t.id)}::uuid[], ${tickets.map((t) => t.number)}::text[],
                       ${tickets.map((t) => t.ticketTypeId)}::uuid[], ${tickets.map((t) => t.price.toFixed(2))}::numeric[])
             AS x(id, number, ticket_type_id, price)
      RETURNING id
    ), i AS (
      INSERT INTO "ticketing"."payment_items" (id, payment_id, ticket_id, item_type, amount, description)
      SELECT gen_random_uuid(), p.id, x.id, 'TICKET', x.price, 'Ticket ' || x.number
        FROM p, unnest(${tickets.map((t) => t.id)}::uuid[], ${tickets.map((t) => t.number)}::text[], ${tickets.map((t) => t.price.toFixed(2))}::numeric[])
             AS x(id, number, price)
    ), e AS (
      INSERT INTO "ticketing"."outbox" (id, aggregate_type, aggregate_id, event_type, event_version, data)
      SELECT ${randomUUID()}::uuid, ${TicketsPurchased.aggregateType}, o.id, ${TicketsPurchased.name}, ${TicketsPurchased.version}::int,
             ${JSON.stringify(purchased)}::jsonb FROM o
    )
    SELECT count(*)::int AS paid FROM o`;
  return rows[0]?.paid === 1 ? { order: paid, tickets } : null;
}

/**
 * Inside the caller's transaction: if the order is still in one of `from`, moves it to `to` and gives back its
 * tickets, places and discount code use; the freed places go to waitlisted people. False when it had moved on.
 */
export async function releaseOrder(
  tx: Tx,
  record: Recorder,
  order: OrderWithItems,
  from: OrderStatus[],
  to: OrderStatus,
  reason: string | null,
): Promise<boolean> {
  const moved = await tx.order.updateMany({
    where: { id: order.id, status: { in: from } },
    data: { status: to, failureReason: reason?.slice(0, 255) ?? null, closedAt: new Date() },
  });
  if (moved.count !== 1) return false;
  const perType = new Map<string, number>();
  for (const item of order.items) perType.set(item.ticketTypeId, (perType.get(item.ticketTypeId) ?? 0) + item.quantity);
  await returnInventory(tx, order.eventId, perType);
  if (order.discountCodeId) await returnDiscountCodeUse(tx, order.discountCodeId);
  await promoteWaitlisted(tx, record, order.eventId);
  return true;
}

export class OrderService {
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

  forEvent(eventId: string, args: PageArgs & { status?: string[] | null }): Promise<Page<Order>> {
    return this.lists.ofEvent("ordersByEvent", "orders", eventId, args, args.status);
  }

  forBuyer(userId: string, args: PageArgs): Promise<Page<Order>> {
    return this.lists.ofPerson("ordersByBuyer", "orders", userId, args);
  }

  /** The order for its buyer and the event's staff; null for everyone else. */
  visible(id: string): Promise<Order | null> {
    return this.events.ownOrStaff(id, this.loaders.orderById, (order) => order.buyerId, isEventStaff);
  }

  /** Staff record the payment of an invoice order; its tickets are issued in the same transaction. */
  async markPaid(id: string, reference: string | null | undefined): Promise<Order> {
    const order = await this.requireOrder(id);
    await this.events.managed("id", order.eventId);
    const transactionId =
      optionalText("reference", reference, 255) ?? order.paymentReference ?? invoiceReference(chargeKey(order));
    const items = await this.loaders.itemsByOrderId.load(order.id);
    const issued = await afterCommit(
      this.outbox,
      issueTickets(this.db, { ...order, items }, ["AWAITING_PAYMENT"], {
        method: "INVOICE",
        provider: "invoice",
        transactionId,
        response: { markedPaidBy: this.viewer?.userId ?? null },
      }),
    );
    if (!issued)
      throw conflict("ORDER_NOT_AWAITING_PAYMENT", `The order is ${order.status.toLowerCase()}, not awaiting payment`, {
        status: order.status,
      });
    return this.fresh(order.id);
  }

  /** The buyer or staff cancel an unpaid invoice order; its tickets go back on sale. */
  async cancel(id: string): Promise<Order> {
    const viewer = requireViewer(this.viewer);
    const order = await this.requireOrder(id);
    if (order.buyerId !== viewer.userId) await this.events.managed("id", order.eventId);
    const items = await this.loaders.itemsByOrderId.load(order.id);
    const released = await inTransaction(this.db, this.outbox, (tx, record) =>
      releaseOrder(tx, record, { ...order, items }, ["AWAITING_PAYMENT"], "CANCELLED", "cancelled before payment"),
    );
    if (!released) {
      throw conflict(
        "ORDER_NOT_CANCELLABLE",
        `The order is ${order.status.toLowerCase()}; paid orders are refunded instead`,
        {
          status: order.status,
        },
      );
    }
    return this.fresh(order.id);
  }

  /** Someone else's order is NOT_FOUND (its existence is private), as is an unknown one. */
  private async requireOrder(id: string): Promise<Order> {
    requireViewer(this.viewer);
    const orderId = requireId("id", id);
    const order = await this.visible(orderId);
    if (!order) throw notFound("Order", orderId);
    return order;
  }

  private async fresh(id: string): Promise<Order> {
    this.loaders.orderById.clear(id);
    const order = await this.loaders.orderById.load(id);
    if (!order) throw notFound("Order", id);
    return order;
  }
}
