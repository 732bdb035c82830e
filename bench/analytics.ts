// Event.analytics with a 30-day series at 100,000 recorded events (see bench/README.md): the domain events go in
// through analytics' own ingestion (in the batches the stream hands over), then an organizer asks the dashboard
// query through the gateway, sequentially, and we report p50/p99.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { EventIngestor, type ConsumedEvent } from "@bilten/analytics";
import { graphql } from "@bilten/testkit";
import { benchEvent, percentile, startBenchStack } from "./harness.js";

const QUERY = `query($id: ID!) { event(id: $id) { analytics {
  pageViews uniqueVisitors ticketsSold revenue { amount currency } refunds refundedAmount { amount currency }
  registrations waitlistSize checkIns checkInRate onSiteNow
  series(interval: DAY, days: 30) { at pageViews ticketsSold revenue { amount currency } refunds registrations checkIns } } } }`;

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      events: { type: "string", default: "100000" },
      requests: { type: "string", default: "300" },
      pool: { type: "string", default: "20" },
    },
  });
  const total = Number(values.events);
  const requests = Number(values.requests);
  const bench = await startBenchStack({ pool: Number(values.pool) });
  try {
    const url = bench.stack.url;
    const { token, eventId, ticketTypeId } = await benchEvent(url);
    // Wait until analytics knows the event (its read model comes from the events subgraph's domain events).
    for (
      let i = 0;
      i < 200 && !(await bench.database.prisma.analyticsEventRef.findUnique({ where: { id: eventId } }));
      i++
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const ingestor = new EventIngestor(bench.database.prisma, bench.deps.log);
    const day = 24 * 3_600_000;
    const began = performance.now();
    for (let offset = 0; offset < total; offset += 1000) {
      const batch: ConsumedEvent[] = [];
      for (let i = offset; i < Math.min(offset + 1000, total); i++) {
        const at = new Date(Date.now() - Math.random() * 30 * day).toISOString();
        const base = { id: randomUUID(), eventVersion: 1, occurredAt: at, source: "ticketing" } as const;
        const [orderId, buyerId, ticketId] = [randomUUID(), randomUUID(), randomUUID()];
        // A realistic mix: two sales for every check-in, a refund now and then.
        if (i % 20 === 0) {
          batch.push({
            ...base,
            aggregateType: "Order",
            aggregateId: orderId,
            eventType: "OrderRefunded",
            data: {
              orderId,
              refundId: randomUUID(),
              eventId,
              buyerId,
              currency: "CHF",
              amount: "39.00",
              ticketCount: 1,
              tickets: [{ ticketId, ticketTypeId }],
              ticketTypes: [{ ticketTypeId, quantity: 1 }],
              byOrganizer: false,
              full: true,
              orderStatus: "REFUNDED",
              reason: null,
            },
          });
        } else if (i % 3 === 0) {
          batch.push({
            ...base,
            aggregateType: "Ticket",
            aggregateId: ticketId,
            eventType: "CheckInRecorded",
            data: {
              checkInId: randomUUID(),
              eventId,
              ticketId,
              ticketTypeId,
              holderId: buyerId,
              sessionId: null,
              door: "Main",
              direction: "IN",
              firstEntry: true,
              scannedAt: at,
            },
          });
        } else {
          batch.push({
            ...base,
            aggregateType: "Order",
            aggregateId: orderId,
            eventType: "TicketsPurchased",
            data: {
              orderId,
              eventId,
              buyerId,
              currency: "CHF",
              subtotal: "39.00",
              discount: "0.00",
              total: "39.00",
              discountCode: null,
              paymentMethod: "CARD",
              ticketCount: 1,
              items: [{ ticketTypeId, quantity: 1, unitPrice: "39.00", amount: "39.00" }],
              tickets: [{ ticketId, ticketTypeId, number: "B" + String(i).padStart(8, "0") }],
              paidAt: at,
            },
          });
        }
      }
      await ingestor.ingestBatch(batch);
    }
    const ingestSeconds = (performance.now() - began) / 1000;
    const recorded = await bench.database.prisma.analyticsEventLog.count();

    const latencies: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const result = await graphql(url, QUERY, { id: eventId }, { token });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      if (i >= 10) latencies.push(performance.now() - started); // the first few warm up caches and JIT
    }
    latencies.sort((a, b) => a - b);
    const report = {
      recordedDomainEvents: recorded,
      ingestedPerSecond: Math.round(total / ingestSeconds),
      dashboardQuery: {
        requests: latencies.length,
        p50ms: Number(percentile(latencies, 0.5).toFixed(1)),
        p99ms: Number(percentile(latencies, 0.99).toFixed(1)),
        maxMs: Number((latencies.at(-1) ?? 0).toFixed(1)),
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await bench.close();
  }
}
