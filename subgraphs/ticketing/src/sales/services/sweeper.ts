// The sweeper: a background worker of the ticketing subgraph. It settles what a crash or a slow provider left
// behind — PENDING reservations older than the timeout (released; a charge the provider did make is refunded),
// invoices past their due date (released) and refunds the provider has not made yet (retried). Every step is a
// conditional update, so several replicas can sweep at once.
import { inTransaction, type Consumer, type Logger, type OutboxRelay, type PrismaClient } from "@bilten/platform";
import type { Order, OrderStatus } from "@bilten/platform/prisma";
import type { TicketingSettings } from "../../settings.js";
import { chargeKey, releaseOrder } from "./orders.js";
import { toDecimal, toMinor } from "./money.js";
import { completeRefund } from "./refunds.js";

const BATCH = 50;

export interface SweepResult {
  expiredReservations: number;
  expiredInvoices: number;
  retriedRefunds: number;
}

export async function sweepOnce(
  db: PrismaClient,
  settings: TicketingSettings,
  log: Logger,
  outbox?: OutboxRelay,
): Promise<SweepResult> {
  const result: SweepResult = { expiredReservations: 0, expiredInvoices: 0, retriedRefunds: 0 };
  const stale = await db.$queryRawUnsafe<{ id: string; status: OrderStatus }[]>(
    `SELECT id, status FROM "ticketing"."orders"
      WHERE (status = 'PENDING' AND reserved_at < now() - make_interval(secs => $1))
         OR (status = 'AWAITING_PAYMENT' AND payment_due_at < now())
      ORDER BY reserved_at LIMIT ${BATCH}`,
    settings.reservationTimeoutSeconds,
  );
  for (const { id, status } of stale) {
    const order = await db.order.findUnique({ where: { id }, include: { items: true } });
    if (!order) continue;
    const reason = status === "PENDING" ? "reservation timed out" : "invoice not paid by its due date";
    const released = await inTransaction(db, outbox, (tx, record) =>
      releaseOrder(tx, record, order, [status], "EXPIRED", reason),
    );
    if (!released) continue;
    if (status === "PENDING") {
      result.expiredReservations += 1;
      await refundOrphanCharge(order, settings, log);
    } else {
      result.expiredInvoices += 1;
    }
    log.info({ orderId: id, reason }, "order expired; its tickets are back on sale");
  }
  const refunds = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "ticketing"."refunds" WHERE status = 'PENDING' AND created_at < now() - interval '2 seconds'
      ORDER BY created_at LIMIT ${BATCH}`,
  );
  for (const { id } of refunds) {
    const refund = await db.refund.findUnique({ where: { id } });
    if (!refund || refund.status !== "PENDING") continue;
    const done = await completeRefund(db, settings, refund, log);
    if (done.status === "SUCCEEDED") result.retriedRefunds += 1;
  }
  return result;
}

/** A reservation expired while (or after) the provider charged it: the money goes back. */
async function refundOrphanCharge(order: Order, settings: TicketingSettings, log: Logger): Promise<void> {
  if (order.paymentMethod !== "CARD") return;
  const key = chargeKey(order);
  try {
    const charge = await settings.cardProvider.findCharge(key);
    if (charge?.outcome !== "SUCCEEDED") return;
    await settings.cardProvider.refund({
      idempotencyKey: `void:${key}`,
      transactionId: charge.transactionId,
      amount: toDecimal(toMinor(order.total)),
      currency: order.currency,
    });
    log.warn({ orderId: order.id }, "refunded the charge of an expired reservation");
  } catch (error) {
    log.error({ err: error, orderId: order.id }, "could not settle the charge of an expired reservation");
  }
}

/** Runs the sweeper every `sweepIntervalMs` until stopped. */
export function startSweeper(
  db: PrismaClient,
  settings: TicketingSettings,
  log: Logger,
  outbox?: OutboxRelay,
): Consumer {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = sweepOnce(db, settings, log, outbox)
      .catch((error: unknown) => log.warn({ err: error }, "sweep failed; will try again"))
      .finally(() => (running = undefined));
  }, settings.sweepIntervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
